"""Parallel coding: local processes and a Dask cluster give exactly the single-process events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import dyad
from dyad.cli import app
from dyad.errors import InputError
from dyad.ingest import read_paths
from dyad.parallel import code_parallel
from dyad.pipeline import code_batch
from dyad.records import Document
from dyad.store import open_store

PAGES = Path(__file__).parent / "data" / "pages"


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return [d for d in read_paths([PAGES]) if not isinstance(d, InputError)]


@pytest.fixture(scope="module")
def single(documents) -> list[tuple[str, list[str]]]:
    """The reference: each document's id and its events' JSON, coded in this one process."""
    return [
        (doc.id, [e.to_json() for e in events]) for doc, events in dyad.code_documents(documents)
    ]


def test_a_dask_cluster_gives_the_single_process_events_in_order(documents, single):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        coded = list(code_parallel(documents, scheduler=cluster.scheduler_address, batch_size=2))
    assert [(c.document.id, [e.to_json() for e in c.events]) for c in coded] == single
    assert all(c.error is None for c in coded)


def test_two_local_workers_give_the_single_process_events(tmp_path, single):
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(
        app, ["ingest", str(PAGES), "--db", str(db), "--workers", "2", "--batch-size", "2"]
    )
    assert result.exit_code == 0, result.output
    with open_store(db, read_only=True) as store:
        stored = [json.loads(e.to_json()) for e in store.events()]
    # the store keeps one of the two copies of the page fetched twice: the first one read
    expected = [
        json.loads(line) for doc_id, lines in single if doc_id != "courier-border" for line in lines
    ]
    assert stored == expected


def test_a_document_the_coder_fails_on_does_not_take_its_batch_with_it(documents, monkeypatch):
    from dyad.coder import Coder

    code_doc = Coder.code_doc

    def fragile(self, doc, document):
        if document.id == "weekly-caspian":
            raise RuntimeError("boom")
        return code_doc(self, doc, document)

    monkeypatch.setattr(Coder, "code_doc", fragile)
    coded = code_batch(documents)
    assert [c.document.id for c in coded] == [d.id for d in documents]
    failed = [c for c in coded if c.error]
    assert [(c.document.id, c.error) for c in failed] == [("weekly-caspian", "RuntimeError: boom")]
    assert sum(len(c.events) for c in coded) > 0


def test_code_documents_raises_what_a_worker_could_not_code(monkeypatch):
    from dyad import parallel
    from dyad.pipeline import CodedDocument

    def broken(documents, **kw):
        yield CodedDocument(next(iter(documents)), error="RuntimeError: boom")

    monkeypatch.setattr(parallel, "code_parallel", broken)
    with pytest.raises(RuntimeError, match="d1: RuntimeError: boom"):
        list(dyad.code_documents([Document(id="d1", text="Peru protested.")], workers=2))


def test_batch_size_must_be_positive(documents):
    with pytest.raises(ValueError, match="batch_size"):
        list(code_parallel(documents, batch_size=0))


def test_an_unreachable_scheduler_is_a_clear_error(documents, monkeypatch):
    from dyad import parallel
    from dyad.errors import DyadError

    monkeypatch.setattr(parallel, "CONNECT_SECONDS", 1)
    with pytest.raises(DyadError, match="cannot reach the Dask scheduler"):
        list(code_parallel(documents, scheduler="tcp://127.0.0.1:9"))
