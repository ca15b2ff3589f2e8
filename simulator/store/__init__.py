"""The trainee's history: finished calls and their scores, in a local SQLite file."""

from simulator.store.db import HistoryError, default_path, open_history
from simulator.store.sessions import CallSummary, list_calls, progress, save_call

__all__ = ["HistoryError", "default_path", "open_history", "CallSummary", "list_calls", "progress", "save_call"]
