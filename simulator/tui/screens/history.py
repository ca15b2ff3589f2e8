"""The trainee's past calls, newest first, with how their average score is moving."""

from __future__ import annotations

import asyncio
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from simulator.domain import STEPS
from simulator.i18n import name_of, t
from simulator.tui.keys import localize_bindings
from simulator.tui.messages import LanguageChanged

WINDOW = 5


def read_history(path: Any) -> tuple[list, dict]:
    from simulator.store import list_calls, open_history, progress

    calls = list_calls(open_history(path))
    return calls, progress(calls, window=WINDOW)


def progress_text(summary: dict, lang: str) -> Text:
    text = Text(t("history.summary", lang, calls=summary["calls"], resolved=summary["resolved"]) + "\n")
    text.append(t("history.recent", lang, n=WINDOW) + "\n", style="bold")
    names = {key: t("history.overall", lang) if key == "overall" else name_of("step", key, lang) for key in ("overall", *STEPS)}
    width = max(cell_len(name) for name in names.values())
    for key, name in names.items():
        recent, earlier = summary["recent"][key], summary["earlier"][key]
        if recent is None:
            continue
        text.append(f"  {name}{' ' * (width - cell_len(name))}  {recent:>5g}")
        if earlier is not None:
            change = recent - earlier
            text.append(t("history.trend", lang, earlier=f"{earlier:g}", change=f"{change:+g}"),
                        style="green" if change > 0 else "red" if change < 0 else "")
        text.append("\n")
    return text


class HistoryScreen(Screen):
    CSS_PATH = "history.tcss"
    BINDINGS = [Binding("b,escape", "back", "Back", id="key.back")]

    def __init__(self, library: Any, history_path: Any, lang: str) -> None:
        super().__init__()
        self.library = library
        self.history_path = history_path
        self.lang = lang

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="history"):
            yield Static(id="history-progress")
            yield DataTable(id="history-calls", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        localize_bindings(self, self.lang)
        self.sub_title = t("history.title", self.lang)
        self.load()

    @work(exclusive=True)
    async def load(self) -> None:
        from simulator.store import HistoryError

        try:
            calls, summary = await asyncio.to_thread(read_history, self.history_path)
        except HistoryError as error:
            self.query_one("#history-progress", Static).update(Text(t("history.unavailable", self.lang, error=error)))
            return
        self.show(calls, summary)

    def show(self, calls: list, summary: dict) -> None:
        lang = self.lang
        self.query_one("#history-progress", Static).update(
            progress_text(summary, lang) if calls else Text(t("history.empty", lang))
        )
        table = self.query_one("#history-calls", DataTable)
        table.clear(columns=True)
        # The scenario title is last: it is the one column that may be cut at 80 columns.
        table.add_columns(*(t(f"history.col.{c}", lang) for c in ("when", "score", "outcome", "scenario")))
        for call in calls:
            scenario = self.library.scenarios.get(call.scenario) if self.library else None
            title = scenario.title.get(lang) if scenario else call.scenario
            score = f"{call.overall} {call.grade or ''}" if call.overall is not None else "-"
            table.add_row(
                Text(call.finished_at[5:16].replace("T", " ")),
                Text(score),
                Text(name_of("outcome", call.outcome, lang)),
                Text(title),
            )
        table.focus()

    def action_back(self) -> None:
        self.app.pop_screen()

    @on(LanguageChanged)
    def language_changed(self) -> None:
        self.lang = self.app.lang
        localize_bindings(self, self.lang)
        self.sub_title = t("history.title", self.lang)
        self.refresh_bindings()
        self.load()
