"""`roleplay graph`: every transition of a scenario appears in the drawing."""

from simulator.content.diagram import mermaid


def test_every_scenario_draws_all_its_states_and_transitions(library):
    for scenario in library.scenarios.values():
        text = mermaid(scenario, library.persona_of(scenario))
        assert text.startswith("stateDiagram-v2")
        assert f"[*] --> {scenario.initial_state}" in text
        for transition in scenario.transitions:
            source = transition.sources()[0]
            if source != "*":
                assert f"{source} --> {transition.dest} :" in text
        breaking = library.persona_of(scenario).mood.anger.breaking
        assert f"anger >= {breaking}" in text
