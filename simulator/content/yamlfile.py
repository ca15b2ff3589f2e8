"""Read a YAML file safely and remember the line of every key, so errors can say `file:line`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from simulator.content.errors import ContentIssue

FieldPath = tuple[Any, ...]

# libyaml's parser is about fifteen times faster; the pure-Python one is the fallback.
_FastSafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class YamlDocument:
    """The parsed data of one file and the line (1-based) where each field path starts."""

    path: Path
    data: Any
    lines: dict[FieldPath, int] = field(default_factory=dict)

    def line_of(self, path: FieldPath) -> int:
        """The line of `path`, or of its nearest enclosing field that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)

    def issue(self, path: FieldPath, message: str) -> ContentIssue:
        return ContentIssue(str(self.path), self.line_of(path), format_path(path), message)


def format_path(path: FieldPath) -> str:
    """`transitions[2].to` from ('transitions', 2, 'to')."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _index_lines(node: yaml.Node, path: FieldPath, lines: dict[FieldPath, int]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.start_mark)
            child = path + (key,)
            lines[child] = key_node.start_mark.line + 1
            _index_lines(value_node, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = path + (index,)
            lines[child] = item.start_mark.line + 1
            _index_lines(item, child, lines)


def read_yaml(path: Path) -> YamlDocument:
    """Parse `path` with the safe loader only. Raises YamlProblem (file:line) on unreadable or bad YAML."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise YamlProblem(ContentIssue(str(path), 1, "", f"not UTF-8 text ({error.reason})")) from None
    except OSError as error:
        raise YamlProblem(ContentIssue(str(path), 0, "", f"cannot read: {error.strerror}")) from None
    try:
        # Parse once into nodes (which carry line numbers), then build plain data with the safe
        # constructor: no tags beyond YAML's own are ever honoured.
        node = yaml.compose(text, Loader=_FastSafeLoader)
        data = yaml.constructor.SafeConstructor().construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlProblem(ContentIssue(str(path), line, "", f"not valid YAML: {error.problem or error}")) from None
    except yaml.YAMLError as error:
        raise YamlProblem(ContentIssue(str(path), 1, "", f"not valid YAML: {error}")) from None
    document = YamlDocument(path=path, data=data)
    if node is not None:
        _index_lines(node, (), document.lines)
    return document


class YamlProblem(Exception):
    """A file that cannot be read as YAML at all."""

    def __init__(self, issue: ContentIssue):
        self.issue = issue
        super().__init__(str(issue))
