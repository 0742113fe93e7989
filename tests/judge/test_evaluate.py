"""Verdict rules on what the fork-server observed, without running anything."""

from __future__ import annotations

import signal

import pytest

from mldojo.judge.evaluate import evaluate
from mldojo.judge.forkserver import RawRun
from mldojo.judge.problem import Problem
from mldojo.judge.runner import limits_for


def raw(**fields: object) -> RawRun:
    base: dict[str, object] = {
        "exit_code": None,
        "signal": None,
        "cpu": 0.01,
        "wall": 0.02,
        "maxrss_kb": 30_000,
        "timed_out": False,
        "output_overflow": False,
        "result_overflow": False,
        "result": b"",
        "output": b"",
    }
    base.update(fields)
    return RawRun(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "fields, verdict",
    [
        ({"signal": signal.SIGXCPU, "cpu": 0.85}, "TLE"),  # rusage trails the kernel's clock
        ({"signal": signal.SIGKILL, "cpu": 1.95}, "TLE"),
        ({"signal": signal.SIGKILL, "cpu": 0.1}, "RE"),
        ({"timed_out": True, "signal": signal.SIGKILL}, "TLE"),
        ({"output_overflow": True, "signal": signal.SIGKILL}, "OLE"),
        ({"signal": signal.SIGSEGV}, "RE"),
        ({"exit_code": 0}, "RE"),  # no result frame
    ],
    ids=["sigxcpu", "hard-limit", "killed-early", "wall", "output", "segv", "no-result"],
)
def test_signals_and_limits(double: Problem, fields: dict[str, object], verdict: str) -> None:
    case = double.cases()[0]
    result = evaluate(double, case, limits_for(double, case), raw(**fields))
    assert result.verdict.value == verdict, result


def test_a_dead_fork_server_is_a_system_error(double: Problem) -> None:
    case = double.cases()[1]
    result = evaluate(double, case, limits_for(double, case), None)
    assert result.verdict.value == "SE"
