"""Snapshots of every screen at 80×24 in both languages: home, a call mid-way, the scorecard, help.

Deterministic by construction: fixed seed, no typing pause (pace=0), turns stamped by number,
no clock in the header, and the input cursor frozen (no blink).
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from test_tui import GOOD_SCENARIO, HOSTILE_SCENARIO, SCRIPTS, open_scenario, play, say, settle

from simulator.tui.app import make_app

LANGS = ["zh", "en"]


async def freeze(pilot) -> None:
    """Stop the cursor blinking so the screenshot does not depend on timing."""
    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False
    await settle(pilot)


def app_for(library, lang):
    return make_app(lang=lang, library=library, seed=0, pace=0)


@pytest.mark.parametrize("lang", LANGS)
def test_home_screen(snap_compare, library, lang):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("down")
        await freeze(pilot)

    assert snap_compare(app_for(library, lang), run_before=run_before, terminal_size=(80, 24))


@pytest.mark.parametrize("lang", LANGS)
def test_session_mid_call(snap_compare, library, lang):
    async def run_before(pilot):
        await open_scenario(pilot, GOOD_SCENARIO)
        for line in SCRIPTS["good"][lang][:2]:
            await say(pilot, line)
        await freeze(pilot)

    assert snap_compare(app_for(library, lang), run_before=run_before, terminal_size=(80, 24))


@pytest.mark.parametrize("lang", LANGS)
def test_scorecard(snap_compare, library, lang):
    async def run_before(pilot):
        await open_scenario(pilot, HOSTILE_SCENARIO)
        await play(pilot, SCRIPTS["hostile"][lang])
        await pilot.press("down", "down", "down", "down", "down", "down")  # scroll to the violations
        await freeze(pilot)

    assert snap_compare(app_for(library, lang), run_before=run_before, terminal_size=(80, 24))


@pytest.mark.parametrize("lang", LANGS)
def test_help_screen(snap_compare, library, lang):
    async def run_before(pilot):
        await settle(pilot)
        await pilot.press("f1")
        await freeze(pilot)

    assert snap_compare(app_for(library, lang), run_before=run_before, terminal_size=(80, 24))
