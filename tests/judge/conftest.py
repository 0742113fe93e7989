"""Shared fixtures for the judge tests: one zygote pool for the session, fixture problems."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import mldojo
from mldojo.judge.pool import JudgePool, default_size
from mldojo.judge.problem import Problem, load_problem
from mldojo.judge.runner import judge_source
from mldojo.judge.verdicts import JudgeResult

FIXTURES = Path(__file__).parent / "fixtures"
PACKAGE = Path(mldojo.__file__).parent
LEGIT_DOUBLE = "def double(x):\n    return 2 * x\n"


@pytest.fixture(scope="session")
def pool() -> Iterator[JudgePool]:
    """One fork-server per core, shared by every judge test of the session."""
    forbidden = [str(PACKAGE), str(FIXTURES)]
    probe = [str(PACKAGE / "judge" / "checking.py")]
    with JudgePool(default_size(), forbidden=forbidden, probe_files=probe) as shared:
        shared.start()
        report = os.environ.get("MLDOJO_TEST_LAYER_REPORT")
        if report:  # the unprivileged re-run tells its parent which layers were active
            hello = shared.hello()
            Path(report).write_text(json.dumps({"uid": hello["uid"], "layers": hello["layers"]}))
        yield shared


def fixture_problem(problem_id: str) -> Problem:
    return load_problem(problem_id, [FIXTURES])


@pytest.fixture(scope="session")
def double() -> Problem:
    return fixture_problem("double")


@pytest.fixture(scope="session")
def echo() -> Problem:
    return fixture_problem("echo")


def run(problem: Problem, source: str | bytes, pool: JudgePool, **options: bool) -> JudgeResult:
    return judge_source(problem, source, pool=pool, **options)


def running_as_root() -> bool:
    return os.geteuid() == 0
