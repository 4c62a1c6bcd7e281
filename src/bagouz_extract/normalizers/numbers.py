"""Numbers in running text: digits, words, multipliers, fractions, ranges, qualifiers, vague
amounts.

Pure functions over a string. `scan_numbers` finds bare numbers ("1,234", "two thousand",
"1.5 million"); `scan_quantities` adds what bounds them ("more than", "600 to 700",
"thousands", "a few hundred") and the unit written after them ("meters", "%", "$").
The lexicons live in data/numbers.json and data/quantities.json.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, NamedTuple

from ..resources import DataFileError, load_json, require_keys
from . import units as unit_lex

# Digits with scientific notation, digit clumps with separators, words, single symbols.
_TOKEN_RE = re.compile(
    r"\d+(?:\.\d+)?(?:[x×]10)?\^[+-]*\d+"
    r"|\d+(?:\.\d+)?[eE][+-]?\d+(?![A-Za-z])"
    r"|\d[\d,.]*\d|\d|\.\d+"
    r"|[A-Za-z]+(?:['’][A-Za-z]+)?"
    r"|[½¼¾⅓⅔⅛⅙⅕]"
    r"|>=|<=|[^\s\w]"
)
_UNICODE_FRACTIONS = {
    "½": 0.5,
    "¼": 0.25,
    "¾": 0.75,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "⅛": 0.125,
    "⅙": 1 / 6,
    "⅕": 0.2,
}
_ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
_ORDINAL_WORDS = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
    "thousandth",
    "millionth",
}
_DASHES = {"-", "–", "—", "‐", "‑"}
# "twenty-first(s)": unit ordinals that close a compound denominator after a tens word.
_UNIT_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
}
_POWER_RE = re.compile(r"(\d+(?:\.\d+)?)(x10)?\^([+-]*)(\d+)")
# what may follow "X over Y" / "X out of Y" for it to be a fraction: the end of a clause
_CLAUSE_END = {"", ".", ",", ";", ":", "?", "!", ")"}
_HALF_QUALIFIERS = {"than", "nearly", "almost", "about", "over", "around", "roughly", "some"}
_RANGE_WORDS = {"to", "through", "thru", "~"}


class Tok(NamedTuple):
    """One token of the scanned text (a named tuple: every word of every text makes one)."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class Number:
    """A bare number: tokens [i, j) of the token list, its value and how it was written."""

    i: int
    j: int
    value: float
    kind: str  # digits, words, mixed, fraction, vague
    rule: str
    low: float | None = None  # vague bounds
    high: float | None = None


@dataclass(frozen=True)
class Quantity:
    """A number with its bounds and unit, as offsets into the scanned text."""

    start: int
    end: int
    value_start: int
    value_end: int
    low: float | None
    high: float | None
    qualifier: str
    approximate: bool
    rule: str
    kind: str
    unit: str | None = None  # normalized: m, m2, km2, percent, USD, ...
    unit_text: str | None = None
    unit_name: str | None = None  # the text's own unit ("mile")
    unit_kind: str | None = None  # length, area, percent, money, ...
    raw_low: float | None = None  # bounds in the text's own unit
    raw_high: float | None = None
    strong: bool = False  # "1,000-strong": the number modifies the noun after it


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, tuple[str, float]]
    fractions: dict[str, float]
    suffixes: dict[str, tuple[float, bool]]
    one_before: frozenset[str]
    one_after: frozenset[str]
    before: list[tuple[tuple[str, ...], dict[str, Any]]]
    after: list[tuple[tuple[str, ...], dict[str, Any]]]
    vague: list[tuple[tuple[str, ...], dict[str, Any]]]
    multipliers: list[tuple[tuple[str, ...], dict[str, Any]]]


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.group().lower() for t in _TOKEN_RE.finditer(phrase))


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    nums = load_json("numbers.json")
    quants = load_json("quantities.json")
    words: dict[str, tuple[str, float]] = {}
    fractions: dict[str, float] = {}
    for rec in nums["words"]:
        require_keys(
            rec,
            {"id", "word", "value", "kind", "example", "plural"},
            {"id", "word", "value", "kind", "example"},
            "data/numbers.json",
        )
        if rec["kind"] == "fraction":
            fractions[rec["word"]] = fractions[rec["plural"]] = float(rec["value"])
        else:
            words[rec["word"]] = (rec["kind"], float(rec["value"]))
    suffixes = {}
    for rec in nums["suffixes"]:
        require_keys(
            rec,
            {"id", "suffix", "value", "example", "needs_currency"},
            {"id", "suffix", "value", "example"},
            "data/numbers.json",
        )
        suffixes[rec["suffix"]] = (float(rec["value"]), bool(rec.get("needs_currency")))
    quals = {"id", "phrase", "position", "qualifier", "example", "approximate", "hedged"}
    for rec in quants["qualifiers"]:
        require_keys(
            rec, quals, {"id", "phrase", "position", "qualifier", "example"}, "data/quantities.json"
        )
    vague_keys = {"id", "phrase", "low", "high", "low_basis", "high_basis", "example"}
    for rec in quants["vague"]:
        require_keys(rec, vague_keys, vague_keys, "data/quantities.json")
    for rec in quants["vague_multipliers"]:
        require_keys(
            rec,
            {"id", "phrase", "low", "high", "basis", "example"},
            {"id", "phrase", "low", "high", "basis", "example"},
            "data/quantities.json",
        )

    def by_length(recs: list[dict[str, Any]]) -> list[tuple[tuple[str, ...], dict[str, Any]]]:
        out = [(_phrase_tokens(r["phrase"]), r) for r in recs]
        if any(not toks for toks, _ in out):
            raise DataFileError("data/quantities.json: empty phrase")
        return sorted(out, key=lambda item: -len(item[0]))

    return _Lexicon(
        words=words,
        fractions=fractions,
        suffixes=suffixes,
        one_before=frozenset(nums["pronoun_one_before"]),
        one_after=frozenset(nums["pronoun_one_after"]),
        before=by_length([r for r in quants["qualifiers"] if r["position"] == "before"]),
        after=by_length([r for r in quants["qualifiers"] if r["position"] == "after"]),
        vague=by_length(quants["vague"]),
        multipliers=by_length(quants["vague_multipliers"]),
    )


