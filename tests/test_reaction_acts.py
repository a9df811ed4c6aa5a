"""Speech acts a reaction answers: "rejected X's call" is X's call too (event_nouns.yaml, acts)."""

from __future__ import annotations

import pytest
from conftest import triples

from dyad.errors import DataError
from dyad.ontology import load_ontology
from dyad.patterns import load_reaction_acts, parse_reaction_acts


def test_rejected_demand_is_also_a_demand_of_the_one_rejecting_it(code):
    events = code("The cabinet rejected the teachers' union's demand for a pay rise.")
    assert triples(events) == {("REJECT", "GOV", "LAB"), ("REQUEST", "LAB", "GOV")}


def test_welcomed_offer_is_an_offer_to_the_one_its_content_names(code):
    events = code("Tbilisi welcomed Ankara's offer to train Georgian border guards.")
    (offer,) = [e for e in events if e.event_type == "AGREE"]
    assert (offer.source.code, offer.target.code) == ("TURGOV", "GEOCOP")
    assert offer.trigger == "offer" and offer.rule == "act.offer"
    assert offer.cameo == "030" and offer.goldstein == 4.0


def test_welcomed_offer_without_content_is_made_to_the_one_welcoming_it(code):
    events = code("Kenya welcomed the offer from Ethiopia.")
    assert ("AGREE", "ETH", "KEN") in triples(events)


def test_a_call_is_addressed_only_where_the_text_says_to_whom(code):
    open_call = code("Tirana rejected Belgrade's call for a new census.")
    assert ("REQUEST", "SRBGOV", None) in triples(open_call)
    addressed = code("Tirana rejected Belgrade's call on Athens to freeze the talks.")
    assert ("REQUEST", "SRBGOV", "GRCGOV") in triples(addressed)


def test_dismissed_accusation_is_an_accusation_of_the_one_dismissing_it(code):
    events = code("Hanoi dismissed Beijing's accusations as groundless.")
    assert ("ACCUSE", "CHNGOV", "VNMGOV") in triples(events)


def test_a_claim_accuses_only_with_its_content(code):
    accusing = code("Hanoi rejected Beijing's claim that Vietnamese boats rammed a patrol ship.")
    assert {e.event_type for e in accusing if e.rule.startswith("act.")} == {"ACCUSE"}
    title = code("Hanoi rejected Beijing's claim to the reef.")
    assert not [e for e in title if e.rule.startswith("act.")]


def test_the_act_is_dated_as_the_reaction(code):
    events = code("On Monday, Quito rejected Lima's demand for compensation.", date="2021-04-21")
    (demand,) = [e for e in events if e.event_type == "REQUEST"]
    (reply,) = [e for e in events if e.event_type == "REJECT"]
    assert demand.date == reply.date == "2021-04-19"


def test_a_bare_demand_points_back_and_states_no_new_act(code):
    events = code("Quito rejected the demand.")
    assert not [e for e in events if e.event_type == "REQUEST"]


def test_the_accusations_from_a_state_the_story_already_told_are_not_told_again(code):
    told = code(
        "Riga accused Minsk of smuggling migrants. Minsk rejected the accusations from Riga."
    )
    assert [e.rule for e in told if e.event_type == "ACCUSE"] == ["accuse.accuse"]
    untold = code("Minsk rejected the accusations from Riga.")
    assert ("ACCUSE", "LVAGOV", "BLRGOV") in triples(untold)


def test_a_negated_reaction_codes_no_act(code):
    events = code("Quito did not reject Lima's demand for compensation.")
    assert not [e for e in events if e.event_type == "REQUEST"]


def test_an_author_that_is_no_actor_states_no_act(code):
    events = code("Quito rejected the plan's demand for an audit.")
    assert not [e for e in events if e.event_type == "REQUEST"]


def test_a_reaction_to_ones_own_offer_states_no_act(code):
    events = code("Quito welcomed its own offer.")
    assert not [e for e in events if e.event_type == "AGREE"]


def test_a_bystander_backing_a_demand_is_not_its_addressee(code):
    events = code("Canberra backed Manila's demand for an inquiry.")
    assert ("REQUEST", "PHLGOV", None) in triples(events)


def test_reaction_acts_name_ontology_types_and_codes():
    acts = load_reaction_acts()
    assert acts["demand"].pattern.event_type == "REQUEST" and acts["demand"].addressed
    assert not acts["call"].addressed and acts["claim"].clause
    onto = load_ontology()
    assert all(a.pattern.cameo in onto.cameo for a in acts.values())


@pytest.mark.parametrize(
    ("acts", "message"),
    [
        ({"demand": {"type": "ASK", "cameo": "100"}}, "PLOVER type"),
        ({"demand": {"type": "REQUEST", "cameo": "999"}}, "CAMEO code"),
        ({"demand": {"type": "REQUEST", "cameo": "130"}}, "is THREATEN"),
        ({"demand": {"type": "REQUEST", "cameo": "100", "mode": "visit"}}, "mode"),
        ({"demand": {"type": "REQUEST", "cameo": "100", "open": True}}, "unknown keys"),
        ({"demand": {"type": "REQUEST", "cameo": "100", "clause": "yes"}}, "true or false"),
        ({"Demand": {"type": "REQUEST", "cameo": "100"}}, "lower-case"),
        ({"demand": "REQUEST"}, "mapping"),
        (["demand"], "'acts' mapping"),
    ],
)
def test_malformed_reaction_acts_are_a_clear_error(acts, message):
    with pytest.raises(DataError, match=message):
        parse_reaction_acts({"acts": acts}, "refs.yaml", load_ontology())
