"""TABARI/PETRARCH actor and agent dictionaries (``.txt``), read into dyad's lexicon entries.

Users of TABARI and PETRARCH keep curated dictionaries in a flat text format::

    BARACK_OBAMA  [USAGOV 090120-170120]   # a primary name and a code with a date restriction
    +PRESIDENT_OBAMA                       # synonyms
    [USAELI 050103-081231]                 # further date-bounded roles
    FOREIGN_MINISTER [~GOV]                # an agent: a noun that gives a sector

``read_tabari`` checks the syntax (a malformed line is a DataError naming the file, the line and
the problem); ``actor_dictionary`` maps the CAMEO codes onto dyad's countries, sectors and IGOs
(``data/codes/cameo_actors.csv``) and builds the same ``Entry`` records as dyad's YAML files. A code
dyad cannot map is listed in ``ActorDictionary.unmapped`` and left out, never guessed.
docs/data-formats.md describes the format and how each kind of entry is read.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import islice, product
from pathlib import Path

from .errors import DataError
from .lexicon import SECTORS, Entry, Role, name_key

BEGINNING = "0001-01-01"  # the start of a role that holds whenever no dated role does


@dataclass(frozen=True)
class Code:
    """One bracketed code and the dates (YYYY-MM-DD, inclusive) between which it holds."""

    code: str
    start: str | None = None
    end: str | None = None
    line: int = 0

    @property
    def dated(self) -> bool:
        """Whether the code carries a date restriction."""
        return self.start is not None or self.end is not None


@dataclass(frozen=True)
class ActorRecord:
    """An actor entry: its names (primary first, words separated by spaces) and its codes."""

    names: tuple[str, ...]
    codes: tuple[Code, ...]
    line: int


@dataclass(frozen=True)
class AgentRecord:
    """An agent entry: the nouns (singular, plus a plural given in braces) and the agent code."""

    nouns: tuple[str, ...]
    code: str
    line: int


@dataclass(frozen=True)
class TabariFile:
    """The entries of one dictionary file, as written."""

    path: str
    actors: tuple[ActorRecord, ...]
    agents: tuple[AgentRecord, ...]


# -- syntax ---------------------------------------------------------------------------------------

_BRACKET = re.compile(r"\[([^\[\]]*)\]")
_PLURAL = re.compile(r"\{([^{}]*)\}")
_CODE = re.compile(r"---|~?[A-Z0-9]+~?")
_RESTRICTION = re.compile(r"<(\d{6}|\d{8})|>(\d{6}|\d{8})|(\d{6}|\d{8})-(\d{6}|\d{8})")
_MARKER = re.compile(r"!([A-Z0-9]+)!")
_MARKER_DEFINITION = re.compile(r"!([A-Z0-9]+)!\s*=(.*)")


def read_tabari(path: str | Path) -> TabariFile:
    """Parse a TABARI/PETRARCH ``.txt`` dictionary; a malformed line raises DataError."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read the dictionary: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")  # TABARI-era files predate UTF-8
    parser = _Parser(str(path))
    for number, line in enumerate(text.splitlines(), start=1):
        parser.feed(number, line)
    return parser.finish()


