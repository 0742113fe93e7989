"""Progress statistics computed from the stored history; nothing here is cached or stored."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from mldojo.practice.mastery import is_mastered, skill
from mldojo.practice.records import Attempt, CardState, Review, TopicMastery


@dataclass
class Stats:
    due_today: int
    due_next_7_days: dict[str, int]
    reviews_per_day: dict[str, int]
    retention: float | None
    mastery: dict[str, dict[str, Any]]
    coding_pass_rate: dict[str, dict[str, Any]]
    streak_days: int
    attempts: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def streak(days_practised: set[date], today: date) -> int:
    """Consecutive days up to today (or yesterday, if today is not done yet) with practice."""
    current = today if today in days_practised else today - timedelta(days=1)
    count = 0
    while current in days_practised:
        count += 1
        current -= timedelta(days=1)
    return count


def compute_stats(
    attempts: Sequence[Attempt],
    reviews: Sequence[Review],
    cards: dict[str, CardState],
    mastery: dict[str, TopicMastery],
    now: datetime,
    history_days: int = 30,
) -> Stats:
    today = now.date()
    end_of_today = datetime.combine(today + timedelta(days=1), datetime.min.time(), now.tzinfo)
    due_today = sum(1 for card in cards.values() if card.due < end_of_today)
    forecast = Counter(
        card.due.date().isoformat()
        for card in cards.values()
        if end_of_today <= card.due < end_of_today + timedelta(days=7)
    )
    next_days = [(today + timedelta(days=k)).isoformat() for k in range(1, 8)]
    since = today - timedelta(days=history_days - 1)
    per_day = Counter(
        r.reviewed_at.date().isoformat() for r in reviews if r.reviewed_at.date() >= since
    )
    window = [(since + timedelta(days=k)).isoformat() for k in range(history_days)]
    recalled = recall_tests(reviews)
    retention = sum(1 for r in recalled if r.rating > 1) / len(recalled) if recalled else None
    passes: dict[str, dict[str, Any]] = defaultdict(lambda: {"attempts": 0, "accepted": 0})
    for attempt in attempts:
        if attempt.kind == "problem":
            row = passes[attempt.item_id]
            row["attempts"] += 1
            row["accepted"] += int(attempt.result.get("verdict") == "AC")
    for row in passes.values():
        row["pass_rate"] = row["accepted"] / row["attempts"]
    return Stats(
        due_today=due_today,
        due_next_7_days={day: forecast.get(day, 0) for day in next_days},
        reviews_per_day={day: per_day.get(day, 0) for day in window},
        retention=retention,
        mastery={
            topic: {"skill": round(skill(row), 4), "attempts": row.n, "mastered": is_mastered(row)}
            for topic, row in sorted(mastery.items())
        },
        coding_pass_rate=dict(sorted(passes.items())),
        streak_days=streak({a.created_at.date() for a in attempts}, today),
        attempts=len(attempts),
    )


def recall_tests(reviews: Sequence[Review]) -> list[Review]:
    """Reviews of items first seen on an earlier day: real tests of memory.

    Same-day learning steps are left out, so retention measures recall across days.
    """
    first_day: dict[str, date] = {}
    tests = []
    for review in sorted(reviews, key=lambda r: (r.reviewed_at, r.id)):
        day = review.reviewed_at.date()
        first = first_day.setdefault(review.item_id, day)
        if first < day:
            tests.append(review)
    return tests
