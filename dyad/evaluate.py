"""Scoring dyad against hand-coded gold events: P/R/F1 per PLOVER type, date and location accuracy.

A predicted event matches a gold event when it comes from the sentence that contains the gold
``sentence`` text, has the same PLOVER type, and the same source and target actor codes ("strict").
The "country" score compares only the country/IGO part of each code, as a dyad-by-country analysis
would. Negated events are never counted on either side.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import GoldError, InputError
from .ingest import document_from_record
from .lexicon import SECTORS, load_lexicon, name_key
from .ontology import PLOVER_TYPES
from .places import load_gazetteer, region_key
from .records import Document, Event, Place


@dataclass(frozen=True)
class GoldEvent:
    """One hand-coded event; ``sentence`` locates it in the document text."""

    doc_id: str
    sentence: str
    start: int  # where ``sentence`` occurs in the document text
    event_type: str
    source: str
    target: str | None
    date: str | None
    mode: str | None = None
    negated: bool = False
    date_basis: str | None = None
    location: str | None = None


@dataclass
class Score:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of predicted events that are right."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of gold events that were found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class EvaluationReport:
    """Scores of one evaluation run, plus the misses and false alarms for error analysis."""

    documents: int = 0
    overall: Score = field(default_factory=Score)
    country: Score = field(default_factory=Score)
    per_type: dict[str, Score] = field(default_factory=dict)
    dates_matched: int = 0
    dates_correct: int = 0
    missed: list[GoldEvent] = field(default_factory=list)
    spurious: list[Event] = field(default_factory=list)
    wrong_dates: list[tuple[GoldEvent, Event]] = field(default_factory=list)
    locations_matched: int = 0
    locations_correct: int = 0
    locations_extra: int = 0  # matched events placed where the gold names no place
    wrong_locations: list[tuple[GoldEvent, Event]] = field(default_factory=list)

    @property
    def date_accuracy(self) -> float:
        """Share of matched events dated exactly as the gold."""
        return self.dates_correct / self.dates_matched if self.dates_matched else 0.0

    @property
    def location_accuracy(self) -> float:
        """Share of matched events with a gold place that were placed there."""
        return self.locations_correct / self.locations_matched if self.locations_matched else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "overall": self.overall.as_dict(),
            "country_level": self.country.as_dict(),
            "date_accuracy": round(self.date_accuracy, 4),
            "dates_scored": self.dates_matched,
            "location_accuracy": round(self.location_accuracy, 4),
            "locations_scored": self.locations_matched,
            "locations_extra": self.locations_extra,
            "per_type": {t: s.as_dict() for t, s in sorted(self.per_type.items())},
        }


def load_gold(path: Path) -> Iterator[tuple[Document, list[GoldEvent]]]:
    """Gold documents from a JSON Lines file or a folder of YAML files (same schema)."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
        if not files:
            raise GoldError(f"{path}: no .yaml gold files")
        for f in files:
            try:
                record = yaml.safe_load(f.read_text(encoding="utf-8"))
            except yaml.YAMLError as exc:
                raise GoldError(f"{f}: not valid YAML: {exc}") from None
            yield _gold_record(record, f.stem, str(f))
        return
    if not path.is_file():
        raise GoldError(f"{path}: no such gold file")
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
            yield _gold_record(record, f"{path.stem}-{lineno}", f"{path}:{lineno}")


def _gold_record(record: Any, fallback_id: str, where: str) -> tuple[Document, list[GoldEvent]]:
    if isinstance(record, dict) and record.get("date") is not None:
        record = {**record, "date": str(record["date"])}
    try:
        document = document_from_record(record, fallback_id, None, where)
    except InputError as exc:
        raise GoldError(str(exc)) from None
    events = []
    for i, e in enumerate(record.get("events") or []):
        ew = f"{where}: event {i}"
        sentence = e.get("sentence")
        if not sentence or document.text.count(sentence) != 1:
            raise GoldError(f"{ew}: 'sentence' must occur exactly once in the text: {sentence!r}")
        if e.get("type") not in PLOVER_TYPES:
            raise GoldError(f"{ew}: unknown PLOVER type {e.get('type')!r}")
        if not e.get("source"):
            raise GoldError(f"{ew}: no source")
        date = e.get("date")
        events.append(
            GoldEvent(
                doc_id=document.id,
                sentence=sentence,
                start=document.text.index(sentence),
                event_type=e["type"],
                source=str(e["source"]),
                target=str(e["target"]) if e.get("target") else None,
                date=str(date) if date is not None else None,
                mode=e.get("mode"),
                negated=bool(e.get("negated", False)),
                date_basis=e.get("date_basis"),
                location=e.get("location"),
            )
        )
    return document, events


