"""Choosing what to practise next.

The rule: due reviews first (lowest retrievability first), then the weakest topic with a bonus
for rarely seen topics (so estimates of other topics do not go stale), then within that topic
an unseen item of about 75% predicted success. No more than two in a row from one topic.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from mldojo.practice.mastery import predicted_success, skill
from mldojo.practice.records import CardState, TopicMastery

TARGET_SUCCESS = 0.75
RARITY_BONUS = 0.5
MAX_SAME_TOPIC_RUN = 2


@dataclass(frozen=True)
class Candidate:
    """What the queue needs to know about a bank item."""

    id: str
    topics: tuple[str, ...]
    difficulty: str


@dataclass(frozen=True)
class QueueEntry:
    item_id: str
    reason: str
    topic: str | None = None
    retrievability: float | None = None
    predicted_success: float | None = None


def build_queue(
    candidates: Sequence[Candidate],
    cards: dict[str, CardState],
    mastery: dict[str, TopicMastery],
    now: datetime,
    retrievability: Callable[[CardState], float],
    n: int = 10,
) -> list[QueueEntry]:
    by_id = {c.id: c for c in candidates}
    entries: list[QueueEntry] = []
    due = [card for item_id, card in cards.items() if item_id in by_id and card.due <= now]
    due.sort(key=lambda card: (retrievability(card), card.due, card.item_id))
    for card in due:
        if len(entries) >= n:
            return entries
        r = retrievability(card)
        entries.append(
            QueueEntry(
                card.item_id, f"due for review (recall probability {r:.0%})", retrievability=r
            )
        )

    chosen = {e.item_id for e in entries}
    unseen = [c for c in candidates if c.id not in cards and c.id not in chosen]
    recent_topics: list[str] = []
    local_n = {topic: (row.n if row else 0) for topic, row in mastery.items()}
    while len(entries) < n and unseen:
        topics = sorted({t for c in unseen for t in c.topics})
        blocked = (
            recent_topics[-1]
            if len(recent_topics) >= MAX_SAME_TOPIC_RUN
            and len(set(recent_topics[-MAX_SAME_TOPIC_RUN:])) == 1
            else None
        )
        options = [t for t in topics if t != blocked] or topics

        def priority(topic: str) -> float:
            row = mastery.get(topic)
            seen = local_n.get(topic, 0)
            return (1.0 - skill(row)) + RARITY_BONUS / math.sqrt(seen + 1)

        topic = max(options, key=lambda t: (priority(t), t))
        row = mastery.get(topic)
        theta = row.theta if row else 0.0
        in_topic = [c for c in unseen if topic in c.topics]
        pick = min(
            in_topic,
            key=lambda c: (abs(predicted_success(theta, c.difficulty) - TARGET_SUCCESS), c.id),
        )
        p = predicted_success(theta, pick.difficulty)
        reason = (
            f"new item in your weakest topic `{topic}` (mastery {skill(row):.0%},"
            f" predicted success {p:.0%})"
            if row
            else f"new item in a topic you have not practised: `{topic}`"
        )
        entries.append(QueueEntry(pick.id, reason, topic=topic, predicted_success=p))
        unseen.remove(pick)
        recent_topics.append(topic)
        local_n[topic] = local_n.get(topic, 0) + 1
    return entries
