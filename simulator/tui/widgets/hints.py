"""Coach hints: what the last reply did, in the trainee's own quoted words, and what the customer needs now."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Static

from simulator.i18n import name_of, t


_CLAUSE_MARKS = frozenset(",，。.!?！？;；:：、—…\n")
_SHORT = 4  # a quote of fewer characters than this says little on its own ("退回", "so")
_CLAUSE_MAX = 40


def quotes_for(turn: Any, ident: str) -> list[str]:
    """The trainee's words that showed `ident`, from the evidence spans (deduplicated, in order); a
    span too short to say much alone is widened to its clause ("这三天的费用给您退回", not "退回")."""
    words: list[str] = []
    for evidence in turn.evidence:
        if evidence.get("id") != ident:
            continue
        start, end = evidence.get("start"), evidence.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(turn.trainee):
            quote = _readable(turn.trainee, start, end)
            if quote not in words:
                words.append(quote)
    return words


def _readable(text: str, start: int, end: int) -> str:
    """text[start:end], or its whole clause when the span is very short and the clause is not long."""
    if len(text[start:end].strip()) >= _SHORT:
        return text[start:end]
    c_start, c_end = start, end
    while c_start > 0 and text[c_start - 1] not in _CLAUSE_MARKS:
        c_start -= 1
    while c_end < len(text) and text[c_end] not in _CLAUSE_MARKS:
        c_end += 1
    clause = text[c_start:c_end].strip()
    return clause if len(clause) <= _CLAUSE_MAX else text[start:end]


def hint_text(turn: Any | None, need: str | None, lang: str, styles: dict[str, str]) -> Text:
    """The hints as Text: the trainee's words are appended verbatim, never interpreted."""
    text = Text()
    if turn is None:
        text.append(t("hints.first", lang) + "\n")
    else:
        text.append(t("hints.last", lang) + "\n", style=styles.get("heading", ""))
        if not turn.behaviors and not turn.violations:
            text.append(t("hints.nothing", lang) + "\n", style=styles.get("muted", ""))
        for behavior in turn.behaviors:
            text.append("✔ ", style=styles.get("good", ""))
            text.append(name_of("behavior", behavior, lang))
            quoted = quotes_for(turn, behavior)
            if quoted:  # the fullest of its spans: "usually takes 5 to 10 working days", not "on your account"
                text.append(f" “{max(quoted, key=len)}”", style=styles.get("muted", ""))
            text.append("\n")
        for violation in turn.violations:
            text.append("✘ ", style=styles.get("bad", ""))
            text.append(name_of("violation", violation, lang), style=styles.get("bad", ""))
            for quote in quotes_for(turn, violation):
                text.append(f" “{quote}”")
            text.append("\n")
    if need:
        text.append(t("hints.needs", lang) + "\n", style=styles.get("heading", ""))
        text.append(need)
    return text


class CoachHints(Static):
    """Shows `hint_text`; colours come from the theme through component classes."""

    COMPONENT_CLASSES = {"coachhints--heading", "coachhints--good", "coachhints--bad", "coachhints--muted"}

    def show(self, turn: Any | None, need: str | None, lang: str) -> None:
        styles = {name: self.get_component_rich_style(f"coachhints--{name}") for name in ("heading", "good", "bad", "muted")}
        self.update(hint_text(turn, need, lang, styles))
