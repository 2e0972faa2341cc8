"""Export and view commands. Filled in by the analyst-outputs work."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main CLI app."""
