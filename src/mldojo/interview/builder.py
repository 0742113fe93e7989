"""Building the rounds of a mock interview from a preset, the bank and the user's weak spots.

Choices are seeded by the interview's seed, so a test (or a user retrying) can reproduce them.
Items tagged with the target company come first, then items on the user's weakest topics.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from mldojo.bank.models import DesignFrontMatter, Kind, Module, Question
from mldojo.errors import UsageError
from mldojo.interview.depth import PROJECT_FIELDS, TEMPLATES
from mldojo.interview.model import Round, Turn, TurnKind
from mldojo.interview.presets import Preset, RoundKind, RoundSpec
from mldojo.interview.star import BUILTIN_PROMPTS

PROJECT_PROMPT = (
    "Pick a project you know well (work, research or a serious side project) and describe it "
    "in the form below. The rest of the round drills into it."
)


def _rank(
    pool: Sequence[Question], company: str | None, weak_topics: Sequence[str], rng: random.Random
) -> list[Question]:
    """Company-reported items first, then company-inferred, then weak topics, then the rest."""
    weakness = {topic: i for i, topic in enumerate(weak_topics)}
    shuffled = list(pool)
    rng.shuffle(shuffled)

    def key(question: Question) -> tuple[int, int]:
        tags = {c.name: c.source for c in question.meta.companies}
        if company and tags.get(company) == "reported":
            band = 0
        elif company and company in tags:
            band = 1
        else:
            band = 2
        weak = min((weakness[t] for t in question.meta.topics if t in weakness), default=10_000)
        return band, weak

    return sorted(shuffled, key=key)


def _need(pool: Sequence[Question], what: str) -> None:
    if not pool:
        raise UsageError(f"the bank has no {what} for this round")


def _coding_round(
    spec: RoundSpec,
    module: Module,
    bank: Sequence[Question],
    company: str | None,
    weak: Sequence[str],
    rng: random.Random,
) -> Round:
    pool = [q for q in bank if q.kind is Kind.problem and q.meta.module is module]
    _need(pool, f"{module.value} problems")
    chosen = _rank(pool, company, weak, rng)[: spec.count]
    turns = [Turn(TurnKind.question, q.prompt, item_id=q.id) for q in chosen]
    return Round(spec.kind, float(spec.minutes or 30), spec.weight, turns)


def _breadth_round(
    spec: RoundSpec,
    bank: Sequence[Question],
    company: str | None,
    weak: Sequence[str],
    rng: random.Random,
) -> Round:
    from mldojo.grading.quiz import instantiate

    concepts = [q for q in bank if q.kind is Kind.concept and q.meta.module is Module.ml_breadth]
    quizzes = [q for q in bank if q.kind is Kind.quiz and q.meta.module is Module.ml_breadth]
    _need(concepts + quizzes, "ML breadth questions")
    n_quiz = min(len(quizzes), spec.count // 3) if concepts else min(len(quizzes), spec.count)
    picked = _rank(quizzes, company, weak, rng)[:n_quiz]
    picked += _rank(concepts, company, weak, rng)[: spec.count - len(picked)]
    rng.shuffle(picked)
    turns = []
    for question in picked:
        if question.kind is Kind.quiz:
            seed = rng.randrange(1_000_000)
            prompt = instantiate(question, seed).prompt
            turns.append(Turn(TurnKind.question, prompt, item_id=question.id, seed=seed))
        else:
            turns.append(Turn(TurnKind.question, question.prompt, item_id=question.id))
    return Round(spec.kind, float(spec.minutes or 25), spec.weight, turns)


def _design_round(
    spec: RoundSpec,
    bank: Sequence[Question],
    company: str | None,
    weak: Sequence[str],
    rng: random.Random,
    design_id: str | None,
) -> Round:
    if design_id is not None:
        chosen = [q for q in bank if q.id == design_id and q.kind is Kind.design]
        if not chosen:
            raise UsageError(f"no design scenario with id `{design_id}` in the bank")
        scenario = chosen[0]
    else:
        pool = [q for q in bank if q.kind is Kind.design]
        _need(pool, "design scenarios")
        scenario = _rank(pool, company, weak, rng)[0]
    meta = scenario.meta
    assert isinstance(meta, DesignFrontMatter)
    constraints = "\n".join(f"- {c}" for c in meta.constraints)
    intro = f"{scenario.prompt}\n\nConstraints:\n{constraints}\n\n"
    turns = []
    for number, step in enumerate(meta.steps, start=1):
        text = f"Step {number} of 10 ({step.step}): {step.prompt}"
        turns.append(
            Turn(
                TurnKind.question,
                intro + text if number == 1 else text,
                item_id=scenario.id,
                step=step.step,
                budget_seconds=step.minutes * 60.0,
            )
        )
    minutes = float(spec.minutes or sum(step.minutes for step in meta.steps))
    return Round(spec.kind, minutes, spec.weight, turns, item_id=scenario.id)


def _depth_round(spec: RoundSpec) -> Round:
    fields = {name: label for name, label in PROJECT_FIELDS}
    turns = [Turn(TurnKind.project, PROJECT_PROMPT, step="project", fields=fields)]
    turns += [Turn(TurnKind.question, t.prompt, step=t.id) for t in TEMPLATES]
    return Round(spec.kind, float(spec.minutes or 30), spec.weight, turns)


def _behavioral_round(
    spec: RoundSpec,
    bank: Sequence[Question],
    company: str | None,
    weak: Sequence[str],
    rng: random.Random,
) -> Round:
    pool = [q for q in bank if q.kind is Kind.behavioral]
    turns = [
        Turn(TurnKind.question, q.prompt, item_id=q.id)
        for q in _rank(pool, company, weak, rng)[: spec.count]
    ]
    if len(turns) < spec.count:
        builtin = list(BUILTIN_PROMPTS)
        rng.shuffle(builtin)
        turns += [
            Turn(TurnKind.question, prompt, step=competency)
            for competency, prompt in builtin[: spec.count - len(turns)]
        ]
    return Round(spec.kind, float(spec.minutes or 20), spec.weight, turns)


def build_rounds(
    preset: Preset,
    bank: Iterable[Question],
    company: str | None,
    weak_topics: Sequence[str],
    seed: int,
    design_id: str | None = None,
) -> list[Round]:
    questions = sorted(bank, key=lambda q: q.id)
    rng = random.Random(seed)
    rounds = []
    for spec in preset.rounds:
        if spec.kind is RoundKind.general_coding:
            rounds.append(_coding_round(spec, Module.coding, questions, company, weak_topics, rng))
        elif spec.kind is RoundKind.ml_coding:
            rounds.append(
                _coding_round(spec, Module.ml_coding, questions, company, weak_topics, rng)
            )
        elif spec.kind is RoundKind.ml_breadth:
            rounds.append(_breadth_round(spec, questions, company, weak_topics, rng))
        elif spec.kind is RoundKind.ml_system_design:
            rounds.append(_design_round(spec, questions, company, weak_topics, rng, design_id))
        elif spec.kind is RoundKind.ml_depth:
            rounds.append(_depth_round(spec))
        else:
            rounds.append(_behavioral_round(spec, questions, company, weak_topics, rng))
    return rounds
