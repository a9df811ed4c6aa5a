"""Shared fixtures: the spaCy pipeline and coder are loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

import dyad

DATA = Path(__file__).parent / "data"
GOLD = DATA / "gold"


@pytest.fixture(scope="session")
def code():
    """Code a text with a publication date; return its events as (type, source, target) triples too."""
    from dyad.nlp import load_nlp
    from dyad.pipeline import get_coder

    load_nlp()
    get_coder()

    def run(text: str, date: str = "2021-04-20") -> list[dyad.Event]:
        return dyad.code(text, date=date)

    return run


def triples(events, negated: bool = False) -> set[tuple[str, str, str | None]]:
    """(type, source code, target code) of the events, negated ones only if asked."""
    return {
        (e.event_type, e.source.code, e.target.code if e.target else None)
        for e in events
        if e.negated == negated
    }
