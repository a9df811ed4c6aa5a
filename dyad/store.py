"""The embedded store: documents, sentences, events, actors and clusters in one DuckDB file.

    store = open_store("events.duckdb")
    report = store.ingest(documents, workers=2)      # code and store; resumable
    for event in store.events(date_from="2021-01-01"):  # back as dyad.Event records
        ...

Tables (``SCHEMA``): ``documents`` (one row per distinct text, keyed by its content hash),
``sentences`` (every sentence's span), ``events`` (every coded event, flattened, with its full JSON
and its ``cluster_id``), ``actors`` (each actor code once, with counts by role) and ``clusters``
(one row per real-world event, ``dyad.dedup``). Views: ``dyad_months`` counts mentions (coded
events) and events (clusters, in the month of their first report) by month, dyad and type;
``cluster_mentions`` lists every report of each cluster.

Each batch of documents is written in one transaction with its sentences, events, actor counts
and the clusters it touches, so a run killed at any moment leaves the store as it was after its
last whole batch; running it again skips what is stored (same content hash) and codes the rest.

Events are written sorted by month, source and target, and the table is re-sorted after a run that
added a large share of it, so DuckDB's per-row-group min/max (zonemaps) skip most of the file in a
query for a dyad or a period.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any

import duckdb

from .dedup import Cluster, Mention, cluster_mentions
from .errors import DyadError
from .parallel import BATCH_DOCUMENTS, code_parallel
from .pipeline import CodedDocument
from .records import Actor, Document, Event, Place, Reports

SCHEMA_VERSION = "1"
RESORT_SHARE = 0.1  # re-sort the events table after a run that added at least this share of it

# Long texts, read only to export or display, are compressed with zstd: the JSON records were 87%
# of a store's bytes with DuckDB's default string compression and a fifth of that with zstd.
ZSTD = " USING COMPRESSION zstd"
EVENTS_TABLE = """
CREATE TABLE IF NOT EXISTS {name} (
    id VARCHAR, doc_id VARCHAR, doc_hash VARCHAR, doc_seq BIGINT, ordinal INTEGER,
    sentence_index INTEGER, span_start INTEGER, span_end INTEGER, sentence VARCHAR,
    event_type VARCHAR, mode VARCHAR, context VARCHAR[], cameo VARCHAR, goldstein DOUBLE,
    quad_class TINYINT,
    source_code VARCHAR, source_name VARCHAR, source_country VARCHAR, source_sector VARCHAR,
    source_text VARCHAR,
    target_code VARCHAR, target_name VARCHAR, target_country VARCHAR, target_sector VARCHAR,
    target_text VARCHAR,
    attributed_to_code VARCHAR, attributed_to_name VARCHAR, attributed_to_country VARCHAR,
    attributed_to_sector VARCHAR, attributed_to_text VARCHAR,
    date VARCHAR, date_basis VARCHAR,
    day DATE,    -- the date when it is a full day
    month DATE,  -- first day of its month, when the month is known
    year SMALLINT,
    location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
    location_precision VARCHAR,
    negated BOOLEAN, confidence DOUBLE, rule VARCHAR, trigger VARCHAR,
    trigger_start INTEGER, trigger_end INTEGER,
    cluster_id VARCHAR,  -- clusters.cluster_id; NULL for negated events
    json JSON{zstd}  -- the event record exactly as `dyad code` writes it
)
"""
SCHEMA = """
CREATE TABLE IF NOT EXISTS dyad_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    content_hash VARCHAR PRIMARY KEY,  -- SHA-1 of the clean text: one row per distinct article
    seq BIGINT NOT NULL,               -- order of arrival; exports keep document order by it
    id VARCHAR NOT NULL,
    title VARCHAR, url VARCHAR, source VARCHAR, author VARCHAR,
    date DATE,                         -- publication date
    text VARCHAR NOT NULL{zstd},
    sentences INTEGER NOT NULL,
    events INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS sentences (
    doc_hash VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, sentence_index INTEGER NOT NULL,
    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text VARCHAR NOT NULL{zstd}
);
{events_table}
CREATE TABLE IF NOT EXISTS actors (
    code VARCHAR PRIMARY KEY, name VARCHAR, country VARCHAR, sector VARCHAR,
    as_source BIGINT NOT NULL, as_target BIGINT NOT NULL, as_attributed BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS clusters (
    cluster_id VARCHAR NOT NULL, event_type VARCHAR NOT NULL, source_code VARCHAR NOT NULL,
    target_code VARCHAR, first_date VARCHAR, last_date VARCHAR, month DATE,
    location_name VARCHAR, location_country VARCHAR, location_lat DOUBLE, location_lon DOUBLE,
    location_precision VARCHAR,
    mentions INTEGER NOT NULL, documents INTEGER NOT NULL, outlets INTEGER NOT NULL
);
CREATE OR REPLACE VIEW dyad_months AS
    -- mentions: coded events (reports); events: clusters, each in the month of its first report
    WITH m AS (
        SELECT month, source_code, target_code, event_type, any_value(quad_class) AS quad_class,
               count(*) AS mentions, avg(goldstein) AS goldstein
        FROM events WHERE NOT negated AND month IS NOT NULL GROUP BY ALL
    ), c AS (
        SELECT month, source_code, target_code, event_type, count(*) AS events
        FROM clusters WHERE month IS NOT NULL GROUP BY ALL
    )
    SELECT m.month, m.source_code, m.target_code, m.event_type, m.quad_class, m.mentions,
           coalesce(c.events, 0) AS events, m.goldstein
    FROM m LEFT JOIN c ON c.month = m.month AND c.source_code = m.source_code
        AND c.target_code IS NOT DISTINCT FROM m.target_code AND c.event_type = m.event_type;
CREATE OR REPLACE VIEW cluster_mentions AS
    SELECT c.cluster_id, c.event_type, c.source_code, c.target_code, c.first_date,
           e.id AS event_id, e.doc_id, d.source AS outlet, d.url, e.date, e.sentence,
           e.span_start, e.span_end
    FROM clusters c JOIN events e USING (cluster_id) JOIN documents d ON d.content_hash = e.doc_hash;
"""

_ACTOR_KEYS = ("code", "name", "country", "sector", "text")
_PLACE_KEYS = ("name", "country", "lat", "lon", "precision")
# column -> DuckDB list type, for inserting a batch as one statement of zipped lists
_EVENT_COLUMNS = {
    "id": "VARCHAR", "doc_id": "VARCHAR", "doc_hash": "VARCHAR", "doc_seq": "BIGINT",
    "ordinal": "INTEGER", "sentence_index": "INTEGER", "span_start": "INTEGER",
    "span_end": "INTEGER", "sentence": "VARCHAR", "event_type": "VARCHAR", "mode": "VARCHAR",
    "context": "VARCHAR[]", "cameo": "VARCHAR", "goldstein": "DOUBLE", "quad_class": "TINYINT",
    **{f"{role}_{k}": "VARCHAR" for role in ("source", "target", "attributed_to") for k in _ACTOR_KEYS},
    "date": "VARCHAR", "date_basis": "VARCHAR", "day": "DATE", "month": "DATE", "year": "SMALLINT",
    "location_name": "VARCHAR", "location_country": "VARCHAR", "location_lat": "DOUBLE",
    "location_lon": "DOUBLE", "location_precision": "VARCHAR", "negated": "BOOLEAN",
    "confidence": "DOUBLE", "rule": "VARCHAR", "trigger": "VARCHAR", "trigger_start": "INTEGER",
    "trigger_end": "INTEGER", "json": "JSON",
}  # fmt: skip
_DOCUMENT_COLUMNS = {
    "content_hash": "VARCHAR", "seq": "BIGINT", "id": "VARCHAR", "title": "VARCHAR",
    "url": "VARCHAR", "source": "VARCHAR", "author": "VARCHAR", "date": "DATE", "text": "VARCHAR",
    "sentences": "INTEGER", "events": "INTEGER", "ingested_at": "TIMESTAMP",
}  # fmt: skip
_SENTENCE_COLUMNS = {
    "doc_hash": "VARCHAR", "doc_id": "VARCHAR", "sentence_index": "INTEGER",
    "span_start": "INTEGER", "span_end": "INTEGER", "text": "VARCHAR",
}  # fmt: skip
_CLUSTER_COLUMNS = {
    "cluster_id": "VARCHAR", "event_type": "VARCHAR", "source_code": "VARCHAR",
    "target_code": "VARCHAR", "first_date": "VARCHAR", "last_date": "VARCHAR", "month": "DATE",
    "location_name": "VARCHAR", "location_country": "VARCHAR", "location_lat": "DOUBLE",
    "location_lon": "DOUBLE", "location_precision": "VARCHAR", "mentions": "INTEGER",
    "documents": "INTEGER", "outlets": "INTEGER",
}  # fmt: skip
_SORT_ORDER = "month NULLS LAST, source_code, target_code, day, doc_seq, ordinal"


@dataclass
class IngestReport:
    """What a run of ``Store.ingest`` did, updated after every committed batch."""

    documents: int = 0  # documents coded and stored
    events: int = 0
    sentences: int = 0
    batches: int = 0
    duplicates: int = 0  # documents skipped: their text is already in the store
    failed: list[str] = field(default_factory=list)  # "doc id: why" for documents not stored
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        """Time since the run started."""
        return time.perf_counter() - self.started


@dataclass(frozen=True)
class DyadCount:
    """One row of ``Store.counts``: a dyad's events of one type in one period."""

    period: str  # YYYY-MM or YYYY
    source: str
    target: str | None
    event_type: str
    mentions: int  # coded reports
    events: int  # distinct real-world events (dedup clusters)
    goldstein: float  # mean Goldstein score of the mentions


class Store:
    """A DuckDB file holding coded documents; see the module docstring for its tables."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise DyadError(f"{self.path}: no such store")
        try:
            self.connection = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise DyadError(f"{self.path}: cannot open as a DuckDB store ({exc})") from None
        if read_only:
            self._check_version()
        else:
            events_table = EVENTS_TABLE.format(name="events", zstd=ZSTD)
            self.connection.execute(SCHEMA.format(events_table=events_table + ";", zstd=ZSTD))
            self.connection.execute(
                "INSERT INTO dyad_meta VALUES ('schema', ?) ON CONFLICT DO NOTHING",
                [SCHEMA_VERSION],
            )
            self._check_version()

    def close(self) -> None:
        """Close the file (DuckDB checkpoints its log into it)."""
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------------

    def ingest(
        self,
        documents: Iterable[Document],
        *,
        workers: int = 1,
        scheduler: Any = None,
        batch_size: int = BATCH_DOCUMENTS,
        actor_files: tuple[str, ...] = (),
        on_batch: Callable[[IngestReport], None] | None = None,
    ) -> IngestReport:
        """Code the documents not yet stored and store them, one transaction per batch.

        A document whose text (content hash) is already stored, or was seen earlier in this run,
        is skipped before coding. ``on_batch`` is called after each committed batch (progress).
        """
        report = IngestReport()
        known = {
            h for (h,) in self.connection.execute("SELECT content_hash FROM documents").fetchall()
        }

        def fresh() -> Iterator[Document]:
            for document in documents:
                digest = document.content_hash
                if digest in known:
                    report.duplicates += 1
                    continue
                known.add(digest)
                yield document

        batch: list[CodedDocument] = []

        def commit() -> None:
            self.add(batch)
            report.documents += len(batch)
            report.events += sum(len(c.events) for c in batch)
            report.sentences += sum(len(c.sentences) for c in batch)
            report.batches += 1
            batch.clear()
            if on_batch is not None:
                on_batch(report)

        coding = code_parallel(
            fresh(),
            workers=workers,
            scheduler=scheduler,
            batch_size=batch_size,
            actor_files=actor_files,
        )
        with closing(coding):  # a failed commit stops the workers, too
            for coded in coding:
                if coded.error is not None:  # not stored, so the next run tries it again
                    report.failed.append(f"{coded.document.id}: {coded.error}")
                    continue
                batch.append(coded)
                if len(batch) >= batch_size:
                    commit()
        if batch:
            commit()
        total = self.count("events")
        if report.events and report.events >= RESORT_SHARE * total:
            self.sort_events()
        return report

    def add(self, coded: list[CodedDocument]) -> None:
        """Store coded documents with their sentences, events, actor counts and clusters, atomically.

        The caller makes sure the documents are not stored yet (``ingest`` does).
        """
        if not coded:
            return
        con = self.connection
        con.execute("BEGIN TRANSACTION")
        try:
            ((seq,),) = con.execute("SELECT coalesce(max(seq), 0) FROM documents").fetchall()
            rows = _Rows(seq)
            for c in coded:
                rows.add(c)
            _insert(con, "documents", _DOCUMENT_COLUMNS, rows.documents)
            _insert(con, "sentences", _SENTENCE_COLUMNS, rows.sentences)
            events = sorted(rows.events, key=_event_order)
            _insert(con, "events", _EVENT_COLUMNS, events)
            self._count_actors(events)
            self._recluster(
                {
                    (e["event_type"], e["source_code"], e["target_code"] or "")
                    for e in events
                    if not e["negated"]
                }
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def _count_actors(self, events: list[dict[str, Any]]) -> None:
        counts: dict[str, dict[str, Any]] = {}
        for e in events:
            if e["negated"]:
                continue
            for role in ("source", "target", "attributed_to"):
                code = e[f"{role}_code"]
                if code is None:
                    continue
                row = counts.setdefault(
                    code,
                    {
                        "code": code,
                        **{k: e[f"{role}_{k}"] for k in ("name", "country", "sector")},
                        "as_source": 0,
                        "as_target": 0,
                        "as_attributed": 0,
                    },
                )
                row["as_attributed" if role == "attributed_to" else f"as_{role}"] += 1
        if not counts:
            return
        columns = {
            "code": "VARCHAR", "name": "VARCHAR", "country": "VARCHAR", "sector": "VARCHAR",
            "as_source": "BIGINT", "as_target": "BIGINT", "as_attributed": "BIGINT",
        }  # fmt: skip
        _insert(
            self.connection,
            "actors",
            columns,
            list(counts.values()),
            " ON CONFLICT (code) DO UPDATE SET as_source = actors.as_source + excluded.as_source,"
            " as_target = actors.as_target + excluded.as_target,"
            " as_attributed = actors.as_attributed + excluded.as_attributed",
        )

    def _recluster(self, blocks: set[tuple[str, str, str]]) -> None:
        """Cluster again every mention of the blocks a batch touched (dyad.dedup)."""
        if not blocks:
            return
        con = self.connection
        found = con.execute(
            """
            SELECT e.id, e.doc_hash, e.event_type, e.source_code, e.target_code, e.date,
                   e.location_name, e.location_country, e.location_lat, e.location_lon,
                   e.location_precision, d.source, e.cluster_id
            FROM events e
            JOIN documents d ON d.content_hash = e.doc_hash
            JOIN (SELECT unnest($t) AS t, unnest($s) AS s, unnest($g) AS g) b
              ON e.event_type = b.t AND e.source_code = b.s AND coalesce(e.target_code, '') = b.g
            WHERE NOT e.negated
            """,
            {k: [b[i] for b in blocks] for i, k in enumerate("tsg")},
        ).fetchall()
        mentions, old = [], {}
        for row in found:
            place = Place(row[6], row[7], row[8], row[9], row[10]) if row[6] else None
            mention = Mention(row[0], row[1], row[2], row[3], row[4], row[5], place, row[11])
            mentions.append(mention)
            old[mention.key] = row[12]
        clusters = cluster_mentions(mentions)
        changed = [
            (m.doc_hash, m.event_id, c.id)
            for c in clusters
            for m in c.mentions
            if old[m.key] != c.id
        ]
        if changed:
            con.execute(
                """
                UPDATE events SET cluster_id = m.cluster_id
                FROM (SELECT unnest($h) AS doc_hash, unnest($i) AS id, unnest($c) AS cluster_id) m
                WHERE events.doc_hash = m.doc_hash AND events.id = m.id
                """,
                {k: [x[i] for x in changed] for i, k in enumerate("hic")},
            )
        stale = sorted({v for v in old.values() if v is not None})
        if stale:
            con.execute(
                "DELETE FROM clusters WHERE cluster_id IN (SELECT unnest($1::VARCHAR[]))", [stale]
            )
        _insert(con, "clusters", _CLUSTER_COLUMNS, [_cluster_row(c) for c in clusters])

    def sort_events(self) -> None:
        """Rewrite the events table in (month, source, target) order, so zonemaps skip the rest."""
        con = self.connection
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(EVENTS_TABLE.format(name="events_sorted", zstd=ZSTD))
            con.execute(f"INSERT INTO events_sorted SELECT * FROM events ORDER BY {_SORT_ORDER}")
            con.execute("DROP TABLE events")
            con.execute("ALTER TABLE events_sorted RENAME TO events")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("CHECKPOINT")

    # -- reading ----------------------------------------------------------------------------------

    def count(self, table: str) -> int:
        """Rows in one of the store's tables or views."""
        if table not in ("documents", "sentences", "events", "actors", "clusters", "dyad_months"):
            raise ValueError(f"no table {table!r} in a dyad store")
        ((n,),) = self.connection.execute(f"SELECT count(*) FROM {table}").fetchall()
        return int(n)

    def events(self, date_from: str | None = None, date_to: str | None = None) -> Iterator[Event]:
        """Stored events in document order (negated ones included, as ``dyad code`` gives them).

        With ``date_from``/``date_to`` (YYYY-MM-DD, inclusive), only events whose whole stated
        period lies in the range: "2021-04" is in April 2021 but not in 10-30 April.
        """
        where, params = _period_filter(date_from, date_to, "e")
        query = (
            "SELECT e.json, e.trigger_start, e.trigger_end, e.cluster_id, c.mentions,"
            " c.documents, c.outlets FROM events e LEFT JOIN clusters c USING (cluster_id)"
        )
        if where:
            query += " WHERE " + " AND ".join(where)
        cursor = self.connection.cursor()
        cursor.execute(query + " ORDER BY e.doc_seq, e.ordinal", params)
        while rows := cursor.fetchmany(1000):
            for record, t0, t1, cluster, mentions, documents, outlets in rows:
                event = Event.from_dict(json.loads(record))
                event.trigger_span = (t0, t1) if t0 is not None else None
                if cluster is not None and mentions is not None:
                    event.reports = Reports(cluster, mentions, documents, outlets)
                yield event

    def counts(
        self,
        by: str = "month",
        level: str = "code",
        source: str | None = None,
        target: str | None = None,
        event_type: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> list[DyadCount]:
        """Mentions (coded reports) and events (dedup clusters) per period, dyad and type.

        ``by`` is "month" or "year"; ``level`` "code" (``PAKGOV``) or "country" (``PAK``; IGOs
        and country-less sectors keep their code). ``source``/``target`` match an actor's code
        or its country. Events count the distinct clusters reported in the period, so a cluster
        reported across a month's end counts in both months; negated events count nowhere.
        Ordered by period, then most mentions first.
        """
        if by not in ("month", "year"):
            raise ValueError("by must be 'month' or 'year'")
        if level not in ("code", "country"):
            raise ValueError("level must be 'code' or 'country'")
        period = "month" if by == "month" else "make_date(year, 1, 1)"
        actor = "{0}_code" if level == "code" else "coalesce({0}_country, {0}_code)"
        where, params = _period_filter(date_from, date_to)
        where += ["NOT negated", "month IS NOT NULL" if by == "month" else "year IS NOT NULL"]
        for role, value in (("source", source), ("target", target)):
            if value:
                where.append(f"({role}_code = ? OR {role}_country = ?)")
                params += [value, value]
        if event_type:
            where.append("event_type = ?")
            params.append(event_type.upper())
        rows = self.connection.execute(
            f"""
            SELECT {period} AS period, {actor.format("source")} AS source,
                   {actor.format("target")} AS target, event_type, count(*) AS mentions,
                   count(DISTINCT cluster_id) AS events, round(avg(goldstein), 2) AS goldstein
            FROM events WHERE {" AND ".join(where)}
            GROUP BY ALL ORDER BY period, mentions DESC, source, target NULLS FIRST, event_type
            """,
            params,
        ).fetchall()
        return [DyadCount(p.isoformat()[: 7 if by == "month" else 4], *rest) for p, *rest in rows]

    def _check_version(self) -> None:
        try:
            rows = self.connection.execute(
                "SELECT value FROM dyad_meta WHERE key = 'schema'"
            ).fetchall()
        except duckdb.CatalogException:
            rows = []
        row = rows[0] if rows else None
        if row is None:
            raise DyadError(f"{self.path}: not a dyad store (no dyad_meta table)")
        if row[0] != SCHEMA_VERSION:
            raise DyadError(
                f"{self.path}: store schema {row[0]}, this dyad reads schema {SCHEMA_VERSION}"
            )


def open_store(path: str | Path, read_only: bool = False) -> Store:
    """Open (creating it if needed) a DuckDB store of coded documents."""
    return Store(path, read_only=read_only)


def _period_filter(
    date_from: str | None, date_to: str | None, table: str = "events"
) -> tuple[list[str], list[Any]]:
    """SQL conditions keeping events whose whole stated day, month or year lies in the range."""
    t = table
    start = (
        f"CASE length({t}.date) WHEN 10 THEN {t}.day WHEN 7 THEN {t}.month"
        f" ELSE make_date({t}.year, 1, 1) END"
    )
    end = (
        f"CASE length({t}.date) WHEN 10 THEN {t}.day WHEN 7 THEN last_day({t}.month)"
        f" ELSE make_date({t}.year, 12, 31) END"
    )
    where: list[str] = []
    params: list[Any] = []
    if date_from:
        where.append(f"{t}.date IS NOT NULL AND {start} >= ?::DATE")
        params.append(date_from)
    if date_to:
        where.append(f"{t}.date IS NOT NULL AND {end} <= ?::DATE")
        params.append(date_to)
    return where, params


# -- rows ---------------------------------------------------------------------------------------


class _Rows:
    """A batch's documents, sentences and events as rows of the store's tables."""

    def __init__(self, seq: int) -> None:
        self.seq = seq
        self.documents: list[dict[str, Any]] = []
        self.sentences: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.now = time.strftime("%Y-%m-%d %H:%M:%S")

    def add(self, coded: CodedDocument) -> None:
        doc = coded.document
        digest = doc.content_hash
        self.seq += 1
        self.documents.append(
            {
                "content_hash": digest,
                "seq": self.seq,
                "id": doc.id,
                "title": doc.title,
                "url": doc.url,
                "source": doc.source,
                "author": doc.author,
                "date": doc.date,
                "text": doc.text,
                "sentences": len(coded.sentences),
                "events": len(coded.events),
                "ingested_at": self.now,
            }  # fmt: skip
        )
        index = {span: i for i, span in enumerate(coded.sentences)}
        for i, (start, end) in enumerate(coded.sentences):
            self.sentences.append(
                {
                    "doc_hash": digest,
                    "doc_id": doc.id,
                    "sentence_index": i,
                    "span_start": start,
                    "span_end": end,
                    "text": doc.text[start:end],
                }  # fmt: skip
            )
        for ordinal, event in enumerate(coded.events):
            self.events.append(_event_row(event, digest, self.seq, ordinal, index.get(event.span)))


def _event_row(
    event: Event, doc_hash: str, doc_seq: int, ordinal: int, sentence_index: int | None
) -> dict[str, Any]:
    record = event.to_dict()
    row: dict[str, Any] = {
        "id": record["id"],
        "doc_id": event.doc_id,
        "doc_hash": doc_hash,
        "doc_seq": doc_seq,
        "ordinal": ordinal,
        "sentence_index": sentence_index,
        "span_start": event.span[0],
        "span_end": event.span[1],
        **{k: record[k] for k in ("sentence", "event_type", "mode", "context", "cameo")},
        **{k: record[k] for k in ("goldstein", "quad_class", "date", "date_basis", "negated")},
        **{k: record[k] for k in ("confidence", "rule", "trigger")},
        "trigger_start": event.trigger_span[0] if event.trigger_span else None,
        "trigger_end": event.trigger_span[1] if event.trigger_span else None,
        "json": json.dumps(record, ensure_ascii=False),
    }
    for role in ("source", "target", "attributed_to"):
        actor: Actor | None = getattr(event, role)
        for k in _ACTOR_KEYS:
            row[f"{role}_{k}"] = getattr(actor, k) if actor else None
    for k in _PLACE_KEYS:
        row[f"location_{k}"] = getattr(event.location, k) if event.location else None
    row.update(_periods(event.date))
    return row


def _periods(value: str | None) -> dict[str, Any]:
    """day, month and year columns of a YYYY-MM-DD, YYYY-MM or YYYY date."""
    year = int(value[:4]) if value and value[:4].isdigit() else None
    month = Date(year, int(value[5:7]), 1) if year and value and len(value) >= 7 else None
    day = Date.fromisoformat(value) if value and len(value) == 10 else None
    return {"day": day, "month": month, "year": year}


def _event_order(row: dict[str, Any]) -> tuple:
    return (
        row["month"] is None,
        row["month"] or Date.min,
        row["source_code"] or "",
        row["target_code"] or "",
        row["day"] or Date.min,
        row["doc_seq"],
        row["ordinal"],
    )


def _cluster_row(cluster: Cluster) -> dict[str, Any]:
    place = cluster.place
    first = cluster.first_date
    return {
        "cluster_id": cluster.id,
        "event_type": cluster.block[0],
        "source_code": cluster.block[1],
        "target_code": cluster.block[2] or None,
        "first_date": first,
        "last_date": cluster.last_date,
        "month": _periods(first)["month"],
        **{f"location_{k}": getattr(place, k) if place else None for k in _PLACE_KEYS},
        "mentions": len(cluster.mentions),
        "documents": cluster.documents,
        "outlets": cluster.outlets,
    }


def _insert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: dict[str, str],
    rows: list[dict[str, Any]],
    suffix: str = "",
) -> None:
    """Insert rows as one statement of zipped typed lists: far faster than executemany."""
    if not rows:
        return
    names = list(columns)
    select = ", ".join(f"unnest(${i + 1}::{columns[n]}[]) AS {n}" for i, n in enumerate(names))
    con.execute(
        f"INSERT INTO {table} ({', '.join(names)}) SELECT {select}{suffix}",
        [[row[n] for row in rows] for n in names],
    )
