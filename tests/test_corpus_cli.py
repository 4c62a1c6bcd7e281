"""--corpus, --report and --geojson on a real run: files written, stdout unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from bagouz_extract.cli import app
from bagouz_extract.corpus.schema import corpus_schema_text

ARTICLES = {
    "one.txt": "Since Sunday, more than 7,000 people have left Baghuz, the SDF said.\n",
    "two.txt": "On March 4, the SDF evacuated 3,000 people from Baghuz <script>x()</script>.\n",
}


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    return articles


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--model", "blank", "--published", "2019-03-08"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_corpus_outputs_are_written_and_stdout_is_unchanged(folder: Path, tmp_path: Path) -> None:
    plain = _run(str(folder))
    corpus, report, geo = tmp_path / "c.json", tmp_path / "r.html", tmp_path / "g.geojson"
    with_outputs = _run(str(folder), "--corpus", str(corpus), "--report", str(report),
                        "--geojson", str(geo))
    assert with_outputs == plain
    table = json.loads(corpus.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(json.loads(corpus_schema_text())).validate(table)
    assert [s["id"] for s in table["sources"]] == ["one", "two"]
    assert json.loads(geo.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    html = report.read_text(encoding="utf-8")
    assert "&lt;script&gt;x()&lt;/script&gt;" in html and html.count("<script") == 1


def test_no_corpus_option_writes_nothing_extra(folder: Path, tmp_path: Path) -> None:
    _run(str(folder), "--out", str(tmp_path / "out"))
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "failures.ndjson", "one.json", "two.json"]


def test_same_file_name_in_two_folders_is_two_sources(tmp_path: Path) -> None:
    root = tmp_path / "articles"
    for folder, text in (("north", ARTICLES["one.txt"]), ("south", ARTICLES["two.txt"])):
        (root / folder).mkdir(parents=True)
        (root / folder / "report.txt").write_text(text, encoding="utf-8")
    corpus, page = tmp_path / "c.json", tmp_path / "r.html"
    _run(str(root), "--corpus", str(corpus), "--report", str(page))
    table = json.loads(corpus.read_text(encoding="utf-8"))
    assert [(s["key"], s["id"]) for s in table["sources"]] == [
        ("north/report.txt", "report"), ("south/report.txt", "report")]
    html = page.read_text(encoding="utf-8")
    assert html.count('<div class="text">') == 2  # each article keeps its own text
    assert "Since Sunday" in html and "On March 4" in html
