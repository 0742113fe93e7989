"""Regression guard: the offline grader orders labelled answers the way their gold does.

Runs the grader on a few questions of `benchmarks/grading_data/` (calibration split) and
checks the orderings the benchmark reports on, so a change that breaks them fails here first.
The full report is `benchmarks/grading.py`.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from mldojo.grading.result import Flag, PointStatus

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "grading.py"
QUESTIONS = (
    "batch-normalization",
    "catastrophic-forgetting",
    "class-imbalance-loss-functions",
    "python-generators",
)


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("grading_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def graded() -> dict[str, dict[str, Any]]:
    bench = _benchmark()
    questions = bench.load_questions()
    answers, _ = bench.load_labelled(questions)
    chosen = [a for a in answers if a.item in QUESTIONS]
    assert {a.item for a in chosen} == set(QUESTIONS), "labelled questions are missing"
    results = bench.grade_all(chosen, questions)
    out: dict[str, dict[str, Any]] = {}
    for answer, result in zip(chosen, results, strict=True):
        out.setdefault(answer.item, {})[answer.kind] = result
    return out


@pytest.mark.parametrize("item", QUESTIONS)
def test_excellent_above_partial_above_wrong(graded: dict[str, dict[str, Any]], item: str) -> None:
    s = {kind: result.score for kind, result in graded[item].items()}
    assert min(s["excellent"], s["long_excellent"]) > s["partial"], s
    assert s["partial"] > max(s["wrong"], s["negated"]), s
    assert s["excellent"] >= 0.65 and max(s["wrong"], s["negated"]) < 0.4, s


@pytest.mark.parametrize("item", QUESTIONS)
def test_keyword_list_is_flagged_and_below_partial(
    graded: dict[str, dict[str, Any]], item: str
) -> None:
    keyword, partial = graded[item]["keyword"], graded[item]["partial"]
    assert Flag.keyword_list in keyword.flags
    assert keyword.score < partial.score


@pytest.mark.parametrize("item", QUESTIONS)
def test_false_answers_have_contradicted_points(
    graded: dict[str, dict[str, Any]], item: str
) -> None:
    for kind in ("wrong", "negated"):
        points = graded[item][kind].points
        assert any(p.status is PointStatus.contradicted for p in points), (item, kind)
    excellent = graded[item]["excellent"].points
    assert sum(p.status is PointStatus.covered for p in excellent) >= len(excellent) - 1
