"""After the call: the graded scorecard, with export, play again and back to the list."""

from __future__ import annotations

import asyncio
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Static

from simulator.i18n import t
from simulator.tui.keys import localize_bindings
from simulator.tui.messages import LanguageChanged
from simulator.tui.scorecard_data import ScoreView, build_score_view, provisional_card
from simulator.tui.widgets.score_view import ScoreBody


def grade(session: Any) -> tuple[ScoreView, dict | None, str | None]:
    """The graded view and card, or a provisional view from the call itself and the reason the grader failed."""
    from simulator.practice import scorecard

    try:
        card = scorecard(session)
        return build_score_view(card, session), card, None
    except Exception as error:  # the grader is another module: say what failed, still show the call
        return build_score_view(provisional_card(session), session), None, str(error)


def save_to_history(session: Any, card: dict, history_path: Any) -> str | None:
    """Store the graded call; the reason it could not be stored, or None."""
    from simulator.store import HistoryError, open_history, save_call

    try:
        save_call(open_history(history_path), {**session.record(), "score": card})
    except HistoryError as error:
        return str(error)
    return None


class ScorecardScreen(Screen):
    CSS_PATH = "scorecard.tcss"
    BINDINGS = [
        Binding("e", "export", "Export", id="key.export"),
        Binding("r", "again", "Play again", id="key.again"),
        Binding("b,escape", "back", "Back", id="key.back"),
    ]

    def __init__(self, library: Any, session: Any, seed: int) -> None:
        super().__init__()
        self.library = library
        self.session = session
        self.seed = seed
        self.lang = session.lang
        self.view: ScoreView | None = None
        self.armed = False  # keys wait a moment: the trainee may still be typing when the call ends

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="scorecard"):
            yield Static(Text(t("score.grading", self.lang)), id="grading")
        with Horizontal(id="score-buttons"):
            yield Button(t("score.export", self.lang), id="export")
            yield Button(t("score.again", self.lang), id="again", variant="primary")
            yield Button(t("score.back", self.lang), id="back")
        yield Footer()

    def on_mount(self) -> None:
        localize_bindings(self, self.lang)
        self.sub_title = f"{t('score.title', self.lang)} · {self.session.scenario.title.get(self.lang)}"
        self.set_timer(1.0 * self.app.pace, self.arm) if self.app.pace else self.arm()
        self.grade()

    def arm(self) -> None:
        self.armed = True
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in ("export", "again", "back"):
            return self.armed and self.view is not None
        return True

    @work(exclusive=True)
    async def grade(self) -> None:
        self.view, card, problem = await asyncio.to_thread(grade, self.session)
        if problem:
            self.notify(t("score.unavailable", self.lang, error=problem), severity="warning", timeout=6)
        if card is not None and self.session.turns:
            failed = await asyncio.to_thread(save_to_history, self.session, card, self.app.history_path)
            if failed:
                self.notify(t("history.unavailable", self.lang, error=failed), severity="warning", timeout=6)
        await self.query_one("#grading").remove()
        body = ScoreBody(self.view, id="score-body")
        await self.query_one("#scorecard").mount(body)
        body.focus()
        self.refresh_bindings()

    @on(Button.Pressed, "#export")
    def action_export(self) -> None:
        from simulator.tui.export import export_scorecard

        if self.view is None:
            return
        try:
            path = export_scorecard(self.view, self.app.export_dir)
        except OSError as error:
            self.notify(t("score.export_failed", self.lang, error=error.strerror or error), severity="error")
            return
        self.notify(t("score.exported", self.lang, path=str(path)), timeout=8)

    @on(Button.Pressed, "#again")
    def action_again(self) -> None:
        self.app.start_scenario(self.session.scenario.id, seed=self.seed)

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        self.app.pop_screen()

    @on(LanguageChanged)
    def language_changed(self) -> None:
        if self.app.screen is self:
            self.notify(t("session.lang_next_call", self.app.lang), timeout=3)
