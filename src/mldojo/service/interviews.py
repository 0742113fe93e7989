"""Mock interview use cases: start, show the open prompt, answer, finish, history, stories.

`Interviews` binds the interview runner to the bank, the graders, the judge, the store and
practice. Every call loads the interview, lets the runner act at the clock's current time and
saves it again, so the CLI and the web app can drive one interview across processes. When an
interview finishes, its scorecard and transcript are saved and every weak item is recorded as
an attempt rated Again, which puts it into the practice queue.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property
from typing import Any

from mldojo.bank.models import Kind
from mldojo.errors import UsageError
from mldojo.grading.result import GradeResult
from mldojo.interview.builder import build_rounds
from mldojo.interview.clock import Clock, SystemClock
from mldojo.interview.depth import PROJECT_FIELDS
from mldojo.interview.engine import Feedback, Runner
from mldojo.interview.graders import Graders
from mldojo.interview.interviewer import Interviewer, LlmInterviewer, ScriptedInterviewer
from mldojo.interview.model import Interview, InterviewStatus, TurnKind
from mldojo.interview.presets import DEFAULT_PRESET, PRESETS, RoundKind, get_preset
from mldojo.interview.scorecard import Scorecard, build_scorecard, transcript
from mldojo.practice.mastery import skill
from mldojo.service.practice import PRACTISED_KINDS, Graded, Practice
from mldojo.store.engine import open_database
from mldojo.store.interviews import InterviewStore, RoundResult, Story, TranscriptTurn

MAX_STORY_CHARS = 20_000


class BankGraders:
    """The real graders and the sandboxed judge, bound to one bank."""

    def __init__(self, practice: Practice) -> None:
        self.dojo = practice.dojo

    def answer(self, item_id: str, answer: str) -> GradeResult:
        from mldojo.service.grading import grade_answer

        return grade_answer(self.dojo, item_id, answer)

    def quiz(self, item_id: str, response: str, seed: int) -> GradeResult:
        from mldojo.service.grading import grade_quiz

        return grade_quiz(self.dojo, item_id, response, seed)

    def design_step(self, item_id: str, step: str, answer: str) -> GradeResult:
        from mldojo.service.grading import grade_design_step

        return grade_design_step(self.dojo, item_id, step, answer)

    def code(self, item_id: str, source: str) -> dict[str, Any]:
        from mldojo.service.judging import judge_text

        return judge_text(item_id, source, settings=self.dojo.settings).to_dict()


def default_interviewer(practice: Practice) -> Interviewer:
    """The LLM interviewer when a server is configured, else the scripted one."""
    settings = practice.dojo.settings
    if settings.llm_base_url and settings.llm_model:
        return LlmInterviewer(settings.llm_base_url, settings.llm_model, settings.llm_api_key)
    return ScriptedInterviewer()


@dataclass(frozen=True)
class TurnView:
    """The open prompt as an interface shows it; never includes the interviewer's notes."""

    interview_id: int
    round_index: int
    rounds_total: int
    round_title: str
    round_kind: str
    turn_index: int
    kind: str
    prompt: str
    item_id: str | None
    item_title: str | None
    step: str | None
    seconds_left: float
    deadline: str | None
    step_seconds_left: float | None
    fields: dict[str, str]
    is_code: bool
    draft: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def presets() -> list[dict[str, Any]]:
    return [
        {
            "id": p.id,
            "title": p.title,
            "rounds": [
                {"kind": r.kind.value, "minutes": r.minutes, "weight": r.weight, "count": r.count}
                for r in p.rounds
            ],
        }
        for p in PRESETS.values()
    ]


