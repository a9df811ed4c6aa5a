"""Throughput: bare spaCy parsing vs `dyad code` on the same texts, in the same run.

Prints sentences/s for both and their ratio (goal >= 0.85). Usage:
    .venv/bin/python benchmarks/throughput.py [--repeat N]
"""

from __future__ import annotations

import argparse
import platform
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=2)
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

    t0 = time.perf_counter()
    sentences = sum(len(list(d.sents)) for d in nlp.pipe(texts, batch_size=16))
    bare = time.perf_counter() - t0

    documents = [Document(id=f"d{i}", text=t, date=d) for i, (t, d) in enumerate(docs)]
    t0 = time.perf_counter()
    events = sum(len(evs) for _, evs in code_documents(documents, batch_size=16))
    full = time.perf_counter() - t0

    words = sum(len(t.split()) for t in texts)
    print(
        f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}"
    )
    print(f"corpus: {len(texts)} documents, {sentences} sentences, {words} words")
    print(f"bare spaCy parse : {sentences / bare:8.1f} sentences/s ({bare:.2f} s)")
    print(f"dyad code        : {sentences / full:8.1f} sentences/s ({full:.2f} s), {events} events")
    print(f"ratio dyad/bare  : {bare / full:8.3f} (goal >= 0.85)")


if __name__ == "__main__":
    main()
