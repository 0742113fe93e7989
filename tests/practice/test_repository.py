from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from mldojo.practice.records import CardState, Profile, TopicMastery
from mldojo.store.engine import open_database
from mldojo.store.repository import NewAttempt, PracticeStore

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def make_store(tmp_path: Path) -> PracticeStore:
    return PracticeStore(open_database(f"sqlite:///{tmp_path / 'p.db'}"))


def test_attempt_review_card_and_mastery_are_saved_together(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    user = store.user_id()
    assert store.user_id() == user
    card = CardState("q1", {"card_id": 7, "state": 2}, NOW, 2)
    saved = store.record_attempt(
        user,
        NewAttempt("q1", "concept", "answer", 0.8, {"score": 0.8}, 12.0, 3, NOW),
        card,
        [TopicMastery("t", 0.3, 1)],
    )
    assert saved.id > 0 and saved.created_at == NOW
    assert store.cards(user)["q1"].due == NOW
    assert store.mastery(user)["t"].theta == 0.3
    (review,) = store.reviews(user)
    assert review.attempt_id == saved.id and review.rating == 3
    assert [a.answer for a in store.attempts(user, "q1")] == ["answer"]
    assert store.mastery_history(user)[0][0] == "t"


def test_attempt_without_rating_makes_no_review(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    user = store.user_id()
    store.record_attempt(user, NewAttempt("q", "quiz", "1", 0.0, {}, None, None, NOW), None, [])
    assert store.reviews(user) == [] and store.cards(user) == {}


def test_profile_round_trip(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    user = store.user_id()
    assert store.profile(user) == Profile()
    profile = Profile(["google"], "applied-scientist", date(2026, 5, 1), 10.0)
    store.save_profile(user, profile)
    assert store.profile(user) == profile
