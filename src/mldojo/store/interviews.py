"""The interview repository: running interviews, finished scorecards, transcripts, stories.

The store knows nothing of the interview domain: it keeps the interview's state as the JSON
the service hands it and returns plain records. Finishing writes the scorecard, the round
results and the transcript in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mldojo.errors import NotFoundError, StoreError
from mldojo.store.tables import InterviewRoundRow, InterviewRow, InterviewTurnRow, StoryRow


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class InterviewRecord:
    id: int
    preset: str
    company: str | None
    status: str
    state: dict[str, Any]
    scorecard: dict[str, Any] | None
    overall: float | None
    created_at: datetime
    finished_at: datetime | None


@dataclass(frozen=True)
class RoundResult:
    position: int
    kind: str
    status: str
    weight: float
    score: float


@dataclass(frozen=True)
class TranscriptTurn:
    round_position: int
    position: int
    kind: str
    item_id: str | None
    prompt: str
    answer: str | None
    status: str
    score: float | None
    note: str


@dataclass(frozen=True)
class Story:
    id: int
    title: str
    competencies: list[str]
    text: str
    revision: int
    versions: list[dict[str, Any]]
    created_at: datetime
    updated_at: datetime


def _record(row: InterviewRow) -> InterviewRecord:
    created = _aware(row.created_at)
    assert created is not None
    return InterviewRecord(
        row.id,
        row.preset,
        row.company,
        row.status,
        dict(row.state),
        dict(row.scorecard) if row.scorecard is not None else None,
        row.overall,
        created,
        _aware(row.finished_at),
    )


def _story(row: StoryRow) -> Story:
    created, updated = _aware(row.created_at), _aware(row.updated_at)
    assert created is not None and updated is not None
    return Story(
        row.id,
        row.title,
        list(row.competencies),
        row.text,
        row.revision,
        list(row.versions),
        created,
        updated,
    )


class InterviewStore:
    def __init__(self, engine: Engine) -> None:
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def _session(self) -> Session:
        return self._sessions()

    def _get(self, session: Session, user_id: int, interview_id: int) -> InterviewRow:
        row = session.get(InterviewRow, interview_id)
        if row is None or row.user_id != user_id:
            raise NotFoundError(f"no interview with id {interview_id}")
        return row

    def create(
        self,
        user_id: int,
        preset: str,
        company: str | None,
        state: dict[str, Any],
        created_at: datetime,
    ) -> int:
        try:
            with self._session() as session, session.begin():
                row = InterviewRow(
                    user_id=user_id,
                    preset=preset,
                    company=company,
                    status="running",
                    state=state,
                    created_at=created_at,
                )
                session.add(row)
                session.flush()
                return row.id
        except OperationalError as exc:
            raise StoreError(f"could not save the interview: {exc.orig}") from None

    def load(self, user_id: int, interview_id: int) -> InterviewRecord:
        with self._session() as session:
            return _record(self._get(session, user_id, interview_id))

    def save_state(self, user_id: int, interview_id: int, state: dict[str, Any]) -> None:
        try:
            with self._session() as session, session.begin():
                row = self._get(session, user_id, interview_id)
                row.state = state
        except OperationalError as exc:
            raise StoreError(f"could not save the interview: {exc.orig}") from None

    def save_finished(
        self,
        user_id: int,
        interview_id: int,
        state: dict[str, Any],
        scorecard: dict[str, Any],
        overall: float,
        finished_at: datetime,
        rounds: list[RoundResult],
        turns: list[TranscriptTurn],
    ) -> None:
        """Write the final state, the scorecard, round results and the transcript at once."""
        try:
            with self._session() as session, session.begin():
                row = self._get(session, user_id, interview_id)
                row.state = state
                row.status = "finished"
                row.scorecard = scorecard
                row.overall = overall
                row.finished_at = finished_at
                session.execute(
                    delete(InterviewRoundRow).where(InterviewRoundRow.interview_id == row.id)
                )
                session.execute(
                    delete(InterviewTurnRow).where(InterviewTurnRow.interview_id == row.id)
                )
                for result in rounds:
                    session.add(
                        InterviewRoundRow(
                            interview_id=row.id,
                            position=result.position,
                            kind=result.kind,
                            status=result.status,
                            weight=result.weight,
                            score=result.score,
                        )
                    )
                for turn in turns:
                    session.add(
                        InterviewTurnRow(
                            interview_id=row.id,
                            round_position=turn.round_position,
                            position=turn.position,
                            kind=turn.kind,
                            item_id=turn.item_id,
                            prompt=turn.prompt,
                            answer=turn.answer,
                            status=turn.status,
                            score=turn.score,
                            note=turn.note,
                        )
                    )
        except OperationalError as exc:
            raise StoreError(f"could not save the scorecard: {exc.orig}") from None

    def history(self, user_id: int, limit: int = 200) -> list[InterviewRecord]:
        """Newest first."""
        with self._session() as session:
            rows = session.scalars(
                select(InterviewRow)
                .where(InterviewRow.user_id == user_id)
                .order_by(InterviewRow.created_at.desc(), InterviewRow.id.desc())
                .limit(limit)
            )
            return [_record(row) for row in rows]

    def round_results(self, interview_id: int) -> list[RoundResult]:
        with self._session() as session:
            rows = session.scalars(
                select(InterviewRoundRow)
                .where(InterviewRoundRow.interview_id == interview_id)
                .order_by(InterviewRoundRow.position)
            )
            return [RoundResult(r.position, r.kind, r.status, r.weight, r.score) for r in rows]

    def transcript(self, interview_id: int) -> list[TranscriptTurn]:
        with self._session() as session:
            rows = session.scalars(
                select(InterviewTurnRow)
                .where(InterviewTurnRow.interview_id == interview_id)
                .order_by(InterviewTurnRow.round_position, InterviewTurnRow.position)
            )
            return [
                TranscriptTurn(
                    r.round_position,
                    r.position,
                    r.kind,
                    r.item_id,
                    r.prompt,
                    r.answer,
                    r.status,
                    r.score,
                    r.note,
                )
                for r in rows
            ]

    # story bank --------------------------------------------------------------

    def add_story(
        self, user_id: int, title: str, competencies: list[str], text: str, now: datetime
    ) -> Story:
        with self._session() as session, session.begin():
            row = StoryRow(
                user_id=user_id,
                title=title,
                competencies=competencies,
                text=text,
                versions=[],
                revision=1,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            return _story(row)

    def _story_row(self, session: Session, user_id: int, story_id: int) -> StoryRow:
        row = session.get(StoryRow, story_id)
        if row is None or row.user_id != user_id:
            raise NotFoundError(f"no story with id {story_id}")
        return row

    def story(self, user_id: int, story_id: int) -> Story:
        with self._session() as session:
            return _story(self._story_row(session, user_id, story_id))

    def stories(self, user_id: int) -> list[Story]:
        with self._session() as session:
            rows = session.scalars(
                select(StoryRow).where(StoryRow.user_id == user_id).order_by(StoryRow.id)
            )
            return [_story(row) for row in rows]

    def revise_story(
        self,
        user_id: int,
        story_id: int,
        text: str,
        now: datetime,
        title: str | None = None,
        competencies: list[str] | None = None,
    ) -> Story:
        """Replace the text, keeping the previous version in the story's history."""
        with self._session() as session, session.begin():
            row = self._story_row(session, user_id, story_id)
            updated = _aware(row.updated_at)
            row.versions = [
                *row.versions,
                {
                    "revision": row.revision,
                    "text": row.text,
                    "saved_at": updated.isoformat() if updated else None,
                },
            ]
            row.text = text
            row.revision += 1
            row.updated_at = now
            if title:
                row.title = title
            if competencies is not None:
                row.competencies = competencies
            session.flush()
            return _story(row)
