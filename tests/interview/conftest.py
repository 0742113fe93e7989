from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from mldojo.bank.models import DesignFrontMatter, RubricMixin
from mldojo.config import SHIPPED_BANK, load_settings
from mldojo.grading.result import GradeResult, PointResult, PointStatus
from mldojo.interview.clock import FakeClock
from mldojo.service import Dojo
from mldojo.service.interviews import Interviews
from mldojo.service.practice import Practice

SHIPPED_ITEMS = (
    "concepts/bias-variance-tradeoff",
    "concepts/dropout-regularization",
    "quizzes/bayes-disease-test",
    "quizzes/always-negative-classifier-accuracy",
    "designs/ad-ctr-prediction",
    "problems/precision_recall_f1",
    "problems/bst_lca",
)

BEHAVIORAL_ITEM = """---
id: disagree-with-teammate
title: "Disagreeing with a teammate"
kind: behavioral
module: behavioral
topics: [behavioral-star]
difficulty: medium
estimated_minutes: 5
competency: conflict
strong_story_shows:
  - "The candidate listened and separated the person from the problem."
  - "The disagreement was settled with data and the outcome is measured."
rubric:
  - id: listen
    weight: 0.4
    point: "Describes listening to the colleague and restating their view."
  - {id: data, weight: 0.3, point: "Settles the question with data or an experiment, not rank."}
  - id: outcome
    weight: 0.3
    point: "States the measurable outcome and what the relationship became."
follow_ups:
  - "What would you do differently if the experiment had proved you wrong?"
---
## Question

Tell me about a time you disagreed with a teammate on a technical decision.

## Answer

A strong story names the disagreement, shows listening, settles it with evidence and ends
with a measured result.
"""


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    root = tmp_path / "interviewbank"
    root.mkdir()
    for name in ("topics.yaml", "companies.yaml"):
        shutil.copy(SHIPPED_BANK / name, root)
    for item in SHIPPED_ITEMS:
        shutil.copytree(SHIPPED_BANK / item, root / Path(item).name)
    (root / "disagree-with-teammate").mkdir()
    (root / "disagree-with-teammate" / "item.md").write_text(BEHAVIORAL_ITEM, encoding="utf-8")
    return root


def _score_for(text: str) -> float:
    """STRONG and WEAK markers pin the score; otherwise longer answers score higher."""
    if "STRONG" in text:
        return 0.9
    if "WEAK" in text:
        return 0.3
    return min(1.0, len(text.split()) / 40)


class FakeGraders:
    """Deterministic graders: no embedding model, no sandbox, same contract."""

    def __init__(self, dojo: Dojo) -> None:
        self.dojo = dojo
        self.calls: list[tuple[str, str, str]] = []

    def _result(self, item_id: str, points: list[Any], score: float) -> GradeResult:
        status = PointStatus.covered if score >= 0.65 else PointStatus.missing
        return GradeResult.build(
            item_id=item_id,
            grader="fake",
            score=score,
            points=[
                PointResult(id=p.id, point=p.point, weight=p.weight, status=status) for p in points
            ],
        )

    def answer(self, item_id: str, answer: str) -> GradeResult:
        self.calls.append(("answer", item_id, answer))
        meta = self.dojo.get_question(item_id).meta
        assert isinstance(meta, RubricMixin)
        return self._result(item_id, list(meta.rubric), _score_for(answer))

    def quiz(self, item_id: str, response: str, seed: int) -> GradeResult:
        self.calls.append(("quiz", item_id, response))
        right = response.strip() == "right"
        return GradeResult.build(
            item_id=item_id, grader="fake-quiz", score=1.0 if right else 0.0, correct=right
        )

    def design_step(self, item_id: str, step: str, answer: str) -> GradeResult:
        self.calls.append(("design", f"{item_id}:{step}", answer))
        meta = self.dojo.get_question(item_id).meta
        assert isinstance(meta, DesignFrontMatter)
        rubric = next(s for s in meta.steps if s.step == step).rubric
        return self._result(item_id, list(rubric), _score_for(answer))

    def code(self, item_id: str, source: str) -> dict[str, Any]:
        self.calls.append(("code", item_id, source))
        ok = "correct" in source
        return {
            "problem": item_id,
            "verdict": "AC" if ok else "WA",
            "score": 1.0 if ok else 0.5,
            "message": "" if ok else "hidden 2: wrong answer on an empty input",
            "tests": [],
        }


@pytest.fixture
def practice(isolated_home: Path, bank: Path) -> Practice:
    settings = replace(load_settings(), bank_paths=(bank,), include_shipped_bank=False)
    return Practice(Dojo(settings))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def graders(practice: Practice) -> FakeGraders:
    return FakeGraders(practice.dojo)


@pytest.fixture
def interviews(practice: Practice, graders: FakeGraders, clock: FakeClock) -> Interviews:
    return Interviews(practice, graders=graders, clock=clock)
