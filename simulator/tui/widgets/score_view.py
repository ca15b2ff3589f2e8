"""The scorecard's body: overall score, a bar per step, violations with better phrasings, turn notes, advice."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Label, Static

from simulator.i18n import name_of, t
from simulator.tui.scorecard_data import ScoreView
from simulator.tui.widgets.scenario_panel import bullet_list


class StepBar(Widget):
    """One step's score as a bar; its colour class says how it went (-good, -fair, -poor)."""

    DEFAULT_CSS = "StepBar { height: 1; }"
    COMPONENT_CLASSES = {"stepbar--bar", "stepbar--empty"}

    def __init__(self, name: str, score: int) -> None:
        band = "good" if score >= 75 else "fair" if score >= 40 else "poor"
        super().__init__(classes=f"stepbar -{band}")
        self.step_name = name
        self.score = score

    def render(self) -> Text:
        from rich.cells import cell_len

        label_cells = 14
        width = max(5, self.size.width - label_cells - 5)
        filled = round(width * self.score / 100)
        text = Text(self.step_name + " " * max(1, label_cells - cell_len(self.step_name)))
        text.append("█" * filled, style=self.get_component_rich_style("stepbar--bar"))
        text.append("░" * (width - filled), style=self.get_component_rich_style("stepbar--empty"))
        text.append(f" {self.score:>3}")
        return text


class ScoreBody(VerticalScroll):
    """Everything the scorecard says, built from a ScoreView. Quoted words are plain Text."""

    def __init__(self, view: ScoreView, **kwargs) -> None:
        super().__init__(**kwargs)
        self.view = view

    def compose(self):
        view, lang = self.view, self.view.lang
        c = t("punct.colon", lang)
        headline = Text()
        headline.append(f"{t('score.overall', lang)} {view.overall}", style="bold")
        headline.append(f"   {t('score.grade', lang)} {view.grade}", style="bold")
        yield Static(headline, id="headline", classes=f"-{view.outcome}")
        summary = Text(f"{t('score.outcome', lang)}{c}{view.outcome_text}\n")
        summary.append(f"{view.title} · {view.persona_name} · {view.persona_type}")
        yield Static(summary, id="outcome", classes=f"-{view.outcome}")
        yield Label(t("score.steps", lang), classes="section-title")
        for step, score in view.steps:
            yield StepBar(name_of("step", step, lang), score)
        yield Label(t("score.violations", lang), classes="section-title")
        if not view.feedback:
            yield Static(t("score.no_violations", lang), classes="praise")
        for item in view.feedback:
            text = Text(f"✘ {item.label} · {t('session.turn', lang, n=item.turn)}\n", style="bold")
            text.append(f"{t('score.you_said', lang)}{c}“{item.quote}”")
            if item.better:
                text.append(f"\n{t('score.better', lang)}{c}{item.better}")
            if item.why:
                text.append(f"\n{t('score.why', lang)}{c}{item.why}")
            yield Static(text, classes="feedback")
        yield Label(t("score.turns", lang), classes="section-title")
        for turn in view.turns:
            text = Text(f"{turn.number}. ", style="bold")
            text.append(turn.trainee)
            marks = [name_of("behavior", b, lang) for b in turn.behaviors]
            marks += [f"✘ {name_of('violation', v, lang)}" for v in turn.violations]
            if marks:
                text.append("\n   " + " · ".join(marks), style="italic")
            if turn.note:
                text.append(f"\n   {turn.note}")
            if turn.customer:  # the last word after a goodbye has no answer
                text.append(f"\n   ↳ {turn.customer}", style="dim")
            yield Static(text, classes="turn-note")
        if view.notes:
            yield Label(t("score.notes", lang), classes="section-title")
            yield Static(Text("\n".join(view.notes)))
        if view.needs:
            yield Label(t("score.needs", lang), classes="section-title")
            yield Static(Text("\n".join(view.needs)))
        yield Label(t("score.advice", lang), classes="section-title")
        yield Static(bullet_list(view.advice))
