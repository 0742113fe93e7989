"""The practice repository: reads and writes attempts, reviews, cards, mastery and profiles.

Every method opens its own short transaction. `record_attempt` writes the attempt, its review,
the new card state and the mastery rows together, so an interrupted process leaves either all
of an attempt or none of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mldojo.errors import StoreError
from mldojo.practice.records import Attempt, CardState, Profile, Review, TopicMastery
from mldojo.store.tables import (
    AttemptRow,
    CardRow,
    MasteryHistoryRow,
    MasteryRow,
    ProfileRow,
    ReviewRow,
    UserRow,
)

LOCAL_USER = "local"


def _aware(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything in mldojo is UTC-aware."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class NewAttempt:
    item_id: str
    kind: str
    answer: str
    score: float
    result: dict[str, Any]
    seconds_taken: float | None
    rating: int | None
    created_at: datetime


def _attempt(row: AttemptRow) -> Attempt:
    return Attempt(
        id=row.id,
        item_id=row.item_id,
        kind=row.kind,
        answer=row.answer,
        score=row.score,
        result=dict(row.result),
        seconds_taken=row.seconds_taken,
        rating=row.rating,
        created_at=_aware(row.created_at),
    )


def _review(row: ReviewRow) -> Review:
    return Review(
        id=row.id,
        item_id=row.item_id,
        attempt_id=row.attempt_id,
        rating=row.rating,
        card=dict(row.card),
        reviewed_at=_aware(row.reviewed_at),
    )


@dataclass(frozen=True)
class ReplayedReview:
    attempt_id: int
    item_id: str
    rating: int
    card: CardState
    at: datetime


@dataclass(frozen=True)
class ReplayedMastery:
    row: TopicMastery
    attempt_id: int
    at: datetime


class PracticeStore:
    def __init__(self, engine: Engine) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def _session(self) -> Session:
        return self._sessions()

    def user_id(self, name: str = LOCAL_USER) -> int:
        with self._session() as session:
            found = session.scalar(select(UserRow.id).where(UserRow.name == name))
            if found is not None:
                return found
            session.add(UserRow(name=name))
            try:
                session.commit()
            except IntegrityError:  # another process created it first
                session.rollback()
            found = session.scalar(select(UserRow.id).where(UserRow.name == name))
            if found is None:
                raise StoreError(f"cannot create user {name}")
            return found

    def record_attempt(
        self,
        user_id: int,
        attempt: NewAttempt,
        card: CardState | None,
        mastery: list[TopicMastery],
    ) -> Attempt:
        """Write the attempt with its review, card and mastery changes, all or nothing."""
        try:
            with self._session() as session, session.begin():
                row = AttemptRow(
                    user_id=user_id,
                    item_id=attempt.item_id,
                    kind=attempt.kind,
                    answer=attempt.answer,
                    score=attempt.score,
                    result=attempt.result,
                    seconds_taken=attempt.seconds_taken,
                    rating=attempt.rating,
                    created_at=attempt.created_at,
                )
                session.add(row)
                session.flush()
                if card is not None and attempt.rating is not None:
                    session.add(
                        ReviewRow(
                            user_id=user_id,
                            item_id=attempt.item_id,
                            attempt_id=row.id,
                            rating=attempt.rating,
                            card=card.card,
                            reviewed_at=attempt.created_at,
                        )
                    )
                    session.merge(
                        CardRow(
                            user_id=user_id,
                            item_id=card.item_id,
                            card=card.card,
                            due=card.due,
                            state=card.state,
                        )
                    )
                for topic in mastery:
                    session.merge(
                        MasteryRow(
                            user_id=user_id,
                            topic=topic.topic,
                            theta=topic.theta,
                            n=topic.n,
                            updated_at=attempt.created_at,
                        )
                    )
                    session.add(
                        MasteryHistoryRow(
                            user_id=user_id,
                            topic=topic.topic,
                            theta=topic.theta,
                            n=topic.n,
                            attempt_id=row.id,
                            recorded_at=attempt.created_at,
                        )
                    )
                result = _attempt(row)
        except OperationalError as exc:
            raise StoreError(f"could not save the attempt: {exc.orig}") from None
        return result

    def cards(self, user_id: int) -> dict[str, CardState]:
        with self._session() as session:
            rows = session.scalars(select(CardRow).where(CardRow.user_id == user_id))
            return {
                row.item_id: CardState(row.item_id, dict(row.card), _aware(row.due), row.state)
                for row in rows
            }

    def mastery(self, user_id: int) -> dict[str, TopicMastery]:
        with self._session() as session:
            rows = session.scalars(select(MasteryRow).where(MasteryRow.user_id == user_id))
            return {row.topic: TopicMastery(row.topic, row.theta, row.n) for row in rows}

    def mastery_history(self, user_id: int) -> list[tuple[str, float, int, datetime]]:
        with self._session() as session:
            rows = session.scalars(
                select(MasteryHistoryRow)
                .where(MasteryHistoryRow.user_id == user_id)
                .order_by(MasteryHistoryRow.recorded_at, MasteryHistoryRow.id)
            )
            return [(r.topic, r.theta, r.n, _aware(r.recorded_at)) for r in rows]

    def attempts(self, user_id: int, item_id: str | None = None) -> list[Attempt]:
        query = select(AttemptRow).where(AttemptRow.user_id == user_id)
        if item_id is not None:
            query = query.where(AttemptRow.item_id == item_id)
        with self._session() as session:
            rows = session.scalars(query.order_by(AttemptRow.created_at, AttemptRow.id))
            return [_attempt(row) for row in rows]

    def reviews(self, user_id: int) -> list[Review]:
        with self._session() as session:
            rows = session.scalars(
                select(ReviewRow)
                .where(ReviewRow.user_id == user_id)
                .order_by(ReviewRow.reviewed_at, ReviewRow.id)
            )
            return [_review(row) for row in rows]

    def profile(self, user_id: int) -> Profile:
        with self._session() as session:
            row = session.get(ProfileRow, user_id)
            if row is None:
                return Profile()
            return Profile(list(row.companies), row.role, row.interview_date, row.hours_per_week)

    def save_profile(self, user_id: int, profile: Profile) -> None:
        with self._session() as session, session.begin():
            session.merge(
                ProfileRow(
                    user_id=user_id,
                    companies=list(profile.companies),
                    role=profile.role,
                    interview_date=profile.interview_date,
                    hours_per_week=profile.hours_per_week,
                )
            )

    def insert_attempts(self, user_id: int, attempts: list[NewAttempt]) -> int:
        """Add imported attempts in one transaction; derived state is rebuilt afterwards."""
        with self._session() as session, session.begin():
            for attempt in attempts:
                session.add(
                    AttemptRow(
                        user_id=user_id,
                        item_id=attempt.item_id,
                        kind=attempt.kind,
                        answer=attempt.answer,
                        score=attempt.score,
                        result=attempt.result,
                        seconds_taken=attempt.seconds_taken,
                        rating=attempt.rating,
                        created_at=attempt.created_at,
                    )
                )
        return len(attempts)

    def replace_derived(
        self,
        user_id: int,
        reviews: list[ReplayedReview],
        mastery: list[ReplayedMastery],
    ) -> None:
        """Swap in reviews, cards and mastery rebuilt from the attempts, all in one transaction."""
        with self._session() as session, session.begin():
            for table in (ReviewRow, CardRow, MasteryRow, MasteryHistoryRow):
                session.execute(delete(table).where(table.user_id == user_id))
            latest: dict[str, CardState] = {}
            for review in reviews:
                session.add(
                    ReviewRow(
                        user_id=user_id,
                        item_id=review.item_id,
                        attempt_id=review.attempt_id,
                        rating=review.rating,
                        card=review.card.card,
                        reviewed_at=review.at,
                    )
                )
                latest[review.item_id] = review.card
            for card in latest.values():
                session.add(
                    CardRow(
                        user_id=user_id,
                        item_id=card.item_id,
                        card=card.card,
                        due=card.due,
                        state=card.state,
                    )
                )
            final: dict[str, ReplayedMastery] = {}
            for entry in mastery:
                session.add(
                    MasteryHistoryRow(
                        user_id=user_id,
                        topic=entry.row.topic,
                        theta=entry.row.theta,
                        n=entry.row.n,
                        attempt_id=entry.attempt_id,
                        recorded_at=entry.at,
                    )
                )
                final[entry.row.topic] = entry
            for entry in final.values():
                session.add(
                    MasteryRow(
                        user_id=user_id,
                        topic=entry.row.topic,
                        theta=entry.row.theta,
                        n=entry.row.n,
                        updated_at=entry.at,
                    )
                )
