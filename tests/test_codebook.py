"""The codebook (dyad/codebook.py) and `dyad codebook`."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from dyad.cli import app
from dyad.codebook import CODEBOOK_FORMATS, codebook, render_codebook
from dyad.lexicon import SECTORS
from dyad.ontology import PLOVER_TYPES, load_ontology


@pytest.fixture(scope="module")
def book():
    return codebook()


def test_sections_hold_all_the_loaded_data(book):
    onto = load_ontology()
    assert [r["type"] for r in book["plover_types"]] == list(PLOVER_TYPES)
    assert len(book["plover_modes"]) == len(onto.modes)
    assert len(book["plover_contexts"]) == len(onto.contexts)
    assert {r["code"] for r in book["cameo"]} == set(onto.cameo)
    assert {r["code"] for r in book["sectors"]} == SECTORS
    assert {"UNO", "NATO", "EUR"} <= {r["code"] for r in book["igos"]}


def test_cameo_rows_keep_leading_zeros_and_plover_mapping(book):
    rows = {r["code"]: r for r in book["cameo"]}
    row = rows["111"]
    assert (row["goldstein"], row["quad_class"], row["plover_type"]) == (-2.0, 3, "ACCUSE")
    assert "043" in rows and "0874" in rows
    assert rows["01"]["plover_type"] is None  # PLOVER drops the 01x statements


def test_types_list_their_modes(book):
    consult = next(r for r in book["plover_types"] if r["type"] == "CONSULT")
    assert "visit" in consult["modes"].split(", ")
    assert consult["quad_name"] == "verbal cooperation"


def test_sectors_give_example_nouns_from_the_lexicon(book):
    gov = next(r for r in book["sectors"] if r["code"] == "GOV")
    assert gov["name"].startswith("government")
    assert "ambassador" in gov["examples"]


def test_json_round_trips(book):
    assert json.loads(render_codebook(book, "json")) == json.loads(json.dumps(book))


def test_csv_is_one_table_with_a_section_column(book):
    rows = list(csv.DictReader(io.StringIO(render_codebook(book, "csv"))))
    assert len(rows) == sum(len(v) for v in book.values())
    cameo = {r["code"]: r for r in rows if r["section"] == "cameo"}
    assert cameo["043"]["plover_type"] == "CONSULT"
    assert {r["section"] for r in rows} == set(book)


def test_markdown_has_a_table_per_section(book):
    text = render_codebook(book, "markdown")
    assert text.count("\n## ") == len(book)
    assert "| 043 |" in text
    table = [line for line in text.splitlines() if line.startswith("| 111 |")][0]
    assert table.count("|") == len(book["cameo"][0]) + 1


def test_unknown_format_is_refused(book):
    with pytest.raises(ValueError, match="markdown, csv, json"):
        render_codebook(book, "xml")


@pytest.mark.parametrize("fmt", CODEBOOK_FORMATS)
def test_cli_prints_the_codebook(fmt):
    result = CliRunner().invoke(app, ["codebook", "--format", fmt])
    assert result.exit_code == 0, result.output
    assert "043" in result.stdout and "ACCUSE" in result.stdout


def test_cli_refuses_an_unknown_format():
    result = CliRunner().invoke(app, ["codebook", "--format", "xml"])
    assert result.exit_code != 0
