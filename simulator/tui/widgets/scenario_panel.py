"""The side panel of the scenario list: the situation and the customer's coaching advice."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from simulator.i18n import name_of, t


def bullet_list(items: list[str]) -> Table:
    """Bullets with a hanging indent, so a long Chinese line wraps under its text, not under the bullet."""
    table = Table.grid(padding=(0, 1))
    table.add_column(width=1)
    table.add_column(ratio=1)
    for item in items:
        table.add_row("•", Text(item))
    return table


def scenario_text(scenario: Any, persona: Any, lang: str) -> RenderableType:
    """The panel's content for one scenario, as plain Text (content is never parsed as markup)."""
    text = Text()
    text.append(scenario.title.get(lang), style="bold")
    text.append("\n\n")
    text.append(t("home.situation", lang) + "\n", style="underline")
    text.append(scenario.situation.get(lang) + "\n\n")
    text.append(t("home.customer", lang) + "\n", style="underline")
    text.append(f"{persona.name.get(lang)} · {name_of('persona_type', persona.type, lang)}\n", style="bold")
    text.append(persona.description.get(lang) + "\n\n")
    text.append(t("home.advice", lang), style="underline")
    return Group(text, bullet_list(persona.advice.get(lang)))


class ScenarioPanel(VerticalScroll, can_focus=False):
    """Shows the highlighted scenario; `show(None)` shows a message instead."""

    def compose(self):
        yield Static(id="details-body")

    def show(self, scenario: Any, persona: Any, lang: str) -> None:
        self.query_one("#details-body", Static).update(scenario_text(scenario, persona, lang))
        self.scroll_home(animate=False)

    def message(self, text: str) -> None:
        self.query_one("#details-body", Static).update(Text(text))
