"""TABARI/PETRARCH dictionaries (dyad/dictionaries.py) and user actor files layered by --actors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dyad.dictionaries import (
    Coded,
    UnmappedCode,
    UnmappedCodeWarning,
    actor_dictionary,
    map_code,
    news_case,
    read_tabari,
    tabari_date,
)
from dyad.errors import DataError
from dyad.lexicon import load_lexicon, name_key
from dyad.pipeline import code_documents
from dyad.records import Document

FIXTURES = Path(__file__).parent / "data" / "dictionaries"
ACTORS = FIXTURES / "actors.txt"
AGENTS = FIXTURES / "agents.txt"
UNMAPPED = FIXTURES / "unmapped.txt"
# agents.txt has one unmapped code on purpose; the warning is tested on its own below
pytestmark = pytest.mark.filterwarnings("ignore::dyad.dictionaries.UnmappedCodeWarning")


def coded(text: str, date: str, *files: Path) -> set[tuple[str, str, str | None]]:
    """(type, source, target) of the events of one text coded with these actor files."""
    doc = Document(id="t", text=text, date=date)
    [(_, events)] = list(code_documents([doc], actor_files=tuple(str(f) for f in files)))
    return {(e.event_type, e.source.code, e.target.code if e.target else None) for e in events}


def entry(name: str, *files: Path):
    return load_lexicon(tuple(str(f) for f in files)).names.get(name_key(name))


# -- syntax ---------------------------------------------------------------------------------------


def test_reader_groups_synonyms_and_indented_codes_under_their_entry():
    book = read_tabari(ACTORS)
    kipruto = book.actors[0]
    assert kipruto.names == ("OSVALDO KIPRUTO", "OSVALDO K. KIPRUTO", "PRESIDENT KIPRUTO")
    assert [(c.code, c.start, c.end) for c in kipruto.codes] == [
        ("KENGOV", "2020-01-01", "2029-12-31"),
        ("KENELI", "2015-01-01", "2019-12-31"),
        ("KENOPP", None, "2014-12-31"),
    ]
    assert kipruto.line == 7


def test_reader_skips_hash_semicolon_and_multiline_xml_comments():
    names = [a.names[0] for a in read_tabari(ACTORS).actors]
    assert "NORTHERN FRONTIER BRIGADES" in names  # final underscore dropped, ';' comment cut
    assert not any("XML" in n or "comment" in n.lower() for n in names)


def test_reader_reads_agents_with_plurals_and_substitutions():
    agents = {a.nouns: a.code for a in read_tabari(AGENTS).agents}
    assert agents[("RIVER GUARD", "RIVER GUARDS")] == "~MIL"
    assert agents[("FERRYMAN", "FERRYWOMAN", "FERRYPERSON")] == "~BUS"
    assert agents[("RELIEF TRUST",)] == "NGO~"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("090120", "2009-01-20"),
        ("300101", "2030-01-01"),  # up to 30: this century, as in TABARI
        ("310101", "1931-01-01"),
        ("450703", "1945-07-03"),
        ("20090120", "2009-01-20"),
    ],
)
def test_tabari_dates_follow_the_two_digit_year_rule(text, expected):
    assert tabari_date(text) == expected


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("+SYNONYM_FIRST\n", 1, "synonym before any actor entry"),
        ("\t[USAGOV]\n", 1, "code line before any actor entry"),
        ("GOOD_NAME [USAGOV]\nBAD_NAME [USAGOV 2009-2010]\n", 2, "not a date restriction"),
        ("# header\nBAD_DATE [USAGOV 091320-100101]\n", 2, "not a valid date"),
        ("BACKWARDS [USAGOV 100101-090101]\n", 1, "ends before it starts"),
        ("OPEN_BRACKET [USAGOV\n", 1, "unbalanced '['"),
        ("EMPTY []\n", 1, "empty brackets"),
        ("LOWER [usagov]\n", 1, "is not a code"),
        ("THREE_PARTS [USAGOV 090101 100101]\n", 1, "at most one date restriction"),
        ("TRAILING [USAGOV] text\n", 1, "text after the codes"),
        ("A [USAGOV]\n+\n", 2, "'+' with no name"),
        ("!MINIST!_OF_FINANCE [~GOV]\n", 1, "substitution !MINIST! is not defined"),
        ("TREASURER [~GOV 090101-100101]\n", 1, "exactly one undated code"),
        ("A [USAGOV]\n[~GOV]\n", 2, "agent code"),
    ],
)
def test_malformed_line_is_a_data_error_naming_file_and_line(tmp_path, text, line, problem):
    path = tmp_path / "bad.actors.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=f"bad.actors.txt:{line}: .*{re.escape(problem)}"):
        read_tabari(path)


def test_malformed_file_given_to_actors_fails_the_lexicon_load(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_text("KOFI_ANNAN_ [IGOUNO 970101-061231\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"broken.txt:1: unbalanced"):
        load_lexicon((str(path),))


# -- codes ----------------------------------------------------------------------------------------

COUNTRIES = {"USA", "PAK", "KEN", "ROU", "XKX", "NAM", "CAF"}
IGOS = {"UNO", "UNICEF", "UNHCR", "NATO", "EUR", "WBK", "ICRC", "UNSC", "NAM"}


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("USAGOV", Coded(country="USA", sector="GOV")),
        ("PAKMIL", Coded(country="PAK", sector="MIL")),
        ("PAK", Coded(country="PAK")),
        ("USAINS", Coded(country="USA", sector="REB")),  # CAMEO insurgents
        ("PAKELIGOV", Coded(country="PAK", sector="ELI")),  # the first sector named
        ("IGOUNO", Coded(igo="UNO")),
        ("IGOUNOKID", Coded(igo="UNICEF")),  # the most specific organisation
        ("IGOUNOREFHCR", Coded(igo="UNHCR")),
        ("IGOUNODEVWBK", Coded(igo="WBK")),
        ("IGOWSTNAT", Coded(igo="NATO")),
        ("IGOEUREEC", Coded(igo="EUR")),  # CAMEO's EEC is dyad's EUR (the EU)
        ("NGOHLHIRC", Coded(igo="ICRC")),
        ("NGO", Coded(sector="NGO")),
        ("NGOHRI", Coded(sector="NGO")),
        ("MNCUSA", Coded(country="USA", sector="BUS")),
        ("ELI", Coded(sector="ELI")),
        ("ROMMIL", Coded(country="ROU", sector="MIL")),  # pre-2002 ISO code
        ("KSV", Coded(country="XKX")),
        ("NATO", Coded(igo="NATO")),  # dyad's own IGO codes are taken whole
        ("UNSC", Coded(igo="UNSC")),
        ("NAM", Coded(country="NAM")),  # Namibia, not the Non-Aligned Movement
        ("CAF", Coded(country="CAF")),
    ],
)
def test_cameo_codes_map_to_country_sector_or_igo(code, expected):
    assert map_code(code, COUNTRIES, IGOS) == expected


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("AFRREB", "CAMEO's Africa"),
        ("EUR", "CAMEO's Europe"),  # the region, never guessed to be the EU
        ("IGOLAM", "no IGO dyad knows"),
        ("USAXYZ", "no sector dyad knows"),
        ("SUNGOV", "no country"),
        ("USAGO", "3-letter parts"),
    ],
)
def test_codes_without_a_dyad_equivalent_are_refused_with_a_reason(code, reason):
    with pytest.raises(UnmappedCode, match=reason):
        map_code(code, COUNTRIES, IGOS)


def test_unmapped_codes_are_reported_with_their_lines_and_left_out():
    lex = load_lexicon()
    book = actor_dictionary(UNMAPPED, lex.countries, lex.igos, known=lex.names)
    assert [(u.line, u.code) for u in book.unmapped] == [
        (2, "IGOAFRDEV"),
        (3, "AFRGOV"),
        (4, "KENXYZ"),
        (8, "SCGGOV"),
    ]
    surfaces = {surface for surface, _, _ in book.names}
    assert "Sahel Coordination Bloc" not in surfaces
    assert "unmapped.txt:3: [AFRGOV]" in book.report()
    [tellez] = [e for s, e, _ in book.names if s == "Amara Tellez"]
    assert [(r.country, r.sector) for r in tellez.roles] == [("KEN", "GOV")]


def test_loading_a_file_with_unmapped_codes_warns(tmp_path):
    path = tmp_path / "regions.txt"
    path.write_text("SAHEL_BLOC [AFRGOV]\n", encoding="utf-8")
    with pytest.warns(UnmappedCodeWarning, match=r"regions.txt:1: \[AFRGOV\]"):
        load_lexicon((str(path),))


# -- entries --------------------------------------------------------------------------------------


def test_dated_codes_make_a_person_with_roles():
    kipruto = entry("Osvaldo Kipruto", ACTORS)
    assert kipruto.kind == "person"
    assert kipruto.role_on("2021-06-01").sector == "GOV"
    assert kipruto.role_on("2017-06-01").sector == "ELI"
    assert kipruto.role_on("2010-06-01").sector == "OPP"
    assert entry("Osvaldo K. Kipruto", ACTORS) == kipruto


def test_one_undated_code_makes_a_named_group_or_igo():
    ministry = entry("Ministry of Coastal Affairs of Kenya", ACTORS)
    assert (ministry.kind, ministry.country, ministry.sector) == ("group", "KEN", "GOV")
    assert entry("Coastal Affairs Ministry", ACTORS) == ministry
    assert entry("Children's Fund of the United Nations", ACTORS).igo == "UNICEF"
    assert entry("Bayview Holdings", ACTORS).sector == "BUS"
    assert entry("Valley Temple Council", ACTORS).sector == "REL"


def test_packaged_entry_that_says_the_same_stays(tmp_path):
    path = tmp_path / "capitals.txt"
    path.write_text("AFGHANISTAN_ [AFG]\n+KABUL_\n", encoding="utf-8")
    assert entry("Kabul", path).kind == "capital"  # still AFG GOV as a metonym
    assert entry("Afghanistan", path).kind == "country"


def test_bare_country_code_stands_for_the_state_but_names_no_place(tmp_path):
    path = tmp_path / "cities.txt"
    path.write_text("AFGHANISTAN_ [AFG]\n+HERAT_\n", encoding="utf-8")
    herat = entry("Herat", path)
    assert (herat.kind, herat.country, herat.sector) == ("demonym", "AFG", None)
    doc = Document(id="t", text="Herat condemned Iran. Iran shelled a village in Herat.", date=None)
    [(_, events)] = list(code_documents([doc], actor_files=(str(path),)))
    assert ("ACCUSE", "AFG", "IRN") in {
        (e.event_type, e.source.code, e.target.code if e.target else None) for e in events
    }
    places = [e.location for e in events if e.location is not None]
    assert [(p.country, p.precision) for p in places] == [("AFG", "city")]


def test_agents_become_sector_nouns():
    sectors = load_lexicon((str(AGENTS),)).sectors
    assert sectors[("harbour", "warden")] == "COP"
    assert sectors[("ferryman",)] == "BUS"
    assert sectors[("river", "guards")] == "MIL"
    assert sectors[("temple", "elder")] == "REL"
    assert ("rights", "monitor") not in sectors  # ~HRI: no dyad sector, reported


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("BARACK_OBAMA", ["Barack Obama"]),
        ("MINISTRY_OF_FOREIGN_AFFAIRS_OF_PAKISTAN", ["Ministry of Foreign Affairs of Pakistan"]),
        ("UN_SECURITY_COUNCIL", ["UN Security Council"]),
        ("U.N._MISSION", ["U.N. Mission"]),
        ("BAN_KI-MOON", ["Ban Ki-Moon", "Ban Ki-moon"]),
        ("JOHN_MCCAIN", ["John McCain", "John Mccain"]),
        ("CONOR_O'NEILL", ["Conor O'Neill"]),
        ("IPCC", ["Ipcc", "IPCC"]),
        ("Ban_Ki-moon", ["Ban Ki-moon"]),  # mixed case is taken as written
    ],
)
def test_capitalised_names_are_matched_as_news_prints_them(name, forms):
    assert news_case(name, acronyms={"UN"}) == forms


# -- coding with user files -----------------------------------------------------------------------

SENTENCE = "Osvaldo Kipruto condemned the attack on Pakistani troops."


def test_person_known_only_from_the_file_gets_its_code():
    assert not any(source.startswith("KEN") for _, source, _ in coded(SENTENCE, "2021-04-20"))
    assert ("ACCUSE", "KENGOV", None) in coded(SENTENCE, "2021-04-20", ACTORS)


def test_person_role_follows_the_publication_date():
    assert ("ACCUSE", "KENELI", None) in coded(SENTENCE, "2017-04-20", ACTORS)


def test_igo_official_is_an_elite_after_the_term():
    text = "Marisol Quentin-Abara urged Kenya to release the prisoners."
    assert ("REQUEST", "UNO", "KEN") in coded(text, "2021-04-20", ACTORS)
    assert ("REQUEST", "ELI", "KEN") in coded(text, "2025-04-20", ACTORS)


def test_named_bodies_from_the_file_code_both_sides():
    text = "The Ministry of Coastal Affairs of Kenya condemned the Northern Frontier Brigades."
    assert ("ACCUSE", "KENGOV", "KENREB") in coded(text, "2021-04-20", ACTORS)


def test_agent_nouns_give_the_sector():
    text = "Pakistani harbour wardens accused India of smuggling."
    assert ("ACCUSE", "PAKCOP", "IND") in coded(text, "2021-04-20", AGENTS)


def test_yaml_and_tabari_files_layer_together(tmp_path):
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "groups:\n  - {name: Coastal Watch, country: KEN, sector: NGO}\n", encoding="utf-8"
    )
    assert entry("Coastal Watch", ACTORS, extra).sector == "NGO"
    assert entry("Osvaldo Kipruto", ACTORS, extra).kind == "person"
    assert entry("Pakistan", ACTORS, extra).kind == "country"  # the built-in actors stay


def test_replace_drops_the_builtin_people_only(tmp_path):
    replace = tmp_path / "replace.yaml"
    replace.write_text("replace: [people]\n", encoding="utf-8")
    assert entry("Abiy Ahmed").kind == "person"
    assert entry("Abiy Ahmed", replace) is None
    assert entry("Boko Haram", replace).kind == "group"
    assert entry("Osvaldo Kipruto", replace, ACTORS).kind == "person"
    text = "Abiy Ahmed condemned Egypt."
    assert not any(src == "ETHGOV" for _, src, _ in coded(text, "2021-04-20", replace))


def test_replace_keeps_the_users_own_entries_whatever_the_order(tmp_path):
    own = tmp_path / "own.yaml"
    own.write_text(
        "people:\n  - name: Abiy Ahmed\n    roles: [{country: ETH, sector: ELI, start: 2000-01-01}]\n"
        "replace: [people, groups]\n",
        encoding="utf-8",
    )
    assert entry("Abiy Ahmed", own).roles[0].sector == "ELI"
    assert entry("Boko Haram", own) is None


def test_replace_of_anything_else_is_refused(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("replace: [countries]\n", encoding="utf-8")
    with pytest.raises(DataError, match="only people and groups"):
        load_lexicon((str(bad),))
