"""`mldojo interview`: timed mock interviews in the terminal, scriptable for tests and tools.

Without a sub-command it runs an interactive interview (Rich). `--answers-file` runs the same
interview from a JSON list of answers. `start`, `answer`, `skip`, `finish`, `history`, `show`
and `story` drive it one step at a time, each with `--json`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from mldojo.cli.output import print_json

if TYPE_CHECKING:
    from mldojo.interview.engine import Feedback
    from mldojo.interview.scorecard import Scorecard
    from mldojo.service.interviews import Interviews, TurnView

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
PresetOpt = Annotated[
    str, typer.Option("--preset", help="Which loop: see `mldojo interview presets`.")
]
CompanyOpt = Annotated[str | None, typer.Option("--company", help="Target company.")]
DesignOpt = Annotated[
    str | None, typer.Option("--design", help="Design scenario id for the design round.")
]

app = typer.Typer(
    help="Mock interviews: timed rounds, a scorecard, weak items back into practice.",
    no_args_is_help=False,
    invoke_without_command=True,
)
story_app = typer.Typer(help="Your story bank for behavioural rounds.", no_args_is_help=True)
app.add_typer(story_app, name="story")


def _service() -> Interviews:
    from mldojo.service.interviews import Interviews

    return Interviews()


def _read(path: Path) -> str:
    from mldojo.errors import UsageError

    try:
        return path.expanduser().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None


def _feedback_dict(feedback: Feedback) -> dict[str, Any]:
    return {
        "score": feedback.score,
        "late": feedback.late,
        "follow_up": feedback.follow_up,
        "result": feedback.result,
    }


def _print_scorecard(card: Scorecard, interview_id: int | None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"Scorecard · interview {interview_id} · overall {card.overall:.0%}")
    for column in ("Round", "Status", "Weight", "Score", "Counts for"):
        table.add_column(column)
    for r in card.rounds:
        table.add_row(r.title, r.status, f"{r.weight:g}", f"{r.score:.0%}", f"{r.contribution:.1%}")
    console.print(table)
    if card.strengths:
        console.print("[green]Strengths[/green]: " + "; ".join(card.strengths[:8]))
    for gap in card.gaps[:12]:
        where = gap.item_id or gap.step or ""
        links = f" → practise {', '.join(gap.links)}" if gap.links else ""
        console.print(f"[yellow]Gap[/yellow] {gap.round}: {where} {gap.score:.0%}{links}")
        for missed in gap.missed[:3]:
            console.print(f"    [dim]missed: {missed}[/dim]")
    if card.weak_items:
        console.print("Queued for review (Again): " + ", ".join(card.weak_items))
    for note in card.notes[:20]:
        console.print(f"[dim]interviewer note ({note['round']}): {note['note']}[/dim]")


def _scripted_answer(service: Interviews, interview_id: int, entry: Any) -> None:
    """One entry of an answers file: text, {"fields": {...}}, {"code_file": P},
    {"story": ID}, {"skip": true} or {"draft": text, "wait_seconds": N} (tests of time-outs
    use the service's clock instead)."""
    from mldojo.errors import UsageError

    if isinstance(entry, str):
        service.answer(interview_id, entry)
    elif isinstance(entry, dict) and entry.get("skip"):
        service.skip(interview_id)
    elif isinstance(entry, dict) and "fields" in entry:
        service.answer(interview_id, fields={k: str(v) for k, v in entry["fields"].items()})
    elif isinstance(entry, dict) and "code_file" in entry:
        service.answer(interview_id, _read(Path(str(entry["code_file"]))))
    elif isinstance(entry, dict) and "story" in entry:
        service.answer(interview_id, story_id=int(entry["story"]))
    elif isinstance(entry, dict) and "text" in entry:
        service.answer(interview_id, str(entry["text"]))
    else:
        raise UsageError(f"cannot read this entry of the answers file: {entry!r}")


def _run_answers_file(
    service: Interviews, preset: str, company: str | None, design: str | None, path: Path
) -> Scorecard:
    from mldojo.errors import UsageError

    try:
        entries = json.loads(_read(path))
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path} is not valid JSON: {exc}") from None
    if not isinstance(entries, list):
        raise UsageError(f"{path} must hold a JSON list of answers")
    interview = service.start(preset, company, design)
    assert interview.id is not None
    for entry in entries:
        if service.current(interview.id) is None:
            break
        _scripted_answer(service, interview.id, entry)
    return service.finish(interview.id)


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


