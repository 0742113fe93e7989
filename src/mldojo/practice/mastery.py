"""Per-topic mastery as an Elo-style rating (Pelánek 2016), updated from 0-1 grades.

Elo handles partial credit directly and needs no fitting on many learners, which a single
user's history could never provide. Item difficulty comes from the author's label.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from mldojo.practice.records import TopicMastery

DIFFICULTY_OFFSET = {"easy": -1.0, "medium": 0.0, "hard": 1.0}
MASTERED_SKILL = 0.8
MASTERED_MIN_ATTEMPTS = 3


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def predicted_success(theta: float, difficulty: str) -> float:
    return sigmoid(theta - DIFFICULTY_OFFSET.get(difficulty, 0.0))


def step_size(n: int) -> float:
    """K(n) = 1 / (1 + 0.05 n): fast moves while little is known, steadier later."""
    return 1.0 / (1.0 + 0.05 * n)


def update(current: TopicMastery, grade: float, difficulty: str) -> TopicMastery:
    grade = min(1.0, max(0.0, grade))
    expected = predicted_success(current.theta, difficulty)
    theta = current.theta + step_size(current.n) * (grade - expected)
    return TopicMastery(topic=current.topic, theta=theta, n=current.n + 1)


def update_all(
    table: dict[str, TopicMastery], topics: Iterable[str], grade: float, difficulty: str
) -> list[TopicMastery]:
    """Update every topic an item belongs to; return the changed rows."""
    changed = []
    for topic in topics:
        row = table.get(topic, TopicMastery(topic=topic, theta=0.0, n=0))
        table[topic] = update(row, grade, difficulty)
        changed.append(table[topic])
    return changed


def skill(row: TopicMastery | None) -> float:
    """Expected score on a medium item: what the dashboard shows as mastery."""
    return sigmoid(row.theta) if row else 0.5


def is_mastered(row: TopicMastery | None) -> bool:
    return row is not None and skill(row) >= MASTERED_SKILL and row.n >= MASTERED_MIN_ATTEMPTS
