"""Per-test CPU limits from the reference solution's measured time (`reference_time_factor`).

The reference runs once through the same sandbox; its CPU time per case is cached under the
data directory, keyed by the problem's files and the Python and NumPy versions, so a change to
any of them measures again. Limit = max(the problem's `cpu_seconds`, factor × reference time):
`cpu_seconds` is the floor that keeps tiny cases from getting limits below timer noise.
"""

from __future__ import annotations

import hashlib
import json
import platform
from pathlib import Path

from mldojo.judge.pool import JudgePool
from mldojo.judge.problem import Problem
from mldojo.judge.verdicts import Verdict

RUNS = 2
"""The reference's time is the minimum of this many runs (less noise from a busy machine)."""


def _cache_path(problem: Problem) -> Path:
    from mldojo.config import load_settings

    return load_settings().home / "cache" / "judge" / f"{problem.id}.reference.json"


def _key(problem: Problem, pool: JudgePool) -> str:
    digest = hashlib.sha256()
    for name in ("solution.py", "driver.py", "checks.py", "item.md"):
        digest.update(problem.path(name).read_bytes())
    hello = pool.hello()
    digest.update(f"{platform.python_version()} {hello.get('numpy')}".encode())
    return digest.hexdigest()


def reference_times(problem: Problem, pool: JudgePool) -> dict[str, float]:
    """CPU seconds of the reference solution per case name (cached)."""
    from mldojo.judge.runner import run_cases

    path = _cache_path(problem)
    key = _key(problem, pool)
    try:
        cached = json.loads(path.read_text())
        if cached.get("key") == key:
            return {str(k): float(v) for k, v in cached["times"].items()}
    except (OSError, ValueError, KeyError, AttributeError):
        pass
    source = problem.solution_source()
    times: dict[str, float] = {}
    for _ in range(RUNS):
        with pool.lease() as lease:
            for test in run_cases(problem, source, problem.cases(), lease):
                if test.verdict is Verdict.AC:
                    seconds = test.time_ms / 1000
                    times[test.name] = min(times.get(test.name, seconds), seconds)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"key": key, "times": times}, indent=1))
    except OSError:
        pass
    return times


def reference_limits(problem: Problem, pool: JudgePool) -> dict[str, float]:
    factor = problem.spec.limits.reference_time_factor or 1.0
    return {name: factor * seconds for name, seconds in reference_times(problem, pool).items()}
