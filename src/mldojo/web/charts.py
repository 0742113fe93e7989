"""Chart data for the statistics page, as JSON the Chart.js bundle draws."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from mldojo.practice.mastery import sigmoid
from mldojo.practice.stats import Stats, recall_tests
from mldojo.service.practice import Practice


def _bar(
    chart_id: str, title: str, labels: list[str], values: list[float], **extra: Any
) -> dict[str, Any]:
    return {
        "id": chart_id,
        "title": title,
        "type": "bar",
        "labels": labels,
        "datasets": [{"label": title, "data": values, "backgroundColor": "#3b6ea8"}],
        **extra,
    }


def chart_specs(practice: Practice, stats: Stats) -> list[dict[str, Any]]:
    reviews = practice.store.reviews(practice.user_id)
    by_day: dict[str, list[int]] = defaultdict(list)
    for review in recall_tests(reviews):
        by_day[review.reviewed_at.date().isoformat()].append(int(review.rating > 1))
    retention_days = sorted(by_day)[-30:]
    history = practice.store.mastery_history(practice.user_id)
    latest: dict[str, float] = {}
    over_time: dict[str, float] = {}
    for topic, theta, _n, at in history:
        latest[topic] = theta
        over_time[at.date().isoformat()] = sum(sigmoid(t) for t in latest.values()) / len(latest)
    pass_rates = stats.coding_pass_rate
    return [
        _bar(
            "reviews",
            "Reviews per day",
            [d[5:] for d in stats.reviews_per_day],
            list(stats.reviews_per_day.values()),
        ),
        {
            "id": "retention",
            "title": "Retention (share of reviews recalled)",
            "type": "line",
            "labels": [d[5:] for d in retention_days],
            "datasets": [
                {
                    "label": "retention",
                    "data": [sum(by_day[d]) / len(by_day[d]) for d in retention_days],
                    "borderColor": "#2f7d4f",
                }
            ],
            "max": 1,
        },
        {
            "id": "mastery-time",
            "title": "Mean mastery over time",
            "type": "line",
            "labels": [d[5:] for d in over_time],
            "datasets": [
                {"label": "mastery", "data": list(over_time.values()), "borderColor": "#8a4fb8"}
            ],
            "max": 1,
        },
        _bar(
            "forecast",
            "Due in the next 7 days",
            [d[5:] for d in stats.due_next_7_days],
            list(stats.due_next_7_days.values()),
        ),
        _bar(
            "pass-rates",
            "Coding pass rate per problem",
            list(pass_rates),
            [row["pass_rate"] for row in pass_rates.values()],
            horizontal=True,
            max=1,
        ),
        _bar(
            "mastery",
            "Mastery per topic",
            list(stats.mastery),
            [row["skill"] for row in stats.mastery.values()],
            horizontal=True,
            max=1,
        ),
    ]
