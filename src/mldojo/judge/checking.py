"""What a problem's `checks.py` uses to describe tests and judge outputs.

`checks.py` runs in the judge process, never in the sandbox, so it may hold hidden expected
data and use SciPy. Messages raised here are shown to the learner; for hidden tests they must
describe the failed property, never the hidden data.
"""

from __future__ import annotations

import importlib.util
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np


class WrongAnswer(Exception):
    """The output was readable but does not satisfy the problem.

    The message is shown for every test, so for hidden tests it must name the failed property
    only. `detail` (e.g. the size of the error, which is computed from hidden data) is added
    for public tests only.
    """

    def __init__(self, message: str = "", *, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


@dataclass
class Case:
    """One test: `inputs` go to the sandbox; `expected` never leaves the judge."""

    name: str
    inputs: dict[str, Any]
    hidden: bool = True
    label: str = ""
    expected: Any = None
    cpu_seconds: float | None = None
    wall_seconds: float | None = None
    memory_mb: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@cache
def reference(checks_file: str) -> ModuleType:
    """Load the problem's `solution.py` (next to `checks_file`) inside the judge process."""
    path = Path(checks_file).with_name("solution.py")
    spec = importlib.util.spec_from_file_location(f"_mldojo_reference_{path.parent.name}", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load reference solution {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def as_array(
    value: Any,
    name: str,
    kind: str = "f",
    shape: tuple[int | None, ...] | None = None,
    finite: bool = True,
) -> np.ndarray:
    """Check the dtype kind, shape and finiteness of an output.

    `kind` "f" accepts any numeric dtype (a float result may be any float or int dtype); "i"
    demands an integer dtype, as index results do.
    """
    if not isinstance(value, np.ndarray):
        if isinstance(value, int | float | bool | list) and not isinstance(value, str):
            value = np.asarray(value)
        else:
            raise WrongAnswer(f"{name}: expected an array, got {type(value).__name__}")
    if kind == "f" and value.dtype.kind not in "fiub":
        raise WrongAnswer(f"{name}: expected numbers, got dtype {value.dtype}")
    if kind == "i" and value.dtype.kind not in "iub":
        raise WrongAnswer(f"{name}: expected an integer array, got dtype {value.dtype}")
    if shape is not None and (
        value.ndim != len(shape)
        or any(
            want is not None and got != want for got, want in zip(value.shape, shape, strict=False)
        )
    ):
        want_text = "(" + ", ".join("?" if s is None else str(s) for s in shape) + ")"
        raise WrongAnswer(f"{name}: expected shape {want_text}, got {value.shape}")
    if finite and value.dtype.kind == "f" and not np.all(np.isfinite(value)):
        raise WrongAnswer(f"{name}: contains NaN or infinity")
    return value


def as_float(value: Any, name: str) -> float:
    if isinstance(value, np.ndarray) and value.shape == ():
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise WrongAnswer(f"{name}: expected a number, got {type(value).__name__}")
    if not math.isfinite(value):
        raise WrongAnswer(f"{name}: is NaN or infinite")
    return float(value)


def assert_close(
    got: Any, expected: Any, name: str, rtol: float = 1e-6, atol: float = 1e-9
) -> None:
    """Exact comparison as the catalogue defines it: shape first, then allclose."""
    exp = np.asarray(expected, dtype=float)
    arr = as_array(got, name, "f", tuple(exp.shape))
    if not np.allclose(arr.astype(float), exp, rtol=rtol, atol=atol):
        worst = float(np.max(np.abs(arr.astype(float) - exp))) if exp.size else 0.0
        raise WrongAnswer(
            f"{name}: values differ from the correct ones", detail=f"largest error {worst:.3g}"
        )


def chi_square_pvalue(counts: np.ndarray, probs: np.ndarray) -> float:
    """Goodness-of-fit p-value of observed `counts` against category probabilities."""
    from scipy.stats import chisquare

    counts = np.asarray(counts, dtype=float)
    probs = np.asarray(probs, dtype=float)
    keep = probs > 0
    if np.any(counts[~keep] > 0):
        return 0.0
    expected = probs[keep] / probs[keep].sum() * counts.sum()
    return float(chisquare(counts[keep], expected).pvalue)


GOF_ALPHA = 1e-6
"""Significance of every statistical check: a correct sampler is essentially never rejected."""


def assert_distribution(
    counts: np.ndarray, probs: np.ndarray, name: str, reject_perfect: bool = False
) -> None:
    p = chi_square_pvalue(counts, probs)
    if p < GOF_ALPHA:
        raise WrongAnswer(
            f"{name}: the samples do not follow the required distribution (p = {p:.2g})"
        )
    if reject_perfect and p > 1 - GOF_ALPHA:
        raise WrongAnswer(f"{name}: the counts are too perfect to be random (p = {p:.8f})")
