"""dyad's spaCy components work inside a user's own pipeline."""

from __future__ import annotations

import pytest
import spacy
from conftest import triples

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


@pytest.mark.parametrize(
    "dateline", ["LIMA, April 19 (Example News) - ", "LIMA/SANTIAGO (Example News) - "]
)
def test_dateline_is_split_from_the_story(dateline):
    text = dateline + "Chile recalled its ambassador from Peru on Monday."
    sents = [s.text.strip() for s in load_nlp()(text).sents]
    assert sents[-1] == "Chile recalled its ambassador from Peru on Monday."


@pytest.mark.parametrize(
    "text",
    [
        "ECOWAS imposed sanctions on Niger.",
        "Four days later ECOWAS leaders imposed sanctions on Niger.",
    ],
)
def test_acronyms_the_lexicon_knows_are_not_read_as_verbs(text):
    doc = load_nlp()(text)
    ecowas = next(t for t in doc if t.text == "ECOWAS")
    assert ecowas.pos_ in ("PROPN", "NOUN")
    assert next(t for t in doc if t.text == "imposed").dep_ == "ROOT"


def test_a_sanction_by_an_acronym_on_a_state_the_tagger_calls_a_title(code):
    assert triples(code("ECOWAS imposed sanctions on Niger.")) == {("SANCTION", "ECOWAS", "NER")}


def test_a_new_lines_first_words_stay_in_its_sentence(code):
    text = (
        "5. Kenya and Uganda hold talks on the border\n\n"
        "Kenyan and Ugandan officials held talks on Monday at the Busia crossing."
    )
    assert {("CONSULT", "KENGOV", "UGAGOV"), ("CONSULT", "UGAGOV", "KENGOV")} <= triples(code(text))


def test_an_irregular_past_the_tagger_took_for_a_base_form_gets_its_lemma(code):
    nlp = load_nlp()
    (retook,) = [t for t in nlp("The rebels retook the town.") if t.lower_ == "retook"]
    assert (retook.lemma_, retook.tag_) == ("retake", "VBD")
    # a base form that is also a past ("wound", "found") keeps its own lemma
    (wound,) = [t for t in nlp("Snipers wound civilians every day.") if t.lower_ == "wound"]
    assert wound.lemma_ == "wound"
    events = code("The Sudanese army retook most of al-Fashaga from Ethiopian militias.")
    assert triples(events) == {("ASSAULT", "SDNMIL", "ETHREB")}


def test_where_a_place_was_taken_from_is_not_the_object_taken(code):
    events = code("Russian forces captured Avdiivka from Ukrainian troops.")
    assert triples(events) == {("ASSAULT", "RUSMIL", "UKRMIL")}
