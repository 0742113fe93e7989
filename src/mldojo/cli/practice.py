"""`mldojo practice`, `queue`, `attempt`, `plan`, `profile` and `stats`."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from mldojo.cli.output import print_json

if TYPE_CHECKING:
    from mldojo.service.practice import AttemptOutcome, Practice

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def _practice() -> Practice:
    from mldojo.service.practice import Practice

    return Practice()


def _filter(module: str | None, topic: str | None, company: str | None) -> Any:
    from mldojo.service import BankFilter

    return BankFilter(module=module, topic=topic, company=company)


def _read_answer_file(path: Path) -> str:
    from mldojo.errors import UsageError

    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None


def _outcome_dict(outcome: AttemptOutcome) -> dict[str, Any]:
    return {
        "attempt_id": outcome.attempt.id,
        "item_id": outcome.attempt.item_id,
        "score": outcome.graded.score,
        "suggested_rating": outcome.graded.suggested_rating,
        "rating": outcome.rating,
        "due": outcome.due.isoformat() if outcome.due else None,
        "result": outcome.graded.result,
    }


def queue(
    n: Annotated[int, typer.Option("--n", min=1, max=200, help="How many items.")] = 10,
    module: Annotated[str | None, typer.Option("--module")] = None,
    topic: Annotated[str | None, typer.Option("--topic")] = None,
    company: Annotated[str | None, typer.Option("--company")] = None,
    json_output: JsonOpt = False,
) -> None:
    """The next items to practise, with the reason each was chosen."""
    entries = _practice().queue(_filter(module, topic, company), n=n)
    rows = [{"item_id": e.item_id, "reason": e.reason, "topic": e.topic} for e in entries]
    if json_output:
        print_json(rows)
        return
    for row in rows:
        typer.echo(f"{row['item_id']:40} {row['reason']}")


def attempt(
    item_id: Annotated[str, typer.Argument(metavar="ID")],
    answer: Annotated[str | None, typer.Option("--answer", help="The answer text.")] = None,
    answer_file: Annotated[Path | None, typer.Option("--answer-file")] = None,
    code_file: Annotated[Path | None, typer.Option("--code-file")] = None,
    rating: Annotated[
        str | None, typer.Option("--rating", help="1-4 or again/hard/good/easy.")
    ] = None,
    seed: Annotated[
        int | None, typer.Option("--seed", help="Quiz variant; default: the next one.")
    ] = None,
    json_output: JsonOpt = False,
) -> None:
    """Grade one answer, record it and schedule the item."""
    from mldojo.errors import UsageError

    given = [x for x in (answer, answer_file, code_file) if x is not None]
    if len(given) != 1:
        raise UsageError("give exactly one of --answer, --answer-file or --code-file")
    text = answer if answer is not None else _read_answer_file(answer_file or code_file)  # type: ignore[arg-type]
    practice = _practice()
    if seed is None:
        seed = practice.next_seed(item_id)
    outcome = practice.attempt(item_id, text, rating=rating, seed=seed)
    data = _outcome_dict(outcome)
    if json_output:
        print_json(data)
        return
    typer.echo(f"score {data['score']:.2f} · rating {data['rating']} · next review {data['due']}")


def _edit(initial: str) -> str:
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    with tempfile.NamedTemporaryFile("w+", suffix=".md", delete=False) as handle:
        handle.write(initial)
        path = handle.name
    try:
        subprocess.run([*editor.split(), path], check=False)
        return Path(path).read_text(encoding="utf-8")
    finally:
        os.unlink(path)


def _ask_answer(console: Any, is_code: bool) -> str | None:
    """Read an answer: lines until an empty line, or a command (:e, :f PATH, :s, :q)."""
    hint = ":f PATH reads your solution file" if is_code else "finish with an empty line"
    console.print(f"[dim]Answer ({hint}; :e editor, :s skip, :q quit)[/dim]")
    lines: list[str] = []
    while True:
        line = input()
        if not lines and line.strip() in (":q", ":s"):
            return line.strip()
        if not lines and line.strip() == ":e":
            return _edit("")
        if not lines and line.startswith(":f "):
            return _read_answer_file(Path(line[3:].strip()).expanduser())
        if not line.strip():
            return "\n".join(lines)
        lines.append(line)


def _show_feedback(console: Any, outcome: AttemptOutcome) -> None:
    result = outcome.graded.result
    console.print(f"\n[bold]Score {outcome.graded.score:.0%}[/bold]")
    for point in result.get("points", []):
        colour = {"covered": "green", "partial": "yellow", "contradicted": "red"}.get(
            point["status"], "dim"
        )
        console.print(f"  [{colour}]{point['status']:12}[/{colour}] {point['point']}")
    for test in result.get("tests", []):
        console.print(f"  {test['verdict']:4} {test['name']}  {test.get('message', '')}")
    if result.get("expected"):
        console.print(f"  expected: {result['expected']}")


def practice(
    module: Annotated[str | None, typer.Option("--module")] = None,
    topic: Annotated[str | None, typer.Option("--topic")] = None,
    company: Annotated[str | None, typer.Option("--company")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=200)] = 10,
) -> None:
    """Practise in the terminal: answer, get graded, confirm the rating, repeat.

    Each answer is saved as soon as it is rated, so Ctrl-C never loses a finished item.
    """
    from rich.console import Console
    from rich.markdown import Markdown
    from rich.prompt import Prompt

    from mldojo.errors import MldojoError
    from mldojo.practice.scheduling import RATING_NAMES

    console = Console()
    session = _practice()
    done = 0
    try:
        for entry in session.queue(_filter(module, topic, company), n=limit):
            question = session.dojo.get_question(entry.item_id)
            seed = session.next_seed(question.id)
            console.rule(f"{question.meta.title} [dim]({entry.reason})[/dim]")
            console.print(Markdown(session.prompt_for(question, seed)))
            started = time.monotonic()
            answer = _ask_answer(console, question.kind.value == "problem")
            if answer == ":q":
                break
            if answer in (":s", None) or not answer.strip():
                continue
            graded = session.grade(question, answer, seed)
            suggested = RATING_NAMES[graded.suggested_rating]
            choice = Prompt.ask(
                "Rating", choices=list(RATING_NAMES.values()), default=suggested, console=console
            )
            outcome = session.attempt(
                question.id,
                answer,
                rating=choice,
                seconds_taken=time.monotonic() - started,
                seed=seed,
                graded=graded,
            )
            _show_feedback(console, outcome)
            if question.model_answer:
                console.print(Markdown("**Model answer**\n\n" + question.model_answer))
            done += 1
    except (KeyboardInterrupt, EOFError):
        console.print("\n[dim]stopped; every rated answer is saved[/dim]")
    except MldojoError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None
    console.print(f"{done} items practised.")


def profile(
    company: Annotated[
        list[str] | None, typer.Option("--company", help="Target company; repeat.")
    ] = None,
    role: Annotated[str | None, typer.Option("--role")] = None,
    date_: Annotated[str | None, typer.Option("--date", help="Interview date, YYYY-MM-DD.")] = None,
    hours_per_week: Annotated[float | None, typer.Option("--hours-per-week")] = None,
    json_output: JsonOpt = False,
) -> None:
    """Show or set target companies, role, interview date and weekly hours."""
    session = _practice()
    current = session.update_profile(company, role, _parse_date(date_), hours_per_week)
    data = {
        "companies": current.companies,
        "role": current.role,
        "interview_date": current.interview_date.isoformat() if current.interview_date else None,
        "hours_per_week": current.hours_per_week,
    }
    if json_output:
        print_json(data)
    else:
        for key, value in data.items():
            typer.echo(f"{key:15} {value}")


def _parse_date(text: str | None) -> date | None:
    from mldojo.errors import UsageError

    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"bad date `{text}`: use YYYY-MM-DD") from None


def plan(
    company: Annotated[list[str] | None, typer.Option("--company")] = None,
    date_: Annotated[str | None, typer.Option("--date", help="Interview date, YYYY-MM-DD.")] = None,
    hours_per_week: Annotated[float | None, typer.Option("--hours-per-week")] = None,
    role: Annotated[str | None, typer.Option("--role")] = None,
    json_output: JsonOpt = False,
) -> None:
    """A day-by-day plan to the interview date, from your profile and your measured weaknesses."""
    session = _practice()
    session.update_profile(company, role, _parse_date(date_), hours_per_week)
    days = session.plan()
    rows: list[dict[str, Any]] = [
        {
            "date": d.day.isoformat(),
            "minutes": d.minutes,
            "focus": d.focus,
            "items": d.items,
            "activities": d.activities,
        }
        for d in days
    ]
    if json_output:
        print_json(rows)
        return
    for row in rows:
        extra = "; ".join(row["activities"])
        typer.echo(
            f"{row['date']}  {len(row['items']):2} items  {', '.join(row['focus'][:4])}  {extra}"
        )


def stats(
    plot: Annotated[
        Path | None, typer.Option("--plot", help="Write a one-page chart (PNG).")
    ] = None,
    json_output: JsonOpt = False,
) -> None:
    """Due counts, reviews per day, retention, mastery, coding pass rates and streak."""
    session = _practice()
    result = session.stats()
    if plot is not None:
        from mldojo.service.charts import write_stats_chart

        write_stats_chart(session, plot)
    data = result.to_dict()
    if json_output:
        print_json(data)
        return
    retention = "n/a" if data["retention"] is None else f"{data['retention']:.0%}"
    typer.echo(
        f"due today {data['due_today']} · streak {data['streak_days']} days · retention {retention}"
    )
    typer.echo(
        "next 7 days: " + ", ".join(f"{d[5:]} {n}" for d, n in data["due_next_7_days"].items())
    )
    for topic, row in data["mastery"].items():
        typer.echo(f"  {topic:32} {row['skill']:.0%} ({row['attempts']} attempts)")


def register(app: typer.Typer) -> None:
    app.command()(practice)
    app.command()(queue)
    app.command()(attempt)
    app.command()(profile)
    app.command()(plan)
    app.command()(stats)
