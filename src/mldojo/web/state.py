"""Per-process web state: the use-case objects and grades awaiting the learner's rating."""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from mldojo.service.practice import Graded, Practice
from mldojo.service.submissions import SubmissionQueue

PENDING_TTL_SECONDS = 6 * 3600
MAX_PENDING = 1000


@dataclass(frozen=True)
class PendingGrade:
    """A graded answer shown to the learner, saved only once they confirm a rating."""

    item_id: str
    answer: str
    graded: Graded
    seed: int | None
    seconds_taken: float | None
    created: float


class PendingGrades:
    def __init__(self) -> None:
        self._items: OrderedDict[str, PendingGrade] = OrderedDict()
        self._lock = threading.Lock()

    def put(self, grade: PendingGrade) -> str:
        key = secrets.token_urlsafe(16)
        with self._lock:
            self._items[key] = grade
            while len(self._items) > MAX_PENDING:
                self._items.popitem(last=False)
        return key

    def take(self, key: str) -> PendingGrade | None:
        with self._lock:
            grade = self._items.pop(key, None)
        if grade is None or time.time() - grade.created > PENDING_TTL_SECONDS:
            return None
        return grade


@dataclass
class WebState:
    practice: Practice
    submissions: SubmissionQueue
    pending: PendingGrades
