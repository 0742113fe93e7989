"""`mldojo interview`: the scriptable sub-commands and the answers-file mode."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mldojo.cli import interview as cli
from mldojo.cli.app import app
from mldojo.service.interviews import Interviews
from tests.interview.test_mock_interview import PROJECT, STAR


def mldojo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mldojo", "interview", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_start_answer_finish_show_history_over_processes() -> None:
    started = mldojo("start", "--preset", "project-deep-dive", "--json")
    assert started.returncode == 0, started.stderr
    data = json.loads(started.stdout)
    iid = str(data["id"])
    assert data["current"]["kind"] == "project" and "model" in data["current"]["fields"]
    answered = mldojo("answer", iid, "--fields", json.dumps(PROJECT), "--json")
    assert answered.returncode == 0, answered.stderr
    nxt = json.loads(answered.stdout)["current"]
    assert nxt["step"] == "why-model" and "Gradient boosted trees" in nxt["prompt"]
    reply = mldojo(
        "answer",
        iid,
        "--text",
        "We compared it against a baseline because of latency.",
        "--json",
    )
    feedback = json.loads(reply.stdout)
    assert feedback["follow_up"], "the missing evidence element is probed"
    finished = mldojo("finish", iid, "--json")
    card = json.loads(finished.stdout)
    assert card["rounds"][0]["kind"] == "ml-depth"
    assert card["overall"] == pytest.approx(card["rounds"][0]["contribution"])
    shown = json.loads(mldojo("show", iid, "--json").stdout)
    assert shown["status"] == "finished" and shown["scorecard"]["overall"] == card["overall"]
    history = json.loads(mldojo("history", "--json").stdout)
    assert [row["id"] for row in history] == [int(iid)]


def test_bad_input_is_one_line_exit_2() -> None:
    for args, needle in (
        (("--preset", "nope", "--answers-file", "x.json"), "unknown preset"),
        (("show", "99"), "no interview with id 99"),
        (("answer", "99", "--text", "hi"), "no interview with id 99"),
        (("answer", "1"), "exactly one of"),
    ):
        result = mldojo(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert needle in result.stderr and "Traceback" not in result.stderr
        assert result.stderr.strip().count("\n") == 0


def test_answers_file_runs_a_whole_interview(
    tmp_path: Path, interviews: Interviews, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_service", lambda: interviews)
    code = tmp_path / "solution.py"
    code.write_text("def f():\n    return 'correct'\n", encoding="utf-8")
    answers = [
        {"code_file": str(code)},
        {"code_file": str(code)},
        "STRONG",
        "STRONG",
        "STRONG",
        {"fields": PROJECT},
        "STRONG",
        {"skip": True},
    ]
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["interview", "--preset", "ml-engineer-onsite", "--answers-file", str(path), "--json"]
    )
    assert result.exit_code == 0, result.output
    card = json.loads(result.stdout)
    kinds = [r["kind"] for r in card["rounds"]]
    assert kinds[:2] == ["general-coding", "ml-coding"]
    assert len(card["rounds"][2]["questions"]) == 3  # the test bank holds 3 breadth items
    assert card["rounds"][0]["score"] == 1.0
    assert card["rounds"][-1]["status"] == "not-reached"
    assert card["overall"] == pytest.approx(sum(r["contribution"] for r in card["rounds"]))


def test_story_commands(
    tmp_path: Path, interviews: Interviews, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_service", lambda: interviews)
    text = tmp_path / "story.md"
    text.write_text(STAR, encoding="utf-8")
    runner = CliRunner()
    added = runner.invoke(
        app,
        ["interview", "story", "add", "--title", "Feature store", "--file", str(text), "--json"],
    )
    assert added.exit_code == 0, added.output
    story_id = json.loads(added.stdout)["id"]
    revised = runner.invoke(
        app, ["interview", "story", "revise", str(story_id), "--file", str(text), "--json"]
    )
    assert json.loads(revised.stdout)["revision"] == 2
    listed = json.loads(runner.invoke(app, ["interview", "story", "list", "--json"]).stdout)
    assert listed == [{"id": story_id, "title": "Feature store", "competencies": [], "revision": 2}]
