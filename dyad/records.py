"""The records every interface speaks: Document, Actor, Place, Event (see EVENTS.md)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """One article: its clean text plus the metadata dyad needs to date its events."""

    id: str
    text: str
    date: str | None = None  # publication date, YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None  # the byline, where the page or text gives one

    @property
    def content_hash(self) -> str:
        """SHA-1 of the clean text: the same article read twice has one hash."""
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Actor:
    """Who acts or is acted upon: a country (ISO alpha-3) or an IGO, plus a CAMEO-style sector."""

    text: str
    name: str
    code: str
    country: str | None = None
    sector: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the record."""
        return asdict(self)

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Actor:
        """The record back from its JSON form."""
        return cls(**{k: record.get(k) for k in ("text", "name", "code", "country", "sector")})


@dataclass(frozen=True)
class Place:
    """Where an event happened; precision is city, admin1 or country."""

    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    precision: str = "city"

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the record."""
        return asdict(self)

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Place:
        """The record back from its JSON form."""
        return cls(
            name=record["name"],
            country=record.get("country"),
            lat=record.get("lat"),
            lon=record.get("lon"),
            precision=record.get("precision") or "city",
        )


@dataclass(frozen=True)
class Reports:
    """How widely the real-world event behind a mention was reported (its dedup cluster)."""

    cluster_id: str
    mentions: int  # coded events in the cluster
    documents: int  # distinct documents that report it
    outlets: int  # distinct sources (publications)


@dataclass
class Event:
    """One coded event, linked to the sentence and character span that state it."""

    doc_id: str
    sentence: str
    span: tuple[int, int]
    event_type: str
    cameo: str
    goldstein: float
    quad_class: int
    source: Actor
    target: Actor | None
    date: str | None
    date_basis: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    location: Place | None = None
    negated: bool = False
    attributed_to: Actor | None = None
    confidence: float = 0.5
    rule: str = ""
    trigger: str = ""  # the predicate words, for audit
    trigger_span: tuple[int, int] | None = None
    # set on events read back from a store; not part of the JSON contract
    reports: Reports | None = field(default=None, compare=False)

    @property
    def id(self) -> str:
        """Stable across runs: a hash of the document, the sentence span and the coded dyad."""
        key = "|".join(
            [
                self.doc_id,
                f"{self.span[0]}:{self.span[1]}",
                self.event_type,
                self.source.code,
                self.target.code if self.target else "",
                self.source.text,
                self.target.text if self.target else "",
                self.trigger,
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of EVENTS.md, field names fixed."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "sentence": self.sentence,
            "span": list(self.span),
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "date": self.date,
            "date_basis": self.date_basis,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
            "trigger": self.trigger,
        }

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Event:
        """The event back from its JSON form (``to_dict``); the id is recomputed, not read.

        ``trigger_span`` is not part of the JSON contract; a record may carry it as an extra key.
        """

        def actor(value: dict[str, Any] | None) -> Actor | None:
            return Actor.from_dict(value) if value else None

        trigger_span = record.get("trigger_span")
        return cls(
            doc_id=record["doc_id"],
            sentence=record["sentence"],
            span=(int(record["span"][0]), int(record["span"][1])),
            event_type=record["event_type"],
            cameo=str(record["cameo"]),
            goldstein=float(record["goldstein"]),
            quad_class=int(record["quad_class"]),
            source=Actor.from_dict(record["source"]),
            target=actor(record.get("target")),
            date=record.get("date"),
            date_basis=record["date_basis"],
            mode=record.get("mode"),
            context=list(record.get("context") or []),
            location=Place.from_dict(record["location"]) if record.get("location") else None,
            negated=bool(record.get("negated", False)),
            attributed_to=actor(record.get("attributed_to")),
            confidence=float(record.get("confidence", 0.5)),
            rule=record.get("rule", ""),
            trigger=record.get("trigger", ""),
            trigger_span=(int(trigger_span[0]), int(trigger_span[1])) if trigger_span else None,
        )

    def to_json(self) -> str:
        """One JSON Lines line of the contract."""
        return json.dumps(self.to_dict(), ensure_ascii=False)
