"""The state of a mock interview: rounds of turns, each turn a prompt and the reply to it.

The whole state is plain data that round-trips through JSON, so the store can keep a running
interview between two web requests or two CLI commands and resume it exactly.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from mldojo.interview.presets import ROUND_TITLES, RoundKind


class TurnKind(StrEnum):
    question = "question"
    """A primary prompt: a bank item, a design step, a depth template or a STAR prompt."""
    follow_up = "follow-up"
    """A scripted or interviewer-written probe after an answer that missed something."""
    project = "project"
    """The structured form describing the candidate's own project (ML depth)."""
    submission = "submission"
    """Another try at a coding problem after a failing verdict."""


class TurnStatus(StrEnum):
    queued = "queued"
    asked = "asked"
    answered = "answered"
    timed_out = "timed-out"
    """Time ran out; the answer, if any, is the draft saved until then."""
    unanswered = "unanswered"
    skipped = "skipped"


class RoundStatus(StrEnum):
    waiting = "waiting"
    running = "running"
    done = "done"
    timed_out = "timed-out"
    not_reached = "not-reached"


class InterviewStatus(StrEnum):
    running = "running"
    finished = "finished"


OPEN_TURNS = (TurnStatus.queued, TurnStatus.asked)


@dataclass
class Turn:
    kind: TurnKind
    prompt: str
    item_id: str | None = None
    step: str | None = None
    """The design step, the depth template or the quiz seed's label."""
    parent: int | None = None
    """Index of the primary turn this one follows up (within the round)."""
    budget_seconds: float | None = None
    seed: int | None = None
    fields: dict[str, str] = field(default_factory=dict)
    status: TurnStatus = TurnStatus.queued
    asked_at: datetime | None = None
    answered_at: datetime | None = None
    answer: str | None = None
    score: float | None = None
    result: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    """The interviewer's private note, shown only in the debrief."""
    source: str = "scripted"

    @property
    def seconds_used(self) -> float | None:
        if self.asked_at is None or self.answered_at is None:
            return None
        return (self.answered_at - self.asked_at).total_seconds()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind.value
        data["status"] = self.status.value
        data["asked_at"] = self.asked_at.isoformat() if self.asked_at else None
        data["answered_at"] = self.answered_at.isoformat() if self.answered_at else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Turn:
        values = dict(data)
        values["kind"] = TurnKind(values["kind"])
        values["status"] = TurnStatus(values["status"])
        for key in ("asked_at", "answered_at"):
            values[key] = datetime.fromisoformat(values[key]) if values.get(key) else None
        return cls(**values)


@dataclass
class Round:
    kind: RoundKind
    minutes: float
    weight: float
    turns: list[Turn] = field(default_factory=list)
    status: RoundStatus = RoundStatus.waiting
    started_at: datetime | None = None
    ended_at: datetime | None = None
    draft: str = ""
    """What the candidate has typed so far for the open turn; kept if time runs out."""
    item_id: str | None = None
    """The design scenario, for a system design round."""

    @property
    def title(self) -> str:
        return ROUND_TITLES[self.kind]

    @property
    def deadline(self) -> datetime | None:
        if self.started_at is None:
            return None
        return self.started_at + timedelta(minutes=self.minutes)

    def open_turn(self) -> tuple[int, Turn] | None:
        for index, turn in enumerate(self.turns):
            if turn.status in OPEN_TURNS:
                return index, turn
        return None

    def children(self, index: int) -> list[Turn]:
        return [t for t in self.turns if t.parent == index]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "minutes": self.minutes,
            "weight": self.weight,
            "turns": [t.to_dict() for t in self.turns],
            "status": self.status.value,
            "started_at": self.started_at.isoformat() if self.started_at else None,
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
            "draft": self.draft,
            "item_id": self.item_id,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Round:
        return cls(
            kind=RoundKind(data["kind"]),
            minutes=float(data["minutes"]),
            weight=float(data["weight"]),
            turns=[Turn.from_dict(t) for t in data["turns"]],
            status=RoundStatus(data["status"]),
            started_at=datetime.fromisoformat(data["started_at"]) if data["started_at"] else None,
            ended_at=datetime.fromisoformat(data["ended_at"]) if data["ended_at"] else None,
            draft=data.get("draft", ""),
            item_id=data.get("item_id"),
        )


@dataclass
class Interview:
    preset: str
    company: str | None
    rounds: list[Round]
    created_at: datetime
    seed: int = 0
    status: InterviewStatus = InterviewStatus.running
    finished_at: datetime | None = None
    id: int | None = None

    def current_round(self) -> tuple[int, Round] | None:
        for index, rnd in enumerate(self.rounds):
            if rnd.status in (RoundStatus.waiting, RoundStatus.running):
                return index, rnd
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "preset": self.preset,
            "company": self.company,
            "rounds": [r.to_dict() for r in self.rounds],
            "created_at": self.created_at.isoformat(),
            "seed": self.seed,
            "status": self.status.value,
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Interview:
        return cls(
            id=data.get("id"),
            preset=data["preset"],
            company=data.get("company"),
            rounds=[Round.from_dict(r) for r in data["rounds"]],
            created_at=datetime.fromisoformat(data["created_at"]),
            seed=int(data.get("seed", 0)),
            status=InterviewStatus(data["status"]),
            finished_at=(
                datetime.fromisoformat(data["finished_at"]) if data.get("finished_at") else None
            ),
        )
