"""Reading documents: every format, and bad input that fails clearly without losing the rest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyad.errors import InputError
from dyad.ingest import byline, read_paths

HTML = """<!DOCTYPE html><html><head><title>Ties deepen | Example Daily</title>
<meta property="article:published_time" content="2021-04-20T08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> Enable notifications</nav>
<aside>Must read: Ten things about the weather</aside>
<article><h1>Turkey and Azerbaijan deepen military ties</h1>
<p>Turkey and Azerbaijan held joint military exercises near Baku on Monday, the Turkish defence
ministry said in a statement published on its website.</p>
<p>The drills involved about 3,000 troops and dozens of armoured vehicles, according to the
ministry, which did not say how long they would last.</p></article>
<footer>Share this article. Copyright Example Daily. About the author: Jane Doe writes on the Caucasus.</footer>
</body></html>"""


def _read(paths, date=None):
    items = list(read_paths(paths, date))
    return [i for i in items if not isinstance(i, InputError)], [
        i for i in items if isinstance(i, InputError)
    ]


def test_text_file_id_is_its_stem_and_date_comes_from_option(tmp_path):
    (tmp_path / "seed-000.txt").write_text("Egypt condemned the attack.", encoding="utf-8")
    docs, errors = _read([tmp_path / "seed-000.txt"], "2021-04-20")
    assert not errors and docs[0].id == "seed-000" and docs[0].date == "2021-04-20"


def test_html_page_keeps_article_and_drops_chrome(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    (doc,), _ = _read([tmp_path / "page.html"])
    assert "joint military exercises" in doc.text
    assert "Enable notifications" not in doc.text and "Must read" not in doc.text
    assert doc.date == "2021-04-20"
    assert doc.title and "Turkey and Azerbaijan" in doc.title


def test_jsonl_records_and_their_own_dates(tmp_path):
    lines = [
        {"id": "a", "text": "Iran condemned the strike.", "date": "2020-01-03"},
        {"text": "Chile recalled its ambassador."},
    ]
    (tmp_path / "wire.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    docs, errors = _read([tmp_path / "wire.jsonl"], "2021-04-20")
    assert [(d.id, d.date) for d in docs] == [("a", "2020-01-03"), ("wire-2", "2021-04-20")]
    assert not errors


def test_folder_is_read_recursively(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("Peru protested.", encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text("Chad protested.", encoding="utf-8")
    (tmp_path / "a" / "b" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    docs, errors = _read([tmp_path])
    assert sorted(d.id for d in docs) == ["one", "two"] and not errors


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"   \n\n", "empty"),
        ("binary.txt", b"\x00\x01\x02\x03" * 100, "binary"),
        ("bad.jsonl", b'{"id": "x", "text": "ok"}\n{not json}\n', "not valid JSON"),
        (
            "nodate.jsonl",
            b'{"id": "y", "text": "Peru protested.", "date": "yesterday"}\n',
            "YYYY-MM-DD",
        ),
    ],
)
def test_bad_input_is_a_clear_error_and_the_rest_survives(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text("Egypt condemned the attack.", encoding="utf-8")
    docs, errors = _read([tmp_path / name, tmp_path / "good.txt"])
    assert any(message in str(e) for e in errors), errors
    assert "good" in [d.id for d in docs]


def test_latin1_text_is_decoded(tmp_path):
    text = "Le président français a condamné l'attaque à Bamako, déclarant que la France réagirait."
    (tmp_path / "fr.txt").write_bytes(text.encode("latin-1"))
    (doc,), errors = _read([tmp_path / "fr.txt"])
    assert doc.text == text and not errors


def test_missing_path_is_reported(tmp_path):
    _, errors = _read([tmp_path / "nope.txt"])
    assert "no such file" in str(errors[0])


def test_jsonl_record_may_carry_html(tmp_path):
    record = {"id": "page-1", "html": HTML, "source": "Example Daily"}
    (tmp_path / "pages.jsonl").write_text(json.dumps(record), encoding="utf-8")
    (doc,), errors = _read([tmp_path / "pages.jsonl"])
    assert not errors and doc.id == "page-1" and doc.date == "2021-04-20"
    assert "joint military exercises" in doc.text and "Must read" not in doc.text


# -- pages of our own (tests/data/pages): metadata, bylines, chrome, content hashes ---------------

PAGES = Path(__file__).parent / "data" / "pages"


@pytest.mark.parametrize(
    ("name", "title", "author", "date", "first_words"),
    [
        # metadata in <meta> tags; byline paragraph, share bar and author bio on the page
        ("courier-border", "Kenya and Somalia agree to reopen border", "Amina Yusuf",
         "2022-03-14", "NAIROBI - Kenya and Somalia agreed on Sunday"),
        # no metadata: a rel=author byline and a <time> element
        ("weekly-caspian", "Why the Caspian cable deal matters", "Rustam Aliyev", "2023-08-02",
         "Azerbaijan and Kazakhstan signed an agreement"),
        # nothing but the page text: "Published 29 June 2021 | By Claire Dubois"
        ("sahel-mali", "UN Security Council extends Mali mission", "Claire Dubois", "2021-06-29",
         "The UN Security Council voted on Tuesday"),
    ],
)  # fmt: skip
def test_page_gives_title_author_date_and_main_text(name, title, author, date, first_words):
    (doc,), errors = _read([PAGES / f"{name}.html"])
    assert not errors
    assert (doc.title, doc.author, doc.date) == (title, author, date)
    assert first_words in doc.text


@pytest.mark.parametrize("name", ["courier-border", "weekly-caspian", "sahel-mali"])
@pytest.mark.parametrize(
    "chrome",
    ["Must read", "Latest article", "Enable notifications", "Share", "is the Courier's",
     "is a columnist", "reports on West Africa", "Copyright", "All rights reserved"],
)  # fmt: skip
def test_page_chrome_and_author_bios_are_left_out(name, chrome):
    (doc,), _ = _read([PAGES / f"{name}.html"])
    assert chrome not in doc.text


def test_the_same_article_fetched_twice_has_one_content_hash():
    (first,), _ = _read([PAGES / "courier-border.html"])
    (again,), _ = _read([PAGES / "courier-border-refetch.html"])  # other sidebars, ads, share bar
    assert first.id != again.id and first.content_hash == again.content_hash


def test_a_default_date_never_overrides_the_date_a_page_states():
    (doc,), _ = _read([PAGES / "courier-border.html"], "2000-01-01")
    assert doc.date == "2022-03-14"


def test_a_page_without_a_date_takes_the_default(tmp_path):
    (tmp_path / "undated.html").write_text(
        "<html><head><title>Talks</title></head><body><article><p>Egypt and Sudan held talks on "
        "water sharing in Cairo, the two foreign ministries said in a joint statement.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (doc,), _ = _read([tmp_path / "undated.html"], "2021-04-20")
    assert doc.date == "2021-04-20"


def test_pages_folder_is_read_recursively_with_every_format():
    docs, errors = _read([PAGES])
    assert not errors
    assert {d.id for d in docs} == {
        "courier-border", "courier-border-refetch", "weekly-caspian", "sahel-mali",
        "wire-brief", "wire-egypt", "wire-peru",
    }  # fmt: skip
    by_id = {d.id: d for d in docs}
    assert by_id["wire-brief"].author == "Staff Reporter"  # a byline line in a text file
    assert by_id["wire-egypt"].author == "Nadia Hassan"  # a JSON Lines "author" field
    assert by_id["wire-egypt"].source == "Example Wire"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Claire Dubois", "Claire Dubois"),
        ("Published 29 June 2021 | By Claire Dubois", "Claire Dubois"),
        ("By Amina Yusuf and Omar Farah", "Amina Yusuf; Omar Farah"),
        ("BY Jean-Luc de Villiers", "Jean-Luc de Villiers"),
        ("Bylaws were changed by parliament", None),
        ("The law was passed by Parliament on Monday.", None),
    ],
)
def test_byline_names_the_authors(line, author):
    assert byline(line) == author
