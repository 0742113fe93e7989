"""Latency, throughput and sandbox overhead of the coding judge.

Usage:
    .venv/bin/python benchmarks/judge.py                  # default sizes, about two minutes
    .venv/bin/python benchmarks/judge.py --runs 40 --json results.json

What it measures, all in one run so the ratios hold across machines:

1. Sandbox overhead per test: the median round trip judge -> fork-server -> locked-down child
   -> result, for the trivial `double(x) -> 2*x` problem, against a cold
   `python -c "import numpy"` and against the same driver and solution run in a plain fresh
   subprocess (what a judge without a fork-server would pay per test).
2. Per-submission latency (median, p95) of the reference solutions of a few shipped problems,
   one fork-server, hidden tests included.
3. Throughput in submissions per second with 1 and 2 fork-servers: `kmeans-small` (the shipped
   k-means problem's solution, driver and checker on five 900x2 hidden tests plus one public
   example, the workload the sandbox research measured) and the shipped `kmeans` itself.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("MLDOJO_HOME", tempfile.mkdtemp(prefix="mldojo-bench-home-"))

from mldojo.judge.forkserver import SANDBOX_ENV  # noqa: E402
from mldojo.judge.pool import JudgePool  # noqa: E402
from mldojo.judge.problem import Problem, load_problem  # noqa: E402
from mldojo.judge.runner import build_job, judge_source, limits_for  # noqa: E402

CONTENT = ROOT / "src" / "mldojo" / "content"
FIXTURES = ROOT / "tests" / "judge" / "fixtures"
HARNESS = ROOT / "src" / "mldojo" / "judge" / "harness"
LATENCY_PROBLEMS = ("precision_recall_f1", "softmax_cross_entropy", "knn_classify", "kmeans")

SMALL_KMEANS_CHECKS = '''
"""Five small hidden k-means tests, checked by the shipped k-means checker."""
import importlib.util

import numpy as np

from mldojo.judge.checking import Case

_spec = importlib.util.spec_from_file_location("_bench_kmeans_checks", {shipped!r})
_shipped = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_shipped)


def cases():
    rng = np.random.default_rng(5)
    out = []
    for i in range(6):
        centres = rng.uniform(-10, 10, size=(3, 2))
        X = np.vstack([c + 0.7 * rng.standard_normal((300, 2)) for c in centres])
        inputs = {{"X": X, "k": 3, "max_iters": 300, "seed": i}}
        out.append(Case(f"blobs_{{i}}", inputs, hidden=i > 0, label="three blobs",
                        extra={{"blobs": True}}))
    return out


def check(case, output):
    _shipped.check(case, output)
'''

# A judge without a fork-server: a fresh interpreter per test that imports NumPy, reads the
# same job frame, runs the same driver and solution and writes the same result frame.
PLAIN_RUNNER = """
import importlib.util, os, sys
spec = importlib.util.spec_from_file_location(
    "_h", sys.argv[1] + "/__init__.py", submodule_search_locations=[sys.argv[1]])
