from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from mldojo.config import SHIPPED_BANK, load_settings
from mldojo.service import Dojo
from mldojo.service.practice import Graded, Practice
from mldojo.service.submissions import SubmissionQueue
from mldojo.web.app import create_app

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def fake_judge(item_id: str, code: str, public_only: bool) -> dict[str, Any]:
    ok = "correct" in code
    return {
        "problem": item_id,
        "verdict": "AC" if ok else "WA",
        "score": 1.0 if ok else 0.5,
        "tests": [
            {"name": "example 1", "hidden": False, "verdict": "AC", "message": "", "time_ms": 1.0},
            {
                "name": "hidden 1",
                "hidden": True,
                "verdict": "AC" if ok else "WA",
                "message": "" if ok else "empty input: wrong labels",
                "time_ms": 2.0,
            },
        ],
    }


class FakeGradingPractice(Practice):
    """Grades concepts by length so page tests do not depend on the embedding model."""

    def grade(self, question: Any, answer: str, seed: int | None = None) -> Graded:
        if question.kind.value in ("concept", "behavioral"):
            score = min(1.0, len(answer.split()) / 50)
            points = [
                {
                    "id": p.id,
                    "point": p.point,
                    "weight": p.weight,
                    "status": "covered" if score > 0.5 else "missing",
                    "evidence": answer[:40],
                    "note": "",
                }
                for p in question.meta.rubric
            ]
            return Graded(
                score, 3 if score > 0.6 else 1, {"score": score, "points": points, "flags": []}
            )
        return super().grade(question, answer, seed)


FIXTURE_BANK = Path(__file__).parent / "fixtures" / "bank"
SHIPPED_ITEMS = ("concepts/bias-variance-tradeoff", "quizzes/bayes-disease-test")


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    """A fixed bank: two shipped items, the vocabulary and a trivial coding problem."""
    root = tmp_path / "webbank"
    root.mkdir()
    for name in ("topics.yaml", "companies.yaml"):
        shutil.copy(SHIPPED_BANK / name, root)
    for item in SHIPPED_ITEMS:
        shutil.copytree(SHIPPED_BANK / item, root / Path(item).name)
    shutil.copytree(FIXTURE_BANK / "double", root / "double")
    return root


@pytest.fixture
def practice(isolated_home: Path, bank: Path) -> Practice:
    settings = replace(load_settings(), bank_paths=(bank,), include_shipped_bank=False)
    return FakeGradingPractice(Dojo(settings))


@pytest.fixture
def client(practice: Practice) -> Iterator[TestClient]:
    app = create_app(practice, submissions=SubmissionQueue(practice, workers=1, judge=fake_judge))
    with TestClient(app) as test_client:
        yield test_client


def csrf(client: TestClient, url: str = "/") -> str:
    page = client.get(url)
    match = CSRF.search(page.text) or re.search(r'"X-CSRF-Token": "([^"]+)"', page.text)
    assert match, "no CSRF token on the page"
    return match.group(1)
