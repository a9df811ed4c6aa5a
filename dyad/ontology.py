"""PLOVER types, modes and contexts and the CAMEO code list, loaded from data/ontology and validated once."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .errors import DataError

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


@dataclass(frozen=True)
class PloverType:
    """One of the 16 PLOVER event types."""

    name: str
    quad_class: int
    score: float
    recipient_required: bool
    definition: str


@dataclass(frozen=True)
class PloverMode:
    """A mode of a PLOVER type, with its conflict-cooperation score."""

    type: str
    name: str
    score: float | None
    definition: str


@dataclass(frozen=True)
class CameoCode:
    """A CAMEO code with its Goldstein value and PLOVER mapping."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: tuple[str, ...]


@dataclass(frozen=True)
class Ontology:
    """The loaded, cross-checked ontology tables."""

    types: dict[str, PloverType]
    modes: dict[tuple[str, str], PloverMode]
    contexts: dict[str, str]
    cameo: dict[str, CameoCode]

    def modes_of(self, event_type: str) -> list[str]:
        """The PLOVER modes of one event type."""
        return [mode for (t, mode) in self.modes if t == event_type]

    def goldstein(self, code: str) -> float:
        """The Goldstein value of a CAMEO code."""
        return self.cameo[code].goldstein


def _rows(name: str) -> list[tuple[int, dict[str, str]]]:
    text = resources.files("dyad").joinpath("data", "ontology", name).read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text))
    return [
        (i + 2, {k.strip(): (v or "").strip() for k, v in row.items()})
        for i, row in enumerate(reader)
    ]


def _float(value: str, where: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise DataError(f"{where}: {value!r} is not a number") from None


@cache
def load_ontology() -> Ontology:
    """Load and cross-check the four ontology tables; raise DataError naming file and line."""
    types: dict[str, PloverType] = {}
    for line, row in _rows("plover_types.csv"):
        where = f"plover_types.csv:{line}"
        if row["type"] not in PLOVER_TYPES:
            raise DataError(f"{where}: unknown PLOVER type {row['type']!r}")
        quad = int(_float(row["quad_class"], where))
        if quad not in QUAD_NAMES:
            raise DataError(f"{where}: quad_class must be 1..4")
        types[row["type"]] = PloverType(
            row["type"],
            quad,
            _float(row["score"], where),
            row["recipient_required"].lower() == "true",
            row["definition"],
        )
    if missing := set(PLOVER_TYPES) - set(types):
        raise DataError(f"plover_types.csv: missing types {sorted(missing)}")

    modes: dict[tuple[str, str], PloverMode] = {}
    for line, row in _rows("plover_modes.csv"):
        where = f"plover_modes.csv:{line}"
        if row["type"] not in types:
            raise DataError(f"{where}: unknown type {row['type']!r}")
        score = _float(row["score"], where) if row["score"] else None
        modes[(row["type"], row["mode"])] = PloverMode(
            row["type"], row["mode"], score, row["definition"]
        )

    contexts = {row["context"]: row["definition"] for _, row in _rows("plover_contexts.csv")}

    cameo: dict[str, CameoCode] = {}
    for line, row in _rows("cameo.csv"):
        where = f"cameo.csv:{line}"
        code = row["code"]
        if not code.isdigit() or not 2 <= len(code) <= 4:
            raise DataError(f"{where}: CAMEO code {code!r} must be 2-4 digits")
        if code in cameo:
            raise DataError(f"{where}: duplicate CAMEO code {code}")
        goldstein = _float(row["goldstein"], where)
        if not -10 <= goldstein <= 10:
            raise DataError(f"{where}: Goldstein {goldstein} outside -10..10")
        ptype = row["plover_type"] or None
        pmode = row["plover_mode"] or None
        pcontext = tuple(c for c in row["plover_context"].replace(";", "|").split("|") if c)
        if ptype and ptype not in types:
            raise DataError(f"{where}: unknown PLOVER type {ptype!r}")
        if pmode and (ptype, pmode) not in modes:
            raise DataError(f"{where}: {pmode!r} is not a mode of {ptype}")
        if bad := [c for c in pcontext if c not in contexts]:
            raise DataError(f"{where}: unknown PLOVER contexts {bad}")
        cameo[code] = CameoCode(
            code,
            row["name"],
            goldstein,
            int(_float(row["quad_class"], where)),
            ptype,
            pmode,
            pcontext,
        )
    for code in cameo:
        if len(code) > 2 and code[:-1] not in cameo and code[:2] not in cameo:
            raise DataError(f"cameo.csv: code {code} has no parent code")
    return Ontology(types, modes, contexts, cameo)
