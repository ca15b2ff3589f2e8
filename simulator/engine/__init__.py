"""The scenario engine: a transitions state machine, the customer's mood and replies."""

from simulator.engine.session import ReplyError, Session, Turn

__all__ = ["ReplyError", "Session", "Turn"]
