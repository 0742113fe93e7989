"""Exact quiz grading: number notation and tolerances, choices, sets, seeded variants."""

from __future__ import annotations

import pytest

from mldojo.bank.models import ChoiceAnswer, NumberAnswer, SetAnswer
from mldojo.errors import UsageError
from mldojo.grading.exact import grade_choice, grade_number, grade_set, parse_number
from mldojo.grading.quiz import grade_quiz, instantiate
from mldojo.grading.result import Flag, Rating

QUIZ_BODY = "## Question\n\n{body}\n\n## Explanation\n\nBecause {why}.\n"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0.375", 0.375),
        ("3/8", 0.375),
        ("1e-3", 0.001),
        ("2.5E-1", 0.25),
        ("0.5%", 0.005),
        ("25 %", 0.25),
        ("p = 0.25", 0.25),
        ("1,024", 1024.0),
        ("\u22120.5", -0.5),
        ("~0.3", 0.3),
        ("3*0.2", pytest.approx(0.6)),
        ("12 ms", 12.0),
    ],
)
def test_parse_number_reads_common_notations(text: str, value: float) -> None:
    assert parse_number(text, unit="ms" if "ms" in text else "") == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "NaN",
        "nan",
        "inf",
        "-inf",
        "1e999",
        "abc",
        "0.3 or 0.4",
        "x" * 1000,
        "9" * 70,
        "__import__('os')",
        "2**2**2**2**2**2",
    ],
)
def test_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_number_absolute_tolerance() -> None:
    spec = NumberAnswer(type="number", value=0.375, abs_tol=0.001)
    assert grade_number("0.3755", spec, 0.375).correct
    assert grade_number("3/8", spec, 0.375).correct
    assert not grade_number("0.377", spec, 0.375).correct
    assert grade_number("0.377", spec, 0.375).parsed


def test_number_relative_tolerance() -> None:
    spec = NumberAnswer(type="number", value=2000.0, rel_tol=0.01)
    assert grade_number("2019", spec, 2000.0).correct
    assert not grade_number("2021", spec, 2000.0).correct
    assert grade_number("2e3", spec, 2000.0).score == 1.0


def test_choice_accepts_key_or_text_and_rejects_others() -> None:
    choices = {"a": "Bagging", "b": "Boosting", "c": "Stacking"}
    spec = ChoiceAnswer(type="choice", correct=["b"])
    assert grade_choice("b", spec, choices).correct
    assert grade_choice("(B)", spec, choices).correct
    assert grade_choice("boosting", spec, choices).correct
    assert not grade_choice("a", spec, choices).correct
    unknown = grade_choice("z", spec, choices)
    assert not unknown.parsed and unknown.score == 0


def test_multi_choice_partial_credit_penalises_wrong_picks() -> None:
    choices = {"a": "one", "b": "two", "c": "three", "d": "four"}
    spec = ChoiceAnswer(type="multi", correct=["a", "c"])
    assert grade_choice("c, a", spec, choices).correct
    assert grade_choice("a", spec, choices).score == 0.5
    assert grade_choice("a b", spec, choices).score == 0.0
    assert grade_choice("a c d", spec, choices).score == 0.5


def test_set_normalises_and_maps_synonyms() -> None:
    spec = SetAnswer(
        type="set",
        values=["covariate shift", "label shift", "concept drift"],
        synonyms={"covariate shift": ["data drift"]},
    )
    assert grade_set("Concept-drift; label shift and data drift", spec).correct
    partial = grade_set("label shift, banana", spec)
    assert not partial.correct and 0 < partial.score < 0.5
    assert "banana" in partial.feedback
    assert not grade_set(" , ; ", spec).parsed


def test_parameterised_quiz_answer_follows_the_seed(make_item) -> None:  # type: ignore[no-untyped-def]
    question = make_item(
        "scaled-sum",
        "quiz",
        """
params:
  a: {low: 1, high: 50, step: 1}
  b: {values: [2, 4, 8]}
derived:
  total: "a * b"
answer:
  type: number
  expr: "total / 8"
  abs_tol: 0.001
""",
        QUIZ_BODY.format(body="What is {a} times {b}, divided by 8?", why="it is {total}/8"),
    )
    seen = set()
    for seed in range(12):
        instance = instantiate(question, seed)
        a, b = instance.params["a"], instance.params["b"]
        assert instance.answer == pytest.approx(a * b / 8)
        assert f"What is {a} times {b}" in instance.prompt
        assert instance == instantiate(question, seed)  # a pure function of the seed
        right = grade_quiz(question, f"{a * b}/8", seed)
        assert right.correct and right.score == 1.0 and right.suggested_rating is Rating.easy
        wrong = grade_quiz(question, str(a * b / 8 + 1), seed)
        assert not wrong.correct and wrong.suggested_rating is Rating.again
        seen.add((a, b))
    assert len(seen) > 3


@pytest.mark.parametrize(
    ("response", "flag"),
    [("", Flag.empty), ("   \n", Flag.empty), ("NaN", Flag.unparsed), ("many", Flag.unparsed)],
)
def test_bad_quiz_responses_score_zero_with_a_flag(make_item, response: str, flag: Flag) -> None:  # type: ignore[no-untyped-def]
    question = make_item(
        "fixed-number",
        "quiz",
        "answer: {type: number, value: 0.5, rel_tol: 0.01}",
        QUIZ_BODY.format(body="Half of one?", why="1/2"),
    )
    result = grade_quiz(question, response, 0)
    assert result.score == 0 and result.correct is False and flag in result.flags
    assert result.expected == "0.5"


def test_huge_quiz_response_is_truncated_not_evaluated(make_item) -> None:  # type: ignore[no-untyped-def]
    question = make_item(
        "fixed-number",
        "quiz",
        "answer: {type: number, value: 0.5, rel_tol: 0.01}",
        QUIZ_BODY.format(body="Half of one?", why="1/2"),
    )
    result = grade_quiz(question, "0.5" + "0" * 1_000_000, 0)
    assert Flag.truncated in result.flags and result.score == 0


def test_quiz_grader_refuses_other_kinds(make_item) -> None:  # type: ignore[no-untyped-def]
    question = make_item(
        "some-concept",
        "concept",
        """
rubric:
  - {id: one, weight: 0.4, point: "The first point of the answer."}
  - {id: two, weight: 0.3, point: "The second point of the answer."}
  - {id: three, weight: 0.3, point: "The third point of the answer."}
""",
        "## Question\n\nWhy?\n\n## Answer\n\nBecause.\n",
    )
    with pytest.raises(UsageError, match="not a quiz"):
        grade_quiz(question, "1", 0)
