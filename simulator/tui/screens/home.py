"""The scenario list: type to filter, ↑↓ to choose, Enter to start; details in the side panel."""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input

from simulator.i18n import name_of, t
from simulator.tui.keys import localize_bindings
from simulator.tui.messages import LanguageChanged, LibraryLoaded
from simulator.tui.widgets.scenario_panel import ScenarioPanel

LANG_LABELS = {"zh": "中", "en": "EN"}


def matches(scenario: Any, persona: Any, query: str, lang: str) -> bool:
    """Whether a scenario matches the filter text, in either language, by title, type, level or setting."""
    if not query:
        return True
    haystack = " ".join(
        [
            scenario.id,
            scenario.setting,
            scenario.title.zh,
            scenario.title.en,
            name_of("persona_type", persona.type, "zh"),
            name_of("persona_type", persona.type, "en"),
            t(f"difficulty.{scenario.difficulty}", lang),
            scenario.difficulty,
            persona.name.get(lang),
        ]
    ).lower()
    return all(word in haystack for word in query.lower().split())


class HomeScreen(Screen):
    """The first screen. The filter box keeps focus; the arrow keys move the table's cursor."""

    BINDINGS = [
        Binding("enter", "start", "Start", id="key.start", show=True),
        Binding("down", "move(1)", show=False),
        Binding("up", "move(-1)", show=False),
        Binding("pagedown", "move(5)", show=False),
        Binding("pageup", "move(-5)", show=False),
        Binding("escape", "clear_filter", "Clear filter", id="key.clear_filter"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.library: Any = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="home"):
            with Vertical(id="list"):
                yield Input(id="filter")
                table = DataTable(id="scenarios", cursor_type="row", zebra_stripes=True)
                table.can_focus = False
                yield table
            yield ScenarioPanel(id="details")
        yield Footer()

    def on_mount(self) -> None:
        self.relabel()
        self.query_one("#details", ScenarioPanel).message(t("home.loading", self.app.lang))

    def relabel(self) -> None:
        lang = self.app.lang
        localize_bindings(self, lang)
        self.sub_title = t("home.subtitle", lang)
        self.query_one("#filter", Input).placeholder = t("home.filter", lang)
        self.refresh_bindings()
        self.fill_table()

    def on_resize(self) -> None:
        self.call_after_refresh(self.fill_table)

    @on(LanguageChanged)
    def language_changed(self) -> None:
        self.relabel()

    @on(LibraryLoaded)
    def library_loaded(self, message: LibraryLoaded) -> None:
        if message.error:
            self.query_one("#details", ScenarioPanel).message(message.error)
            return
        self.library = message.library
        self.fill_table()

    @on(Input.Changed, "#filter")
    def filter_changed(self) -> None:
        self.fill_table()

    def fill_table(self) -> None:
        if self.library is None:
            return
        lang = self.app.lang
        table = self.query_one("#scenarios", DataTable)
        highlighted = self.highlighted_id()
        query = self.query_one("#filter", Input).value.strip()
        order = {"easy": 0, "medium": 1, "hard": 2}
        scenarios = sorted(self.library.scenarios.values(), key=lambda s: (order.get(s.difficulty, 3), s.title.get(lang)))
        rows = []
        for scenario in scenarios:
            persona = self.library.persona_of(scenario)
            if matches(scenario, persona, query, lang):
                rows.append(
                    (
                        scenario.id,
                        scenario.title.get(lang),
                        name_of("persona_type", persona.type, lang),
                        Text(t(f"difficulty.{scenario.difficulty}", lang), style=self.difficulty_style(scenario.difficulty)),
                        " ".join(LANG_LABELS[code] for code in scenario.languages),
                    )
                )
        headers = [t(f"home.col.{key}", lang) for key in ("title", "type", "difficulty", "languages")]
        widths = [max([cell_len(h)] + [cell_len(str(row[i + 1])) for row in rows]) for i, h in enumerate(headers)]
        # The title column takes what the others leave, so the table never scrolls sideways.
        room = (table.size.width or self.size.width - 36) - sum(widths[1:]) - 2 * len(widths) - 1
        widths[0] = max(10, min(widths[0], room))
        table.clear(columns=True)
        for key, header, width in zip(("title", "type", "difficulty", "languages"), headers, widths):
            table.add_column(header, key=key, width=width)
        for scenario_id, title, kind, difficulty, languages in rows:
            table.add_row(Text(title, no_wrap=True, overflow="ellipsis"), Text(kind), difficulty, Text(languages), key=scenario_id)
        if highlighted and highlighted in [row.value for row in table.rows]:
            table.move_cursor(row=table.get_row_index(highlighted))
        self.show_details()

    def highlighted_id(self) -> str | None:
        table = self.query_one("#scenarios", DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def show_details(self) -> None:
        panel = self.query_one("#details", ScenarioPanel)
        scenario_id = self.highlighted_id()
        if scenario_id is None:
            panel.message(t("home.empty", self.app.lang))
            return
        scenario = self.library.scenarios[scenario_id]
        panel.show(scenario, self.library.persona_of(scenario), self.app.lang)

    @on(DataTable.RowHighlighted, "#scenarios")
    def row_highlighted(self) -> None:
        self.show_details()

    @on(DataTable.RowSelected, "#scenarios")
    def row_selected(self, event: DataTable.RowSelected) -> None:
        self.app.start_scenario(event.row_key.value)

    def difficulty_style(self, difficulty: str) -> str:
        variable = {"easy": "success", "medium": "warning", "hard": "error"}.get(difficulty, "foreground")
        return self.app.theme_variables.get(variable, "")

    @on(Input.Submitted, "#filter")
    def filter_submitted(self) -> None:
        self.action_start()

    def action_start(self) -> None:
        scenario_id = self.highlighted_id()
        if scenario_id:
            self.app.start_scenario(scenario_id)

    def action_move(self, rows: int) -> None:
        table = self.query_one("#scenarios", DataTable)
        if table.row_count:
            row = max(0, min(table.row_count - 1, table.cursor_row + rows))
            table.move_cursor(row=row)

    def action_clear_filter(self) -> None:
        self.query_one("#filter", Input).value = ""
