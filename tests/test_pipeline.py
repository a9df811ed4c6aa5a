"""Documents in, events out: batching, huge documents and stable output."""

from __future__ import annotations

import dyad
from dyad import pipeline
from dyad.records import Document

PARAGRAPH = (
    "Chile recalled its ambassador from Peru on Monday. "
    "Protesters rallied outside the Peruvian embassy in Santiago.\n\n"
)


def test_huge_document_is_coded_in_chunks_with_true_offsets(monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 400)
    text = PARAGRAPH * 12
    doc = Document(id="big", text=text, date="2021-04-20")
    ((_, events),) = list(dyad.code_documents([doc]))
    recalls = [e for e in events if e.event_type == "SANCTION"]
    assert len(recalls) == 12
    for e in events:
        assert text[e.span[0] : e.span[1]] == e.sentence
    assert len({e.id for e in events}) == len(events)


def test_documents_come_back_in_order_with_their_own_dates():
    docs = [
        Document(id=f"d{i}", text="Chile recalled its ambassador from Peru on Monday.", date=day)
        for i, day in enumerate(["2021-04-20", "2019-01-09", "2015-06-30"])
    ]
    out = list(dyad.code_documents(docs, batch_size=2))
    assert [d.id for d, _ in out] == ["d0", "d1", "d2"]
    assert [evs[0].date for _, evs in out] == ["2021-04-19", "2019-01-07", "2015-06-29"]