class _Parser:
    """Line-by-line reader; holds the entry being read until the next one starts."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.actors: list[ActorRecord] = []
        self.agents: list[AgentRecord] = []
        self.markers: dict[str, tuple[str, ...]] = {}
        self.names: list[str] = []
        self.codes: list[Code] = []
        self.start = 0
        self.in_comment = False

    def error(self, line: int, problem: str) -> DataError:
        return DataError(f"{self.label}:{line}: {problem}")

    def feed(self, number: int, line: str) -> None:
        body = self._without_comments(line).strip()
        if not body:
            return
        if definition := _MARKER_DEFINITION.fullmatch(body):
            words = tuple(w.strip() for w in definition.group(2).split(",") if w.strip())
            if not words:
                raise self.error(number, f"substitution !{definition.group(1)}! lists no words")
            self.markers[definition.group(1)] = words
            return
        phrase, contents, plural = self._split(number, body.removeprefix("+"))
        codes = [self._code(number, c) for c in contents]
        agent = [c for c in codes if "~" in c.code]
        if body.startswith("+") or body.startswith("["):
            if agent:
                raise self.error(number, "an agent code ([~XXX]) belongs on its own entry line")
            if plural is not None:
                raise self.error(number, "plurals in {...} belong to agent entries")
            if not self.names:
                what = "synonym" if body.startswith("+") else "code line"
                raise self.error(number, f"{what} before any actor entry")
            if body.startswith("+"):
                if not phrase:
                    raise self.error(number, "'+' with no name after it")
                self.names.extend(self._expand(number, phrase))
            self.codes.extend(codes)
            return
        self._close()
        if not phrase:
            raise self.error(number, "entry with no name")
        if agent:
            if len(codes) != 1 or codes[0].dated:
                raise self.error(number, "an agent entry takes exactly one undated code")
            nouns = [*self._expand(number, phrase)]
            if plural and plural.strip():
                nouns.extend(self._expand(number, plural))
            self.agents.append(AgentRecord(tuple(nouns), codes[0].code, number))
            return
        if plural is not None:
            raise self.error(number, "plurals in {...} belong to agent entries ([~XXX])")
        self.names, self.codes, self.start = [*self._expand(number, phrase)], codes, number

    def finish(self) -> TabariFile:
        self._close()
        return TabariFile(self.label, tuple(self.actors), tuple(self.agents))

    def _close(self) -> None:
        if self.names:
            self.actors.append(ActorRecord(tuple(self.names), tuple(self.codes), self.start))
        self.names, self.codes = [], []

    def _without_comments(self, line: str) -> str:
        """Drop <!-- ... --> (which may span lines) and what follows '#' or TABARI's ';'."""
        kept = ""
        while line:
            if self.in_comment:
                end = line.find("-->")
                if end == -1:
                    return kept
                line, self.in_comment = line[end + 3 :], False
                continue
            match = re.search(r"<!--|[#;]", line)
            if match is None:
                return kept + line
            kept += line[: match.start()]
            if match.group() != "<!--":
                return kept
            line, self.in_comment = line[match.end() :], True
        return kept

    def _split(self, number: int, body: str) -> tuple[str, list[str], str | None]:
        """The name, the contents of each [...], and the {...} plural (None when absent)."""
        plural = None
        if match := _PLURAL.search(body):
            plural = match.group(1)
            body = body[: match.start()] + " " + body[match.end() :]
        contents = _BRACKET.findall(body)
        rest = _BRACKET.sub("\0", body)
        if bad := next((ch for ch in "[]{}" if ch in rest), None):
            raise self.error(number, f"unbalanced {bad!r}")
        phrase, _, after = rest.partition("\0")
        if after.replace("\0", "").strip():
            raise self.error(
                number, f"text after the codes: {after.replace(chr(0), ' ').strip()!r}"
            )
        return " ".join(phrase.replace("_", " ").split()), contents, plural

    def _code(self, number: int, content: str) -> Code:
        parts = content.split()
        if len(parts) == 3 and parts[1] in ("<", ">"):
            parts[1:] = [parts[1] + parts[2]]  # "[EGYGOV > 140608]"
        if not parts:
            raise self.error(number, "empty brackets []")
        if len(parts) > 2:
            raise self.error(
                number, f"[{content}]: expected a code and at most one date restriction"
            )
        if not _CODE.fullmatch(parts[0]) or parts[0].count("~") > 1:
            raise self.error(
                number, f"[{content}]: {parts[0]!r} is not a code (capital letters and digits)"
            )
        if len(parts) == 1:
            return Code(parts[0], line=number)
        match = _RESTRICTION.fullmatch(parts[1])
        if not match:
            raise self.error(
                number,
                f"[{content}]: {parts[1]!r} is not a date restriction "
                "(<YYMMDD, >YYMMDD or YYMMDD-YYMMDD; YYYYMMDD also works)",
            )
        before, after, first, last = match.groups()
        if before:
            return Code(parts[0], None, self._date(number, before), number)
        if after:
            return Code(parts[0], self._date(number, after), None, number)
        start, end = self._date(number, first), self._date(number, last)
        if end < start:
            raise self.error(number, f"[{content}]: the date range ends before it starts")
        return Code(parts[0], start, end, number)

    def _date(self, number: int, text: str) -> str:
        try:
            return tabari_date(text)
        except ValueError:
            raise self.error(number, f"{text!r} is not a valid date") from None

    def _expand(self, number: int, phrase: str) -> list[str]:
        """A phrase with !MARKER! substitutions, one phrase per combination of their words."""
        pieces = _MARKER.split(phrase)
        if len(pieces) == 1:
            return [" ".join(phrase.replace("_", " ").split())]
        choices: list[tuple[str, ...]] = []
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                choices.append((piece,))
            elif piece in self.markers:
                choices.append(self.markers[piece])
            else:
                raise self.error(number, f"substitution !{piece}! is not defined above")
        return [" ".join("".join(combo).replace("_", " ").split()) for combo in product(*choices)]


