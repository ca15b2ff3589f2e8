"""`roleplay play --plain`, `list` and their errors, as a script or a trainer would use them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from playtest import SCRIPTS

ROOT = Path(__file__).resolve().parents[1]


def roleplay(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args], input=stdin, capture_output=True, text=True, cwd=ROOT
    )


def test_list_json_names_every_scenario_with_its_persona_and_languages():
    result = roleplay("list", "--json")
    rows = json.loads(result.stdout)
    assert result.returncode == 0 and len(rows) >= 12
    for row in rows:
        assert {"id", "title", "persona", "persona_type", "difficulty", "languages"} <= set(row)
        assert set(row["languages"]) == {"zh", "en"}


def test_lang_may_follow_the_command_as_the_issue_writes_it(tmp_path):
    record_path = tmp_path / "call.json"
    result = roleplay("play", "broadband_outage", "--plain", "--lang", "en", "--seed", "3", "--record", str(record_path),
                      stdin="\n".join(SCRIPTS["good"]["en"]) + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Customer: ")
    assert json.loads(record_path.read_text(encoding="utf-8"))["lang"] == "en"
    # given before the command it still counts when not repeated after it
    assert roleplay("--lang", "en", "play", "broadband_outage", "--plain").stdout.startswith("Customer: ")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_plain_play_prints_the_customer_and_records_the_call(tmp_path, lang):
    record_path = tmp_path / "call.json"
    result = roleplay("--lang", lang, "play", "broadband_outage", "--plain", "--seed", "3",
                      "--record", str(record_path), stdin="\n".join(SCRIPTS["good"][lang]) + "\n")
    assert result.returncode == 0, result.stderr
    label = "客户" if lang == "zh" else "Customer"
    assert result.stdout.startswith(f"{label}: ")
    record = json.loads(record_path.read_text(encoding="utf-8"))
    assert record["outcome"] == "resolved" and record["final_state"] == "resolved"
    assert (record["scenario"], record["persona_type"], record["lang"], record["seed"]) == (
        "broadband_outage", "easygoing", lang, 3)
    turn = record["turns"][0]
    assert {"trainee", "customer", "state", "mood", "behaviors", "violations"} <= set(turn)
    assert {"anger", "trust"} <= set(turn["mood"])
    assert "greet" in turn["behaviors"]
    assert set(record["score"]["steps"]) == {"set_tone", "diagnose", "solve", "summarize", "follow_up"}
    assert 0 <= record["score"]["overall"] <= 100
    # the customer's goodbye is printed; the trainee's last word after it is recorded, unanswered
    assert record["turns"][-1]["customer"] == "" and record["turns"][-2]["customer"] in result.stdout
    assert f"{label}: \n" not in result.stdout


def test_input_ending_early_is_an_incomplete_call(tmp_path):
    record_path = tmp_path / "call.json"
    result = roleplay("--lang", "en", "play", "broadband_outage", "--plain", "--record", str(record_path),
                      stdin="Hello, how can I help?\n")
    assert result.returncode == 0
    assert json.loads(record_path.read_text())["outcome"] == "incomplete"


def test_the_same_seed_gives_the_same_transcript():
    lines = "\n".join(SCRIPTS["good"]["zh"][:4])
    first = roleplay("play", "broadband_outage", "--plain", "--seed", "9", stdin=lines)
    second = roleplay("play", "broadband_outage", "--plain", "--seed", "9", stdin=lines)
    assert first.stdout == second.stdout


def test_an_unknown_scenario_is_a_clear_message_not_a_traceback():
    result = roleplay("play", "broadband_outag", "--plain")
    assert result.returncode == 2
    assert "unknown scenario 'broadband_outag' (did you mean 'broadband_outage'?)" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "bad, message",
    [("", "empty reply"), ("x" * 100_000, "too long"), ("hello\x07there", "control character")],
    ids=["empty", "100KB", "control"],
)
def test_bad_lines_get_a_message_and_the_call_goes_on(bad, message):
    result = roleplay("--lang", "en", "play", "broadband_outage", "--plain", stdin=f"{bad}\nHello, I'm so sorry.\n")
    assert result.returncode == 0
    assert message in result.stderr and "Traceback" not in result.stderr
    assert result.stdout.count("Customer:") == 2


def test_the_recorded_score_is_what_roleplay_grade_gives_for_the_record(tmp_path):
    record_path = tmp_path / "call.json"
    roleplay("--lang", "zh", "play", "washer_leak", "--plain", "--record", str(record_path),
             stdin="\n".join(SCRIPTS["good"]["zh"][:5]) + "\n")
    graded = json.loads(roleplay("grade", str(record_path), "--json").stdout)
    recorded = json.loads(record_path.read_text(encoding="utf-8"))["score"]
    assert (graded["overall"], graded["steps"]) == (recorded["overall"], recorded["steps"])