def _ask_fields(console: Any, view: TurnView) -> dict[str, str]:
    fields = {}
    for name, label in view.fields.items():
        console.print(f"[bold]{label}[/bold]")
        fields[name] = input("> ")
    return fields


def _interactive(service: Interviews, preset: str, company: str | None, design: str | None) -> None:
    from rich.console import Console
    from rich.markdown import Markdown

    from mldojo.cli.practice import _ask_answer
    from mldojo.errors import MldojoError
    from mldojo.interview.engine import TimeUpError

    console = Console()
    interview = service.start(preset, company, design)
    assert interview.id is not None
    console.print(
        f"[bold]Mock interview {interview.id}[/bold] ({preset}). "
        "Ctrl-C ends it and keeps what you answered."
    )
    try:
        while (view := service.current(interview.id)) is not None:
            step = ""
            if view.step_seconds_left is not None:
                step = f" · step budget {_clock(view.step_seconds_left)}"
            console.rule(
                f"{view.round_title} ({view.round_index + 1}/{view.rounds_total}) · "
                f"{_clock(view.seconds_left)} left{step}"
            )
            console.print(Markdown(view.prompt))
            if view.kind == "project":
                service.answer(interview.id, fields=_ask_fields(console, view))
                continue
            answer = _ask_answer(console, view.is_code)
            if answer == ":q":
                break
            if answer in (":s", None) or not answer or not answer.strip():
                service.skip(interview.id)
                continue
            service.save_draft(interview.id, answer)
            try:
                feedback = service.answer(interview.id, answer)
            except TimeUpError as exc:
                console.print(f"[red]{exc}[/red]")
                continue
            console.print(f"[dim]score {feedback.score:.0%}[/dim]")
            if feedback.late:
                console.print("[yellow]time ran out for this round; the answer was kept[/yellow]")
    except (KeyboardInterrupt, EOFError):
        console.print("\n[dim]stopped; what you answered is kept[/dim]")
    except MldojoError as exc:
        console.print(f"[red]error:[/red] {exc}")
    card = service.finish(interview.id)
    _print_scorecard(card, interview.id)


@app.callback()
def interview(
    ctx: typer.Context,
    preset: PresetOpt = "ml-engineer-onsite",
    company: CompanyOpt = None,
    design: DesignOpt = None,
    answers_file: Annotated[
        Path | None,
        typer.Option("--answers-file", help="Run non-interactively from a JSON list of answers."),
    ] = None,
    json_output: JsonOpt = False,
) -> None:
    """Run a mock interview in the terminal (or from --answers-file), then show the scorecard."""
    if ctx.invoked_subcommand is not None:
        return
    from mldojo.interview.presets import get_preset

    get_preset(preset)
    service = _service()
    if answers_file is None:
        _interactive(service, preset, company, design)
        return
    card = _run_answers_file(service, preset, company, design, answers_file)
    if json_output:
        print_json(card.to_dict())
    else:
        _print_scorecard(card, None)


@app.command()
def presets(json_output: JsonOpt = False) -> None:
    """The interview loops you can start."""
    from mldojo.service.interviews import presets as list_presets

    rows = list_presets()
    if json_output:
        print_json(rows)
        return
    for row in rows:
        kinds = ", ".join(r["kind"] for r in row["rounds"])
        typer.echo(f"{row['id']:32} {kinds}")


@app.command()
def start(
    preset: PresetOpt = "ml-engineer-onsite",
    company: CompanyOpt = None,
    design: DesignOpt = None,
    json_output: JsonOpt = False,
) -> None:
    """Start an interview and print its id and first prompt."""
    service = _service()
    interview = service.start(preset, company, design)
    assert interview.id is not None
    view = service.current(interview.id)
    data = {"id": interview.id, "current": view.to_dict() if view else None}
    if json_output:
        print_json(data)
        return
    typer.echo(f"interview {interview.id} started")
    if view:
        typer.echo(f"[{view.round_title}] {view.prompt}")


