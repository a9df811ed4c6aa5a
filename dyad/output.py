"""Writing events: JSON Lines (the contract), CSV, Parquet, PLOVER-style grouped JSON and
GDELT 2.0-style tab-separated lines."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .crosswalk import Crosswalk, load_crosswalk
from .records import Actor, Event

FORMATS = ("jsonl", "csv", "parquet", "plover", "gdelt")
CSV_COLUMNS = [
    "id",
    "doc_id",
    "event_type",
    "mode",
    "context",
    "cameo",
    "goldstein",
    "quad_class",
    "source_code",
    "source_name",
    "source_country",
    "source_sector",
    "source_text",
    "target_code",
    "target_name",
    "target_country",
    "target_sector",
    "target_text",
    "date",
    "date_basis",
    "location_name",
    "location_country",
    "location_lat",
    "location_lon",
    "negated",
    "attributed_to",
    "confidence",
    "rule",
    "span_start",
    "span_end",
    "sentence",
]


def flat_row(event: Event) -> dict[str, Any]:
    """One CSV row: actors and place flattened, cameo kept as a zero-padded string."""
    d = event.to_dict()
    row: dict[str, Any] = {k: d.get(k) for k in CSV_COLUMNS if k in d}
    row["context"] = ";".join(d["context"])
    for role in ("source", "target"):
        actor = d[role] or {}
        for key in ("code", "name", "country", "sector", "text"):
            row[f"{role}_{key}"] = actor.get(key)
    place = d["location"] or {}
    row.update(
        location_name=place.get("name"),
        location_country=place.get("country"),
        location_lat=place.get("lat"),
        location_lon=place.get("lon"),
    )
    row["attributed_to"] = (d["attributed_to"] or {}).get("code")
    row["span_start"], row["span_end"] = d["span"]
    return row


def plover_records(events: Iterable[Event]) -> list[dict[str, Any]]:
    """Group dyadic events PLOVER's way: one record per stated event, actor and recipient lists."""
    groups: dict[tuple, list[Event]] = {}
    for e in events:
        key = (e.doc_id, e.span, e.event_type, e.mode, e.trigger_span, e.negated)
        groups.setdefault(key, []).append(e)
    out = []
    for members in groups.values():
        first = members[0]
        actors = _unique([m.source for m in members])
        codes = {a.code + a.text for a in actors}
        recipients = _unique(
            [
                m.target
                for m in members
                if m.target is not None and m.target.code + m.target.text not in codes
            ]
        )
        out.append(
            {
                "id": first.id,
                "doc_id": first.doc_id,
                "date": first.date,
                "date_basis": first.date_basis,
                "event": first.event_type,
                "mode": first.mode,
                "context": first.context,
                "cameo": first.cameo,
                "goldstein": first.goldstein,
                "quad_class": first.quad_class,
                "actor": [_plover_actor(a) for a in actors],
                "recipient": [_plover_actor(a) for a in recipients],
                "eventText": first.trigger,
                "text": first.sentence,
                "span": list(first.span),
                "negated": first.negated,
                "event_ids": [m.id for m in members],
            }
        )
    return out


def _unique(actors: list) -> list:
    seen, out = set(), []
    for a in actors:
        if (a.code, a.text) not in seen:
            seen.add((a.code, a.text))
            out.append(a)
    return out


def _plover_actor(actor: Any) -> dict[str, Any]:
    return {
        "actorText": actor.text,
        "code": actor.code,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
    }


