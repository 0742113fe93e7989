"""Running a mock interview: which prompt is open, time limits, grading answers, follow-ups.

The runner is pure domain logic over an `Interview` value: the caller passes the time in (from
an injectable clock) and saves the interview afterwards. Rules:

- A round's clock starts when its first prompt is shown. Answers arriving up to
  `GRACE_SECONDS` after the deadline are accepted (a countdown submits the draft at zero) and
  flagged as timed out; later ones are refused with `TimeUpError`.
- When time runs out, the draft saved for the open prompt is kept and graded as a partial
  answer; the prompts not reached score zero.
- An answer that misses key points gets one follow-up (a bank follow-up, a design nudge, a
  depth probe or a STAR probe, possibly reworded by an LLM interviewer). The follow-up answer
  is graded together with the first answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from mldojo.bank.models import DesignFrontMatter, Kind, Question, RubricMixin
from mldojo.errors import UsageError
from mldojo.grading.result import GradeResult
from mldojo.interview import depth
from mldojo.interview.graders import Graders, missed_points
from mldojo.interview.interviewer import Interviewer, ProbeContext, ScriptedInterviewer
from mldojo.interview.model import (
    Interview,
    InterviewStatus,
    Round,
    RoundStatus,
    Turn,
    TurnKind,
    TurnStatus,
)
from mldojo.interview.presets import RoundKind
from mldojo.interview.star import STAR_ELEMENTS, check_star

GRACE_SECONDS = 30.0
WEAK_SCORE = 0.65
"""Below this a question earns a follow-up and counts as a gap (the Good rating band)."""
MAX_CODE_ATTEMPTS = 3
MAX_ANSWER_CHARS = 100_000
CODING_KINDS = (RoundKind.general_coding, RoundKind.ml_coding)


class TimeUpError(UsageError):
    """The round's time ran out before this answer arrived."""


class InterviewClosedError(UsageError):
    """The interview is finished; nothing more can be answered."""


@dataclass
class Located:
    round_index: int
    round: Round
    turn_index: int
    turn: Turn


@dataclass
class Feedback:
    """What the candidate sees right after answering: score, details, the next follow-up."""

    score: float
    result: dict[str, Any]
    late: bool = False
    follow_up: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _grade_dict(result: GradeResult) -> dict[str, Any]:
    return result.model_dump(mode="json")


