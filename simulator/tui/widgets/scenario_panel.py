"""The side panel of the scenario list: the situation and the customer's coaching advice."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from simulator.i18n import name_of, t


def scenario_text(scenario: Any, persona: Any, lang: str) -> Text:
    """The panel's content for one scenario, as plain Text (content is never parsed as markup)."""
    text = Text()
    text.append(scenario.title.get(lang), style="bold")
    text.append("\n\n")
    text.append(t("home.situation", lang) + "\n", style="underline")
    text.append(scenario.situation.get(lang) + "\n\n")
    text.append(t("home.customer", lang) + "\n", style="underline")
    text.append(f"{persona.name.get(lang)} · {name_of('persona_type', persona.type, lang)}\n", style="bold")
    text.append(persona.description.get(lang) + "\n\n")
    text.append(t("home.advice", lang) + "\n", style="underline")
    for advice in persona.advice.get(lang):
        text.append(f"• {advice}\n")
    return text


class ScenarioPanel(VerticalScroll, can_focus=False):
    """Shows the highlighted scenario; `show(None)` shows a message instead."""

    def compose(self):
        yield Static(id="details-body")

    def show(self, scenario: Any, persona: Any, lang: str) -> None:
        self.query_one("#details-body", Static).update(scenario_text(scenario, persona, lang))
        self.scroll_home(animate=False)

    def message(self, text: str) -> None:
        self.query_one("#details-body", Static).update(Text(text))