# ---------------------------------------------------------------- tokens and digits


def tokenize(text: str) -> list[Tok]:
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


_DOT_THOUSANDS = re.compile(
    r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.])|(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d)"
)
# Every match of _DOT_THOUSANDS holds a digit, a dot and three digits; this test skips to
# digits fast (a leading lookbehind makes the full pattern try every position of the text).
_DOT_GROUP = re.compile(r"\d\.\d\d\d")


def detect_convention(text: str) -> str:
    """'dot' when the text writes thousands with dots ("1.234.567", "3.000,5"), else 'comma'."""
    if _DOT_GROUP.search(text) and _DOT_THOUSANDS.search(text):
        return "dot"
    return "comma"


# parse_digits runs for every digit clump: its patterns are compiled once.
_SCIENTIFIC = re.compile(r"\d+(?:\.\d+)?[eE][+-]?\d+")
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:\.\d{3})+,\d{1,2}")
_ONE_DOT_GROUP = re.compile(r"\d{1,3}\.\d{3}")
_PLAIN = re.compile(r"\d+(?:\.\d+)?|\.\d+")
_DIGIT_RUN = re.compile(r"\d+")
_GROUP_SPACE = re.compile(r"[ \u00a0\u202f]")


def parse_digits(clump: str, convention: str = "comma") -> float | None:
    """The value of one digit clump, or None when its separators make no number ("192.168.1.2")."""
    if _SCIENTIFIC.fullmatch(clump):
        return float(clump)
    power = _POWER_RE.fullmatch(clump.replace("×", "x"))
    if power:
        base, ten, signs, exp = power.groups()
        exponent = int(exp) * (-1 if signs.count("-") % 2 else 1)
        value = float(base) * 10.0**exponent if ten else float(base) ** exponent
        return round(value, 12)
    if _COMMA_GROUPS.fullmatch(clump):
        return float(clump.replace(",", ""))
    if _DOT_GROUPS.fullmatch(clump):
        return float(clump.replace(".", "").replace(",", "."))
    if _ONE_DOT_GROUP.fullmatch(clump) and (convention == "dot" or clump.endswith(".000")):
        # "3.000 people": nobody writes three with three decimal zeros; it is 3000.
        return float(clump.replace(".", ""))
    if _PLAIN.fullmatch(clump):
        return float(clump)
    return None


_SPACED_RE = re.compile(
    r"(?<![\d.,])\d{1,3}(?:(?:[\u00a0\u202f]\d{3})+|(?: \d{3}){2,}| 000)(?![\d])"
)


def _merge_spaced_groups(text: str, toks: list[Tok]) -> list[Tok]:
    """'1 234 567', '40\u202f000': digit groups split by a (thin) space are one number."""
    spans = [(m.start(), m.end()) for m in _SPACED_RE.finditer(text)]
    if not spans:
        return toks
    # Matches are sorted and disjoint: only the last one starting at or before a token can
    # hold it (a bisection, not a scan of every match per token).
    starts = [s for s, _ in spans]
    out: list[Tok] = []
    for tok in toks:
        k = bisect_right(starts, tok.start) - 1
        hit = spans[k] if k >= 0 and tok.start < spans[k][1] else None
        if hit and out and out[-1].start >= hit[0]:
            out[-1] = Tok(text[out[-1].start : tok.end], out[-1].start, tok.end)
        else:
            out.append(tok)
    return out


def _split_bad_clumps(toks: list[Tok]) -> list[Tok]:
    """'192.168.1.2', '22,24,26': separators that make no single number leave separate integers."""
    out: list[Tok] = []
    for tok in toks:
        if (
            tok.text[0].isdigit()
            and ("," in tok.text or "." in tok.text)
            and parse_digits(tok.text, "dot") is None
        ):
            for m in _DIGIT_RUN.finditer(tok.text):
                out.append(Tok(m.group(), tok.start + m.start(), tok.start + m.end()))
        else:
            out.append(tok)
    return out


def _digit_value(tok: Tok, convention: str) -> float | None:
    return parse_digits(_GROUP_SPACE.sub("", tok.text), convention)


def _is_digit(tok: Tok) -> bool:
    return tok.text[0].isdigit() or (tok.text[0] == "." and len(tok.text) > 1)


# ---------------------------------------------------------------- bare numbers


