"""Start-up time of `mldojo --help` against `python -c pass`, measured in the same run.

Usage: .venv/bin/python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path


def median_seconds(command: list[str], runs: int) -> float:
    for _ in range(3):  # warm the page cache
        subprocess.run(command, capture_output=True, check=True)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    mldojo = str(Path(sys.executable).with_name("mldojo"))
    baseline = median_seconds([sys.executable, "-c", "pass"], args.runs)
    help_time = median_seconds([mldojo, "--help"], args.runs)
    list_time = median_seconds([mldojo, "bank", "list", "--json"], max(5, args.runs // 3))
    print(f"python -c pass        {baseline * 1000:7.1f} ms")
    print(
        f"mldojo --help         {help_time * 1000:7.1f} ms  ({help_time / baseline:.1f}x baseline)"
    )
    print(
        f"mldojo bank list      {list_time * 1000:7.1f} ms  ({list_time / baseline:.1f}x baseline)"
    )


if __name__ == "__main__":
    main()
