"""The scorecard: a score per question, per round and overall, strengths, gaps, weak items.

Arithmetic, stated once so the tests can check it:
- a question's score is its graded score; when a follow-up was answered, the follow-up grade
  (first answer and follow-up together) can recover half of what was missed:
  `(first + max(first, follow-up)) / 2`;
- a coding problem scores the best verdict score over its submissions, less 10% for each
  failed submission before it (never below half of that best score);
- a design round weights each step by its time budget; other rounds take the mean over their
  questions; unanswered questions and rounds not reached score 0;
- the overall score is the weight-averaged round score, and each round's `contribution`
  (weight × score / total weight) adds up to it exactly.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from mldojo.interview.engine import CODING_KINDS, WEAK_SCORE
from mldojo.interview.model import Interview, Round, Turn, TurnKind, TurnStatus
from mldojo.interview.presets import RoundKind

STRONG_SCORE = 0.8
ATTEMPT_PENALTY = 0.1


@dataclass(frozen=True)
class QuestionScore:
    round_index: int
    turn_index: int
    item_id: str | None
    step: str | None
    prompt: str
    score: float
    status: str
    attempts: int
    seconds_used: float | None
    missed: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RoundScore:
    index: int
    kind: str
    title: str
    status: str
    weight: float
    score: float
    contribution: float
    minutes: float
    seconds_used: float | None
    questions: list[QuestionScore]


@dataclass(frozen=True)
class Gap:
    round: str
    item_id: str | None
    step: str | None
    prompt: str
    score: float
    missed: list[str]
    links: list[str]
    """Bank items that cover the gap: the item itself and its related items."""


@dataclass(frozen=True)
class Scorecard:
    overall: float
    rounds: list[RoundScore]
    strengths: list[str]
    gaps: list[Gap]
    weak_items: list[str]
    notes: list[dict[str, Any]]
    """The interviewer's private notes, revealed at the debrief."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _missed(turn: Turn) -> list[str]:
    points = turn.result.get("points")
    if isinstance(points, list):
        return [p["point"] for p in points if p.get("status") != "covered"]
    elements = turn.result.get("elements")
    if isinstance(elements, list):
        return [e["label"] for e in elements if not e.get("found")]
    if turn.result.get("verdict") and turn.result.get("verdict") != "AC":
        return [f"verdict {turn.result['verdict']}: {turn.result.get('message', '')}".strip()]
    return []


def question_score(rnd: Round, index: int) -> tuple[float, int]:
    """The score of the primary turn at `index`, and how many answers went into it."""
    primary = rnd.turns[index]
    children = [t for t in rnd.turns if t.parent == index]
    answered = [t for t in [primary, *children] if t.answer is not None and t.score is not None]
    if rnd.kind in CODING_KINDS:
        if not answered:
            return 0.0, 0
        best_at = max(range(len(answered)), key=lambda i: (answered[i].score or 0.0, -i))
        best = answered[best_at].score or 0.0
        penalty = max(0.5, 1.0 - ATTEMPT_PENALTY * best_at)
        return round(best * penalty, 4), len(answered)
    first = primary.score or 0.0
    follow = [t.score for t in children if t.answer is not None and t.score is not None]
    if not follow:
        return round(first, 4), len(answered)
    return round((first + max(first, max(follow))) / 2, 4), len(answered)


def round_score(rnd: Round, round_index: int) -> tuple[float, list[QuestionScore]]:
    questions = []
    weights = []
    for index, turn in enumerate(rnd.turns):
        if turn.parent is not None:
            continue
        score, attempts = question_score(rnd, index)
        questions.append(
            QuestionScore(
                round_index,
                index,
                turn.item_id,
                turn.step,
                turn.prompt[:200],
                score,
                turn.status.value,
                attempts,
                turn.seconds_used,
                _missed(turn) if score < WEAK_SCORE else [],
            )
        )
        weights.append(turn.budget_seconds or 1.0)
    if not questions:
        return 0.0, []
    if rnd.kind is not RoundKind.ml_system_design:
        weights = [1.0] * len(questions)
    total = sum(weights)
    score = sum(w * q.score for w, q in zip(weights, questions, strict=True)) / total
    return round(score, 4), questions


def build_scorecard(
    interview: Interview,
    related: dict[str, list[str]] | None = None,
    practisable: set[str] | None = None,
) -> Scorecard:
    """`related` maps an item to items covering the same ground; `practisable` is the set
    of item ids the practice queue can schedule (design scenarios, for one, it cannot)."""
    related = related or {}
    total_weight = sum(r.weight for r in interview.rounds) or 1.0
    rounds = []
    strengths: list[str] = []
    gaps: list[Gap] = []
    weak: list[str] = []
    notes: list[dict[str, Any]] = []
    for index, rnd in enumerate(interview.rounds):
        score, questions = round_score(rnd, index)
        used = (
            (rnd.ended_at - rnd.started_at).total_seconds()
            if rnd.started_at and rnd.ended_at
            else None
        )
        rounds.append(
            RoundScore(
                index,
                rnd.kind.value,
                rnd.title,
                rnd.status.value,
                rnd.weight,
                score,
                round(rnd.weight * score / total_weight, 6),
                rnd.minutes,
                used,
                questions,
            )
        )
        if score >= STRONG_SCORE:
            strengths.append(f"{rnd.title} round: {score:.0%}")
        for q in questions:
            label = q.item_id or q.step or "answer"
            if q.score >= STRONG_SCORE:
                strengths.append(
                    f"{rnd.title}: {label}" + (f" ({q.step})" if q.item_id and q.step else "")
                )
            elif q.score < WEAK_SCORE:
                links = []
                if q.item_id:
                    links = [q.item_id, *related.get(q.item_id, [])]
                gaps.append(Gap(rnd.title, q.item_id, q.step, q.prompt, q.score, q.missed, links))
                for item in links:
                    if (practisable is None or item in practisable) and item not in weak:
                        weak.append(item)
                        break
        for turn_index, turn in enumerate(rnd.turns):
            if turn.note:
                notes.append(
                    {
                        "round": rnd.title,
                        "turn": turn_index,
                        "source": turn.source,
                        "note": turn.note,
                    }
                )
    overall = round(sum(r.contribution for r in rounds), 6)
    return Scorecard(overall, rounds, strengths, gaps, weak, notes)


def transcript(interview: Interview) -> list[dict[str, Any]]:
    """Every prompt and reply in order, without the interviewer's private notes."""
    rows = []
    for r_index, rnd in enumerate(interview.rounds):
        for t_index, turn in enumerate(rnd.turns):
            if turn.status in (TurnStatus.queued,) and turn.kind is not TurnKind.project:
                continue
            rows.append(
                {
                    "round": r_index,
                    "round_title": rnd.title,
                    "turn": t_index,
                    "kind": turn.kind.value,
                    "item_id": turn.item_id,
                    "step": turn.step,
                    "prompt": turn.prompt,
                    "answer": turn.answer,
                    "status": turn.status.value,
                    "score": turn.score,
                    "source": turn.source,
                    "asked_at": turn.asked_at.isoformat() if turn.asked_at else None,
                    "answered_at": turn.answered_at.isoformat() if turn.answered_at else None,
                }
            )
    return rows
