"""Content: persona and scenario YAML, validated into models."""

from simulator.content.errors import ContentError, ContentIssue
from simulator.content.loader import Library, load_library
from simulator.content.models import Persona, Scenario

__all__ = ["ContentError", "ContentIssue", "Library", "load_library", "Persona", "Scenario"]
