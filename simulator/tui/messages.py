"""Messages the app posts to its screens (widgets' own messages live beside the widget)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message


@dataclass
class LibraryLoaded(Message):
    """The content library finished loading in the background (or failed: `error` says why)."""

    library: Any = None
    error: str | None = None


class LanguageChanged(Message):
    """The app's UI language changed; screens re-label themselves."""
