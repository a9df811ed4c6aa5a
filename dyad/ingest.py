"""Reading documents: plain text, HTML pages, JSON Lines and folders of them.

Every failure is an ``InputError`` naming the file (and line); callers report it and go on with the
other documents, so one bad file never loses the rest.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from .dates import parse_iso_date
from .errors import DateError, InputError
from .records import Document

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 50_000_000  # a single document larger than this is refused, not half-read


def decode(data: bytes, where: str) -> str:
    """Bytes -> text: UTF-8 (with or without BOM), else the encoding charset-normalizer finds."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{where}: looks like a binary file, not a document")
    for encoding in ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{where}: cannot tell the text encoding (not UTF-8)")
    return str(best)


def clean_text(text: str, where: str) -> str:
    """Normalise newlines and Unicode (NFC); refuse empty or binary-looking text."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError(f"{where}: the document is empty")
    controls = sum(1 for c in text[:20000] if unicodedata.category(c) == "Cc" and c not in "\n\t")
    if controls > 0.01 * min(len(text), 20000):
        raise InputError(f"{where}: the document is mostly control characters (binary?)")
    return text


def html_document(
    html: str,
    doc_id: str,
    date: str | None = None,
    url: str | None = None,
    source: str | None = None,
    default_date: str | None = None,
) -> Document:
    """Main text, title, byline and date of a news page; page chrome left out (trafilatura).

    The date is ``date`` if given, else the page's own (its metadata, or its text as trafilatura
    reads it), else ``default_date``: a default never overrides a date the page states.
    """
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if extracted is None or not (extracted.text or "").strip():
        raise InputError(f"{doc_id}: no article text found in the HTML page")
    page_date = extracted.date if extracted.date and extracted.date[:4].isdigit() else None
    text = clean_text(extracted.text, doc_id)
    return Document(
        id=doc_id,
        text=text,
        date=date or _iso(page_date) or default_date,
        title=extracted.title,
        url=url or extracted.url,
        source=source or extracted.sitename,
        author=extracted.author or html_byline(html),
    )


_NAME = r"[A-Z][\w'’.-]+(?:[ \t]+(?:[A-Z][\w'’.-]+|de|da|van|von|bin|al|el|le|la))*"
_BYLINE = re.compile(
    rf"(?:^|[|•·–—]\s*)(?:By|BY|Written by|Words by)[ \t]+({_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_NAME})*)"
)


def byline(line: str) -> str | None:
    """The author(s) a byline names ("By Claire Dubois", "Published 29 June | By A and B")."""
    match = _BYLINE.search(line.strip())
    if match is None:
        return None
    names = re.split(r",[ \t]*|[ \t]+and[ \t]+", match.group(1))
    return "; ".join(n.strip() for n in names if n.strip()) or None


def html_byline(html: str) -> str | None:
    """A byline in the page's text blocks, for pages whose metadata names no author."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except (ValueError, etree.ParserError):
        return None
    for element in root.iter("p", "div", "span", "address", "li"):
        text = " ".join(element.text_content().split())
        if 0 < len(text) <= 120 and (found := byline(text)):
            return found
    return None


def text_byline(text: str) -> str | None:
    """The byline of a plain-text article: a "By ..." line among its first lines."""
    for line in text.splitlines()[:6]:
        if len(line) <= 120 and (found := byline(line)):
            return found
    return None


def dateline_date(text: str) -> str | None:
    """The publication date a byline or dateline states near the top ("PRISTINA, Sept. 25, 2023")."""
    from .dates import resolve_expression

    head = text[:600]
    for match in _FULL_DATE.finditer(head):
        resolved = resolve_expression(match.group(0), None)
        if resolved and len(resolved[0]) == 10:
            return resolved[0]
    return None


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_FULL_DATE = re.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\b")


def _iso(value: str | None) -> str | None:
    try:
        return parse_iso_date(value)
    except DateError:
        return None


def read_path(path: Path, default_date: str | None = None) -> Iterator[Document | InputError]:
    """Yield the documents in a file or (recursively) a folder; errors are yielded, not raised."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                yield from read_path(child, default_date)
        return
    if not path.exists():
        yield InputError(f"{path}: no such file or folder")
        return
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"{path}: larger than {MAX_BYTES // 1_000_000} MB; split it first")
        data = path.read_bytes()
        if path.suffix.lower() in JSONL_SUFFIXES:
            yield from _jsonl(decode(data, str(path)), path, default_date)
            return
        text = decode(data, str(path))
        if path.suffix.lower() in HTML_SUFFIXES or text.lstrip()[:15].lower().startswith(
            ("<!doctype html", "<html")
        ):
            yield html_document(text, path.stem, default_date=default_date)
        else:
            text = clean_text(text, str(path))
            yield Document(
                id=path.stem,
                text=text,
                date=default_date or dateline_date(text),
                author=text_byline(text),
            )
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"{path}: {exc.strerror or exc}")


def _jsonl(text: str, path: Path, default_date: str | None) -> Iterator[Document | InputError]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            yield document_from_record(
                json.loads(line), f"{path.stem}-{lineno}", default_date, where
            )
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: not valid JSON ({exc.msg})")
        except InputError as exc:
            yield exc


def document_from_record(
    record: object, fallback_id: str, default_date: str | None, where: str
) -> Document:
    """A JSON/YAML record {"id", "text" or "html", "date"?, "title"?, "url"?, "source"?, "author"?}."""
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object")
    doc_id = str(record.get("id") or fallback_id)
    try:
        date = parse_iso_date(record.get("date"))
    except DateError as exc:
        raise InputError(f"{where}: {exc}") from None
    extra = {k: record.get(k) for k in ("title", "url", "source", "author")}
    if isinstance(record.get("text"), str):
        return Document(
            id=doc_id, text=clean_text(record["text"], where), date=date or default_date, **extra
        )
    if isinstance(record.get("html"), str):
        doc = html_document(
            record["html"],
            doc_id,
            date=date,
            url=extra["url"],
            source=extra["source"],
            default_date=default_date,
        )
        given = {k: v for k, v in extra.items() if k in ("title", "author") and v}
        return Document(**{**doc.__dict__, **given}) if given else doc
    raise InputError(f"{where}: a document needs a 'text' or 'html' string")


def read_paths(
    paths: list[Path], default_date: str | None = None
) -> Iterator[Document | InputError]:
    """Documents (or InputErrors) from each path in turn."""
    for path in paths:
        yield from read_path(Path(path), default_date)
