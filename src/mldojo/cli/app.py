"""The `mldojo` command. Heavy libraries are imported inside commands to keep start-up fast."""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from typing import Annotated

import typer

from mldojo import __version__
from mldojo.cli import bank
from mldojo.errors import MldojoError

COMMAND_MODULES = ("judge", "grade", "practice", "interview", "export")
"""Modules under mldojo.cli that each define `register(app)`; missing ones are skipped."""

app = typer.Typer(
    help="mldojo: practise for machine-learning interviews.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(bank.app, name="bank")
for _name in COMMAND_MODULES:
    if importlib.util.find_spec(f"mldojo.cli.{_name}") is not None:
        importlib.import_module(f"mldojo.cli.{_name}").register(app)


@app.command()
def doctor(json_output: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Versions, paths, database and which optional parts are available."""
    from mldojo.cli.output import print_json
    from mldojo.service import Dojo
    from mldojo.service.judging import sandbox_report

    report = Dojo().doctor()
    report["sandbox"], sandbox_ok, warnings = sandbox_report()
    if json_output:
        print_json(report)
    else:
        for key, value in report.items():
            if isinstance(value, dict):
                typer.echo(f"{key}:")
                for sub, state in value.items():
                    typer.echo(f"  {sub:22} {state}")
            else:
                typer.echo(f"{key:14} {value}")
    for warning in warnings:
        sys.stderr.write(f"warning: {warning}\n")
    if not report["database"].startswith("ok") or report["bank_errors"] or not sandbox_ok:
        raise typer.Exit(1)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    token: Annotated[
        str | None,
        typer.Option(help="Access token; required off loopback. Default: MLDOJO_ACCESS_TOKEN."),
    ] = None,
) -> None:
    """Serve the web app (127.0.0.1 by default; another address needs an access token)."""
    from mldojo.errors import UsageError

    token = token or os.environ.get("MLDOJO_ACCESS_TOKEN") or None
    loopback = host in ("127.0.0.1", "localhost", "::1") or host.startswith("127.")
    if not loopback and not token:
        raise UsageError(
            f"binding to {host} exposes your data: set --token or MLDOJO_ACCESS_TOKEN,"
            " then open http://HOST:PORT/?token=YOUR_TOKEN once"
        )
    if token is not None and len(token) < 16:
        raise UsageError("the access token must be at least 16 characters")
    import uvicorn

    from mldojo.web.app import create_app

    uvicorn.run(create_app(access_token=token), host=host, port=port)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
    home: Annotated[str | None, typer.Option("--home", help="Data directory.")] = None,
    database_url: Annotated[
        str | None, typer.Option("--database-url", help="Database URL.")
    ] = None,
    bank_path: Annotated[
        str | None, typer.Option("--bank-path", help="Extra bank folders, ':'-separated.")
    ] = None,
) -> None:
    """Global flags win over the environment and the config file.

    They are applied as MLDOJO_* variables so every later settings lookup, in this process and
    in any worker it starts, sees the same values.
    """
    if version:
        typer.echo(__version__)
        raise typer.Exit()
    for name, value in (("HOME", home), ("DATABASE_URL", database_url), ("BANK_PATH", bank_path)):
        if value is not None:
            os.environ[f"MLDOJO_{name}"] = value


def main() -> None:
    try:
        app()
    except MldojoError as exc:
        sys.stderr.write(f"error: {exc}\n")
        raise SystemExit(exc.exit_code) from None
