"""The history database: where it lives, opening it, and bringing its schema up to date."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

# Each entry moves the schema one version on; PRAGMA user_version records how far a file has come.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE calls (
        id          INTEGER PRIMARY KEY,
        finished_at TEXT NOT NULL,
        scenario    TEXT NOT NULL,
        persona     TEXT NOT NULL,
        persona_type TEXT NOT NULL,
        lang        TEXT NOT NULL,
        outcome     TEXT NOT NULL,
        overall     INTEGER,
        grade       TEXT,
        turns       INTEGER NOT NULL,
        record      TEXT NOT NULL
    );
    CREATE INDEX calls_by_time ON calls (finished_at);
    """,
)


class HistoryError(Exception):
    """The history file cannot be opened or written; the message says which file and why."""


def default_path() -> Path:
    """$ROLEPLAY_HISTORY, else history.sqlite3 under $XDG_DATA_HOME (or ~/.local/share)/service-roleplay."""
    override = os.environ.get("ROLEPLAY_HISTORY")
    if override:
        return Path(override)
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "service-roleplay" / "history.sqlite3"


def open_history(path: Path | None = None) -> sqlite3.Connection:
    """A connection to the history at `path` (default_path()), created and migrated as needed."""
    path = Path(path) if path is not None else default_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(path)
        connection.row_factory = sqlite3.Row
        _migrate(connection)
    except (OSError, sqlite3.Error) as error:
        raise HistoryError(f"cannot use the history file {path}: {error}") from None
    return connection


def _migrate(connection: sqlite3.Connection) -> None:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise sqlite3.DatabaseError(f"it was written by a newer version (schema {version})")
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        with connection:
            connection.executescript(script)
            connection.execute(f"PRAGMA user_version = {number}")
