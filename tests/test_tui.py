"""Pilot tests: whole calls typed through the trainer at 80×24, in both languages, to the scorecard."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.scorecard import ScorecardScreen
from simulator.tui.screens.session import SessionScreen
from simulator.tui.widgets.mood import MoodMeter
from simulator.tui.widgets.steps import StepRow

SCRIPTS = yaml.safe_load((Path(__file__).parent / "data" / "scripted_trainees.yaml").read_text(encoding="utf-8"))
GOOD_SCENARIO = "broadband_outage"
HOSTILE_SCENARIO = "parcel_missing"


def new_app(library, lang, tmp_path=None, **kwargs):
    return make_app(lang=lang, library=library, pace=0, export_dir=tmp_path, **kwargs)


async def settle(pilot) -> None:
    """Let workers finish and the screen catch up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_scenario(pilot, scenario_id: str) -> SessionScreen:
    """Filter the list down to `scenario_id` by typing the start of its id, then press Enter."""
    await settle(pilot)
    await pilot.press(*scenario_id[:6])
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, SessionScreen)
    return pilot.app.screen


async def say(pilot, line: str, keystrokes: bool = False) -> None:
    """Type a reply and send it: with `keystrokes`, its first words key by key (each key press costs
    the pilot ~70 ms), the rest inserted as a paste would be."""
    typed = line[:12] if keystrokes else ""
    await pilot.press(*typed)
    pilot.app.screen.query_one("#reply").insert_text_at_cursor(line[len(typed) :])
    await pilot.press("enter")
    await settle(pilot)


async def play(pilot, lines: list[str]) -> None:
    for number, line in enumerate(lines):
        if not isinstance(pilot.app.screen, SessionScreen):
            break
        await say(pilot, line, keystrokes=number == 0)
    await settle(pilot)