def tabari_date(text: str) -> str:
    """YYMMDD or YYYYMMDD as YYYY-MM-DD; YY up to 30 is 20YY, as in KEDS and TABARI."""
    if len(text) == 6:
        yy = int(text[:2])
        year, rest = (2000 + yy if yy <= 30 else 1900 + yy), text[2:]
    else:
        year, rest = int(text[:4]), text[4:]
    return dt.date(year, int(rest[:2]), int(rest[2:])).isoformat()


# -- CAMEO codes to dyad's ------------------------------------------------------------------------


@dataclass(frozen=True)
class Coded:
    """What a CAMEO code means in dyad: a country and sector, or an IGO."""

    country: str | None = None
    igo: str | None = None
    sector: str | None = None


class UnmappedCode(ValueError):
    """A CAMEO code with no dyad equivalent; the message says why."""


class UnmappedCodeWarning(UserWarning):
    """Some codes of a user's dictionary were left out of the lexicon (listed in the message)."""


@dataclass(frozen=True)
class CodeTable:
    """data/codes/cameo_actors.csv: the CAMEO code parts that are not already dyad's own."""

    prefixes: dict[str, str | None]  # IGO / NGO / MNC -> the sector they give (None for IGO)
    igos: dict[str, str]  # CAMEO organisation part -> dyad IGO code
    sectors: dict[str, str]  # CAMEO role -> dyad sector
    countries: dict[str, str]  # legacy or non-ISO country code -> ISO alpha-3
    regions: dict[str, str]  # CAMEO region code -> its name


@cache
def load_code_table() -> CodeTable:
    """Load and check data/codes/cameo_actors.csv."""
    label = "data/codes/cameo_actors.csv"
    text = resources.files("dyad").joinpath("data", "codes", "cameo_actors.csv").read_text("utf-8")
    tables: dict[str, dict] = {k: {} for k in ("prefix", "igo", "sector", "country", "region")}
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        cameo, kind, dyad = row["cameo"], row["kind"], row["dyad"] or None
        if kind not in tables:
            raise DataError(f"{label}:{line}: unknown kind {kind!r}")
        if len(cameo) != 3 or not cameo.isalpha() or not cameo.isupper():
            raise DataError(f"{label}:{line}: {cameo!r} is not a 3-letter CAMEO code")
        if kind in ("sector", "prefix") and dyad is not None and dyad not in SECTORS:
            raise DataError(f"{label}:{line}: unknown sector {dyad!r}")
        tables[kind][cameo] = row["meaning"] if kind == "region" else dyad
    return CodeTable(
        tables["prefix"], tables["igo"], tables["sector"], tables["country"], tables["region"]
    )


def map_code(code: str, countries: Collection[str], igos: Collection[str]) -> Coded:
    """dyad's meaning of a CAMEO actor code: ``PAKMIL`` is PAK MIL, ``IGOUNOKID`` is UNICEF.

    ``countries`` and ``igos`` are the codes dyad knows; raises UnmappedCode when there is none.
    """
    table = load_code_table()
    if code in igos and code not in countries and code not in table.regions:
        return Coded(igo=code)  # dyad's own IGO codes: NATO, UNSC, G20
    head, rest = code[:3], code[3:]
    if len(rest) % 3:
        raise UnmappedCode("not a CAMEO code: it does not split into 3-letter parts")
    parts = [rest[i : i + 3] for i in range(0, len(rest), 3)]
    if head in table.prefixes:
        # the most specific organisation named: IGOUNOKID is UNICEF, not the UN
        for part in reversed(parts):
            if table.igos.get(part) in igos:
                return Coded(igo=table.igos[part])
        sector = table.prefixes[head]
        if sector is None:
            raise UnmappedCode("names no IGO dyad knows (see igos.yaml)")
        country = next((c for p in parts if (c := _country(p, countries, table))), None)
        return Coded(country=country, sector=sector)
    if country := _country(head, countries, table):
        if not parts:
            return Coded(country=country)
        sector = next((s for p in parts if (s := _sector(p, table))), None)
        if sector is None:
            raise UnmappedCode(f"{'/'.join(parts)}: no sector dyad knows (see sectors.yaml)")
        return Coded(country=country, sector=sector)
    if sector := _sector(head, table):
        return Coded(sector=sector)
    if head in table.regions:
        raise UnmappedCode(f"{head} is CAMEO's {table.regions[head]}; dyad's actors are states")
    raise UnmappedCode(f"{head} is no country, IGO or sector dyad knows")


