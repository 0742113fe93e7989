"""Exact graders for quizzes: numbers with tolerance, single and multiple choice, sets.

Quiz answers have one right value, so grading is parsing plus comparison. Parsing is lenient
about notation a person would write (`25%`, `1/4`, `2.5e-1`, `p = 0.25`, a choice's text instead
of its key) and strict about the value.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from mldojo.bank.models import ChoiceAnswer, NumberAnswer, SetAnswer
from mldojo.grading.expressions import ExpressionError, evaluate

_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_NUMBER_LIKE = re.compile(r"^[0-9eE+\-*/(). ]+$")
_SET_SEPARATORS = re.compile(r"\s*(?:[,;\n]|\band\b|\s\+\s)\s*")
_KEY_SEPARATORS = re.compile(r"[\s,;/]+")


@dataclass(frozen=True)
class ExactOutcome:
    """What an exact grader found: a score (partial credit for sets), correctness, why."""

    score: float
    correct: bool
    expected: str
    feedback: str
    parsed: bool = True


def parse_number(text: str, unit: str = "") -> float | None:
    """Read a number as people write it, or None.

    Accepts plain and scientific notation, percentages (`25%` is 0.25), fractions and small
    arithmetic (`1/4`, `3*0.2`, evaluated by the safe expression language), thousands
    separators, a leading `x =` and a trailing unit.
    """
    value = text.strip().replace("\u2212", "-").replace("\u00d7", "*")
    if "=" in value:
        value = value.rsplit("=", 1)[1].strip()
    value = value.lstrip("~\u2248").strip().rstrip(".").strip()
    if unit and value.lower().endswith(unit.lower()):
        value = value[: -len(unit)].strip()
    percent = value.endswith("%")
    if percent:
        value = value[:-1].strip()
    if _THOUSANDS.match(value):
        value = value.replace(",", "")
    if not value or len(value) > 64:
        return None
    number: float | None
    try:
        number = float(value)
    except ValueError:
        number = None
        if _NUMBER_LIKE.match(value):
            try:
                result = evaluate(value, {})
            except ExpressionError:
                result = None
            if isinstance(result, int | float) and not isinstance(result, bool):
                number = float(result)
    if number is None or not math.isfinite(number):
        return None
    return number / 100 if percent else number


def within_tolerance(got: float, expected: float, abs_tol: float, rel_tol: float) -> bool:
    """True when `got` is within the absolute or the relative tolerance of `expected`."""
    diff = abs(got - expected)
    return diff <= abs_tol + 1e-12 or diff <= rel_tol * abs(expected) + 1e-12


def format_number(value: float) -> str:
    return f"{value:.6g}"


def grade_number(response: str, spec: NumberAnswer, expected: float) -> ExactOutcome:
    shown = format_number(expected) + (f" {spec.unit}" if spec.unit else "")
    got = parse_number(response, spec.unit)
    if got is None:
        return ExactOutcome(0.0, False, shown, "could not read a number in the answer", False)
    if within_tolerance(got, expected, spec.abs_tol, spec.rel_tol):
        return ExactOutcome(1.0, True, shown, f"{format_number(got)} is correct")
    return ExactOutcome(0.0, False, shown, f"{format_number(got)} is not {shown}")


def normalise(text: str) -> str:
    """Case, spacing, hyphens and surrounding punctuation do not change a set member."""
    text = re.sub(r"[-_\u2010-\u2015]+", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip(" .,;:!?\"'()[]{}")


def _choice_key(token: str, choices: dict[str, str]) -> str | None:
    """A key from `b`, `(b)`, `B)`, `b.` or the full text of the choice."""
    clean = normalise(token)
    by_key = {key.lower(): key for key in choices}
    if clean in by_key:
        return by_key[clean]
    by_text = {normalise(text): key for key, text in choices.items()}
    return by_text.get(clean)


def grade_choice(response: str, spec: ChoiceAnswer, choices: dict[str, str]) -> ExactOutcome:
    """`choice`: one key. `multi`: the chosen keys must equal the correct set exactly."""
    correct = set(spec.correct)
    expected = ", ".join(f"{key}) {choices[key]}" for key in spec.correct)
    whole = _choice_key(response, choices)
    if whole is not None:
        picked = {whole}
    else:
        picked = set()
        tokens = [t for t in re.split(r"[,;\n]+", response) if t.strip()]
        if len(tokens) <= 1:
            tokens = [t for t in _KEY_SEPARATORS.split(response) if t.strip()]
        for token in tokens:
            key = _choice_key(token, choices)
            if key is None:
                return ExactOutcome(
                    0.0, False, expected, f"`{token.strip()}` is not a choice", False
                )
            picked.add(key)
    if not picked:
        return ExactOutcome(0.0, False, expected, "no choice given", False)
    if picked == correct:
        return ExactOutcome(1.0, True, expected, "correct")
    if spec.type == "choice":
        return ExactOutcome(0.0, False, expected, f"chose {', '.join(sorted(picked))}")
    hits, extra = len(picked & correct), len(picked - correct)
    partial = max(0.0, (hits - extra) / len(correct))
    return ExactOutcome(
        partial, False, expected, f"{hits} of {len(correct)} right, {extra} wrong choice(s)"
    )


def grade_set(response: str, spec: SetAnswer) -> ExactOutcome:
    """Compare as sets after normalising and mapping synonyms; partial credit is the F1."""
    canonical: dict[str, str] = {}
    for value in spec.values:
        canonical[normalise(value)] = value
        for other in spec.synonyms.get(value, []):
            canonical[normalise(other)] = value
    expected = ", ".join(spec.values)
    given = [normalise(t) for t in _SET_SEPARATORS.split(response) if normalise(t)]
    if not given:
        return ExactOutcome(0.0, False, expected, "no values given", False)
    matched = {canonical[t] for t in given if t in canonical}
    unknown = [t for t in given if t not in canonical]
    if matched == set(spec.values) and not unknown:
        return ExactOutcome(1.0, True, expected, "correct")
    precision = len(matched) / max(1, len(matched) + len(unknown))
    recall = len(matched) / len(spec.values)
    f1 = 0.0 if not matched else 2 * precision * recall / (precision + recall)
    missing = [v for v in spec.values if v not in matched]
    parts = []
    if missing:
        parts.append(f"missing {len(missing)}")
    if unknown:
        parts.append("not expected: " + ", ".join(unknown))
    return ExactOutcome(f1, False, expected, "; ".join(parts))
