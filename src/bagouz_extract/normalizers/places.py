"""Keys for matching place names across spellings (pure functions, no data).

Two keys: `place_key` folds case, accents and punctuation only (safe for a world
gazetteer); `loose_key` also folds the usual variation of Arabic transliteration
(al-/el-/ez- articles, ou/u/w, gh/g, q/k, ee/i, dh/z, doubled letters), so Baghuz,
Baghouz and Bagouz meet, and Deir ez-Zor, Deir Ezzor and Deir al-Zour meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Abbreviations that are spelled out in gazetteer names.
_EXPAND = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "point"}
# The Arabic article as transliterated on its own ("al-Hol", "Deir ez-Zor", "Ras al Ain").
_ARTICLES = frozenset({"al", "el", "il", "ul", "ad", "ed", "ar", "er", "as", "es", "ash", "esh",
                       "at", "et", "az", "ez", "an", "en", "adh", "ath", "the"})
_SUN = "tdrzsnl"
# Marks that stand for 'ayn/hamza or are plain apostrophes: dropped, never a word break.
_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u02bb\u02bc\u02be\u02bf\u0060\u00b4]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DIPHTHONG = re.compile(r"a[uw](?=[^aeiou]|$)")
_DOUBLED = re.compile(r"(.)\1+")
_ENDING = re.compile(r"[ae]h?$")
_LOOSE_RULES = (
    ("gh", "g"), ("kh", "k"), ("ck", "k"), ("q", "k"), ("dh", "z"), ("ph", "f"),
    ("ee", "i"), ("ou", "u"), ("oo", "u"), ("uo", "u"), ("o", "u"), ("y", "i"),
    ("ei", "i"), ("ai", "i"),
)


def fold(text: str) -> str:
    """Lower case ASCII: accents stripped, apostrophe-like marks removed."""
    text = _APOSTROPHES.sub("", text)
    if text.isascii():  # most names: skip the Unicode decomposition
        return text.lower()
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return ascii_text.lower()


def _words(text: str) -> list[str]:
    return [w for w in _NON_ALNUM.split(fold(text)) if w]


def place_key(text: str) -> str:
    """Case, accent, punctuation and 'the' insensitive key: 'St. Louis' == 'Saint Louis'."""
    return _exact_from_words([_EXPAND.get(w, w) for w in _words(text)])


def both_keys(text: str) -> tuple[str, str]:
    """(place_key, loose_key) with the text folded once: building the index calls this a
    million times."""
    words = [_EXPAND.get(w, w) for w in _words(text)]
    return _exact_from_words(words), _loose_from_words(words)


@lru_cache(maxsize=1 << 16)
def key_words(text: str) -> tuple[str, ...]:
    """The words both keys are made of. The words of a run of tokens are the tokens' words
    in order, so a scan can key every n-gram from per-token words without re-folding text."""
    return tuple(_EXPAND.get(w, w) for w in _words(text))


def is_article(word: str) -> bool:
    """A word the loose key drops ('al', 'el', 'the')."""
    return word in _ARTICLES


def keys_of_words(words: list[str]) -> tuple[str, str]:
    """(place_key, loose_key) from `key_words` output."""
    return _exact_from_words(words), _loose_from_words(words)


def _exact_from_words(words: list[str]) -> str:
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _strip_fused_article(word: str) -> str:
    # "Ezzor" = "ez" + "Zor", "Arraqqa" = "ar" + "Raqqa": vowel + doubled sun letter.
    if len(word) > 4 and word[0] in "ae" and word[1] in _SUN and word[2] == word[1]:
        return word[2:]
    return word


@lru_cache(maxsize=1 << 18)
def _loose_word(word: str) -> str:
    for old, new in _LOOSE_RULES:
        word = word.replace(old, new)
    # "aw"/"au" before a consonant is a diphthong often written as plain "a" (Fawqani/Faqani).
    word = _DIPHTHONG.sub("a", word)
    word = word.replace("w", "u")
    word = _DOUBLED.sub(r"\1", word)
    # Final -ah/-eh/-a/-e all transliterate one ending (Raqqa, Raqqah; Hasakeh, Hasaka).
    word = _ENDING.sub("a", word)
    return word.rstrip("h") if len(word) > 3 else word


def loose_key(text: str) -> str:
    """Transliteration-tolerant key: articles dropped, spelling variants folded, no spaces."""
    return _loose_from_words([_EXPAND.get(w, w) for w in _words(text)])


def _loose_from_words(words: list[str]) -> str:
    kept = [w for w in words if w not in _ARTICLES] or words
    kept = [kept[0], *(_strip_fused_article(w) for w in kept[1:])] if kept else kept
    return "".join(_loose_word(w) for w in kept)