class _Scanner:
    def __init__(self, text: str, convention: str | None = None, signed: bool = True) -> None:
        self.text = text
        self.allow_sign = signed
        self.lex = lexicon()
        self.toks = _merge_spaced_groups(text, _split_bad_clumps(tokenize(text)))
        self.convention = convention or detect_convention(text)
        self.lows = [t.text.lower() for t in self.toks]
        # first words of vague phrases, so most tokens are rejected with one set lookup
        self.vague_starts = {p[0] for p, _ in self.lex.vague} | {
            p[0] for p, _ in self.lex.multipliers
        }

    def attached(self, i: int, j: int) -> bool:
        """Token j starts exactly where token i ends."""
        return (
            0 <= i < len(self.toks)
            and j < len(self.toks)
            and self.toks[i].end == self.toks[j].start
        )

    def low(self, i: int) -> str:
        return self.lows[i] if 0 <= i < len(self.lows) else ""

    def match(self, i: int, phrase: tuple[str, ...]) -> bool:
        return all(self.low(i + k) == p for k, p in enumerate(phrase))

    # -- digits ------------------------------------------------------------

    def digits(self, i: int) -> Number | None:
        tok = self.toks[i]
        if not _is_digit(tok):
            return None
        value = _digit_value(tok, self.convention)
        if value is None:
            return None
        j = i + 1
        # "2 1/4", "10 1/2": a whole number followed by a fraction.
        frac = self.digit_fraction(j)
        if frac is not None and "." not in tok.text:
            return Number(i, frac[1], value + frac[0], "digits", "number.mixed_fraction")
        if self.low(j) == "/" and self.attached(i, j):
            frac = self.digit_fraction(i)
            if frac is not None:
                return Number(i, frac[1], frac[0], "fraction", "number.fraction")
        return Number(i, j, value, "digits", "number.digits")

    def digit_fraction(self, i: int) -> tuple[float, int] | None:
        toks = self.toks
        if (
            i + 2 < len(toks)
            and toks[i].text.isdigit()
            and toks[i + 1].text == "/"
            and toks[i + 2].text.isdigit()
        ):
            chained = self.low(i + 3) == "/" or (self.low(i - 1) == "/" and self.attached(i - 1, i))
            if self.attached(i, i + 1) and self.attached(i + 1, i + 2) and not chained:
                den = float(toks[i + 2].text)
                if den:
                    return float(toks[i].text) / den, i + 3
        if i < len(toks) and toks[i].text in _UNICODE_FRACTIONS:
            return _UNICODE_FRACTIONS[toks[i].text], i + 1
        return None

    # -- words -------------------------------------------------------------

    def kind(self, i: int) -> str | None:
        entry = self.lex.words.get(self.low(i)) or self._plural_group(i)
        return entry[0] if entry else None

    def value(self, i: int) -> float:
        return (self.lex.words.get(self.low(i)) or self._plural_group(i))[1]  # type: ignore[index]

    def _plural_group(self, i: int) -> tuple[str, float] | None:
        """'3 dozens': a plural group word right after a number multiplies it."""
        low = self.low(i)
        entry = self.lex.words.get(low[:-1]) if low.endswith("s") and i > 0 else None
        if entry and entry[0] == "group" and (
            self.kind(i - 1) is not None or _is_digit(self.toks[i - 1])
        ):
            return entry
        return None

    def words(self, i: int) -> Number | None:
        """Number words from token i: 'two hundred and six', 'fifty-two', 'a dozen',
        'three fifths'."""
        start = i
        if self.low(i) in ("a", "an"):
            den = self.denominator(i + 1)
            if den and not den[2] and self.fraction_context(den[1]):
                # "a fifth of the vote", "a quarter": not "a third time" (an ordinal)
                return Number(start, den[1], 1 / den[0], "fraction", "number.fraction_words")
            if self.kind(i + 1) not in ("scale", "group"):
                return None
            i += 1
        if self.low(i) in ("half", "quarter"):
            return self.half(start, i)
        if self.kind(i) is None:
            return None
        total, current, j, last = 0.0, 0.0, i, None
        while j < len(self.toks):
            kind = self.kind(j)
            if kind == "tens" and last is not None and self.low(j - 1) != "and" and (
                self.compound_denominator(j)
            ):
                break  # "three twenty-firsts": the tens word opens the denominator
            if kind in ("unit", "tens"):
                if last in ("unit", "tens") and not (
                    last == "tens" and kind == "unit" and self.value(j) < 10
                ):
                    break
                current += self.value(j)
            elif kind == "scale":
                if last is None and start == j:
                    return None  # a bare "hundred" is "a hundred" or nothing
                scale = self.value(j)
                if scale == 100:
                    current = (current or 1) * 100
                else:
                    total += (current or 1) * scale
                    current = 0
            elif kind == "group":
                if last is None and start == j:
                    return None  # a bare "score" or "dozen" is a noun, not a number
                current = (current or 1) * self.value(j)
                last = kind
                j += 1
                if self.low(j) == "s":
                    j += 1
                continue
            elif (self.low(j) in _DASHES and last == "tens" and self.kind(j + 1) == "unit") or (
                self.low(j) == "and"
                and last == "scale"
                and self.kind(j + 1) in ("unit", "tens")
                and not self.fraction_follows(j + 1)
            ):
                j += 1
                continue
            else:
                break
            last = kind
            j += 1
        if j == i:
            return None
        value = total + current
        den = self.denominator(j)
        if den:
            if den[2] or value == 1:
                # "two thirds", "three quarters", "one eighth", "ninety-five hundred fifths"
                return Number(start, den[1], value / den[0], "fraction", "number.fraction_words")
            if den[0] != 2 and den[0] != 4:
                return Number(start, den[1], value, "ordinal", "number.ordinal")
        end = j
        if self.low(end) == "point":
            dec = self.decimal_words(end + 1)
            if dec:
                value += dec[0]
                end = dec[1]
        return Number(start, end, value, "words", "number.words")

    def denominator(self, j: int) -> tuple[float, int, bool] | None:
        """An ordinal denominator at token j: (value, end, plural): 'fifths', '-eighth',
        'twenty-firsts'.

        'second' is left out: 'two seconds' is a time, not two halves."""
        if self.low(j) in _DASHES and self.attached(j - 1, j) == self.attached(j, j + 1):
            j += 1
        compound = self.compound_denominator(j)
        if compound:
            return compound
        word = self.low(j)
        if word in ("second", "seconds") or word not in self.lex.fractions:
            return None
        plural = word.endswith("s") or word == "halves"
        return round(1 / self.lex.fractions[word]), j + 1, plural

    def compound_denominator(self, j: int) -> tuple[float, int, bool] | None:
        """'twenty-first', 'thirty fifths': a tens word closed by a unit ordinal."""
        if self.kind(j) != "tens":
            return None
        k = j + 1
        if self.low(k) in _DASHES:
            k += 1
        word = self.low(k)
        base = word[:-1] if word.endswith("s") else word
        if base not in _UNIT_ORDINALS:
            return None
        return self.value(j) + _UNIT_ORDINALS[base], k + 1, word.endswith("s")

    def fraction_context(self, j: int) -> bool:
        """After 'a fifth': 'of', a scale word or the end of a clause make it a fraction."""
        return self.low(j) in _CLAUSE_END or self.low(j) == "of" or self.kind(j) == "scale"

    def fraction_follows(self, j: int) -> bool:
        """'and three quarters', 'and fifty-four hundredths': number words closed by a
        denominator."""
        k = j
        while self.kind(k) in ("unit", "tens") or self.low(k) in _DASHES:
            if k > j and self.compound_denominator(k):
                return True
            k += 1
        return k > j and self.denominator(k) is not None

    def half(self, start: int, i: int) -> Number | None:
        """'half a million', 'half a dozen', 'quarter million'; 'more than half', 'half of them'."""
        part = 0.5 if self.low(i) == "half" else 0.25
        j = i + 1
        if self.low(j) in ("a", "an"):
            j += 1
        if self.kind(j) in ("scale", "group"):
            return Number(start, j + 1, part * self.value(j), "words", "number.half_of")
        if (
            part == 0.5
            and start == i
            and (self.low(i - 1) in _HALF_QUALIFIERS or self.low(i + 1) == "of")
            and self.low(i - 1) not in ("the", "first", "second", "other", "and", "one", "a")
        ):
            return Number(start, i + 1, 0.5, "fraction", "number.half")
        return None

    def decimal_words(self, i: int) -> tuple[float, int] | None:
        digits, j = "", i
        while self.kind(j) in ("unit", "tens"):
            value = int(self.value(j))
            if self.kind(j) == "tens" and self.kind(j + 1) == "unit":
                value += int(self.value(j + 1))
                j += 1
            elif (
                self.kind(j) == "tens" and self.low(j + 1) in _DASHES and self.kind(j + 2) == "unit"
            ):
                value += int(self.value(j + 2))
                j += 2
            digits += str(value)
            j += 1
        return (float("0." + digits), j) if digits else None

    # -- a number with what follows it -------------------------------------

    def number(self, i: int) -> Number | None:
        if not 0 <= i < len(self.toks):  # a range joiner can end the text: "600-"
            return None
        tok = self.toks[i]
        num: Number | None
        if tok.text in _UNICODE_FRACTIONS:
            num = Number(i, i + 1, _UNICODE_FRACTIONS[tok.text], "fraction", "number.fraction")
        else:
            num = self.digits(i) or self.words(i)
        if num is None or num.kind == "ordinal":
            return num
        return self.ratio(self.and_fraction(self.multiplied(num)))

    def and_fraction(self, num: Number) -> Number:
        """'twenty and three fifths', '3 million and a half' (3.5 million), 'one billion and a
        quarter million': a fraction joined by 'and' adds to the number before it."""
        j = num.j
        if self.low(j) != "and":
            return num
        frac = self.words(j + 1)
        den = self.denominator(j + 2) if self.low(j + 1) in ("a", "an") else None
        if den and not den[2]:
            frac = Number(j + 1, den[1], 1 / den[0], "fraction", "number.fraction_words")
        if frac is None or frac.kind != "fraction":
            return num
        k, value = frac.j, frac.value
        last = self.kind(j - 1) == "scale" and self.value(j - 1) >= 1000
        if self.kind(k) == "scale" and self.value(k) >= 100:
            if last:
                value *= self.value(k)
                k += 1
            else:  # "one and a half million" is read by multiplied() on the whole
                scale = self.value(k)
                return replace(num, j=k + 1, value=(num.value + value) * scale, kind="mixed")
        elif last:
            value *= self.value(j - 1)
        kind = num.kind if num.kind != "fraction" else "mixed"
        return replace(num, j=k, value=num.value + value, kind=kind)

    def ratio(self, num: Number) -> Number:
        """'one over three', '2000 over 3', 'one out of three.': a fraction when the divisor ends
        the clause; 'over 500 people' and '3 out of 10 victims' stay counts."""
        j = num.j
        if self.low(j) == "over":
            k = j + 1
        elif self.low(j) == "out" and self.low(j + 1) == "of":
            k = j + 2
        else:
            return num
        den = self.digits(k) or self.words(k)
        if den is None or den.kind in ("ordinal", "fraction") or not den.value:
            return num
        den = self.multiplied(den)
        if self.low(den.j) not in _CLAUSE_END or (k == j + 2 and num.value > den.value):
            return num
        value = num.value / den.value
        return replace(num, j=den.j, value=value, kind="fraction", rule="number.ratio")

    def multiplied(self, num: Number) -> Number:
        """'1.5 million', '2 dozens', '10k', '$2bn', 'two thirds of a million',
        '3 hundred and 21'."""
        j = num.j
        value = num.value
        kind = num.kind
        of_a = self.low(j) == "of" and self.low(j + 1) in ("a", "an")
        if num.kind == "fraction" and of_a and self.kind(j + 2) == "scale":
            return replace(num, j=j + 3, value=value * self.value(j + 2), kind="mixed")
        if num.kind in ("digits", "words", "fraction") and self.kind(j) in ("scale", "group"):
            if num.kind == "words" and self.kind(j) == "scale" and value >= self.value(j):
                return num
            while self.kind(j) in ("scale", "group"):
                value *= self.value(j)
                j += 1
            kind = "words" if num.kind == "words" else "mixed"
            return self.digit_compound(replace(num, j=j, value=value, kind=kind))
        if num.kind == "digits" and j < len(self.toks):
            suffix = self.toks[j].text
            if suffix in self.lex.suffixes and not self.alnum_after(j):
                mult, needs_currency = self.lex.suffixes[suffix]
                tight = self.attached(j - 1, j)
                spaced_ok = suffix not in ("m", "b", "B", "T", "t")
                if (tight or spaced_ok) and (not needs_currency or self.currency_before(num.i)):
                    return replace(
                        num, j=j + 1, value=value * mult, kind="mixed", rule="number.suffix"
                    )
        return num

    def digit_compound(self, num: Number) -> Number:
        """'4 thousand 3 hundred and 21': digits with scale words continue with smaller parts."""
        if num.kind != "mixed" or self.kind(num.j - 1) != "scale":
            return num
        scale = self.value(num.j - 1)
        k = num.j + 1 if self.low(num.j) == "and" else num.j
        if k >= len(self.toks) or not (_is_digit(self.toks[k]) or k > num.j):
            return num
        part = self.digits(k) if _is_digit(self.toks[k]) else self.words(k)
        if part is None or part.kind not in ("digits", "words"):
            return num
        part = self.multiplied(part)
        joined = k > num.j or part.kind == "mixed"
        if not joined or part.value >= scale:
            return num
        return replace(num, j=part.j, value=num.value + part.value)

    def alnum_after(self, j: int) -> bool:
        nxt = j + 1
        return nxt < len(self.toks) and self.attached(j, nxt) and self.toks[nxt].text[0].isalnum()

    def currency_before(self, i: int) -> bool:
        return i > 0 and any(self.toks[i - 1].text == c for c in ("$", "€", "£", "US$"))

    def is_ordinal(self, num: Number) -> bool:
        j = num.j
        if num.kind == "ordinal":
            return True
        if j < len(self.toks) and self.low(j) in _ORDINAL_SUFFIXES and self.attached(j - 1, j):
            return True
        return (self.low(j) in _DASHES and self.low(j + 1) in _ORDINAL_WORDS) or (
            num.kind == "words"
            and self.low(j) in _ORDINAL_WORDS
            and self.low(j) not in self.lex.fractions
        )

    def glued_to_word(self, num: Number) -> bool:
        """'scp173', 'A1', '24703m212': digits glued to letters are ids, not amounts."""
        if num.kind not in ("digits", "mixed", "fraction") or not _is_digit(self.toks[num.i]):
            return False
        i = num.i
        if i > 0 and self.attached(i - 1, i) and self.toks[i - 1].text[-1].isalpha():
            return True
        # "F-16", "scp-173", "COVID-19": a word, a hyphen and digits, all attached, name a thing
        return (
            i > 1
            and self.low(i - 1) in _DASHES
            and self.attached(i - 1, i)
            and self.attached(i - 2, i - 1)
            and self.toks[i - 2].text[-1].isalnum()
            and not _is_digit(self.toks[i - 2])
        )

    def unit_glued(self, num: Number) -> bool:
        """'180ml', '29km', '1m': digits glued to letters are a number with a unit, not a bare
        number."""
        j = num.j
        return (
            num.kind in ("digits", "fraction")
            and j < len(self.toks)
            and self.attached(j - 1, j)
            and self.toks[j].text[0].isalpha()
            and self.low(j) not in _ORDINAL_SUFFIXES
        )

    def pronoun_one(self, num: Number) -> bool:
        """'the one you mentioned', 'one of them', 'no one': 'one' as a pronoun."""
        if num.j - num.i != 1 or self.low(num.i) != "one":
            return False
        before = self.low(num.i - 1)
        after = self.low(num.j)
        if before in self.lex.one_before or after in self.lex.one_after:
            return True
        return after in (
            "you",
            "i",
            "we",
            "he",
            "she",
            "they",
            "is",
            "was",
            "do",
            "does",
            "did",
            "can",
        )

    def numbers(self, bare: bool = False) -> list[Number]:
        """Numbers in order; `bare` leaves out numbers glued to a unit ('180ml')."""
        out: list[Number] = []
        i = 0
        while i < len(self.toks):
            num = self.signed(i) or self.number(i)
            if (
                num is None
                or self.is_ordinal(num)
                or self.glued_to_word(num)
                or self.pronoun_one(num)
                or (bare and self.unit_glued(num))
            ):
                i = num.j if num and self.is_ordinal(num) else i + 1
                continue
            out.append(num)
            i = num.j
        return out

    def signed(self, i: int) -> Number | None:
        """'-1', 'minus five', 'negative one': signs count only where no digit or word precedes."""
        low = self.low(i)
        if not self.allow_sign:
            return None
        if low in ("minus", "negative"):
            num = self.number(i + 1)
            return replace(num, i=i, value=-num.value) if num else None
        if low in ("-", "−") and i + 1 < len(self.toks):
            prev_ok = i == 0 or not (
                self.toks[i - 1].text[-1].isalnum() or self.toks[i - 1].text in _DASHES
            )
            gap_ok = self.toks[i + 1].start - self.toks[i].end <= 1
            if (
                prev_ok
                and gap_ok
                and _is_digit(self.toks[i + 1])
                and (i == 0 or self.toks[i - 1].end < self.toks[i].start)
            ):
                num = self.number(i + 1)
                return replace(num, i=i, value=-num.value) if num else None
        return None


