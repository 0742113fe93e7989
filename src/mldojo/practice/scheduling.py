"""FSRS scheduling of bank items, and the mapping from a measured grade to a rating.

Every kind of item, coding problems included, is one FSRS card. Fuzzing is off so that a
review history replays to the same due dates: exports, tests and two devices agree.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from fsrs import Card, Rating, Scheduler

from mldojo.practice.records import CardState

RATING_NAMES = {1: "again", 2: "hard", 3: "good", 4: "easy"}
LEARNING_STEPS = (timedelta(minutes=1), timedelta(minutes=10))
RELEARNING_STEPS = (timedelta(minutes=10),)


def parse_rating(value: str | int) -> int:
    """Accept 1-4 or again/hard/good/easy; raise ValueError with the allowed values."""
    text = str(value).strip().lower()
    for number, name in RATING_NAMES.items():
        if text in (str(number), name):
            return number
    raise ValueError(
        f"rating must be 1-4 or one of {', '.join(RATING_NAMES.values())}, got {value!r}"
    )


def suggest_rating(
    score: float, seconds: float | None = None, expected_seconds: float | None = None
) -> int:
    """Measured grade to Again/Hard/Good/Easy; Easy also needs an answer faster than expected."""
    if score < 0.4:
        return 1
    if score < 0.65:
        return 2
    if score < 0.9:
        return 3
    quick = seconds is None or expected_seconds is None or seconds <= expected_seconds
    return 4 if quick else 3


def card_id_for(item_id: str) -> int:
    """A stable card id per item, so exports and replays name the same card."""
    return int.from_bytes(hashlib.sha256(item_id.encode()).digest()[:6], "big")


class ItemScheduler:
    def __init__(self, desired_retention: float = 0.9) -> None:
        self._scheduler = Scheduler(
            desired_retention=desired_retention,
            learning_steps=LEARNING_STEPS,
            relearning_steps=RELEARNING_STEPS,
            enable_fuzzing=False,
        )

    def review(
        self, item_id: str, previous: CardState | None, rating: int, now: datetime
    ) -> CardState:
        card = Card.from_dict(previous.card) if previous else Card(card_id=card_id_for(item_id))  # type: ignore[arg-type]
        card, _log = self._scheduler.review_card(card, Rating(rating), review_datetime=now)
        data: dict[str, Any] = card.to_dict()  # type: ignore[assignment]
        return CardState(item_id=item_id, card=data, due=card.due, state=int(card.state))

    def retrievability(self, state: CardState, now: datetime) -> float:
        card = Card.from_dict(state.card)  # type: ignore[arg-type]
        return float(self._scheduler.get_card_retrievability(card, current_datetime=now))
