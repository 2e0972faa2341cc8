"""``newsgraph eval``: score extraction against a gold file (docs/evaluation.md)."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from newsgraph.api import evaluate
from newsgraph.cli.common import ModelOpt, fail
from newsgraph.core.errors import NewsgraphError
from newsgraph.evaluation import error_kinds


def register(app: typer.Typer) -> None:
    app.command(name="eval")(eval_command)


def eval_command(
    paths: list[str] = typer.Argument(..., help="the annotated news files"),
    gold: Path = typer.Option(..., "--gold", help="gold relations (JSON Lines, the format of docs/evaluation.md)"),
    aliases: Path = typer.Option(..., "--aliases", help="aliases JSON: canonical name -> surface forms"),
    model: str = ModelOpt,
    as_json: bool = typer.Option(False, "--json", help="print the whole report as JSON"),
    show: int = typer.Option(15, "--show", help="how many misses and false positives to list"),
) -> None:
    """Precision, recall and F1 at mention and graph level, strict and lenient."""

    try:
        rep = evaluate(gold, aliases, paths, model=model)
    except NewsgraphError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(rep.__dict__, indent=1, ensure_ascii=False))
        return
    typer.echo(f"{'level':<24}{'P':>7}{'R':>7}{'F1':>7}{'sys':>6}{'gold':>6}")
    for k, v in rep.results.items():
        typer.echo(f"{k:<24}{v['precision']:>7.3f}{v['recall']:>7.3f}{v['f1']:>7.3f}{v['system']:>6}{v['gold']:>6}")
    typer.echo("\nper relation type (graph, strict):")
    for k, v in rep.per_type.items():
        typer.echo(f"  {k:<18}P {v['precision']:.2f}  R {v['recall']:.2f}  F1 {v['f1']:.2f}  (sys {v['system']}, gold {v['gold']})")
    typer.echo("\nprecision by confidence (graph, lenient):")
    for k, v in rep.by_confidence.items():
        typer.echo(f"  conf {k:<6} P {v['precision']:.2f}  R {v['recall']:.2f}  (sys {v['system']})")
    typer.echo(f"\nmissed gold edges ({len(rep.misses)}):")
    for m in rep.misses[:show]:
        typer.echo(f"  {m['file'][:3]}:{m['line']} {'*' if m['core'] else ' '} {m['edge']}  | {m['quote'][:90]}")
    typer.echo(f"\nfalse positives ({len(rep.false_positives)}):")
    for fp in rep.false_positives[:show]:
        typer.echo(f"  {fp['file'][:3]} {fp['edge']} ({fp['confidence']})  | {fp['sentence'][:90]}")
    typer.echo("\nerror kinds: " + ", ".join(f"{k} {v}" for k, v in error_kinds(rep).most_common(10)))
