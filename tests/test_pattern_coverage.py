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
        (
            "Egypt's public prosecutor granted parole to the blogger.",
            ("RETREAT", "EGYJUD", "EGYMED"),
        ),
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


# --- gerunds of means: "responded by imposing sanctions" has the clause's subject ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union retaliated by imposing sanctions on Belarus.",
            ("SANCTION", "EUR", "BLR"),
        ),
        (
            "After meeting Putin in Moscow, Erdogan told reporters the talks had gone well.",
            ("CONSULT", "TURGOV", "RUSGOV"),
        ),
    ],
)
def test_a_gerund_of_means_or_time_has_the_clause_subject(code, text, expected):
    assert expected in triples(code(text, date=DATE))


def test_a_gerund_after_by_with_no_subject_codes_nothing(code):
    assert "SANCTION" not in types(code("Imposing sanctions by decree is unusual.", date=DATE))


# --- casualties of a fight: "soldiers were killed in clashes with rebels" -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two Nigerian soldiers were killed in clashes with Boko Haram militants.",
        "Four Nigerian soldiers died in a gunfight with Boko Haram militants.",
    ],
)
def test_the_dead_of_a_fight_are_one_side_of_it(code, text):
    found = triples(code(text, date=DATE))
    assert {("ASSAULT", "NGAMIL", "NGAREB"), ("ASSAULT", "NGAREB", "NGAMIL")} <= found


def test_a_fight_with_no_other_side_named_gives_no_casualty_event(code):
    assert "ASSAULT" not in types(code("Ten Nigerian soldiers died in clashes.", date=DATE))


# --- an object shifted past a place phrase: "received in Ankara the minister" ---------------------


def test_an_object_after_the_place_phrase_is_the_verbs_object(code):
    text = "Erdogan on Tuesday received in Ankara the Defence Minister of Azerbaijan."
    assert ("CONSULT", "AZEGOV", "TURGOV") in triples(code(text, date=DATE))


def test_an_apposition_naming_the_place_is_no_object(code):
    text = "Turkish President Erdogan spoke in Ankara, the Turkish capital."
    assert "CONSULT" not in types(code(text, date=DATE))


# --- protests told as breaking out: civilians of the state where they happen ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protests broke out in Tehran on Friday.", ("PROTEST", "IRNCVL", None)),
        ("Riots erupted in Paris overnight.", ("PROTEST", "FRACVL", None)),
    ],
)
def test_a_protest_breaking_out_is_civilians_of_its_state(code, text, expected):
    assert expected in triples(code(text, date=DATE))


def test_a_protest_only_mentioned_is_no_outbreak(code):
    text = "The minister said he feared protests in Tehran."
    assert "PROTEST" not in types(code(text, date=DATE))


# --- ACCUSE: summoning an envoy, told without the state that summons -----------------------------


@pytest.mark.parametrize(
    ("text", "summoner"),
    [
        ("Pakistan summoned India's charge d'affaires on Sunday.", "PAK"),
        ("India's charge d'affaires was summoned to the Foreign Office in Islamabad.", "PAKGOV"),
        (
            "Indian troops shelled Pakistani villages. The Foreign Office summoned India's charge "
            "d'affaires in Islamabad on Thursday.",
            "PAKGOV",
        ),
    ],
)
def test_an_envoy_is_summoned_by_the_state_he_is_posted_to(code, text, summoner):
    assert ("ACCUSE", summoner, "INDGOV") in triples(code(text, date=DATE))


def test_an_envoy_summoned_with_nobody_to_summon_him_codes_nothing(code):
    assert "ACCUSE" not in types(code("The ambassador was summoned.", date=DATE))


# --- agentless arrests and charges told by the authority that makes them --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three Thai activists were arrested on Friday, police said.",
            ("COERCE", "THACOP", "THACVL"),
        ),
        (
            "Two Thai students were charged with sedition, police said.",
            ("ACCUSE", "THACOP", "THACVL"),
        ),
    ],
)
def test_an_agentless_arrest_is_the_speaking_authoritys(code, text, expected):
    assert expected in triples(code(text, date=DATE))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Two Thai men were killed on Friday, police said.", "ASSAULT"),
        ("Dozens of Thai protesters were detained, Amnesty International said.", "COERCE"),
    ],
)
def test_an_agentless_act_is_not_the_speakers_unless_an_authority_arrests(code, text, absent):
    assert absent not in types(code(text, date=DATE))


# --- what crowds chant or carry says what they say -----------------------------------------------


def test_slogans_accusing_a_state_are_the_crowds_accusation(code):
    text = "Crowds in Kinshasa chanted slogans accusing France of backing the rebels."
    assert ("ACCUSE", "CODCVL", "FRA") in triples(code(text, date=DATE))


def test_a_slogan_that_is_not_stated_is_no_accusation(code):
    text = "Crowds in Kinshasa did not chant slogans accusing France."
    assert "ACCUSE" not in types(code(text, date=DATE))


# --- a pronoun object of a coordinated verb stands for the first verb's object -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sri Lankan police imposed a curfew in Colombo on Friday but lifted it on Saturday.",
            ("CONCEDE", "LKACOP", None),
        ),
        (
            "Washington imposed sanctions on Caracas in 2019 and eased them last year.",
            ("CONCEDE", "USAGOV", "VENGOV"),
        ),
    ],
)
def test_lifting_it_lifts_what_the_first_verb_imposed(code, text, expected):
    assert expected in triples(code(text, date=DATE))


def test_a_pronoun_object_of_an_uncoordinated_verb_is_no_curfew(code):
    text = "Sri Lankan police lifted it on Saturday."
    assert "CONCEDE" not in types(code(text, date=DATE))


# --- AID: field hospitals and coordinated team names ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Jordan opened a field hospital for Syrian refugees.", ("AID", "JOR", "SYRREF")),
        ("Turkey sent search and rescue teams to Syria.", ("AID", "TUR", "SYR")),
        ("Kenya sent medical and relief teams to Somalia.", ("AID", "KEN", "SOM")),
    ],
)
def test_field_hospitals_and_coordinated_teams_are_aid(code, text, triple):
    assert triple in triples(code(text, date=DATE))


def test_working_at_a_field_hospital_is_no_aid(code):
    assert "AID" not in types(code("Doctors worked at the field hospital.", date=DATE))
