"""The actor dictionaries (countries, IGOs, sectors, groups, people), loaded from data/actors once.

A user file given with ``--actors`` is layered over the packaged one (see ``load_lexicon``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .datafiles import read_yaml
from .errors import DataError

SECTORS = frozenset(
    [
        "GOV",
        "MIL",
        "LEG",
        "JUD",
        "COP",
        "OPP",
        "REB",
        "CVL",
        "MED",
        "BUS",
        "NGO",
        "REL",
        "LAB",
        "PTY",
        "SPY",
        "EDU",
        "REF",
        "HLH",
        "ELI",
        "AGR",
        "UAF",
        "CRM",
    ]
)


@dataclass(frozen=True)
class Entry:
    """One surface form's meaning: a country, capital, IGO, group, seat of government or person."""

    kind: str  # country | demonym | capital | igo | group | seat | person | region | none
    name: str  # canonical name ("Pakistan", "United Nations", "Arif Alvi")
    country: str | None = None
    igo: str | None = None
    sector: str | None = None
    ambiguous: bool = False
    roles: tuple[Role, ...] = ()
    # an IGO whose name a state's name qualifies is that state's own branch: "the Kenyan Red
    # Cross" is Kenya's national society (KENNGO), not the ICRC
    national: str | None = None

    def role_on(self, date: str | None) -> Role | None:
        """The role this person held on ``date`` (the latest role when undated)."""
        if not self.roles:
            return None
        if date:
            held = [r for r in self.roles if r.start <= date and (r.end is None or date <= r.end)]
            if held:
                return held[-1]
            # "then-prime minister Scott Morrison": a former office holder keeps the last role
            # held before the date, which is what a story looking back is about
            earlier = [r for r in self.roles if r.start <= date]
            return earlier[-1] if earlier else None
        return self.roles[-1]


@dataclass(frozen=True)
class Role:
    """An office held by a person between two dates."""

    country: str | None
    igo: str | None
    sector: str
    title: str
    start: str  # YYYY-MM-DD
    end: str | None


@dataclass(frozen=True)
class Lexicon:
    """Surface forms (token tuples) to entries, plus sector nouns keyed by lower-case lemma tuples."""

    names: dict[tuple[str, ...], Entry]
    sectors: dict[tuple[str, ...], str]
    countries: dict[str, str]  # iso3 -> name
    igos: dict[str, str]  # code -> name
    # first token -> the lengths of the names (sector nouns) that start with it, longest first
    name_lengths: dict[str, tuple[int, ...]]
    sector_lengths: dict[str, tuple[int, ...]]
    islands: frozenset[str] = frozenset()  # states on islands: "the self-ruled island" is one
    # names two states share ("Korea"): one entry per state, for the document to choose from
    shared: dict[tuple[str, ...], tuple[Entry, ...]] = field(default_factory=dict)
    # region name -> the IGO code of its bloc, if it has one: "West Africa" -> ECOWAS
    regions: dict[str, str | None] = field(default_factory=dict)

    def country_name(self, iso3: str | None) -> str | None:
        """The common English name of an ISO alpha-3 code."""
        return self.countries.get(iso3 or "")


@cache
def _tokenizer():  # noqa: ANN202 - spaCy tokenizer
    import spacy

    return spacy.blank("en").tokenizer


@lru_cache(maxsize=65536)  # a pure function of the text that runs the tokenizer: names recur
def name_key(text: str) -> tuple[str, ...]:
    """The lookup key of a surface form: its tokens as spaCy's English tokenizer splits them."""
    return tuple(t.text.replace("\u2019", "'") for t in _tokenizer()(text.strip()))


def _as_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{where}: expected a string or a list of strings, got {value!r}")
    return value


