"""Grading through the service: item kinds, bad input, design steps, the shared model."""

from __future__ import annotations

import time

import pytest

from mldojo.errors import NotFoundError, UsageError
from mldojo.grading.result import Flag, PointStatus, Rating
from mldojo.service import Dojo
from mldojo.service.grading import (
    grade_answer,
    grade_design_step,
    grade_question,
    grade_quiz,
)
from tests.grading.conftest import MOMENTUM_BODY, MOMENTUM_FRONT

ITEM = "bias-variance-tradeoff"
GOOD = (
    "Under squared loss, expected test error decomposes into squared bias, variance and "
    "irreducible noise. Bias is the systematic error of the average fitted model when its "
    "assumptions are too simple, which shows up as underfitting. Variance is how much the "
    "fitted model changes from one training sample to another, which shows up as overfitting. "
    "Increasing capacity lowers bias and raises variance, so test error is U-shaped and the "
    "best complexity lies in between. More data or regularisation cut variance; richer "
    "features or a more flexible model cut bias, and learning curves show which one you face."
)
SWAPPED = (
    "Under squared loss, expected test error decomposes into squared bias, variance and "
    "irreducible noise. Bias is how much the fitted model changes from one training sample "
    "to another, which shows up as overfitting. Variance is the systematic error of a model "
    "that is too simple, which shows up as underfitting. Increasing capacity raises bias and "
    "lowers variance. More data reduces bias; a more flexible model reduces variance."
)


@pytest.fixture(scope="module")
def dojo() -> Dojo:
    return Dojo()


def test_good_answer_scores_high_with_evidence(dojo: Dojo) -> None:
    result = grade_answer(dojo, ITEM, GOOD)
    assert result.score >= 0.65 and result.suggested_rating >= Rating.good
    assert not {Flag.contradiction, Flag.too_brief, Flag.keyword_list} & set(result.flags)
    for point in result.points:
        assert point.status is not PointStatus.contradicted
        if point.status is PointStatus.covered:
            assert point.evidence and point.evidence in GOOD


def test_swapped_answer_is_contradicted_and_low(dojo: Dojo) -> None:
    result = grade_answer(dojo, ITEM, SWAPPED)
    good = grade_answer(dojo, ITEM, GOOD)
    contradicted = [p for p in result.points if p.status is PointStatus.contradicted]
    assert {p.id for p in contradicted} & {"bias", "variance", "complexity"}
    assert all(p.evidence in SWAPPED and p.note for p in contradicted)
    assert Flag.contradiction in result.flags
    assert result.score < 0.4 < good.score


@pytest.mark.parametrize("answer", ["", "   \n\t "])
def test_empty_answer_is_zero_with_a_flag(dojo: Dojo, answer: str) -> None:
    result = grade_answer(dojo, ITEM, answer)
    assert result.score == 0 and Flag.empty in result.flags
    assert result.suggested_rating is Rating.again
    assert all(p.status is PointStatus.missing for p in result.points)


