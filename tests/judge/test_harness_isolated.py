"""The sandbox side imports nothing of mldojo and works from a copy with mldojo absent."""

from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path

from mldojo.judge.forkserver import HARNESS_DIR
from mldojo.judge.pool import JudgePool
from mldojo.judge.problem import Problem
from tests.judge.conftest import LEGIT_DOUBLE, run

OPTIONAL = {"numpy", "pyseccomp", "landlock"}


def test_harness_imports_only_stdlib_numpy_and_sandbox_bindings() -> None:
    for path in sorted(HARNESS_DIR.glob("*.py")):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.partition(".")[0]
                assert top in sys.stdlib_module_names or top in OPTIONAL, (path.name, name)


def test_fork_server_runs_from_a_copy_outside_the_package(tmp_path: Path, double: Problem) -> None:
    copy = tmp_path / "harness"
    shutil.copytree(HARNESS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    with JudgePool(1, harness_dir=copy, forbidden=[str(tmp_path)]) as pool:
        pool.start()
        assert pool.hello()["layers"]["seccomp"]["active"]
        assert run(double, LEGIT_DOUBLE, pool).verdict.value == "AC"
        assert run(double, "def double(x):\n    return x\n", pool).verdict.value == "WA"
