"""The named groups in data/actors/groups.yaml: new entries resolve, ambiguous short forms stay out."""

from __future__ import annotations

import pytest
from conftest import triples

from dyad.lexicon import load_lexicon, name_key


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


@pytest.mark.parametrize(
    ("surface", "country", "sector"),
    [
        ("Ahrar al-Sham", "SYR", "REB"),
        ("Asaib Ahl al-Haq", "IRQ", "REB"),
        ("Al-Aqsa Martyrs' Brigades", "PSE", "REB"),
        ("Janjaweed", "SDN", "REB"),
        ("Séléka", "CAF", "REB"),
        ("Ansarul Islam", "BFA", "REB"),
        ("IPOB", "NGA", "REB"),
        ("Ambazonia Defence Forces", "CMR", "REB"),
        ("Kurdistan Democratic Party of Iran", "IRN", "OPP"),
        ("KDP", "IRQ", "PTY"),
        ("Sinaloa Cartel", "MEX", "CRM"),
        ("MS-13", None, "CRM"),
        ("Freedom of Russia Legion", "RUS", "REB"),
        ("New IRA", "GBR", "REB"),
        ("CARE International", None, "NGO"),
        ("B'Tselem", "ISR", "NGO"),
    ],
)
def test_group_entry(lexicon, surface, country, sector):
    entry = lexicon.names[name_key(surface)]
    assert (entry.kind, entry.country, entry.sector) == ("group", country, sector)


@pytest.mark.parametrize(
    "surface", ["CARE", "SLA", "JEM", "OPM", "STC", "SNA", "EMC", "JI", "Maute", "Badr", "FLA"]
)
def test_ambiguous_group_short_forms_left_out(lexicon, surface):
    entry = lexicon.names.get(name_key(surface))
    assert entry is None or entry.kind != "group"


def test_adf_stays_allied_democratic_forces(lexicon):
    assert lexicon.names[name_key("ADF")].name == "Allied Democratic Forces"


def test_new_groups_code_in_sentences(code):
    events = code(
        "Ansarul Islam militants killed Burkinabe soldiers near Djibo.", date="2024-01-02"
    )
    assert ("ASSAULT", "BFAREB", "BFAMIL") in triples(events)
    events = code("The US imposed sanctions on Tren de Aragua.", date="2024-01-02")
    assert ("SANCTION", "USA", "VENCRM") in triples(events)
