"""Cross-document deduplication: thresholds at their edges, order independence, the store's clusters."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.dedup import (
    PLACE_KM,
    REGION_KM,
    WINDOW_DAYS,
    Mention,
    cluster_mentions,
    distance_km,
    same_place,
)
from dyad.pipeline import CodedDocument
from dyad.records import Actor, Document, Event, Place
from dyad.store import open_store

BAKU = Place("Baku", "AZE", 40.41, 49.87, "city")
KM_PER_DEGREE_LAT = 6371.0088 * 3.141592653589793 / 180


def north_of(place: Place, km: float, name: str = "Elsewhere", precision: str = "city") -> Place:
    """A place ``km`` due north of ``place``."""
    lat = place.lat + km / KM_PER_DEGREE_LAT  # type: ignore[operator]
    return Place(name, place.country, lat, place.lon, precision)


def day(offset: int) -> str:
    return (date(2021, 4, 19) + timedelta(days=offset)).isoformat()


def mention(n: int, when: str | None, place: Place | None = None, **kw) -> Mention:
    fields = {"event_type": "ASSAULT", "source_code": "ARMMIL", "target_code": "AZE"} | kw
    return Mention(f"e{n}", f"doc{n}", date=when, place=place, outlet=f"outlet{n}", **fields)


def groups(clusters) -> set[frozenset[str]]:
    return {frozenset(m.event_id for m in c.mentions) for c in clusters}


# -- dates --------------------------------------------------------------------------------------


def test_reports_at_the_edge_of_the_window_are_one_event():
    clusters = cluster_mentions([mention(1, day(0)), mention(2, day(WINDOW_DAYS))])
    assert groups(clusters) == {frozenset({"e1", "e2"})}


def test_reports_one_day_past_the_window_are_two_events():
    clusters = cluster_mentions([mention(1, day(0)), mention(2, day(WINDOW_DAYS + 1))])
    assert groups(clusters) == {frozenset({"e1"}), frozenset({"e2"})}


def test_a_cluster_never_spans_more_than_the_window_however_reports_chain():
    daily = [mention(n, day(n)) for n in range(WINDOW_DAYS * 3)]
    clusters = cluster_mentions(daily)
    for c in clusters:
        days = [date.fromisoformat(m.date) for m in c.mentions]
        assert (max(days) - min(days)).days <= WINDOW_DAYS
    assert len(clusters) == 2


def test_window_is_a_parameter():
    pair = [mention(1, day(0)), mention(2, day(5))]
    assert len(cluster_mentions(pair, window_days=5)) == 1
    assert len(cluster_mentions(pair, window_days=4)) == 2


def test_month_dates_join_only_the_same_month_and_undated_mentions_stay_alone():
    clusters = cluster_mentions(
        [mention(1, "2021-04"), mention(2, "2021-04"), mention(3, "2021-05"), mention(4, day(0))]
        + [mention(5, None), mention(6, None)]
    )
    assert groups(clusters) == {
        frozenset({"e1", "e2"}), frozenset({"e3"}), frozenset({"e4"}),
        frozenset({"e5"}), frozenset({"e6"}),
    }  # fmt: skip


@pytest.mark.parametrize(
    "other",
    [{"event_type": "PROTEST"}, {"source_code": "ARM"}, {"target_code": "AZECVL"},
     {"target_code": None}],
)  # fmt: skip
def test_another_type_source_or_target_is_another_event(other):
    clusters = cluster_mentions([mention(1, day(0)), mention(2, day(0), **other)])
    assert len(clusters) == 2


# -- places -------------------------------------------------------------------------------------


def test_distance_is_measured_on_the_sphere():
    assert distance_km(BAKU, north_of(BAKU, 100.0)) == pytest.approx(100.0, rel=1e-6)


@pytest.mark.parametrize(("km", "together"), [(PLACE_KM * 0.99, True), (PLACE_KM * 1.01, False)])
def test_two_cities_are_one_place_within_place_km(km, together):
    clusters = cluster_mentions([mention(1, day(0), BAKU), mention(2, day(0), north_of(BAKU, km))])
    assert (len(clusters) == 1) is together


@pytest.mark.parametrize(("km", "together"), [(REGION_KM * 0.99, True), (REGION_KM * 1.01, False)])
def test_a_region_and_a_city_are_one_place_within_region_km(km, together):
    region = north_of(BAKU, km, "Some region", "admin1")
    assert same_place(BAKU, region) is together


def test_a_country_agrees_with_any_place_in_it_and_no_other():
    azerbaijan = Place("Azerbaijan", "AZE", 40.3, 47.7, "country")
    armenia = Place("Armenia", "ARM", 40.1, 45.0, "country")
    assert same_place(azerbaijan, BAKU) and not same_place(armenia, BAKU)


def test_places_without_coordinates_agree_by_name():
    village = Place("Tap Qaraqoyunlu", "AZE", None, None, "city")
    assert same_place(village, Place("tap qaraqoyunlu", "AZE", None, None, "city"))
    assert not same_place(village, BAKU)


def test_a_report_without_a_place_joins_one_with_a_place():
    clusters = cluster_mentions([mention(1, day(0), BAKU), mention(2, day(1))])
    assert len(clusters) == 1 and clusters[0].place == BAKU


def test_a_report_must_agree_with_every_placed_report_of_its_cluster():
    azerbaijan = Place("Azerbaijan", "AZE", 40.3, 47.7, "country")
    ganja = north_of(BAKU, 300.0, "Ganja")  # in the country, far from Baku
    clusters = cluster_mentions(
        [mention(1, day(0), azerbaijan), mention(2, day(0), BAKU), mention(3, day(0), ganja)]
    )
    assert len(clusters) == 2


def test_thresholds_are_the_documented_values():
    assert (WINDOW_DAYS, PLACE_KM, REGION_KM) == (2, 50.0, 300.0)


# -- order independence -------------------------------------------------------------------------

POOL = [
    mention(n, day(d), place, **kw)
    for n, (d, place, kw) in enumerate(
        [
            (0, BAKU, {}), (1, None, {}), (2, north_of(BAKU, 80.0), {}), (3, None, {}),
            (4, BAKU, {}), (0, None, {"event_type": "PROTEST"}), (1, BAKU, {"target_code": None}),
            (6, None, {}), (7, north_of(BAKU, 10.0), {}), (2, BAKU, {}),
        ]
    )
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.permutations(POOL))
def test_clusters_do_not_depend_on_the_order_reports_arrive_in(order):
    reference = {(c.id, frozenset(m.key for m in c.mentions)) for c in cluster_mentions(POOL)}
    assert {(c.id, frozenset(m.key for m in c.mentions)) for c in cluster_mentions(order)} == (
        reference
    )


# -- in the store -------------------------------------------------------------------------------

ARM = Actor("Armenian forces", "Armenia", "ARMMIL", "ARM", "MIL")
AZE = Actor("Azerbaijan", "Azerbaijan", "AZE", "AZE", None)


def report(n: int, when: str, outlet: str, place: Place | None = BAKU) -> CodedDocument:
    """A document reporting the shelling, as the coder would have coded it."""
    sentence = f"Armenian forces shelled Azerbaijani positions near Baku, report {n} said."
    text = f"Report {n}\n\n{sentence}"
    start = text.index(sentence)
    event = Event(
        doc_id=f"r{n}", sentence=sentence, span=(start, start + len(sentence)),
        event_type="ASSAULT", cameo="194", goldstein=-10.0, quad_class=4, source=ARM,
        target=AZE, date=when, date_basis="stated", location=place, trigger="shelled",
        trigger_span=(start + 16, start + 23), rule="assault.shell",
    )  # fmt: skip
    doc = Document(id=f"r{n}", text=text, date=when, source=outlet)
    return CodedDocument(doc, [event], [(0, 8), (start, start + len(sentence))])


REPORTS = [
    report(1, day(0), "Wire A"),
    report(2, day(1), "Wire B", None),
    report(3, day(2), "Wire A"),  # the same outlet again: 3 documents, 2 outlets
    report(4, day(3), "Wire A"),  # outside the window of the first: another shelling
    report(5, day(0), "Wire B", Place("Ganja", "AZE", 40.68, 46.36, "city")),  # elsewhere
]


def stored_clusters(path, batches) -> tuple[set, list]:
    with open_store(path) as store:
        for batch in batches:
            store.add(batch)
        con = store.connection
        members = set(con.execute("SELECT doc_id, cluster_id FROM events").fetchall())
        rows = con.execute(
            "SELECT cluster_id, mentions, documents, outlets, first_date, last_date, location_name"
            " FROM clusters ORDER BY ALL"
        ).fetchall()
    return members, rows


def test_store_clusters_reports_and_keeps_each_of_them(tmp_path):
    members, rows = stored_clusters(tmp_path / "s.duckdb", [REPORTS])
    cluster_of = dict(members)
    assert cluster_of["r1"] == cluster_of["r2"] == cluster_of["r3"]
    assert len({cluster_of["r1"], cluster_of["r4"], cluster_of["r5"]}) == 3
    by_id = {r[0]: r for r in rows}
    assert by_id[cluster_of["r1"]][1:] == (3, 3, 2, day(0), day(2), "Baku")
    with open_store(tmp_path / "s.duckdb") as store:
        mentions = store.connection.execute(
            "SELECT doc_id, outlet, sentence, span_start, span_end FROM cluster_mentions"
            " WHERE cluster_id = ? ORDER BY doc_id",
            [cluster_of["r1"]],
        ).fetchall()
    assert [m[:2] for m in mentions] == [("r1", "Wire A"), ("r2", "Wire B"), ("r3", "Wire A")]
    for (doc_id, _, sentence, start, end), coded in zip(mentions, REPORTS, strict=False):
        assert coded.document.text[start:end] == sentence and doc_id == coded.document.id


def test_mentions_and_events_are_both_counted_by_month(tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        store.add(REPORTS)
        ((mentions, events),) = store.connection.execute(
            "SELECT mentions, events FROM dyad_months WHERE source_code = 'ARMMIL'"
        ).fetchall()
    assert (mentions, events) == (5, 3)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_store_clusters_are_the_same_in_any_order_and_any_batches(tmp_path, order):
    reference = stored_clusters(tmp_path / "one.duckdb", [REPORTS])
    shuffled = [REPORTS[i] for i in order] + REPORTS[3:]
    batches = [[r] for r in shuffled]  # one document per batch: clusters grow incrementally
    assert stored_clusters(tmp_path / "many.duckdb", batches) == reference


def test_negated_events_are_never_clustered(tmp_path):
    coded = report(9, day(0), "Wire A")
    coded.events[0].negated = True
    with open_store(tmp_path / "s.duckdb") as store:
        store.add([coded])
        rows = store.connection.execute("SELECT cluster_id FROM events").fetchall()
        assert rows == [(None,)] and store.count("clusters") == 0
