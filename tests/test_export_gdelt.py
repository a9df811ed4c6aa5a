"""The GDELT 2.0-style export (``write_events(..., "gdelt", ...)``)."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from dyad.output import FORMATS, GDELT_COLUMNS, write_events
from dyad.records import Actor, Event, Place

PAKGOV = Actor("The Pakistani Foreign Ministry", "Pakistan", "PAKGOV", "PAK", "GOV")
ARMMIL = Actor("Armenian forces", "Armenia", "ARMMIL", "ARM", "MIL")
UNO = Actor("the United Nations", "United Nations", "UNO", None, None)
BAKU = Place("Baku", "AZE", 40.41, 49.87, "city")


def event(**changes) -> Event:
    base = Event(
        doc_id="seed-000",
        sentence="The Pakistani Foreign Ministry condemned the shelling by Armenian forces.",
        span=(124, 197),
        event_type="ACCUSE",
        cameo="111",
        goldstein=-2.0,
        quad_class=3,
        source=PAKGOV,
        target=ARMMIL,
        date="2021-04-19",
        date_basis="relative",
        mode="disapprove",
        context=["diplomatic"],
        location=BAKU,
        rule="accuse.condemn",
    )
    return replace(base, **changes)


def export(events: list[Event]) -> list[dict[str, str]]:
    out = io.StringIO()
    n = write_events(events, "gdelt", out, None)
    lines = out.getvalue().split("\n")
    assert lines[-1] == "" and len(lines) - 1 == n
    return [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines[:-1]]


def test_gdelt_is_a_format():
    assert "gdelt" in FORMATS


def test_columns_start_with_gdelts_61_in_order():
    assert GDELT_COLUMNS[:5] == ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    assert GDELT_COLUMNS[60] == "SOURCEURL"
    assert GDELT_COLUMNS[26:31] == [
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
    ]
    assert GDELT_COLUMNS[61:63] == ["DyadEventID", "PloverType"]


def test_event_fields_land_in_their_columns():
    [row] = export([event()])
    assert row["Day"] == "20210419"
    assert (row["MonthYear"], row["Year"]) == ("202104", "2021")
    assert row["FractionDate"] == "2021.3808"  # 2021 + (4 * 30 + 19) / 365, GDELT's formula
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == (
        "PAKGOV",
        "PAK",
        "GOV",
    )
    assert (row["Actor2Code"], row["Actor2Name"]) == ("ARMMIL", "Armenia")
    assert (row["QuadClass"], row["GoldsteinScale"]) == ("3", "-2.0")
    assert (row["ActionGeo_Type"], row["ActionGeo_FullName"]) == ("4", "Baku")
    assert row["ActionGeo_CountryCode"] == "AJ"  # GDELT's geography speaks FIPS 10-4
    assert (row["ActionGeo_Lat"], row["ActionGeo_Long"]) == ("40.41", "49.87")
    assert row["SOURCEURL"] == "seed-000"
    assert (row["PloverType"], row["PloverMode"], row["PloverContext"]) == (
        "ACCUSE",
        "disapprove",
        "diplomatic",
    )
    assert (row["SpanStart"], row["SpanEnd"]) == ("124", "197")
    assert row["DyadEventID"] == event().id
    assert int(row["GlobalEventID"]) == int(event().id[:15], 16)


@pytest.mark.parametrize(
    ("cameo", "base", "root"), [("043", "043", "04"), ("0874", "087", "08"), ("20", "20", "20")]
)
def test_cameo_codes_keep_their_leading_zeros(cameo, base, root):
    [row] = export([event(cameo=cameo)])
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == (cameo, base, root)


def test_tabs_and_line_breaks_inside_text_are_escaped():
    sentence = "Pakistan and Azerbaijan signed\na defence\tpact (C:\\docs)\r\u2028here."
    [row] = export([event(sentence=sentence)])
    assert row["Sentence"] == (
        "Pakistan and Azerbaijan signed\\na defence\\tpact (C:\\\\docs)\\r\\u2028here."
    )


def test_column_count_is_constant_whatever_is_missing():
    events = [
        event(),
        event(target=None, location=None, date=None, mode=None, context=[], span=(0, 10)),
        event(source=UNO, date="2021-04", span=(300, 350)),
        event(date="2021", location=Place("Azerbaijan", "AZE", 40.3, 47.7, "country")),
    ]
    out = io.StringIO()
    write_events(events, "gdelt", out, None)
    widths = {len(line.split("\t")) for line in out.getvalue().splitlines()}
    assert widths == {len(GDELT_COLUMNS)}


def test_partial_dates_fill_only_what_they_know():
    month, year = export([event(date="2021-04"), event(date="2021", span=(300, 350))])
    assert (month["Day"], month["MonthYear"], month["Year"]) == ("", "202104", "2021")
    assert (year["Day"], year["MonthYear"], year["Year"]) == ("", "", "2021")
    assert month["DyadDate"] == "2021-04"


def test_igo_actor_carries_its_code_as_known_group():
    [row] = export([event(source=UNO)])
    assert (row["Actor1Code"], row["Actor1KnownGroupCode"], row["Actor1CountryCode"]) == (
        "UNO",
        "UNO",
        "",
    )


def test_country_place_is_geo_type_1_with_fips_adm1():
    [row] = export([event(location=Place("Azerbaijan", "AZE", 40.3, 47.7, "country"))])
    assert (row["ActionGeo_Type"], row["ActionGeo_ADM1Code"]) == ("1", "AJ")


def test_negated_events_are_never_exported():
    rows = export([event(), event(negated=True, span=(300, 350)), event(span=(400, 450))])
    assert len(rows) == 2
    assert all(r["SpanStart"] != "300" for r in rows)


def test_root_event_marks_each_documents_first_coded_sentence():
    rows = export(
        [
            event(span=(124, 197)),
            event(span=(124, 197), source=ARMMIL, target=PAKGOV),
            event(span=(200, 260)),
            event(doc_id="other", span=(50, 80)),
        ]
    )
    assert [r["IsRootEvent"] for r in rows] == ["1", "1", "0", "1"]


def test_gdelt_writes_to_a_file(tmp_path):
    path = tmp_path / "events.tsv"
    assert write_events([event()], "gdelt", None, path) == 1
    assert path.read_text(encoding="utf-8").count("\t") == len(GDELT_COLUMNS) - 1
