"""Grading use cases: free-text answers, design steps, quizzes and the LLM connection test.

The CLI, the web layer, practice and interviews all grade through these functions, so an
answer gets the same score wherever it is typed. Each item kind goes to the grader that fits
it; anything that cannot be graded is a `UsageError` with a message, never a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mldojo.bank.models import DESIGN_STEPS, DesignFrontMatter, Kind, Question
from mldojo.errors import UsageError
from mldojo.grading.result import GradeResult

if TYPE_CHECKING:
    from mldojo.config import Settings
    from mldojo.grading.item import RubricItem
    from mldojo.service import Dojo

MAX_INPUT_CHARS = 2_000_000
"""Hard ceiling on what is even looked at; the rubric grader itself grades a shorter prefix."""


def _check_text(answer: object, what: str = "answer") -> str:
    if not isinstance(answer, str):
        raise UsageError(f"the {what} must be text, not {type(answer).__name__}")
    return answer[:MAX_INPUT_CHARS]


def grade_answer(dojo: Dojo, item_id: str, answer: str, use_llm: bool = False) -> GradeResult:
    """Grade a free-text answer to a bank item (concept or behavioral; quizzes use seed 0)."""
    question = dojo.get_question(item_id)
    return grade_question(question, answer, dojo.settings, use_llm=use_llm)


def grade_question(
    question: Question,
    answer: str,
    settings: Settings | None = None,
    use_llm: bool = False,
    seed: int = 0,
) -> GradeResult:
    """Grade an answer to `question`, which need not be in the bank (`--question-file`).

    Quizzes are graded exactly against the variant `seed` produced; the LLM is not used.
    """
    answer = _check_text(answer)
    kind = question.kind
    if kind is Kind.quiz:
        from mldojo.grading.quiz import grade_quiz as grade_exact

        return grade_exact(question, answer, seed)
    if kind is Kind.problem:
        raise UsageError(
            f"`{question.id}` is a coding problem: submit code with `mldojo judge {question.id}`"
        )
    if kind is Kind.design:
        raise UsageError(
            f"`{question.id}` is a design item, graded one step at a time: "
            f"pass a step ({', '.join(DESIGN_STEPS)})"
        )
    from mldojo.grading.item import RubricItem

    return _grade_rubric_item(RubricItem.from_question(question), answer, settings, use_llm)


def grade_design_step(
    dojo: Dojo, item_id: str, step: str, answer: str, use_llm: bool = False
) -> GradeResult:
    """Grade the answer to one step of a design item against that step's rubric."""
    question = dojo.get_question(item_id)
    return grade_design_question_step(question, step, answer, dojo.settings, use_llm=use_llm)


def grade_design_question_step(
    question: Question,
    step: str,
    answer: str,
    settings: Settings | None = None,
    use_llm: bool = False,
) -> GradeResult:
    """`grade_design_step` for a question object (also items outside the bank)."""
    answer = _check_text(answer)
    meta = question.meta
    if not isinstance(meta, DesignFrontMatter):
        raise UsageError(f"`{question.id}` is a {question.kind.value} item, not a design item")
    if step not in DESIGN_STEPS:
        raise UsageError(f"unknown design step `{step}`; steps are: {', '.join(DESIGN_STEPS)}")
    from mldojo.grading.item import design_step_item

    item = design_step_item(question, step)
    return _grade_rubric_item(item, answer, settings, use_llm)


def grade_quiz(dojo: Dojo, item_id: str, response: str, seed: int) -> GradeResult:
    """Grade a quiz response against the variant that `seed` produced."""
    from mldojo.grading.quiz import grade_quiz as grade_exact

    question = dojo.get_question(item_id)
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise UsageError("the quiz seed must be an integer")
    return grade_exact(question, _check_text(response, "response"), seed)


def _grade_rubric_item(
    item: RubricItem, answer: str, settings: Settings | None, use_llm: bool
) -> GradeResult:
    from mldojo.grading.rubric import grade_rubric

    offline = grade_rubric(item, answer)
    if not use_llm:
        return offline
    from mldojo.grading.llm import LlmConfig, grade_with_llm

    config = LlmConfig.from_settings(settings)
    return grade_with_llm(item, answer, offline, config)


def test_llm_connection(settings: Settings) -> tuple[bool, str]:
    """Ask the configured server for a tiny reply; (ok, what happened) for the Settings page."""
    from mldojo.grading.llm import LlmConfig, check_connection

    try:
        config = LlmConfig.from_settings(settings)
    except UsageError as exc:
        return False, str(exc)
    return check_connection(config)


test_llm_connection.__test__ = False  # type: ignore[attr-defined]
"""Its name starts with `test_`; keep pytest from collecting it when imported in a test."""
