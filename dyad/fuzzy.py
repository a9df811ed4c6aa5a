"""Fuzzy names for noisy text: typos and transliterations ("Pakitsa", "Azerbajan", "Nadim Razan").

Exact dictionary matching misses the names that hurried wire copy and machine translation garble.
Fuzzy matching (rapidfuzz) may only rescue a name, never invent one, so every match must clear all
of these, which together keep ordinary words from turning into countries:
- the word looks like a name: capitalised, alphabetic, at least ``MIN_LENGTH`` letters;
- it starts with the same letter as the name it matches, and its length is within two letters;
- its similarity (normalised Indel, 0-100) is at least ``MIN_SCORE``, and no other name comes
  within ``MARGIN`` of it;
- the caller supplies the context: a country must be named correctly elsewhere in the document or
  the tagger must have read the word as a place or nationality; a person must have been introduced.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

MIN_LENGTH = 5
MIN_SCORE = 85.0
MARGIN = 4.0
PERSON_SCORE = 80.0  # a whole multi-word name ("Nadim Razan" ~ "Nadeem Razzan": 83)
WORD_SCORE = 70.0  # each of its words ("Nadim" ~ "Nadeem": 73)

V = TypeVar("V")


@lru_cache(maxsize=65536)  # pure, and asked again for every word of every known name
def fold(text: str) -> str:
    """Lower case without accents: 'Erdoğan' -> 'erdogan'."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def looks_like_name(word: str) -> bool:
    """A capitalised alphabetic word long enough to be matched fuzzily."""
    bare = word.replace("-", "").replace("'", "")
    return len(bare) >= MIN_LENGTH and bare.isalpha() and word[:1].isupper()


@dataclass(frozen=True)
class FuzzyIndex(Generic[V]):
    """Names (folded) to values, searched for the one close spelling of a word."""

    values: Mapping[str, V]
    # The names long enough to match, by first letter (in ``values`` order): a word is only ever
    # compared with the names that start as it does.
    by_initial: dict[str, list[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_initial: dict[str, list[str]] = {}
        for name in self.values:
            if len(name) >= MIN_LENGTH:
                by_initial.setdefault(name[:1], []).append(name)
        object.__setattr__(self, "by_initial", by_initial)

    @classmethod
    def build(cls, items: Iterable[tuple[str, V]]) -> FuzzyIndex[V]:
        values: dict[str, V] = {}
        for name, value in items:
            values.setdefault(fold(name), value)
        return cls(values)

    def match(self, word: str, min_score: float = MIN_SCORE) -> V | None:
        """The value whose name ``word`` misspells, or None when none (or more than one) is close."""
        key = fold(word)
        if key in self.values:
            return self.values[key]
        candidates = [
            name for name in self.by_initial.get(key[:1], ()) if abs(len(name) - len(key)) <= 2
        ]
        if not candidates:
            return None
        best = process.extract(key, candidates, scorer=fuzz.ratio, limit=2)
        if not best or best[0][1] < min_score:
            return None
        if (
            len(best) > 1
            and best[1][1] > best[0][1] - MARGIN
            and self.values[best[1][0]] != self.values[best[0][0]]
        ):
            return None  # two different names are about as close: no evidence either way
        return self.values[best[0][0]]


def similar_person(name: str, known: Iterable[str]) -> str | None:
    """The known person's name that ``name`` spells differently ('Nadim Razan' for 'Nadeem
    Razzan'): every word must match the known name's word in order, starting with the same
    letter, and the whole name must be close; a lone surname must be long and closer still."""
    words = [fold(w) for w in name.split()]
    if not words or (len(words) == 1 and not looks_like_name(name)):
        return None
    threshold = PERSON_SCORE if len(words) > 1 else MIN_SCORE
    found = None
    for candidate in known:
        other = [fold(w) for w in candidate.split()]
        if len(other) != len(words) or other == words:
            continue
        if (
            all(
                a[:1] == b[:1] and fuzz.ratio(a, b) >= WORD_SCORE
                for a, b in zip(words, other, strict=True)
            )
            and fuzz.ratio(" ".join(words), " ".join(other)) >= threshold
        ):
            if found is not None and found != candidate:
                return None
            found = candidate
    return found
