"""Mood meters: the customer's anger and trust (0-100), with the change the last reply caused."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


class MoodMeter(Widget):
    """A labelled bar. `good_when_up` says whether a rise is good news (trust) or bad (anger)."""

    DEFAULT_CSS = """
    MoodMeter { height: 1; }
    """
    COMPONENT_CLASSES = {"moodmeter--bar", "moodmeter--empty", "moodmeter--better", "moodmeter--worse"}

    value: reactive[int] = reactive(0)
    change: reactive[int] = reactive(0)

    def __init__(self, label: str, good_when_up: bool, **kwargs) -> None:
        super().__init__(**kwargs)
        self.label = label
        self.good_when_up = good_when_up

    def set_value(self, value: int, first: bool = False) -> None:
        """Show `value`; the change from the previous value is shown unless this is the first reading."""
        self.change = 0 if first else value - self.value
        self.value = value

    def render(self) -> Text:
        label_cells = 6
        number = f"{self.value:>3}"
        delta = ""
        if self.change:
            delta = f"{'▲' if self.change > 0 else '▼'}{abs(self.change)}"
        width = max(4, self.size.width - label_cells - len(number) - 4)
        filled = round(width * self.value / 100)
        text = Text()
        text.append(self.label + " " * max(1, label_cells - cell_len(self.label)))
        text.append("█" * filled, style=self.get_component_rich_style("moodmeter--bar"))
        text.append("░" * (width - filled), style=self.get_component_rich_style("moodmeter--empty"))
        text.append(number)
        if delta:
            better = (self.change > 0) == self.good_when_up
            text.append(" " + delta, style=self.get_component_rich_style("moodmeter--better" if better else "moodmeter--worse"))
        return text
