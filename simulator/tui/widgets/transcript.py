"""The call as a chat: the customer's bubbles on the left, the trainee's on the right, each stamped."""

from __future__ import annotations

from rich.text import Text
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static


class ChatBubble(Static):
    """One line of the call. The text is shown exactly as typed: never parsed as markup."""

    def __init__(self, text: str, speaker: str, stamp: str, side: str) -> None:
        super().__init__(Text(text), classes=f"bubble -{side}")
        self.border_title = Text(speaker)
        self.border_subtitle = Text(stamp)


class Transcript(VerticalScroll, can_focus=False):
    """Append-only chat log that follows the newest line."""

    def add(self, text: str, speaker: str, stamp: str, side: str) -> ChatBubble:
        bubble = ChatBubble(text, speaker, stamp, side)
        row = Horizontal(bubble, classes=f"chat-row -{side}")
        self.mount(row)
        self.call_after_refresh(self.scroll_end, animate=False)
        return bubble

    def add_notice(self, text: str, classes: str = "") -> None:
        self.mount(Static(Text(text), classes=f"notice {classes}".strip()))
        self.call_after_refresh(self.scroll_end, animate=False)
