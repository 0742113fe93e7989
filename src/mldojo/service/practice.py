"""Practice use cases: grade and record an attempt, the queue, plans, statistics.

A `Practice` object binds the bank (a `Dojo`) to the store for one user. The web layer and the
CLI both go through it, so an attempt recorded from either is graded, scheduled and saved the
same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cached_property
from typing import Any

from mldojo.bank.models import Kind, Question
from mldojo.errors import UsageError
from mldojo.practice import mastery as elo
from mldojo.practice.plan import ROLE_MODULE_WEIGHTS, PlanDay, PlanError, PlanItem, build_plan
from mldojo.practice.queue import Candidate, QueueEntry, build_queue
from mldojo.practice.records import Attempt, Profile
from mldojo.practice.scheduling import ItemScheduler, parse_rating, suggest_rating
from mldojo.practice.stats import Stats, compute_stats
from mldojo.service import BankFilter, Dojo
from mldojo.store.engine import open_database
from mldojo.store.repository import NewAttempt, PracticeStore

PRACTISED_KINDS = {Kind.concept, Kind.quiz, Kind.problem, Kind.behavioral}
MAX_ANSWER_CHARS = 1_000_000


@dataclass(frozen=True)
class Graded:
    """A grade from any grader, in the shape practice needs."""

    score: float
    suggested_rating: int
    result: dict[str, Any]


@dataclass(frozen=True)
class AttemptOutcome:
    attempt: Attempt
    graded: Graded
    rating: int | None
    due: datetime | None


def utcnow() -> datetime:
    return datetime.now(UTC)


class Practice:
    def __init__(self, dojo: Dojo | None = None, user: str = "local") -> None:
        self.dojo = dojo or Dojo()
        self.user = user
        self.scheduler = ItemScheduler()

    @cached_property
    def store(self) -> PracticeStore:
        return PracticeStore(open_database(self.dojo.settings.database_url))

    @cached_property
    def user_id(self) -> int:
        return self.store.user_id(self.user)

    # grading -----------------------------------------------------------------

    def grade(self, question: Question, answer: str, seed: int | None = None) -> Graded:
        """Grade with the grader that fits the item's kind."""
        kind = question.kind
        if kind in (Kind.concept, Kind.behavioral):
            from mldojo.service.grading import grade_answer

            settings = self.dojo.settings
            use_llm = bool(settings.llm_base_url and settings.llm_model)  # falls back offline
            result = grade_answer(self.dojo, question.id, answer, use_llm=use_llm)
            return Graded(
                result.score, int(result.suggested_rating), result.model_dump(mode="json")
            )
        if kind is Kind.quiz:
            from mldojo.service.grading import grade_quiz

            result = grade_quiz(self.dojo, question.id, answer, seed or 0)
            return Graded(
                result.score, int(result.suggested_rating), result.model_dump(mode="json")
            )
        if kind is Kind.problem:
            from mldojo.service.judging import judge_text

            verdict = judge_text(question.id, answer, settings=self.dojo.settings)
            data = verdict.to_dict()
            rating = (
                3 if data["verdict"] == "AC" else suggest_rating(min(float(data["score"]), 0.6))
            )
            return Graded(float(data["score"]), rating, data)
        raise UsageError(
            f"`{question.id}` is a {kind.value} item: practise it with `mldojo interview`"
        )

    def attempt(
        self,
        item_id: str,
        answer: str,
        rating: str | int | None = None,
        seconds_taken: float | None = None,
        seed: int | None = None,
        now: datetime | None = None,
        graded: Graded | None = None,
    ) -> AttemptOutcome:
        """Grade an answer, take the rating (given or suggested), schedule and save it at once."""
        question = self.dojo.get_question(item_id)
        if not answer.strip():
            raise UsageError("the answer is empty: write something, or skip the item")
        if len(answer) > MAX_ANSWER_CHARS:
            raise UsageError(f"the answer is longer than {MAX_ANSWER_CHARS:,} characters")
        chosen = None
        if rating is not None:
            try:
                chosen = parse_rating(rating)
            except ValueError as exc:
                raise UsageError(str(exc)) from None
        now = now or utcnow()
        graded = graded or self.grade(question, answer, seed)
        chosen = chosen or graded.suggested_rating
        card = self.scheduler.review(
            item_id, self.store.cards(self.user_id).get(item_id), chosen, now
        )
        table = self.store.mastery(self.user_id)
        changed = elo.update_all(
            table, question.meta.topics, graded.score, question.meta.difficulty.value
        )
        result = dict(graded.result)
        if seed is not None:
            result["seed"] = seed
        saved = self.store.record_attempt(
            self.user_id,
            NewAttempt(
                item_id=item_id,
                kind=question.kind.value,
                answer=answer,
                score=graded.score,
                result=result,
                seconds_taken=seconds_taken,
                rating=chosen,
                created_at=now,
            ),
            card,
            changed,
        )
        return AttemptOutcome(saved, graded, chosen, card.due)

    # choosing ----------------------------------------------------------------

    def candidates(self, where: BankFilter) -> list[Candidate]:
        return [
            Candidate(q.id, tuple(q.meta.topics), q.meta.difficulty.value)
            for q in self.dojo.list_questions(where)
            if q.kind in PRACTISED_KINDS
        ]

    def queue(
        self, where: BankFilter, n: int = 10, now: datetime | None = None
    ) -> list[QueueEntry]:
        if n < 1:
            raise UsageError("the queue length must be at least 1")
        now = now or utcnow()
        return build_queue(
            self.candidates(where),
            self.store.cards(self.user_id),
            self.store.mastery(self.user_id),
            now,
            lambda card: self.scheduler.retrievability(card, now),
            n=n,
        )

    def prompt_for(self, question: Question, seed: int) -> str:
        """The prompt as the learner sees it: parameterised quizzes filled in for `seed`."""
        if question.kind is Kind.quiz:
            from mldojo.grading.quiz import instantiate

            return instantiate(question, seed).prompt
        return question.prompt

    def next_seed(self, item_id: str) -> int:
        """Each attempt of a parameterised quiz gets a new variant: the attempt count."""
        return len(self.store.attempts(self.user_id, item_id))

    # profile, plan, stats ----------------------------------------------------

    def profile(self) -> Profile:
        return self.store.profile(self.user_id)

    def update_profile(
        self,
        companies: list[str] | None = None,
        role: str | None = None,
        interview_date: date | None = None,
        hours_per_week: float | None = None,
        today: date | None = None,
    ) -> Profile:
        today = today or utcnow().date()
        if interview_date is not None and interview_date < today:
            raise UsageError(f"the interview date {interview_date} is in the past")
        if hours_per_week is not None and not 0 < hours_per_week <= 100:
            raise UsageError("hours per week must be between 0 and 100")
        if role is not None and role not in ROLE_MODULE_WEIGHTS:
            raise UsageError(f"unknown role `{role}`: use one of {', '.join(ROLE_MODULE_WEIGHTS)}")
        known = self.dojo.bank_report.vocabulary.companies
        unknown = [c for c in companies or [] if c not in known]
        if unknown:
            raise UsageError(f"unknown companies: {', '.join(unknown)}")
        current = self.profile()
        profile = Profile(
            companies=current.companies if companies is None else companies,
            role=role or current.role,
            interview_date=interview_date or current.interview_date,
            hours_per_week=hours_per_week or current.hours_per_week,
        )
        self.store.save_profile(self.user_id, profile)
        return profile

    def plan(self, today: date | None = None) -> list[PlanDay]:
        today = today or utcnow().date()
        profile = self.profile()
        items = [
            PlanItem(
                q.id,
                q.meta.module.value,
                tuple(q.meta.topics),
                q.meta.difficulty.value,
                q.meta.estimated_minutes,
                tuple(c.name for c in q.meta.companies),
            )
            for q in self.dojo.questions.values()
        ]
        cards = self.store.cards(self.user_id)
        due: dict[date, int] = {}
        for card in cards.values():
            day = max(card.due.date(), today)
            due[day] = due.get(day, 0) + 1
        try:
            return build_plan(
                profile, today, items, self.store.mastery(self.user_id), set(cards), due
            )
        except PlanError as exc:
            raise UsageError(str(exc)) from None

    def stats(self, now: datetime | None = None) -> Stats:
        return compute_stats(
            self.store.attempts(self.user_id),
            self.store.reviews(self.user_id),
            self.store.cards(self.user_id),
            self.store.mastery(self.user_id),
            now or utcnow(),
        )
