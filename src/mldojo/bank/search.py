"""Full-text search over the bank: an in-memory SQLite FTS5 index ranked by BM25.

The index is rebuilt on load (a few hundred items take milliseconds), so it can never go stale
against the files, and SQLite ships with every Python, so search needs no extra service.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from mldojo.bank.models import Question

_TOKEN = re.compile(r"[A-Za-z0-9]+")
COLUMN_WEIGHTS = (10.0, 4.0, 1.0, 6.0)
"""BM25 weights for title, prompt, answer and tags: a title hit outranks a passing mention."""


@dataclass(frozen=True)
class SearchHit:
    id: str
    rank: float
    snippet: str


def _fts_query(text: str) -> str:
    """Turn free text into an FTS5 query: every word as a prefix term, all required."""
    tokens = _TOKEN.findall(text.lower())
    return " ".join(f'"{token}"*' for token in tokens)


class SearchIndex:
    def __init__(self, questions: Iterable[Question]) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE VIRTUAL TABLE items USING fts5(id UNINDEXED, title, prompt, answer, tags,"
            " tokenize='porter unicode61')"
        )
        rows = [
            (
                q.id,
                q.meta.title,
                q.prompt,
                q.model_answer,
                " ".join([*q.meta.topics, q.meta.module.value, q.meta.kind.value]),
            )
            for q in questions
        ]
        self._db.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?)", rows)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        query = _fts_query(text)
        if not query:
            return []
        weights = ", ".join(str(w) for w in COLUMN_WEIGHTS)
        cursor = self._db.execute(
            f"SELECT id, bm25(items, 0, {weights}) AS rank,"
            " snippet(items, 2, '[', ']', ' … ', 12)"
            " FROM items WHERE items MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        )
        return [SearchHit(id=row[0], rank=row[1], snippet=row[2]) for row in cursor]
