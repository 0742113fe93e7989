"""`mldojo export anki|markdown|progress` and `mldojo import progress`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from mldojo.cli.output import print_json

if TYPE_CHECKING:
    from mldojo.service.practice import Practice

export_app = typer.Typer(help="Export the bank or your progress.", no_args_is_help=True)
import_app = typer.Typer(
    help="Import progress exported from another machine.", no_args_is_help=True
)
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def _practice() -> Practice:
    from mldojo.service.practice import Practice

    return Practice()


@export_app.command("anki")
def export_anki(path: Annotated[Path, typer.Argument(metavar="FILE.apkg")]) -> None:
    """An Anki deck of the bank; re-exporting updates notes instead of duplicating them."""
    from mldojo.service.exports import export_anki as run

    count = run(_practice(), path)
    typer.echo(f"wrote {count} notes to {path}")


@export_app.command("markdown")
def export_markdown(folder: Annotated[Path, typer.Argument(metavar="DIR")]) -> None:
    """Study sheets, one Markdown file per topic."""
    from mldojo.service.exports import export_markdown as run

    written = run(_practice(), folder)
    typer.echo(f"wrote {len(written)} sheets to {folder}")


@export_app.command("progress")
def export_progress(path: Annotated[Path, typer.Argument(metavar="FILE.jsonl")]) -> None:
    """Every attempt and your profile, as JSON Lines."""
    from mldojo.service.exports import export_progress as run

    count = run(_practice(), path)
    typer.echo(f"wrote {count} attempts to {path}")


@import_app.command("progress")
def import_progress(
    path: Annotated[Path, typer.Argument(metavar="FILE.jsonl")], json_output: JsonOpt = False
) -> None:
    """Add the attempts this database lacks; importing twice changes nothing."""
    from mldojo.service.exports import import_progress as run

    report = run(_practice(), path)
    if json_output:
        print_json(
            {
                "imported": report.imported,
                "already_present": report.already_present,
                "errors": [{"line": e.line, "message": e.message} for e in report.errors],
            }
        )
    else:
        for error in report.errors:
            typer.echo(f"{path}:{error.line}: {error.message}", err=True)
        typer.echo(
            f"imported {report.imported}, already present {report.already_present},"
            f" bad lines {len(report.errors)}"
        )
    if report.errors:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")
    app.add_typer(import_app, name="import")
