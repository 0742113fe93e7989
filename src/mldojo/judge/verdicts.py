"""Verdicts and results in the shape `mldojo judge --json` prints (the catalogue's format)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    AC = "AC"
    WA = "WA"
    TLE = "TLE"
    MLE = "MLE"
    RE = "RE"
    CE = "CE"
    OLE = "OLE"
    BANNED = "BANNED"
    SE = "SE"


@dataclass
class TestResult:
    """One test. `input`, `output`, `expected` and `stdout` are set for public tests only."""

    __test__ = False  # not a pytest class

    name: str
    hidden: bool
    verdict: Verdict
    message: str = ""
    time_ms: float = 0.0
    label: str = ""
    points: float = 1.0
    input: Any = None
    output: Any = None
    expected: Any = None
    stdout: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "hidden": self.hidden,
            "verdict": self.verdict.value,
            "message": self.message,
            "time_ms": round(self.time_ms, 1),
            "label": self.label,
        }
        if not self.hidden:
            data.update(
                input=self.input, output=self.output, expected=self.expected, stdout=self.stdout
            )
        return data


@dataclass
class JudgeResult:
    problem: str
    verdict: Verdict
    score: float
    tests: list[TestResult] = field(default_factory=list)
    message: str = ""

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.AC

    def to_dict(self) -> dict[str, Any]:
        return {
            "problem": self.problem,
            "verdict": self.verdict.value,
            "score": round(self.score, 4),
            "message": self.message,
            "tests": [t.to_dict() for t in self.tests],
        }


def overall(problem: str, tests: list[TestResult], message: str = "") -> JudgeResult:
    """SE wins (the run is not trustworthy), then BANNED, then the first failing test."""
    total = sum(t.points for t in tests)
    passed = sum(t.points for t in tests if t.verdict is Verdict.AC)
    score = passed / total if total else 0.0
    verdict = Verdict.AC
    failing = [t for t in tests if t.verdict is not Verdict.AC]
    for special in (Verdict.SE, Verdict.BANNED):
        hit = next((t for t in failing if t.verdict is special), None)
        if hit is not None:
            return JudgeResult(problem, special, score, tests, message or hit.message)
    if failing:
        verdict = failing[0].verdict
        message = message or f"{failing[0].name}: {failing[0].message}"
    elif not tests:
        verdict = Verdict.SE
        message = message or "no tests were run"
    return JudgeResult(problem, verdict, score, tests, message)
