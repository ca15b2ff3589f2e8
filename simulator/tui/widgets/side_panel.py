"""The call's side panel: who is calling, their mood, the five steps and the coach hints."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, Static

from simulator.grading.progress import StepProgress
from simulator.i18n import name_of, t
from simulator.tui.widgets.hints import CoachHints
from simulator.tui.widgets.mood import MoodMeter
from simulator.tui.widgets.steps import StepList


class SidePanel(Vertical):
    """Fixed parts on top; the hints take the rest and scroll on their own."""

    def __init__(self, persona: Any, lang: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.persona = persona
        self.lang = lang

    def compose(self):
        lang = self.lang
        yield Static(id="persona-card")
        yield MoodMeter(t("mood.anger", lang), good_when_up=False, id="anger", classes="meter -anger")
        yield MoodMeter(t("mood.trust", lang), good_when_up=True, id="trust", classes="meter -trust")
        yield Label(t("steps.title", lang), classes="section-title")
        yield StepList(lang, id="steps")
        yield Label(t("hints.title", lang), classes="section-title hints-part")
        with VerticalScroll(id="hints-scroll", classes="hints-part", can_focus=False):
            yield CoachHints(id="hints")

    def show_persona(self, band: str | None) -> None:
        text = Text(self.persona.name.get(self.lang), style="bold")
        text.append(f"\n{name_of('persona_type', self.persona.type, self.lang)}")
        if band:
            text.append(f" · {t(f'band.{band}', self.lang)}")
        self.query_one("#persona-card", Static).update(text)

    def show_mood(self, anger: int, trust: int, first: bool = False) -> None:
        self.query_one("#anger", MoodMeter).set_value(anger, first)
        self.query_one("#trust", MoodMeter).set_value(trust, first)

    def show_steps(self, progress: list[StepProgress]) -> None:
        self.query_one("#steps", StepList).update_progress(progress)

    def show_hints(self, turn: Any | None, need: str | None) -> None:
        self.query_one("#hints", CoachHints).show(turn, need, self.lang)
        self.query_one("#hints-scroll").scroll_home(animate=False)
