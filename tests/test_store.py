"""The history: finished calls are saved, listed newest first, and progress compares recent with earlier."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from simulator.store import HistoryError, list_calls, open_history, progress, save_call

ROOT = Path(__file__).resolve().parents[1]
START = datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc)


def record(scenario="broadband_outage", overall=50, outcome="resolved", steps=None):
    steps = steps or {s: overall for s in ("set_tone", "diagnose", "solve", "summarize", "follow_up")}
    return {"scenario": scenario, "persona": "easygoing_zhou", "persona_type": "easygoing", "lang": "en",
            "seed": 0, "outcome": outcome, "final_state": outcome, "opening": "Hello?",
            "turns": [{"trainee": "Hi", "customer": "Hm"}], "score": {"overall": overall, "grade": "C", "steps": steps}}


def test_saved_calls_come_back_newest_first_with_their_scores(private_history):
    connection = open_history(private_history)
    for day, overall in enumerate((40, 55, 70)):
        save_call(connection, record(overall=overall), finished_at=START + timedelta(days=day))
    calls = list_calls(open_history(private_history))  # a fresh connection: it is on disk
    assert [c.overall for c in calls] == [70, 55, 40]
    assert calls[0].steps["solve"] == 70 and calls[0].turns == 1


def test_progress_compares_the_latest_calls_with_the_ones_before(private_history):
    connection = open_history(private_history)
    for day, overall in enumerate((30, 40, 80, 90)):
        save_call(connection, record(overall=overall, outcome="resolved" if overall > 50 else "hung_up"),
                  finished_at=START + timedelta(days=day))
    summary = progress(list_calls(connection), window=2)
    assert summary["recent"]["overall"] == 85 and summary["earlier"]["overall"] == 35
    assert summary["recent"]["diagnose"] == 85
    assert (summary["calls"], summary["resolved"]) == (4, 2)


def test_a_file_that_is_not_a_history_is_a_clear_error_not_a_crash(tmp_path):
    bad = tmp_path / "history.sqlite3"
    bad.write_text("this is not a database" * 100)
    with pytest.raises(HistoryError, match=str(bad)):
        open_history(bad)


def test_a_history_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "history.sqlite3"
    sqlite3.connect(path).execute("PRAGMA user_version = 99").connection.commit()
    with pytest.raises(HistoryError, match="newer version"):
        open_history(path)


def roleplay(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "simulator", *args], input=stdin, capture_output=True, text=True, cwd=ROOT)


def test_play_save_then_history_shows_the_call_and_its_score(private_history):
    from playtest import SCRIPTS

    played = roleplay("--lang", "en", "play", "broadband_outage", "--plain", "--save", stdin="\n".join(SCRIPTS["good"]["en"]))
    assert played.returncode == 0, played.stderr
    shown = json.loads(roleplay("history", "--json").stdout)
    assert [c["scenario"] for c in shown["calls"]] == ["broadband_outage"]
    assert shown["calls"][0]["outcome"] == "resolved" and shown["calls"][0]["overall"] > 50
    text = roleplay("--lang", "en", "history").stdout
    assert "1 calls, 1 resolved" in text and "broadband_outage" in text


def test_history_with_no_calls_says_so(private_history):
    result = roleplay("--lang", "en", "history")
    assert result.returncode == 0 and "No calls yet" in result.stdout


def test_history_on_a_broken_file_exits_2_with_the_path(tmp_path):
    bad = tmp_path / "broken.sqlite3"
    bad.write_text("not sqlite" * 100)
    result = roleplay("history", "--db", str(bad))
    assert result.returncode == 2 and str(bad) in result.stderr and "Traceback" not in result.stderr
