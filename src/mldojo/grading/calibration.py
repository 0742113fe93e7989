"""From per-point evidence to one 0-1 score, with parameters fitted on labelled answers.

The score is a logistic function of a few features that each mean something: weighted
coverage of the rubric (contradicted points count nothing), weight of contradicted points,
share of false sentences, closeness to the topic and answer length. The parameters and the
similarity thresholds live in `calibration.json` next to this module, written by
`benchmarks/grading.py --fit` from the calibration split of the labelled set only.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from mldojo.grading.analysis import Thresholds

CALIBRATION_FILE = Path(__file__).parent / "calibration.json"
FEATURES = ("coverage", "contradicted", "false_share", "topic", "log_length")


@dataclass(frozen=True)
class Features:
    """What the score is computed from; also reported in `GradeResult.details`."""

    coverage: float
    """Sum of point weights times their credit (0-1 between `credit_low` and `credit_high`)."""
    contradicted: float
    """Sum of the weights of contradicted points."""
    false_share: float
    """Share of the answer's sentences that contradict a point."""
    topic: float
    log_length: float
    """log of (answer words / model answer words), clipped to [-3, 1]."""

    def vector(self) -> list[float]:
        return [float(getattr(self, name)) for name in FEATURES]


@dataclass(frozen=True)
class Calibration:
    thresholds: Thresholds = field(default_factory=Thresholds)
    credit_low: float = 0.45
    credit_high: float = 0.70
    weights: tuple[float, ...] = (6.0, -4.0, -2.0, 1.0, 0.3)
    bias: float = -3.3
    off_topic: float = 0.35
    """Below this topic similarity the answer is flagged off topic and capped."""
    cap_keyword_list: float = 0.02
    cap_off_topic: float = 0.1
    fitted_on: str = "defaults"

    def credit(self, similarity: float) -> float:
        span = max(1e-6, self.credit_high - self.credit_low)
        return min(1.0, max(0.0, (similarity - self.credit_low) / span))

    def score(self, features: Features) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, features.vector(), strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        data = asdict(self)
        data["weights"] = list(self.weights)
        return json.dumps(data, indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Calibration:
        thresholds = Thresholds.from_dict(dict(data.get("thresholds", {})))  # type: ignore[call-overload]
        simple = {
            key: value
            for key, value in data.items()
            if key in cls.__dataclass_fields__ and key not in ("thresholds", "weights")
        }
        weights = tuple(float(w) for w in data.get("weights", cls().weights))  # type: ignore[attr-defined]
        if len(weights) != len(FEATURES):
            raise ValueError(f"calibration needs {len(FEATURES)} weights")
        return cls(thresholds=thresholds, weights=weights, **simple)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def load_calibration(path: Path = CALIBRATION_FILE) -> Calibration:
    """The shipped calibration; defaults if the file is absent (e.g. before the first fit)."""
    if not path.exists():
        return Calibration()
    return Calibration.from_dict(json.loads(path.read_text(encoding="utf-8")))