def actor_root(code: str | None) -> str | None:
    """'PAKGOV' -> 'PAK', 'UNO' -> 'UNO', 'REB' -> None: the country or IGO part of a code."""
    if not code:
        return None
    if code in SECTORS:
        return None
    if len(code) >= 3 and (len(code) == 3 or code[3:6] in SECTORS) and code[:3].isalpha():
        return code[:3]
    return code


def score(pairs: list[tuple[Document, list[GoldEvent], list[Event]]]) -> EvaluationReport:
    """Match predictions to gold per document and sentence; accumulate the report."""
    report = EvaluationReport(documents=len(pairs))
    for t in PLOVER_TYPES:
        report.per_type[t] = Score()
    for _document, gold, predicted in pairs:
        gold = [g for g in gold if not g.negated]
        predicted = [p for p in predicted if not p.negated]
        strict = _match(
            gold,
            predicted,
            lambda g, p: (
                g.source == p.source.code and g.target == (p.target.code if p.target else None)
            ),
        )
        loose = _match(
            gold,
            predicted,
            lambda g, p: (
                actor_root(g.source) == _root(p.source)
                and actor_root(g.target) == (_root(p.target) if p.target else None)
            ),
        )
        for g, p in strict:
            if p is None:
                report.overall.fn += 1
                report.per_type[g.event_type].fn += 1
                report.missed.append(g)
                continue
            report.overall.tp += 1
            report.per_type[g.event_type].tp += 1
            if g.date is not None:
                report.dates_matched += 1
                if _same_date(g.date, p.date):
                    report.dates_correct += 1
                else:
                    report.wrong_dates.append((g, p))
            if g.location is not None:
                report.locations_matched += 1
                if same_place(g.location, p.location):
                    report.locations_correct += 1
                else:
                    report.wrong_locations.append((g, p))
            elif p.location is not None:
                report.locations_extra += 1
        matched = {id(p) for _, p in strict if p is not None}
        for p in predicted:
            if id(p) not in matched:
                report.overall.fp += 1
                report.per_type[p.event_type].fp += 1
                report.spurious.append(p)
        loose_tp = sum(1 for _, p in loose if p is not None)
        report.country.tp += loose_tp
        report.country.fn += len(gold) - loose_tp
        report.country.fp += len(predicted) - loose_tp
    return report


def _root(actor: Any) -> str | None:
    return actor.country or (actor.code if actor.code not in SECTORS else None)


def same_place(gold: str, predicted: Place | None) -> bool:
    """Does the gold place name denote the predicted place? Names are compared without case,
    accents, articles or kind words ('Borno State' = 'Borno'), through the gazetteer's spelling
    variants ('Kiev' = 'Kyiv'), and a country by its code."""
    if predicted is None:
        return False
    if region_key(gold) == region_key(predicted.name):
        return True
    names = load_lexicon().names
    entry = names.get(name_key(gold))
    if entry is not None and entry.kind == "country":
        return predicted.precision == "country" and entry.country == predicted.country
    if entry is not None and entry.kind == "capital":  # "Kiev" and "Kyiv" both name Ukraine's
        other = names.get(name_key(predicted.name))
        return (
            other is not None
            and other.kind == "capital"
            and other.country == entry.country
            and predicted.precision == "city"
        )
    city = load_gazetteer().lookup(gold, prefer=[predicted.country or ""])
    return city is not None and predicted.precision == "city" and city.name == predicted.name


def _same_date(gold: str, predicted: str | None) -> bool:
    return predicted is not None and str(gold) == predicted


def _match(
    gold: list[GoldEvent], predicted: list[Event], same_actors: Any
) -> list[tuple[GoldEvent, Event | None]]:
    """Greedy one-to-one matching within a sentence: type and actors must agree."""
    used: set[int] = set()
    out: list[tuple[GoldEvent, Event | None]] = []
    for g in gold:
        hit = None
        for i, p in enumerate(predicted):
            if i in used or not (p.span[0] <= g.start < p.span[1]):
                continue
            if p.event_type == g.event_type and same_actors(g, p):
                hit = i
                break
        if hit is not None:
            used.add(hit)
            out.append((g, predicted[hit]))
        else:
            out.append((g, None))
    return out


def evaluate(gold_path: str | Path) -> EvaluationReport:
    """Code the gold documents and score the events against their annotations."""
    from .pipeline import code_documents

    gold_docs = list(load_gold(Path(gold_path)))
    by_id = {d.id: events for d, events in gold_docs}
    if len(by_id) != len(gold_docs):
        dup = [k for k, v in Counter(d.id for d, _ in gold_docs).items() if v > 1]
        raise GoldError(f"duplicate gold document ids: {dup}")
    pairs = [
        (doc, by_id[doc.id], events) for doc, events in code_documents(d for d, _ in gold_docs)
    ]
    return score(pairs)