def scan_numbers(text: str, convention: str | None = None) -> list[tuple[int, int, float, str]]:
    """Bare numbers in `text` as (start, end, value, kind)."""
    sc = _Scanner(text, convention)
    found = sc.numbers(bare=True)
    return [(sc.toks[n.i].start, sc.toks[n.j - 1].end, n.value, n.kind) for n in found]


def parse_number(text: str) -> float | None:
    """The value of `text` when the whole of it is one number ("two thousand", "1.5 million")."""
    sc = _Scanner(text)
    nums = sc.numbers()
    if len(nums) == 1 and nums[0].i == 0 and nums[0].j == len(sc.toks):
        return nums[0].value
    return None


# ---------------------------------------------------------------- quantities


class _QuantityScanner(_Scanner):
    def vague(self, i: int) -> Number | None:
        """'thousands', 'tens of thousands', 'a handful', 'a few hundred', 'several thousand'."""
        first = self.low(i)
        if first not in self.vague_starts:
            return None
        for phrase, rec in self.lex.multipliers:
            if phrase[0] == first and self.match(i, phrase):
                j = i + len(phrase)
                if self.kind(j) == "scale":
                    scale = self.value(j)
                    return Number(
                        i,
                        j + 1,
                        rec["low"] * scale,
                        "vague",
                        rec["id"],
                        low=rec["low"] * scale,
                        high=rec["high"] * scale,
                    )
        for phrase, rec in self.lex.vague:
            if phrase[0] == first and self.match(i, phrase):
                j = i + len(phrase)
                if phrase[0] in ("a", "several") or len(phrase) > 1 or self.vague_plural_ok(i, j):
                    return Number(
                        i,
                        j,
                        float(rec["low"]),
                        "vague",
                        rec["id"],
                        low=float(rec["low"]),
                        high=float(rec["high"]),
                    )
        return None

    def vague_plural_ok(self, i: int, j: int) -> bool:
        """'thousands of', 'thousands have fled': not 'the Thousands' or 'tens' in other senses."""
        before = self.low(i - 1)
        if before in ("the", "these", "those", "by", "in", "of") and self.low(j) != "of":
            return False
        if (
            self.toks[i].text[0].isupper()
            and i > 0
            and self.toks[i - 1].text not in ".!?\"“”'‘’:"
            and self.low(j) != "of"
        ):
            return False
        return not (self.low(i) in ("tens", "scores") and self.low(j) != "of")

    def core(self, i: int) -> Number | None:
        num = self.vague(i) or self.number(i)
        if num is None or num.kind == "vague":
            return num
        if self.is_ordinal(num) or self.glued_to_word(num) or self.pronoun_one(num):
            return None
        return num

    def qualifier_before(self, i: int) -> tuple[int, dict[str, Any] | None]:
        # Every number asks every qualifier phrase: reject on the word just before first.
        last = self.low(i - 1)
        for phrase, rec in self.lex.before:
            k = i - len(phrase)
            if k >= 0 and phrase[-1] == last and self.match(k, phrase):
                # "some 58,000" but not "some of the 58,000"
                if phrase == ("under",) and self.low(k - 1) in ("from",):
                    continue
                return k, rec
        return i, None

    def range_after(self, num: Number) -> tuple[Number, int] | None:
        j = num.j
        joiner = self.low(j)
        if joiner in _DASHES or joiner in _RANGE_WORDS or joiner == "and" or joiner == "or":
            second = self.core(j + 1)
            if second is None or second.kind == "vague":
                return None
            if joiner == "or" and self.low(j + 2) in (
                "more",
                "less",
                "fewer",
                "greater",
                "above",
                "below",
                "so",
            ):
                return None
            if self.low(second.j) in _DASHES and self.attached(second.j - 1, second.j):
                return None  # "1-222-2222": a chain of numbers is an id or a phone number
            if second.value > num.value:
                return second, j
        return None

    def quantities(self) -> list[Quantity]:
        out: list[Quantity] = []
        starts = self.may_start()
        i = 0
        while i < len(self.toks):
            # Most words can start no quantity: skip them on one lookup (same result, ~5x less work).
            q = self.quantity_at(i) if starts[i] else None
            if q is None:
                i += 1
                continue
            q = self.with_inches(*self.closed_by(*q))
            out.append(q[0])
            i = q[1]
        return out

    def may_start(self) -> list[bool]:
        """Per token, whether quantity_at could find anything there: a superset of where it
        does, read off the entry tests of every branch (ranges, signs, vague phrases, digits,
        fractions, number words with their plural group forms)."""
        words = self.lex.words
        starters = _QUANTITY_STARTERS | self.vague_starts | words.keys()
        return [
            low in starters
            or _is_digit(tok)
            or tok.text in _UNICODE_FRACTIONS
            or (low.endswith("s") and low[:-1] in words)
            for tok, low in zip(self.toks, self.lows, strict=True)
        ]

    def with_inches(self, q: Quantity, nxt: int) -> tuple[Quantity, int]:
        """'5 feet 2 inches', '6 feet and 1 inch': one length in feet."""
        if q.unit_name != "foot" or q.qualifier == "range" or q.raw_low is None:
            return q, nxt
        k = nxt + 1 if self.low(nxt) == "and" else nxt
        other = self.quantity_at(k) if k < len(self.toks) else None
        if other is None or other[0].unit_name != "inch" or other[0].raw_low is None:
            return q, nxt
        feet = q.raw_low + other[0].raw_low / 12
        metres = _scaled(q.low, 1) and round(feet * 0.3048, 6)
        merged = replace(
            q, end=other[0].end, raw_low=feet, raw_high=feet, low=metres,
            high=metres if q.high is not None else None,
        )
        return merged, other[1]

    def closed_by(self, q: Quantity, nxt: int) -> tuple[Quantity, int]:
        """'more than 10 and less than 20', 'at most 100 and at least 20': two open bounds joined
        by 'and', 'but' or a comma make one range."""
        k = nxt
        if self.low(k) == ",":
            k += 1
        if self.low(k) in ("and", "but"):
            k += 1
        if k == nxt or q.qualifier not in _LOWER_BOUNDS | _UPPER_BOUNDS:
            return q, nxt
        # the second bound starts with its own qualifier phrase at token k
        other = next(
            (found for m in range(k + 1, min(k + 7, len(self.toks)))
             if (found := self.quantity_at(m)) is not None),
            None,
        )
        if other is None or other[0].unit != q.unit or other[0].start != self.toks[k].start:
            return q, nxt
        low_q, high_q = (q, other[0]) if q.qualifier in _LOWER_BOUNDS else (other[0], q)
        if (
            low_q.qualifier not in _LOWER_BOUNDS
            or high_q.qualifier not in _UPPER_BOUNDS
            or low_q.low is None
            or high_q.high is None
            or low_q.low >= high_q.high
        ):
            return q, nxt
        merged = replace(
            low_q,
            start=q.start,
            end=other[0].end,
            value_end=other[0].value_end,
            high=high_q.high,
            raw_high=high_q.raw_high,
            qualifier="range",
            rule="range.bounds",
        )
        return merged, other[1]

    def quantity_at(self, i: int) -> tuple[Quantity, int] | None:
        if self.low(i) in ("between", "from"):
            ranged = self.explicit_range(i)
            if ranged:
                return ranged
        num = self.signed(i) or self.core(i)
        if num is None:
            return None
        qstart, qrec = self.qualifier_before(i)
        qualifier = qrec["qualifier"] if qrec else "exact"
        approximate = bool(qrec and qrec.get("approximate"))
        low: float | None = num.low if num.kind == "vague" else num.value
        high: float | None = num.high if num.kind == "vague" else num.value
        end_tok = num.j
        rule = num.rule
        if num.kind == "vague":
            approximate = True
            if qualifier in ("exact", "about"):
                qualifier = "vague"
        else:
            joined = self.range_after(num)
            if joined:
                second, _ = joined
                low, high, end_tok = num.value, second.value, second.j
                qualifier, rule = "range", "range.joined"
        after = self.qualifier_after(end_tok)
        if after and qualifier in ("exact", "about"):
            end_tok += len(after[0])
            qualifier = after[1]["qualifier"]
            approximate = approximate or bool(after[1].get("approximate"))
        low, high = _bounds(qualifier, low, high, num)
        return self.finish(qstart, i, num, end_tok, low, high, qualifier, approximate, rule)

    def qualifier_after(self, j: int) -> tuple[tuple[str, ...], dict[str, Any]] | None:
        first = self.low(j)
        for phrase, rec in self.lex.after:
            if phrase[0] == first and self.match(j, phrase):
                if self.low(j + len(phrase)) in ("than", "to"):
                    continue  # "5000 or less than 6000": the phrase opens the next bound
                if phrase in (("+",), ("-", "plus"), ("-", "odd")) and not self.attached(j - 1, j):
                    continue
                if phrase == ("plus",) and self.kind(j + 1) is not None:
                    continue
                if phrase == ("odd",) and not self.attached(j - 1, j):
                    continue
                return phrase, rec
        return None

    def explicit_range(self, i: int) -> tuple[Quantity, int] | None:
        first = self.core(i + 1)
        if first is None or first.kind == "vague":
            return None
        joiner = {"between": ("and",), "from": ("to", "through")}[self.low(i)]
        if self.low(first.j) not in joiner:
            return None
        second = self.core(first.j + 1)
        if second is None or second.kind == "vague" or second.value < first.value:
            return None
        first_scaled = first
        if first.kind == "words" and second.kind == "mixed" and first.value < second.value / 1000:
            first_scaled = first  # "between 600 and 700 thousand" is rare enough to leave literal
        return self.finish(
            i,
            i + 1,
            first_scaled,
            second.j,
            first_scaled.value,
            second.value,
            "range",
            False,
            f"range.{self.low(i)}",
        )

    def finish(
        self,
        qstart: int,
        vstart: int,
        num: Number,
        end_tok: int,
        low: float | None,
        high: float | None,
        qualifier: str,
        approximate: bool,
        rule: str,
    ) -> tuple[Quantity, int]:
        toks = self.toks
        start = toks[qstart].start
        value_start, value_end = toks[vstart].start, toks[end_tok - 1].end
        cur = self.currency(vstart if qstart == vstart else qstart, vstart)
        strong = (
            self.low(end_tok) in _DASHES
            and self.low(end_tok + 1) == "strong"
            and self.attached(end_tok - 1, end_tok)
        )
        unit = None if strong or cur else unit_lex.match_unit(self.text, value_end)
        end = value_end
        fields: dict[str, Any] = {}
        if cur:
            start = min(start, cur[1])
            fields = {
                "unit": cur[0],
                "unit_text": cur[2],
                "unit_name": cur[0],
                "unit_kind": "money",
            }
        elif unit:
            end = unit.end
            fields = {
                "unit": unit.si,
                "unit_text": unit.text,
                "unit_name": unit.name,
                "unit_kind": unit.kind,
            }
        raw_low, raw_high = low, high
        if unit and unit.factor != 1:
            low = _scaled(low, unit.factor)
            high = _scaled(high, unit.factor)
        if strong:
            end = toks[end_tok + 1].end
            end_tok += 2
        quantity = Quantity(
            start=start,
            end=end,
            value_start=value_start,
            value_end=value_end,
            low=low,
            high=high,
            qualifier=qualifier,
            approximate=approximate,
            rule=rule,
            kind=num.kind,
            raw_low=raw_low,
            raw_high=raw_high,
            strong=strong,
            **fields,
        )
        next_tok = end_tok
        while next_tok < len(toks) and toks[next_tok].start < end:
            next_tok += 1
        return quantity, next_tok

    def currency(self, qstart: int, vstart: int) -> tuple[str, int, str] | None:
        """A currency sign or code just before the number (or its qualifier): '$1', 'US$ 5',
        'about $20'."""
        for k in (vstart - 1, qstart - 1):
            if k < 0:
                continue
            sym = self.toks[k].text
            if (
                sym == "$"
                and k > 0
                and self.toks[k - 1].text in ("US", "U.S.")
                and self.attached(k - 1, k)
            ):
                return "USD", self.toks[k - 1].start, "US$"
            unit = unit_lex.currency(sym)
            if unit and self.toks[vstart].start - self.toks[k].end <= 1:
                return unit, self.toks[k].start, sym
            if unit and k == qstart - 1:
                return unit, self.toks[k].start, sym
        return None


