"""The call as a chat: the customer's bubbles on the left, the trainee's on the right, each stamped."""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

# Closing punctuation a line of Chinese may not start with (a line break before it moves the
# character before it down too), and the tokens a line may break between: one CJK character or
# full-width mark, or a run of other text with the spaces after it.
_NO_LINE_START = frozenset("，。！？、；：）》」』”’…,.!?;:)]}%")
_CJK_CHAR = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_TOKEN = re.compile(f"[{_CJK_CHAR}]|[^\\s{_CJK_CHAR}]+\\s*|\\s+")
_HAS_CJK = re.compile(f"[{_CJK_CHAR}]")
BUBBLE_SHARE = 0.85  # a bubble's max-width in session.tcss
BUBBLE_FRAME = 4  # its border and padding, in cells


def wrap_chinese(text: str, width: int) -> str:
    """`text` broken into lines of at most `width` cells the way Chinese is set: between any two
    characters, but never so that a line starts with closing punctuation (，。？ and the like). Text
    with no Chinese in it is returned as it is, for the usual word wrap."""
    if width < 4 or not _HAS_CJK.search(text):
        return text
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        cells = 0
        for token in _TOKEN.findall(paragraph):
            size = cell_len(token.rstrip())
            if line and cells + size > width:
                carried = [line.pop()] if token[0] in _NO_LINE_START and len(line) > 1 else []
                lines.append("".join(line).rstrip())
                line, cells = carried, sum(map(cell_len, carried))
            line.append(token)
            cells += cell_len(token)
        lines.append("".join(line).rstrip())
    return "\n".join(lines)


class ChatBubble(Static):
    """One line of the call. The text is shown exactly as typed: never parsed as markup."""

    def __init__(self, text: str, speaker: str, stamp: str, side: str) -> None:
        super().__init__(Text(text), classes=f"bubble -{side}")
        self.text = text
        self.border_title = Text(speaker)
        self.border_subtitle = Text(stamp)

    def fit(self, width: int) -> None:
        """Lay Chinese text out for a bubble whose text may be `width` cells wide."""
        self.update(Text(wrap_chinese(self.text, width)))


class Transcript(VerticalScroll, can_focus=False):
    """Append-only chat log that follows the newest line."""

    def add(self, text: str, speaker: str, stamp: str, side: str) -> ChatBubble:
        bubble = ChatBubble(text, speaker, stamp, side)
        width = self.bubble_width()
        if width:
            bubble.fit(width)
        row = Horizontal(bubble, classes=f"chat-row -{side}")
        self.mount(row)
        self.call_after_refresh(self.scroll_end, animate=False)
        return bubble

    def add_notice(self, text: str, classes: str = "") -> None:
        self.mount(Static(Text(text), classes=f"notice {classes}".strip()))
        self.call_after_refresh(self.scroll_end, animate=False)

    def bubble_width(self) -> int:
        """How many cells of text a bubble may hold side by side (0 before layout), counting the
        scrollbar as there: text laid out narrower than its bubble may be just makes a narrower
        bubble, while text laid out wider would be wrapped a second time, into stubs."""
        row = self.scrollable_content_region.width
        if not row:
            return 0
        if not self.show_vertical_scrollbar:
            row -= self.styles.scrollbar_size_vertical
        return max(0, int(row * BUBBLE_SHARE) - BUBBLE_FRAME - 1)

    def on_resize(self, event: events.Resize) -> None:
        width = self.bubble_width()
        if width:
            for bubble in self.query(ChatBubble):
                bubble.fit(width)
