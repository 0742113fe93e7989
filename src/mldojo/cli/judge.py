"""`mldojo problems list|show` and `mldojo judge ID FILE`.

Exit status of `judge`: 0 for AC, 1 for any other verdict, 2 when the command is used wrongly
(unknown problem, unreadable file), with one line on stderr.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from mldojo.cli.output import print_json

if TYPE_CHECKING:
    from mldojo.judge.verdicts import JudgeResult

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]

problems_app = typer.Typer(help="Browse the coding problems.", no_args_is_help=True)


@problems_app.command("list")
def list_cmd(json_output: JsonOpt = False) -> None:
    """List the coding problems."""
    from mldojo.service import judging

    rows = [judging.problem_summary(p) for p in judging.problems()]
    if json_output:
        print_json(rows)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "module", "difficulty", "signature")
    for row in rows:
        table.add_row(row["id"], row["module"], row["difficulty"], row["signature"])
    Console().print(table)


@problems_app.command("show")
def show_cmd(
    problem_id: Annotated[str, typer.Argument(metavar="ID")], json_output: JsonOpt = False
) -> None:
    """Show a problem's statement and starter code."""
    from mldojo.service import judging

    item = judging.problem(problem_id)
    data: dict[str, Any] = {
        **judging.problem_summary(item),
        "statement": item.statement,
        "starter": item.starter,
        "limits": item.spec.limits.model_dump(),
        "banned_calls": list(item.spec.banned_calls),
    }
    if json_output:
        print_json(data)
        return
    typer.echo(f"{item.title}  [{item.id}]  {data['module']} · {data['difficulty']}")
    typer.echo(f"define: {item.spec.signature}\n")
    typer.echo(item.statement)
    typer.echo("\n--- starter.py ---")
    typer.echo(item.starter.rstrip())


def _print_result(result: JudgeResult, public: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    style = "bold green" if result.accepted else "bold red"
    console.print(f"[{style}]{result.verdict.value}[/]  {result.problem}  score {result.score:.2f}")
    if result.message and not result.tests:
        console.print(result.message, markup=False, highlight=False)
    if not result.tests:
        return
    table = Table("test", "verdict", "time", "message")
    for test in result.tests:
        name = f"{test.name} (hidden)" if test.hidden else test.name
        table.add_row(name, test.verdict.value, f"{test.time_ms:.0f} ms", test.message)
    console.print(table)
    if public:
        for test in result.tests:
            console.print(f"\n[bold]{test.name}[/]", highlight=False)
            for key in ("input", "output", "expected"):
                console.print(f"  {key:8} {getattr(test, key)!r}", markup=False, highlight=False)
            if test.stdout:
                console.print("  stdout:\n" + test.stdout, markup=False, highlight=False)


def judge_cmd(
    problem_id: Annotated[str, typer.Argument(metavar="ID", help="The problem id.")],
    file: Annotated[Path, typer.Argument(metavar="FILE", help="Your solution (.py).")],
    json_output: JsonOpt = False,
    public: Annotated[
        bool, typer.Option("--public", help="Run only the public tests and show their data.")
    ] = False,
) -> None:
    """Judge FILE against problem ID's tests in the sandbox."""
    from mldojo.service import judging

    result = judging.judge_file(problem_id, file, public_only=public)
    if json_output:
        print_json(result.to_dict())
    else:
        _print_result(result, public)
    raise typer.Exit(0 if result.accepted else 1)


def register(app: typer.Typer) -> None:
    app.add_typer(problems_app, name="problems")
    app.command("judge")(judge_cmd)