def screen_text(app) -> str:
    """Everything the current screen's widgets show, as plain text (wide enough not to wrap)."""
    import io

    from rich.console import Console
    from textual.widgets import Static

    console = Console(width=400, file=io.StringIO(), record=True, color_system=None)
    for widget in app.screen.query("*"):
        if isinstance(widget, Static):
            console.print(widget.content)
        elif widget.__class__.__name__ in ("MoodMeter", "StepBar"):
            console.print(widget.render())
        for title in (widget.border_title, widget.border_subtitle):
            if title:
                console.print(title)
    return console.export_text()


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_good_call_moves_the_mood_ticks_the_steps_and_ends_on_the_scorecard(library, lang, tmp_path):
    app = new_app(library, lang, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_scenario(pilot, GOOD_SCENARIO)
        anger = screen.query_one("#anger", MoodMeter)
        trust = screen.query_one("#trust", MoodMeter)
        start = (anger.value, trust.value)
        await say(pilot, SCRIPTS["good"][lang][0], keystrokes=True)
        assert (anger.value, trust.value) != start
        assert trust.value > start[1] and "▲" in str(trust.render())
        assert screen.query_one("#step-set_tone", StepRow).has_class("-done")
        hints = screen_text(app)
        quoted = re.findall(r"“([^”\n]+)”", hints)  # the hint quotes the trainee's own words
        assert any(len(words) >= 4 and words in SCRIPTS["good"][lang][0] for words in quoted)
        assert screen.session.persona.name.get(lang) in hints
        await play(pilot, SCRIPTS["good"][lang][1:])
        assert isinstance(app.screen, ScorecardScreen)
        assert app.screen.session.outcome == "resolved"
        text = screen_text(app)
        assert {"zh": "问题已解决", "en": "resolved"}[lang] in text
        assert {"zh": "各步骤得分", "en": "Steps"}[lang] in text


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_after_the_customers_goodbye_the_trainee_has_the_last_word(library, lang, tmp_path):
    app = new_app(library, lang, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_scenario(pilot, GOOD_SCENARIO)
        for line in SCRIPTS["good"][lang]:
            await say(pilot, line)
            if screen.session.outcome is not None:
                break
        assert screen.session.awaiting_last_word and app.screen is screen
        assert {"zh": "最后一句由你来说", "en": "The last word is yours"}[lang] in screen_text(app)
        assert screen.query_one("#reply").placeholder == {"zh": "说最后一句，按 Enter 结束通话", "en": "Your last word, Enter to end the call"}[lang]
        await say(pilot, {"zh": "感谢您的耐心，祝您生活愉快，再见！", "en": "Thanks for your patience, have a lovely evening. Bye!"}[lang])
        assert isinstance(app.screen, ScorecardScreen)
        assert "close_courteously" in app.screen.session.turns[-1].behaviors
        assert "↳" not in [line.strip() for line in screen_text(app).splitlines()]  # no empty answer under the last word


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_hostile_call_is_quoted_back_and_ends_in_a_breakdown(library, lang, tmp_path):
    app = new_app(library, lang, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_scenario(pilot, HOSTILE_SCENARIO)
        first = SCRIPTS["hostile"][lang][0]
        await say(pilot, first, keystrokes=True)
        if isinstance(app.screen, SessionScreen):
            hints = screen_text(app)
            assert {"zh": "否认可能", "en": "denied it could happen"}[lang] in hints
            assert {"zh": "“不可能", "en": "“That's impossible"}[lang] in hints
            assert screen.query_one("#anger", MoodMeter).change > 0
        await play(pilot, SCRIPTS["hostile"][lang][1:])
        assert isinstance(app.screen, ScorecardScreen)
        assert app.screen.session.outcome in ("hung_up", "escalated")
        text = screen_text(app)
        assert {"zh": "需要改进的说法", "en": "What to say instead"}[lang] in text
        assert {"zh": "不可能", "en": "impossible"}[lang] in text  # the violation quoted on the scorecard


def test_a_hint_quotes_the_fullest_span_of_each_behaviour():
    from types import SimpleNamespace

    from simulator.tui.widgets.hints import hint_text

    reply = "Credit on your account today; the dispute itself usually takes 5 to 10 working days."
    spans = [(reply.index("on your account"), "on your account"), (reply.index("the dispute"), "the dispute itself usually takes 5 to 10 working days")]
    turn = SimpleNamespace(
        trainee=reply, behaviors=("manage_expectations",), violations=(),
        evidence=[{"id": "manage_expectations", "start": start, "end": start + len(words)} for start, words in spans],
    )
    shown = hint_text(turn, None, "en", {}).plain
    assert "“the dispute itself usually takes 5 to 10 working days”" in shown and "“on your account”" not in shown


async def test_markup_and_escapes_in_a_reply_are_shown_as_typed(library):
    app = new_app(library, "en")
    typed = "Hello [bold]friend[/] \\[x] [link=http://a]y[/link] \x1b[31mred"
    async with app.run_test(size=(80, 24)) as pilot:
        await open_scenario(pilot, GOOD_SCENARIO)
        await say(pilot, "Hello [bold]friend[/] [/] [link=x]y[/link]")
        assert "Hello [bold]friend[/] [/] [link=x]y[/link]" in screen_text(app)
        # A control character is refused with a message, and the typed text stays in the box.
        box = app.screen.query_one("#reply")
        box.value = typed
        await pilot.press("enter")
        await settle(pilot)
        assert box.value == typed
        assert len(app.screen.session.turns) == 1


async def test_an_empty_reply_is_refused_and_the_input_keeps_focus(library):
    app = new_app(library, "zh")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_scenario(pilot, GOOD_SCENARIO)
        await pilot.press("space", "enter")
        await settle(pilot)
        assert screen.session.turns == []
        assert app.focused is screen.query_one("#reply")


async def test_the_typing_pause_is_skipped_by_any_key(library):
    app = make_app(lang="en", library=library, pace=50)  # a pause far longer than the test
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_scenario(pilot, GOOD_SCENARIO)
        await say(pilot, "Hello, how can I help you today?")
        assert screen.pending is not None and screen.query_one("#typing").has_class("-visible")
        await pilot.press("x")
        await pilot.pause()
        assert screen.pending is None and not screen.query_one("#typing").has_class("-visible")
        assert len(screen.query(".bubble.-customer")) == 2


async def test_a_reply_sent_while_the_customer_is_still_answering_goes_right_after_the_answer(library):
    """A trainee who types on and presses Enter before the customer's answer is in does not have to
    notice that the key did nothing: the reply is sent as soon as the customer has answered."""
    import threading

    app = new_app(library, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_scenario(pilot, GOOD_SCENARIO)
        grader = screen.session.detector
        answer = threading.Event()  # the grader holds the first reply until the second has been sent

        class Held:
            def detect(self, *args, **kwargs):
                answer.wait(timeout=10)
                return grader.detect(*args, **kwargs)

        screen.session.detector = Held()
        reply = screen.query_one("#reply")
        reply.insert_text_at_cursor("Hello, I'm so sorry the broadband is down.")
        await pilot.press("enter")
        for _ in range(50):
            if screen.responding:
                break
            await pilot.pause(0.05)
        assert screen.responding
        reply.insert_text_at_cursor("When did it first go off?")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.queued and len(screen.session.turns) == 0
        answer.set()
        for _ in range(100):  # the two replies, one after the other (a loaded machine may take a while)
            await settle(pilot)
            if len(screen.session.turns) == 2 and not screen.responding:
                break
            await pilot.pause(0.1)
        assert [turn.trainee for turn in screen.session.turns] == [
            "Hello, I'm so sorry the broadband is down.",
            "When did it first go off?",
        ]
        assert reply.value == "" and len(screen.query(".bubble.-customer")) == 3


@pytest.mark.parametrize(
    "text, width, lines",
    [
        # a full stop would open the third line: the character before it goes down with it
        ("行，今天多亏你了，我放心了。再见啊。", 32, ["行，今天多亏你了，我放心了。再见", "啊。"]),
        ("行，今天多亏你了，我放心了。再见啊。", 16, ["行，今天多亏你", "了，我放心了。再", "见啊。"]),
        # numbers and Latin words stay whole
        ("退款3到5个工作日到账，check一下OK吗？", 12, ["退款3到5个工", "作日到账，", "check一下OK", "吗？"]),
        # English is left to the usual word wrap
        ("Hello there, this is English only.", 10, ["Hello there, this is English only."]),
    ],
)
def test_chinese_bubbles_never_start_a_line_with_closing_punctuation(text, width, lines):
    from simulator.tui.widgets.transcript import wrap_chinese

    from rich.cells import cell_len

    wrapped = wrap_chinese(text, width).split("\n")
    assert wrapped == lines
    if len(lines) > 1:
        assert all(cell_len(line) <= width and line[0] not in "，。！？、；：" for line in wrapped)


@pytest.mark.parametrize(
    "reply, word, quoted",
    [
        # two characters say little on their own: the hint quotes their clause
        ("我今天下午就安排师傅上门，这三天的费用给您退回，您看这样行吗？", "退回", "这三天的费用给您退回"),
        ("So it was fifty minutes late, cold, and the lads had gone back - is that right?", "So", "So it was fifty minutes late"),
        # a span that says enough is quoted as it is
        ("Hello, thanks for calling.", "Hello", "Hello"),
    ],
)
def test_a_hint_quotes_a_very_short_cue_with_its_clause(reply, word, quoted):
    from types import SimpleNamespace

    from simulator.tui.widgets.hints import quotes_for

    start = reply.index(word)
    turn = SimpleNamespace(trainee=reply, evidence=[{"id": "x", "start": start, "end": start + len(word)}])
    assert quotes_for(turn, "x") == [quoted]


async def test_ending_early_asks_first_then_opens_the_scorecard_with_steps_missed(library):
    app = new_app(library, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_scenario(pilot, GOOD_SCENARIO)
        await pilot.press("escape")
        await pilot.press("n")
        assert isinstance(app.screen, SessionScreen)
        await pilot.press("escape")
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ScorecardScreen)
        assert "ended early" in screen_text(app)


async def test_hints_toggle_off_and_on_with_a_key(library):
    app = new_app(library, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_scenario(pilot, GOOD_SCENARIO)
        hints = screen.query_one("#hints-scroll")
        assert hints.display and hints.visible
        await pilot.press("f3")
        assert screen.has_class("-no-hints") and hints.styles.display == "none"
        await pilot.press("f3")
        assert not screen.has_class("-no-hints")


async def test_the_scorecard_exports_markdown_and_says_where(library, tmp_path):
    app = new_app(library, "en", tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_scenario(pilot, HOSTILE_SCENARIO)
        await play(pilot, SCRIPTS["hostile"]["en"])
        await pilot.press("e")
        await pilot.pause()
        files = list(tmp_path.glob("scorecard-parcel_missing-en-*.md"))
        assert len(files) == 1
        markdown = files[0].read_text(encoding="utf-8")
        assert markdown.startswith("# Scorecard") and "impossible" in markdown
        assert any(str(files[0]) in n.message for n in app._notifications)


async def test_play_again_and_back_to_the_list(library):
    app = new_app(library, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_scenario(pilot, HOSTILE_SCENARIO)
        await play(pilot, SCRIPTS["hostile"]["en"])
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, SessionScreen) and app.screen.session.turns == []
        await pilot.press("escape", "y")
        await settle(pilot)
        await pilot.press("b")
        assert isinstance(app.screen, HomeScreen)
        assert len(app.screen_stack) == 2


async def test_the_filter_narrows_the_table_and_the_panel_follows_the_highlight(library):
    app = new_app(library, "zh")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#scenarios")
        assert table.row_count == len(library.scenarios)
        await pilot.press(*"宽带")
        assert [key.value for key in table.rows] == ["broadband_outage"]
        assert "周阿姨" in screen_text(app)
        await pilot.press("escape")
        assert table.row_count == len(library.scenarios)
        await pilot.press("down")
        second = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        assert library.scenarios[second].title.zh in screen_text(app)


async def test_switching_language_relabels_the_list_and_the_content(library):
    app = new_app(library, "zh")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#scenarios")
        assert str(next(iter(table.columns.values())).label) == "场景"
        assert library.scenarios["broadband_outage"].title.zh in [str(table.get_cell_at((r, 0))) for r in range(table.row_count)]
        await pilot.press("f2")
        await pilot.pause()
        assert app.lang == "en"
        assert str(next(iter(table.columns.values())).label) == "Scenario"
        titles = [str(table.get_cell_at((r, 0))) for r in range(table.row_count)]
        assert "Broadband down for three days" in titles
        assert app.screen.query_one("#filter").placeholder.startswith("Type to filter")


async def test_the_cli_scenario_argument_opens_the_call_directly(library):
    app = make_app(lang="en", library=library, scenario_id=GOOD_SCENARIO, pace=0)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, SessionScreen)
        assert app.screen.session.opening in screen_text(app)


async def test_help_lists_the_keys_and_the_palette_offers_the_commands(library):
    from simulator.tui.commands import RoleplayCommands
    from simulator.tui.screens.help import HelpScreen

    app = new_app(library, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        assert "End call" in screen_text(app) and "F3" in screen_text(app)
        await pilot.press("escape")
        provider = RoleplayCommands(app.screen)
        labels = [label for label, _, _ in provider.commands()]
        assert "Start: Broadband down for three days" in labels
        assert "Toggle coach hints" in labels and "Switch language: 中文" in labels


async def test_keys_typed_as_the_scorecard_opens_do_not_trigger_its_actions(library, tmp_path):
    app = make_app(lang="en", library=library, pace=50, export_dir=tmp_path)  # keys arm only after a pause
    async with app.run_test(size=(80, 24)) as pilot:
        await open_scenario(pilot, GOOD_SCENARIO)
        await pilot.press("escape", "y")
        await settle(pilot)
        assert isinstance(app.screen, ScorecardScreen)
        await pilot.press("e", "r", "b")
        assert isinstance(app.screen, ScorecardScreen) and not list(tmp_path.iterdir())
        app.screen.arm()
        await pilot.press("b")
        assert isinstance(app.screen, HomeScreen)


async def test_a_finished_call_is_saved_and_the_history_screen_shows_it(library, private_history):
    from simulator.tui.screens.history import HistoryScreen

    app = new_app(library, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_scenario(pilot, GOOD_SCENARIO)
        await play(pilot, SCRIPTS["good"]["en"])
        assert isinstance(app.screen, ScorecardScreen)
        for _ in range(50):
            await pilot.pause(0.02)
            if private_history.exists():
                break
        await pilot.press("f4")
        await pilot.pause(0.2)
        assert isinstance(app.screen, HistoryScreen)
        text = screen_text(app)
        assert "1 calls, 1 resolved" in text
        table = app.screen.query_one("#history-calls")
        assert table.row_count == 1
        title = library.scenario(GOOD_SCENARIO).title.en
        assert title in str(table.get_row_at(0)[3])