def _date(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise DataError(f"{where}: {value!r} is not a YYYY-MM-DD date") from None


class _Builder:
    """Collects entries and reports conflicting surface forms with the file that added them."""

    def __init__(self) -> None:
        self.names: dict[tuple[str, ...], Entry] = {}
        self.origin: dict[tuple[str, ...], str] = {}
        self.sectors: dict[tuple[str, ...], str] = {}
        self.countries: dict[str, str] = {}
        self.igos: dict[str, str] = {}
        self.islands: set[str] = set()
        self.shared: dict[tuple[str, ...], list[Entry]] = {}
        self.regions: dict[str, str | None] = {}
        self.user = False  # a user's file may redefine what the packaged files say

    def add(self, surface: str, entry: Entry, where: str, override: bool = False) -> None:
        """Register a surface form; a conflicting packaged form is an error."""
        key = name_key(surface)
        if not key:
            raise DataError(f"{where}: empty name")
        old = self.names.get(key)
        if old and old != entry and not (override or self.user) and old.kind != "person":
            # A later, more specific file may not silently steal a name.
            raise DataError(f"{where}: {surface!r} already means {old.name} ({self.origin[key]})")
        self.names[key] = entry
        self.origin[key] = where

    def add_sector(self, noun: str, sector: str, where: str) -> None:
        """Register a sector noun (lower-case lemma form)."""
        if sector not in SECTORS:
            raise DataError(f"{where}: unknown sector {sector!r}")
        key = tuple(t.text.lower() for t in _tokenizer()(noun.strip()))
        self.sectors[key] = sector


def _countries(b: _Builder, data: Any, label: str) -> None:
    if not isinstance(data, list):
        raise DataError(f"{label}: expected a list of countries")
    for i, item in enumerate(data):
        where = f"{label}[{i}]"
        iso3 = str(item.get("iso3", ""))
        if len(iso3) != 3 or not iso3.isupper():
            raise DataError(f"{where}: iso3 must be three capital letters, got {iso3!r}")
        name = item.get("name")
        if not name:
            raise DataError(f"{where}: country {iso3} has no name")
        b.countries[iso3] = name
        if item.get("island", False):
            b.islands.add(iso3)
        amb = bool(item.get("ambiguous", False))
        for surface in [
            name,
            *_as_list(item.get("long_names"), where),
            *_as_list(item.get("aliases"), where),
        ]:
            b.add(surface, Entry("country", name, country=iso3, ambiguous=amb), where)
        for surface in _as_list(item.get("demonyms"), where):
            b.add(surface, Entry("demonym", name, country=iso3), where)
        for surface in _as_list(item.get("capitals"), where):
            b.add(surface, Entry("capital", name, country=iso3, sector="GOV"), where)
        for key, kind in (("shared_names", "country"), ("shared_demonyms", "demonym")):
            for surface in _as_list(item.get(key), where):
                if name_key(surface) in b.names:
                    raise DataError(f"{where}: shared name {surface!r} is already a name")
                b.shared.setdefault(name_key(surface), []).append(Entry(kind, name, country=iso3))


def _igos(b: _Builder, data: Any, label: str) -> None:
    for i, item in enumerate(data or []):
        where = f"{label}[{i}]"
        code, name = item.get("code"), item.get("name")
        if not code or not name:
            raise DataError(f"{where}: an IGO needs code and name")
        b.igos[code] = name
        national = item.get("national")
        if national is not None and national not in SECTORS:
            raise DataError(f"{where}: unknown national sector {national!r}")
        for surface in [name, *_as_list(item.get("aliases"), where)]:
            entry = Entry("igo", name, igo=code, sector=item.get("sector"), national=national)
            b.add(surface, entry, where)


def _sectors(b: _Builder, data: Any, label: str) -> None:
    if not isinstance(data, dict):
        raise DataError(f"{label}: expected a mapping of sector code to nouns")
    for sector, nouns in data.items():
        if sector == "seats":
            for surface, code in (nouns or {}).items():
                where = f"{label}:seats:{surface}"
                country, sec = str(code)[:3], str(code)[3:] or "GOV"
                if country not in b.countries:
                    raise DataError(f"{where}: unknown country {country!r}")
                b.add(
                    surface, Entry("seat", b.countries[country], country=country, sector=sec), where
                )
            continue
        for noun in _as_list(nouns, f"{label}:{sector}"):
            b.add_sector(noun, sector, f"{label}:{sector}")


def _groups(b: _Builder, data: Any, label: str) -> None:
    for i, item in enumerate(data or []):
        where = f"{label}[{i}]"
        name = item.get("name")
        sector = item.get("sector") or "REB"
        country = item.get("country")
        if not name:
            raise DataError(f"{where}: a group needs a name")
        if sector not in SECTORS:
            raise DataError(f"{where}: unknown sector {sector!r}")
        if country and country not in b.countries:
            raise DataError(f"{where}: unknown country {country!r}")
        for surface in [name, *_as_list(item.get("aliases"), where)]:
            b.add(surface, Entry("group", name, country=country, sector=sector), where)


def _people(b: _Builder, data: Any, label: str) -> None:
    for i, item in enumerate(data or []):
        where = f"{label}[{i}]"
        name = item.get("name")
        if not name:
            raise DataError(f"{where}: a person needs a name")
        roles = []
        for j, r in enumerate(item.get("roles") or []):
            rw = f"{where}.roles[{j}]"
            country, igo = r.get("country"), r.get("igo")
            if country and country not in b.countries:
                raise DataError(f"{rw}: unknown country {country!r}")
            if igo and igo not in b.igos:
                raise DataError(f"{rw}: unknown IGO {igo!r}")
            sector = r.get("sector") or "GOV"
            if sector not in SECTORS:
                raise DataError(f"{rw}: unknown sector {sector!r}")
            start = _date(r.get("start"), rw) or "0001-01-01"
            roles.append(
                Role(country, igo, sector, r.get("title", ""), start, _date(r.get("end"), rw))
            )
        roles.sort(key=lambda r: r.start)
        entry = Entry("person", name, roles=tuple(roles))
        for surface in [name, *_as_list(item.get("aliases"), where)]:
            b.add(surface, entry, where, override=True)


def _regions(b: _Builder, data: Any, label: str) -> None:
    if not isinstance(data, list):
        raise DataError(f"{label}: expected a list of regions")
    for i, item in enumerate(data):
        where = f"{label}[{i}]"
        name, bloc = item.get("name"), item.get("bloc")
        if not name:
            raise DataError(f"{where}: a region needs a name")
        if bloc is not None and bloc not in b.igos:
            raise DataError(f"{where}: unknown IGO {bloc!r} (igos.yaml)")
        b.regions[name] = bloc
        adjectives = _as_list(item.get("adjectives"), where)
        if not adjectives:
            raise DataError(f"{where}: region {name!r} has no adjectives")
        for surface in adjectives:
            b.add(surface, Entry("region", name), where)


def _not_actors(b: _Builder, data: Any, label: str) -> None:
    for i, surface in enumerate(data or []):
        if not isinstance(surface, str):
            raise DataError(f"{label}[{i}]: expected a string")
        b.add(surface, Entry("none", surface), f"{label}[{i}]", override=True)


_LOADERS = {
    "countries.yaml": _countries,
    "igos.yaml": _igos,
    "sectors.yaml": _sectors,
    "groups.yaml": _groups,
    "people.yaml": _people,
    "regions.yaml": _regions,
    "not_actors.yaml": _not_actors,
}


def _lengths(keys: Iterable[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    index: dict[str, set[int]] = {}
    for key in keys:
        index.setdefault(key[0], set()).add(len(key))
    return {k: tuple(sorted(v, reverse=True)) for k, v in index.items()}


def _finish(b: _Builder) -> Lexicon:
    return Lexicon(
        names=b.names,
        sectors=b.sectors,
        countries=b.countries,
        igos=b.igos,
        name_lengths=_lengths(b.names),
        sector_lengths=_lengths(b.sectors),
        islands=frozenset(b.islands),
        shared={k: tuple(v) for k, v in b.shared.items() if len(v) > 1},
        regions=dict(b.regions),
    )


@cache
def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """Load the packaged actor files, then each user YAML file in ``extra`` on top of them."""
    b = _Builder()
    base = resources.files("dyad").joinpath("data", "actors")
    for name, loader in _LOADERS.items():
        loader(b, read_yaml(base.joinpath(name), f"data/actors/{name}"), f"data/actors/{name}")
    b.user = True
    for path in extra:
        _user_file(b, Path(path))
    return _finish(b)


def _user_file(b: _Builder, path: Path) -> None:
    """A user's actor file: dyad's YAML (a mapping with any of the keys countries, igos, sectors,
    groups, people, regions, not_actors and replace) or a TABARI/PETRARCH dictionary (``.txt``)."""
    if not path.is_file():
        raise DataError(f"{path}: no such actor file")
    if path.suffix.lower() == ".txt":
        _tabari_file(b, path)
        return
    data = read_yaml(path, str(path))
    if not isinstance(data, dict):
        raise DataError(f"{path}: expected keys countries, igos, sectors, groups or people")
    for key, value in data.items():
        if key == "replace":
            _replace_builtin(b, value, f"{path}:replace")
            continue
        loader = _LOADERS.get(f"{key}.yaml")
        if loader is None:
            raise DataError(f"{path}: unknown section {key!r}")
        loader(b, value, f"{path}:{key}")


def _replace_builtin(b: _Builder, value: Any, where: str) -> None:
    """``replace: [people, groups]``: drop those packaged lists, so the user's stand instead."""
    sections = _as_list(value, where)
    if bad := set(sections) - {"people", "groups"}:
        raise DataError(f"{where}: only people and groups can be replaced, not {sorted(bad)}")
    packaged = tuple(f"data/actors/{s}.yaml[" for s in sections)
    for key in [k for k, origin in b.origin.items() if origin.startswith(packaged)]:
        del b.names[key], b.origin[key]


def _tabari_file(b: _Builder, path: Path) -> None:
    """A TABARI/PETRARCH actor or agent dictionary (dyad/dictionaries.py); unmapped codes warn."""
    import warnings

    from .dictionaries import UnmappedCodeWarning, actor_dictionary

    book = actor_dictionary(path, b.countries, b.igos, known=b.names)
    for surface, entry, line in book.names:
        b.add(surface, entry, f"{path}:{line}", override=True)
    for noun, sector, line in book.sector_nouns:
        b.add_sector(noun, sector, f"{path}:{line}")
    if book.unmapped:
        warnings.warn(
            UnmappedCodeWarning(
                f"{len(book.unmapped)} code(s) in {path} have no dyad equivalent and were left "
                f"out:\n{book.report()}"
            ),
            stacklevel=2,
        )
