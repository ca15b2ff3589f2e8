"""`roleplay detect`, `roleplay grade` and `roleplay eval`: output shape, bad input, exit codes."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from simulator.cli import main

DATA = Path(__file__).parent / "data"


def _run(capsys, argv, stdin: str | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_detect_writes_one_line_per_input_in_order(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "lang": "zh", "text": "不好意思，公司规定，退不了。"},
        {"id": "b", "lang": "en", "text": "Hello, how can I help you today?", "context": ""},
    ]
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    code, out, err = _run(capsys, ["detect", str(source)])
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and err == ""
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["violations"] == ["hide_behind_policy", "flat_refusal"]
    assert rows[1]["behaviors"] == ["greet", "offer_help"]
    assert set(rows[0]["evidence"][0]) == {"id", "start", "end", "cue"}
    assert "规定" in out  # ensure_ascii=False


def test_detect_reads_stdin_and_reports_bad_lines_but_runs_the_rest(capsys, monkeypatch):
    stdin = "\n".join([
        '{"id": "ok1", "lang": "en", "text": "I\'m so sorry."}',
        "not json",
        '{"id": "no-text", "lang": "en"}',
        '{"id": "fr", "lang": "fr", "text": "bonjour"}',
        '{"id": "ok2", "lang": "zh", "text": "您好"}',
    ])
    code, out, err = _run(capsys, ["detect"], stdin, monkeypatch)
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["ok1", "ok2"]
    assert "line 2" in err and "no-text" in err and "fr" in err
    assert "Traceback" not in err


def test_detect_lines_without_lang_take_the_lang_option_or_are_reported(capsys, monkeypatch):
    stdin = '{"id": "a", "text": "不好意思，公司规定，退不了。"}\n{"id": "b", "lang": "en", "text": "Sorry, rules are rules."}\n'
    code, out, err = _run(capsys, ["detect", "--lang", "zh"], stdin, monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and err == ""
    assert rows[0]["violations"] == ["hide_behind_policy", "flat_refusal"]  # read as Chinese
    assert rows[1]["violations"] == ["hide_behind_policy"]  # its own lang wins
    code, out, err = _run(capsys, ["detect"], stdin, monkeypatch)
    assert code == 1 and [json.loads(line)["id"] for line in out.splitlines()] == ["b"]
    assert "line 1 (id a): missing 'lang'" in err and "--lang" in err


def test_detect_unreadable_file_is_a_usage_error(tmp_path, capsys):
    code, out, err = _run(capsys, ["detect", str(tmp_path / "missing.jsonl")])
    assert code == 2 and out == ""
    assert "missing.jsonl" in err and len(err.strip().splitlines()) == 1


def _record(lang="en", **extra):
    record = {
        "scenario": "late_parcel", "persona": "p1", "persona_type": "combative", "lang": lang, "seed": 1,
        "outcome": "resolved", "final_state": "closed", "opening": "Where is my parcel?",
        "turns": [
            {"trainee": "Hello, I'm sorry it's late. Could you give me the tracking number?", "customer": "AB123.", "state": "s", "mood": 0, "behaviors": [], "violations": []},
            {"trainee": "That's impossible, you must have typed it wrong.", "customer": "What?!", "state": "s", "mood": -1, "behaviors": [], "violations": []},
        ],
    }
    for turn in record["turns"]:
        turn.pop("behaviors"), turn.pop("violations")
    record.update(extra)
    return record


def test_grade_prints_a_readable_scorecard(tmp_path, capsys):
    path = tmp_path / "call.json"
    path.write_text(json.dumps(_record()), encoding="utf-8")
    code, out, err = _run(capsys, ["grade", str(path)])
    assert code == 0
    assert "Overall" in out and "Diagnose" in out and "deny_possibility" in out and "That's impossible" in out
    by_turn = out.split("Turn by turn:")[1].split("Feedback:")[0]
    assert "Turn 1: greeting · apology" in by_turn and "question" in by_turn
    assert "Turn 2: ✗ denied it could happen" in by_turn


def test_grade_json_uses_the_previous_customer_line_as_context(tmp_path, capsys):
    path = tmp_path / "call.json"
    path.write_text(json.dumps(_record(lang="en")), encoding="utf-8")
    code, out, _ = _run(capsys, ["grade", str(path), "--json"])
    card = json.loads(out)
    assert code == 0 and 0 <= card["overall"] <= 100
    assert card["turns"][0]["behaviors"][:2] == ["greet", "apologize"]
    assert {f["violation"] for f in card["feedback"]} >= {"deny_possibility", "blame_customer"}


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "not a JSON record"),
        ("[]", "JSON object"),
        (json.dumps({"lang": "en", "turns": []}), "persona_type"),
        (json.dumps(_record(lang="fr")), "lang"),
        (json.dumps({**_record(), "turns": [{"customer": "x"}]}), "trainee"),
    ],
)
def test_grade_bad_records_exit_2_with_a_message(tmp_path, capsys, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = _run(capsys, ["grade", str(path)])
    assert code == 2 and message in err and "Traceback" not in err


def test_grade_missing_file_exits_2(tmp_path, capsys):
    code, _, err = _run(capsys, ["grade", str(tmp_path / "nope.json")])
    assert code == 2 and "nope.json" in err


def test_eval_prints_per_id_scores_and_macro_f1(capsys):
    code, out, _ = _run(capsys, ["eval", str(DATA / "grader_cases.jsonl")])
    assert code == 0
    assert "macro-F1 behaviours" in out and "false-violation rate" in out and "hide_behind_policy" in out


def test_eval_json_report(capsys):
    code, out, _ = _run(capsys, ["eval", str(DATA / "grader_cases.jsonl"), "--json"])
    report = json.loads(out)
    assert code == 0 and set(report["languages"]) == {"zh", "en"}
    assert report["languages"]["en"]["macro_f1_behaviors"] > 0.8


def test_eval_external_check_set_reports_recall_per_source_and_agent_false_alarms(tmp_path, capsys):
    lines = [
        {"id": "x1", "lang": "en", "context": "", "text": "Thanks for calling, goodbye!", "expect_any": ["close_courteously"],
         "source": "SGD GOODBYE", "agent": True},
        {"id": "x2", "lang": "en", "context": "", "text": "The weather is nice.", "expect_any": ["close_courteously"],
         "source": "SGD GOODBYE", "agent": True},
        {"id": "x3", "lang": "en", "context": "", "text": "That's our policy, nothing I can do.", "expect_any": ["offer_help"],
         "source": "SGD REQ_MORE", "agent": True},
    ]
    path = tmp_path / "ext.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    code, out, _ = _run(capsys, ["eval", str(path), "--json"])
    en = json.loads(out)["languages"]["en"]
    assert code == 0 and "per_id" not in en
    assert en["recall_by_source"]["SGD GOODBYE"] == {"recall": 0.5, "support": 2}
    assert en["agent_false_alarm_rate"] == round(1 / 3, 4)
    code, out, _ = _run(capsys, ["eval", str(path)])
    assert "SGD GOODBYE" in out and "false-alarm rate on agent turns: 0.333" in out
