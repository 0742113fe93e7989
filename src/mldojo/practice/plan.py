"""Day-by-day study plans for a target date, weighted by company tags and measured weakness.

The plan is recomputed from the current state every time it is asked for, so it follows the
learner's progress instead of going stale: mastered topics shrink, weak ones grow.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from mldojo.practice.mastery import skill
from mldojo.practice.records import Profile, TopicMastery

ROLE_MODULE_WEIGHTS: dict[str, dict[str, float]] = {
    "ml-engineer": {
        "coding": 0.2,
        "ml-coding": 0.2,
        "ml-breadth": 0.25,
        "ml-depth": 0.1,
        "ml-system-design": 0.15,
        "behavioral": 0.1,
    },
    "applied-scientist": {
        "coding": 0.1,
        "ml-coding": 0.2,
        "ml-breadth": 0.3,
        "ml-depth": 0.2,
        "ml-system-design": 0.1,
        "behavioral": 0.1,
    },
    "data-scientist": {
        "coding": 0.1,
        "ml-coding": 0.15,
        "ml-breadth": 0.35,
        "ml-depth": 0.15,
        "ml-system-design": 0.1,
        "behavioral": 0.15,
    },
}
COMPANY_BOOST = 2.0
MAX_PLAN_DAYS = 180
MOCK_EVERY_DAYS = 7


@dataclass(frozen=True)
class PlanItem:
    id: str
    module: str
    topics: tuple[str, ...]
    difficulty: str
    minutes: int
    companies: tuple[str, ...]


@dataclass
class PlanDay:
    day: date
    minutes: int
    focus: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    activities: list[str] = field(default_factory=list)


class PlanError(ValueError):
    """The plan cannot be built from these inputs (a past date, no time at all)."""


def module_weights(
    role: str, items: Sequence[PlanItem], companies: Sequence[str]
) -> dict[str, float]:
    base = dict(ROLE_MODULE_WEIGHTS.get(role, ROLE_MODULE_WEIGHTS["ml-engineer"]))
    if companies:
        tagged: dict[str, int] = defaultdict(int)
        for item in items:
            if set(item.companies) & set(companies):
                tagged[item.module] += 1
        total = sum(tagged.values())
        if total:
            for module in base:
                base[module] *= 1.0 + COMPANY_BOOST * tagged[module] / total
    norm = sum(base.values())
    return {module: weight / norm for module, weight in base.items()}


def item_priority(
    item: PlanItem, mastery: dict[str, TopicMastery], companies: Sequence[str]
) -> float:
    weakness = max((1.0 - skill(mastery.get(t)) for t in item.topics), default=0.5)
    company = COMPANY_BOOST if set(item.companies) & set(companies) else 1.0
    return weakness * company


def build_plan(
    profile: Profile,
    today: date,
    items: Sequence[PlanItem],
    mastery: dict[str, TopicMastery],
    seen: set[str],
    due_reviews_per_day: dict[date, int] | None = None,
) -> list[PlanDay]:
    if profile.interview_date is None:
        raise PlanError("set an interview date first (--date YYYY-MM-DD)")
    if profile.interview_date < today:
        raise PlanError(f"the interview date {profile.interview_date} is in the past")
    if profile.hours_per_week <= 0:
        raise PlanError("hours per week must be more than 0")
    days = min((profile.interview_date - today).days, MAX_PLAN_DAYS) + 1
    daily_minutes = round(profile.hours_per_week * 60 / 7)
    weights = module_weights(profile.role, items, profile.companies)
    pools: dict[str, list[PlanItem]] = defaultdict(list)
    for item in items:
        if item.id not in seen:
            pools[item.module].append(item)
    for module in pools:
        pools[module].sort(key=lambda i: (-item_priority(i, mastery, profile.companies), i.id))
    budget_carry: dict[str, float] = defaultdict(float)
    plan: list[PlanDay] = []
    reviews = due_reviews_per_day or {}
    for offset in range(days):
        day = today + timedelta(days=offset)
        entry = PlanDay(day=day, minutes=daily_minutes)
        review_minutes = min(daily_minutes // 2, 3 * reviews.get(day, 0))
        if review_minutes:
            entry.activities.append(f"review {reviews[day]} due items (~{review_minutes} min)")
        remaining = daily_minutes - review_minutes
        if day == profile.interview_date:
            entry.activities = ["light review of your notes; rest"]
            plan.append(entry)
            continue
        if (
            offset
            and offset % MOCK_EVERY_DAYS == 0
            or day == profile.interview_date - timedelta(days=1)
        ):
            entry.activities.append("mock interview (mldojo interview)")
            remaining = max(0, remaining - 60)
        for module, weight in sorted(weights.items(), key=lambda kv: -kv[1]):
            budget_carry[module] += remaining * weight
            pool = pools.get(module, [])
            while pool and budget_carry[module] >= pool[0].minutes:
                item = pool.pop(0)
                budget_carry[module] -= item.minutes
                entry.items.append(item.id)
                for topic in item.topics:
                    if topic not in entry.focus:
                        entry.focus.append(topic)
        plan.append(entry)
    return plan
