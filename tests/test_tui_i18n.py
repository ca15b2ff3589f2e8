"""Every UI string exists in both languages, every domain id has a name, and the core never imports Textual."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from simulator.domain import BEHAVIORS, OUTCOMES, PERSONA_TYPES, STEPS, VIOLATIONS
from simulator.i18n import LANGS, STRINGS, name_of, t

TUI = Path(__file__).parents[1] / "simulator" / "tui"


def test_every_key_has_a_non_empty_string_in_both_languages():
    for key, texts in STRINGS.items():
        assert set(texts) == set(LANGS), key
        assert all(texts[lang].strip() for lang in LANGS), key


def test_both_languages_use_the_same_placeholders():
    for key, texts in STRINGS.items():
        assert set(re.findall(r"\{(\w+)\}", texts["zh"])) == set(re.findall(r"\{(\w+)\}", texts["en"])), key


def test_every_domain_id_the_ui_shows_has_a_name_in_both_languages():
    for kind, ids in (("behavior", BEHAVIORS), ("violation", VIOLATIONS), ("persona_type", PERSONA_TYPES), ("step", STEPS)):
        for ident in ids:
            assert name_of(kind, ident, "zh") != ident and name_of(kind, ident, "en") != ident, (kind, ident)
    for outcome in OUTCOMES + ("incomplete",):
        assert t(f"outcome.{outcome}", "zh") and t(f"outcome.{outcome}", "en")


def test_every_key_the_tui_uses_exists():
    used = set()
    for path in TUI.rglob("*.py"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z_.]+)["']""", path.read_text(encoding="utf-8")))
        used |= set(re.findall(r"""id=["'](key\.[a-z_]+)["']""", path.read_text(encoding="utf-8")))
    assert used, "the pattern should find the keys the TUI uses"
    assert sorted(used - set(STRINGS)) == []


def test_chinese_strings_use_full_width_punctuation():
    for key, texts in STRINGS.items():
        assert not re.search(r"[\u4e00-\u9fff][,:?!;]", texts["zh"]), key


def test_content_engine_grading_and_i18n_do_not_import_textual():
    code = (
        "import sys, simulator.content, simulator.engine, simulator.grading.detect, "
        "simulator.grading.progress, simulator.i18n, simulator.practice, simulator.tui.scorecard_data, "
        "simulator.tui.export; sys.exit('textual' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
