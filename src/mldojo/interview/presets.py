"""Round kinds and the presets that combine them into the loops companies actually run."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mldojo.errors import UsageError


class RoundKind(StrEnum):
    general_coding = "general-coding"
    ml_coding = "ml-coding"
    ml_breadth = "ml-breadth"
    ml_depth = "ml-depth"
    ml_system_design = "ml-system-design"
    behavioral = "behavioral"


ROUND_TITLES: dict[RoundKind, str] = {
    RoundKind.general_coding: "General coding",
    RoundKind.ml_coding: "ML coding",
    RoundKind.ml_breadth: "ML breadth",
    RoundKind.ml_depth: "ML depth",
    RoundKind.ml_system_design: "ML system design",
    RoundKind.behavioral: "Behavioural",
}


@dataclass(frozen=True)
class RoundSpec:
    """One round of a preset. `minutes=None` takes the time from the item (design steps)."""

    kind: RoundKind
    minutes: float | None
    weight: float = 1.0
    count: int = 1
    """Problems, questions or prompts in the round (ignored for design and depth)."""


@dataclass(frozen=True)
class Preset:
    id: str
    title: str
    rounds: tuple[RoundSpec, ...]


PRESETS: dict[str, Preset] = {
    p.id: p
    for p in (
        Preset(
            "ml-engineer-onsite",
            "ML engineer onsite",
            (
                RoundSpec(RoundKind.general_coding, 30, 1.0, 1),
                RoundSpec(RoundKind.ml_coding, 35, 1.0, 1),
                RoundSpec(RoundKind.ml_breadth, 25, 1.0, 4),
                RoundSpec(RoundKind.ml_depth, 30, 1.0),
                RoundSpec(RoundKind.ml_system_design, None, 1.5),
                RoundSpec(RoundKind.behavioral, 20, 0.75, 2),
            ),
        ),
        Preset(
            "applied-scientist-phone-screen",
            "Applied scientist phone screen",
            (
                RoundSpec(RoundKind.ml_coding, 30, 1.0, 1),
                RoundSpec(RoundKind.ml_breadth, 20, 1.0, 4),
                RoundSpec(RoundKind.ml_depth, 15, 0.5),
            ),
        ),
        Preset(
            "ml-breadth-drill",
            "ML breadth drill",
            (RoundSpec(RoundKind.ml_breadth, 30, 1.0, 6),),
        ),
        Preset(
            "system-design",
            "ML system design",
            (RoundSpec(RoundKind.ml_system_design, None, 1.0),),
        ),
        Preset(
            "coding-screen",
            "Coding screen",
            (
                RoundSpec(RoundKind.general_coding, 25, 1.0, 1),
                RoundSpec(RoundKind.ml_coding, 35, 1.0, 2),
            ),
        ),
        Preset(
            "project-deep-dive",
            "ML depth on your own project",
            (RoundSpec(RoundKind.ml_depth, 30, 1.0),),
        ),
        Preset(
            "behavioral",
            "Behavioural (STAR)",
            (RoundSpec(RoundKind.behavioral, 30, 1.0, 3),),
        ),
    )
}

DEFAULT_PRESET = "ml-engineer-onsite"


def get_preset(preset_id: str) -> Preset:
    try:
        return PRESETS[preset_id]
    except KeyError:
        raise UsageError(f"unknown preset `{preset_id}`: use one of {', '.join(PRESETS)}") from None
