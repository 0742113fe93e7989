from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mldojo.practice.mastery import is_mastered, skill, update
from mldojo.practice.queue import Candidate, build_queue
from mldojo.practice.records import CardState, TopicMastery
from mldojo.practice.scheduling import ItemScheduler, card_id_for, parse_rating, suggest_rating

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("score", "seconds", "expected", "rating"),
    [
        (0.1, None, None, 1),
        (0.5, None, None, 2),
        (0.7, None, None, 3),
        (0.95, 30, 60, 4),
        (0.95, 90, 60, 3),
    ],
)
def test_suggested_rating(
    score: float, seconds: float | None, expected: float | None, rating: int
) -> None:
    assert suggest_rating(score, seconds, expected) == rating


def test_parse_rating_accepts_names_and_numbers() -> None:
    assert parse_rating("good") == 3 and parse_rating(" 4 ") == 4 and parse_rating(1) == 1
    with pytest.raises(ValueError, match="rating must be"):
        parse_rating("5")


def test_card_ids_are_stable_and_distinct() -> None:
    assert card_id_for("a") == card_id_for("a") != card_id_for("b")


def test_good_grows_intervals_and_again_shrinks_them() -> None:
    scheduler = ItemScheduler()
    card = None
    now = NOW
    intervals = []
    for _ in range(5):
        card = scheduler.review("x", card, 3, now)
        intervals.append(card.due - now)
        now = card.due
    review_intervals = intervals[2:]
    assert review_intervals == sorted(review_intervals) and review_intervals[-1] > timedelta(days=7)
    lapsed = scheduler.review("x", card, 1, now)
    assert lapsed.due - now < intervals[-1]
    assert lapsed.due - now <= timedelta(minutes=10)


def test_mastery_moves_towards_grades() -> None:
    row = TopicMastery("t", 0.0, 0)
    up = update(row, 1.0, "medium")
    down = update(row, 0.0, "medium")
    assert up.theta > 0 > down.theta and up.n == 1
    harder_success = update(row, 1.0, "hard")
    assert harder_success.theta > up.theta  # beating a hard item says more
    assert not is_mastered(up)
    strong = row
    for _ in range(10):
        strong = update(strong, 1.0, "medium")
    assert skill(strong) > 0.8 and is_mastered(strong)


def _card(item_id: str, due: datetime) -> CardState:
    return CardState(item_id, {"card_id": 1}, due, 2)


def test_due_reviews_come_first_lowest_recall_first() -> None:
    candidates = [Candidate(f"i{k}", ("a",), "medium") for k in range(5)]
    cards = {
        "i1": _card("i1", NOW - timedelta(days=1)),
        "i2": _card("i2", NOW - timedelta(days=3)),
        "i3": _card("i3", NOW + timedelta(days=2)),
    }
    recall = {"i1": 0.8, "i2": 0.6, "i3": 0.99}
    queue = build_queue(candidates, cards, {}, NOW, lambda c: recall[c.item_id], n=4)
    assert [e.item_id for e in queue[:2]] == ["i2", "i1"]
    assert "due for review" in queue[0].reason
    assert {e.item_id for e in queue[2:]} == {"i0", "i4"}  # new items; i3 is not due


def test_weak_topic_gets_new_items_and_runs_are_interleaved() -> None:
    candidates = [Candidate(f"w{k}", ("weak",), "medium") for k in range(6)] + [
        Candidate(f"s{k}", ("strong",), "medium") for k in range(6)
    ]
    mastery = {"weak": TopicMastery("weak", -2.0, 10), "strong": TopicMastery("strong", 2.0, 10)}
    queue = build_queue(candidates, {}, mastery, NOW, lambda c: 1.0, n=6)
    topics = [e.topic for e in queue]
    assert topics.count("weak") >= 4
    for i in range(len(topics) - 2):
        assert len(set(topics[i : i + 3])) > 1, topics


def test_target_difficulty_is_about_75_percent() -> None:
    candidates = [
        Candidate("easy", ("a",), "easy"),
        Candidate("hard", ("a",), "hard"),
        Candidate("mid", ("a",), "medium"),
    ]
    strong = {"a": TopicMastery("a", 2.1, 5)}
    weak = {"a": TopicMastery("a", 0.1, 5)}
    assert build_queue(candidates, {}, strong, NOW, lambda c: 1.0, n=1)[0].item_id == "hard"
    assert build_queue(candidates, {}, weak, NOW, lambda c: 1.0, n=1)[0].item_id == "easy"
