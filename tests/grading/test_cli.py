"""`mldojo grade` end to end, in a subprocess as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.grading.conftest import MOMENTUM_BODY, MOMENTUM_FRONT, write_item

ITEM = "bias-variance-tradeoff"
ANSWER = (
    "High bias means the model is too simple and underfits. High variance means the fit "
    "depends strongly on the training sample and overfits; regularisation reduces it."
)


def mldojo(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLDOJO_LLM_")}
    return subprocess.run(
        [sys.executable, "-m", "mldojo", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def assert_usage_error(result: subprocess.CompletedProcess[str], text: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert text in result.stderr and "Traceback" not in result.stderr


def test_grade_json() -> None:
    result = mldojo("grade", ITEM, "--answer", ANSWER, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["item_id"] == ITEM and 0 < data["score"] < 1
    assert {p["status"] for p in data["points"]} <= {
        "covered",
        "partial",
        "missing",
        "contradicted",
    }
    assert data["suggested_rating"] in (1, 2, 3, 4)
    assert any(p["evidence"] for p in data["points"])


def test_grade_text_from_file(tmp_path: Path) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(ANSWER)
    result = mldojo("grade", ITEM, "--answer-file", str(answer))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{ITEM}: score ") and "suggested rating:" in result.stdout
    assert "evidence:" in result.stdout


def test_grade_question_file(tmp_path: Path) -> None:
    path = write_item(
        tmp_path,
        "momentum-intuition",
        "concept",
        MOMENTUM_FRONT,
        MOMENTUM_BODY,
    )
    result = mldojo(
        "grade",
        "--question-file",
        str(path),
        "--answer",
        "Momentum keeps a decaying average of past gradients, which damps oscillation.",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["item_id"] == "momentum-intuition"


def test_quiz_with_seed() -> None:
    result = mldojo("grade", "adam-first-step", "--seed", "3", "--answer", "0.21", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["correct"] is True and data["grader"] == "exact"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("grade", "no-such-item", "--answer", "x"), "no-such-item"),
        (("grade", ITEM), "--answer"),
        (("grade", ITEM, "--answer", "x", "--answer-file", "f.txt"), "exactly one"),
        (("grade", ITEM, "--answer", "   "), "empty"),
        (("grade", ITEM, "--answer-file", "/no/such/file.txt"), "does not exist"),
        (("grade", "--question-file", "/no/such/item.md", "--answer", "x"), "does not exist"),
        (("grade", "--answer", "x"), "item ID or --question-file"),
        (("grade", ITEM, "--step", "metrics", "--answer", "x"), "design items only"),
        (("grade", ITEM, "--llm", "--answer", "some answer text"), "MLDOJO_LLM_BASE_URL"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    assert_usage_error(mldojo(*args), message)


def test_invalid_question_file_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "item.md"
    bad.write_text("---\nid: [\n---\n")
    assert_usage_error(
        mldojo("grade", "--question-file", str(bad), "--answer", "x"), "invalid question file"
    )
