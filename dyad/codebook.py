"""The codebook: PLOVER types, modes and contexts, the CAMEO codes with their Goldstein value, quad
class and PLOVER mapping, and the actor codes (sectors, IGOs), all from the loaded data.

``codebook()`` gives the sections as lists of rows; ``render_codebook`` writes them as Markdown
tables, one CSV table (a ``section`` column first) or JSON. ``dyad codebook`` prints it.
"""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from importlib import resources
from typing import Any

from .errors import DataError
from .lexicon import SECTORS, Lexicon, load_lexicon
from .ontology import QUAD_NAMES, Ontology, load_ontology

CODEBOOK_FORMATS = ("markdown", "csv", "json")
SECTION_TITLES = {
    "plover_types": "PLOVER event types",
    "plover_modes": "PLOVER modes",
    "plover_contexts": "PLOVER contexts",
    "cameo": "CAMEO codes",
    "sectors": "Actor sectors",
    "igos": "International organisations",
}
_EXAMPLE_NOUNS = 8


def codebook(
    ontology: Ontology | None = None, lexicon: Lexicon | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The codebook's sections (``SECTION_TITLES``), each a list of rows."""
    onto = ontology or load_ontology()
    lex = lexicon or load_lexicon()
    nouns: dict[str, list[str]] = {}
    for key, sector in sorted(lex.sectors.items(), key=lambda item: (len(item[0]), item[0])):
        nouns.setdefault(sector, []).append(" ".join(key))
    names = sector_names()
    return {
        "plover_types": [
            {
                "type": t.name,
                "quad_class": t.quad_class,
                "quad_name": QUAD_NAMES[t.quad_class],
                "score": t.score,
                "recipient_required": t.recipient_required,
                "modes": ", ".join(onto.modes_of(t.name)),
                "definition": t.definition,
            }
            for t in onto.types.values()
        ],
        "plover_modes": [
            {"type": m.type, "mode": m.name, "score": m.score, "definition": m.definition}
            for m in onto.modes.values()
        ],
        "plover_contexts": [
            {"context": name, "definition": definition}
            for name, definition in onto.contexts.items()
        ],
        "cameo": [
            {
                "code": c.code,
                "name": c.name,
                "goldstein": c.goldstein,
                "quad_class": c.quad_class,
                "plover_type": c.plover_type,
                "plover_mode": c.plover_mode,
                "plover_context": ", ".join(c.plover_context),
            }
            for c in sorted(onto.cameo.values(), key=lambda c: c.code)
        ],
        "sectors": [
            {
                "code": code,
                "name": names[code],
                "examples": ", ".join(nouns.get(code, [])[:_EXAMPLE_NOUNS]),
            }
            for code in names
        ],
        "igos": [{"code": code, "name": name} for code, name in sorted(lex.igos.items())],
    }


@cache
def sector_names() -> dict[str, str]:
    """data/codes/sectors.csv: what each sector code stands for, in the lexicon's order."""
    text = resources.files("dyad").joinpath("data", "codes", "sectors.csv").read_text("utf-8")
    names = {row["code"]: row["name"] for row in csv.DictReader(io.StringIO(text))}
    if set(names) != SECTORS:
        raise DataError(
            "data/codes/sectors.csv: sector codes differ from the lexicon's: "
            f"{sorted(set(names) ^ SECTORS)}"
        )
    return names


def render_codebook(book: dict[str, list[dict[str, Any]]], fmt: str = "markdown") -> str:
    """The codebook as Markdown tables, one CSV table or JSON."""
    if fmt == "json":
        return json.dumps(book, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        columns = ["section"]
        for rows in book.values():
            for key in rows[0] if rows else ():
                if key not in columns:
                    columns.append(key)
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for section, rows in book.items():
            for row in rows:
                writer.writerow({"section": section, **row})
        return out.getvalue()
    if fmt == "markdown":
        parts = ["# dyad codebook\n"]
        for section, rows in book.items():
            parts.append(f"\n## {SECTION_TITLES.get(section, section)}\n\n")
            if rows:
                parts.append(_markdown_table(rows))
        return "".join(parts)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(CODEBOOK_FORMATS)}")


def _markdown_table(rows: list[dict[str, Any]]) -> str:
    columns = list(rows[0])
    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    for row in rows:
        lines.append("| " + " | ".join(_cell(row.get(c)) for c in columns) + " |")
    return "\n".join(lines) + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return " ".join(str(value).split()).replace("|", "\\|")
