"""Judged problems: a bank item of kind `problem` plus the files in its folder.

`checks.py` is imported here, in the judge process only; its cases (with hidden
expectations) are cached per file version so a web server does not rebuild them per request.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any

from mldojo.bank.loader import load_bank, load_item
from mldojo.bank.models import JudgeSpec, ProblemFrontMatter, Question
from mldojo.bank.problems import Finding
from mldojo.errors import BankError, NotFoundError
from mldojo.judge.checking import Case

PROBLEM_FILES = ("starter.py", "solution.py", "driver.py", "checks.py")


class ProblemError(BankError):
    """A problem folder is broken (a missing file, checks.py that fails to load)."""


@dataclass(frozen=True)
class Problem:
    """A coding problem the judge can run: its spec, statement and the paths of its files."""

    id: str
    meta: ProblemFrontMatter
    statement: str
    folder: Path

    @property
    def spec(self) -> JudgeSpec:
        return self.meta.judge

    @property
    def title(self) -> str:
        return self.meta.title

    def path(self, name: str) -> Path:
        return self.folder / name

    @cached_property
    def starter(self) -> str:
        return self._read("starter.py")

    def solution_source(self) -> str:
        return self._read("solution.py")

    def driver_source(self) -> str:
        return self._read("driver.py")

    def _read(self, name: str) -> str:
        try:
            return self.path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ProblemError(f"problem `{self.id}`: cannot read {name}: {exc}") from None

    def checks(self) -> ModuleType:
        return _load_checks(self.id, self.path("checks.py"))

    def cases(self) -> list[Case]:
        return _cases(self.id, self.path("checks.py"))

    def check(self, case: Case, output: Any) -> None:
        self.checks().check(case, output)

    def version_key(self) -> tuple[int, ...]:
        """Changes whenever one of the problem's files changes."""
        return tuple(_mtime(self.path(name)) for name in (*PROBLEM_FILES, "item.md"))


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


_lock = threading.RLock()
_modules: dict[tuple[str, int], ModuleType] = {}
_case_cache: dict[tuple[str, int], list[Case]] = {}


def _load_checks(problem_id: str, path: Path) -> ModuleType:
    key = (str(path), _mtime(path))
    with _lock:
        module = _modules.get(key)
        if module is not None:
            return module
        spec = importlib.util.spec_from_file_location(f"_mldojo_checks_{problem_id}", path)
        if spec is None or spec.loader is None:
            raise ProblemError(f"problem `{problem_id}`: cannot load {path}")
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception as exc:
            raise ProblemError(f"problem `{problem_id}`: checks.py failed to load: {exc}") from exc
        for name in ("cases", "check"):
            if not callable(getattr(module, name, None)):
                raise ProblemError(f"problem `{problem_id}`: checks.py lacks `{name}()`")
        _modules[key] = module
        return module


def _cases(problem_id: str, path: Path) -> list[Case]:
    key = (str(path), _mtime(path) ^ _mtime(path.with_name("solution.py")))
    with _lock:
        cached = _case_cache.get(key)
        if cached is not None:
            return cached
        try:
            cases = list(_load_checks(problem_id, path).cases())
        except ProblemError:
            raise
        except Exception as exc:
            raise ProblemError(f"problem `{problem_id}`: cases() failed: {exc}") from exc
        names = [c.name for c in cases]
        if not cases or not all(isinstance(c, Case) for c in cases):
            raise ProblemError(f"problem `{problem_id}`: cases() must return Case objects")
        if len(set(names)) != len(names):
            raise ProblemError(f"problem `{problem_id}`: case names must be unique")
        _case_cache[key] = cases
        return cases


def problem_from_question(question: Question) -> Problem:
    meta = question.meta
    if not isinstance(meta, ProblemFrontMatter):
        raise NotFoundError(f"`{question.id}` is a {meta.kind.value}, not a coding problem")
    folder = Path(question.folder)
    missing = [name for name in PROBLEM_FILES if not (folder / name).is_file()]
    if missing:
        raise ProblemError(f"problem `{meta.id}` lacks {', '.join(missing)} in {folder}")
    return Problem(meta.id, meta, question.sections.get("Statement", ""), folder)


def default_roots() -> tuple[Path, ...]:
    from mldojo.config import load_settings

    return load_settings().all_bank_paths


def load_problem(problem_id: str, roots: Iterable[Path] | None = None) -> Problem:
    """Find the problem by id: first at `<root>/problems/<id>/`, else by scanning the bank."""
    roots = tuple(Path(r) for r in (roots if roots is not None else default_roots()))
    for root in roots:
        for folder in (root / "problems" / problem_id, root / problem_id):
            item = folder / "item.md"
            if item.is_file():
                findings: list[Finding] = []
                question = load_item(item, findings)
                if question is not None and question.id == problem_id:
                    return problem_from_question(question)
                if findings:
                    raise ProblemError(f"problem `{problem_id}`: {findings[0]}")
    for question in load_bank(roots).questions:
        if question.id == problem_id:
            return problem_from_question(question)
    raise NotFoundError(f"no coding problem with id `{problem_id}`")


def list_problems(roots: Iterable[Path] | None = None) -> list[Problem]:
    """Every coding problem in the banks, sorted by id; broken folders are skipped."""
    roots = tuple(Path(r) for r in (roots if roots is not None else default_roots()))
    found: dict[str, Problem] = {}
    for question in load_bank(roots).questions:
        if isinstance(question.meta, ProblemFrontMatter) and question.id not in found:
            try:
                found[question.id] = problem_from_question(question)
            except (ProblemError, NotFoundError):
                continue
    return [found[k] for k in sorted(found)]