pkg = importlib.util.module_from_spec(spec); sys.modules["_h"] = pkg; spec.loader.exec_module(pkg)
from _h import runtime, wire
data = sys.stdin.buffer.read()
header, inputs = wire.unpack_frame(data, max_header=len(data))
sys.stdout.buffer.write(runtime.run_job(header, inputs, lambda budget: None))
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(seconds: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {
        "median_ms": round(statistics.median(ms), 2),
        "p95_ms": round(percentile(ms, 95), 2),
        "min_ms": round(min(ms), 2),
        "n": len(ms),
    }


def timed(action: Callable[[], Any], runs: int, warmup: int = 2) -> list[float]:
    for _ in range(warmup):
        action()
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        out.append(time.perf_counter() - started)
    return out


# --- 1. overhead -------------------------------------------------------------------------


def overhead(runs: int, cold_runs: int) -> dict[str, Any]:
    double = load_problem("double", [FIXTURES])
    case = double.cases()[0]
    limits = limits_for(double, case)
    source = "def double(x):\n    return 2 * x\n"
    job = build_job(double, source, case, limits)
    with JudgePool(1) as pool:
        pool.start()
        with pool.lease() as lease:
            first = lease.run(job, limits)
            assert first.exit_code == 0, first
            fork = timed(lambda: lease.run(job, limits), runs, warmup=5)
    env = dict(SANDBOX_ENV)
    python = sys.executable

    def cold_numpy() -> None:
        subprocess.run([python, "-c", "import numpy"], env=env, check=True)

    def plain_subprocess() -> None:
        script = f"import sys; sys.path[:0] = {site_dirs()!r}\n" + PLAIN_RUNNER
        command = [python, "-I", "-S", "-c", script, str(HARNESS)]
        done = subprocess.run(command, input=job, env=env, capture_output=True, check=True)
        assert done.stdout, done.stderr

    cold = timed(cold_numpy, cold_runs)
    plain = timed(plain_subprocess, cold_runs)
    fork_median = statistics.median(fork)
    return {
        "fork_server_round_trip": summary(fork),
        "cold_import_numpy": summary(cold),
        "plain_subprocess_same_job": summary(plain),
        "cold_numpy_over_fork_server": round(statistics.median(cold) / fork_median, 1),
        "plain_subprocess_over_fork_server": round(statistics.median(plain) / fork_median, 1),
    }


def site_dirs() -> list[str]:
    from mldojo.judge.forkserver import site_dirs as dirs

    return dirs()


# --- 2. latency --------------------------------------------------------------------------


def latency(problems: list[tuple[str, Problem, int]]) -> dict[str, Any]:
    """`problems`: (label, problem, runs)."""
    out: dict[str, Any] = {}
    with JudgePool(1) as pool:
        pool.start()
        for label, problem, runs in problems:
            source = problem.solution_source()
            hidden = sum(c.hidden for c in problem.cases())

            def judge(problem: Problem = problem, source: str = source) -> None:
                result = judge_source(problem, source, pool=pool)
                assert result.accepted, (problem.id, result.message)

            stats = summary(timed(judge, runs, warmup=1))
            out[label] = {"tests": len(problem.cases()), "hidden": hidden, **stats}
    return out


# --- 3. throughput -----------------------------------------------------------------------


def cpu_seconds(pids: list[int]) -> float:
    """CPU time of this process plus the fork-servers and their reaped children."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    total = usage.ru_utime + usage.ru_stime
    tick = os.sysconf("SC_CLK_TCK")
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        total += sum(int(fields[i]) for i in (11, 12, 13, 14)) / tick  # utime stime cutime cstime
    return total


def throughput(problem: Problem, submissions: int, workers: int) -> dict[str, float]:
    """Submissions per second, and the CPU each costs (judge + fork-servers + children), which
    does not depend on what else the machine is running."""
    source = problem.solution_source()
    with JudgePool(workers) as pool:
        pool.start()
        judge_source(problem, source, pool=pool)  # warm the checker's caches
        cpu_before = cpu_seconds(pool.pids())
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=workers) as executor:
            results = list(
                executor.map(lambda _: judge_source(problem, source, pool=pool), range(submissions))
            )
        elapsed = time.perf_counter() - started
        cpu = cpu_seconds(pool.pids()) - cpu_before
    assert all(r.accepted for r in results)
    return {
        "submissions": submissions,
        "seconds": round(elapsed, 2),
        "per_second": round(submissions / elapsed, 1),
        "cpu_ms_per_submission": round(cpu / submissions * 1000, 1),
    }


def small_kmeans(folder: Path) -> Problem:
    shipped = CONTENT / "problems" / "kmeans"
    target = folder / "problems" / "kmeans"
    target.mkdir(parents=True)
    for name in ("item.md", "starter.py", "solution.py", "driver.py"):
        shutil.copy(shipped / name, target / name)
    checks = SMALL_KMEANS_CHECKS.format(shipped=str(shipped / "checks.py"))
    (target / "checks.py").write_text(checks)
    return load_problem("kmeans", [folder])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200, help="fork-server round trips")
    parser.add_argument("--cold-runs", type=int, default=20, help="cold subprocess runs")
    parser.add_argument("--latency-runs", type=int, default=10, help="judgings per problem")
    parser.add_argument("--submissions", type=int, default=100, help="kmeans-small throughput")
    parser.add_argument("--big-submissions", type=int, default=6, help="shipped kmeans")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    report: dict[str, Any] = {
        "python": sys.version.split()[0],
        "cpus": len(os.sched_getaffinity(0)),
    }
    report["overhead"] = overhead(args.runs, args.cold_runs)
    print(json.dumps({"overhead": report["overhead"]}, indent=1), flush=True)
    problems = [load_problem(p, [CONTENT]) for p in LATENCY_PROBLEMS]
    with tempfile.TemporaryDirectory() as scratch:
        small = small_kmeans(Path(scratch))
        runs = args.latency_runs
        report["latency"] = latency(
            [("kmeans-small", small, runs)]
            + [(p.id, p, runs if p.id != "kmeans" else 3) for p in problems]
        )
        print(json.dumps({"latency": report["latency"]}, indent=1), flush=True)
        report["throughput"] = {
            f"{name} x{workers}": throughput(problem, count, workers)
            for name, problem, count in (
                ("kmeans-small", small, args.submissions),
                ("kmeans", problems[-1], args.big_submissions),
            )
            for workers in (1, 2)
        }
    print(json.dumps({"throughput": report["throughput"]}, indent=1), flush=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
