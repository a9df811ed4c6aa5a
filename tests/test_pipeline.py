"""Documents in, events out: batching, huge documents and stable output."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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


WORDS = ["Pakistan", "condemned", "the", "attack", "on", "Monday", "by", "Armenian", "forces", ",",
         ".", "\n", "\n\n", "said", "he", "would", "send", "aid", "to", "Turkey", "\"", "Seoul",
         "protesters", "rallied", "in", "Baku", "?", "not", "UN", "Security", "Council", "2021"]  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60))
def test_any_word_salad_codes_without_error_and_spans_point_at_sentences(words):
    text = " ".join(words)
    if not text.strip():
        return
    for event in dyad.code(text, date="2021-04-20"):
        assert text[event.span[0] : event.span[1]] == event.sentence
        assert event.sentence.strip() == event.sentence
