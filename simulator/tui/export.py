"""A scorecard as Markdown, for the trainee to keep or hand to a trainer (no Textual here)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from simulator.i18n import name_of, t
from simulator.tui.scorecard_data import ScoreView


def scorecard_markdown(view: ScoreView) -> str:
    lang = view.lang
    c = t("punct.colon", lang)
    lines = [
        f"# {t('score.title', lang)}: {view.title}",
        "",
        f"- {t('home.customer', lang)}{c}{view.persona_name} · {view.persona_type}",
        f"- {t('score.outcome', lang)}{c}{view.outcome_text}",
        f"- {t('score.overall', lang)}{c}{view.overall} / 100",
        f"- {t('score.grade', lang)}{c}{view.grade}",
        "",
        f"## {t('score.steps', lang)}",
        "",
    ]
    lines += [f"- {name_of('step', step, lang)}{c}{score}" for step, score in view.steps]
    lines += ["", f"## {t('score.violations', lang)}", ""]
    if not view.feedback:
        lines.append(t("score.no_violations", lang))
    for item in view.feedback:
        lines.append(f"- **{item.label}** · {t('session.turn', lang, n=item.turn)}")
        lines.append(f"  - {t('score.you_said', lang)}{c}“{item.quote}”")
        if item.better:
            lines.append(f"  - {t('score.better', lang)}{c}{item.better}")
        if item.why:
            lines.append(f"  - {t('score.why', lang)}{c}{item.why}")
    lines += ["", f"## {t('score.turns', lang)}", ""]
    for turn in view.turns:
        lines.append(f"{turn.number}. {t('session.you', lang)}{c}{turn.trainee}")
        if turn.customer:  # the last word after a goodbye has no answer
            lines.append(f"   {t('score.customer', lang)}{c}{turn.customer}")
        if turn.note:
            lines.append(f"   — {turn.note}")
    if view.notes:
        lines += ["", f"## {t('score.notes', lang)}", ""] + [f"- {note}" for note in view.notes]
    if view.needs:
        lines += ["", f"## {t('score.needs', lang)}", ""] + [f"- {need}" for need in view.needs]
    lines += ["", f"## {t('score.advice', lang)}", ""] + [f"- {advice}" for advice in view.advice]
    return "\n".join(lines) + "\n"


def export_scorecard(view: ScoreView, directory: Path, now: datetime | None = None) -> Path:
    """Write the scorecard to `directory` as Markdown; returns the path written."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    path = Path(directory) / f"scorecard-{view.scenario_id}-{view.lang}-{stamp}.md"
    path.write_text(scorecard_markdown(view), encoding="utf-8")
    return path
