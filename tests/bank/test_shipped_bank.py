"""The shipped bank: no validation error, the amounts the product promises, and every item
meeting the quality bar of its kind (answer length, rubric size, misconceptions, follow-ups)."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache

import pytest

from mldojo.bank.models import (
    DESIGN_STEPS,
    BehavioralFrontMatter,
    ChoiceAnswer,
    ConceptFrontMatter,
    DesignFrontMatter,
    Kind,
    NumberAnswer,
    ProblemFrontMatter,
    Question,
    QuizFrontMatter,
)
from mldojo.bank.validator import validate_bank
from mldojo.config import SHIPPED_BANK
from mldojo.grading.quiz import grade_quiz, instantiate

CATALOGUE = {
    "kmeans", "knn_classify", "decision_tree", "perceptron", "mlp", "linear_regression",
    "ridge_regression", "logistic_regression", "linear_svm", "naive_bayes", "pca", "viterbi",
    "stratified_split", "sample_without_replacement", "reservoir_sample", "sample_categorical",
    "rand7", "bigram_probabilities", "tfidf", "bag_of_words", "precision_recall_f1", "roc_auc",
    "ndcg_at_k", "kfold_indices", "softmax_cross_entropy", "two_layer_grads", "adam_step",
    "batchnorm_forward", "dropout_forward", "attention", "linked_list_cycle", "bst_lca",
    "sort_stack", "shortest_paths", "palindromic_substrings",
}  # fmt: skip
SEEDS = range(25)


@cache
def shipped() -> tuple[Question, ...]:
    report = validate_bank([SHIPPED_BANK])
    assert [str(f) for f in report.findings] == []
    return tuple(report.questions)


def of_kind(kind: Kind) -> list[Question]:
    return [q for q in shipped() if q.kind is kind]


def word_count(text: str) -> int:
    return len(re.findall(r"[\w'’-]+", text))


def test_shipped_bank_has_no_errors() -> None:
    assert shipped()


def test_amounts() -> None:
    counts = Counter(q.kind for q in shipped())
    parameterised = [
        q for q in of_kind(Kind.quiz) if isinstance(q.meta, QuizFrontMatter) and q.meta.params
    ]
    assert counts[Kind.concept] >= 180
    assert counts[Kind.quiz] >= 60
    assert len(parameterised) >= 20
    assert counts[Kind.design] >= 25
    assert counts[Kind.behavioral] >= 20
    assert {q.id for q in of_kind(Kind.problem)} == CATALOGUE


@pytest.mark.parametrize("kind", [Kind.concept, Kind.behavioral])
def test_rubric_items_meet_the_quality_bar(kind: Kind) -> None:
    failures = []
    for question in of_kind(kind):
        meta = question.meta
        assert isinstance(meta, ConceptFrontMatter | BehavioralFrontMatter)
        words = word_count(question.model_answer)
        low, high = (120, 400) if kind is Kind.concept else (100, 400)
        problems = []
        if not low <= words <= high:
            problems.append(f"model answer has {words} words")
        if not math.isclose(sum(p.weight for p in meta.rubric), 1.0, abs_tol=1e-6):
            problems.append("rubric weights do not sum to 1")
        if len(meta.misconceptions) < 2:
            problems.append("fewer than 2 misconceptions")
        if len(meta.follow_ups) < 2:
            problems.append("fewer than 2 follow-ups")
        if not meta.sources and kind is Kind.concept:
            problems.append("no sources")
        if not question.prompt.strip():
            problems.append("no prompt")
        if problems:
            failures.append(f"{question.id}: {'; '.join(problems)}")
    assert failures == []


def test_designs_have_a_rubric_for_every_step() -> None:
    for question in of_kind(Kind.design):
        meta = question.meta
        assert isinstance(meta, DesignFrontMatter)
        assert [s.step for s in meta.steps] == list(DESIGN_STEPS), question.id
        for step in meta.steps:
            total = sum(p.weight for p in step.rubric)
            assert math.isclose(total, 1.0, abs_tol=1e-6), f"{question.id}/{step.step}"


def test_problems_use_catalogue_names() -> None:
    for question in of_kind(Kind.problem):
        meta = question.meta
        assert isinstance(meta, ProblemFrontMatter)
        assert meta.judge.entry_point in meta.judge.signature, question.id


def test_every_quiz_instance_grades_its_own_answer_correct() -> None:
    """For many seeds: the prompt has no unfilled placeholder, the computed answer is finite,
    and submitting the expected answer is graded correct while a wrong one is not."""
    for question in of_kind(Kind.quiz):
        meta = question.meta
        assert isinstance(meta, QuizFrontMatter)
        for seed in SEEDS if meta.params else [0]:
            instance = instantiate(question, seed)
            assert not re.search(r"\{[A-Za-z_]\w*(:[^{}]*)?\}", instance.prompt), question.id
            right = grade_quiz(question, instance_answer_text(meta, instance.answer), seed)
            assert right.correct, f"{question.id} seed {seed}: {right.feedback}"
            wrong = grade_quiz(question, wrong_answer_text(meta, instance.answer), seed)
            assert not wrong.correct, f"{question.id} seed {seed} accepts a wrong answer"


def test_parameterised_quizzes_differ_between_seeds() -> None:
    for question in of_kind(Kind.quiz):
        meta = question.meta
        assert isinstance(meta, QuizFrontMatter)
        if meta.params:
            prompts = {instantiate(question, seed).prompt for seed in SEEDS}
            assert len(prompts) >= 3, f"{question.id} gives {len(prompts)} distinct prompts"


def instance_answer_text(meta: QuizFrontMatter, answer: float | None) -> str:
    if isinstance(meta.answer, NumberAnswer):
        assert answer is not None and math.isfinite(answer), meta.id
        return repr(answer)
    if isinstance(meta.answer, ChoiceAnswer):
        return ", ".join(meta.answer.correct)
    return ", ".join(meta.answer.values)


def wrong_answer_text(meta: QuizFrontMatter, answer: float | None) -> str:
    if isinstance(meta.answer, NumberAnswer):
        assert answer is not None
        return repr(answer * 1.5 + 7.0)
    if isinstance(meta.answer, ChoiceAnswer):
        others = [key for key in meta.choices if key not in meta.answer.correct]
        return others[0] if others else "zz"
    return "definitely-not-an-answer"
