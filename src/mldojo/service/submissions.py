"""Judging coding submissions off the request path.

The web page must stay responsive while the judge runs, so a submission is handed to a small
thread pool (the sandboxing itself happens in the judge's fork-servers) and the page polls for
the result. Finished hidden-test runs are recorded as attempts like any other answer.
"""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from mldojo.service.practice import Graded, Practice

MAX_REMEMBERED = 500


@dataclass
class Submission:
    id: str
    item_id: str
    code: str
    public_only: bool
    status: str = "pending"
    result: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    attempt_id: int | None = None


Judge = Callable[[str, str, bool], dict[str, Any]]


class SubmissionQueue:
    def __init__(self, practice: Practice, workers: int = 2, judge: Judge | None = None) -> None:
        self._practice = practice
        self._judge = judge or self._judge_in_sandbox
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="mldojo-judge")
        self._items: OrderedDict[str, Submission] = OrderedDict()
        self._lock = threading.Lock()

    def _judge_in_sandbox(self, item_id: str, code: str, public_only: bool) -> dict[str, Any]:
        from mldojo.service.judging import judge_text

        settings = self._practice.dojo.settings
        return judge_text(item_id, code, public_only=public_only, settings=settings).to_dict()

    def submit(self, item_id: str, code: str, public_only: bool = False) -> Submission:
        self._practice.dojo.get_question(item_id)  # unknown ids fail now, not in the worker
        submission = Submission(uuid.uuid4().hex, item_id, code, public_only)
        with self._lock:
            self._items[submission.id] = submission
            while len(self._items) > MAX_REMEMBERED:
                self._items.popitem(last=False)
        self._executor.submit(self._run, submission)
        return submission

    def get(self, submission_id: str) -> Submission | None:
        with self._lock:
            return self._items.get(submission_id)

    def _run(self, submission: Submission) -> None:
        try:
            result = self._judge(submission.item_id, submission.code, submission.public_only)
            if not submission.public_only:
                verdict = result.get("verdict")
                score = float(result.get("score", 0.0))
                rating = 3 if verdict == "AC" else (1 if score < 0.4 else 2)
                outcome = self._practice.attempt(
                    submission.item_id, submission.code, graded=Graded(score, rating, result)
                )
                submission.attempt_id = outcome.attempt.id
            submission.result = result
            submission.status = "done"
        except Exception as exc:  # noqa: BLE001 - reported on the page, never lost silently
            submission.error = str(exc) or type(exc).__name__
            submission.status = "error"

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
