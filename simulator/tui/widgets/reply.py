"""The trainee's input box and the customer's typing indicator."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import Input, Static


class ReplyInput(Input):
    """An Input that also reports every key press, so a key can skip the customer's typing pause."""

    class KeyPressed(Message):
        """A key was pressed in the reply box."""

    def on_key(self, event: events.Key) -> None:
        self.post_message(self.KeyPressed())


class TypingIndicator(Static):
    """“Name is typing…” with moving dots, while visible."""

    DOTS = ("·  ", "·· ", "···")

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.label = ""
        self.frame = 0

    def on_mount(self) -> None:
        self.timer = self.set_interval(0.35, self.tick, pause=True)

    def start(self, label: str) -> None:
        self.label = label
        self.frame = 0
        self.update(Text(f"{label} {self.DOTS[0]}"))
        self.add_class("-visible")
        self.timer.resume()

    def stop(self) -> None:
        self.timer.pause()
        self.remove_class("-visible")

    def tick(self) -> None:
        self.frame = (self.frame + 1) % len(self.DOTS)
        self.update(Text(f"{self.label} {self.DOTS[self.frame]}"))
