"""Relative and calendar expressions resolved against the anchor (normalizer only, no model)."""

from __future__ import annotations

from datetime import date

import pytest

from bagouz_extract.normalizers.dates import normalize

MAR22 = date(1998, 3, 22)  # a Sunday

READINGS = [
    # text, anchor, value, type, mod
    ("a couple of years", None, "P2Y", "DURATION", None),
    ("each July", MAR22, "XXXX-07", "SET", None),
    ("every decade", MAR22, "P10Y", "SET", None),
    ("a week or so ago", MAR22, "1998-W11", "DATE", None),
    ("the last half of 1989", None, "1989-H2", "DATE", None),
    ("the latter half of 1989", None, "1989-H2", "DATE", None),
    ("late yesterday", MAR22, "1998-03-21", "DATE", "END"),
    ("noon Thursday", MAR22, "1998-03-19T12:00", "TIME", None),
    ("Friday at midnight", MAR22, "1998-03-20T24:00", "TIME", None),
    ("noon Thursday", None, "XXXX-XX-XXT12:00", "TIME", None),
]


@pytest.mark.parametrize(("text", "anchor", "value", "type_", "mod"), READINGS,
                         ids=[f"{r[0]}@{r[1]}" for r in READINGS])
def test_expression_reads_as_timeml_value(text, anchor, value, type_, mod):
    timex = normalize(text, anchor)
    assert timex is not None
    assert (timex.value, timex.type, timex.mod) == (value, type_, mod)
