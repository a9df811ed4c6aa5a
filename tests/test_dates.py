"""Event dates: stated dates keep their precision, relative ones resolve against publication."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.dates import parse_iso_date, resolve_expression
from dyad.errors import DateError

PUB = dt.date(2021, 4, 20)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April 30, 1993", ("1993-04-30", "stated")),
        ("on 27 September 2020", ("2020-09-27", "stated")),
        ("in 2016", ("2016", "stated")),
        ("November 2020", ("2020-11", "stated")),
        (
            "December 11",
            ("2020-12-11", "relative"),
        ),  # a December date in an April article: last year
        ("September 27", ("2020-09-27", "relative")),
        ("April 2", ("2021-04-02", "relative")),
        ("Tuesday", ("2021-04-20", "relative")),  # same weekday as publication: that day
        ("on Sunday", ("2021-04-18", "relative")),
        ("yesterday", ("2021-04-19", "relative")),
        ("two days ago", ("2021-04-18", "relative")),
        ("earlier this month", ("2021-04", "relative")),
        ("last month", ("2021-03", "relative")),
        ("last year", ("2020", "relative")),
    ],
)
def test_expressions_resolve_with_the_precision_the_text_allows(text, expected):
    assert resolve_expression(text, PUB) == expected


@pytest.mark.parametrize(
    "text", ["three decades", "the past 30 years", "for weeks", "recent years"]
)
def test_durations_are_not_dates(text):
    assert resolve_expression(text, PUB) is None


def test_future_day_month_moves_forward():
    assert resolve_expression("December 3", PUB, future=True) == ("2021-12-03", "relative")


def test_bad_user_date_is_a_clear_error():
    with pytest.raises(DateError, match="YYYY-MM-DD"):
        parse_iso_date("20/04/2021")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2040, 1, 1)))
def test_any_text_resolves_to_a_valid_date_or_none(text, pub):
    result = resolve_expression(text, pub)
    if result is not None:
        value, basis = result
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value)
        assert basis in ("stated", "relative")
        if len(value) == 10:
            dt.date.fromisoformat(value)


def test_that_year_and_next_day_resolve_against_the_story(code):
    text = (
        "M23 fighters captured Goma on November 20, 2012. "
        "They withdrew from the city on December 1 of that year. "
        "Rwanda denied any role the next day."
    )
    dated = {e.event_type: e.date for e in code(text, date="2025-01-29")}
    assert dated["ASSAULT"] == "2012-11-20"
    assert dated["RETREAT"] == "2012-12-01"


def test_paragraph_date_carries_to_undated_sentences(code):
    text = (
        "Police in Minsk raided the offices of two newspapers on Tuesday. "
        "Officers also detained three journalists."
    )
    detained = [e for e in code(text, date="2021-07-15") if e.event_type == "COERCE"]
    assert detained and all(e.date == "2021-07-13" for e in detained)


def test_a_verb_takes_its_own_date_before_one_on_its_arguments(code):
    # the parser hangs "on Sunday" on "talks" and both under "expelled": the verb's own
    # "on Friday" dates the expulsions
    text = (
        "Oman's sultan held talks with the Iranian president in Muscat on Sunday in a bid to calm "
        "tensions, after Saudi Arabia and Bahrain expelled Iranian diplomats on Friday."
    )
    expelled = [e for e in code(text, date="2016-01-06") if e.event_type == "SANCTION"]
    assert expelled and all(e.date == "2016-01-01" for e in expelled)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Protesters burned tyres in the capital hours before the president addressed "
         "parliament on Tuesday.", "2024-03-12"),
        ("North Korea launched a missile shortly before the allied exercises began on Monday.",
         "2024-03-11"),
    ],
)  # fmt: skip
def test_a_day_named_in_a_clause_below_dates_an_undated_predicate(code, text, day):
    (event,) = code(text, date="2024-03-14")
    assert (event.date, event.date_basis) == (day, "relative")


def test_a_day_said_before_the_reported_clause_is_when_it_was_said(code):
    # the parser hangs "on Friday" under "lift"; the promise was made last Friday, not next
    text = "Turkey's trade ministry said on Friday it would lift its duties on Greek olive oil."
    (event,) = code(text, date="2024-03-14")  # a Thursday
    assert (event.event_type, event.date, event.date_basis) == ("CONCEDE", "2024-03-08", "relative")


def test_the_day_of_a_promised_act_does_not_date_the_promise(code):
    text = "The Peruvian prime minister has agreed to resign on Monday, his spokesman said."
    (event,) = code(text, date="2024-03-14")
    assert (event.date, event.date_basis) == ("2024-03-14", "publication")
    # an act begun that day is dated by it
    (begun,) = code(
        "Chinese troops began to withdraw from the valley on Monday.", date="2024-03-14"
    )
    assert begun.date == "2024-03-11"


def test_a_year_in_a_clause_below_does_not_date_the_predicate(code):
    text = "Serbia has refused to recognise Kosovo, which declared independence in 2008."
    events = [e for e in code(text, date="2022-12-28") if e.event_type == "REJECT"]
    assert events and all(e.date != "2008" for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("27/09/2020", "2020-09-27"), ("2020-09-27", "2020-09-27"), ("3.8.2021", "2021-08-03")],
)
def test_numeric_dates_are_read_day_first(text, expected):
    assert resolve_expression(text, PUB) == (expected, "stated")


@pytest.mark.parametrize("text", ["26 years", "77-year-old", "a 44-day war"])
def test_ages_and_spans_in_numbers_are_not_dates(text):
    assert resolve_expression(text, PUB) is None


def test_a_month_with_a_relative_year_resolves_that_year():
    assert resolve_expression("In October last year", PUB) == ("2020-10", "relative")
    assert resolve_expression("May 5 next year", PUB) == ("2022-05-05", "relative")


def test_a_day_still_to_come_does_not_date_a_promise(code):
    text = "Under the deal, the rebels will halt attacks on the army from August 3, the negotiators said."
    (event,) = code(text, date="2023-06-10")
    assert (event.event_type, event.date, event.date_basis) == (
        "CONCEDE",
        "2023-06-10",
        "publication",
    )


def test_a_day_of_a_month_continues_the_year_its_paragraph_stated(code):
    text = (
        "In May 2019, Sudan's army ousted Omar al-Bashir. On June 3 soldiers killed dozens of "
        "protesters in Khartoum."
    )
    killed = [e for e in code(text, date="2023-06-10") if e.trigger == "killed"]
    assert [(e.date, e.date_basis) for e in killed] == [("2019-06-03", "stated")]


def test_news_told_in_the_present_perfect_does_not_take_the_paragraphs_old_date(code):
    text = (
        "Moldovan forces clashed with Russian-backed separatists in 1992. Moldova has demanded "
        "the withdrawal of the Russian troops."
    )
    (demand,) = [e for e in code(text, date="2023-07-26") if e.event_type == "REQUEST"]
    assert (demand.date, demand.date_basis) == ("2023-07-26", "publication")


def test_the_paragraph_after_the_lead_still_tells_the_leads_day(code):
    text = (
        "Gunmen stormed a police station in Kidal on Friday, killing four officers.\n\n"
        "Soldiers killed two of the attackers after a gunbattle, a police spokesman said.\n\n"
        "The army arrested 12 suspects, the ministry said."
    )
    dates = {e.trigger: e.date for e in code(text, date="2024-03-16")}
    assert dates["killed"] == "2024-03-15"  # the lead's Friday
    assert dates["arrested"] == "2024-03-16"  # two paragraphs on: the publication day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last autumn", ("2020", "relative")),  # April 2021: autumn 2020 is the last one over
        ("last winter", ("2021", "relative")),  # the winter that ended in February 2021
        ("last spring", ("2020", "relative")),  # this spring is not over yet
        ("last summer", ("2020", "relative")),
    ],
)
def test_a_past_season_dates_its_year(text, expected):
    assert resolve_expression(text, PUB) == expected


def test_a_season_still_to_come_is_no_past_date():
    assert resolve_expression("next summer", PUB) is None


def test_the_same_day_is_the_day_the_story_last_named(code):
    text = (
        "Rebels shelled the port on 3 March.\n\n"
        "The governor spoke to reporters.\n\n"
        "Later, the army said it had no comment.\n\n"
        "The government condemned the shelling the same day."
    )
    (condemn,) = [e for e in code(text, date="2024-03-09") if e.trigger == "condemned"]
    assert (condemn.date, condemn.date_basis) == ("2024-03-03", "relative")


def test_a_day_later_counts_from_a_weekday_the_story_named(code):
    text = (
        "Troops raided a village near the border on Tuesday.\n\n"
        "Officials gave no details.\n\n"
        "Nothing else was reported.\n\n"
        "A day later, militants attacked an army post in the district."
    )
    (attack,) = [e for e in code(text, date="2024-03-09") if e.trigger.startswith("attacked")]
    assert (attack.date, attack.date_basis) == ("2024-03-06", "relative")


def test_an_undated_event_far_from_any_day_keeps_the_publication_date(code):
    text = (
        "Rebels shelled the port on 3 March.\n\n"
        "The governor spoke to reporters.\n\n"
        "Nothing else was reported.\n\n"
        "The government condemned the shelling."
    )
    (condemn,) = [e for e in code(text, date="2024-03-09") if e.trigger == "condemned"]
    assert (condemn.date, condemn.date_basis) == ("2024-03-09", "publication")


def test_the_previous_month_counts_from_the_month_the_story_named(code):
    text = (
        "In March 2018, the council passed new sanctions after the regime tested a rocket the "
        "previous month."
    )
    (test,) = [e for e in code(text, date="2024-05-10") if e.trigger.startswith("tested")]
    assert (test.date, test.date_basis) == ("2018-02", "stated")


def test_a_when_clause_tells_the_time_of_its_main_verb(code):
    text = "Hanoi rejected the verdict when it was announced in October 2019."
    (reject,) = [e for e in code(text, date="2024-05-10") if e.event_type == "REJECT"]
    assert (reject.date, reject.date_basis) == ("2019-10", "stated")


def test_a_date_of_a_clause_after_the_main_verb_is_not_borrowed_without_when(code):
    text = "Hanoi rejected the verdict, which had been announced in October 2019."
    (reject,) = [e for e in code(text, date="2024-05-10") if e.event_type == "REJECT"]
    assert (reject.date, reject.date_basis) == ("2024-05-10", "publication")


def test_present_perfect_news_does_not_take_a_coordinated_clauses_day(code):
    text = (
        "Germany has pledged 50 million euros in aid, and France said on Friday it would send "
        "two field hospitals."
    )
    dates = {e.source.code: (e.date, e.date_basis) for e in code(text, date="2025-06-01")}
    assert dates == {"DEU": ("2025-06-01", "publication"), "FRA": ("2025-05-30", "relative")}


def test_reported_present_tense_takes_the_day_it_was_said(code):
    text = '"We condemn the shelling of Kharkiv," the Ukrainian ministry said on Friday.'
    (condemn,) = [e for e in code(text, date="2025-06-01") if e.event_type == "ACCUSE"]
    assert (condemn.date, condemn.date_basis) == ("2025-05-30", "relative")


def test_a_day_in_the_possessive_dates_only_its_noun(code):
    text = "Police arrested 12 suspects over Friday's bombing of a market."
    (arrest,) = [e for e in code(text, date="2025-06-01") if e.event_type == "COERCE"]
    assert (arrest.date, arrest.date_basis) == ("2025-06-01", "publication")


def test_a_day_to_come_in_another_future_clause_does_not_date_a_promise(code):
    text = (
        "Under the deal, the rebels will halt attacks on the army from August 3, while the "
        "government will suspend air strikes against the group."
    )
    dates = {(e.date, e.date_basis) for e in code(text, date="2025-06-01")}
    assert dates == {("2025-06-01", "publication")}


def test_days_later_count_from_the_last_day_named_not_an_older_stated_date(code):
    text = (
        "Updated March 3, 2025\n\n"
        "On February 10, soldiers detained the president in the capital. Four days later ECOWAS "
        "leaders imposed sanctions on Niger."
    )
    (sanction,) = [e for e in code(text, date="2025-03-03") if e.event_type == "SANCTION"]
    assert (sanction.date, sanction.date_basis) == ("2025-02-14", "relative")


def test_an_act_told_as_days_after_another_is_that_many_days_earlier(code):
    # 2021-04-20 is a Tuesday: Friday is 04-16, and the strike on 04-14
    text = "Syria shelled Idlib on Friday, two days after Turkey bombed Manbij."
    dates = {e.source.code: e.date for e in code(text)}
    assert dates == {"SYR": "2021-04-16", "TUR": "2021-04-14"}


def test_a_clause_days_after_its_main_clause_counts_back_from_its_day(code):
    text = (
        "North Korea fired a ballistic missile into the sea on Wednesday, the military said, two "
        "days after Pyongyang accused the United States of flying spy planes over its waters."
    )
    dates = {e.event_type: (e.date, e.date_basis) for e in code(text, date="2025-06-01")}
    assert dates == {
        "MOBILIZE": ("2025-05-28", "relative"),
        "ACCUSE": ("2025-05-26", "relative"),
    }


def test_the_same_day_as_an_adverb_dates_its_verb_and_the_verb_joined_to_it(code):
    text = (
        "On March 6, Hanoi announced a plan to compensate the fishermen. Manila welcomed the "
        "plan the same day, and Washington praised Hanoi in a statement."
    )
    events = [e for e in code(text, date="2025-03-20") if e.event_type == "SUPPORT"]
    assert {(e.source.code, e.date) for e in events} == {
        ("PHLGOV", "2025-03-06"),
        ("USAGOV", "2025-03-06"),
    }


def test_this_week_below_the_verb_dates_it_by_month(code):
    text = (
        "The leaders of Japan and Australia attended a NATO summit for the second year running "
        "this week."
    )
    events = code(text, date="2025-06-12")
    assert {(e.date, e.date_basis) for e in events} == {("2025-06", "relative")}
    assert resolve_expression("this week", dt.date(2025, 6, 12)) == ("2025-06", "relative")


def test_another_states_reaction_is_not_dated_by_the_paragraphs_day(code):
    text = (
        "Hungarian police detained three Serbian activists on Friday. Croatia condemned the "
        "arrests. Budapest also rejected the criticism."
    )
    dates = {e.event_type: (e.date, e.date_basis) for e in code(text, date="2025-06-01")}
    assert dates["COERCE"] == ("2025-05-30", "relative")
    assert dates["ACCUSE"] == ("2025-06-01", "publication")  # another state's word: today's
    assert dates["REJECT"] == ("2025-05-30", "relative")  # the actor's own side carries on


def test_a_day_named_in_a_sentence_without_events_still_dates_its_paragraph(code):
    text = (
        "The envoy arrived in the capital on Wednesday. Militants attacked an army post near the "
        "border."
    )
    (attack,) = [e for e in code(text, date="2025-06-01") if e.event_type == "ASSAULT"]
    assert (attack.date, attack.date_basis) == ("2025-05-28", "relative")


def test_a_day_still_to_come_in_a_sentence_without_events_dates_nothing(code):
    text = (
        "The summit would open in Geneva on Thursday, officials said. Militants attacked an "
        "army post near the border."
    )
    (attack,) = [e for e in code(text, date="2025-06-01") if e.event_type == "ASSAULT"]
    assert (attack.date, attack.date_basis) == ("2025-06-01", "publication")


def test_an_undated_sentence_continues_the_act_told_last_not_the_one_coded_last(code):
    text = (
        "Qatar's emir held talks with the Iranian president in Tehran on Tuesday to ease "
        "tensions, after Bahrain and Egypt recalled their ambassadors from Iran on Monday, "
        "accusing it of arming rebels. Bahrain also closed its airspace to Iranian airlines."
    )
    events = code(text, date="2025-06-04")
    (closed,) = [e for e in events if e.trigger.startswith("closed")]
    assert (closed.date, closed.date_basis) == ("2025-06-02", "relative")


def test_a_count_of_weeks_months_or_years_later_keeps_the_precision_it_allows(code):
    deal = "Ethiopia and Eritrea signed a peace deal on June 9, 2018. "
    (visit,) = [
        e
        for e in code(deal + "A month later Abiy met Isaias in Asmara.")
        if e.event_type == "CONSULT"
    ]
    assert (visit.date, visit.date_basis) == ("2018-07", "stated")
    (attack,) = [
        e
        for e in code(deal + "Two years later Ethiopian troops attacked Tigray.")
        if e.event_type == "ASSAULT"
    ]
    assert attack.date == "2020"
    text = "Ethiopia and Eritrea signed a peace deal on March 6. Three weeks later Abiy met Isaias."
    dates = {e.date for e in code(text, date="2023-04-20") if e.event_type == "CONSULT"}
    assert dates == {"2023-03-27"}


def test_a_reaction_after_a_day_named_in_a_sentence_without_events_takes_that_day(code):
    text = (
        "On Monday a spokesman for the Hungarian foreign ministry spoke to reporters in "
        "Budapest. The spokesman accused Croatia of harassing Hungarian truckers."
    )
    (accuse,) = [e for e in code(text, date="2025-06-01") if e.event_type == "ACCUSE"]
    assert (accuse.date, accuse.date_basis) == ("2025-05-26", "relative")


def test_acts_lasting_days_or_weeks_keep_only_the_month_of_their_clause(code):
    text = (
        "The uprising began on March 4, when miners seized the mine at Kolwa after weeks of "
        "clashes between police and strikers."
    )
    events = code(text, date="2025-06-01")
    assert {(e.trigger, e.date) for e in events if e.event_type == "ASSAULT"} == {
        ("clashes", "2025-03")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from 5 to 11 July", ("2020-07-05", "relative")),
        ("5-11 July 2016", ("2016-07-05", "stated")),
        ("between 2 and 4 March", ("2021-03-02", "relative")),
        ("March 2 to 4", ("2021-03-02", "relative")),
    ],
)
def test_a_span_of_days_dates_the_act_by_its_first_day(text, expected):
    assert resolve_expression(text, PUB) == expected


def test_a_clause_joined_on_keeps_the_date_of_its_own_verb_not_the_first_clause(code):
    text = (
        "In January 1974 China seized the Paracel Islands from South Vietnam, and on 14 March "
        "1988 Chinese forces attacked and occupied Johnson South Reef."
    )
    dates = {e.trigger: e.date for e in code(text, date="2016-07-14")}
    assert dates["seized"] == "1974-01"
    assert dates["occupied"] == "1988-03-14"


def test_a_when_clause_dates_its_predicate_before_a_clause_it_is_joined_to(code):
    text = (
        "Hugo Chavez froze relations with Bogota in July 2010, and the two countries restored ties "
        "only when Santos took office a month later."
    )
    dates = {(e.event_type, e.date) for e in code(text, date="2019-02-27")}
    assert dates == {("SANCTION", "2010-07"), ("SUPPORT", "2010-08")}


def test_a_time_that_names_its_day_dates_the_act(code):
    text = "Thousands of people marched through Noumea against the reform on Monday morning."
    (march,) = code(text, date="2024-05-16")
    assert (march.date, march.date_basis) == ("2024-05-13", "relative")


def test_a_past_date_in_an_offers_complement_dates_the_offer(code):
    (offer,) = code("Kenya offered to mediate last month.", date="2025-05-20")
    assert (offer.event_type, offer.date, offer.date_basis) == ("AGREE", "2025-04", "relative")
    # also where the offer is parsed as a clause under the next one
    text = "Kenya offered to mediate last month; Ethiopia's prime minister welcomed the offer."
    offers = [e for e in code(text, date="2025-05-20") if e.event_type == "AGREE"]
    assert [e.date for e in offers] == ["2025-04"]


def test_a_time_that_names_its_calendar_day_dates_the_event(code):
    events = code(
        "Indian and Chinese troops clashed in the Galwan Valley on the night of June 15, 2020.",
        date="2024-10-28",
    )
    assert {(e.date, e.date_basis) for e in events} == {("2020-06-15", "stated")}


def test_the_day_of_an_alleged_act_is_not_carried_to_the_next_sentence(code):
    events = code(
        "Kyiv accused Russian forces of blowing up the Kakhovka dam in the early hours of June 6. "
        "Moscow denied responsibility and accused Kyiv of sabotage.",
        date="2023-06-14",
    )
    dates = {(e.event_type, e.source.code): e.date for e in events}
    assert dates[("ASSAULT", "RUSMIL")] == "2023-06-06"
    assert dates[("ACCUSE", "RUSGOV")] == "2023-06-14"


def test_a_month_a_sentence_with_no_event_is_set_in_dates_its_paragraph(code):
    text = (
        "The row deepened last October. The police said Indian officials had targeted "
        "separatists, and Ottawa expelled six Indian diplomats."
    )
    (expulsion,) = [e for e in code(text, date="2025-03-10") if e.event_type == "SANCTION"]
    assert (expulsion.date, expulsion.date_basis) == ("2024-10", "relative")
    text = (
        "The talks that began in October 2019 have stalled. Ottawa expelled six Indian diplomats."
    )
    (expulsion,) = [e for e in code(text, date="2025-03-10") if e.event_type == "SANCTION"]
    assert expulsion.date_basis == "publication"  # a relative clause's month sets no scene


def test_a_paragraph_after_the_lead_that_opens_on_now_does_not_go_on_at_the_leads_date(code):
    text = (
        "When the Commission president flew to Baku in July 2022 and signed a memorandum with "
        "Azerbaijan, Brussels called it a triumph.\n\n"
        "Azerbaijan has since retaken Nagorno-Karabakh in a one-day offensive. The European "
        "Parliament condemned the operation."
    )
    (condemnation,) = [e for e in code(text, date="2024-11-20") if e.event_type == "ACCUSE"]
    assert (condemnation.date, condemnation.date_basis) == ("2024-11-20", "publication")


def test_the_span_of_a_record_does_not_date_the_act(code):
    text = (
        "Jihadist fighters killed at least 40 soldiers in an attack on an outpost in northern "
        "Burkina Faso on Saturday, security sources said, the deadliest assault on the army "
        "this year."
    )
    (attack,) = [e for e in code(text, date="2025-02-03") if e.event_type == "ASSAULT"]
    assert (attack.date, attack.date_basis) == ("2025-02-01", "relative")


def test_a_day_of_the_clause_within_the_month_it_names_dates_the_act(code):
    text = (
        "Israeli warplanes struck military sites in Iran early on Saturday in retaliation for "
        "Tehran's missile attack on Israel earlier this month."
    )
    events = {e.source.code: e for e in code(text, date="2024-10-27")}
    assert events["ISRMIL"].date == "2024-10-26"
    assert events["IRNGOV"].date == "2024-10"  # the attack retaliated for keeps its month
