"""Fuzzy names: close spellings are rescued, ordinary or ambiguous words are not."""

from __future__ import annotations

from dyad.fuzzy import FuzzyIndex, looks_like_name, similar_person

STATES = FuzzyIndex.build(
    [("Pakistan", "PAK"), ("Azerbaijan", "AZE"), ("Austria", "AUT"), ("Australia", "AUS")]
)


def test_misspellings_match_their_state():
    assert STATES.match("Azerbajan") == "AZE"
    assert STATES.match("Pakistn") == "PAK"
    assert STATES.match("Pakitsa", min_score=80) == "PAK"  # only with the story's own evidence
    assert STATES.match("Pakitsa") is None


def test_ambiguous_or_distant_words_match_nothing():
    assert STATES.match("Austrlia") is None  # as close to Austria as to Australia
    assert STATES.match("Paris") is None
    assert not looks_like_name("Iran")  # too short to guess at
    assert not looks_like_name("pakistan")  # not capitalised


def test_transliterated_person_names_match_the_one_introduced():
    known = ["Nadeem Razzan", "Arif Alvi"]
    assert similar_person("Nadim Razan", known) == "Nadeem Razzan"
    assert similar_person("Razan", ["Razzan", "Alvi"]) == "Razzan"
    assert similar_person("Alvy", ["Alvi"]) is None  # four letters: too little to go on
    assert similar_person("Nadim Razan", ["Nadia Rahman"]) is None
