"""The trainer app: loads content off the critical path and routes between screens."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive

from simulator.i18n import other_lang, t
from simulator.tui.commands import RoleplayCommands
from simulator.tui.keys import localize_bindings
from simulator.tui.messages import LanguageChanged, LibraryLoaded
from simulator.tui.screens.home import HomeScreen


def _load_library() -> Any:
    from simulator.content import load_library

    return load_library()


def _warm_detector(first: str) -> None:
    """Compile the grader's lexicons and load its models before the first call needs them, the
    language the trainer is in first (a call that starts meanwhile waits only for that one)."""
    from simulator.domain import LANGS
    from simulator.grading.detect import default_detector

    detector = default_detector()
    for lang in sorted(LANGS, key=lambda lang: lang != first):
        detector.lexicon(lang)
        detector.model(lang)


class RoleplayApp(App[int]):
    """Routing and app-wide state only: the UI language, whether coach hints show, the library."""

    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {RoleplayCommands}
    BINDINGS = [
        Binding("f1", "help", "Help", id="key.help"),
        Binding("f2", "switch_language", "Language", id="key.language"),
        Binding("f3", "toggle_hints", "Hints", id="key.hints"),
        Binding("f4", "history", "History", id="key.history"),
        Binding("ctrl+p", "command_palette", "Commands", id="key.palette", show=False, priority=True),
    ]

    lang: reactive[str] = reactive("zh", init=False)
    hints: reactive[bool] = reactive(True)

    def __init__(
        self,
        lang: str = "zh",
        library: Any = None,
        scenario_id: str | None = None,
        seed: int = 0,
        pace: float = 1.0,
        export_dir: Path | None = None,
        history_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.set_reactive(RoleplayApp.lang, lang)
        self.library = library
        self.start_id = scenario_id
        self.seed = seed
        self.pace = pace  # 1.0: the customer "types" for a moment; 0: instant (tests)
        self.export_dir = Path(export_dir) if export_dir else Path.cwd()
        self.history_path = history_path  # None: the store's default (ROLEPLAY_HISTORY or the user's data folder)
        self.home = HomeScreen()
        self.title = t("app.title", lang)

    def on_mount(self) -> None:
        localize_bindings(self, self.lang)
        self.push_screen(self.home)
        # Content loads after the first paint: the list is usable (filter box focused) at once.
        self.call_after_refresh(self.load_content)

    @work(exclusive=True, group="library")
    async def load_content(self) -> None:
        if self.library is None:
            try:
                self.library = await asyncio.to_thread(_load_library)
            except Exception as error:  # content errors are shown, not raised: the UI stays up
                self.home.post_message(LibraryLoaded(error=str(error)))
                return
        self.home.post_message(LibraryLoaded(self.library))
        if self.start_id:
            self.start_scenario(self.start_id)
        try:
            await asyncio.to_thread(_warm_detector, self.lang)
        except Exception:
            pass  # the call screen reports grader problems when a call starts

    def start_scenario(self, scenario_id: str, seed: int | None = None) -> None:
        """Open a call on `scenario_id` over the scenario list."""
        from simulator.tui.screens.session import SessionScreen

        if self.library is None or scenario_id not in self.library.scenarios:
            return
        scenario = self.library.scenarios[scenario_id]
        if self.lang not in scenario.languages:
            self.notify(t("home.not_in_lang", self.lang), severity="warning")
            return
        while len(self.screen_stack) > 2:
            self.pop_screen()
        self.push_screen(SessionScreen(self.library, scenario_id, self.lang, self.seed if seed is None else seed))

    def action_command_palette(self) -> None:
        """Textual's palette, with its search prompt in the UI language."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder=t("cmd.placeholder", self.lang), id="--command-palette"))

    def action_help(self) -> None:
        from simulator.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()
        else:
            self.push_screen(HelpScreen(self.lang))

    def action_history(self) -> None:
        from simulator.tui.screens.history import HistoryScreen

        if not isinstance(self.screen, HistoryScreen):
            self.push_screen(HistoryScreen(self.library, self.history_path, self.lang))

    def action_switch_language(self) -> None:
        self.lang = other_lang(self.lang)

    def watch_lang(self, lang: str) -> None:
        self.title = t("app.title", lang)
        localize_bindings(self, lang)
        for screen in self.screen_stack:
            screen.post_message(LanguageChanged())
        self.notify(t("lang.switched", lang), timeout=2)

    def action_toggle_hints(self) -> None:
        self.hints = not self.hints
        self.notify(t("hints.on" if self.hints else "hints.off", self.lang), timeout=2)

    def action_export(self) -> None:
        export = getattr(self.screen, "action_export", None)
        if export is not None:
            export()


def make_app(
    lang: str = "zh",
    library: Any = None,
    scenario_id: str | None = None,
    seed: int = 0,
    pace: float = 1.0,
    export_dir: Path | None = None,
    history_path: Path | None = None,
) -> RoleplayApp:
    """The one way to build the trainer, for the CLI and the tests alike."""
    return RoleplayApp(
        lang=lang, library=library, scenario_id=scenario_id, seed=seed, pace=pace,
        export_dir=export_dir, history_path=history_path,
    )


def run_app(lang: str = "zh", scenario_id: str | None = None, seed: int = 0) -> int:
    """Run the trainer in the terminal; the exit status for the CLI."""
    result = make_app(lang=lang, scenario_id=scenario_id, seed=seed).run()
    return int(result or 0)
