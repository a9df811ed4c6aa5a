"""The DuckDB store at 10 million events: dyad-by-month aggregates and the size on disk.

Fills a dyad store's ``events`` table with synthetic events generated inside DuckDB (coding 10
million events would take days here): 60 actor codes, 16 PLOVER types, ten years of dates, a
sentence from varied templates and the full JSON record per event, two mentions per cluster, and
the ``clusters`` table built from them.
The table is then sorted as ``dyad ingest`` leaves it (``Store.sort_events``). Prints the time of
dyad-by-month aggregates (median of 5 warm runs; goal < 1 s over 10 million events) and the store's
size per million events. Usage:

    .venv/bin/python benchmarks/store_scale.py [--events 10000000] [--keep FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

COUNTRIES = ["PAK", "IND", "AFG", "AZE", "ARM", "TUR", "RUS", "UKR", "CHN", "JPN", "KOR", "PRK",
             "USA", "GBR", "FRA", "DEU", "POL", "IRN", "IRQ", "ISR", "PSE", "EGY", "SDN", "ETH",
             "KEN", "SOM", "NGA", "MLI", "BRA", "CHL"]  # fmt: skip
SECTORS = ["", "GOV", "MIL"]
TYPES = {  # PLOVER type -> (CAMEO code, quad class, Goldstein)
    "AGREE": ("030", 1, 4.0), "CONSULT": ("040", 1, 1.0), "SUPPORT": ("057", 1, 8.0),
    "CONCEDE": ("080", 2, 5.0), "COOPERATE": ("061", 2, 6.4), "AID": ("070", 2, 7.0),
    "RETREAT": ("087", 2, 9.0), "REQUEST": ("020", 1, 3.0), "ACCUSE": ("112", 3, -2.0),
    "REJECT": ("120", 3, -4.0), "THREATEN": ("130", 3, -4.4), "PROTEST": ("140", 3, -6.5),
    "SANCTION": ("161", 4, -4.0), "MOBILIZE": ("150", 4, -7.2), "COERCE": ("170", 4, -7.0),
    "ASSAULT": ("190", 4, -10.0),
}  # fmt: skip
VERBS = ["signed an agreement with", "held talks with", "condemned", "accused", "shelled",
         "imposed sanctions on", "sent aid to", "threatened", "rejected a proposal by",
         "recalled its ambassador from", "praised", "expelled diplomats of"]  # fmt: skip
TAILS = ["on Monday.", "on Tuesday, officials said.", "after talks in the capital.",
         "over a border dispute.", "in a statement on its website.", "late on Friday.",
         "despite objections from the opposition.", "for the second time this year."]  # fmt: skip


def fill(con, n: int, chunk: int = 1_000_000) -> None:
    """Insert ``n`` synthetic events, a million per statement."""
    codes = [c + s for c in COUNTRIES for s in SECTORS]
    types = list(TYPES)
    con.execute(
        "CREATE TEMP TABLE ty AS SELECT unnest($t) AS t, unnest($c) AS cameo, unnest($q) AS q,"
        " unnest($g) AS g, unnest($k) AS k",
        {
            "k": list(range(len(types))),
            "t": types,
            "c": [TYPES[t][0] for t in types],
            "q": [TYPES[t][1] for t in types],
            "g": [TYPES[t][2] for t in types],
        },
    )
    for lo in range(0, n, chunk):
        hi = min(n, lo + chunk)
        con.execute(
            f"""
            INSERT INTO events BY NAME
            WITH r AS (
                -- two consecutive events share type, dyad and day: two reports of one event
                SELECT i, i // 2 AS pair,
                       hash(i // 2) AS h1, hash(i // 2 + 7919) AS h2, hash(i // 2 * 31 + 17) AS h3,
                       hash(i) AS h4,
                       DATE '2015-01-01' + CAST(hash(i // 2) % 3650 AS INTEGER) AS day
                FROM range({lo}, {hi}) t(i)
            ), e AS (
                SELECT r.*, ty.t, ty.cameo, ty.q, ty.g,
                       $codes[1 + CAST(h2 % {len(codes)} AS INTEGER)] AS src,
                       $codes[1 + CAST(h3 % {len(codes)} AS INTEGER)] AS tgt,
                       $verbs[1 + CAST(h1 % {len(VERBS)} AS INTEGER)] AS verb,
                       $tails[1 + CAST(h4 % {len(TAILS)} AS INTEGER)] AS tail
                FROM r JOIN ty ON ty.k = r.h1 % 16
            )
            SELECT substr(md5(i::VARCHAR), 1, 16) AS id,
                   'doc-' || (i // 4) AS doc_id, md5((i // 4)::VARCHAR) AS doc_hash,
                   i // 4 AS doc_seq, CAST(i % 4 AS INTEGER) AS ordinal,
                   CAST(i % 4 AS INTEGER) AS sentence_index,
                   CAST(h4 % 2000 AS INTEGER) AS span_start,
                   CAST(h4 % 2000 AS INTEGER) + 60 + length(verb) AS span_end,
                   src || ' ' || verb || ' ' || tgt || ' ' || tail AS sentence,
                   t AS event_type, NULL AS mode, [] AS context, cameo, g AS goldstein,
                   q AS quad_class,
                   src AS source_code, src AS source_name, left(src, 3) AS source_country,
                   nullif(substr(src, 4), '') AS source_sector, src AS source_text,
                   tgt AS target_code, tgt AS target_name, left(tgt, 3) AS target_country,
                   nullif(substr(tgt, 4), '') AS target_sector, tgt AS target_text,
                   strftime(day, '%Y-%m-%d') AS date, 'stated' AS date_basis, day,
                   date_trunc('month', day)::DATE AS month, year(day) AS year,
                   h1 % 100 = 0 AS negated, 0.8 AS confidence, 'synthetic' AS rule,
                   verb AS trigger,
                   CASE WHEN h1 % 100 = 0 THEN NULL
                        ELSE substr(md5('cluster' || pair), 1, 16) END AS cluster_id,
                   json_object('id', substr(md5(i::VARCHAR), 1, 16), 'doc_id', 'doc-' || (i // 4),
                       'sentence', src || ' ' || verb || ' ' || tgt || ' ' || tail,
                       'span', [h4 % 2000, h4 % 2000 + 60], 'event_type', t, 'mode', NULL,
                       'context', [], 'cameo', cameo, 'goldstein', g, 'quad_class', q,
                       'source', json_object('text', src, 'name', src, 'code', src,
                           'country', left(src, 3), 'sector', nullif(substr(src, 4), '')),
                       'target', json_object('text', tgt, 'name', tgt, 'code', tgt,
                           'country', left(tgt, 3), 'sector', nullif(substr(tgt, 4), '')),
                       'date', strftime(day, '%Y-%m-%d'), 'date_basis', 'stated',
                       'location', NULL, 'negated', h1 % 100 = 0, 'attributed_to', NULL,
                       'confidence', 0.8, 'rule', 'synthetic', 'trigger', verb) AS json
            FROM e
            """,
            {"codes": codes, "verbs": VERBS, "tails": TAILS},
        )
        print(f"  {hi:>11,} events inserted", flush=True)
    # the clusters table, as the store keeps it (one row per cluster, in its first month)
    con.execute(
        """
        INSERT INTO clusters BY NAME
        SELECT cluster_id, any_value(event_type) AS event_type,
               any_value(source_code) AS source_code, any_value(target_code) AS target_code,
               min(date) AS first_date, max(date) AS last_date, min(month) AS month,
               count(*) AS mentions, count(DISTINCT doc_hash) AS documents,
               count(DISTINCT doc_hash) AS outlets
        FROM events WHERE cluster_id IS NOT NULL GROUP BY cluster_id
        """
    )


QUERIES = {
    "dyad x month, mentions": (
        "SELECT month, source_code, target_code, count(*) AS mentions FROM events"
        " WHERE NOT negated GROUP BY ALL"
    ),
    "dyad x month, events (the clusters table)": (
        "SELECT month, source_code, target_code, count(*) AS events FROM clusters GROUP BY ALL"
    ),
    "dyad x month, count(DISTINCT cluster_id)": (
        "SELECT month, source_code, target_code, count(DISTINCT cluster_id) AS events"
        " FROM events WHERE NOT negated GROUP BY ALL"
    ),
    "the dyad_months view (x type; both counts)": "SELECT * FROM dyad_months",
    "one dyad by month, ten years": (
        "SELECT month, count(*) FROM events WHERE source_code = 'PAKGOV'"
        " AND target_code = 'INDGOV' AND NOT negated GROUP BY month"
    ),
    "all dyads, one quarter": (
        "SELECT month, source_code, target_code, count(*) FROM events"
        " WHERE month BETWEEN DATE '2020-01-01' AND DATE '2020-03-01' AND NOT negated"
        " GROUP BY ALL"
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--keep", type=Path, help="write the store here and keep it")
    args = parser.parse_args()

    from dyad.store import open_store

    tmp = tempfile.TemporaryDirectory()
    path = args.keep or Path(tmp.name) / "events.duckdb"
    print(f"machine: {os.cpu_count()} cores; duckdb store at {path}")
    t0 = time.perf_counter()
    with open_store(path) as store:
        fill(store.connection, args.events)
        filled = time.perf_counter() - t0
        store.sort_events()
        sorted_in = time.perf_counter() - t0 - filled
        ((block, used, free),) = store.connection.execute(
            "SELECT block_size, used_blocks, free_blocks FROM pragma_database_size()"
        ).fetchall()
    size = path.stat().st_size
    print(f"filled in {filled:.0f} s, sorted in {sorted_in:.0f} s")
    print(f"store: {block * used / 1e9:.2f} GB used for {args.events:,} events = "
          f"{block * used / args.events:.0f} MB per million events (events and clusters; no "
          f"documents); the file is {size / 1e9:.2f} GB: {block * free / 1e9:.2f} GB of it are "
          "blocks freed by the sort, which DuckDB reuses for later inserts")  # fmt: skip

    with open_store(path, read_only=True) as store:
        con = store.connection
        for label, query in QUERIES.items():
            # The aggregate is computed in full but only its row count comes back: the figure is
            # DuckDB's work, not the cost of turning up to a million rows into Python tuples.
            columns = [d[0] for d in con.execute(f"SELECT * FROM ({query}) LIMIT 0").description]
            counts = ", ".join(f'count("{c}")' for c in columns)
            wrapped = f"SELECT count(*), {counts} FROM ({query})"
            ((rows, *_),) = con.execute(wrapped).fetchall()  # warm: file pages into memory
            runs = []
            for _ in range(5):
                t = time.perf_counter()
                con.execute(wrapped).fetchall()
                runs.append(time.perf_counter() - t)
            print(f"{label:<45} {statistics.median(runs):6.3f} s  ({rows:,} rows)")
    tmp.cleanup()


if __name__ == "__main__":
    main()