class Interviews:
    def __init__(
        self,
        practice: Practice | None = None,
        graders: Graders | None = None,
        clock: Clock | None = None,
        interviewer: Interviewer | None = None,
    ) -> None:
        self.practice = practice or Practice()
        self.dojo = self.practice.dojo
        self.clock = clock or SystemClock()
        self.runner = Runner(
            graders or BankGraders(self.practice),
            self.dojo.get_question,
            interviewer or default_interviewer(self.practice),
        )

    @cached_property
    def store(self) -> InterviewStore:
        return InterviewStore(open_database(self.dojo.settings.database_url))

    @property
    def user_id(self) -> int:
        return self.practice.user_id

    def now(self) -> datetime:
        return self.clock.now()

    # lifecycle ---------------------------------------------------------------

    def start(
        self,
        preset: str = DEFAULT_PRESET,
        company: str | None = None,
        design_id: str | None = None,
        seed: int | None = None,
    ) -> Interview:
        chosen = get_preset(preset)
        if company is not None:
            known = self.dojo.bank_report.vocabulary.companies
            if company not in known:
                raise UsageError(f"unknown company `{company}`")
        mastery = self.practice.store.mastery(self.user_id)
        weak_topics = [t for t, _ in sorted(mastery.items(), key=lambda kv: skill(kv[1]))]
        seed = random.randrange(1 << 30) if seed is None else seed
        rounds = build_rounds(
            chosen, self.dojo.questions.values(), company, weak_topics, seed, design_id
        )
        now = self.now()
        interview = Interview(chosen.id, company, rounds, now, seed)
        interview.id = self.store.create(self.user_id, chosen.id, company, interview.to_dict(), now)
        self._save(interview)
        return interview

    def load(self, interview_id: int) -> Interview:
        record = self.store.load(self.user_id, interview_id)
        interview = Interview.from_dict(record.state)
        interview.id = record.id
        return interview

    def _save(self, interview: Interview) -> None:
        assert interview.id is not None
        self.store.save_state(self.user_id, interview.id, interview.to_dict())

    def current(self, interview_id: int) -> TurnView | None:
        """The open prompt (starting or timing out rounds as the clock says), or None when
        every round is over."""
        interview = self.load(interview_id)
        now = self.now()
        located = self.runner.locate(interview, now)
        self._save(interview)
        if located is None:
            return None
        rnd, turn = located.round, located.turn
        title = None
        if turn.item_id:
            title = self.dojo.get_question(turn.item_id).meta.title
        step_left = None
        if turn.budget_seconds is not None and turn.asked_at is not None:
            step_left = max(0.0, turn.budget_seconds - (now - turn.asked_at).total_seconds())
        deadline = rnd.deadline
        return TurnView(
            interview_id=interview_id,
            round_index=located.round_index,
            rounds_total=len(interview.rounds),
            round_title=rnd.title,
            round_kind=rnd.kind.value,
            turn_index=located.turn_index,
            kind=turn.kind.value,
            prompt=turn.prompt,
            item_id=turn.item_id,
            item_title=title,
            step=turn.step,
            seconds_left=self.runner.seconds_left(rnd, now),
            deadline=deadline.isoformat() if deadline else None,
            step_seconds_left=step_left,
            fields=dict(turn.fields) if turn.kind is TurnKind.project else {},
            is_code=rnd.kind in (RoundKind.general_coding, RoundKind.ml_coding),
            draft=rnd.draft,
        )

    def answer(
        self,
        interview_id: int,
        text: str = "",
        fields: dict[str, str] | None = None,
        story_id: int | None = None,
    ) -> Feedback:
        """Grade the answer to the open prompt. A saved story may stand in for the text."""
        if story_id is not None:
            text = self.store.story(self.user_id, story_id).text
        interview = self.load(interview_id)
        try:
            return self.runner.answer(interview, text, self.now(), fields)
        finally:  # a refused answer may still have started or timed out a round
            self._save(interview)

    def save_draft(self, interview_id: int, text: str) -> None:
        interview = self.load(interview_id)
        try:
            self.runner.save_draft(interview, text, self.now())
        finally:
            self._save(interview)

    def skip(self, interview_id: int) -> None:
        interview = self.load(interview_id)
        try:
            self.runner.skip(interview, self.now())
        finally:
            self._save(interview)

    def finish(self, interview_id: int) -> Scorecard:
        """End the interview, save scorecard and transcript, queue every weak item as Again."""
        interview = self.load(interview_id)
        if interview.status is InterviewStatus.finished:
            return self.scorecard(interview_id)
        now = self.now()
        self.runner.finish(interview, now)
        card = self._scorecard(interview)
        self._queue_weak(interview, card, now)
        rows = [RoundResult(r.index, r.kind, r.status, r.weight, r.score) for r in card.rounds]
        turns = [
            TranscriptTurn(
                r_index,
                t_index,
                turn.kind.value,
                turn.item_id,
                turn.prompt,
                turn.answer,
                turn.status.value,
                turn.score,
                turn.note,
            )
            for r_index, rnd in enumerate(interview.rounds)
            for t_index, turn in enumerate(rnd.turns)
        ]
        assert interview.id is not None
        self.store.save_finished(
            self.user_id,
            interview.id,
            interview.to_dict(),
            card.to_dict(),
            card.overall,
            now,
            rows,
            turns,
        )
        return card

    def _scorecard(self, interview: Interview) -> Scorecard:
        questions = self.dojo.questions
        related = {q.id: [r for r in q.meta.related if r in questions] for q in questions.values()}
        practisable = {q.id for q in questions.values() if q.kind in PRACTISED_KINDS}
        return build_scorecard(interview, related, practisable)

    def _queue_weak(self, interview: Interview, card: Scorecard, now: datetime) -> None:
        answers: dict[str, tuple[str, float]] = {}
        for gap in card.gaps:
            for rnd in interview.rounds:
                for turn in rnd.turns:
                    if turn.item_id == gap.item_id and turn.answer and gap.item_id:
                        previous = answers.get(gap.item_id, ("", gap.score))[0]
                        answers[gap.item_id] = ((previous + "\n" + turn.answer).strip(), gap.score)
        for offset, item_id in enumerate(card.weak_items):
            text, score = answers.get(item_id, ("", 0.0))
            if not text:
                text = f"(weak in mock interview {interview.id}: no answer given)"
                score = min((g.score for g in card.gaps if item_id in g.links), default=0.0)
            self.practice.attempt(
                item_id,
                text,
                rating=1,
                now=now + timedelta(milliseconds=offset),
                graded=Graded(
                    score, 1, {"score": score, "source": "interview", "interview": interview.id}
                ),
            )

    def scorecard(self, interview_id: int) -> Scorecard:
        record = self.store.load(self.user_id, interview_id)
        if record.status != "finished" or record.scorecard is None:
            raise UsageError(f"interview {interview_id} is still running: finish it first")
        interview = Interview.from_dict(record.state)
        interview.id = record.id
        return self._scorecard(interview)

    # browsing ----------------------------------------------------------------

    def show(self, interview_id: int) -> dict[str, Any]:
        """The interview, its transcript and (once finished) scorecard and private notes."""
        record = self.store.load(self.user_id, interview_id)
        interview = Interview.from_dict(record.state)
        data: dict[str, Any] = {
            "id": record.id,
            "preset": record.preset,
            "company": record.company,
            "status": record.status,
            "created_at": record.created_at.isoformat(),
            "finished_at": record.finished_at.isoformat() if record.finished_at else None,
            "overall": record.overall,
            "transcript": transcript(interview),
        }
        if record.status == "finished":
            data["scorecard"] = record.scorecard
        return data

    def history(self) -> list[dict[str, Any]]:
        rows = []
        for record in self.store.history(self.user_id):
            rounds = [
                {"kind": r["kind"], "score": r["score"]}
                for r in (record.scorecard or {}).get("rounds", [])
            ]
            rows.append(
                {
                    "id": record.id,
                    "preset": record.preset,
                    "company": record.company,
                    "status": record.status,
                    "overall": record.overall,
                    "created_at": record.created_at.isoformat(),
                    "finished_at": record.finished_at.isoformat() if record.finished_at else None,
                    "rounds": rounds,
                }
            )
        return rows

    def history_chart(self) -> dict[str, Any]:
        """Scores over time: the overall score and one line per round kind."""
        finished = [r for r in reversed(self.history()) if r["status"] == "finished"]
        labels = [f"#{r['id']} {r['created_at'][:10]}" for r in finished]
        kinds = sorted({round_["kind"] for r in finished for round_ in r["rounds"]})
        datasets = [{"label": "overall", "data": [r["overall"] for r in finished]}]
        for kind in kinds:
            datasets.append(
                {
                    "label": kind,
                    "data": [
                        next((x["score"] for x in r["rounds"] if x["kind"] == kind), None)
                        for r in finished
                    ],
                }
            )
        return {
            "id": "interview-scores",
            "title": "Mock interview scores",
            "type": "line",
            "labels": labels,
            "datasets": datasets,
            "max": 1,
        }

    # story bank --------------------------------------------------------------

    @staticmethod
    def _clean_story(title: str, text: str) -> tuple[str, str]:
        title, text = title.strip(), text.strip()
        if not title:
            raise UsageError("a story needs a title")
        if not text:
            raise UsageError("the story is empty")
        if len(text) > MAX_STORY_CHARS:
            raise UsageError(f"the story is longer than {MAX_STORY_CHARS:,} characters")
        return title[:200], text

    def add_story(self, title: str, text: str, competencies: list[str] | None = None) -> Story:
        title, text = self._clean_story(title, text)
        return self.store.add_story(self.user_id, title, competencies or [], text, self.now())

    def revise_story(
        self,
        story_id: int,
        text: str,
        title: str | None = None,
        competencies: list[str] | None = None,
    ) -> Story:
        current = self.store.story(self.user_id, story_id)
        _, text = self._clean_story(title or current.title, text)
        return self.store.revise_story(
            self.user_id, story_id, text, self.now(), title, competencies
        )

    def stories(self) -> list[Story]:
        return self.store.stories(self.user_id)

    def story(self, story_id: int) -> Story:
        return self.store.story(self.user_id, story_id)


def project_fields() -> list[tuple[str, str]]:
    return list(PROJECT_FIELDS)


__all__ = ["Interviews", "TurnView", "presets", "project_fields", "Kind"]
