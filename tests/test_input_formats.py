"""Issue 15: saved news pages, PDFs and RSS/Atom feeds in; unsupported files named; ``--date``.

Fixtures (tests/fixtures/formats/) are invented wire-style articles: a saved page with
navigation, a breaking-news bar, related links and a footer; an RSS 2.0 and an Atom feed.
The PDF is written by tests/pdf_maker.py in the test.
"""
from __future__ import annotations

import builtins
import shutil
from pathlib import Path

import pytest
from pdf_maker import make_pdf
from typer.testing import CliRunner

import newsgraph as ng
from newsgraph.cli import app
from newsgraph.core.errors import InputError, UsageError
from newsgraph.extract.reader import read_file, read_paths

FORMATS = Path(__file__).resolve().parent / "fixtures" / "formats"
runner = CliRunner()

PDF_PAGES = [
    ["Turkey threatens Kurdish militias in Syria", "",
     "ANKARA, May 3, 2019 (Reuters) - Turkey threatened on Friday to attack",
     "Kurdish militias in northern Syria if they did not withdraw from the border."],
    ["Russia urged Turkey to show restraint, the Kremlin said."],
]
UNDATED = ("Egypt hosts talks on Sudan\n\nEgypt hosted Sudanese army leaders in Cairo for talks on a ceasefire.\n\n"
           "The United States urged the warring sides to return to negotiations.\n")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("formats") / "in"
    shutil.copytree(FORMATS, folder)
    make_pdf(folder / "ankara_brief.pdf", PDF_PAGES, title="Ankara briefing")
    (folder / "undated.txt").write_text(UNDATED, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def graph(inputs: Path) -> ng.KnowledgeGraph:
    report = ng.BuildReport()
    kg = ng.build([inputs], report=report, date="2024-01-05")
    assert report.skipped == [] and report.articles == 6
    return kg


def _edges(kg: ng.KnowledgeGraph) -> set[tuple[str, str, str, str]]:
    rows = kg.query("MATCH (a)-[r]->(b) RETURN a.name AS a, type(r) AS t, b.name AS b, r.first_seen AS d")
    return {(r["a"], r["t"], r["b"], r["d"]) for r in rows}


def _aligned(article: ng.Article, triple: ng.Triple) -> None:
    """Offsets are into the text the reader extracted: the article body locates the sentence."""
    assert article.body[triple.char_start - article.start:triple.char_end - article.start] == triple.sentence


# --- HTML -----------------------------------------------------------------------------------

def test_html_page_main_text_and_metadata_without_navigation() -> None:
    (article,) = read_file(FORMATS / "gulf_page.html")
    assert (article.title, article.date, article.byline, article.outlet, article.url, article.format) == (
        "Saudi Arabia accuses Iran of arming Houthis", "2023-03-14", "Layla Haddad", "The Gulf Ledger",
        "https://gulfledger.example/world/saudi-iran-houthis", "html")
    assert article.body.startswith("Saudi Arabia accuses Iran of arming Houthis\n\nSaudi Arabia on Tuesday")
    for boilerplate in ("Subscribe", "Breaking", "Most read", "Copyright", "newsletter", "Privacy", "analytics"):
        assert boilerplate not in article.body


def test_html_page_builds_dated_edges(graph: ng.KnowledgeGraph) -> None:
    edges = _edges(graph)
    assert ("Saudi Arabia", "CRITICIZES", "Iran", "2023-03-14") in edges
    assert ("Houthis", "ATTACKS", "Jizan", "2023-03-14") in edges
    assert ("Iran", "PROVIDES_AID", "Houthis", "2023-03-14") in edges


def test_html_offsets_point_into_the_extracted_text() -> None:
    (article, triples), = ng.extract_paths([FORMATS / "gulf_page.html"])
    assert triples and all(t.source.endswith("gulf_page.html") for t in triples)
    for t in triples:
        _aligned(article, t)


def test_text_that_is_html_is_read_as_a_page(tmp_path: Path) -> None:
    page = tmp_path / "saved.txt"
    shutil.copy(FORMATS / "gulf_page.html", page)
    (article,) = read_file(page)
    assert article.format == "html" and "<p>" not in article.body


# --- PDF ------------------------------------------------------------------------------------

def test_pdf_text_pages_and_offsets(inputs: Path) -> None:
    (article, triples), = ng.extract_paths([inputs / "ankara_brief.pdf"])
    assert article.format == "pdf" and article.title == "Turkey threatens Kurdish militias in Syria"
    assert article.date == "2019-05-03" and "\f" in article.body  # the page break is kept
    assert "Td" not in article.body and "Tj" not in article.body  # the text drawn, not the drawing operators
    for t in triples:
        _aligned(article, t)


def test_pdf_builds_dated_edges(graph: ng.KnowledgeGraph) -> None:
    edges = _edges(graph)
    assert ("Turkey", "THREATENS", "Kurdish militias", "2019-05-03") in edges
    assert ("Russia", "APPEALS_TO", "Turkey", "2019-05-03") in edges  # on the second page


def test_pdf_under_a_text_name_is_read_as_pdf(tmp_path: Path, inputs: Path) -> None:
    shutil.copy(inputs / "ankara_brief.pdf", tmp_path / "brief.txt")
    (article,) = read_file(tmp_path / "brief.txt")
    assert article.format == "pdf" and "Turkey threatened" in article.body


def test_pdf_without_pypdf_is_named_with_a_hint(monkeypatch: pytest.MonkeyPatch, inputs: Path) -> None:
    real_import = builtins.__import__

    def no_pypdf(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("pypdf"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pypdf)
    with pytest.raises(InputError, match=r"ankara_brief\.pdf: a PDF, and pypdf is not installed.*pip install pypdf"):
        list(read_file(inputs / "ankara_brief.pdf"))


def test_pdf_without_text_asks_for_ocr(tmp_path: Path) -> None:
    make_pdf(tmp_path / "scan.pdf", [[]])
    with pytest.raises(InputError, match=r"scan\.pdf: the PDF holds no text \(a scan\?\); run OCR"):
        list(read_file(tmp_path / "scan.pdf"))


# --- feeds ----------------------------------------------------------------------------------

def test_rss_entries_are_articles_with_their_line() -> None:
    articles = list(read_file(FORMATS / "sahel_wire.rss"))
    assert [(a.source.rsplit("/", 1)[-1], a.title, a.date, a.outlet, a.format) for a in articles] == [
        ("sahel_wire.rss:7", "France condemns attack on Malian army base", "2022-02-10", "Sahel Wire", "feed"),
        ("sahel_wire.rss:14", "Niger and Chad sign border security pact", "2022-02-11", "Sahel Wire", "feed"),
    ]
    assert articles[0].url == "https://sahelwire.example/2022/02/10/france-mali"
    assert "<p>" not in articles[0].body and "\n\nIslamic State fighters attacked" in articles[0].body
    lines = (FORMATS / "sahel_wire.rss").read_text("utf-8").splitlines()
    assert lines[6].strip() == "<item>" and lines[13].strip() == "<item>"


def test_atom_entry_html_content_to_text() -> None:
    (article,) = read_file(FORMATS / "baltic_desk.atom")
    assert (article.title, article.date, article.byline, article.format) == (
        "Lithuania urges NATO to send more troops", "2021-06-08", "Desk editor", "feed")
    assert "&lt;" not in article.body and "<p>" not in article.body


def test_feeds_build_dated_edges(graph: ng.KnowledgeGraph) -> None:
    edges = _edges(graph)
    assert ("France", "CRITICIZES", "Islamic State", "2022-02-10") in edges
    assert ("Niger", "COOPERATES_WITH", "Chad", "2022-02-11") in edges
    assert ("Lithuania", "APPEALS_TO", "NATO", "2021-06-08") in edges
    assert ("Russia", "CRITICIZES", "NATO", "2021-06-08") in edges


def test_xml_that_is_no_feed_is_reported(tmp_path: Path) -> None:
    (tmp_path / "data.xml").write_text('<?xml version="1.0"?><catalog><book>x</book></catalog>', encoding="utf-8")
    with pytest.raises(InputError, match=r"data\.xml: XML, but not an RSS or Atom feed"):
        list(read_file(tmp_path / "data.xml"))


# --- --date ---------------------------------------------------------------------------------

def test_date_dates_only_undated_articles(graph: ng.KnowledgeGraph) -> None:
    edges = _edges(graph)
    assert ("Egypt", "MEETS", "Sudan", "2024-01-05") in edges  # the undated text
    assert ("Saudi Arabia", "CRITICIZES", "Iran", "2023-03-14") in edges  # a page keeps its own date


def test_date_on_extract_text_and_paths(inputs: Path) -> None:
    assert {t.date for t in ng.extract_text(UNDATED, date="2024-01-05")} == {"2024-01-05"}
    assert {t.date for t in ng.extract_text(UNDATED)} == {None}
    with pytest.raises(UsageError, match=r"--date '5 Jan': give the date as YYYY-MM-DD"):
        ng.extract_text(UNDATED, date="5 Jan")


def test_cli_extract_date(inputs: Path) -> None:
    res = runner.invoke(app, ["extract", str(inputs / "undated.txt"), "--date", "2024-01-05"])
    assert res.exit_code == 0, res.output
    assert '"date":"2024-01-05"' in res.stdout
    res = runner.invoke(app, ["build", str(inputs / "undated.txt"), "-o", str(inputs.parent / "g.json"), "--date", "2024-13-01"])
    assert res.exit_code == 2 and "--date '2024-13-01': give the date as YYYY-MM-DD" in res.output


# --- unsupported files ----------------------------------------------------------------------

@pytest.mark.parametrize(("name", "data", "what"), [
    ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "an image (PNG)"),
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "an image (JPEG)"),
    ("memo.docx", b"PK\x03\x04\x14\x00\x06\x00", "a zip archive (or an office document, which is one)"),
    ("bundle.zip", b"PK\x03\x04\x14\x00\x00\x00", "a zip archive (or an office document, which is one)"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "an old office document (.doc/.xls)"),
    ("scan.tiff", b"II*\x00\x08\x00\x00\x00", "an image (TIFF)"),
    ("sheet.xlsx", b"\x00\x01\x02\x03", "a spreadsheet"),
])
def test_folder_with_unsupported_file_exits_3_and_names_it(tmp_path: Path, name: str, data: bytes, what: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "undated.txt").write_text(UNDATED, encoding="utf-8")
    (folder / name).write_bytes(data)
    res = runner.invoke(app, ["build", str(folder), "-o", str(tmp_path / "g.json")])
    assert res.exit_code == 3, res.output
    assert f"newsgraph: skipped: {folder / name}: {what}, not news text newsgraph can read; save or convert it" in res.output
    assert "1 articles" in res.output and "1 inputs skipped" in res.output


def test_unsupported_file_named_directly_is_reported(tmp_path: Path) -> None:
    (tmp_path / "photo.gif").write_bytes(b"GIF89a\x01\x00\x01\x00")
    errors: list[InputError] = []
    assert list(read_paths([tmp_path / "photo.gif"], on_error=errors.append)) == []
    assert [str(e) for e in errors] == [(f"{tmp_path / 'photo.gif'}: an image (GIF), not news text newsgraph can read; "
                                         "save or convert it as text (.txt), HTML, PDF or a feed file")]
