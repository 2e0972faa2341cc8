"""What every command of the CLI shares: exit codes, the one-line failure, common options."""
from __future__ import annotations

from typing import NoReturn

import typer

from newsgraph.extract import DEFAULT_MODEL

EXIT_OK, EXIT_FAIL, EXIT_PARTIAL = 0, 2, 3

ModelOpt = typer.Option(DEFAULT_MODEL, "--model", help="installed spaCy English pipeline to use")


def fail(message: str, code: int = EXIT_FAIL) -> NoReturn:
    """Print ``newsgraph: error: MESSAGE`` on stderr and leave with ``code``."""
    typer.echo(f"newsgraph: error: {message}", err=True)
    raise typer.Exit(code)


def report_skips(skipped: list[str]) -> None:
    for s in skipped:
        typer.echo(f"newsgraph: skipped: {s}", err=True)
