"""The `dyad` command line: each command is a thin skin over the public API."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .errors import DyadError, InputError
from .output import FORMATS, write_events
from .records import Document, Event

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="dyad: source-linked political event data (PLOVER/CAMEO) from news text.",
)
err = Console(stderr=True)

# Arguments and options that several commands share.
PathsArgument = Annotated[
    list[Path], typer.Argument(help="Text, HTML or JSON Lines files, or folders.")
]
DateOption = Annotated[
    str | None,
    typer.Option(help="Publication date (YYYY-MM-DD) for documents that carry none."),
]
ActorsOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--actors",
        help="Extra actor file(s) layered over the built-in ones: dyad YAML or a "
        "TABARI/PETRARCH .txt dictionary (docs/data-formats.md).",
    ),
]
FormatOption = Annotated[
    str, typer.Option("--format", "-f", help="jsonl, csv, parquet, plover or gdelt.")
]
OutOption = Annotated[
    Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")
]
StoreOption = Annotated[
    Path, typer.Option("--db", help="DuckDB store file written by `dyad ingest`.")
]
FromOption = Annotated[
    str | None, typer.Option("--from", help="Only events dated on or after (YYYY-MM-DD).")
]
ToOption = Annotated[
    str | None, typer.Option("--to", help="Only events dated on or before (YYYY-MM-DD).")
]


@app.command("code")
def code_cmd(
    paths: PathsArgument,
    date: DateOption = None,
    format: FormatOption = "jsonl",
    out: OutOption = None,
    actors: ActorsOption = None,
    summary: Annotated[bool, typer.Option(help="Print a table of the events to stderr.")] = False,
) -> None:
    """Code documents into events: JSON Lines on stdout, one event a line, in document order.

    Example: dyad code article.txt --date 2021-04-20
    """
    from . import code_documents

    if format not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    if format == "parquet" and out is None:
        raise typer.BadParameter("parquet needs --out FILE", param_hint="--out")
    default_date = _iso_option(date, "--date")
    failures: list[str] = []
    collected: list[Event] = []

    def events() -> Iterator[Event]:
        for _doc, doc_events in code_documents(
            _readable(paths, default_date, failures),
            actor_files=tuple(str(a) for a in actors or ()),
        ):
            if summary:
                collected.extend(doc_events)
            yield from doc_events

    try:
        n = write_events(events(), format, None if out else sys.stdout, out)
    except DyadError as exc:
        err.print(f"[red]error[/]: {exc}", highlight=False)
        raise typer.Exit(2) from None
    if summary:
        print_summary(collected)
    err.print(
        f"{n} events"
        + (f" written to {out}" if out else "")
        + (f"; {len(failures)} input(s) skipped" if failures else "")
    )
    if failures:
        raise typer.Exit(1)


def _iso_option(value: str | None, hint: str) -> str | None:
    """A YYYY-MM-DD option, or a usage error that names the option."""
    from .dates import parse_iso_date

    try:
        return parse_iso_date(value)
    except DyadError as exc:
        raise typer.BadParameter(str(exc), param_hint=hint) from None


def _readable(
    paths: list[Path], default_date: str | None, skipped: list[str]
) -> Iterator[Document]:
    """The documents under ``paths``; each input that cannot be read is reported and noted."""
    from . import read_paths

    for item in read_paths(paths, default_date):
        if isinstance(item, InputError):
            skipped.append(str(item))
            err.print(f"[yellow]skipped[/]: {item}", highlight=False, markup=True)
        else:
            yield item


def print_summary(events: list[Event]) -> None:
    """A readable table: type, source, target, date, evidence."""
    from rich.markup import escape

    table = Table(title=f"{len(events)} events", show_lines=False, expand=True)
    for col, style in (
        ("doc", "dim"),
        ("type", "bold cyan"),
        ("source", ""),
        ("target", ""),
        ("date", ""),
        ("evidence", "dim"),
    ):
        table.add_column(col, style=style, overflow="fold")
    for e in events:
        etype = (
            e.event_type + (f"/{e.mode}" if e.mode else "") + (" (negated)" if e.negated else "")
        )
        evidence = e.sentence if len(e.sentence) < 160 else e.sentence[:157] + "..."
        table.add_row(
            escape(e.doc_id),
            etype,
            escape(f"{e.source.code} ({e.source.text})"),
            escape(f"{e.target.code} ({e.target.text})") if e.target else "-",
            f"{e.date or '-'} {e.date_basis[:3]}",
            escape(evidence),
        )
    err.print(table)


@app.command("evaluate")
def evaluate_cmd(
    gold: Annotated[
        Path, typer.Argument(help="Gold JSON Lines file, or a folder of gold YAML files.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="List missed and spurious events.")
    ] = False,
) -> None:
    """Score dyad against hand-coded gold events: P/R/F1 per PLOVER type and overall, date accuracy.

    Example: dyad evaluate tests/data/gold
    """
    from . import evaluate

    try:
        report = evaluate(gold)
    except DyadError as exc:
        err.print(f"[red]error[/]: {exc}", highlight=False)
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2))
    else:
        _print_report(report)
    if errors:
        _print_errors(report)


def _print_report(report) -> None:  # noqa: ANN001 - EvaluationReport
    out = Console()
    table = Table(title=f"dyad vs gold: {report.documents} documents")
    for col in ("type", "gold", "predicted", "correct", "precision", "recall", "F1"):
        table.add_column(col, justify="right" if col != "type" else "left")
    rows = [
        *sorted(report.per_type.items()),
        ("overall", report.overall),
        ("country-level", report.country),
    ]
    for name, s in rows:
        table.add_row(
            name,
            str(s.tp + s.fn),
            str(s.tp + s.fp),
            str(s.tp),
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            style="bold" if name in ("overall", "country-level") else None,
        )
    out.print(table)
    out.print(
        f"date accuracy: {report.date_accuracy:.3f} ({report.dates_correct}/{report.dates_matched}"
        " matched events with a gold date)"
    )
    out.print(
        f"location accuracy: {report.location_accuracy:.3f} ({report.locations_correct}/"
        f"{report.locations_matched} matched events with a gold place; {report.locations_extra}"
        " placed where the gold names none)"
    )


def _print_errors(report) -> None:  # noqa: ANN001
    from rich.markup import escape

    out = Console()
    for g in report.missed:
        out.print(
            f"[red]missed[/] {escape(g.doc_id)}: {g.event_type} {g.source} -> {g.target}  "
            f"«{escape(g.sentence)}»",
            highlight=False,
        )
    for e in report.spurious:
        out.print(
            f"[yellow]spurious[/] {escape(e.doc_id)}: {e.event_type} {e.source.code} -> "
            f"{e.target.code if e.target else None} [{e.rule}] «{escape(e.sentence[:120])}»",
            highlight=False,
        )
    for g, e in report.wrong_locations:
        got = f"{e.location.name} ({e.location.precision})" if e.location else None
        out.print(
            f"[blue]place[/] {escape(g.doc_id)}: gold {escape(g.location or '')} got "
            f"{escape(str(got))} «{escape(g.sentence)}»",
            highlight=False,
        )
    for g, e in report.wrong_dates:
        out.print(
            f"[magenta]date[/] {escape(g.doc_id)}: gold {g.date} got {e.date} ({e.date_basis}) "
            f"«{escape(g.sentence)}»",
            highlight=False,
        )


@app.command("check-data")
def check_data_cmd() -> None:
    """Load and validate every packaged data file (ontology, actors, patterns).

    Example: dyad check-data
    """
    from .lexicon import load_lexicon
    from .ontology import load_ontology
    from .patterns import load_event_references, load_patterns, load_reaction_acts

    try:
        onto = load_ontology()
        lex = load_lexicon()
        book = load_patterns()
        references = load_event_references()
        acts = load_reaction_acts()
    except DyadError as exc:
        err.print(f"[red]error[/]: {exc}", highlight=False)
        raise typer.Exit(1) from None
    covered = {p.event_type for p in book.all}
    typer.echo(
        f"ontology: {len(onto.types)} PLOVER types, {len(onto.modes)} modes, "
        f"{len(onto.contexts)} contexts, {len(onto.cameo)} CAMEO codes"
    )
    typer.echo(
        f"actors: {len(lex.countries)} countries, {len(lex.igos)} IGOs, "
        f"{len(lex.names)} names, {len(lex.sectors)} sector nouns"
    )
    typer.echo(f"patterns: {len(book.all)} covering {len(covered)} of {len(onto.types)} types")
    typer.echo(f"event references: {len(references)} nouns, {len(acts)} answered acts")
    if missing := set(onto.types) - covered:
        err.print(f"[red]no patterns for[/] {', '.join(sorted(missing))}")
        raise typer.Exit(1)


@app.command("codebook")
def codebook_cmd(
    format: Annotated[
        str, typer.Option("--format", "-f", help="markdown, csv or json.")
    ] = "markdown",
) -> None:
    """Print the codebook: PLOVER types, modes and contexts, CAMEO codes, actor sectors and IGOs.

    Example: dyad codebook --format csv > codebook.csv
    """
    from .codebook import CODEBOOK_FORMATS, codebook, render_codebook

    if format not in CODEBOOK_FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(CODEBOOK_FORMATS)}", param_hint="--format")
    try:
        text = render_codebook(codebook(), format)
    except DyadError as exc:
        err.print(f"[red]error[/]: {exc}", highlight=False)
        raise typer.Exit(1) from None
    typer.echo(text, nl=False)


@app.command("ingest")
def ingest_cmd(
    paths: PathsArgument,
    db: Annotated[
        Path, typer.Option("--db", help="DuckDB store file to add to (created if missing).")
    ],
    date: DateOption = None,
    workers: Annotated[
        int, typer.Option("--workers", "-w", help="Local processes coding in parallel.")
    ] = 1,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address (tcp://host:8786): code on that cluster."),
    ] = None,
    batch_size: Annotated[
        int, typer.Option(help="Documents per task and per committed transaction.")
    ] = 32,
    actors: ActorsOption = None,
) -> None:
    """Code documents into a DuckDB store, one transaction per batch; stored texts are skipped.

    Started again after a kill, a run loses and duplicates nothing. Progress goes to stderr.

    Example: dyad ingest corpus/ --db events.duckdb --workers 2
    """
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from . import IngestReport, open_store

    if workers < 1:
        raise typer.BadParameter("use 1 or more", param_hint="--workers")
    if batch_size < 1:
        raise typer.BadParameter("use 1 or more", param_hint="--batch-size")
    default_date = _iso_option(date, "--date")
    skipped: list[str] = []

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} documents, {task.fields[events]} events"),
        TextColumn(
            "[cyan]{task.fields[docs_rate]:.1f} documents/s, {task.fields[events_rate]:.1f} events/s"
        ),
        TextColumn("{task.fields[duplicates]} already stored"),
        TimeElapsedColumn(),
        console=err,
    )
    task = progress.add_task(
        "ingest", total=None, events=0, docs_rate=0.0, events_rate=0.0, duplicates=0
    )

    def on_batch(report: IngestReport) -> None:
        seconds = max(report.seconds, 1e-9)
        progress.update(
            task,
            completed=report.documents,
            events=report.events,
            docs_rate=report.documents / seconds,
            events_rate=report.events / seconds,
            duplicates=report.duplicates,
        )

    try:
        with open_store(db) as store, progress:
            report = store.ingest(
                _readable(paths, default_date, skipped),
                workers=workers,
                scheduler=scheduler,
                batch_size=batch_size,
                actor_files=tuple(str(a) for a in actors or ()),
                on_batch=on_batch,
            )
            on_batch(report)
    except DyadError as exc:
        err.print(f"[red]error[/]: {exc}", highlight=False)
        raise typer.Exit(2) from None
    for failure in report.failed:
        err.print(f"[red]not coded[/]: {failure}", highlight=False)
    err.print(
        f"{report.documents} documents and {report.events} events stored in {db} "
        f"({report.seconds:.1f} s); {report.duplicates} already stored"
        + (f"; {len(skipped)} input(s) skipped" if skipped else "")
        + (f"; {len(report.failed)} document(s) not coded" if report.failed else ""),
        highlight=False,
    )
    if skipped or report.failed:
        raise typer.Exit(1)


@app.command("export")
def export_cmd(
    db: StoreOption,
    format: FormatOption = "jsonl",
    out: OutOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    summary: Annotated[bool, typer.Option(help="Print a table of the events to stderr.")] = False,
) -> None:
    """Write a store's events in document order, in any `dyad code` format.

    --from/--to keep the events whose stated day, month or year lies wholly in the range.

    Example: dyad export --db events.duckdb --format csv --out events.csv --from 2021-01-01
    """
    from . import open_store

    if format not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    if format == "parquet" and out is None:
        raise typer.BadParameter("parquet needs --out FILE", param_hint="--out")
    bounds = {"--from": _iso_option(date_from, "--from"), "--to": _iso_option(date_to, "--to")}
    collected: list[Event] = []

    def events(stored: Iterator[Event]) -> Iterator[Event]:
        for event in stored:
            if summary:
                collected.append(event)
            yield event

    try:
        with open_store(db, read_only=True) as store:
            n = write_events(
                events(store.events(bounds["--from"], bounds["--to"])),
                format,
                None if out else sys.stdout,
                out,
            )
    except DyadError as exc:
        err.print(f"[red]error[/]: {exc}", highlight=False)
        raise typer.Exit(2) from None
    if summary:
        print_summary(collected)
    err.print(f"{n} events" + (f" written to {out}" if out else ""), highlight=False)


COUNT_FORMATS = ("table", "csv", "json")


@app.command("counts")
def counts_cmd(
    db: StoreOption,
    by: Annotated[str, typer.Option("--by", help="month or year.")] = "month",
    level: Annotated[str, typer.Option("--level", help="code (PAKGOV) or country (PAK).")] = "code",
    source: Annotated[
        str | None, typer.Option("--source", help="Only this source code or country.")
    ] = None,
    target: Annotated[
        str | None, typer.Option("--target", help="Only this target code or country.")
    ] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="Only this PLOVER type (ASSAULT, ...).")
    ] = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
) -> None:
    """Dyad-by-period counts: mentions (reports) and events (deduplicated clusters).

    Example: dyad counts --db events.duckdb --by month --source PAK --target IND --level country
    """
    import csv
    from dataclasses import asdict

    from . import load_ontology, open_store

    if format not in COUNT_FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(COUNT_FORMATS)}", param_hint="--format")
    if by not in ("month", "year"):
        raise typer.BadParameter("use month or year", param_hint="--by")
    if level not in ("code", "country"):
        raise typer.BadParameter("use code or country", param_hint="--level")
    if event_type and event_type.upper() not in load_ontology().types:
        raise typer.BadParameter("not a PLOVER event type", param_hint="--type")
    bounds = {"--from": _iso_option(date_from, "--from"), "--to": _iso_option(date_to, "--to")}
    try:
        with open_store(db, read_only=True) as store:
            rows = store.counts(
                by, level, source, target, event_type, bounds["--from"], bounds["--to"]
            )
    except DyadError as exc:
        err.print(f"[red]error[/]: {exc}", highlight=False)
        raise typer.Exit(2) from None
    if format == "json":
        for row in rows:
            typer.echo(json.dumps(asdict(row), ensure_ascii=False))
    elif format == "csv":
        fields = list(asdict(rows[0])) if rows else ["period"]
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(asdict(row) for row in rows)
    else:
        from rich.markup import escape

        table = Table(title=f"{by} x dyad x type: mentions and deduplicated events")
        for col in ("period", "source", "target", "type", "mentions", "events", "goldstein"):
            table.add_column(col, justify="right" if col in ("mentions", "events") else "left")
        for r in rows:
            table.add_row(
                r.period,
                escape(r.source),
                escape(r.target or "-"),
                r.event_type,
                str(r.mentions),
                str(r.events),
                f"{r.goldstein:+.1f}",
            )
        Console().print(table)


if __name__ == "__main__":  # pragma: no cover
    app()
