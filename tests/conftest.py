"""Shared fixtures: the shipped content, a scripted keyword detector for engine unit tests."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from simulator.content import load_library  # noqa: E402


@pytest.fixture(autouse=True)
def private_history(tmp_path, monkeypatch):
    """Every test saves calls to its own history file, never the user's."""
    path = tmp_path / "history.sqlite3"
    monkeypatch.setenv("ROLEPLAY_HISTORY", str(path))
    return path


@pytest.fixture(scope="session")
def library():
    return load_library()


@dataclass(frozen=True)
class FakeDetection:
    behaviors: tuple = ()
    violations: tuple = ()
    evidence: tuple = ()
    open_question: bool = False


@dataclass
class KeywordDetector:
    """Tags a reply with the ids whose keyword it contains, so engine tests do not depend on the grader."""

    keywords: dict = field(
        default_factory=lambda: {
            "hello": "greet",
            "sorry": "apologize",
            "feel": "empathize",
            "what": "ask_question",
            "when": "ask_question",
            "right?": "confirm_understanding",
            "refund": "propose_solution",
            "prefer": "ask_preference",
            "okay?": "seek_agreement",
            "recap": "summarize",
            "call you": "commit_follow_up",
            "thanks": "close_courteously",
            "impossible": "deny_possibility",
            "your fault": "blame_customer",
            "wrong": "argue",
            "calm down": "dismiss",
        }
    )

    def detect(self, text, lang, context="", extra_cues=None):
        lowered = text.lower()
        found = {ident for word, ident in self.keywords.items() if word in lowered}
        from simulator.domain import BEHAVIORS, VIOLATIONS

        return FakeDetection(
            behaviors=tuple(b for b in BEHAVIORS if b in found),
            violations=tuple(v for v in VIOLATIONS if v in found),
            open_question=any(w in lowered for w in ("what", "when", "how")),
        )


@pytest.fixture
def keyword_detector():
    return KeywordDetector()