class Runner:
    def __init__(
        self,
        graders: Graders,
        lookup: Callable[[str], Question],
        interviewer: Interviewer | None = None,
    ) -> None:
        self.graders = graders
        self.lookup = lookup
        self.interviewer = interviewer or ScriptedInterviewer()

    # where are we ------------------------------------------------------------

    def locate(self, interview: Interview, now: datetime, expire: bool = True) -> Located | None:
        """The open prompt, starting rounds and closing timed-out ones on the way."""
        if interview.status is InterviewStatus.finished:
            return None
        while True:
            found = interview.current_round()
            if found is None:
                return None
            index, rnd = found
            if rnd.status is RoundStatus.waiting:
                rnd.status = RoundStatus.running
                rnd.started_at = now
            if expire and self._past_grace(rnd, now):
                self.time_out_round(rnd)
                continue
            opened = rnd.open_turn()
            if opened is None:
                rnd.status = RoundStatus.done
                rnd.ended_at = now
                continue
            turn_index, turn = opened
            if turn.status is TurnStatus.queued:
                turn.status = TurnStatus.asked
                turn.asked_at = now
            return Located(index, rnd, turn_index, turn)

    @staticmethod
    def _past_grace(rnd: Round, now: datetime) -> bool:
        deadline = rnd.deadline
        return deadline is not None and now > deadline + timedelta(seconds=GRACE_SECONDS)

    @staticmethod
    def seconds_left(rnd: Round, now: datetime) -> float:
        deadline = rnd.deadline
        if deadline is None:
            return rnd.minutes * 60
        return max(0.0, (deadline - now).total_seconds())

    def _open(self, interview: Interview, now: datetime) -> Located:
        if interview.status is InterviewStatus.finished:
            raise InterviewClosedError(f"interview {interview.id} is finished")
        located = self.locate(interview, now, expire=False)
        if located is None:
            raise InterviewClosedError(
                f"interview {interview.id} has no open question: finish it to see the scorecard"
            )
        if self._past_grace(located.round, now):
            self.time_out_round(located.round)
            deadline = located.round.deadline
            assert deadline is not None
            raise TimeUpError(
                f"time ran out for the {located.round.title} round at "
                f"{deadline:%H:%M:%S} UTC; the answer was not accepted "
                "(the draft saved before then was kept)"
            )
        return located

    # actions -----------------------------------------------------------------

    def save_draft(self, interview: Interview, text: str, now: datetime) -> None:
        located = self._open(interview, now)
        located.round.draft = text[:MAX_ANSWER_CHARS]

    def answer(
        self,
        interview: Interview,
        text: str,
        now: datetime,
        fields: dict[str, str] | None = None,
    ) -> Feedback:
        located = self._open(interview, now)
        rnd, turn = located.round, located.turn
        if turn.kind is TurnKind.project:
            if not fields:
                raise UsageError("this prompt needs the project form: give `fields`")
            clean = depth.parse_project(fields)
            text = depth.project_as_text(clean)
            turn.fields = clean
        elif not text.strip():
            raise UsageError("the answer is empty: write something, or skip the question")
        if len(text) > MAX_ANSWER_CHARS:
            raise UsageError(f"the answer is longer than {MAX_ANSWER_CHARS:,} characters")
        deadline = rnd.deadline
        late = deadline is not None and now > deadline
        turn.answer = text
        turn.answered_at = now
        turn.status = TurnStatus.timed_out if late else TurnStatus.answered
        rnd.draft = ""
        follow_up = self._evaluate(rnd, located.turn_index, turn)
        if late:
            self.time_out_round(rnd)
        elif turn.budget_seconds is not None and turn.seconds_used is not None:
            turn.result["over_budget_seconds"] = max(0.0, turn.seconds_used - turn.budget_seconds)
        return Feedback(turn.score or 0.0, turn.result, late, follow_up)

    def skip(self, interview: Interview, now: datetime) -> None:
        located = self._open(interview, now)
        located.turn.status = TurnStatus.skipped
        located.turn.score = 0.0 if located.turn.parent is None else None
        located.round.draft = ""

    def time_out_round(self, rnd: Round) -> None:
        """Close a round at its deadline: the open prompt keeps its draft, the rest score 0."""
        opened = rnd.open_turn()
        if opened is not None:
            index, turn = opened
            draft = rnd.draft.strip()
            turn.status = TurnStatus.timed_out
            turn.answered_at = rnd.deadline
            if draft and turn.kind is not TurnKind.project:
                turn.answer = draft
                self._evaluate(rnd, index, turn, allow_follow_up=False)
                turn.result["partial"] = True
            else:
                turn.score = 0.0 if turn.parent is None else None
        for turn in rnd.turns:
            if turn.status in (TurnStatus.queued, TurnStatus.asked):
                turn.status = TurnStatus.unanswered
                turn.score = 0.0 if turn.parent is None else None
        rnd.draft = ""
        rnd.status = RoundStatus.timed_out
        rnd.ended_at = rnd.deadline

    def finish(self, interview: Interview, now: datetime) -> None:
        """Stop here: a running round keeps what was answered (and its draft); nothing else
        can be answered afterwards."""
        if interview.status is InterviewStatus.finished:
            return
        self.locate(interview, now)
        for rnd in interview.rounds:
            if rnd.status is RoundStatus.running:
                opened = rnd.open_turn()
                if opened is not None and rnd.draft.strip():
                    index, turn = opened
                    turn.answer = rnd.draft.strip()
                    turn.answered_at = now
                    turn.status = TurnStatus.answered
                    self._evaluate(rnd, index, turn, allow_follow_up=False)
                    turn.result["partial"] = True
                for turn in rnd.turns:
                    if turn.status in (TurnStatus.queued, TurnStatus.asked):
                        turn.status = TurnStatus.unanswered
                        turn.score = 0.0 if turn.parent is None else None
                rnd.status = RoundStatus.done
                rnd.ended_at = now
                rnd.draft = ""
            elif rnd.status is RoundStatus.waiting:
                rnd.status = RoundStatus.not_reached
                for turn in rnd.turns:
                    turn.status = TurnStatus.unanswered
                    turn.score = 0.0 if turn.parent is None else None
        interview.status = InterviewStatus.finished
        interview.finished_at = now

    # grading -----------------------------------------------------------------

    def _evaluate(
        self, rnd: Round, index: int, turn: Turn, allow_follow_up: bool = True
    ) -> str | None:
        """Grade `turn`; add a follow-up after it when the answer misses something."""
        parent = rnd.turns[turn.parent] if turn.parent is not None else None
        full = turn.answer or ""
        if parent is not None and rnd.kind not in CODING_KINDS:
            full = f"{parent.answer or ''}\n{full}"
        probe: ProbeContext | None = None
        if rnd.kind in CODING_KINDS:
            probe_text = self._code(rnd, index, turn, allow_follow_up)
            return probe_text
        if rnd.kind is RoundKind.ml_breadth:
            probe = self._breadth(turn, full)
        elif rnd.kind is RoundKind.ml_system_design:
            probe = self._design(turn, full)
        elif rnd.kind is RoundKind.ml_depth:
            probe = self._depth(rnd, turn, full)
        else:
            probe = self._behavioral(turn, full)
        if probe is None or parent is not None or not allow_follow_up:
            return None
        asked = self.interviewer.probe(probe)
        follow = Turn(
            TurnKind.follow_up,
            asked.text,
            item_id=turn.item_id,
            step=turn.step,
            parent=index,
            note=asked.note,
            source=asked.source,
        )
        if asked.fallback_reason:
            follow.result["interviewer_fallback"] = asked.fallback_reason
        rnd.turns.insert(index + 1, follow)
        self._shift_parents(rnd, index + 1)
        return follow.prompt

    @staticmethod
    def _shift_parents(rnd: Round, inserted: int) -> None:
        for position, turn in enumerate(rnd.turns):
            if position != inserted and turn.parent is not None and turn.parent >= inserted:
                turn.parent += 1

    def _secrets(self, question: Question) -> list[str]:
        meta = question.meta
        secrets = [question.model_answer]
        if isinstance(meta, RubricMixin):
            secrets += [p.point for p in meta.rubric]
        if isinstance(meta, DesignFrontMatter):
            secrets += [p.point for step in meta.steps for p in step.rubric]
        return [s for s in secrets if s]

    def _breadth(self, turn: Turn, full: str) -> ProbeContext | None:
        assert turn.item_id is not None
        question = self.lookup(turn.item_id)
        if question.kind is Kind.quiz:
            graded = self.graders.quiz(turn.item_id, full.strip(), turn.seed or 0)
            turn.score, turn.result = graded.score, _grade_dict(graded)
            return None
        graded = self.graders.answer(turn.item_id, full)
        turn.score, turn.result = graded.score, _grade_dict(graded)
        meta = question.meta
        follow_ups = meta.follow_ups if isinstance(meta, RubricMixin) else []
        if graded.score >= WEAK_SCORE or not follow_ups:
            return None
        return ProbeContext(
            RoundKind.ml_breadth.value,
            question.prompt,
            full,
            missed_points(graded),
            follow_ups[0],
            self._secrets(question),
        )

    def _design(self, turn: Turn, full: str) -> ProbeContext | None:
        assert turn.item_id is not None and turn.step is not None
        graded = self.graders.design_step(turn.item_id, turn.step, full)
        turn.score, turn.result = graded.score, _grade_dict(graded)
        if graded.score >= WEAK_SCORE:
            return None
        question = self.lookup(turn.item_id)
        meta = question.meta
        assert isinstance(meta, DesignFrontMatter)
        step = next(s for s in meta.steps if s.step == turn.step)
        missed = missed_points(graded)
        nudge = (
            step.nudges[0]
            if step.nudges
            else (f"Before we move on from {step.step}: what else would you settle at this step?")
        )
        return ProbeContext(
            RoundKind.ml_system_design.value,
            step.prompt,
            full,
            missed,
            nudge,
            self._secrets(question),
        )

    def _depth(self, rnd: Round, turn: Turn, full: str) -> ProbeContext | None:
        if turn.kind is TurnKind.project:
            score, checks = depth.score_project(turn.fields)
            turn.score = score
            turn.result = {"score": score, "elements": [c.to_dict() for c in checks]}
            for other in rnd.turns:
                if other.kind is TurnKind.question and other.status is TurnStatus.queued:
                    other.prompt = depth.fill_prompt(
                        depth.get_template(other.step or ""), turn.fields
                    )
            return None
        assert turn.step is not None
        score, checks = depth.check_template(turn.step, full)
        turn.score = score
        turn.result = {"score": score, "elements": [c.to_dict() for c in checks]}
        missing = [c for c in checks if not c.found]
        if not missing:
            return None
        template = depth.get_template(turn.step)
        element = next(e for e in template.elements if e.id == missing[0].id)
        return ProbeContext(
            RoundKind.ml_depth.value, turn.prompt, full, [c.label for c in missing], element.probe
        )

    def _behavioral(self, turn: Turn, full: str) -> ProbeContext | None:
        star, checks = check_star(full)
        result: dict[str, Any] = {"star": star, "elements": [c.to_dict() for c in checks]}
        score = star
        question = self.lookup(turn.item_id) if turn.item_id else None
        missing = [c for c in checks if not c.found]
        follow_ups: list[str] = []
        if question is not None:
            graded = self.graders.answer(question.id, full)
            result["rubric"] = _grade_dict(graded)
            score = round(0.5 * star + 0.5 * graded.score, 4)
            meta = question.meta
            follow_ups = list(meta.follow_ups) if isinstance(meta, RubricMixin) else []
        result["score"] = score
        turn.score, turn.result = score, result
        if score >= WEAK_SCORE and not missing:
            return None
        if missing:
            element = next(e for e in STAR_ELEMENTS if e.id == missing[0].id)
            scripted = element.probe
        elif follow_ups:
            scripted = follow_ups[0]
        else:
            return None
        return ProbeContext(
            RoundKind.behavioral.value,
            turn.prompt,
            full,
            [c.label for c in missing],
            scripted,
            self._secrets(question) if question is not None else [],
        )

    def _code(self, rnd: Round, index: int, turn: Turn, allow_follow_up: bool) -> str | None:
        assert turn.item_id is not None
        result = self.graders.code(turn.item_id, turn.answer or "")
        turn.score = float(result.get("score", 0.0))
        turn.result = dict(result)
        primary = turn.parent if turn.parent is not None else index
        tries = sum(
            1
            for position, t in enumerate(rnd.turns)
            if (position == primary or t.parent == primary) and t.answer is not None
        )
        if result.get("verdict") == "AC" or not allow_follow_up or tries >= MAX_CODE_ATTEMPTS:
            return None
        message = str(result.get("message", "")).strip()
        text = (
            f"Verdict {result.get('verdict')}{': ' + message if message else ''}. "
            f"Submit a corrected solution (attempt {tries + 1} of {MAX_CODE_ATTEMPTS}), "
            "or skip to move on."
        )
        retry = Turn(TurnKind.submission, text, item_id=turn.item_id, parent=primary)
        position = index + 1
        rnd.turns.insert(position, retry)
        self._shift_parents(rnd, position)
        return text