@app.command()
def answer(
    interview_id: Annotated[int, typer.Argument(metavar="ID")],
    text: Annotated[str | None, typer.Option("--text", help="The answer.")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Answer or code from a file.")] = None,
    fields_json: Annotated[
        str | None, typer.Option("--fields", help="Project form as a JSON object.")
    ] = None,
    story: Annotated[int | None, typer.Option("--story", help="Answer with a saved story.")] = None,
    json_output: JsonOpt = False,
) -> None:
    """Answer the open prompt of an interview; prints the grade and the next prompt."""
    from mldojo.errors import UsageError

    given = [x for x in (text, file, fields_json, story) if x is not None]
    if len(given) != 1:
        raise UsageError("give exactly one of --text, --file, --fields or --story")
    service = _service()
    fields = None
    if fields_json is not None:
        try:
            fields = json.loads(fields_json)
        except json.JSONDecodeError as exc:
            raise UsageError(f"--fields is not valid JSON: {exc}") from None
        if not isinstance(fields, dict):
            raise UsageError("--fields must be a JSON object")
    body = _read(file) if file is not None else (text or "")
    feedback = service.answer(interview_id, body, fields=fields, story_id=story)
    view = service.current(interview_id)
    data = {**_feedback_dict(feedback), "current": view.to_dict() if view else None}
    if json_output:
        print_json(data)
        return
    typer.echo(f"score {feedback.score:.0%}")
    if feedback.follow_up:
        typer.echo(f"follow-up: {feedback.follow_up}")
    elif view:
        typer.echo(f"next [{view.round_title}]: {view.prompt}")
    else:
        typer.echo("every round is done: run `mldojo interview finish ID`")


@app.command()
def skip(interview_id: Annotated[int, typer.Argument(metavar="ID")]) -> None:
    """Skip the open prompt (it scores 0)."""
    _service().skip(interview_id)


@app.command()
def finish(
    interview_id: Annotated[int, typer.Argument(metavar="ID")], json_output: JsonOpt = False
) -> None:
    """End an interview: scorecard, and weak items queued for review."""
    card = _service().finish(interview_id)
    if json_output:
        print_json(card.to_dict())
    else:
        _print_scorecard(card, interview_id)


@app.command()
def history(json_output: JsonOpt = False) -> None:
    """Past interviews, newest first."""
    rows = _service().history()
    if json_output:
        print_json(rows)
        return
    for row in rows:
        overall = "running" if row["overall"] is None else f"{row['overall']:.0%}"
        typer.echo(f"{row['id']:4} {row['created_at'][:16]} {row['preset']:32} {overall}")


@app.command()
def show(
    interview_id: Annotated[int, typer.Argument(metavar="ID")], json_output: JsonOpt = False
) -> None:
    """One interview: transcript, and the scorecard once finished."""
    data = _service().show(interview_id)
    if json_output:
        print_json(data)
        return
    typer.echo(f"interview {data['id']} · {data['preset']} · {data['status']}")
    for row in data["transcript"]:
        score = "" if row["score"] is None else f" [{row['score']:.0%}]"
        typer.echo(f"\n[{row['round_title']}] {row['prompt'][:300]}{score}")
        typer.echo(f"> {row['answer'] or '(' + row['status'] + ')'}")


@story_app.command("list")
def story_list(json_output: JsonOpt = False) -> None:
    """Saved stories."""
    rows = [
        {"id": s.id, "title": s.title, "competencies": s.competencies, "revision": s.revision}
        for s in _service().stories()
    ]
    if json_output:
        print_json(rows)
        return
    for row in rows:
        typer.echo(f"{row['id']:4} {row['title']} (rev {row['revision']})")


@story_app.command("add")
def story_add(
    title: Annotated[str, typer.Option("--title")],
    file: Annotated[Path, typer.Option("--file", help="The story text.")],
    competency: Annotated[list[str] | None, typer.Option("--competency")] = None,
    json_output: JsonOpt = False,
) -> None:
    """Save a story to reuse in behavioural rounds."""
    story = _service().add_story(title, _read(file), competency)
    if json_output:
        print_json({"id": story.id, "title": story.title, "revision": story.revision})
    else:
        typer.echo(f"story {story.id} saved")


@story_app.command("revise")
def story_revise(
    story_id: Annotated[int, typer.Argument(metavar="ID")],
    file: Annotated[Path, typer.Option("--file", help="The new text.")],
    json_output: JsonOpt = False,
) -> None:
    """Replace a story's text; earlier versions are kept."""
    story = _service().revise_story(story_id, _read(file))
    if json_output:
        print_json({"id": story.id, "revision": story.revision, "versions": story.versions})
    else:
        typer.echo(f"story {story.id} is at revision {story.revision}")


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="interview")
