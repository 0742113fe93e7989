"""Use cases of the coding judge: list and show problems, judge a file, check the references.

The CLI and the web layer call these; they call `mldojo.judge`. Errors a user must fix
(unknown id, unreadable file) are raised as `UsageError`/`NotFoundError` (exit 2).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mldojo.config import Settings, load_settings
from mldojo.errors import UsageError
from mldojo.judge.layers import Layer
from mldojo.judge.problem import Problem, list_problems, load_problem
from mldojo.judge.runner import judge_source
from mldojo.judge.source import MAX_SOURCE_BYTES
from mldojo.judge.verdicts import JudgeResult


def _roots(settings: Settings | None) -> tuple[Path, ...]:
    return (settings or load_settings()).all_bank_paths


def problems(settings: Settings | None = None) -> list[Problem]:
    return list_problems(_roots(settings))


def problem(problem_id: str, settings: Settings | None = None) -> Problem:
    return load_problem(problem_id, _roots(settings))


def problem_summary(item: Problem) -> dict[str, Any]:
    meta = item.meta
    return {
        "id": item.id,
        "title": meta.title,
        "module": meta.module.value,
        "difficulty": meta.difficulty.value,
        "topics": list(meta.topics),
        "signature": item.spec.signature,
    }


def read_submission(path: Path) -> bytes:
    """The file's bytes (at most one byte over the size cap, so the judge can say it is too
    big without reading 20 MB)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_SOURCE_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None


def judge_file(
    problem_id: str, path: Path, *, public_only: bool = False, settings: Settings | None = None
) -> JudgeResult:
    item = problem(problem_id, settings)
    return judge_source(item, read_submission(path), public_only=public_only)


def judge_text(
    problem_id: str,
    source: str | bytes,
    *,
    public_only: bool = False,
    settings: Settings | None = None,
) -> JudgeResult:
    return judge_source(problem(problem_id, settings), source, public_only=public_only)


@dataclass(frozen=True)
class SolutionCheck:
    problem: str
    result: JudgeResult | None
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.result is not None and self.result.accepted

    def describe(self) -> str:
        if self.result is None:
            return f"an error: {self.error}"
        return f"{self.result.verdict.value}: {self.result.message}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "problem": self.problem,
            "ok": self.ok,
            "verdict": self.result.verdict.value if self.result else None,
            "message": self.result.message if self.result else self.error,
        }


def check_solutions(roots: Sequence[Path] | None = None) -> list[SolutionCheck]:
    """Judge every reference solution in the banks (default: the configured ones); each must
    get AC."""
    from mldojo.errors import MldojoError

    checks = []
    for item in list_problems(roots if roots is not None else _roots(None)):
        try:
            result = judge_source(item, item.solution_source())
            checks.append(SolutionCheck(item.id, result))
        except MldojoError as exc:
            checks.append(SolutionCheck(item.id, None, str(exc)))
    return checks


def sandbox_layers() -> list[Layer]:
    from mldojo.judge.layers import probe

    return probe()


def sandbox_report() -> tuple[dict[str, str], bool, list[str]]:
    """For `mldojo doctor`: a line per layer, whether every mandatory layer is active, and a
    loud warning for each missing optional one."""
    lines: dict[str, str] = {}
    warnings: list[str] = []
    ok = True
    for layer in sandbox_layers():
        if layer.active:
            lines[layer.name] = f"active: {layer.detail}"
        elif layer.mandatory:
            ok = False
            lines[layer.name] = f"MISSING (mandatory): {layer.detail}"
        else:
            lines[layer.name] = f"inactive (optional): {layer.detail}"
            if layer.name != "bubblewrap":
                warnings.append(f"sandbox layer {layer.name} is inactive: {layer.detail}")
    return lines, ok, warnings
