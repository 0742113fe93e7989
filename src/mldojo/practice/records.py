"""The domain objects of practice, as the store hands them out (never ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class Attempt:
    """One graded try at an item."""

    id: int
    item_id: str
    kind: str
    answer: str
    score: float
    result: dict[str, Any]
    seconds_taken: float | None
    rating: int | None
    created_at: datetime


@dataclass(frozen=True)
class Review:
    """One scheduling event: the rating given and the card state it produced."""

    id: int
    item_id: str
    attempt_id: int | None
    rating: int
    card: dict[str, Any]
    reviewed_at: datetime


@dataclass(frozen=True)
class CardState:
    """The FSRS card of one item, as py-fsrs serialises it, with its due time pulled out."""

    item_id: str
    card: dict[str, Any]
    due: datetime
    state: int


@dataclass(frozen=True)
class TopicMastery:
    topic: str
    theta: float
    n: int


@dataclass(frozen=True)
class Profile:
    companies: list[str] = field(default_factory=list)
    role: str = "ml-engineer"
    interview_date: date | None = None
    hours_per_week: float = 6.0
