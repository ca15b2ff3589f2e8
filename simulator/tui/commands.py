"""Command-palette commands: start a scenario, toggle hints, switch language, export the scorecard."""

from __future__ import annotations

from functools import partial
from typing import Iterator

from textual.command import DiscoveryHit, Hit, Hits, Provider

from simulator.i18n import name_of, t


class RoleplayCommands(Provider):
    def commands(self) -> Iterator[tuple[str, object, str]]:
        """(label, callback, help) for every command available now."""
        app = self.app
        lang = app.lang
        library = getattr(app, "library", None)
        if library is not None:
            for scenario in library.scenarios.values():
                if lang not in scenario.languages:
                    continue
                persona = library.persona_of(scenario)
                yield (
                    t("cmd.start", lang, title=scenario.title.get(lang)),
                    partial(app.start_scenario, scenario.id),
                    t(
                        "cmd.start_help",
                        lang,
                        type=name_of("persona_type", persona.type, lang),
                        difficulty=t(f"difficulty.{scenario.difficulty}", lang),
                    ),
                )
        yield t("cmd.hints", lang), app.action_toggle_hints, t("cmd.hints_help", lang)
        yield t("cmd.language", lang), app.action_switch_language, t("cmd.language_help", lang)
        yield t("cmd.help", lang), app.action_help, ""
        yield t("cmd.history", lang), app.action_history, ""
        if hasattr(self.screen, "action_export"):
            yield t("cmd.export", lang), app.action_export, t("cmd.export_help", lang)

    async def discover(self) -> Hits:
        for label, callback, help_text in self.commands():
            yield DiscoveryHit(label, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, callback, help_text in self.commands():
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label), callback, help=help_text)
