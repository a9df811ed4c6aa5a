"""The DuckDB store: what `dyad ingest` writes, resuming after a crash, and `dyad export`."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

import dyad
from dyad.cli import app
from dyad.errors import DyadError, InputError
from dyad.ingest import read_paths
from dyad.pipeline import CodedDocument
from dyad.records import Actor, Document, Event
from dyad.store import Store, open_store

PAGES = Path(__file__).parent / "data" / "pages"
TABLES = {
    "documents": "SELECT * EXCLUDE (ingested_at) FROM documents",
    "sentences": "SELECT * FROM sentences",
    "events": "SELECT * FROM events",
    "actors": "SELECT * FROM actors",
    "clusters": "SELECT * FROM clusters",
}


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    """Our pages, wire briefs and JSON Lines records; one page is the same article fetched twice."""
    return [d for d in read_paths([PAGES]) if not isinstance(d, InputError)]


@pytest.fixture(scope="module")
def reference(documents, tmp_path_factory) -> dict[str, list]:
    """Every table of a store filled in one clean run."""
    path = tmp_path_factory.mktemp("reference") / "events.duckdb"
    with open_store(path) as store:
        store.ingest(documents, batch_size=2)
    return snapshot(path)


def snapshot(path: Path) -> dict[str, list]:
    """Each table's rows, sorted (the physical order is DuckDB's business)."""
    with open_store(path, read_only=True) as store:
        return {
            name: sorted(store.connection.execute(query).fetchall(), key=repr)
            for name, query in TABLES.items()
        }


def run(*args: str):
    return CliRunner().invoke(app, list(args))


# -- what is stored -----------------------------------------------------------------------------


def test_every_table_is_filled(reference):
    for name in TABLES:
        assert reference[name], f"{name} is empty"


def test_stored_events_are_exactly_what_dyad_code_gives(documents, tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        report = store.ingest(documents, batch_size=3)
        stored = [e.to_dict() for e in store.events()]
    unique = list({d.content_hash: d for d in reversed(documents)}.values())[::-1]  # first of each
    coded = [e.to_dict() for _, events in dyad.code_documents(unique) for e in events]
    assert stored == coded
    assert report.duplicates == 1 and report.documents == len(unique)


def test_documents_keep_their_metadata_and_content_hash(reference, documents):
    stored = {row[2]: row for row in reference["documents"]}  # by id
    page = next(d for d in documents if d.id == "courier-border-refetch")
    content_hash, _, _, title, _, source, author, date, text = stored["courier-border-refetch"][:9]
    assert (content_hash, title, source, author) == (
        page.content_hash, page.title, "The Horn Courier", "Amina Yusuf",
    )  # fmt: skip
    assert str(date) == "2022-03-14" and text == page.text


def test_sentences_and_events_point_at_the_document_text(tmp_path, documents):
    with open_store(tmp_path / "s.duckdb") as store:
        store.ingest(documents[:3])
        con = store.connection
        bad_sentences = con.execute(
            "SELECT count(*) FROM sentences s JOIN documents d ON d.content_hash = s.doc_hash"
            " WHERE substring(d.text, s.span_start + 1, s.span_end - s.span_start) <> s.text"
        ).fetchall()
        unlinked = con.execute(
            "SELECT count(*) FROM events e LEFT JOIN sentences s ON s.doc_hash = e.doc_hash"
            " AND s.sentence_index = e.sentence_index"
            " WHERE s.text IS DISTINCT FROM e.sentence"
        ).fetchall()
    assert bad_sentences == [(0,)] and unlinked == [(0,)]


def test_cameo_is_a_zero_padded_string_and_months_are_dates(tmp_path, documents):
    with open_store(tmp_path / "s.duckdb") as store:
        store.ingest(documents)
        types = dict(
            store.connection.execute(
                "SELECT column_name, data_type FROM information_schema.columns"
                " WHERE table_name = 'events'"
            ).fetchall()
        )
        cameos = {c for (c,) in store.connection.execute("SELECT cameo FROM events").fetchall()}
    assert types["cameo"] == "VARCHAR" and types["month"] == "DATE"
    assert any(c.startswith("0") for c in cameos)


def test_actor_counts_add_up_to_the_events(store_file):
    with open_store(store_file, read_only=True) as store:
        counts = store.connection.execute(
            "SELECT (SELECT sum(as_source) FROM actors), (SELECT sum(as_target) FROM actors),"
            " (SELECT count(*) FROM events WHERE NOT negated),"
            " (SELECT count(target_code) FROM events WHERE NOT negated)"
        ).fetchall()
    ((as_source, as_target, events, with_target),) = counts
    assert (as_source, as_target) == (events, with_target) and events > 0


# -- resuming -----------------------------------------------------------------------------------


def test_ingesting_the_same_articles_again_changes_nothing(documents, tmp_path):
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        store.ingest(documents, batch_size=2)
    before = snapshot(path)
    with open_store(path) as store:
        again = store.ingest(documents, batch_size=2)
    assert again.documents == 0 and again.duplicates == len(documents)
    assert snapshot(path) == before


def test_a_crash_between_batches_loses_and_duplicates_nothing(documents, reference, tmp_path):
    path = tmp_path / "s.duckdb"

    def crash(report) -> None:
        raise KeyboardInterrupt("killed after the first batch")

    with open_store(path) as store, pytest.raises(KeyboardInterrupt):
        store.ingest(documents, batch_size=2, on_batch=crash)
    with open_store(path) as store:
        assert store.count("documents") == 2
        resumed = store.ingest(documents, batch_size=2)
    assert resumed.duplicates == 3  # two stored, plus the page fetched twice
    assert snapshot(path) == reference


def test_a_crash_inside_a_batch_leaves_no_trace_of_it(documents, reference, tmp_path, monkeypatch):
    path = tmp_path / "s.duckdb"
    calls = []
    recluster = Store._recluster

    def fail_on_second_batch(self, blocks):
        calls.append(blocks)
        if len(calls) == 2:  # documents, sentences and events of batch 2 are written by now
            raise MemoryError("killed half-way through batch 2")
        return recluster(self, blocks)

    monkeypatch.setattr(Store, "_recluster", fail_on_second_batch)
    with open_store(path) as store, pytest.raises(MemoryError):
        store.ingest(documents, batch_size=2)
    monkeypatch.setattr(Store, "_recluster", recluster)
    with open_store(path) as store:
        assert (store.count("documents"), store.count("sentences")) == (2, sum(
            1 for row in reference["sentences"] if row[0] in _first_two_hashes(documents)
        ))  # fmt: skip
        store.ingest(documents, batch_size=2)
    assert snapshot(path) == reference


def _first_two_hashes(documents: list[Document]) -> set[str]:
    return {d.content_hash for d in documents[:2]}


KILL = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from dyad.ingest import read_paths
    from dyad.store import Store, open_store

    docs = [d for d in read_paths([Path(sys.argv[2])]) if not hasattr(d, "args")]
    if sys.argv[3] == "mid-batch":  # die with batch 2's rows written but not committed
        count = Store._count_actors
        calls = []
        def die(self, events):
            calls.append(1)
            if len(calls) == 2:
                os._exit(9)
            count(self, events)
        Store._count_actors = die
        store = open_store(sys.argv[1])
        store.ingest(docs, batch_size=2)
    else:  # die right after batch 1 is committed, before anything is closed or flushed
        store = open_store(sys.argv[1])
        store.ingest(docs, batch_size=2, on_batch=lambda report: os._exit(9))
    """
)