def test_one_megabyte_answer_is_graded_on_a_prefix(dojo: Dojo) -> None:
    huge = (GOOD + " ") * (1_000_000 // len(GOOD) + 1)
    assert len(huge) > 1_000_000
    started = time.perf_counter()
    result = grade_answer(dojo, ITEM, huge)
    assert Flag.truncated in result.flags and result.score > 0.5
    assert time.perf_counter() - started < 20


def test_keyword_list_is_flagged_and_capped(dojo: Dojo) -> None:
    keywords = (
        "bias, variance, irreducible noise, underfitting, overfitting, regularisation, "
        "U-shape, learning curves"
    )
    result = grade_answer(dojo, ITEM, keywords)
    assert Flag.keyword_list in result.flags and result.score <= 0.05


def test_off_topic_answer_scores_low(dojo: Dojo) -> None:
    text = (
        "A hash table stores keys in buckets chosen by a hash function. Collisions are handled "
        "by chaining or open addressing, and lookups take constant time on average."
    )
    result = grade_answer(dojo, ITEM, text)
    assert result.score < 0.2 and Flag.off_topic in result.flags


def test_non_text_answer_is_a_usage_error(dojo: Dojo) -> None:
    with pytest.raises(UsageError, match="must be text"):
        grade_answer(dojo, ITEM, None)  # type: ignore[arg-type]


def test_unknown_id_is_not_found(dojo: Dojo) -> None:
    with pytest.raises(NotFoundError, match="no-such-item"):
        grade_answer(dojo, "no-such-item", "anything")


def test_items_without_a_rubric_are_a_clear_error(dojo: Dojo) -> None:
    problem = next(q for q in dojo.questions.values() if q.kind.value == "problem")
    with pytest.raises(UsageError, match="judge"):
        grade_answer(dojo, problem.id, "def f(): pass")
    design = next(q for q in dojo.questions.values() if q.kind.value == "design")
    with pytest.raises(UsageError, match="step"):
        grade_answer(dojo, design.id, "some answer")


def test_quiz_through_the_service(dojo: Dojo) -> None:
    quiz = dojo.get_question("adam-first-step")
    from mldojo.grading.quiz import instantiate

    expected = instantiate(quiz, 7).answer
    assert expected is not None
    assert grade_quiz(dojo, quiz.id, f"{expected:.5f}", 7).correct
    assert not grade_quiz(dojo, quiz.id, f"{expected + 1:.5f}", 7).correct
    assert grade_answer(dojo, quiz.id, f"{instantiate(quiz, 0).answer:.5f}").correct
    with pytest.raises(UsageError, match="not a quiz"):
        grade_quiz(dojo, ITEM, "1", 0)


def test_design_step_grading(dojo: Dojo) -> None:
    design = next(q for q in dojo.questions.values() if q.kind.value == "design")
    step = design.meta.steps[2]  # type: ignore[union-attr]
    answer = " ".join(p.point for p in step.rubric)
    result = grade_design_step(dojo, design.id, step.step, answer)
    assert result.item_id == f"{design.id}#{step.step}"
    assert [p.id for p in result.points] == [p.id for p in step.rubric]
    assert result.score >= 0.65
    vague = grade_design_step(dojo, design.id, step.step, "I would think about it carefully.")
    assert vague.score < result.score
    with pytest.raises(UsageError, match="unknown design step"):
        grade_design_step(dojo, design.id, "deploy", answer)
    with pytest.raises(UsageError, match="not a design item"):
        grade_design_step(dojo, ITEM, "metrics", answer)


def test_grade_question_outside_the_bank(make_item) -> None:  # type: ignore[no-untyped-def]
    question = make_item(
        "momentum-intuition",
        "concept",
        MOMENTUM_FRONT,
        MOMENTUM_BODY,
    )
    good = grade_question(
        question,
        "Momentum maintains an exponentially weighted moving average of previous gradients. "
        "This damps the zig-zag oscillation across steep valleys of the loss and speeds up "
        "movement along directions where successive gradients agree.",
        None,
    )
    poor = grade_question(question, "Momentum is a setting of the optimiser you can tune.", None)
    assert good.item_id == "momentum-intuition" and good.score > 0.6 > poor.score


def test_model_is_loaded_once_per_process(dojo: Dojo) -> None:
    from mldojo.grading.embedder import get_embedder, model_loaded

    grade_answer(dojo, ITEM, GOOD)
    assert model_loaded()
    assert get_embedder() is get_embedder()


def test_behavioral_item_uses_its_rubric(dojo: Dojo) -> None:
    item = next((q for q in dojo.questions.values() if q.kind.value == "behavioral"), None)
    assert item is not None, "the shipped bank has a behavioral item"
    result = grade_answer(dojo, item.id, item.model_answer)
    assert [p.id for p in result.points] == [p.id for p in item.meta.rubric]  # type: ignore[union-attr]
    assert result.score >= 0.65
    assert grade_answer(dojo, item.id, "I worked hard and it went well.").score < 0.3


@pytest.mark.parametrize(
    "answer",
    [
        "a" * 1_000_000,
        "\x00\x01\x02 bias \u202e variance \U0001f600 " * 500,
        "bias-variance " * 80_000,
        "?!. ,;" * 1000,
    ],
)
def test_odd_input_is_graded_not_crashed(dojo: Dojo, answer: str) -> None:
    result = grade_answer(dojo, ITEM, answer)
    assert 0 <= result.score <= 0.4
    assert len(result.points) == 5


def test_concurrent_grades_share_the_model_safely(dojo: Dojo) -> None:
    import threading

    scores: dict[int, float] = {}
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            scores[i] = grade_answer(dojo, ITEM, f"{GOOD} Example number {i}.").score
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and len(scores) == 6
    assert max(scores.values()) - min(scores.values()) < 0.05
