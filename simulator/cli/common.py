"""Helpers the subcommands share: loading content with errors as messages, writing JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from simulator.cli import UsageError
from simulator.content import ContentError, Library, load_library


def library_or_exit(paths: list[Path] | None = None) -> Library:
    """The content library; on content errors prints every one and exits 2."""
    try:
        return load_library(paths)
    except ContentError as error:
        for issue in error.issues:
            print(issue, file=sys.stderr)
        print(f"roleplay: content has {len(error.issues)} error(s); run `roleplay validate` after fixing", file=sys.stderr)
        raise SystemExit(2) from None


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def write_json(path: Path, data: Any) -> None:
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error.strerror}") from None
