"""Neo4j commands (push, neo4j start|stop|status). Filled in by the Neo4j backend work."""
from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main CLI app."""
