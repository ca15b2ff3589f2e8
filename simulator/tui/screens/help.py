"""The key bindings, grouped by screen, in the UI language."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from simulator.i18n import t
from simulator.tui.messages import LanguageChanged

KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("help.everywhere", (("F1", "key.help"), ("F2", "key.switch_language"), ("F3", "key.hints"), ("F4", "key.history"), ("Ctrl+P", "key.palette"), ("Ctrl+Q", "key.quit"))),
    ("help.home", (("↑ ↓", "key.move"), ("Enter", "key.start"), ("Esc", "key.clear_filter"))),
    ("help.session", (("Enter", "key.send"), ("Esc", "key.end_call"), ("…", "key.skip"))),
    ("help.scorecard", (("e", "key.export"), ("r", "key.again"), ("b / Esc", "key.back"))),
)


def help_text(lang: str) -> Text:
    text = Text()
    text.append(t("help.intro", lang) + "\n")
    for section, keys in KEYS:
        text.append(f"\n{t(section, lang)}\n", style="bold underline")
        for key, action in keys:
            text.append(f"  {key:<9}", style="bold")
            text.append(t(action, lang) + "\n")
    return text


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape,q", "dismiss", show=False)]

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(help_text(self.lang), id="help-body")

    def on_mount(self) -> None:
        box = self.query_one("#help", VerticalScroll)
        box.border_title = t("help.title", self.lang)
        box.border_subtitle = t("help.close", self.lang)

    @on(LanguageChanged)
    def language_changed(self) -> None:
        self.lang = self.app.lang
        self.query_one("#help-body", Static).update(help_text(self.lang))
        self.on_mount()
