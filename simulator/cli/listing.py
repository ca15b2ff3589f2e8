"""`roleplay list`: the scenarios a trainee can play."""

from __future__ import annotations

from simulator.cli.common import library_or_exit, print_json
from simulator.domain import PERSONA_TYPE_NAMES


def register(subparsers) -> None:
    parser = subparsers.add_parser("list", help="list the scenarios")
    parser.add_argument("--json", action="store_true", help="a JSON list of objects")
    parser.set_defaults(func=run)


def scenario_rows(library, lang: str) -> list[dict]:
    rows = []
    for scenario in library.scenarios.values():
        persona = library.persona_of(scenario)
        rows.append(
            {
                "id": scenario.id,
                "title": scenario.title.get(lang),
                "titles": scenario.title.model_dump(),
                "persona": persona.id,
                "persona_type": persona.type,
                "difficulty": scenario.difficulty,
                "languages": list(scenario.languages),
                "setting": scenario.setting,
            }
        )
    return sorted(rows, key=lambda row: row["id"])


def run(args) -> int:
    library = library_or_exit()
    lang = args.lang or "zh"
    rows = scenario_rows(library, lang)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        kind = PERSONA_TYPE_NAMES[row["persona_type"]][lang]
        print(f"{row['id']:<24} {row['difficulty']:<7} {kind:<12} {','.join(row['languages']):<6} {row['title']}")
    return 0
