"""Save finished calls and read them back as the trainee's progress."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from statistics import mean

from simulator.domain import STEPS
from simulator.store.db import HistoryError


@dataclass(frozen=True)
class CallSummary:
    id: int
    finished_at: str
    scenario: str
    persona_type: str
    lang: str
    outcome: str
    overall: int | None
    grade: str | None
    turns: int
    steps: dict[str, int]

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def save_call(connection: sqlite3.Connection, record: dict, finished_at: datetime | None = None) -> int:
    """Store a session record (docs/record.md, with its `score`); returns the new row id."""
    score = record.get("score") or {}
    when = (finished_at or datetime.now(timezone.utc).astimezone()).isoformat(timespec="seconds")
    try:
        with connection:
            cursor = connection.execute(
                "INSERT INTO calls (finished_at, scenario, persona, persona_type, lang, outcome, overall, grade, turns, record)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    when,
                    record["scenario"],
                    record["persona"],
                    record["persona_type"],
                    record["lang"],
                    record["outcome"],
                    score.get("overall"),
                    score.get("grade"),
                    len(record.get("turns", [])),
                    json.dumps(record, ensure_ascii=False),
                ),
            )
    except sqlite3.Error as error:
        raise HistoryError(f"cannot save the call: {error}") from None
    return int(cursor.lastrowid)


def list_calls(connection: sqlite3.Connection, limit: int | None = None) -> list[CallSummary]:
    """The saved calls, newest first."""
    query = "SELECT * FROM calls ORDER BY finished_at DESC, id DESC" + (" LIMIT ?" if limit else "")
    try:
        rows = connection.execute(query, (limit,) if limit else ()).fetchall()
    except sqlite3.Error as error:
        raise HistoryError(f"cannot read the history: {error}") from None
    return [_summary(row) for row in rows]


def _summary(row: sqlite3.Row) -> CallSummary:
    steps = (json.loads(row["record"]).get("score") or {}).get("steps") or {}
    return CallSummary(
        id=row["id"],
        finished_at=row["finished_at"],
        scenario=row["scenario"],
        persona_type=row["persona_type"],
        lang=row["lang"],
        outcome=row["outcome"],
        overall=row["overall"],
        grade=row["grade"],
        turns=row["turns"],
        steps={step: int(steps[step]) for step in STEPS if step in steps},
    )


def progress(calls: list[CallSummary], window: int = 5) -> dict:
    """How the latest `window` graded calls compare with the ones before them, overall and per step."""
    graded = [c for c in calls if c.overall is not None]
    recent, earlier = graded[:window], graded[window : 2 * window]

    def average(group: list[CallSummary], key: str | None) -> float | None:
        values = [c.overall if key is None else c.steps.get(key) for c in group]
        values = [v for v in values if v is not None]
        return round(mean(values), 1) if values else None

    keys = [None, *STEPS]
    return {
        "calls": len(calls),
        "resolved": sum(c.outcome == "resolved" for c in calls),
        "recent": {key or "overall": average(recent, key) for key in keys},
        "earlier": {key or "overall": average(earlier, key) for key in keys},
    }
