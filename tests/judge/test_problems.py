"""Every shipped problem: the reference is AC, each wrong solution gets its expected verdict,
the starter is rejected, and the folder has enough public and hidden tests.

Problems and submissions are discovered at collection time, so a new problem folder or a new
file under `tests/judge/wrong/<id>/` is picked up without editing this file. Submissions are
judged concurrently on the session's pool (one fork-server per core) as soon as the first test
of this module runs; each test then waits for its own result.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from mldojo.judge.pool import JudgePool
from mldojo.judge.problem import Problem, load_problem
from mldojo.judge.runner import judge_source
from mldojo.judge.verdicts import JudgeResult, Verdict
from tests.judge.conftest import PACKAGE

CONTENT = PACKAGE / "content"
PROBLEMS = CONTENT / "problems"
WRONG = Path(__file__).parent / "wrong"
EXPECT = re.compile(r"#\s*expect:\s*([A-Z]+)\s*$")
MIN_HIDDEN = 5
MIN_WRONG = 2


def problem_ids() -> list[str]:
    if not PROBLEMS.is_dir():
        return []
    return sorted(d.name for d in PROBLEMS.iterdir() if (d / "item.md").is_file())


def expected_verdict(path: Path) -> str | None:
    """The verdict on the file's first line (`# expect: WA`), or None when it is missing."""
    first = path.read_text(encoding="utf-8").splitlines()[:1]
    match = EXPECT.match(first[0]) if first else None
    return match.group(1) if match else None


@dataclass(frozen=True)
class Submission:
    problem: str
    path: Path
    expect: str | None  # None: the file lacks a valid `# expect:` line (the test says so)
    role: str  # "solution", "starter", "correct" or "wrong"

    @property
    def id(self) -> str:
        name = self.role if self.role in ("solution", "starter") else self.path.name
        return f"{self.problem}/{name}"


def wrong_files(problem_id: str) -> list[Path]:
    folder = WRONG / problem_id
    return sorted(folder.glob("*.py")) if folder.is_dir() else []


def submissions() -> list[Submission]:
    found = []
    for pid in problem_ids():
        folder = PROBLEMS / pid
        found.append(Submission(pid, folder / "solution.py", "AC", "solution"))
        found.append(Submission(pid, folder / "starter.py", "RE", "starter"))
        for path in wrong_files(pid):
            role = "correct" if path.name.startswith("correct_") else "wrong"
            found.append(Submission(pid, path, expected_verdict(path), role))
    return found


SUBMISSIONS = submissions()


def load(problem_id: str) -> Problem:
    return load_problem(problem_id, [CONTENT])


@pytest.fixture(scope="module")
def judged(
    request: pytest.FixtureRequest, pool: JudgePool
) -> Iterator[Callable[[Submission], JudgeResult]]:
    """Judge every selected submission of this module concurrently; look results up by key."""
    selected = [
        item.callspec.params["sub"]
        for item in request.session.items
        if hasattr(item, "callspec") and isinstance(item.callspec.params.get("sub"), Submission)
    ]
    executor = ThreadPoolExecutor(max_workers=pool.size)
    futures: dict[Submission, Future[JudgeResult]] = {}

    def submit(sub: Submission) -> Future[JudgeResult]:
        if sub not in futures:
            data = sub.path.read_bytes()
            futures[sub] = executor.submit(judge_source, load(sub.problem), data, pool=pool)
        return futures[sub]

    # The reference solutions first: a problem with `reference_time_factor` measures it once.
    for sub in sorted(selected, key=lambda s: s.role != "solution"):
        submit(sub)
    yield lambda sub: submit(sub).result()
    executor.shutdown(wait=True, cancel_futures=True)


@pytest.mark.parametrize("sub", SUBMISSIONS, ids=[s.id for s in SUBMISSIONS])
def test_submission_gets_expected_verdict(
    sub: Submission, judged: Callable[[Submission], JudgeResult]
) -> None:
    known = [v.value for v in Verdict]
    assert sub.expect in known, f"{sub.path} must start with `# expect: VERDICT` (one of {known})"
    result = judged(sub)
    summary = [(t.name, t.verdict.value, t.message) for t in result.tests]
    assert result.verdict.value == sub.expect, (result.message, summary)
    if sub.expect == "AC":
        assert result.score == 1.0
        assert result.tests and all(t.verdict is Verdict.AC for t in result.tests)
    else:
        assert result.score < 1.0


def _defines(tree: ast.Module, name: str) -> ast.FunctionDef | ast.ClassDef | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef) and node.name == name:
            return node
    return None


def _raises_not_implemented(node: ast.AST) -> bool:
    for inner in ast.walk(node):
        if isinstance(inner, ast.Raise) and inner.exc is not None:
            target = inner.exc.func if isinstance(inner.exc, ast.Call) else inner.exc
            if isinstance(target, ast.Name) and target.id == "NotImplementedError":
                return True
    return False


@pytest.mark.parametrize("problem_id", problem_ids())
def test_problem_folder_is_complete(problem_id: str) -> None:
    problem = load(problem_id)
    cases = problem.cases()
    public = [c for c in cases if not c.hidden]
    hidden = [c for c in cases if c.hidden]
    assert len(public) >= 1, "at least one public example"
    assert len(hidden) >= MIN_HIDDEN, f"at least {MIN_HIDDEN} hidden tests, found {len(hidden)}"
    assert all(c.label for c in hidden), "every hidden test names its kind of case (label)"

    entry = problem.spec.entry_point
    starter = ast.parse(problem.starter)
    node = _defines(starter, entry)
    assert node is not None, f"starter.py must define `{entry}`"
    assert _raises_not_implemented(node), f"`{entry}` in starter.py must raise NotImplementedError"
    assert _defines(ast.parse(problem.solution_source()), entry) is not None

    files = wrong_files(problem_id)
    verdicts = {path.name: expected_verdict(path) for path in files}
    missing = [name for name, verdict in verdicts.items() if verdict is None]
    assert not missing, f"files without a `# expect:` line: {missing}"
    rejected = [name for name, verdict in verdicts.items() if verdict != "AC"]
    assert len(rejected) >= MIN_WRONG, (
        f"tests/judge/wrong/{problem_id}/ needs at least {MIN_WRONG} wrong solutions, "
        f"found {len(rejected)}"
    )
    for name, verdict in verdicts.items():
        if name.startswith("correct_"):
            assert verdict == "AC", f"{name} is named as a correct solution but expects {verdict}"
        else:
            assert verdict != "AC", f"{name} expects AC: name alternative solutions correct_*.py"


def test_problems_are_discovered() -> None:
    assert len(problem_ids()) >= 1
    assert all(s.path.is_file() for s in SUBMISSIONS)
