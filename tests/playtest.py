"""Play scenarios with the scripted trainees and print how each call went.

    python tests/playtest.py [SCENARIO_ID ...] [--transcript]

Used by the scenario tests and by authors tuning a scenario's guards and thresholds.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from simulator.content import load_library
from simulator.engine import Session
from simulator.practice import start_call

SCRIPTS = yaml.safe_load((Path(__file__).parent / "data" / "scripted_trainees.yaml").read_text(encoding="utf-8"))


def play_script(session: Session, lines: list[str]) -> Session:
    """Feed `lines` until the call ends or the script runs out."""
    for line in lines:
        if session.finished:
            break
        session.reply(line)
    return session


def main(argv: list[str]) -> int:
    show = "--transcript" in argv
    ids = [a for a in argv if not a.startswith("--")]
    library = load_library()
    for scenario_id in ids or sorted(library.scenarios):
        for script in ("good", "hostile"):
            for lang in ("zh", "en"):
                session = play_script(start_call(library, scenario_id, lang, seed=1), SCRIPTS[script][lang])
                print(f"{scenario_id:<24} {script:<8} {lang}  {session.outcome or 'incomplete':<11} turns={len(session.turns):<3} "
                      f"mood={session.mood.as_dict()}")
                if show:
                    print(f"    C: {session.opening}")
                    for turn in session.turns:
                        print(f"    T: {turn.trainee}\n       {list(turn.behaviors)} {list(turn.violations)}")
                        print(f"    C: [{turn.state} {turn.mood}] {turn.customer}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
