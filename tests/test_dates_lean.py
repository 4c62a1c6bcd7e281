"""The tense lean of a weekday or yearless date comes from the clause that governs it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

LEANS = [
    ("The meeting is scheduled for Friday.", "Friday", "future"),
    ("He plans to leave on Thursday.", "Thursday", "future"),
    ("The talks are set to resume on Friday.", "Friday", "future"),
    # a scheduling verb in the past does not point ahead
    ("On Friday, the government planned to pay the first claims.", "Friday", "past"),
    ("It had been due to expire Friday evening.", "Friday evening", "none"),
    ("Its record high was set on Aug. 6.", "Aug. 6", "past"),
    # "from" alone is no future signal
    ("It bought 100,000 shares from Aug. 26 to Oct. 20.", "Aug. 26", "past"),
]


@pytest.mark.parametrize(("text", "span", "lean"), LEANS, ids=[r[0] for r in LEANS])
def test_lean_follows_the_governing_verb(nlp, text, span, lean):
    doc = nlp(text)
    found = {s.text: s.kb_id_ for s in doc.spans["bx_dates"]}
    assert found[span] == lean
