"""The packaged dictionaries load, say what they should, and bad entries fail with a clear error."""

from __future__ import annotations

import pytest

from dyad.errors import DataError
from dyad.lexicon import load_lexicon, name_key
from dyad.ontology import PLOVER_TYPES, load_ontology
from dyad.patterns import (
    load_event_references,
    load_patterns,
    parse_event_references,
    parse_pattern,
)


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize(
    ("surface", "kind", "country"),
    [
        ("Pakistan", "country", "PAK"),
        ("Islamic Republic of Pakistan", "country", "PAK"),
        ("Pakistani", "demonym", "PAK"),
        ("Seoul", "capital", "KOR"),
        ("Baku", "capital", "AZE"),
        ("Armenian", "demonym", "ARM"),
        ("Côte d'Ivoire", "country", "CIV"),
        ("Palestine", "country", "PSE"),
    ],
)
def test_countries_have_names_long_forms_demonyms_and_capitals(lexicon, surface, kind, country):
    entry = lexicon.names[name_key(surface)]
    assert (entry.kind, entry.country) == (kind, country)


def test_every_un_member_is_there(lexicon):
    assert len(lexicon.countries) >= 195


@pytest.mark.parametrize(
    ("surface", "code"),
    [
        ("United Nations", "UNO"),
        ("Security Council", "UNSC"),
        ("NATO", "NATO"),
        ("African Union", "AFU"),
        ("World Bank", "WBK"),
        ("European Union", "EUR"),
    ],
)
def test_igos_have_fixed_codes(lexicon, surface, code):
    assert lexicon.names[name_key(surface)].igo == code


@pytest.mark.parametrize(
    ("noun", "sector"),
    [
        ("foreign ministry", "GOV"),
        ("armed force", "MIL"),
        ("police", "COP"),
        ("senate", "LEG"),
        ("rebel", "REB"),
        ("protester", "CVL"),
        ("ambassador", "GOV"),
        ("opposition", "OPP"),
    ],
)
def test_sector_nouns(lexicon, noun, sector):
    assert lexicon.sectors[tuple(noun.split())] == sector


def test_patterns_cover_all_sixteen_types_with_many_patterns_each():
    book = load_patterns()
    per_type = {t: sum(1 for p in book.all if p.event_type == t) for t in PLOVER_TYPES}
    assert all(n >= 10 for n in per_type.values()), per_type


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"id": "x", "verb": "condemn", "cameo": "999"}, "unknown CAMEO code"),
        ({"id": "x", "verb": "condemn", "cameo": "111", "mode": "aerial"}, "not a PLOVER mode"),
        ({"id": "x", "verb": "condemn", "cameo": "111", "target": ["elsewhere"]}, "unknown slot"),
        ({"id": "x", "cameo": "111"}, "needs a verb or a noun"),
        ({"verb": "condemn", "cameo": "111"}, "no id"),
        ({"id": "x", "verb": "condemn", "cameo": "111", "colour": "red"}, "unknown keys"),
    ],
)
def test_malformed_pattern_is_a_clear_error(entry, message):
    with pytest.raises(DataError, match=message):
        parse_pattern(entry, "ACCUSE", "patterns/test.yaml[0]", load_ontology())


def test_user_actor_file_layers_over_builtin(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "groups:\n  - name: Example Liberation Front\n    aliases: [ELF]\n"
        "    country: PAK\n    sector: REB\n",
        encoding="utf-8",
    )
    lex = load_lexicon((str(path),))
    assert lex.names[name_key("ELF")].country == "PAK"
    assert lex.names[name_key("Pakistan")].country == "PAK"


def test_malformed_user_actor_file_names_the_problem(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("groups:\n  - name: Someone\n    country: XXX\n", encoding="utf-8")
    with pytest.raises(DataError, match="unknown country 'XXX'"):
        load_lexicon((str(path),))


def test_regions_are_adjectives_with_an_optional_bloc(lexicon, tmp_path):
    assert lexicon.names[name_key("West African")].kind == "region"
    assert lexicon.regions["West Africa"] == "ECOWAS"
    assert lexicon.regions["the West"] is None
    path = tmp_path / "regions.yaml"
    path.write_text("regions:\n  - name: Nowhere\n    adjectives: [Nowherean]\n    bloc: XYZ\n")
    with pytest.raises(DataError, match="unknown IGO 'XYZ'"):
        load_lexicon((str(path),))
    path.write_text("regions:\n  - name: Nowhere\n")
    with pytest.raises(DataError, match="has no adjectives"):
        load_lexicon((str(path),))


def test_event_references_name_plover_types_or_any():
    references = load_event_references()
    assert references["move"] is None  # any event the story told
    assert references["expulsion"] == {"SANCTION", "COERCE"}
    assert all(kinds is None or kinds <= set(PLOVER_TYPES) for kinds in references.values())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"nouns": {"move": ["PARTY"]}}, "PLOVER types"),
        ({"nouns": {"Move": "any"}}, "lower-case"),
        ({"nouns": {"move": []}}, "PLOVER types"),
        (["move"], "'nouns' mapping"),
    ],
)
def test_malformed_event_references_are_a_clear_error(data, message):
    with pytest.raises(DataError, match=message):
        parse_event_references(data, "refs.yaml")
