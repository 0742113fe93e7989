"""What the interview needs from the graders and the judge, as one injectable interface.

Rounds call these four methods and nothing else, so tests can run whole interviews against a
deterministic fake while the service wires in the real offline graders and the sandboxed judge.
"""

from __future__ import annotations

from typing import Any, Protocol

from mldojo.grading.result import GradeResult


class Graders(Protocol):
    def answer(self, item_id: str, answer: str) -> GradeResult:
        """Grade a free-text answer to a concept or behavioural item against its rubric."""
        ...

    def quiz(self, item_id: str, response: str, seed: int) -> GradeResult:
        """Grade an exact-answer quiz for the variant drawn with `seed`."""
        ...

    def design_step(self, item_id: str, step: str, answer: str) -> GradeResult:
        """Grade one step of a design scenario against that step's rubric."""
        ...

    def code(self, item_id: str, source: str) -> dict[str, Any]:
        """Judge a coding submission; the dict has at least `verdict`, `score`, `message`."""
        ...


def missed_points(result: GradeResult) -> list[str]:
    """Rubric points an answer did not fully make, heaviest first."""
    weak = [p for p in result.points if p.status.value != "covered"]
    weak.sort(key=lambda p: -p.weight)
    return [p.point for p in weak]
