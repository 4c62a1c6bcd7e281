"""The report page: self-contained, escaped, every fact highlighted and linked."""

from __future__ import annotations

import re

import pytest
from test_corpus_sheets import TEXTS, count, make_sheet, mention, sample_sheets, texts_by_key

from bagouz_extract.models import FactSheet, PlaceFact
from bagouz_extract.report import render_report
from bagouz_extract.report.article import Highlight, render_text

HOSTILE = ('Officials said <script>alert("x")</script> 300 people left <b onmouseover="x()">'
           "Raqqa</b> & <img src=http://evil.example/x.png>.")


def hostile_sheet() -> FactSheet:
    return make_sheet(
        "evil<src>", HOSTILE, "2019-03-09",
        places=[PlaceFact(id="place-raqqa", name='Raqqa"><script>', lat=35.95, lon=39.01,
                          mentions=[mention(HOSTILE, "Raqqa")])],
        counts=[count(HOSTILE, "300 people", low=300, high=300, category="people",
                      event="left")])


@pytest.fixture(scope="module")
def page() -> str:
    return render_report([*sample_sheets(), hostile_sheet()],
                         texts_by_key({**TEXTS, "evil<src>": HOSTILE}))


def test_article_markup_shows_as_text_and_runs_nothing(page: str) -> None:
    assert page.count("<script") == 1  # only the page's own script
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "<b onmouseover" not in page and "<img" not in page
    assert 'Raqqa&quot;&gt;&lt;script&gt;' in page


def test_page_fetches_nothing(page: str) -> None:
    assert "default-src 'none'" in page
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert "@import" not in page and "url(" not in page


def test_every_highlight_has_an_evidence_anchor_the_fact_list_links_to(page: str) -> None:
    anchors = set(re.findall(r'<span class="anc" id="([^"]+)"', page))
    links = set(re.findall(r'href="#(ev-[^"]+)"', page))
    assert links and links <= anchors


@pytest.mark.parametrize("section", ["claims", "event-dates", "timeline", "map", "articles"])
def test_page_has_every_section(page: str, section: str) -> None:
    assert f'id="{section}"' in page


def test_contested_claims_come_first(page: str) -> None:
    table = page[page.index('class="claims-table'):]
    assert table.index("contested") < table.index("corroborated")


def test_overlapping_spans_both_keep_label_and_anchor() -> None:
    text = "300 people left Raqqa today"
    marks = [Highlight(0, 21, "count", "COUNT: x", "ev-a"), Highlight(16, 21, "place", "P", "ev-b")]
    html = render_text(text, marks, [])
    assert 'id="ev-a"' in html and 'id="ev-b"' in html
    assert html.count('class="lbl') == 2
    assert re.sub(r"<[^>]+>|COUNT|PLACE", "", html) == text


def test_removed_furniture_is_dimmed_not_dropped() -> None:
    html = render_text("Body. Subscribe now!", [], [(6, 20)])
    assert '<span class="furn">Subscribe now!</span>' in html


def test_missing_text_still_lists_facts() -> None:
    html = render_report(sample_sheets()[:1], {})
    assert "Article text not available" in html and "more than 7,000" in html


def test_same_input_gives_the_same_page() -> None:
    texts = texts_by_key()
    assert render_report(sample_sheets(), texts) == render_report(sample_sheets()[::-1], texts)
