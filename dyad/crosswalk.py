"""Country codes across systems: ISO 3166, Correlates of War, Gleditsch & Ward and FIPS 10-4.

``data/codes/crosswalk.csv`` has one row per state or territory of ``data/actors/countries.yaml``
(dyad's actors carry ISO alpha-3), with the other systems' codes where they have one. Event data
from GDELT (FIPS in its geography fields) and conflict data keyed by COW or GW numbers join on
these. Loaded and checked once: codes unique per system, every ISO alpha-3 a dyad country.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from .errors import DataError

COLUMNS = ["iso3", "name", "iso2", "iso_numeric", "cow_code", "cow_abbr", "gw_code", "fips"]
_LABEL = "data/codes/crosswalk.csv"


@dataclass(frozen=True)
class CountryCodes:
    """One state's codes; None where a system has no code for it."""

    iso3: str
    name: str
    iso2: str | None
    iso_numeric: str | None  # three digits, leading zeros kept ("004")
    cow_code: int | None
    cow_abbr: str | None
    gw_code: int | None
    fips: str | None


@dataclass(frozen=True)
class Crosswalk:
    """The crosswalk table, indexed by each system's code."""

    rows: dict[str, CountryCodes]  # by ISO alpha-3
    by_iso2: dict[str, str]
    by_numeric: dict[str, str]
    by_cow: dict[int, str]
    by_cow_abbr: dict[str, str]
    by_gw: dict[int, str]
    by_fips: dict[str, str]

    def get(self, iso3: str | None) -> CountryCodes | None:
        """All the codes of one ISO alpha-3 country (None if dyad does not know it)."""
        return self.rows.get(iso3 or "")

    def to_iso2(self, iso3: str | None) -> str | None:
        """ISO 3166 alpha-2 of an ISO alpha-3 code."""
        row = self.get(iso3)
        return row.iso2 if row else None

    def to_numeric(self, iso3: str | None) -> str | None:
        """ISO 3166 numeric code (three digits) of an ISO alpha-3 code."""
        row = self.get(iso3)
        return row.iso_numeric if row else None

    def to_cow(self, iso3: str | None) -> int | None:
        """Correlates of War state number of an ISO alpha-3 code."""
        row = self.get(iso3)
        return row.cow_code if row else None

    def to_cow_abbr(self, iso3: str | None) -> str | None:
        """Correlates of War state abbreviation of an ISO alpha-3 code."""
        row = self.get(iso3)
        return row.cow_abbr if row else None

    def to_gw(self, iso3: str | None) -> int | None:
        """Gleditsch & Ward state number of an ISO alpha-3 code."""
        row = self.get(iso3)
        return row.gw_code if row else None

    def to_fips(self, iso3: str | None) -> str | None:
        """FIPS 10-4 country code of an ISO alpha-3 code."""
        row = self.get(iso3)
        return row.fips if row else None

    def from_iso2(self, code: str) -> str | None:
        """ISO alpha-3 of an ISO alpha-2 code."""
        return self.by_iso2.get(code.upper())

    def from_numeric(self, code: str | int) -> str | None:
        """ISO alpha-3 of an ISO numeric code (4 or "004")."""
        return self.by_numeric.get(f"{int(code):03d}") if str(code).isdigit() else None

    def from_cow(self, code: int | str) -> str | None:
        """ISO alpha-3 of a COW state number (255) or abbreviation ("GMY")."""
        if isinstance(code, int) or code.isdigit():
            return self.by_cow.get(int(code))
        return self.by_cow_abbr.get(code.upper())

    def from_gw(self, code: int | str) -> str | None:
        """ISO alpha-3 of a Gleditsch & Ward state number."""
        return self.by_gw.get(int(code)) if str(code).isdigit() else None

    def from_fips(self, code: str) -> str | None:
        """ISO alpha-3 of a FIPS 10-4 country code."""
        return self.by_fips.get(code.upper())


@cache
def load_crosswalk() -> Crosswalk:
    """Load and check data/codes/crosswalk.csv; a bad row is a DataError naming its line."""
    base = resources.files("dyad").joinpath("data")
    text = base.joinpath("codes", "crosswalk.csv").read_text(encoding="utf-8")
    countries = yaml.safe_load(base.joinpath("actors", "countries.yaml").read_text("utf-8"))
    return parse_crosswalk(text, {str(c.get("iso3")) for c in countries or []})


