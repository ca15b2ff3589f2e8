"""Content validation: shipped content is clean; each authoring mistake gets one precise message."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.domain import PERSONA_TYPES

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = ROOT / "scenarios" / "broadband_outage.yaml"
PERSONA = ROOT / "personas" / "easygoing.yaml"

# (name, source, text to replace, replacement, expected message: file:line: field: what (suggestion))
MISTAKES = [
    ("misspelt_state", SCENARIO, "    to: solving\n", "    to: solvng\n",
     r":\d+: transitions\[1\]\.to: unknown state 'solvng' \(did you mean 'solving'\?\)"),
    ("misspelt_persona", SCENARIO, "persona: easygoing_zhou", "persona: easygoing_zho",
     r":10: persona: unknown persona 'easygoing_zho' \(did you mean 'easygoing_zhou'\?\)"),
    ("misspelt_behaviour", SCENARIO, "said_any: [summarize,", "said_any: [sumarize,",
     r":\d+: transitions\[3\]\.when\.said_any\[0\]: unknown behaviour or violation id 'sumarize' \(did you mean 'summarize'\?\)"),
    ("misspelt_fact", SCENARIO, "      facts_known_count: 1\n", "      facts_known: [sinse_when]\n",
     r":\d+: transitions\[1\]\.when\.facts_known\[0\]: unknown fact 'sinse_when' \(did you mean 'since_when'\?\)"),
    ("misspelt_guard", SCENARIO, "facts_known_count: 1", "facts_knwn_count: 1",
     r":\d+: transitions\[1\]\.when\.facts_knwn_count: unknown field 'facts_knwn_count' \(did you mean 'facts_known_count'\?\)"),
    ("unknown_placeholder", SCENARIO, "工单号是{ticket}", "工单号是{tiket}",
     r":\d+: facts\[1\]\.answer\.zh: unknown case fact '\{tiket\}' \(did you mean 'ticket'\?\)"),
    ("bad_difficulty", SCENARIO, "difficulty: easy", "difficulty: eazy",
     r":11: difficulty: 'eazy' is not allowed; expected 'easy', 'medium' or 'hard' \(did you mean 'easy'\?\)"),
    ("missing_field", SCENARIO, "setting: telecom\n", "",
     r":2: setting: required field is missing"),
    ("broken_yaml", SCENARIO, "  - name: listening\n", "  - name: listening\n   phase: [\n",
     r":\d+: not valid YAML"),
    ("misspelt_type", PERSONA, "type: easygoing", "type: easygoign",
     r":3: type: 'easygoign' is not allowed; expected .* \(did you mean 'easygoing'\?\)"),
    ("misspelt_reaction_id", PERSONA, "  empathize: {anger: -8, trust: 6}", "  empathise: {anger: -8, trust: 6}",
     r":\d+: reactions\.empathise: unknown behaviour or violation id 'empathise' \(did you mean 'empathize'\?\)"),
    ("anger_out_of_range", PERSONA, "anger: {start: 30,", "anger: {start: 130,",
     r":\d+: mood\.anger\.start: Input should be less than or equal to 100 \(got 130\)"),
    ("misspelt_line_bank", PERSONA, "  too_soon:\n", "  too_son:\n",
     r":\d+: lines\.too_son: unknown line bank 'too_son' \(did you mean 'too_soon'\?\)"),
    ("misspelt_band", PERSONA, "    warm:\n      zh: [\"哎，你人真好", "    wram:\n      zh: [\"哎，你人真好",
     r":\d+: lines\.opening\.wram: unknown mood band 'wram' \(did you mean 'warm'\?\)"),
]


def write_mistake(tmp_path: Path, source: Path, old: str, new: str) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text, f"fixture text {old!r} not found in {source.name}"
    folder = tmp_path / source.parent.name
    folder.mkdir()
    target = folder / source.name
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def run_validate(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "simulator", "validate", *map(str, paths)],
        capture_output=True, text=True, cwd=ROOT,
    )


def test_shipped_content_validates_cleanly():
    result = run_validate()
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok:")


@pytest.mark.parametrize("name, source, old, new, expected", MISTAKES, ids=[m[0] for m in MISTAKES])
def test_each_mistake_gets_one_precise_message_and_exit_2(tmp_path, name, source, old, new, expected):
    target = write_mistake(tmp_path, source, old, new)
    result = run_validate(target)
    assert result.returncode == 2
    messages = result.stdout.strip().splitlines()
    assert len(messages) == 1, messages
    assert messages[0].startswith(str(target) + ":")
    assert re.search(expected, messages[0]), messages[0]
    assert "Traceback" not in result.stderr


def test_every_error_of_a_file_is_reported_not_just_the_first(tmp_path):
    text = SCENARIO.read_text(encoding="utf-8")
    text = text.replace("    to: solving\n", "    to: solvng\n").replace("difficulty: easy", "difficulty: eazy")
    target = tmp_path / "two.yaml"
    target.write_text(text, encoding="utf-8")
    result = run_validate(target)
    assert result.returncode == 2
    assert len(result.stdout.strip().splitlines()) == 2


def test_a_missing_path_is_reported_not_a_traceback(tmp_path):
    result = run_validate(tmp_path / "nope.yaml")
    assert result.returncode == 2 and "no such file" in result.stdout


def test_every_persona_type_is_played_by_a_scenario_in_both_languages(library):
    played = {library.persona_of(s).type for s in library.scenarios.values()}
    assert played == set(PERSONA_TYPES)
    assert all(set(s.languages) == {"zh", "en"} for s in library.scenarios.values())
    assert len(library.scenarios) >= 12


def test_every_shipped_persona_can_say_a_fix_came_too_soon_in_every_mood(library):
    """Without the bank, a trainee who offers a fix before hearing the customer out would hear
    the facts with no sign that they jumped ahead."""
    for persona in library.personas.values():
        bank = persona.lines.get("too_soon", {})
        assert set(bank) == {"hostile", "wary", "warm"}, persona.id
        assert all(lines.zh and lines.en for lines in bank.values()), persona.id


def test_schema_describes_both_formats_for_editors():
    result = subprocess.run([sys.executable, "-m", "simulator", "schema"], capture_output=True, text=True, cwd=ROOT)
    import json

    schema = json.loads(result.stdout)
    assert {"Persona", "Scenario"} <= set(schema["$defs"])
    assert "from" in schema["$defs"]["Transition"]["properties"]
    assert schema["$defs"]["Persona"]["properties"]["type"]["enum"] == list(PERSONA_TYPES)
