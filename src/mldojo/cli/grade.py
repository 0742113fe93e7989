"""`mldojo grade`: grade one answer to a bank item or to an item file outside the bank."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mldojo.cli.output import print_json

if TYPE_CHECKING:
    from mldojo.bank.models import Question
    from mldojo.bank.problems import Finding
    from mldojo.grading.result import GradeResult

STATUS_MARKS = {"covered": "+", "partial": "~", "missing": "-", "contradicted": "x"}


def _read(path: Path, what: str) -> str:
    from mldojo.errors import UsageError

    if str(path) == "-":
        import sys

        try:
            return sys.stdin.read()
        except UnicodeDecodeError as exc:
            raise UsageError(f"cannot read the {what} from standard input: {exc}") from None
    if not path.exists() or path.is_dir():
        raise UsageError(f"{what} {path} does not exist or is not a file")
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {what} {path}: {exc}") from None


def _load_question_file(path: Path) -> Question:
    from mldojo.bank.loader import load_item
    from mldojo.errors import UsageError

    if not path.is_file():
        raise UsageError(f"question file {path} does not exist or is not a file")
    findings: list[Finding] = []
    question = load_item(path, findings)
    if question is None:
        first = findings[0] if findings else "unreadable item"
        raise UsageError(f"invalid question file: {first}")
    return question


def _show(result: GradeResult) -> None:
    typer.echo(f"{result.item_id}: score {result.score:.2f} ({result.grader})")
    typer.echo(f"suggested rating: {result.suggested_rating.name}")
    if result.expected is not None:
        verdict = "correct" if result.correct else "not correct"
        typer.echo(f"{verdict}; expected {result.expected}")
    for point in result.points:
        mark = STATUS_MARKS[point.status.value]
        typer.echo(f"  [{mark}] {point.id} ({point.weight:g}): {point.status.value}")
        if point.evidence:
            typer.echo(f"      evidence: {point.evidence}")
        if point.note:
            typer.echo(f"      why: {point.note}")
    if result.flags:
        typer.echo("flags: " + ", ".join(flag.value for flag in result.flags))
    if result.disagreement is not None:
        typer.echo(
            f"offline grade {result.offline_score:.2f} (difference {result.disagreement:.2f})"
        )
    if result.feedback:
        typer.echo(result.feedback)


def grade(
    item_id: Annotated[str | None, typer.Argument(help="Bank item id.")] = None,
    answer: Annotated[str | None, typer.Option("--answer", help="The answer text.")] = None,
    answer_file: Annotated[
        Path | None, typer.Option("--answer-file", help="Read the answer from a file ('-': stdin).")
    ] = None,
    question_file: Annotated[
        Path | None,
        typer.Option("--question-file", help="Grade against an item file outside the bank."),
    ] = None,
    step: Annotated[
        str | None, typer.Option("--step", help="Design items: the step to grade.")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Quizzes: the variant's seed.")] = 0,
    llm: Annotated[bool, typer.Option("--llm", help="Use the configured LLM grader.")] = False,
    json_output: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Grade an answer: score, every rubric point with evidence, flags, suggested rating."""
    from mldojo.bank.models import Kind
    from mldojo.errors import UsageError
    from mldojo.service import Dojo, grading

    if (item_id is None) == (question_file is None):
        raise UsageError("give either an item ID or --question-file ITEM.md")
    if (answer is None) == (answer_file is None):
        raise UsageError("give exactly one of --answer TEXT or --answer-file FILE")
    if answer is None:
        assert answer_file is not None
        answer = _read(answer_file, "answer file")
    if not answer.strip():
        raise UsageError("the answer is empty")
    text = answer
    dojo = Dojo()
    if question_file is not None:
        question = _load_question_file(question_file)
    else:
        assert item_id is not None
        question = dojo.get_question(item_id)
    if question.kind is Kind.design:
        if step is None:
            raise UsageError(f"`{question.id}` is a design item: pass --step STEP")
        result = grading.grade_design_question_step(
            question, step, text, dojo.settings, use_llm=llm
        )
    elif step is not None:
        raise UsageError("--step applies to design items only")
    else:
        result = grading.grade_question(question, text, dojo.settings, use_llm=llm, seed=seed)
    if json_output:
        print_json(result.model_dump(mode="json"))
    else:
        _show(result)


def register(app: typer.Typer) -> None:
    app.command()(grade)
