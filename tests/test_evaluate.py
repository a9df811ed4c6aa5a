"""The accuracy gate: dyad on our own gold sets must not drop below the pinned floors.

Two sets: `gold` (the development set, read while building the coder) and `heldout` (written
independently and never read for tuning, so its score tells whether a change generalises). Floors
and hashes of the files live in tests/data/accuracy.json; lowering a floor or changing the gold is a
visible commit (trafilatura's eval gate does the same).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import DATA, GOLD

from dyad.evaluate import GoldEvent, Score, actor_root, load_gold, score
from dyad.ontology import PLOVER_TYPES
from dyad.records import Actor, Document, Event

PINNED = json.loads((DATA / "accuracy.json").read_text(encoding="utf-8"))
SETS = {"gold": GOLD, "heldout": DATA / "heldout"}


def gold_hash(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.glob("*.yaml")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


@pytest.mark.parametrize("name", SETS)
def test_gold_files_are_the_pinned_ones(name):
    pinned = PINNED["sets"][name]["sha256"]
    assert gold_hash(SETS[name]) == pinned, f"{name} changed: re-measure, update accuracy.json"


def test_gold_set_is_big_and_covers_every_type():
    docs = list(load_gold(GOLD))
    events = [e for _, evs in docs for e in evs if not e.negated]
    assert len(docs) >= 40 and len(events) >= 300
    assert {e.event_type for e in events} == set(PLOVER_TYPES)


@pytest.fixture(scope="module", params=list(SETS))
def measured(request):
    from dyad import evaluate

    return request.param, evaluate(SETS[request.param])


def test_overall_f1_holds_the_floor(measured):
    name, report = measured
    assert report.overall.f1 >= PINNED["sets"][name]["f1_strict"]


def test_country_level_f1_holds_the_floor(measured):
    name, report = measured
    assert report.country.f1 >= PINNED["sets"][name]["f1_country"]


def test_date_accuracy_holds_the_floor(measured):
    name, report = measured
    assert report.date_accuracy >= PINNED["sets"][name]["date_accuracy"]


def test_location_accuracy_holds_the_floor(measured):
    name, report = measured
    assert report.location_accuracy >= PINNED["sets"][name]["location_accuracy"]


def _actor(code: str) -> Actor:
    return Actor(text=code, name=code, code=code, country=code[:3], sector=code[3:] or None)


def _event(doc: Document, etype: str, source: str, target: str | None, date: str) -> Event:
    actor = _actor
    return Event(
        doc_id=doc.id,
        sentence=doc.text,
        span=(0, len(doc.text)),
        event_type=etype,
        cameo="111",
        goldstein=-2.0,
        quad_class=3,
        source=actor(source),
        target=actor(target) if target else None,
        date=date,
        date_basis="stated",
    )


def test_scoring_counts_matches_misses_and_false_alarms():
    doc = Document(id="d", text="Pakistan condemned India.")
    gold = [
        GoldEvent("d", "condemned", 9, "ACCUSE", "PAK", "IND", "2021-04-20"),
        GoldEvent("d", "condemned", 9, "REJECT", "PAK", "IND", "2021-04-20"),
    ]
    predicted = [
        _event(doc, "ACCUSE", "PAK", "IND", "2021-04-19"),
        _event(doc, "ACCUSE", "PAKGOV", "IND", "2021-04-20"),
    ]
    report = score([(doc, gold, predicted)])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 1, 1)
    assert report.dates_matched == 1 and report.date_accuracy == 0.0
    assert report.country.tp == 1


def test_score_arithmetic():
    s = Score(tp=8, fp=2, fn=8)
    assert (s.precision, s.recall) == (0.8, 0.5) and abs(s.f1 - 0.6153846) < 1e-6


def test_actor_root_reads_codes():
    assert [actor_root(c) for c in ("PAKGOV", "PAK", "UNO", "REB", "ARMMILREB")] == [
        "PAK",
        "PAK",
        "UNO",
        None,
        "ARM",
    ]


def test_evaluate_reads_gold_json_lines(tmp_path):
    from dyad import evaluate

    record = {
        "id": "wire-1",
        "date": "2021-04-20",
        "text": "Chile recalled its ambassador from Peru on Monday.",
        "events": [
            {"sentence": "recalled its ambassador", "type": "SANCTION", "source": "CHL",
             "target": "PER", "date": "2021-04-19", "date_basis": "relative"}
        ],
    }  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = evaluate(path)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 0, 0)
    assert report.date_accuracy == 1.0


def test_malformed_gold_names_the_problem(tmp_path):
    from dyad import GoldError, evaluate

    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": "Peru protested.", "events": [{"sentence": "nowhere",
                    "type": "PROTEST", "source": "PER"}]}) + "\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(GoldError, match="must occur exactly once"):
        evaluate(path)