def map_agent_code(code: str) -> str:
    """The dyad sector of an agent code (``~GOV``, ``~GOVFRM``, ``NGO~``); UnmappedCode if none."""
    table = load_code_table()
    head = code.strip("~")[:3]
    sector = _sector(head, table) or table.prefixes.get(head)
    if sector is None:
        raise UnmappedCode(f"{head}: no sector dyad knows (see sectors.yaml)")
    return sector


def _country(part: str, countries: Collection[str], table: CodeTable) -> str | None:
    if part in countries:
        return part
    iso3 = table.countries.get(part)
    return iso3 if iso3 in countries else None


def _sector(part: str, table: CodeTable) -> str | None:
    return part if part in SECTORS else table.sectors.get(part)


# -- entries --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unmapped:
    """A code left out of the lexicon, with the line that holds it and the reason."""

    line: int
    code: str
    reason: str


@dataclass(frozen=True)
class ActorDictionary:
    """A TABARI/PETRARCH file read into dyad's terms."""

    path: str
    names: tuple[tuple[str, Entry, int], ...]  # surface form, entry, line
    sector_nouns: tuple[tuple[str, str, int], ...]  # noun, sector, line
    unmapped: tuple[Unmapped, ...]

    def report(self, limit: int = 10) -> str:
        """The unmapped codes, one a line (the first ``limit`` of them)."""
        lines = [f"{self.path}:{u.line}: [{u.code}] {u.reason}" for u in self.unmapped[:limit]]
        if len(self.unmapped) > limit:
            lines.append(f"... and {len(self.unmapped) - limit} more")
        return "\n".join(lines)


def actor_dictionary(
    path: str | Path,
    countries: Mapping[str, str],
    igos: Mapping[str, str],
    known: Mapping[tuple[str, ...], Entry] | None = None,
) -> ActorDictionary:
    """Read a TABARI/PETRARCH file into lexicon entries.

    ``countries`` and ``igos`` map dyad's codes to names; ``known`` holds the names already in the
    lexicon: their capitalised words ("UN", "NATO") stay capitalised in the file's names, and a
    name that already means the same actor keeps its richer packaged entry (a capital stays a
    capital).
    """
    book = read_tabari(path)
    known = known or {}
    acronyms = frozenset(
        w for key in known for w in key if len(w) > 1 and w.isalpha() and w.isupper()
    )
    unmapped: list[Unmapped] = []
    names: list[tuple[str, Entry, int]] = []
    for record in book.actors:
        entry = _entry(record, news_case(record.names[0], acronyms)[0], countries, igos, unmapped)
        if entry is None:
            continue
        for name in record.names:
            for surface in news_case(name, acronyms):
                old = known.get(name_key(surface))
                if old is None or not _same_actor(old, entry):
                    names.append((surface, entry, record.line))
    nouns: list[tuple[str, str, int]] = []
    for agent in book.agents:
        try:
            sector = map_agent_code(agent.code)
        except UnmappedCode as exc:
            unmapped.append(Unmapped(agent.line, agent.code, str(exc)))
            continue
        nouns.extend((noun.lower(), sector, agent.line) for noun in agent.nouns)
    return ActorDictionary(book.path, tuple(names), tuple(nouns), tuple(unmapped))


