"""Inputs that end in the middle of a number phrase never crash the scanner (found by bench/fuzz.py)."""

from __future__ import annotations

import pytest

from bagouz_extract.normalizers.numbers import scan_quantities


@pytest.mark.parametrize("text",
                         ["600-", "600 to", "between 600 and", "600 or", "2009-2010600-700 ", "more than"],
                         ids=["dash", "to", "between-and", "or", "glued-ranges", "qualifier-only"])
def test_a_text_ending_inside_a_number_phrase_is_scanned_safely(text):
    assert isinstance(list(scan_quantities(text, None, signed=False)), list)
