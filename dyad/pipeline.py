"""Documents in, events out: the orchestration behind ``dyad.code`` and ``dyad.code_documents``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc

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


@dataclass
class CodedDocument:
    """A document with its events and its sentences (stripped character spans, in order).

    ``error`` says why the coder failed on this document; its events are then empty.
    """

    document: Document
    events: list[Event] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    error: str | None = None


def code_documents(
    documents: Iterable[Document],
    batch_size: int = 16,
    actor_files: tuple[str, ...] = (),
    workers: int = 1,
    scheduler: str | None = None,
) -> Iterator[tuple[Document, list[Event]]]:
    """Code documents in order, yielding each with its events (negated ones included, marked).

    ``workers`` > 1 codes batches in that many local processes; ``scheduler`` (a Dask scheduler
    address) codes them on a Dask cluster. Either way the documents come back in input order.
    """
    if workers > 1 or scheduler:
        from .parallel import code_parallel

        for coded in code_parallel(
            documents, workers=workers, scheduler=scheduler, actor_files=actor_files
        ):
            if coded.error is not None:
                raise RuntimeError(f"{coded.document.id}: {coded.error}")
            yield coded.document, coded.events
        return
    for coded in _code(documents, batch_size, actor_files):
        yield coded.document, coded.events


def code_batch(
    documents: list[Document], actor_files: tuple[str, ...] = (), batch_size: int = 16
) -> list[CodedDocument]:
    """Code a batch in this process; a document the coder fails on carries its error instead.

    The unit of work of ``dyad.parallel``: one failing document never loses the others.
    """
    try:
        return list(_code(documents, batch_size, actor_files))
    except Exception:  # a coder bug on one document: find it, keep the others
        coded = []
        for document in documents:
            try:
                coded.extend(_code([document], batch_size, actor_files))
            except Exception as exc:
                coded.append(CodedDocument(document, error=f"{type(exc).__name__}: {exc}"))
        return coded


def _code(
    documents: Iterable[Document], batch_size: int, actor_files: tuple[str, ...]
) -> Iterator[CodedDocument]:
    nlp = load_nlp()
    coder = get_coder(actor_files)
    pending: list[tuple[Document, list[tuple[int, str]]]] = []

    def flush() -> Iterator[CodedDocument]:
        texts = [chunk for _, chunks in pending for _, chunk in chunks]
        docs = iter(nlp.pipe(texts, batch_size=batch_size))
        for document, chunks in pending:
            coded = CodedDocument(document)
            for offset, _ in chunks:
                doc = next(docs)
                coded.sentences.extend(_sentence_spans(doc, offset))
                coded.events.extend(_shift(coder.code_doc(doc, document), offset))
            yield coded
        pending.clear()

    for document in documents:
        pending.append((document, list(_chunks(document.text))))
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


def _sentence_spans(doc: Doc, offset: int) -> Iterator[tuple[int, int]]:
    """Each sentence's span without surrounding whitespace, as events' spans are measured."""
    for sent in doc.sents:
        text = sent.text
        stripped = text.strip()
        if stripped:
            start = offset + sent.start_char + (len(text) - len(text.lstrip()))
            yield start, start + len(stripped)


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