# GDELT 2.0's event table, column for column (no header line, as in GDELT's own files), then
# dyad's own columns; docs/data-formats.md says what each holds.
_GDELT_ACTOR = [
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
]
_GDELT_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{c}" for c in _GDELT_ACTOR),
    *(f"Actor2{c}" for c in _GDELT_ACTOR),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"{who}Geo_{c}" for who in ("Actor1", "Actor2", "Action") for c in _GDELT_GEO),
    "DATEADDED",
    "SOURCEURL",
    # dyad's own
    "DyadEventID",
    "PloverType",
    "PloverMode",
    "PloverContext",
    "DyadDate",
    "DateBasis",
    "Actor1Text",
    "Actor2Text",
    "AttributedTo",
    "Confidence",
    "Rule",
    "SpanStart",
    "SpanEnd",
    "Sentence",
]
# GDELT's geographic types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
_GEO_TYPES = {("country", False): 1, ("country", True): 1, ("admin1", True): 2}
_GEO_TYPES |= {("city", True): 3, ("city", False): 4, ("admin1", False): 5}
# a field never holds a tab or a line break: escaped as in C, backslashes doubled first
_ESCAPES = str.maketrans(
    {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
    | {ch: f"\\u{ord(ch):04x}" for ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}
)


def gdelt_rows(events: Iterable[Event]) -> Iterator[list[str]]:
    """GDELT-style rows (``GDELT_COLUMNS``), negated events left out.

    Events arrive in document order; each document's events are held until the next document
    starts, so that IsRootEvent can mark those of its first coded sentence.
    """
    crosswalk = load_crosswalk()
    pending: list[Event] = []
    for e in events:
        if e.negated:
            continue
        if pending and e.doc_id != pending[0].doc_id:
            yield from _gdelt_document(pending, crosswalk)
            pending = []
        pending.append(e)
    if pending:
        yield from _gdelt_document(pending, crosswalk)


def _gdelt_document(events: list[Event], crosswalk: Crosswalk) -> Iterator[list[str]]:
    lead = min(e.span[0] for e in events)
    for e in events:
        yield [_field(v) for v in _gdelt_values(e, e.span[0] == lead, crosswalk)]


def _gdelt_values(e: Event, root: bool, crosswalk: Crosswalk) -> list[Any]:
    year, month, day = ([*(e.date or "").split("-"), None, None, None])[:3]
    full = bool(year and month and day)
    fraction = f"{int(year) + (int(month) * 30 + int(day)) / 365:.4f}" if full else None
    place = e.location
    geo: list[Any] = [None] * len(_GDELT_GEO)
    if place is not None:
        fips = crosswalk.to_fips(place.country)
        geo = [
            _GEO_TYPES.get((place.precision, place.country == "USA")),
            place.name,
            fips,
            fips if place.precision == "country" else None,
            None,
            place.lat,
            place.lon,
            None,
        ]
    return [
        int(e.id[:15], 16),  # 60 bits of dyad's stable id: an integer, as GDELT's ids are
        f"{year}{month}{day}" if full else None,
        f"{year}{month}" if year and month else None,
        year or None,
        fraction,
        *_gdelt_actor(e.source),
        *_gdelt_actor(e.target),
        int(root),
        e.cameo,
        e.cameo[:3],
        e.cameo[:2],
        e.quad_class,
        e.goldstein,
        # from a store: the mentions, outlets and documents of the event's cluster; from
        # `dyad code`: one mention, in one source, in one article (this sentence)
        *((r.mentions, r.outlets, r.documents) if (r := e.reports) else (1, 1, 1)),
        None,
        *([None] * len(_GDELT_GEO) * 2),
        *geo,
        None,
        e.doc_id,
        e.id,
        e.event_type,
        e.mode,
        ";".join(e.context),
        e.date,
        e.date_basis,
        e.source.text,
        e.target.text if e.target else None,
        e.attributed_to.code if e.attributed_to else None,
        round(e.confidence, 3),
        e.rule,
        e.span[0],
        e.span[1],
        e.sentence,
    ]


def _gdelt_actor(actor: Actor | None) -> list[Any]:
    if actor is None:
        return [None] * len(_GDELT_ACTOR)
    igo = actor.code if actor.country is None and actor.sector is None else None
    return [actor.code, actor.name, actor.country, igo, None, None, None, actor.sector, None, None]


def _field(value: Any) -> str:
    return "" if value is None else str(value).translate(_ESCAPES)


def write_events(events: Iterable[Event], fmt: str, out: IO[str] | None, path: Path | None) -> int:
    """Write events in ``fmt`` to the open text stream ``out`` or the file ``path``; return count."""
    if fmt == "parquet":
        if path is None:
            raise ValueError("parquet output needs --out FILE")
        return _write_parquet(events, path)
    stream = out if out is not None else open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
    try:
        n = 0
        if fmt == "jsonl":
            for e in events:
                stream.write(e.to_json() + "\n")
                n += 1
        elif fmt == "csv":
            writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
            writer.writeheader()
            for e in events:
                writer.writerow(flat_row(e))
                n += 1
        elif fmt == "plover":
            for record in plover_records(events):
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
        elif fmt == "gdelt":
            for row in gdelt_rows(events):
                stream.write("\t".join(row) + "\n")
                n += 1
        else:
            raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        return n
    finally:
        if out is None:
            stream.close()


def _write_parquet(events: Iterable[Event], path: Path) -> int:
    import duckdb

    buf = io.StringIO()
    n = write_events(events, "csv", buf, None)
    fd, tmp = tempfile.mkstemp(suffix=".csv")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(buf.getvalue())
        types = {"cameo": "VARCHAR", "id": "VARCHAR", "doc_id": "VARCHAR", "context": "VARCHAR"}
        con = duckdb.connect()
        con.execute(
            "COPY (SELECT * FROM read_csv(?, header=true, types=?)) TO '"
            + str(path).replace("'", "''")
            + "' (FORMAT parquet)",
            [tmp, types],
        )
        con.close()
    finally:
        os.unlink(tmp)
    return n
