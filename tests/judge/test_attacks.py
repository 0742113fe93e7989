"""Every attack ends with its expected verdict (never AC), leaves no file behind, leaves the
zygote alive, and the next correct submission is still AC."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from mldojo.judge.pool import JudgePool
from mldojo.judge.problem import Problem
from tests.judge.attacks import ATTACKS, Attack
from tests.judge.conftest import FIXTURES, LEGIT_DOUBLE, PACKAGE, run


@pytest.fixture(scope="module")
def listener() -> Iterator[int]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    yield server.getsockname()[1]
    server.close()


@pytest.fixture(scope="module")
def marker_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("attack-marker")
    path.chmod(0o777)  # only the sandbox may stop a write here, not file permissions
    return path


def secrets() -> list[str]:
    paths = [FIXTURES / "problems" / "double" / n for n in ("checks.py", "solution.py")]
    paths.append(PACKAGE / "judge" / "checking.py")
    shipped = PACKAGE / "content" / "problems" / "kmeans" / "solution.py"
    if shipped.exists():
        paths.append(shipped)
    return [str(p) for p in paths]


def render(item: Attack, marker: Path, port: int) -> str:
    return (
        item.source.replace("{MARKER}", str(marker))
        .replace("{SECRETS}", repr(secrets()))
        .replace("{PORT}", str(port))
    )


@pytest.mark.parametrize("item", ATTACKS, ids=[a.name for a in ATTACKS])
def test_attack(
    item: Attack, pool: JudgePool, double: Problem, marker_dir: Path, listener: int
) -> None:
    marker = marker_dir / f"{item.name}.txt"
    before = pool.pids()
    result = run(double, render(item, marker, listener), pool)
    assert result.verdict.value != "AC", result.to_dict()
    assert result.verdict.value in item.verdicts, result.to_dict()
    assert result.score < 1
    assert not marker.exists(), "the attack wrote a file outside the sandbox"
    assert list(marker_dir.iterdir()) == []
    assert pool.pids() == before, "the zygote died or was replaced"
    assert all(_alive(pid) for pid in before)
    assert run(double, LEGIT_DOUBLE, pool).verdict.value == "AC"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_legit_control(pool: JudgePool, double: Problem) -> None:
    result = run(double, LEGIT_DOUBLE, pool)
    assert result.verdict.value == "AC" and result.score == 1.0


def test_no_state_carries_over(pool: JudgePool, double: Problem) -> None:
    """Attack 39: a value stashed in numpy by one submission is gone in the next."""
    stash = "import numpy as np\nnp._stash = 1\ndef double(x):\n    return 3 * x\n"
    check = (
        "import numpy as np\n"
        "def double(x):\n"
        "    if hasattr(np, '_stash'):\n"
        "        return 3 * x\n"
        "    return 2 * x\n"
    )
    assert run(double, stash, pool).verdict.value == "WA"
    assert run(double, check, pool).verdict.value == "AC"
