"""dyad's spaCy components work inside a user's own pipeline."""

from __future__ import annotations

import spacy

from dyad.nlp import MODEL, load_nlp


def test_coder_is_a_spacy_component_that_sets_doc_events():
    nlp = spacy.load(MODEL)
    nlp.add_pipe("dyad_line_breaks", before="parser")
    nlp.add_pipe("dyad_coder", last=True)
    doc = nlp.make_doc("Chile recalled its ambassador from Peru on Monday.")
    doc._.pub_date = "2021-04-20"
    doc = nlp(doc)
    (event,) = doc._.events
    assert (event.event_type, event.source.code, event.date) == ("SANCTION", "CHL", "2021-04-19")


def test_headline_and_byline_lines_are_sentences_of_their_own():
    text = "Chile recalls envoy\nBy Ana Ruiz\n\nChile recalled its ambassador from Peru on Monday."
    sents = [s.text.strip() for s in load_nlp()(text).sents]
    assert sents == [
        "Chile recalls envoy",
        "By Ana Ruiz",
        "Chile recalled its ambassador from Peru on Monday.",
    ]


def test_dateline_is_split_from_the_story():
    text = "LIMA, April 19 (Example News) - Chile recalled its ambassador from Peru on Monday."
    sents = [s.text.strip() for s in load_nlp()(text).sents]
    assert sents[-1] == "Chile recalled its ambassador from Peru on Monday."
