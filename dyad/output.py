"""Writing events: JSON Lines (the contract), CSV, Parquet and PLOVER-style grouped JSON."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from .records import Event

FORMATS = ("jsonl", "csv", "parquet", "plover")
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
