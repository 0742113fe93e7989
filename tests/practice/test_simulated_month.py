"""A month of practice with a fake clock and a simulated learner, checked end to end."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from mldojo.practice.scheduling import suggest_rating
from mldojo.service import BankFilter
from mldojo.service.practice import Graded, Practice

START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
TRUE_SKILL = {"regularization": 0.92, "clustering": 0.3}


def simulated_grade(item_id: str) -> Graded:
    topic = item_id.rsplit("-", 1)[0]
    score = TRUE_SKILL[topic]
    return Graded(score, suggest_rating(score), {"score": score})


def test_a_month_of_practice(practice: Practice) -> None:
    recorded = 0
    due_first_checked = 0
    for day in range(30):
        now = START + timedelta(days=day)
        queue = practice.queue(BankFilter(), n=4, now=now)
        due_now = {
            item for item, card in practice.store.cards(practice.user_id).items() if card.due <= now
        }
        if due_now:
            # every due item is served before any new one
            head = [e.item_id for e in queue[: len(due_now)]]
            assert set(head) <= due_now and all("due" in e.reason for e in queue[: len(head)])
            due_first_checked += 1
        for offset, entry in enumerate(queue):
            practice.attempt(
                entry.item_id,
                "an answer",
                now=now + timedelta(minutes=offset),
                graded=simulated_grade(entry.item_id),
            )
            recorded += 1
    assert due_first_checked > 5
    attempts = practice.store.attempts(practice.user_id)
    assert len(attempts) == recorded  # nothing lost
    assert len(practice.store.reviews(practice.user_id)) == recorded
    per_topic = Counter(a.item_id.rsplit("-", 1)[0] for a in attempts)
    assert per_topic["clustering"] > per_topic["regularization"]  # the weak topic got more
    mastery = practice.store.mastery(practice.user_id)
    assert mastery["clustering"].theta < mastery["regularization"].theta
    stats = practice.stats(now=START + timedelta(days=30))
    assert stats.attempts == recorded and stats.streak_days == 30
    assert stats.retention is not None and 0 < stats.retention < 1


def test_intervals_grow_with_good_and_shrink_with_again(practice: Practice) -> None:
    now = START
    gaps = []
    for _ in range(5):
        outcome = practice.attempt(
            "regularization-00",
            "x",
            rating="good",
            now=now,
            graded=simulated_grade("regularization-00"),
        )
        assert outcome.due is not None
        gaps.append(outcome.due - now)
        now = outcome.due
    assert gaps[-1] > gaps[-2] > gaps[-3]
    lapse = practice.attempt(
        "regularization-00",
        "x",
        rating="again",
        now=now,
        graded=simulated_grade("regularization-00"),
    )
    assert lapse.due is not None and lapse.due - now < gaps[-1]
