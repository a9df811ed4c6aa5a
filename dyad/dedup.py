"""Cross-document deduplication: many reports of one real-world event become one cluster.

Two coded events (mentions) can be the same event when they have the same source code, PLOVER type
and target code (the *block*), their dates are close and their places agree. Within a block,
mentions are swept in a fixed order (date, then place precision, then ids) and each joins the
first open cluster it fits, else opens a new one:

- **date**: a mention fits a cluster when its day is at most ``window_days`` after the cluster's
  first day (default ``WINDOW_DAYS`` = 2: "on Monday" read against different publication days, and
  next-day wire copy, land one or two days apart). A cluster never spans more than the window, so
  a war reported every day is many events, not one chained together. Mentions dated only to a
  month or a year fit only mentions with that same month or year; undated mentions stay alone.
- **place**: when both the mention and a member of the cluster give a place, they must agree (see
  ``same_place``: ``PLACE_KM`` between two cities, ``REGION_KM`` when one is a region, the same
  country when one is a country); a mention without a place fits any place.

The result depends only on the set of mentions, never on the order they arrived in: the store
re-clusters every block a new batch touches, so clusters are the same whether documents come in one
run or many, in any order. Negated events are never clustered (PLOVER never counts them).
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as Date

from .records import Place

WINDOW_DAYS = 2  # a cluster's mentions are dated at most this many days after its first
PLACE_KM = 50.0  # two city-precision places further apart than this are different places
REGION_KM = 300.0  # ... when one of them is only a region (admin1 centre)
_PRECISION_RANK = {"city": 0, "admin1": 1, "country": 2}

Block = tuple[str, str, str]  # (event_type, source_code, target_code or "")


@dataclass(frozen=True)
class Mention:
    """What clustering needs of one coded event: its block, date, place and where it was read."""

    event_id: str
    doc_hash: str
    event_type: str
    source_code: str
    target_code: str | None
    date: str | None  # YYYY-MM-DD, YYYY-MM or YYYY
    place: Place | None = None
    outlet: str | None = None  # the document's source (publication), for counting outlets

    @property
    def block(self) -> Block:
        """The (type, source, target) a cluster's mentions share."""
        return (self.event_type, self.source_code, self.target_code or "")

    @property
    def key(self) -> tuple[str, str]:
        """Identifies the mention in a store: (document content hash, event id)."""
        return (self.doc_hash, self.event_id)


@dataclass
class Cluster:
    """One real-world event: its first mention (the anchor) decides its id."""

    id: str
    block: Block
    mentions: list[Mention] = field(default_factory=list)

    @property
    def first_date(self) -> str | None:
        """The earliest date its mentions give."""
        return min((m.date for m in self.mentions if m.date), default=None)

    @property
    def last_date(self) -> str | None:
        """The latest date its mentions give."""
        return max((m.date for m in self.mentions if m.date), default=None)

    @property
    def place(self) -> Place | None:
        """The most precise place its mentions give (the first such in sweep order)."""
        placed = [m.place for m in self.mentions if m.place is not None]
        return min(placed, key=lambda p: _PRECISION_RANK.get(p.precision, 3), default=None)

    @property
    def documents(self) -> int:
        """How many documents report it."""
        return len({m.doc_hash for m in self.mentions})

    @property
    def outlets(self) -> int:
        """How many distinct sources (publications) report it; documents without one count alone."""
        return len({m.outlet or f"doc:{m.doc_hash}" for m in self.mentions})


def cluster_mentions(
    mentions: Iterable[Mention],
    window_days: int = WINDOW_DAYS,
    place_km: float = PLACE_KM,
    region_km: float = REGION_KM,
) -> list[Cluster]:
    """Group mentions into clusters (see the module docstring); ordered by block and first date."""
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[(m.block, _period(m.date))].append(m)
    clusters: list[Cluster] = []
    for (block, period), members in sorted(groups.items(), key=lambda kv: _group_order(kv[0])):
        members.sort(key=_sweep_order)
        if period == "undated":
            clusters.extend(_new_cluster(block, m) for m in members)
            continue
        window = window_days if period == "day" else 0
        open_: list[tuple[int, Cluster]] = []  # (first day, cluster), in creation order
        for m in members:
            day = _ordinal(m.date) if period == "day" else 0
            open_ = [(first, c) for first, c in open_ if day - first <= window]
            home = next(
                (c for _, c in open_ if _fits_places(m, c, place_km, region_km)),
                None,
            )
            if home is None:
                home = _new_cluster(block, m)
                open_.append((day, home))
                clusters.append(home)
            else:
                home.mentions.append(m)
    return clusters


def same_place(
    a: Place, b: Place, place_km: float = PLACE_KM, region_km: float = REGION_KM
) -> bool:
    """Whether two places can be where one event happened.

    A country-precision place agrees with any place in that country; a region with places within
    ``region_km`` of its centre; two cities within ``place_km``. Places without coordinates agree
    when their names (and countries) do.
    """
    if "country" in (a.precision, b.precision):
        return a.country is not None and a.country == b.country
    if None in (a.lat, a.lon, b.lat, b.lon):
        return a.name.casefold() == b.name.casefold() and a.country == b.country
    limit = region_km if "admin1" in (a.precision, b.precision) else place_km
    return distance_km(a, b) <= limit


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places with coordinates (haversine, mean Earth radius)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _fits_places(m: Mention, cluster: Cluster, place_km: float, region_km: float) -> bool:
    if m.place is None:
        return True
    return all(
        same_place(m.place, other.place, place_km, region_km)
        for other in cluster.mentions
        if other.place is not None
    )


def _new_cluster(block: Block, anchor: Mention) -> Cluster:
    key = "|".join([*block, anchor.doc_hash, anchor.event_id])
    return Cluster(hashlib.sha1(key.encode("utf-8")).hexdigest()[:16], block, [anchor])


def _period(value: str | None) -> str:
    """'day' for a full date (swept by window), the month or year itself, or 'undated'."""
    if not value:
        return "undated"
    return "day" if len(value) == 10 else value


def _group_order(group: tuple[Block, str]) -> tuple:
    block, period = group
    return (block, period == "undated", period)


def _ordinal(value: str | None) -> int:
    return Date.fromisoformat(value).toordinal() if value else 0


def _sweep_order(m: Mention) -> tuple:
    p = m.place
    return (
        m.date or "",
        _PRECISION_RANK.get(p.precision, 3) if p else 4,  # placed mentions first: they anchor
        p.name if p else "",
        m.event_id,
        m.doc_hash,
    )
