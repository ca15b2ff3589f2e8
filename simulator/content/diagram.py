"""Draw a scenario's state machine as Mermaid text (renders on GitHub, in VS Code, or mermaid.live)."""

from __future__ import annotations

from simulator.content.models import Guards, Persona, Scenario


def describe_guards(guards: Guards) -> str:
    """`said_any: greet/apologize, anger_below: 60` — the conditions of a transition, compactly."""
    parts = []
    for name, value in guards.model_dump(exclude_none=True).items():
        shown = "/".join(value) if isinstance(value, list) else str(value).lower()
        parts.append(f"{name}: {shown}")
    return ", ".join(parts) or "always"


def mermaid(scenario: Scenario, persona: Persona | None = None) -> str:
    live = [s.name for s in scenario.states if not s.terminal]
    lines = ["stateDiagram-v2", f"    [*] --> {scenario.initial_state}"]
    for state in scenario.states:
        label = f"{state.name} ({state.outcome or state.phase})"
        lines.append(f'    {state.name} : {label}')
    if persona is not None:
        ends = [s.name for s in scenario.states if s.outcome == persona.mood.breaks_to]
        if ends:
            for source in live:
                lines.append(f"    {source} --> {ends[0]} : anger >= {persona.mood.anger.breaking}")
    for transition in scenario.transitions:
        sources = live if transition.sources() == ["*"] else transition.sources()
        for source in sources:
            lines.append(f"    {source} --> {transition.dest} : {describe_guards(transition.when)}")
    lines += [f"    {s.name} --> [*]" for s in scenario.states if s.terminal]
    return "\n".join(lines)
