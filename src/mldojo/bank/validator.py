"""Whole-bank checks that a single item cannot make on its own.

The validator reports every finding it can, never stopping at the first, so an author fixes a
bank in one pass.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from mldojo.bank.loader import LoadResult, load_bank
from mldojo.bank.models import (
    BehavioralFrontMatter,
    ConceptFrontMatter,
    DesignFrontMatter,
    ProblemFrontMatter,
    Question,
    RubricPoint,
)
from mldojo.bank.problems import Finding
from mldojo.bank.vocabulary import Vocabulary, load_vocabulary

PROBLEM_FILES = ("starter.py", "solution.py", "driver.py", "checks.py")
WEIGHT_TOLERANCE = 1e-6


@dataclass
class BankReport:
    questions: list[Question] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)

    @property
    def ok(self) -> bool:
        return not self.findings


def _line_of(question: Question, needle: str) -> int:
    """Best-effort line of the first occurrence of `needle` in the item file."""
    try:
        lines = Path(question.path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return 0
    pattern = re.compile(re.escape(needle))
    return next((i + 1 for i, line in enumerate(lines) if pattern.search(line)), 0)


def _check_rubric(
    question: Question, rubric: list[RubricPoint], label: str, out: list[Finding]
) -> None:
    total = sum(point.weight for point in rubric)
    if abs(total - 1.0) > WEIGHT_TOLERANCE:
        out.append(
            Finding(
                question.path,
                _line_of(question, "rubric:"),
                f"{label} weights sum to {total:.3f}, not 1",
            )
        )
    seen: set[str] = set()
    for point in rubric:
        if point.id in seen:
            out.append(
                Finding(
                    question.path,
                    _line_of(question, f"id: {point.id}"),
                    f"{label} point id `{point.id}` repeats",
                )
            )
        seen.add(point.id)


def validate_questions(questions: list[Question], vocab: Vocabulary) -> list[Finding]:
    out: list[Finding] = []
    by_id: dict[str, list[Question]] = defaultdict(list)
    for question in questions:
        by_id[question.id].append(question)
    for item_id, same in by_id.items():
        if len(same) > 1:
            for question in same:
                others = ", ".join(q.path for q in same if q is not question)
                out.append(
                    Finding(
                        question.path,
                        _line_of(question, "id:"),
                        f"duplicate id `{item_id}` (also in {others})",
                    )
                )
    for question in questions:
        meta = question.meta
        for topic in meta.topics:
            if topic not in vocab.topics:
                out.append(
                    Finding(question.path, _line_of(question, topic), f"unknown topic `{topic}`")
                )
        for company in meta.companies:
            if company.name not in vocab.companies:
                out.append(
                    Finding(
                        question.path,
                        _line_of(question, company.name),
                        f"unknown company `{company.name}`",
                    )
                )
        for link in meta.related:
            if link not in by_id:
                out.append(
                    Finding(
                        question.path,
                        _line_of(question, link),
                        f"related item `{link}` does not exist",
                    )
                )
        if isinstance(meta, ConceptFrontMatter | BehavioralFrontMatter):
            _check_rubric(question, meta.rubric, "rubric", out)
            point_ids = {point.id for point in meta.rubric}
            for wrong in meta.misconceptions:
                if wrong.contradicts not in point_ids:
                    out.append(
                        Finding(
                            question.path,
                            _line_of(question, f"contradicts: {wrong.contradicts}"),
                            f"misconception points at no rubric point: `{wrong.contradicts}`",
                        )
                    )
        if isinstance(meta, DesignFrontMatter):
            for step in meta.steps:
                _check_rubric(question, step.rubric, f"step `{step.step}` rubric", out)
        if isinstance(meta, ProblemFrontMatter):
            folder = Path(question.folder)
            if folder.name != meta.id:
                out.append(
                    Finding(
                        question.path,
                        _line_of(question, "id:"),
                        f"a problem's folder must be named by its id (`{meta.id}`)",
                    )
                )
            for name in PROBLEM_FILES:
                if not (folder / name).is_file():
                    out.append(Finding(str(folder / name), 0, f"problem `{meta.id}` lacks {name}"))
    return out


def validate_bank(roots: list[Path]) -> BankReport:
    loaded: LoadResult = load_bank(roots)
    findings = list(loaded.findings)
    vocab = load_vocabulary([r for r in roots if r.is_dir()], findings)
    findings.extend(validate_questions(loaded.questions, vocab))
    return BankReport(questions=loaded.questions, findings=sorted(set(findings)), vocabulary=vocab)
