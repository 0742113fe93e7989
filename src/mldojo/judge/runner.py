"""`judge_source`: run a submission against a problem's tests and decide the verdict.

The pool's zygotes are started before `checks.py` is imported (before any hidden data exists
in this process). Each test gets its own forked child; state cannot leak between tests.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from pathlib import Path

from mldojo.judge.checking import Case
from mldojo.judge.evaluate import evaluate
from mldojo.judge.forkserver import ForkServerDied, RunLimits
from mldojo.judge.harness.wire import encode_value, pack_frame
from mldojo.judge.pool import JudgePool, Lease, default_pool
from mldojo.judge.problem import Problem, ProblemError, list_problems, load_problem
from mldojo.judge.source import SourceRejected, prepare_source
from mldojo.judge.verdicts import JudgeResult, TestResult, Verdict, overall

MAX_TIMEOUTS = 2
"""After this many TLE tests the rest are not run (each could cost the full wall limit)."""

MANDATORY_LAYERS = ("fork-server", "rlimits", "seccomp")
INSECURE_ENV = "MLDOJO_JUDGE_INSECURE"

__all__ = [
    "JudgePool",
    "JudgeResult",
    "Problem",
    "TestResult",
    "Verdict",
    "judge_source",
    "list_problems",
    "load_problem",
]


def limits_for(problem: Problem, case: Case, cpu_override: float | None = None) -> RunLimits:
    base = problem.spec.limits
    cpu = case.cpu_seconds or base.cpu_seconds
    if cpu_override is not None:
        cpu = max(cpu, cpu_override)
    wall = max(case.wall_seconds or base.wall_seconds, cpu * 2 + 1)
    return RunLimits(
        cpu_seconds=cpu,
        wall_seconds=wall,
        memory_mb=case.memory_mb or base.memory_mb,
        output_bytes=base.output_kb * 1024,
        result_bytes=base.result_kb * 1024,
    )


MAX_ENCODED = 4096
_encoded_inputs: dict[int, tuple[Case, bytes]] = {}
_encoded_lock = threading.Lock()


def encoded_inputs(case: Case) -> bytes:
    """The case's inputs as a value frame, encoded once per case object (cases are cached per
    problem version, and large inputs cost more to encode than to run)."""
    with _encoded_lock:
        hit = _encoded_inputs.get(id(case))
    if hit is not None and hit[0] is case:
        return hit[1]
    data = encode_value(case.inputs)
    with _encoded_lock:
        if len(_encoded_inputs) >= MAX_ENCODED:  # old problem versions: start afresh
            _encoded_inputs.clear()
        _encoded_inputs[id(case)] = (case, data)
    return data


def build_job(problem: Problem, source: str, case: Case, limits: RunLimits) -> bytes:
    spec = problem.spec
    header = {
        "source": source,
        "driver": problem.driver_source(),
        "entry": spec.entry_point,
        "provides": list(spec.provides),
        "banned_calls": list(spec.banned_calls),
        "memory_mb": limits.memory_mb,
    }
    return pack_frame(header, encoded_inputs(case))


def missing_mandatory_layers(pool: JudgePool) -> list[str]:
    layers = pool.hello().get("layers", {})
    return [name for name in MANDATORY_LAYERS if not layers.get(name, {}).get("active")]


def run_cases(
    problem: Problem,
    source: str,
    cases: Iterable[Case],
    lease: Lease,
    cpu_overrides: dict[str, float] | None = None,
) -> list[TestResult]:
    """Run each case in its own child; stop early on CE and BANNED (every test would agree)."""
    results: list[TestResult] = []
    timeouts = 0
    for case in cases:
        if timeouts >= MAX_TIMEOUTS:
            results.append(
                TestResult(
                    case.name,
                    case.hidden,
                    Verdict.TLE,
                    "not run: earlier tests ran out of time",
                    label=case.label,
                    points=float(case.extra.get("points", 1)),
                )
            )
            continue
        limits = limits_for(problem, case, (cpu_overrides or {}).get(case.name))
        job = build_job(problem, source, case, limits)
        try:
            raw = lease.run(job, limits)
        except ForkServerDied:
            raw = None
        result = evaluate(problem, case, limits, raw)
        results.append(result)
        if result.verdict is Verdict.TLE:
            timeouts += 1
        if result.verdict in (Verdict.CE, Verdict.BANNED):
            break
    return results


def judge_source(
    problem: str | Problem,
    source: str | bytes,
    *,
    public_only: bool = False,
    pool: JudgePool | None = None,
) -> JudgeResult:
    """Judge one submission. Raises NotFoundError for an unknown id, ProblemError for a
    broken problem folder; everything about the submission itself becomes a verdict."""
    prob = problem if isinstance(problem, Problem) else load_problem(problem)
    try:
        text = prepare_source(source, prob.spec.banned_calls)
    except SourceRejected as rejected:
        return JudgeResult(prob.id, rejected.verdict, 0.0, [], rejected.message)
    pool = pool or default_pool()
    try:
        pool.start()  # zygotes first: they must never coexist with loaded hidden data
    except ForkServerDied as exc:
        return JudgeResult(prob.id, Verdict.SE, 0.0, [], f"the judge sandbox cannot start: {exc}")
    missing = missing_mandatory_layers(pool)
    if missing and not os.environ.get(INSECURE_ENV):
        message = f"sandbox layers missing: {', '.join(missing)} (see `mldojo doctor`)"
        return JudgeResult(prob.id, Verdict.SE, 0.0, [], message)
    cases = [c for c in prob.cases() if not (public_only and c.hidden)]
    if not cases:
        raise ProblemError(f"problem `{prob.id}` has no {'public ' if public_only else ''}tests")
    overrides = None
    if prob.spec.limits.reference_time_factor and not public_only:
        from mldojo.judge.timing import reference_limits

        overrides = reference_limits(prob, pool)
    with pool.lease() as lease:
        tests = run_cases(prob, text, cases, lease, overrides)
    return overall(prob.id, tests)


def judge_file(problem: str | Problem, path: Path, **options: object) -> JudgeResult:
    """Convenience for scripts: read at most a little over the size cap, then judge."""
    from mldojo.judge.source import MAX_SOURCE_BYTES

    with open(path, "rb") as handle:
        data = handle.read(MAX_SOURCE_BYTES + 1)
    return judge_source(problem, data, **options)  # type: ignore[arg-type]
