from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bagouz_extract.loader import SourceError, build_loaded, discover, load_source, mask
from bagouz_extract.loader.pubdate import parse_header_date

ARTICLE = (
    "Rebels retake the northern town\n\n"
    "20-02-2019\nDaily Courier\n-\nTags: Syria rebels\nA+ A-\n"
    "ALEPPO, Syria — Rebels said on Monday they had retaken the town after a week of fighting "
    "in which dozens of people were killed, according to a monitoring group.\n\n"
    "Reporting by Jane Doe in Beirut, editing by John Roe\n\n"
    + "Residents said the fighting had stopped late on Sunday and shops were reopening.\n" * 6
    + "\nComments\n\nWe welcome comments.\n"
)


def test_header_gives_title_date_outlet_and_byline():
    loaded = build_loaded(ARTICLE, source_id="a", path="a.txt")
    source = loaded.source
    assert source.title == "Rebels retake the northern town"
    assert (source.published, source.published_basis) == ("2019-02-20", "text")
    assert source.outlet == "Daily Courier"
    assert source.byline == ["Jane Doe", "John Roe"]
    kinds = [span.kind for span in source.boilerplate]
    assert kinds == ["dateline", "metadata", "separator", "tags", "widget", "byline", "comments"]


def test_masked_text_keeps_every_offset():
    loaded = build_loaded(ARTICLE, source_id="a", path="a.txt")
    assert len(loaded.nlp_text) == len(loaded.text)
    for span in loaded.source.boilerplate:
        assert loaded.nlp_text[span.start:span.end].strip() == ""
    assert "Rebels said on Monday" in loaded.nlp_text


def test_mask_keeps_line_breaks_and_blanks_nul():
    from bagouz_extract.models import RemovedSpan

    assert mask("ab\r\ncd\x00e", [RemovedSpan(start=0, end=5, kind="x")]) == "  \r\n d e"


@pytest.mark.parametrize(
    ("line", "iso", "ambiguous"),
    [
        ("20-02-2019", "2019-02-20", False),
        ("05/03/2019", "2019-03-05", True),
        ("2019-03-05", "2019-03-05", False),
        ("Published March 5, 2019", "2019-03-05", False),
        ("Updated: 5 March 2019 14:02 GMT", "2019-03-05", False),
        ("Tuesday, March 5, 2019", "2019-03-05", False),
    ],
    ids=["dmy-dash", "dmy-ambiguous", "iso", "published-prefix", "updated-with-time", "weekday"],
)
def test_header_dates_parse(line, iso, ambiguous):
    found = parse_header_date(line)
    assert found is not None and (found.iso, found.ambiguous) == (iso, ambiguous)


@pytest.mark.parametrize(
    "line",
    ["March 5", "On March 5, 2019, the army advanced into the town.", "Since 2014", "99-99-2019"],
    ids=["no-year", "sentence", "bare-year", "impossible"],
)
def test_non_header_lines_give_no_date(line):
    assert parse_header_date(line) is None


def test_option_date_is_used_when_text_and_sidecar_give_none():
    loaded = build_loaded("Fighting went on in the town. " * 5, source_id="b", path="b.txt",
                          published=date(2019, 3, 1))
    assert (loaded.source.published, loaded.source.published_basis) == ("2019-03-01", "option")


def test_sidecar_metadata_is_read(tmp_path: Path):
    article = tmp_path / "story.txt"
    article.write_text("Fighting went on in the town for a third day. " * 5, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(json.dumps(
        {"title": "T", "outlet": "Wire", "byline": "A. Writer", "published": "2019-03-02"}))
    source = load_source(article, tmp_path).source
    assert (source.title, source.outlet, source.byline) == ("T", "Wire", ["A. Writer"])
    assert (source.published, source.published_basis) == ("2019-03-02", "metadata")


def test_bad_sidecar_is_a_clear_error(tmp_path: Path):
    article = tmp_path / "story.txt"
    article.write_text("Some text about a town. " * 5, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text("{not json")
    with pytest.raises(SourceError, match=r"story\.meta\.json"):
        load_source(article, tmp_path)


def test_discover_is_recursive_sorted_and_skips_sidecars(tmp_path: Path):
    for name in ["b/2.txt", "a.md", "b/1.html", "c.meta.json", "d.pdf", ".hidden.txt", "b/c/3.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)]
    assert found == ["a.md", "b/1.html", "b/2.txt", "b/c/3.txt"]


def test_discover_survives_symlink_loops(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    assert [p.name for p in discover(tmp_path)] == ["a.txt"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"   \n\t\n", "empty"), (b"%PDF-1.4 binary", "binary")],
    ids=["empty", "whitespace", "pdf"],
)
def test_unusable_files_raise_source_error(tmp_path: Path, content: bytes, reason: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError, match=reason):
        load_source(path)


def test_html_is_read_through_main_text_extraction(tmp_path: Path):
    page = tmp_path / "page.html"
    body = "<p>" + "The army said 300 fighters surrendered in the town of Hajin on Monday. " * 4 + "</p>"
    page.write_text(f"<html><head><title>T</title></head><body><nav>Home | News</nav>"
                    f"<article>{body}</article></body></html>", encoding="utf-8")
    loaded = load_source(page, tmp_path)
    assert loaded.source.offsets_into == "extracted_text"
    assert "300 fighters surrendered" in loaded.text
    assert "<p>" not in loaded.text


def test_a_byline_opening_with_a_capital_by_names_the_writer():
    body = "Troops entered the town on Monday.\n" * 6
    text = "Town retaken\n\nBy Sarah Collins\nBBC News, Baghdad\n\n" + body
    source = build_loaded(text, source_id="a", path="a.txt").source
    assert source.byline == ["Sarah Collins"]