def _entry(
    record: ActorRecord,
    name: str,
    countries: Mapping[str, str],
    igos: Mapping[str, str],
    unmapped: list[Unmapped],
) -> Entry | None:
    """One undated code: a name of a country, an IGO or a named group; dated codes: a person."""
    mapped: list[tuple[Code, Coded]] = []
    for code in record.codes:
        if code.code == "---":
            continue  # TABARI's null code: not an actor then
        try:
            mapped.append((code, map_code(code.code, countries, igos)))
        except UnmappedCode as exc:
            unmapped.append(Unmapped(code.line, code.code, str(exc)))
    if not record.codes:
        unmapped.append(Unmapped(record.line, "", f"{record.names[0]!r} has no code"))
    if not mapped:
        return None
    if len(mapped) == 1 and not mapped[0][0].dated:
        coded = mapped[0][1]
        if coded.igo:
            return Entry("igo", igos[coded.igo], igo=coded.igo)
        if coded.country and not coded.sector:
            # another name that stands for the state, like a demonym: TABARI country files list
            # cities among a country's synonyms (HERAT_ under AFGHANISTAN_), which must stay places
            return Entry("demonym", countries[coded.country], country=coded.country)
        return Entry("group", name, country=coded.country, sector=coded.sector)
    roles = []
    for code, coded in mapped:
        if coded.country and not coded.sector:
            reason = f"a person's role needs a sector ({coded.country}GOV, {coded.country}ELI, ...)"
            unmapped.append(Unmapped(code.line, code.code, reason))
            continue
        # as in people.yaml, an IGO role carries the sector GOV, which IGO actors do not show
        sector = coded.sector or "GOV"
        roles.append(
            Role(coded.country, coded.igo, sector, code.code, code.start or BEGINNING, code.end)
        )
    if not roles:
        return None
    roles.sort(key=lambda r: r.start)  # stable: of two undated codes, the later one wins
    return Entry("person", name, roles=tuple(roles))


def _same_actor(old: Entry, new: Entry) -> bool:
    """A packaged entry that already says what the file says (and maybe more) stays."""
    return (
        new.kind != "person"
        and old.kind != "person"
        and (old.country, old.igo) == (new.country, new.igo)
        and new.sector in (None, old.sector)
    )


# -- names ----------------------------------------------------------------------------------------

_FUNCTION_WORDS = frozenset(["of", "the", "and", "for", "in", "on", "at", "to", "by", "with"])
_PARTICLES = frozenset(
    ["de", "del", "della", "der", "den", "des", "di", "du", "da", "dos", "das", "la", "le"]
    + ["van", "von", "bin", "ibn", "bint"]
)
# the Arabic article before a hyphen: al-Assad
_ARTICLES = frozenset(["al", "el", "ad", "ar", "as", "ash", "at", "az"])
_MAX_FORMS = 8


def news_case(name: str, acronyms: Collection[str] = ()) -> list[str]:
    """How news prints a name that TABARI writes in capitals.

    ``ABDEL_FATTAH_EL-SISI`` gives "Abdel Fattah el-Sisi" (and "El-Sisi"); words in ``acronyms``,
    words without a vowel and dotted ones (U.N.) stay as written; a single capitalised word is also
    kept as written ("IPCC"). A name written in mixed case is taken exactly as written.
    """
    words = name.replace("_", " ").split()
    if any(ch.islower() for ch in name):
        return [" ".join(words)]
    forms = [_word_forms(w, i == 0, acronyms) for i, w in enumerate(words)]
    out = [" ".join(combo) for combo in islice(product(*forms), _MAX_FORMS)]
    if len(words) == 1:
        out.append(words[0])
    return list(dict.fromkeys(out))


def _word_forms(word: str, first: bool, acronyms: Collection[str]) -> list[str]:
    letters = word.strip(".,'\"()").replace("-", "").replace("'", "")
    if (
        "." in word
        or word in acronyms
        or not letters.isalpha()
        or (len(letters) > 1 and not set(letters) & set("AEIOUY"))
    ):
        return [word]
    lower = word.lower()
    if not first and lower in _FUNCTION_WORDS:
        return [lower]
    if not first and lower in _PARTICLES:
        return [lower, _capital(word)]
    if word.startswith("MC") and len(word) > 3:
        return ["Mc" + _capital(word[2:]), _capital(word)]
    if "-" in word:
        # AL-ASSAD: al-Assad, Al-Assad; KI-MOON: Ki-Moon, Ki-moon
        head, rest = word.split("-", 1)
        heads = [head.lower()] if not first and head.lower() in _ARTICLES else []
        heads.append(_capital(head))
        tails = ["-".join(_capital(p) for p in rest.split("-")), rest.lower()]
        return [f"{h}-{t}" for h in heads for t in tails]
    return [_capital(word)]


def _capital(word: str) -> str:
    """NEILL -> Neill; O'NEILL -> O'Neill; PEOPLE'S -> People's."""
    if "'" in word:
        head, rest = word.split("'", 1)
        return f"{_capital(head)}'{_capital(rest) if len(head) == 1 else rest.lower()}"
    return word[:1].upper() + word[1:].lower()
