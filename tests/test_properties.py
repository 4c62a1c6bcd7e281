"""Any text gives a schema-valid sheet whose evidence slices the text exactly, every time."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bagouz_extract.api import extract_text
from bagouz_extract.fuzzing import FRAGMENTS, hostile_text
from bagouz_extract.validate import sheet_problems

news_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=30).map(" ".join)
any_text = st.one_of(st.text(max_size=400), news_like)
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=any_text, published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_rules_only_pipeline_gives_valid_sheets_for_any_text(blank_nlp, text, published):
    sheet = extract_text(text, source_id="prop", published=published, nlp=blank_nlp)
    assert sheet_problems(sheet, text) == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text)
def test_full_pipeline_gives_valid_sheets_for_any_text(nlp, text):
    sheet = extract_text(text, source_id="prop", published="2019-02-20", nlp=nlp)
    assert sheet_problems(sheet, text) == []


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_output_is_byte_identical_across_runs(nlp, seed):
    text = hostile_text(random.Random(seed))
    first = extract_text(text, source_id="p", published="2019-03-01", nlp=nlp).to_json()
    assert extract_text(text, source_id="p", published="2019-03-01", nlp=nlp).to_json() == first
