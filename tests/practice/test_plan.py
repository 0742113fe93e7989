from __future__ import annotations

from datetime import UTC, date, datetime

from mldojo.service.practice import Graded, Practice

TODAY = date(2026, 3, 2)


def test_plan_covers_every_day_and_fits_the_budget(practice: Practice) -> None:
    practice.update_profile(interview_date=date(2026, 3, 16), hours_per_week=7, today=TODAY)
    plan = practice.plan(today=TODAY)
    assert [d.day for d in plan][0] == TODAY and plan[-1].day == date(2026, 3, 16)
    assert len(plan) == 15
    planned = [item for day in plan for item in day.items]
    assert len(planned) == len(set(planned)) > 0
    assert any("mock interview" in a for day in plan for a in day.activities)


def test_plan_follows_progress(practice: Practice) -> None:
    practice.update_profile(interview_date=date(2026, 4, 30), hours_per_week=3, today=TODAY)
    before = practice.plan(today=TODAY)
    now = datetime(2026, 3, 2, 9, tzinfo=UTC)
    for k in range(6):
        practice.attempt(f"regularization-{k:02d}", "x", now=now, graded=Graded(1.0, 4, {}))
        practice.attempt(f"clustering-{k:02d}", "x", now=now, graded=Graded(0.1, 1, {}))
    after = practice.plan(today=TODAY)
    first = lambda plan: [i for d in plan[:5] for i in d.items]  # noqa: E731
    assert first(before) != first(after)
    early = first(after)
    assert sum(i.startswith("clustering") for i in early) >= sum(
        i.startswith("regularization") for i in early
    )
    attempted = {f"regularization-{k:02d}" for k in range(6)}
    assert not attempted & {i for d in after for i in d.items}
