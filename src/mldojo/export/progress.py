"""The progress file format: JSON Lines, one record per line, for backups and moving machines.

Only what the learner did is exported (attempts with their ratings, and the profile). Cards,
reviews and mastery are derived and are rebuilt by replaying the attempts on import, so a
file can never carry scheduling state that disagrees with its own history.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from mldojo.practice.records import Attempt, Profile

FORMAT_VERSION = 1


@dataclass(frozen=True)
class ImportedAttempt:
    item_id: str
    kind: str
    answer: str
    score: float
    result: dict[str, Any]
    seconds_taken: float | None
    rating: int | None
    created_at: datetime

    @property
    def key(self) -> str:
        """Identity across machines: what was answered, when, and how."""
        raw = f"{self.item_id}\x00{self.created_at.isoformat()}\x00{self.answer}"
        return hashlib.sha256(raw.encode()).hexdigest()


@dataclass(frozen=True)
class LineError:
    line: int
    message: str


def attempt_key(attempt: Attempt) -> str:
    return ImportedAttempt(
        attempt.item_id,
        attempt.kind,
        attempt.answer,
        attempt.score,
        attempt.result,
        attempt.seconds_taken,
        attempt.rating,
        attempt.created_at,
    ).key


def dump_lines(attempts: Iterable[Attempt], profile: Profile) -> Iterator[str]:
    yield json.dumps({"type": "header", "format": "mldojo-progress", "version": FORMAT_VERSION})
    yield json.dumps(
        {
            "type": "profile",
            "companies": profile.companies,
            "role": profile.role,
            "interview_date": profile.interview_date.isoformat()
            if profile.interview_date
            else None,
            "hours_per_week": profile.hours_per_week,
        },
        sort_keys=True,
    )
    for attempt in sorted(attempts, key=lambda a: (a.created_at, a.item_id, a.answer)):
        yield json.dumps(
            {
                "type": "attempt",
                "item_id": attempt.item_id,
                "kind": attempt.kind,
                "answer": attempt.answer,
                "score": attempt.score,
                "result": attempt.result,
                "seconds_taken": attempt.seconds_taken,
                "rating": attempt.rating,
                "created_at": attempt.created_at.isoformat(),
            },
            sort_keys=True,
            ensure_ascii=False,
        )


def _attempt(data: dict[str, Any]) -> ImportedAttempt:
    def need(name: str, kinds: type | tuple[type, ...]) -> Any:
        if name not in data:
            raise ValueError(f"missing `{name}`")
        value = data[name]
        if not isinstance(value, kinds) or isinstance(value, bool) and kinds is not bool:
            raise ValueError(f"`{name}` has the wrong type")
        return value

    created = datetime.fromisoformat(need("created_at", str))
    if created.tzinfo is None:
        raise ValueError("`created_at` needs a time zone")
    score = float(need("score", (int, float)))
    if not 0 <= score <= 1:
        raise ValueError("`score` must be between 0 and 1")
    rating = data.get("rating")
    if rating is not None and (isinstance(rating, bool) or rating not in (1, 2, 3, 4)):
        raise ValueError("`rating` must be 1-4 or null")
    seconds = data.get("seconds_taken")
    if seconds is not None and (isinstance(seconds, bool) or not isinstance(seconds, int | float)):
        raise ValueError("`seconds_taken` must be a number or null")
    return ImportedAttempt(
        item_id=need("item_id", str),
        kind=need("kind", str),
        answer=need("answer", str),
        score=score,
        result=need("result", dict),
        seconds_taken=None if seconds is None else float(seconds),
        rating=rating,
        created_at=created,
    )


def _profile(data: dict[str, Any]) -> Profile:
    day = data.get("interview_date")
    companies = data.get("companies", [])
    if not isinstance(companies, list) or not all(isinstance(c, str) for c in companies):
        raise ValueError("`companies` must be a list of strings")
    hours = data.get("hours_per_week", 6.0)
    if isinstance(hours, bool) or not isinstance(hours, int | float):
        raise ValueError("`hours_per_week` must be a number")
    return Profile(
        companies=companies,
        role=str(data.get("role", "ml-engineer")),
        interview_date=date.fromisoformat(day) if day else None,
        hours_per_week=float(hours),
    )


def parse_lines(
    lines: Iterable[str],
) -> tuple[list[ImportedAttempt], Profile | None, list[LineError]]:
    """Parse every line; a bad line is reported with its number and the rest still count."""
    attempts: list[ImportedAttempt] = []
    profile: Profile | None = None
    errors: list[LineError] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise ValueError("a line must be a JSON object")
            kind = data.get("type")
            if kind == "attempt":
                attempts.append(_attempt(data))
            elif kind == "profile":
                profile = _profile(data)
            elif kind == "header":
                if data.get("version") != FORMAT_VERSION:
                    raise ValueError(f"unsupported format version {data.get('version')!r}")
            else:
                raise ValueError(f"unknown record type {kind!r}")
        except (ValueError, TypeError) as exc:
            errors.append(LineError(number, str(exc).splitlines()[0]))
    return attempts, profile, errors