# Words that open a quantity_at branch besides number words and vague phrases:
# explicit ranges, signs (signed), 'a'/'an' (a dozen, a fifth), 'half'/'quarter' (half a million).
_QUANTITY_STARTERS = frozenset(
    {"between", "from", "minus", "negative", "-", "−", "a", "an", "half", "quarter"}
)
_LOWER_BOUNDS = frozenset({"more_than", "at_least"})
_UPPER_BOUNDS = frozenset({"less_than", "up_to"})


def _scaled(value: float | None, factor: float) -> float | None:
    return None if value is None else round(value * factor, 6)


def _bounds(
    qualifier: str, low: float | None, high: float | None, num: Number
) -> tuple[float | None, float | None]:
    if qualifier in ("more_than", "at_least"):
        return low, None
    if qualifier in ("less_than", "up_to"):
        return None, high
    return low, high


def scan_quantities(
    text: str, convention: str | None = None, *, signed: bool = True
) -> list[Quantity]:
    """Every quantity in `text`: bounds, qualifier, unit; offsets index `text`.

    `signed=False` reads "-" before a number as a dash (news prose), not a minus sign.
    """
    return _QuantityScanner(text, convention, signed).quantities()


def parse_quantity(text: str, convention: str | None = None) -> Quantity | None:
    """The one quantity that `text` holds, or None."""
    found = scan_quantities(text, convention)
    return found[0] if len(found) == 1 else None
