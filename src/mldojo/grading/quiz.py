"""Quiz instances and their grading.

A parameterised quiz draws its parameters from a seed, so the practice loop can show a fresh
variant and later grade the response against exactly the variant it showed: `instantiate` is
a pure function of (question, seed). Unparameterised quizzes ignore the seed.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mldojo.bank.models import (
    ChoiceAnswer,
    NumberAnswer,
    ParamRange,
    Question,
    QuizFrontMatter,
    SetAnswer,
)
from mldojo.errors import UsageError
from mldojo.grading.exact import ExactOutcome, grade_choice, grade_number, grade_set
from mldojo.grading.expressions import ExpressionError, evaluate
from mldojo.grading.result import Flag, GradeResult

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::([^{}]{1,20}))?\}")
MAX_RESPONSE_CHARS = 2000


@dataclass(frozen=True)
class QuizInstance:
    """One concrete variant of a quiz: what to show and what counts as right."""

    item_id: str
    seed: int
    prompt: str
    params: dict[str, Any] = field(default_factory=dict)
    answer: float | None = None
    """The numeric answer for number quizzes; None for choice and set quizzes."""
    explanation: str = ""


def _draw(spec: ParamRange, rng: random.Random) -> float | int | str:
    if spec.values is not None:
        return rng.choice(spec.values)
    assert spec.low is not None and spec.high is not None  # guaranteed by the model
    if spec.step:
        steps = int(math.floor((spec.high - spec.low) / spec.step + 1e-9))
        value = spec.low + rng.randint(0, steps) * spec.step
    else:
        value = rng.uniform(spec.low, spec.high)
    if spec.step and float(spec.low).is_integer() and float(spec.step).is_integer():
        return int(round(value))
    return round(value, 10 if spec.step else 6)


def fill(template: str, names: Mapping[str, Any]) -> str:
    """Replace `{name}` and `{name:.3f}` placeholders; leave any other brace text alone.

    Not `str.format`: bank text is data, and format strings can reach attributes.
    """

    def replace(match: re.Match[str]) -> str:
        name, spec = match.group(1), match.group(2)
        if name not in names:
            return match.group(0)
        try:
            return format(names[name], spec or "")
        except (ValueError, TypeError):
            return str(names[name])

    return _PLACEHOLDER.sub(replace, template)


def quiz_meta(question: Question) -> QuizFrontMatter:
    if not isinstance(question.meta, QuizFrontMatter):
        raise UsageError(f"`{question.id}` is a {question.kind.value} item, not a quiz")
    return question.meta


def instantiate(question: Question, seed: int = 0) -> QuizInstance:
    """Draw parameters from `seed`, evaluate derived values and the answer, fill the text."""
    meta = quiz_meta(question)
    rng = random.Random(f"{meta.id}:{seed}")
    names: dict[str, Any] = {name: _draw(spec, rng) for name, spec in meta.params.items()}
    try:
        for name, expr in meta.derived.items():
            names[name] = evaluate(expr, names)
        for name, expr in meta.explanation_expr.items():
            names[name] = evaluate(expr, names)
        answer: float | None = None
        if isinstance(meta.answer, NumberAnswer):
            raw = (
                meta.answer.value if meta.answer.expr is None else evaluate(meta.answer.expr, names)
            )
            if isinstance(raw, bool) or not isinstance(raw, int | float):
                raise ValueError(f"the answer is not a number: {raw!r}")
            answer = float(raw)
            if not math.isfinite(answer):
                raise ValueError(f"the answer is {answer}")
    except (ExpressionError, TypeError, ValueError) as exc:
        raise UsageError(f"`{meta.id}`: cannot compute the answer: {exc}") from None
    params = {name: names[name] for name in meta.params}
    prompt = fill(question.prompt, names)
    if answer is not None:
        names.setdefault("answer", answer)  # the explanation may show it; the prompt may not
    return QuizInstance(
        item_id=meta.id,
        seed=seed,
        prompt=prompt,
        params=params,
        answer=answer,
        explanation=fill(question.sections.get("Explanation", ""), names),
    )


def grade_quiz(question: Question, response: str, seed: int = 0) -> GradeResult:
    """Grade a quiz response against the instance `seed` produced."""
    meta = quiz_meta(question)
    instance = instantiate(question, seed)
    flags: list[Flag] = []
    if len(response) > MAX_RESPONSE_CHARS:
        response = response[:MAX_RESPONSE_CHARS]
        flags.append(Flag.truncated)
    if not response.strip():
        outcome = ExactOutcome(0.0, False, _expected_text(meta, instance), "empty answer", False)
        flags.append(Flag.empty)
    elif isinstance(meta.answer, NumberAnswer):
        assert instance.answer is not None
        outcome = grade_number(response, meta.answer, instance.answer)
    elif isinstance(meta.answer, ChoiceAnswer):
        outcome = grade_choice(response, meta.answer, meta.choices)
    else:
        outcome = grade_set(response, meta.answer)
    if not outcome.parsed and Flag.empty not in flags:
        flags.append(Flag.unparsed)
    return GradeResult.build(
        item_id=meta.id,
        grader="exact",
        score=outcome.score,
        correct=outcome.correct,
        expected=outcome.expected,
        feedback=outcome.feedback,
        flags=flags,
    )


def _expected_text(meta: QuizFrontMatter, instance: QuizInstance) -> str:
    answer = meta.answer
    if isinstance(answer, NumberAnswer) and instance.answer is not None:
        return f"{instance.answer:.6g}"
    if isinstance(answer, ChoiceAnswer):
        return ", ".join(answer.correct)
    assert isinstance(answer, SetAnswer)
    return ", ".join(answer.values)