@pytest.mark.parametrize("when", ["after-batch", "mid-batch"])
def test_a_killed_process_loses_and_duplicates_nothing(documents, reference, tmp_path, when):
    path = tmp_path / "s.duckdb"
    killed = subprocess.run(
        [sys.executable, "-c", KILL, str(path), str(PAGES), when], capture_output=True, text=True
    )
    assert killed.returncode == 9, killed.stderr
    with open_store(path) as store:
        assert store.count("documents") == 2  # batch 1 survived, batch 2 left no trace
        store.ingest(documents, batch_size=2)
    assert snapshot(path) == reference


def test_a_document_the_coder_fails_on_is_reported_and_stored_next_time(
    documents, reference, tmp_path, monkeypatch
):
    from dyad.coder import Coder

    code_doc = Coder.code_doc

    def fragile(self, doc, document):
        if "Mali" in document.text:
            raise ValueError("a coder bug")
        return code_doc(self, doc, document)

    path = tmp_path / "s.duckdb"
    monkeypatch.setattr(Coder, "code_doc", fragile)
    with open_store(path) as store:
        report = store.ingest(documents, batch_size=2)
    assert report.failed == ["sahel-mali: ValueError: a coder bug"]
    assert report.documents == len(documents) - 2  # the failure and the duplicate page
    monkeypatch.setattr(Coder, "code_doc", code_doc)
    with open_store(path) as store:
        assert store.ingest(documents, batch_size=2).documents == 1
    assert {r[2] for r in snapshot(path)["documents"]} == {r[2] for r in reference["documents"]}


# -- export ---------------------------------------------------------------------------------------


