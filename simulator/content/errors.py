"""Content problems as a trainer reads them: `file:line: field: what was wrong (did you mean ...?)`."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True, order=True)
class ContentIssue:
    """One problem in one content file."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ContentError(Exception):
    """Raised when content does not load; carries every issue found, not just the first."""

    def __init__(self, issues: Iterable[ContentIssue]):
        self.issues = sorted(issues)
        super().__init__("\n".join(str(issue) for issue in self.issues))


def did_you_mean(name: object, choices: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for the closest choice, or an empty string when nothing is close."""
    if not isinstance(name, str):
        return ""
    close = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def unknown(kind: str, name: object, choices: Iterable[str]) -> str:
    """The message for a reference to something that does not exist."""
    choices = list(choices)
    hint = did_you_mean(name, choices)
    if not hint and 0 < len(choices) <= 8:
        hint = f" (expected one of: {', '.join(choices)})"
    return f"unknown {kind} {name!r}{hint}"
