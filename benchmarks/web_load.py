"""Load on loopback: page latency under 50 concurrent clients, and a burst of judge submissions.

Usage:
    .venv/bin/python benchmarks/web_load.py                     # defaults below
    .venv/bin/python benchmarks/web_load.py --clients 50 --requests 2000 --submitters 10

It starts a real `mldojo serve` on a free loopback port with a throw-away MLDOJO_HOME, then
1. fetches a static file (the CSS, served without templates or the database) as the baseline,
   then the bank page, a bank search and question pages, each with N concurrent clients, and
   reports p50/p95/p99 latency and requests per second, with the pages' p95 as a ratio of the
   baseline's p95 measured in the same run;
2. posts one coding submission from each of M clients at the same moment through the JSON API
   and polls each until it is judged, reporting errors (there must be none), the verdicts and
   the time until the last one finished.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ["bias-variance-tradeoff", "bayes-disease-test", "precision_recall_f1"]
SOLUTION = ROOT / "src/mldojo/content/problems/precision_recall_f1/solution.py"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(home: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "MLDOJO_HOME": str(home)}
    process = subprocess.Popen(
        [sys.executable, "-m", "mldojo", "serve", "--port", str(port)],
        env=env,
        stdout=open(home / "server.log", "wb"),  # noqa: SIM115 - closed with the process
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/api/v1/questions?limit=1", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.kill()
    raise SystemExit("mldojo serve did not start")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


async def hammer(url: str, paths: list[str], clients: int, total: int) -> dict[str, float]:
    """`clients` workers share `total` requests; every response must be 200."""
    latencies: list[float] = []
    failures = 0
    counter = iter(range(total))
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as client:

        async def worker() -> None:
            nonlocal failures
            for index in counter:
                path = paths[index % len(paths)]
                started = time.perf_counter()
                response = await client.get(path)
                latencies.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    failures += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    return {
        "requests": len(latencies),
        "failures": failures,
        "p50_ms": statistics.median(latencies),
        "p95_ms": percentile(latencies, 0.95),
        "p99_ms": percentile(latencies, 0.99),
        "rps": len(latencies) / elapsed,
    }


async def submission_burst(url: str, submitters: int) -> dict[str, object]:
    """Every client posts at the same moment, then polls its own submission to the end."""
    code = SOLUTION.read_text()
    async with httpx.AsyncClient(base_url=url, timeout=120) as client:

        async def one(index: int) -> tuple[str, float]:
            body = {"item_id": "precision_recall_f1", "code": code}
            started = time.perf_counter()
            response = await client.post("/api/v1/submissions", json=body)
            if response.status_code != 202:
                return f"HTTP {response.status_code}: {response.text[:200]}", 0.0
            submission = response.json()["id"]
            while True:
                await asyncio.sleep(0.1)
                state = (await client.get(f"/api/v1/submissions/{submission}")).json()
                if state["status"] == "done":
                    return state["result"]["verdict"], time.perf_counter() - started
                if state["status"] == "error":
                    return "error: " + state.get("error", ""), time.perf_counter() - started

        started = time.perf_counter()
        outcomes = await asyncio.gather(*(one(i) for i in range(submitters)))
        elapsed = time.perf_counter() - started
    verdicts = [verdict for verdict, _ in outcomes]
    return {
        "submissions": submitters,
        "verdicts": {v: verdicts.count(v) for v in sorted(set(verdicts))},
        "errors": sum(1 for v in verdicts if v != "AC"),
        "slowest_s": max(seconds for _, seconds in outcomes),
        "median_s": statistics.median(seconds for _, seconds in outcomes),
        "all_done_s": elapsed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--submitters", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        port = free_port()
        server = start_server(Path(home), port)
        url = f"http://127.0.0.1:{port}"
        try:
            httpx.get(url + "/bank", timeout=60)  # warm the search index and templates
            scenarios = {
                "static (baseline)": ["/static/app.css"],
                "bank page": ["/bank"],
                "bank search": ["/bank?q=gradient", "/bank?q=attention", "/bank?q=bayes"],
                "question pages": [f"/items/{item}" for item in QUESTIONS],
            }
            results = {
                name: asyncio.run(hammer(url, paths, args.clients, args.requests))
                for name, paths in scenarios.items()
            }
            burst = asyncio.run(submission_burst(url, args.submitters))
        except httpx.HTTPError:
            print((Path(home) / "server.log").read_text()[-3000:], file=sys.stderr)
            raise
        finally:
            server.terminate()
            server.wait(timeout=30)
    baseline = results["static (baseline)"]["p95_ms"]
    print(f"{args.clients} concurrent clients, {args.requests} requests per scenario, loopback")
    header = ["p50 ms", "p95 ms", "p99 ms", "req/s"]
    print(f"{'scenario':<20}" + "".join(f"{h:>9}" for h in header) + f"{'fail':>6}  p95/baseline")
    for name, row in results.items():
        print(
            f"{name:<20}{row['p50_ms']:>9.1f}{row['p95_ms']:>9.1f}{row['p99_ms']:>9.1f}"
            f"{row['rps']:>9.0f}{row['failures']:>6.0f}  {row['p95_ms'] / baseline:.1f}x"
        )
    print(
        f"\njudge burst: {burst['submissions']} submissions from {burst['submissions']} clients at "
        f"once: verdicts {burst['verdicts']}, errors {burst['errors']}, median "
        f"{burst['median_s']:.2f} s, slowest {burst['slowest_s']:.2f} s, all done in "
        f"{burst['all_done_s']:.2f} s"
    )
    failed = any(row["failures"] for row in results.values()) or burst["errors"]
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
