"""One practice call: the chat, the reply box (which keeps focus) and the side panel.

The engine plays each reply in a worker thread; the customer's answer then appears after a short
typing pause that any key, or sending again, skips. When the call ends the scorecard opens.
"""

from __future__ import annotations

import asyncio
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Header

from simulator.grading.progress import step_progress
from simulator.i18n import t
from simulator.tui.keys import localize_bindings
from simulator.tui.messages import LanguageChanged
from simulator.tui.widgets.reply import ReplyInput, TypingIndicator
from simulator.tui.widgets.side_panel import SidePanel
from simulator.tui.widgets.transcript import Transcript

REPLY_ERRORS = (("empty", "error.empty"), ("too long", "error.too_long"), ("control", "error.control"), ("ended", "error.ended"))


def reply_error_text(error: Exception, lang: str) -> str:
    message = str(error)
    return next((t(key, lang) for cue, key in REPLY_ERRORS if cue in message), message)


def typing_pause(line: str, pace: float) -> float:
    """Seconds the customer seems to type `line` for: longer lines take a little longer, no line none."""
    return pace * min(2.0, 0.5 + 0.02 * len(line)) if line else 0.0


class SessionScreen(Screen):
    CSS_PATH = "session.tcss"
    BINDINGS = [Binding("escape", "end_call", "End call", id="key.end_call")]

    responding: reactive[bool] = reactive(False)  # the engine is working or the customer is "typing"

    def __init__(self, library: Any, scenario_id: str, lang: str, seed: int) -> None:
        super().__init__()
        self.library = library
        self.scenario = library.scenarios[scenario_id]
        self.persona = library.persona_of(self.scenario)
        self.lang = lang
        self.seed = seed
        self.session: Any = None
        self.pending: Any = None  # a played turn whose customer line is not shown yet
        self.queued = False  # a reply sent while the engine was still on the last one: it goes when the customer has answered
        self.pause_timer: Timer | None = None
        self.closing = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="call"):
            with Vertical(id="chat"):
                yield Transcript(id="transcript")
                yield TypingIndicator(id="typing")
                yield ReplyInput(id="reply", placeholder=t("session.placeholder", self.lang), max_length=2000)
            yield SidePanel(self.persona, self.lang, id="side")
        yield Footer()

    def on_mount(self) -> None:
        localize_bindings(self, self.lang)
        self.sub_title = self.scenario.title.get(self.lang)
        self.watch(self.app, "hints", self.show_hints_part)
        self.query_one("#transcript", Transcript).add_notice(t("session.connecting", self.lang), "connecting")
        self.query_one("#reply", ReplyInput).focus()
        self.connect()

    @work(exclusive=True, group="engine")
    async def connect(self) -> None:
        from simulator.practice import start_call

        self.responding = True
        try:
            self.session = await asyncio.to_thread(start_call, self.library, self.scenario.id, self.lang, self.seed)
        except Exception as error:
            self.notify(str(error), severity="error", timeout=10)
            return
        transcript = self.query_one("#transcript", Transcript)
        transcript.query(".connecting").remove()
        transcript.add(self.session.opening, self.persona.name.get(self.lang), t("session.opening", self.lang), "customer")
        self.responding = False
        self.refresh_panel(None)

    def refresh_panel(self, turn: Any | None) -> None:
        session = self.session
        side = self.query_one("#side", SidePanel)
        side.show_persona(session.mood.band(self.persona))
        side.show_mood(session.mood.anger, session.mood.trust, first=turn is None)
        side.show_steps(step_progress([t_.behaviors for t_ in session.turns], ended=session.finished or self.closing))
        phase = self.scenario.state(session.state).phase
        need = self.persona.needs.get(phase) if phase else None
        side.show_hints(turn, need.get(self.lang) if need else None)

    def show_hints_part(self, shown: bool) -> None:
        self.set_class(not shown, "-no-hints")

    @on(ReplyInput.KeyPressed)
    def skip_pause(self) -> None:
        if self.pending is not None:
            self.reveal()

    @on(ReplyInput.Submitted, "#reply")
    def send(self, event: ReplyInput.Submitted) -> None:
        if self.pending is not None:
            self.reveal()
        if self.session is None:
            return
        if self.responding:  # still working out the customer's answer: send this one right after it
            self.queued = True
            return
        if self.session.finished:
            self.open_scorecard()
            return
        from simulator.engine.session import ReplyError, check_reply

        try:
            text = check_reply(event.value)
        except ReplyError as error:
            self.notify(reply_error_text(error, self.lang), severity="warning")
            return
        event.input.clear()
        number = len(self.session.turns) + 1
        self.query_one("#transcript", Transcript).add(text, t("session.you", self.lang), t("session.turn", self.lang, n=number), "trainee")
        self.play(text)

    @work(exclusive=True, group="engine")
    async def play(self, text: str) -> None:
        from simulator.engine.session import ReplyError

        self.responding = True
        try:
            turn = await asyncio.to_thread(self.session.reply, text)
        except ReplyError as error:
            self.responding = False
            self.notify(reply_error_text(error, self.lang), severity="warning")
            return
        self.pending = turn
        pause = typing_pause(turn.customer, self.app.pace)
        if pause <= 0:
            self.reveal()
            return
        self.query_one("#typing", TypingIndicator).start(t("session.typing", self.lang, name=self.persona.name.get(self.lang)))
        self.pause_timer = self.set_timer(pause, self.reveal)

    def reveal(self) -> None:
        """Show the pending customer line now, and everything it changed."""
        turn, self.pending = self.pending, None
        if turn is None:
            return
        if self.pause_timer is not None:
            self.pause_timer.stop()
            self.pause_timer = None
        self.query_one("#typing", TypingIndicator).stop()
        number = len(self.session.turns)
        transcript = self.query_one("#transcript", Transcript)
        if turn.customer:  # the trainee's last word after a goodbye goes unanswered
            transcript.add(turn.customer, self.persona.name.get(self.lang), t("session.turn", self.lang, n=number), "customer")
        self.refresh_panel(turn)
        self.responding = False
        queued, self.queued = self.queued, False
        if self.session.finished:
            self.call_ended()  # a reply typed meanwhile stays in the box, unsent
            return
        reply = self.query_one("#reply", ReplyInput)
        if self.session.awaiting_last_word:
            transcript.add_notice(t("session.last_word", self.lang), "last-word")
            reply.placeholder = t("session.placeholder_last_word", self.lang)
        if queued:
            self.call_later(reply.action_submit)

    def call_ended(self) -> None:
        outcome = self.session.outcome or "incomplete"
        self.query_one("#transcript", Transcript).add_notice(
            t("session.ended", self.lang, outcome=t(f"outcome.{outcome}", self.lang)), f"ended -{outcome}"
        )
        self.query_one("#reply", ReplyInput).placeholder = t("session.placeholder_ended", self.lang)
        if self.app.pace:
            self.set_timer(2.5 * self.app.pace, self.open_scorecard)
        else:
            self.call_after_refresh(self.open_scorecard)

    def open_scorecard(self) -> None:
        from simulator.tui.screens.scorecard import ScorecardScreen

        if self.closing or not self.is_mounted:
            return
        if self.app.screen is not self:  # a dialog is open: wait for it to close
            self.set_timer(0.5, self.open_scorecard)
            return
        self.closing = True
        self.app.switch_screen(ScorecardScreen(self.library, self.session, self.seed))

    def action_end_call(self) -> None:
        from simulator.tui.screens.confirm import ConfirmScreen

        if self.session is None:
            self.app.pop_screen()
            return
        if self.session.outcome is not None:  # over, or only the trainee's last word to come
            self.open_scorecard()
            return

        def confirmed(end: bool | None) -> None:
            if end:
                self.reveal()
                self.open_scorecard()

        self.app.push_screen(ConfirmScreen(t("confirm.end_call", self.lang), self.lang), confirmed)

    @on(LanguageChanged)
    def language_changed(self) -> None:
        if self.app.screen is self:
            self.notify(t("session.lang_next_call", self.app.lang), timeout=3)
