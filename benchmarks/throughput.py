"""Throughput: bare spaCy parsing vs `dyad code` on the same texts, in the same run.

Prints sentences/s for both and their ratio (goal >= 0.85). Usage:
    .venv/bin/python benchmarks/throughput.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def corpus(repeat: int) -> list[tuple[str, str | None]]:
    """The gold articles (text, publication date), repeated to make the run long enough to time."""
    docs = []
    for path in sorted((ROOT / "tests" / "data" / "gold").glob("*.yaml")):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        docs.append((record["text"], str(record.get("date")) if record.get("date") else None))
    return docs * repeat


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.machine()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=2, help="copies of the gold articles")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds (median reported)")
    args = parser.parse_args()

    import spacy

    from dyad.nlp import MODEL, load_nlp
    from dyad.pipeline import code_documents, get_coder
    from dyad.records import Document

    nlp = spacy.load(MODEL)  # the model alone, without dyad's components
    load_nlp()
    get_coder()
    docs = corpus(args.repeat)
    texts = [t for t, _ in docs]
    list(nlp.pipe(texts[:3]))  # warm up both pipelines (model caches, dateparser's first call)
    list(code_documents([Document(id="w", text=t, date=d) for t, d in docs[:3]]))

    documents = [Document(id=f"d{i}", text=t, date=d) for i, (t, d) in enumerate(docs)]
    sentences = sum(len(list(d.sents)) for d in nlp.pipe(texts, batch_size=16))
    bare_runs, full_runs = [], []
    events = 0
    for _ in range(args.rounds):  # interleaved rounds, so drift in machine speed hits both alike
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=16):
            pass
        bare_runs.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        events = sum(len(evs) for _, evs in code_documents(documents, batch_size=16))
        full_runs.append(time.perf_counter() - t0)
    bare, full = statistics.median(bare_runs), statistics.median(full_runs)

    words = sum(len(t.split()) for t in texts)
    print(f"machine: {_cpu()}, {os.cpu_count()} cores, python {platform.python_version()}")
    print(f"corpus: {len(texts)} documents, {sentences} sentences, {words} words")
    print(f"rounds: {args.rounds} (median); sentences counted by the bare pipeline")
    print(f"bare spaCy parse : {sentences / bare:8.1f} sentences/s ({bare:.2f} s)")
    print(f"dyad code        : {sentences / full:8.1f} sentences/s ({full:.2f} s), {events} events")
    print(f"ratio dyad/bare  : {bare / full:8.3f} (goal >= 0.85)")


if __name__ == "__main__":
    main()
