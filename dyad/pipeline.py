"""Documents in, events out: the orchestration behind ``dyad.code`` and ``dyad.code_documents``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from .coder import Coder
from .dates import parse_iso_date
from .ingest import clean_text
from .lexicon import load_lexicon
from .nlp import load_nlp
from .ontology import load_ontology
from .patterns import load_patterns
from .places import load_gazetteer
from .records import Document, Event

CHUNK_CHARS = (
    100_000  # spaCy's parser is memory-hungry on huge texts: code them in paragraph chunks
)


@cache
def get_coder(actor_files: tuple[str, ...] = ()) -> Coder:
    """The coder with the packaged dictionaries (plus user actor files), built once per process."""
    return Coder(load_ontology(), load_patterns(), load_lexicon(actor_files), load_gazetteer())


def code(text: str, date: str | None = None, doc_id: str = "doc") -> list[Event]:
    """Code one text; ``date`` (YYYY-MM-DD) is its publication date."""
    document = Document(id=doc_id, text=clean_text(text, doc_id), date=parse_iso_date(date))
    return next(code_documents([document]))[1]


def code_documents(
    documents: Iterable[Document], batch_size: int = 16, actor_files: tuple[str, ...] = ()
) -> Iterator[tuple[Document, list[Event]]]:
    """Code documents in order, yielding each with its events (negated ones included, marked)."""
    nlp = load_nlp()
    coder = get_coder(actor_files)
    pending: list[tuple[Document, list[tuple[int, str]]]] = []

    def flush() -> Iterator[tuple[Document, list[Event]]]:
        texts = [chunk for _, chunks in pending for _, chunk in chunks]
        docs = iter(nlp.pipe(texts, batch_size=batch_size))
        for document, chunks in pending:
            events: list[Event] = []
            for offset, _ in chunks:
                events.extend(_shift(coder.code_doc(next(docs), document), offset))
            yield document, events
        pending.clear()

    for document in documents:
        pending.append((document, list(_chunks(document.text))))
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Split a huge text at paragraph breaks into pieces spaCy handles; small texts stay whole."""
    if len(text) <= CHUNK_CHARS:
        yield 0, text
        return
    start = 0
    while start < len(text):
        end = min(start + CHUNK_CHARS, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + CHUNK_CHARS // 2, end)
            if cut == -1:
                cut = text.rfind(". ", start + CHUNK_CHARS // 2, end)
            end = cut + 1 if cut != -1 else end
        yield start, text[start:end]
        start = end


def _shift(events: list[Event], offset: int) -> list[Event]:
    """Spans of a chunk's events, made relative to the whole document."""
    if offset:
        for e in events:
            e.span = (e.span[0] + offset, e.span[1] + offset)
            if e.trigger_span:
                e.trigger_span = (e.trigger_span[0] + offset, e.trigger_span[1] + offset)
    return events