def parse_crosswalk(text: str, known: set[str], label: str = _LABEL) -> Crosswalk:
    """Check a crosswalk table row by row; ``known`` holds the ISO alpha-3 codes dyad knows."""
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames != COLUMNS:
        raise DataError(f"{label}: expected the columns {','.join(COLUMNS)}")
    rows: dict[str, CountryCodes] = {}
    indexes: dict[str, dict] = {k: {} for k in COLUMNS[2:]}
    for line, raw in enumerate(reader, start=2):
        row = _row(raw, f"{label}:{line}")
        if row.iso3 not in known:
            raise DataError(f"{label}:{line}: {row.iso3} is not in data/actors/countries.yaml")
        if row.iso3 in rows:
            raise DataError(f"{label}:{line}: {row.iso3} appears twice")
        rows[row.iso3] = row
        for column, index in indexes.items():
            value = getattr(row, column)
            if value is None:
                continue
            if value in index:
                raise DataError(
                    f"{label}:{line}: {column} {value} is also {index[value]}'s; codes are unique"
                )
            index[value] = row.iso3
    if missing := known - set(rows):
        raise DataError(f"{label}: no row for {', '.join(sorted(missing))}")
    return Crosswalk(
        rows,
        indexes["iso2"],
        indexes["iso_numeric"],
        indexes["cow_code"],
        indexes["cow_abbr"],
        indexes["gw_code"],
        indexes["fips"],
    )


def _row(raw: dict[str, str], where: str) -> CountryCodes:
    """One checked row: each code in its system's shape, or empty."""
    value = {k: (raw.get(k) or "").strip() or None for k in COLUMNS}
    shapes = {
        "iso3": (3, str.isalpha),
        "iso2": (2, str.isalpha),
        "iso_numeric": (3, str.isdigit),
        "cow_abbr": (3, str.isalpha),
        "fips": (2, str.isalnum),
    }
    for column, (length, test) in shapes.items():
        code = value[column]
        if code is not None and (len(code) != length or not test(code) or code != code.upper()):
            raise DataError(f"{where}: {column} {code!r} is not a {length}-character code")
    if value["iso3"] is None or value["name"] is None:
        raise DataError(f"{where}: every row needs iso3 and name")
    if (value["cow_code"] is None) != (value["cow_abbr"] is None):
        raise DataError(f"{where}: a COW number and its abbreviation come together")
    numbers = {}
    for column in ("cow_code", "gw_code"):
        code = value[column]
        if code is not None and not code.isdigit():
            raise DataError(f"{where}: {column} {code!r} is not a number")
        numbers[column] = int(code) if code is not None else None
    return CountryCodes(
        iso3=value["iso3"],
        name=value["name"],
        iso2=value["iso2"],
        iso_numeric=value["iso_numeric"],
        cow_code=numbers["cow_code"],
        cow_abbr=value["cow_abbr"],
        gw_code=numbers["gw_code"],
        fips=value["fips"],
    )


def to_iso2(iso3: str | None) -> str | None:
    """ISO 3166 alpha-2 of an ISO alpha-3 code."""
    return load_crosswalk().to_iso2(iso3)


def to_cow(iso3: str | None) -> int | None:
    """Correlates of War state number of an ISO alpha-3 code."""
    return load_crosswalk().to_cow(iso3)


def to_gw(iso3: str | None) -> int | None:
    """Gleditsch & Ward state number of an ISO alpha-3 code."""
    return load_crosswalk().to_gw(iso3)


def to_fips(iso3: str | None) -> str | None:
    """FIPS 10-4 country code of an ISO alpha-3 code."""
    return load_crosswalk().to_fips(iso3)


def from_cow(code: int | str) -> str | None:
    """ISO alpha-3 of a COW state number or abbreviation."""
    return load_crosswalk().from_cow(code)


def from_gw(code: int | str) -> str | None:
    """ISO alpha-3 of a Gleditsch & Ward state number."""
    return load_crosswalk().from_gw(code)


def from_fips(code: str) -> str | None:
    """ISO alpha-3 of a FIPS 10-4 country code."""
    return load_crosswalk().from_fips(code)
