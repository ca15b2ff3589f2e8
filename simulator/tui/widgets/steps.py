"""The five service-encounter steps with their live status (simulator.grading.progress decides it)."""

from __future__ import annotations

from rich.text import Text
from textual.containers import Vertical
from textual.widgets import Label

from simulator.domain import STEPS
from simulator.grading.progress import PENDING, StepProgress
from simulator.i18n import name_of, t

ICONS = {"pending": "○", "done": "✔", "out_of_order": "↺", "missed": "✘"}


class StepRow(Label):
    """One step; its status is a CSS class (-pending, -done, -out_of_order, -missed) for the theme to colour."""

    def __init__(self, step: str, lang: str) -> None:
        super().__init__(classes=f"step -{PENDING}", id=f"step-{step}")
        self.step = step
        self.lang = lang
        self.status = PENDING
        self.show(PENDING)

    def show(self, status: str) -> None:
        self.remove_class(f"-{self.status}")
        self.status = status
        self.add_class(f"-{status}")
        self.update(Text(f"{ICONS[status]} {name_of('step', self.step, self.lang)} · {t(f'status.{status}', self.lang)}"))


class StepList(Vertical, can_focus=False):
    def __init__(self, lang: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.lang = lang

    def compose(self):
        for step in STEPS:
            yield StepRow(step, self.lang)

    def update_progress(self, progress: list[StepProgress]) -> None:
        for item in progress:
            self.query_one(f"#step-{item.step}", StepRow).show(item.status)
