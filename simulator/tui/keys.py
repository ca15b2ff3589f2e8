"""Key bindings whose footer labels follow the UI language: a binding's `id` is its i18n key."""

from __future__ import annotations

from dataclasses import replace

from textual.dom import DOMNode

from simulator.i18n import STRINGS, t


def localize_bindings(node: DOMNode, lang: str) -> None:
    """Relabel `node`'s bindings in `lang`; bindings without an i18n id keep their description."""
    table = node._bindings.key_to_bindings  # Textual keeps no public setter for descriptions.
    for key, bindings in table.items():
        table[key] = [
            replace(b, description=t(b.id, lang)) if b.id in STRINGS else b for b in bindings
        ]
