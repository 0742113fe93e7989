"""Cue-phrase checks: does an answer contain an element, and which sentence shows it.

STAR and ML-depth checks look for the *shape* of an answer (is there a result? a number? an
alternative that was compared?), not its truth, so patterns over sentences are enough and
stay explainable: each found element comes with the sentence that matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class Element:
    id: str
    label: str
    patterns: tuple[str, ...]
    probe: str
    """The scripted question asked when this element is missing."""

    def regex(self) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in self.patterns), re.IGNORECASE)


@dataclass(frozen=True)
class ElementCheck:
    id: str
    label: str
    found: bool
    evidence: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "label": self.label, "found": self.found, "evidence": self.evidence}


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.split(text) if s.strip()]


def check_elements(text: str, elements: tuple[Element, ...]) -> list[ElementCheck]:
    parts = sentences(text)
    checks = []
    for element in elements:
        pattern = element.regex()
        hit = next((s for s in parts if pattern.search(s)), "")
        checks.append(ElementCheck(element.id, element.label, bool(hit), hit[:300]))
    return checks


def share_found(checks: list[ElementCheck]) -> float:
    return sum(c.found for c in checks) / len(checks) if checks else 0.0


def word_count(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'%.-]*", text))
