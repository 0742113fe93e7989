"""`mldojo bank ...`: validate, list, show, search, stats and the front-matter schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from mldojo.cli.output import print_json

app = typer.Typer(help="Browse and check the question bank.", no_args_is_help=True)

ModuleOpt = Annotated[
    str | None,
    typer.Option(
        "--module", help="coding, ml-coding, ml-depth, ml-breadth, ml-system-design, behavioral"
    ),
]
KindOpt = Annotated[
    str | None, typer.Option("--kind", help="concept, quiz, problem, design, behavioral")
]
TopicOpt = Annotated[str | None, typer.Option("--topic")]
CompanyOpt = Annotated[str | None, typer.Option("--company")]
DifficultyOpt = Annotated[str | None, typer.Option("--difficulty", help="easy, medium, hard")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def _print_table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "kind", "module", "difficulty", "title")
    for row in rows:
        table.add_row(row["id"], row["kind"], row["module"], row["difficulty"], row["title"])
    Console().print(table)


@app.command()
def validate(
    path: Annotated[
        Path | None, typer.Argument(help="A bank folder; default: the configured banks.")
    ] = None,
    json_output: JsonOpt = False,
    run_solutions: Annotated[
        bool,
        typer.Option("--run-solutions", help="Also judge every reference solution; all must AC."),
    ] = False,
) -> None:
    """Check every item and the whole bank; report every problem with file and line."""
    from mldojo.service import Dojo

    report = Dojo().validate(path)
    solutions = None
    if run_solutions:
        from mldojo.service.judging import check_solutions

        solutions = check_solutions([path] if path is not None else None)
    failed = [s for s in solutions or [] if not s.ok]
    if json_output:
        data: dict[str, Any] = {
            "items": len(report.questions),
            "errors": [f.__dict__ for f in report.findings],
        }
        if solutions is not None:
            data["solutions"] = [s.to_dict() for s in solutions]
        print_json(data)
    else:
        for finding in report.findings:
            typer.echo(str(finding))
        typer.echo(f"{len(report.questions)} items, {len(report.findings)} errors")
        for check in failed:
            typer.echo(f"{check.problem}: reference solution gets {check.describe()}")
        if solutions is not None:
            typer.echo(f"{len(solutions) - len(failed)}/{len(solutions)} reference solutions AC")
    raise typer.Exit(0 if report.ok and not failed else 1)


@app.command("list")
def list_items(
    module: ModuleOpt = None,
    kind: KindOpt = None,
    topic: TopicOpt = None,
    company: CompanyOpt = None,
    difficulty: DifficultyOpt = None,
    json_output: JsonOpt = False,
) -> None:
    """List bank items, optionally filtered."""
    from mldojo.service import BankFilter, Dojo, question_summary

    where = BankFilter(module, kind, topic, company, difficulty)
    rows = [question_summary(q) for q in Dojo().list_questions(where)]
    if json_output:
        print_json(rows)
    else:
        _print_table(rows)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to look for; every word must match.")],
    module: ModuleOpt = None,
    kind: KindOpt = None,
    topic: TopicOpt = None,
    company: CompanyOpt = None,
    difficulty: DifficultyOpt = None,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 20,
    json_output: JsonOpt = False,
) -> None:
    """Full-text search (BM25) over titles, prompts, answers and tags."""
    from mldojo.service import BankFilter, Dojo, question_summary

    where = BankFilter(module, kind, topic, company, difficulty)
    hits = Dojo().search(query, where, limit)
    rows = [
        {**question_summary(q), "rank": round(hit.rank, 4), "snippet": hit.snippet}
        for q, hit in hits
    ]
    if json_output:
        print_json(rows)
    elif rows:
        _print_table(rows)
    else:
        typer.echo("no matches")


@app.command()
def show(
    item_id: Annotated[str, typer.Argument(metavar="ID")],
    reveal: Annotated[
        bool, typer.Option("--reveal", help="Include the model answer and rubric.")
    ] = False,
    json_output: JsonOpt = False,
) -> None:
    """Show one item; the model answer and rubric only with --reveal."""
    from mldojo.service import Dojo, question_summary

    question = Dojo().get_question(item_id)
    data = question_summary(question)
    data["prompt"] = question.prompt
    if reveal:
        full = question.meta.model_dump(mode="json")
        data["answer"] = question.model_answer
        for key in (
            "rubric",
            "misconceptions",
            "follow_ups",
            "red_flags",
            "answer",
            "steps",
            "strong_story_shows",
        ):
            if key in full and key != "answer":
                data[key] = full[key]
        if "answer" in full:
            data["quiz_answer"] = full["answer"]
    if json_output:
        print_json(data)
        return
    typer.echo(f"{data['title']}  [{data['id']}]  {data['module']} · {data['difficulty']}")
    typer.echo("")
    typer.echo(question.prompt)
    if reveal:
        typer.echo("\n--- model answer ---\n" + question.model_answer)
        for point in data.get("rubric", []):
            typer.echo(f"  [{point['weight']:.2f}] {point['point']}")


@app.command()
def stats(json_output: JsonOpt = False) -> None:
    """Counts by kind, module, topic, difficulty and company."""
    from mldojo.service import Dojo

    data = Dojo().bank_stats()
    if json_output:
        print_json(data)
        return
    typer.echo(f"{data['total']} items")
    for key in ("kind", "module", "difficulty"):
        typer.echo(f"{key}: " + ", ".join(f"{k} {v}" for k, v in data[key].items()))


@app.command()
def schema() -> None:
    """Print the JSON Schema of item front matter, for editors."""
    from pydantic import TypeAdapter

    from mldojo.bank.models import FrontMatter

    typer.echo(json.dumps(TypeAdapter(FrontMatter).json_schema(), indent=2))
