"""Clean ``--help`` for every command: no value type shown for a flag or a list argument.

Typer's rich help prints a type column for each parameter, taken from its Python annotation,
flags included: ``--append <bool>`` reads as if the option took a value, and ``paths...
<list[str]>`` repeats what the ``...`` says (a repeatable option shows its element type). :class:`HelpGroup` is the root command's class:
every command (and sub-command) it hands out lists its parameters with those types left out,
so the fix holds for every command, present and future, in one place. (Typer carries its own
copy of Click, so parameters are told apart by what they are, not by Click's classes.)
"""
from __future__ import annotations

from typing import Any

from typer.core import TyperGroup

__all__ = ["HelpGroup", "tidy"]


def _no_type(ctx: Any) -> None:
    return None


def _tidy_param(param: Any) -> None:
    if getattr(param, "_newsgraph_tidy", False):
        return
    param._newsgraph_tidy = True
    kind = getattr(param, "param_type_name", "")
    flag = kind == "option" and getattr(param, "is_flag", False) and not getattr(param, "count", False)
    many = kind == "argument" and getattr(param, "nargs", 1) != 1
    if flag or many:
        param.display_type_rich = _no_type
    elif kind == "option" and getattr(param, "multiple", False):  # --param A --param B: each one a <str>
        shown = param.display_type_rich

        def element(ctx: Any) -> Any:
            text = shown(ctx)
            return f"<{text[6:-2]}>" if isinstance(text, str) and text.startswith("<list[") and text.endswith("]>") else text

        param.display_type_rich = element


def tidy(command: Any) -> Any:
    """``command`` (and its sub-commands) with clean help; idempotent."""
    if getattr(command, "_newsgraph_tidy", False):
        return command
    original = command.get_params

    def get_params(ctx: Any) -> list[Any]:
        params = original(ctx)
        for param in params:
            _tidy_param(param)
        return params

    command.get_params = get_params
    command._newsgraph_tidy = True
    for sub in (getattr(command, "commands", None) or {}).values():
        tidy(sub)
    return command


class HelpGroup(TyperGroup):
    """The ``newsgraph`` group: hands out commands with clean help (:func:`tidy`)."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        return tidy(command) if command is not None else None

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        for param in params:
            _tidy_param(param)
        return params
