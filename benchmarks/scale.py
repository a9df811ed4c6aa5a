"""Corpus scale: dyad vs bare spaCy, 1 vs N local workers, local vs a Dask LocalCluster, memory.

On the synthetic corpus of ``benchmarks/corpus.py`` (default 2,000 short articles), prints:

- sentences/s of bare spaCy parsing and of dyad coding on a sample (both warm, in this process),
  their ratio (goal >= 0.85), and what spaCy's own ``nlp.pipe(n_process=N)`` gains on the parse;
- for `dyad ingest` into a fresh DuckDB store with 1 process, with N local worker processes and on
  a running Dask ``LocalCluster`` of N workers, each route in a fresh process as a user runs it:
  wall seconds end to end (Python start, imports, model and coder loading, coding, storing),
  documents/s and events/s end to end and in the steady state (first committed batch to last),
  and the speed-up over 1 process (goal >= 1.8x for 2 workers on 2 cores);
- the peak resident memory (RSS) of the largest worker process, sampled every 0.1 s (goal <= 1 GiB),
  and of the client process that reads documents and writes the store;
- that every route stored the same events, and the store's size per event.

Usage: .venv/bin/python benchmarks/scale.py [--articles 2000] [--workers 2] [--sample 300]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil

GIB = 1024**3


class PeakMemory:
    """Samples the resident memory of every descendant of this process, in a thread."""

    def __init__(self) -> None:
        self.peak: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            for p in me.children(recursive=True):
                try:
                    rss = p.memory_info().rss
                except psutil.Error:
                    continue
                self.peak[p.pid] = max(self.peak.get(p.pid, 0), rss)
            self._stop.wait(0.1)


def route_main(corpus: Path, db: Path, workers: int, scheduler: str | None) -> None:
    """In a fresh process: ingest the corpus as `dyad ingest` does; print the figures as JSON."""
    from dyad.ingest import read_paths
    from dyad.store import open_store

    marks: list[tuple[float, int, int]] = []

    def mark(report) -> None:
        marks.append((time.perf_counter(), report.documents, report.events))

    with open_store(db) as store:
        report = store.ingest(
            read_paths([corpus]), workers=workers, scheduler=scheduler, on_batch=mark
        )
    (t1, d1, e1), (t2, d2, e2) = marks[0], marks[-1]
    figures = {
        "documents": report.documents,
        "events": report.events,
        "steady_docs_s": (d2 - d1) / (t2 - t1),
        "steady_events_s": (e2 - e1) / (t2 - t1),
    }
    print(json.dumps(figures))


def run_route(
    label: str, corpus: Path, db: Path, workers: int = 1, scheduler: str | None = None
) -> dict:
    """One route in a fresh process; its wall time and the memory of every process it used."""
    command = [sys.executable, __file__, "--route", str(corpus), "--db", str(db)]
    command += ["--workers", str(workers)] + (["--scheduler", scheduler] if scheduler else [])
    with PeakMemory() as memory:
        t0 = time.perf_counter()
        route = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        out, _ = route.communicate()
        wall = time.perf_counter() - t0
    if route.returncode:
        raise SystemExit(f"{label}: exit status {route.returncode}")
    client = memory.peak.pop(route.pid, 0)
    workers_peak = max(memory.peak.values(), default=0) if workers > 1 or scheduler else client
    return {
        "label": label,
        "wall": wall,
        "size": db.stat().st_size,
        "client_rss": client,
        "worker_rss": workers_peak,
        **json.loads(out.strip().splitlines()[-1]),
    }


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def bare_vs_dyad(documents: list, n_process: int) -> None:
    """Bare spaCy parse vs dyad coding on the same documents; spaCy's own multiprocessing."""
    import spacy

    from dyad.nlp import MODEL, load_nlp
    from dyad.pipeline import code_documents, get_coder

    nlp = spacy.load(MODEL)
    load_nlp()
    get_coder()
    texts = [d.text for d in documents]
    list(nlp.pipe(texts[:5]))
    list(code_documents(documents[:5]))
    sentences = sum(len(list(d.sents)) for d in nlp.pipe(texts, batch_size=16))
    bare, full = [], []
    for _ in range(2):  # interleaved rounds, so drift in machine speed hits both alike
        bare.append(timed(lambda: list(nlp.pipe(texts, batch_size=16))))
        full.append(timed(lambda: list(code_documents(documents, batch_size=16))))
    b, f = sum(bare) / 2, sum(full) / 2
    multi = timed(lambda: list(nlp.pipe(texts, batch_size=16, n_process=n_process)))
    print(f"sample: {len(texts)} documents, {sentences} sentences (mean of 2 interleaved rounds)")
    print(f"bare spaCy parse       : {sentences / b:7.1f} sentences/s")
    print(f"dyad code              : {sentences / f:7.1f} sentences/s")
    print(f"ratio dyad/bare        : {b / f:7.3f} (goal >= 0.85)")
    print(
        f"bare spaCy n_process={n_process} : {sentences / multi:7.1f} sentences/s = "
        f"{b / multi:.2f}x one process (its pool start included)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sample", type=int, default=300, help="documents for the bare/dyad ratio")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--route", type=Path, help=argparse.SUPPRESS)  # internal: one route
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--scheduler", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.route:
        route_main(args.route, args.db, args.workers, args.scheduler)
        return

    from corpus import generate  # benchmarks/ is on sys.path: this file is run as a script
    from distributed import LocalCluster

    from dyad.ingest import document_from_record

    records = generate(args.articles, args.seed)
    documents = [document_from_record(r, r["id"], None, r["id"]) for r in records]
    words = sum(len(d.text.split()) for d in documents)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"{psutil.virtual_memory().total / GIB:.1f} GiB, python {platform.python_version()}")  # fmt: skip
    print(f"corpus: {len(documents)} synthetic articles, {words} words (seed {args.seed})\n")
    bare_vs_dyad(documents[: args.sample], args.workers)
    print()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        n = args.workers
        runs = [
            run_route("1 process", corpus, Path(tmp) / "one.duckdb"),
            run_route(f"{n} local workers", corpus, Path(tmp) / "pool.duckdb", workers=n),
        ]
        t0 = time.perf_counter()
        with LocalCluster(
            n_workers=n, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster:
            started = time.perf_counter() - t0
            runs.append(
                run_route(
                    f"LocalCluster {n}",
                    corpus,
                    Path(tmp) / "dask.duckdb",
                    scheduler=cluster.scheduler_address,
                )
            )
        from dyad.store import open_store

        stored = []
        for name in ("one", "pool", "dask"):
            with open_store(Path(tmp) / f"{name}.duckdb", read_only=True) as store:
                stored.append([e.to_json() for e in store.events()])
                clusters = store.count("clusters")
                ((mentions,),) = store.connection.execute(
                    "SELECT count(*) FROM events WHERE NOT negated"
                ).fetchall()

    print(f"{'route':<17} {'wall s':>6} {'docs/s':>7} {'events/s':>8} {'steady docs/s':>13}"
          f" {'events/s':>8} {'vs 1':>6} {'vs 1 steady':>11} {'worker RSS':>10} {'client RSS':>10}")  # fmt: skip
    one = runs[0]
    for r in runs:
        print(
            f"{r['label']:<17} {r['wall']:6.1f} {r['documents'] / r['wall']:7.1f}"
            f" {r['events'] / r['wall']:8.1f} {r['steady_docs_s']:13.1f}"
            f" {r['steady_events_s']:8.1f} {one['wall'] / r['wall']:5.2f}x"
            f" {r['steady_docs_s'] / one['steady_docs_s']:10.2f}x"
            f" {r['worker_rss'] / GIB:6.2f} GiB {r['client_rss'] / GIB:6.2f} GiB"
        )
    print(f"(wall: Python start to exit, model and coder loading included; the LocalCluster was "
          f"running already: it started in {started:.1f} s; '1 process' codes in the client)")  # fmt: skip
    print(f"same events on every route: {stored[0] == stored[1] == stored[2]} "
          f"({one['events']} events, {one['documents']} documents stored)")  # fmt: skip
    print(f"dedup: {mentions} event mentions (negated left out) in {clusters} clusters")
    print(f"store: {one['size'] / 1e6:.1f} MB for {one['events']} events and their documents, "
          f"{one['size'] / one['events'] / 1e3:.2f} kB per event")  # fmt: skip


if __name__ == "__main__":
    main()