def test_event_from_dict_reads_back_what_to_dict_wrote(documents):
    events = [e for _, evs in dyad.code_documents(documents[:4]) for e in evs]
    assert events
    for e in events:
        again = Event.from_dict({**e.to_dict(), "trigger_span": e.trigger_span})
        assert again.to_dict() == e.to_dict() and again.id == e.id
        assert again.trigger_span == e.trigger_span


@pytest.fixture(scope="module")
def store_file(documents, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "events.duckdb"
    result = run("ingest", str(PAGES), "--db", str(path), "--batch-size", "3")
    assert result.exit_code == 0, result.output
    return path


def test_cli_ingest_reports_progress_and_counts_on_stderr(store_file):
    result = run("ingest", str(PAGES), "--db", str(store_file))
    assert result.exit_code == 0 and result.stdout == ""
    assert "0 documents and 0 events stored" in result.stderr
    assert "7 already stored" in result.stderr


def test_cli_export_gives_what_dyad_code_gives(store_file):
    exported = run("export", "--db", str(store_file))
    coded = run("code", str(PAGES))
    assert exported.exit_code == 0, exported.output
    lines = exported.stdout.splitlines()
    second = '"doc_id": "courier-border"'  # the same article as courier-border-refetch, read first
    assert lines == [line for line in coded.stdout.splitlines() if second not in line]


@pytest.mark.parametrize("fmt", ["csv", "plover", "gdelt", "parquet"])
def test_cli_export_writes_every_format(store_file, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    result = run("export", "--db", str(store_file), "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    if fmt == "parquet":
        cameos = duckdb.sql(f"SELECT cameo FROM '{out}'").fetchall()
        assert cameos and all(isinstance(c, str) and len(c) >= 3 for (c,) in cameos)
    else:
        assert out.read_text(encoding="utf-8").strip()


def test_cli_ingest_skips_a_broken_file_and_stores_the_rest(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Chile recalled its ambassador from Peru.")
    (tmp_path / "in" / "broken.jsonl").write_text('{"id": "a", "text": "Peru protested."}\n{oops\n')
    db = tmp_path / "s.duckdb"
    result = run("ingest", str(tmp_path / "in"), "--db", str(db), "--date", "2021-04-20")
    assert result.exit_code == 1 and "not valid JSON" in result.stderr
    with open_store(db, read_only=True) as store:
        ids = {i for (i,) in store.connection.execute("SELECT id FROM documents").fetchall()}
    assert ids == {"good", "a"}


def dated(
    doc_id: str,
    when: str | None,
    source: str = "CHL",
    negated: bool = False,
    outlet: str | None = None,
) -> CodedDocument:
    """A document with one SANCTION event on ``when`` (a day, a month, a year or None)."""
    text = "Chile recalled its ambassador from Peru."
    event = Event(
        doc_id=doc_id, sentence=text, span=(0, len(text)), event_type="SANCTION", cameo="161",
        goldstein=-4.0, quad_class=4, source=Actor("Chile", "Chile", source, "CHL", source[3:] or None),
        target=Actor("Peru", "Peru", "PER", "PER"), date=when, date_basis="stated", negated=negated,
    )  # fmt: skip
    document = Document(id=doc_id, text=f"{text} ({doc_id})", source=outlet)
    return CodedDocument(document, [event], [(0, len(text))])


def test_counts_give_mentions_and_deduplicated_events_per_month(tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        store.add([
            dated("a", "2021-04-19", outlet="Wire A"),
            dated("b", "2021-04-20", outlet="Wire B"),  # the same recall, next-day copy
            dated("c", "2021-04-29", outlet="Wire A"),  # ten days on: another recall
            dated("d", "2021-05-02", "CHLGOV"),
            dated("e", "2021-05-03", negated=True),  # never counted
            dated("f", None),  # undated: in no period
        ])  # fmt: skip
        rows = [(r.period, r.source, r.target, r.mentions, r.events) for r in store.counts()]
        assert rows == [("2021-04", "CHL", "PER", 3, 2), ("2021-05", "CHLGOV", "PER", 1, 1)]
        by_country = store.counts(by="year", level="country")
        assert [(r.period, r.source, r.mentions, r.events) for r in by_country] == [
            ("2021", "CHL", 4, 3)
        ]
        assert by_country[0].event_type == "SANCTION" and by_country[0].goldstein == -4.0
        only_gov = store.counts(source="CHLGOV")
        assert [(r.period, r.mentions) for r in only_gov] == [("2021-05", 1)]
        assert len(store.counts(source="CHL")) == 2  # a country matches all its sectors
        assert store.counts(target="CHL") == [] and store.counts(event_type="ASSAULT") == []
        assert [r.period for r in store.counts(date_from="2021-05-01")] == ["2021-05"]
        with pytest.raises(ValueError, match="by must be"):
            store.counts(by="week")


def test_cli_counts_prints_a_table_csv_or_json(store_file):
    table = run("counts", "--db", str(store_file), "--level", "country")
    assert table.exit_code == 0, table.output
    assert "mentions" in table.stdout and "events" in table.stdout
    as_json = run("counts", "--db", str(store_file), "--format", "json", "--by", "year")
    rows = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert rows and all(r["mentions"] >= r["events"] >= 1 for r in rows)
    with open_store(store_file, read_only=True) as store:
        ((counted,),) = store.connection.execute(
            "SELECT count(*) FROM events WHERE NOT negated AND year IS NOT NULL"
        ).fetchall()
    assert sum(r["mentions"] for r in rows) == counted
    as_csv = run("counts", "--db", str(store_file), "--format", "csv")
    assert as_csv.stdout.splitlines()[0] == (
        "period,source,target,event_type,mentions,events,goldstein"
    )
    bad = run("counts", "--db", str(store_file), "--type", "PARTY")
    assert bad.exit_code == 2 and "PLOVER" in bad.output


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        (None, None, ["day", "month", "year", "none"]),
        ("2021-04-19", "2021-04-19", ["day"]),  # both edges inclusive
        ("2021-04-20", None, []),
        (None, "2021-04-18", []),
        ("2021-04-01", "2021-04-30", ["day", "month"]),  # the month lies wholly in it
        ("2021-04-02", "2021-04-30", ["day"]),  # ... and here it does not
        ("2021-01-01", "2021-12-31", ["day", "month", "year"]),
    ],
)
def test_export_range_keeps_events_whose_period_lies_in_it(tmp_path, date_from, date_to, expected):
    with open_store(tmp_path / "s.duckdb") as store:
        store.add([dated("day", "2021-04-19"), dated("month", "2021-04"), dated("year", "2021")])
        store.add([dated("none", None)])
        assert [e.doc_id for e in store.events(date_from, date_to)] == expected


def test_sorting_the_events_table_keeps_every_row_and_the_export_order(tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        store.add([dated("late", "2021-09-01"), dated("early", "2020-01-05"), dated("mid", "2021")])
        before = sorted(store.connection.execute("SELECT * FROM events").fetchall(), key=repr)
        store.sort_events()
        after = store.connection.execute("SELECT * FROM events").fetchall()
        assert sorted(after, key=repr) == before
        assert [r[0] for r in store.connection.execute("SELECT doc_id FROM events").fetchall()] == [
            "early", "late", "mid",
        ]  # fmt: skip
        assert [e.doc_id for e in store.events()] == ["late", "early", "mid"]


@pytest.mark.parametrize("command", ["ingest", "export", "counts"])
def test_store_commands_have_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.stdout


def test_export_from_a_missing_or_foreign_file_is_a_clear_error(tmp_path):
    with pytest.raises(DyadError, match="no such store"):
        open_store(tmp_path / "nope.duckdb", read_only=True)
    foreign = tmp_path / "other.duckdb"
    duckdb.connect(str(foreign)).execute("CREATE TABLE t (x INT)").close()
    with pytest.raises(DyadError, match="not a dyad store"):
        open_store(foreign, read_only=True)
    (tmp_path / "text.duckdb").write_text("not a database")
    result = run("export", "--db", str(tmp_path / "text.duckdb"))
    assert result.exit_code == 2 and "cannot open" in result.stderr


def test_the_event_json_in_the_store_is_the_contract(store_file):
    with open_store(store_file, read_only=True) as store:
        rows = store.connection.execute("SELECT id, json FROM events").fetchall()
    for event_id, record in rows:
        assert json.loads(record)["id"] == event_id


def test_gdelt_export_from_a_store_counts_the_reports_of_each_event(tmp_path):
    from dyad.output import GDELT_COLUMNS

    with open_store(tmp_path / "s.duckdb") as store:
        store.add([
            dated("a", "2021-04-19", outlet="Wire A"),
            dated("b", "2021-04-20", outlet="Wire B"),  # the same recall, reported next day
            dated("c", "2021-04-20", outlet="Wire B"),  # ... and again by the same outlet
            dated("d", "2021-06-01", outlet="Wire A"),  # another recall
        ])  # fmt: skip
        events = list(store.events())
    assert [e.reports.mentions for e in events] == [3, 3, 3, 1]
    assert len({e.reports.cluster_id for e in events[:3]}) == 1
    out = tmp_path / "events.tsv"
    result = run("export", "--db", str(tmp_path / "s.duckdb"), "-f", "gdelt", "--out", str(out))
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    counts = [(r["NumMentions"], r["NumSources"], r["NumArticles"]) for r in rows]
    assert counts == [("3", "2", "3")] * 3 + [("1", "1", "1")]
