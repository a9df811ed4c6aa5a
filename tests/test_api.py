"""The public surface: what `dyad.__all__` exports is what the README documents."""

from __future__ import annotations

from pathlib import Path

import dyad

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_public_name_is_documented_in_the_readme():
    missing = [name for name in dyad.__all__ if f"`{name}`" not in README]
    assert not missing, f"public names missing from README: {missing}"


def test_public_names_exist():
    for name in dyad.__all__:
        assert hasattr(dyad, name)


def test_code_returns_contract_events():
    (event,) = [
        e
        for e in dyad.code("Chile recalled its ambassador from Peru.", date="2021-04-20")
        if not e.negated
    ]
    record = event.to_dict()
    assert record["event_type"] == "SANCTION" and record["date_basis"] == "publication"
    assert record["source"]["country"] == "CHL" and record["target"]["country"] == "PER"
