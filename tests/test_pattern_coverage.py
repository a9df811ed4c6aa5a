"""Coverage of the pattern dictionaries: general wordings of events, and their non-political look-alikes.

Each sentence is written for this file (none is taken from the gold sets). A positive case asserts the
exact (type, source, target) the coder gives; a negative case asserts that the event type is absent.
"""

from __future__ import annotations

import pytest
from conftest import triples

DATE = "2024-03-12"


def rules(events) -> set[str]:
    return {e.rule for e in events if not e.negated}


def types(events) -> set[str]:
    return {e.event_type for e in events if not e.negated}


# --- AID: relief goods named by what they are (aid.send_relief_items) ---------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "The United Arab Emirates airlifted hygiene kits and food parcels to Sudan.",
            ("AID", "ARE", "SDN"),
        ),
        ("Germany delivered power generators to Ukraine on Monday.", ("AID", "DEU", "UKR")),
        ("India dispatched a consignment of generators to Sri Lanka.", ("AID", "IND", "LKA")),
        ("China donated oxygen concentrators to Nepal.", ("AID", "CHN", "NPL")),
        ("Poland shipped water purification units to Moldova.", ("AID", "POL", "MDA")),
    ],
)
def test_relief_items_sent_are_aid(code, text, triple):
    events = code(text, date=DATE)
    assert triple in triples(events)
    assert "aid.send_relief_items" in rules(events)


@pytest.mark.parametrize(
    "text",
    [
        "Farmers bought water pumps at the market.",
        "The company is building a water desalination plant near Lima.",
        "The singer handed over the award to her mother.",
    ],
)
def test_relief_goods_outside_giving_are_not_aid(code, text):
    assert "AID" not in types(code(text, date=DATE))


# --- RETREAT: bail and parole set a detainee free (retreat.grant_bail) --------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "A Bangkok court granted bail to the student activist on Friday.",
            ("RETREAT", "THAJUD", "THACVL"),
        ),
        ("Egypt's public prosecutor granted parole to the blogger.", ("RETREAT", "EGYJUD", "EGYMED")),
    ],
)
def test_granting_bail_or_parole_is_a_release(code, text, triple):
    events = code(text, date=DATE)
    assert triple in triples(events)
    (event,) = [e for e in events if e.rule == "retreat.grant_bail"]
    assert (event.cameo, event.mode) == ("0841", "release")


def test_granting_bail_without_a_named_recipient_still_codes_the_court(code):
    events = code("The Hong Kong court granted bail to the pro-democracy campaigner.", date=DATE)
    assert ("RETREAT", "HKGJUD", None) in triples(events)


def test_denying_bail_is_not_a_release(code):
    events = code("The judge denied bail to the opposition leader.", date=DATE)
    assert "RETREAT" not in types(events)
    assert "REJECT" in types(events)


# --- CONCEDE: calling off a labour strike is CAMEO 082, a military strike 087 -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union called off the general strike.", ("LAB", "082", "concede.call_off_protest")),
        (
            "Israel called off the air strike on Gaza.",
            ("ISR", "087", "concede.halt_offensive_announce"),
        ),
    ],
)
def test_calling_off_a_strike_concedes_what_kind_of_strike_it_was(code, text, expected):
    (event,) = [e for e in code(text, date=DATE) if e.event_type == "CONCEDE"]
    assert (event.source.code, event.cameo, event.rule) == expected


# --- ASSAULT: downing drones and warplanes ------------------------------------------------------


def test_shooting_down_drones_and_warplanes_is_an_assault(code):
    drones = code("Ukrainian air defences shot down 20 Russian drones overnight.", date=DATE)
    assert ("ASSAULT", "UKRMIL", "RUSMIL") in triples(drones)
    plane = code("Turkish forces downed a Syrian warplane near the border.", date=DATE)
    assert ("ASSAULT", "TURMIL", "SYRMIL") in triples(plane)
