"""Load personas and scenarios from YAML into validated models, collecting every issue of every file."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from pydantic import BaseModel, ValidationError

from simulator.content.errors import ContentError, ContentIssue, did_you_mean, unknown
from simulator.content.models import (
    BAND_KEYS,
    BEHAVIORS,
    LINE_KEYS,
    OPTIONAL_LINE_KEYS,
    PHASES,
    SIGNAL_IDS,
    Persona,
    Scenario,
)
from simulator.content.yamlfile import YamlDocument, YamlProblem, read_yaml
from simulator.domain import VIOLATIONS

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
REQUIRED_CASE_KEYS = ("company", "subject")


def content_root() -> Path:
    """Where the shipped personas/ and scenarios/ live: $ROLEPLAY_CONTENT, else beside the package."""
    override = os.environ.get("ROLEPLAY_CONTENT")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2]


@dataclass
class Library:
    """All personas and scenarios, by id."""

    personas: dict[str, Persona] = field(default_factory=dict)
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    sources: dict[str, Path] = field(default_factory=dict)

    def persona_of(self, scenario: Scenario) -> Persona:
        return self.personas[scenario.persona]

    def scenario(self, scenario_id: str) -> Scenario:
        if scenario_id not in self.scenarios:
            raise KeyError(unknown("scenario", scenario_id, sorted(self.scenarios)))
        return self.scenarios[scenario_id]


def _model_issues(doc: YamlDocument, model: type[BaseModel], error: ValidationError) -> list[ContentIssue]:
    issues = []
    for item in error.errors():
        loc = tuple(item["loc"])
        kind = item["type"]
        if kind == "extra_forbidden":
            parent = _model_at(model, loc[:-1])
            names = _field_names(parent) if parent else []
            message = f"unknown field {loc[-1]!r}{did_you_mean(loc[-1], names)}"
            if not did_you_mean(loc[-1], names) and names:
                message += f" (expected one of: {', '.join(names)})"
        elif kind == "missing":
            message = "required field is missing"
        elif kind == "literal_error":
            expected = item.get("ctx", {}).get("expected", "")
            choices = re.findall(r"'([^']*)'", expected)
            message = f"{item['input']!r} is not allowed; expected {expected}{did_you_mean(item['input'], choices)}"
        else:
            message = item["msg"]
            if kind not in ("value_error", "assertion_error"):
                message += f" (got {item['input']!r})" if not isinstance(item["input"], (dict, list)) else ""
        issues.append(doc.issue(loc, message.removeprefix("Value error, ")))
    return issues


def _field_names(model: type[BaseModel]) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()]


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class that validates the object at `loc`, following nested model fields."""
    current: Any = model
    for part in loc:
        if isinstance(part, int) or not (isinstance(current, type) and issubclass(current, BaseModel)):
            current = _inner_model(current)
            if isinstance(part, int):
                continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        fields = {info.alias or name: info for name, info in current.model_fields.items()}
        if part not in fields:
            return None
        current = fields[part].annotation
    current = _inner_model(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _validate(doc: YamlDocument, model: type[BaseModel]) -> tuple[Any, list[ContentIssue]]:
    if not isinstance(doc.data, dict):
        return None, [doc.issue((), f"expected a mapping of fields, got {type(doc.data).__name__}")]
    try:
        return model.model_validate(doc.data), []
    except ValidationError as error:
        return None, _model_issues(doc, model, error)


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _as_dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _placeholders_in(value: Any) -> Iterable[tuple[tuple, str]]:
    """(relative path, placeholder name) for every {name} in the strings under `value`."""
    if isinstance(value, str):
        for match in PLACEHOLDER.finditer(value):
            yield (), match.group(1)
    elif isinstance(value, dict):
        for key, child in value.items():
            for path, name in _placeholders_in(child):
                yield (key,) + path, name
    elif isinstance(value, list):
        for index, child in enumerate(value):
            for path, name in _placeholders_in(child):
                yield (index,) + path, name


def check_persona(doc: YamlDocument) -> list[ContentIssue]:
    """Cross-field checks the model cannot express; tolerant of a malformed shape."""
    data = _as_dict(doc.data)
    issues = []
    for key in _as_dict(data.get("reactions")):
        if key not in SIGNAL_IDS:
            issues.append(doc.issue(("reactions", key), unknown("behaviour or violation id", key, SIGNAL_IDS)))
    for key in _as_dict(data.get("retorts")):
        if key not in VIOLATIONS and key != "any":
            issues.append(doc.issue(("retorts", key), unknown("violation id", key, VIOLATIONS + ("any",))))
    lines = _as_dict(data.get("lines"))
    for key in lines:
        if key not in LINE_KEYS + OPTIONAL_LINE_KEYS:
            issues.append(doc.issue(("lines", key), unknown("line bank", key, LINE_KEYS + OPTIONAL_LINE_KEYS)))
        for band in _as_dict(lines[key]):
            if band not in BAND_KEYS:
                issues.append(doc.issue(("lines", key, band), unknown("mood band", band, BAND_KEYS)))
    for key in LINE_KEYS:
        if key not in lines and "lines" in data:
            issues.append(doc.issue(("lines",), f"no lines for {key!r}: every phase and outcome needs some"))
    for phase in PHASES:
        if phase not in _as_dict(data.get("needs")) and "needs" in data:
            issues.append(doc.issue(("needs",), f"no coach hint for phase {phase!r}"))
    mood = _as_dict(data.get("mood"))
    anger = _as_dict(mood.get("anger"))
    if all(isinstance(anger.get(k), int) and 0 <= anger[k] <= 100 for k in ("start", "hot", "breaking")):
        if not anger["start"] < anger["breaking"]:
            issues.append(doc.issue(("mood", "anger", "start"), "must be below `breaking`, or the call ends at once"))
        if not anger["hot"] <= anger["breaking"]:
            issues.append(doc.issue(("mood", "anger", "hot"), "must not be above `breaking`"))
    return issues


def check_scenario(doc: YamlDocument, persona_ids: Iterable[str] | None = None) -> list[ContentIssue]:
    """Cross-references inside a scenario (states, facts, ids, placeholders) and to its persona."""
    data = _as_dict(doc.data)
    issues: list[ContentIssue] = []
    states = [s for s in _as_list(data.get("states")) if isinstance(s, dict)]
    names = [s.get("name") for s in states]
    terminal = {s.get("name") for s in states if s.get("outcome")}
    seen: set = set()
    for index, state in enumerate(states):
        name = state.get("name")
        if name in seen:
            issues.append(doc.issue(("states", index, "name"), f"state {name!r} is defined twice"))
        seen.add(name)
        if not state.get("outcome") and not state.get("phase"):
            issues.append(doc.issue(("states", index), f"state {name!r} needs a `phase` (or an `outcome` if the call ends there)"))
        for band in _as_dict(state.get("lines")):
            if band not in BAND_KEYS:
                issues.append(doc.issue(("states", index, "lines", band), unknown("mood band", band, BAND_KEYS)))
    if states and not any(s.get("outcome") == "resolved" for s in states):
        issues.append(doc.issue(("states",), "no state has `outcome: resolved`: the call could never be resolved"))
    if states and not any(s.get("outcome") in ("escalated", "hung_up") for s in states):
        issues.append(doc.issue(("states",), "no state has `outcome: escalated` or `hung_up`: the customer could never break off"))
    if data.get("initial") is not None and data["initial"] not in names:
        issues.append(doc.issue(("initial",), unknown("state", data["initial"], names)))
    if data.get("initial") in terminal:
        issues.append(doc.issue(("initial",), "the call cannot start in a final state"))

    facts = [f.get("id") for f in _as_list(data.get("facts")) if isinstance(f, dict)]
    for index, transition in enumerate(_as_list(data.get("transitions"))):
        if not isinstance(transition, dict):
            continue
        sources = transition.get("from")
        for position, source in enumerate(sources if isinstance(sources, list) else [sources]):
            path = ("transitions", index, "from") + ((position,) if isinstance(sources, list) else ())
            if source == "*" or source is None:
                continue
            if source not in names:
                issues.append(doc.issue(path, unknown("state", source, names)))
            elif source in terminal:
                issues.append(doc.issue(path, f"{source!r} is a final state: nothing can leave it"))
        dest = transition.get("to")
        if dest is not None and dest not in names:
            issues.append(doc.issue(("transitions", index, "to"), unknown("state", dest, names)))
        when = _as_dict(transition.get("when"))
        for guard in ("said_any", "said_all", "said_before", "said_earlier", "not_said"):
            for position, signal in enumerate(_as_list(when.get(guard))):
                if signal not in SIGNAL_IDS:
                    path = ("transitions", index, "when", guard, position)
                    issues.append(doc.issue(path, unknown("behaviour or violation id", signal, SIGNAL_IDS)))
        for position, fact in enumerate(_as_list(when.get("facts_known"))):
            if fact not in facts:
                path = ("transitions", index, "when", "facts_known", position)
                issues.append(doc.issue(path, unknown("fact", fact, facts)))

    for key in _as_dict(data.get("cues")):
        if key not in BEHAVIORS:
            issues.append(doc.issue(("cues", key), unknown("behaviour id", key, BEHAVIORS)))

    case = _as_dict(data.get("case"))
    if "case" in data:
        for key in REQUIRED_CASE_KEYS:
            if key not in case:
                issues.append(doc.issue(("case",), f"missing case fact {key!r} (persona lines refer to it)"))
    for section in ("situation", "opening", "states", "facts"):
        for path, name in _placeholders_in(data.get(section)):
            if name not in case:
                issues.append(doc.issue((section,) + path, unknown("case fact", "{" + name + "}", case)))

    persona = data.get("persona")
    if persona_ids is not None and isinstance(persona, str):
        persona_ids = list(persona_ids)
        if persona not in persona_ids:
            issues.append(doc.issue(("persona",), unknown("persona", persona, persona_ids)))
    return issues


def check_persona_lines_fit(scenario_doc: YamlDocument, persona: Persona) -> list[ContentIssue]:
    """Every {placeholder} in the persona's lines must be a case fact of each scenario that uses it."""
    case = _as_dict(_as_dict(scenario_doc.data).get("case"))
    used = {name for _, name in _placeholders_in(persona.model_dump(include={"lines", "retorts"}))}
    return [
        scenario_doc.issue(("case",), f"persona {persona.id!r} uses {{{name}}}, which this case does not define")
        for name in sorted(used - set(case))
    ]


def _documents(paths: Iterable[Path], issues: list[ContentIssue]) -> list[YamlDocument]:
    documents = []
    for path in paths:
        try:
            documents.append(read_yaml(path))
        except YamlProblem as problem:
            issues.append(problem.issue)
    return documents


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.y*ml") if p.suffix in (".yaml", ".yml")) if folder.is_dir() else []


def classify(paths: Iterable[Path]) -> tuple[list[Path], list[Path], list[ContentIssue]]:
    """Split files and folders into persona files and scenario files (a folder named personas/ or scenarios/,
    or a file whose top level has `type` (persona) or `states` (scenario))."""
    personas, scenarios, issues = [], [], []
    for path in paths:
        if path.is_dir():
            if (path / "personas").is_dir() or (path / "scenarios").is_dir():
                personas += _yaml_files(path / "personas")
                scenarios += _yaml_files(path / "scenarios")
            elif path.name == "personas":
                personas += _yaml_files(path)
            else:
                scenarios += _yaml_files(path)
        elif path.exists():
            (personas if path.parent.name == "personas" or _looks_like_persona(path) else scenarios).append(path)
        else:
            issues.append(ContentIssue(str(path), 0, "", "no such file or folder"))
    return personas, scenarios, issues


def _looks_like_persona(path: Path) -> bool:
    try:
        head = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return re.search(r"^type:", head, re.MULTILINE) is not None and re.search(r"^states:", head, re.MULTILINE) is None


def load_library(paths: Iterable[Path] | None = None, *, with_shipped_personas: bool = True) -> Library:
    """Load and cross-check content. Raises ContentError listing every issue of every file."""
    root = content_root()
    paths = [root] if paths is None else list(paths)
    persona_paths, scenario_paths, issues = classify(paths)
    if with_shipped_personas and not persona_paths:
        persona_paths = _yaml_files(root / "personas")
    library = Library()
    for doc in _documents(persona_paths, issues):
        persona, found = _validate(doc, Persona)
        issues += found + check_persona(doc)
        if persona is None:
            continue
        if persona.id in library.personas:
            issues.append(doc.issue(("id",), f"persona id {persona.id!r} is already used by {library.sources['persona:' + persona.id]}"))
        library.personas[persona.id] = persona
        library.sources["persona:" + persona.id] = doc.path
    for doc in _documents(scenario_paths, issues):
        scenario, found = _validate(doc, Scenario)
        issues += found + check_scenario(doc, library.personas)
        if scenario is None:
            continue
        if scenario.persona in library.personas:
            issues += check_persona_lines_fit(doc, library.personas[scenario.persona])
        if scenario.id in library.scenarios:
            issues.append(doc.issue(("id",), f"scenario id {scenario.id!r} is already used by {library.sources['scenario:' + scenario.id]}"))
        library.scenarios[scenario.id] = scenario
        library.sources["scenario:" + scenario.id] = doc.path
    if issues:
        raise ContentError(issues)
    return library
