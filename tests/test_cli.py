"""The `dyad` command line against the contract in EVENTS.md."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import jsonschema
import pytest
from typer.testing import CliRunner

from dyad.cli import app

SCHEMA = json.loads((Path(__file__).parent / "data" / "event.schema.json").read_text())
ARTICLE = """Pakistan and Azerbaijan sign defence pact
By Staff Reporter

ISLAMABAD, April 19 (Example News) - Pakistan and Azerbaijan signed a defence cooperation
agreement in Islamabad on Monday. The Pakistani Foreign Ministry also condemned the shelling of
Azerbaijani villages by Armenian forces. Azerbaijan thanked Pakistan for its support.
"""


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "seed-000.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    return result


def _events(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_code_writes_schema_valid_jsonl_to_stdout(article):
    result = run("code", str(article), "--date", "2021-04-20")
    assert result.exit_code == 0, result.output
    events = _events(result.stdout)
    assert len(events) >= 3
    for e in events:
        jsonschema.validate(e, SCHEMA)
        assert e["doc_id"] == "seed-000"
        assert ARTICLE[e["span"][0] : e["span"][1]] == e["sentence"]


def test_event_ids_are_stable_across_runs(article):
    first = [e["id"] for e in _events(run("code", str(article), "--date", "2021-04-20").stdout)]
    second = [e["id"] for e in _events(run("code", str(article), "--date", "2021-04-20").stdout)]
    assert first == second and len(set(first)) == len(first)


def test_csv_keeps_cameo_leading_zeros(article, tmp_path):
    out = tmp_path / "events.csv"
    assert (
        run(
            "code", str(article), "--date", "2021-04-20", "--format", "csv", "--out", str(out)
        ).exit_code
        == 0
    )
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows and all(r["cameo"].isdigit() and len(r["cameo"]) in (2, 3, 4) for r in rows)
    assert any(r["cameo"].startswith("0") for r in rows)


def test_parquet_export_reads_back(article, tmp_path):
    out = tmp_path / "events.parquet"
    assert (
        run("code", str(article), "--date", "2021-04-20", "-f", "parquet", "-o", str(out)).exit_code
        == 0
    )
    rows = duckdb.sql(f"SELECT event_type, cameo FROM read_parquet('{out}')").fetchall()
    jsonl = _events(run("code", str(article), "--date", "2021-04-20").stdout)
    assert sorted(rows) == sorted((e["event_type"], e["cameo"]) for e in jsonl)


def test_plover_format_groups_actors(article):
    result = run("code", str(article), "--date", "2021-04-20", "--format", "plover")
    records = _events(result.stdout)
    signing = [r for r in records if r["event"] == "SUPPORT" and len(r["actor"]) == 2]
    assert signing and {a["code"] for a in signing[0]["actor"]} == {"PAK", "AZE"}


def test_bad_date_option_is_a_usage_error(article):
    result = run("code", str(article), "--date", "yesterday")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_bad_file_is_skipped_with_a_message_and_others_are_coded(article, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    result = run("code", str(bad), str(article), "--date", "2021-04-20")
    assert result.exit_code == 1
    assert "empty" in result.stderr
    assert _events(result.stdout)


@pytest.mark.parametrize("command", ["code", "evaluate", "check-data"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.stdout


def test_check_data_passes_on_packaged_data():
    result = run("check-data")
    assert result.exit_code == 0, result.output
    assert "16 of 16 types" in result.stdout


def test_every_event_from_the_bundled_samples_validates_against_the_contract():
    samples = Path(__file__).parents[1] / "samples"
    result = run("code", str(samples))
    assert result.exit_code == 0, result.output
    events = _events(result.stdout)
    assert len(events) > 50
    for e in events:
        jsonschema.validate(e, SCHEMA)
        assert e["date"] is not None  # every sample carries or states its publication date
    assert {e["doc_id"] for e in events} >= {p.stem for p in samples.glob("*.txt")}
