"""`roleplay schema`: the JSON Schema of the persona and scenario formats, for editors."""

from __future__ import annotations

from simulator.cli.common import print_json
from simulator.content.models import Persona, Scenario


def schemas() -> dict:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "service-roleplay content",
        "oneOf": [{"$ref": "#/$defs/Persona"}, {"$ref": "#/$defs/Scenario"}],
        "$defs": _merged_defs(),
    }


def _merged_defs() -> dict:
    defs: dict = {}
    for model in (Persona, Scenario):
        schema = model.model_json_schema(ref_template="#/$defs/{model}", by_alias=True)
        defs.update(schema.pop("$defs", {}))
        defs[model.__name__] = schema
    return defs


def register(subparsers) -> None:
    parser = subparsers.add_parser("schema", help="print the JSON Schema of persona and scenario files")
    parser.add_argument("kind", nargs="?", choices=("all", "persona", "scenario"), default="all")
    parser.set_defaults(func=run)


def run(args) -> int:
    full = schemas()
    if args.kind == "all":
        print_json(full)
    else:
        name = args.kind.capitalize()
        print_json({"$schema": full["$schema"], **full["$defs"][name], "$defs": full["$defs"]})
    return 0
