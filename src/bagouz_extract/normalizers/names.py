"""Pure helpers that turn actor surface forms into comparable keys and short forms.

No spaCy here: these are plain string functions, tested on their own.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

_ARTICLES = ("the ", "a ", "an ")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-"})
# Words that do not count towards an acronym ("Islamic State of Iraq and the Levant" -> ISIL).
_ACRONYM_SKIP = {"of", "the", "and", "for", "in", "on", "de", "du", "la", "al", "el", "to", "&"}
NAME_PARTICLES = {
    "al",
    "el",
    "bin",
    "ibn",
    "abu",
    "abd",
    "van",
    "von",
    "de",
    "der",
    "da",
    "di",
    "la",
    "le",
    "du",
    "des",
    "bint",
    "ben",
}


def clean(text: str) -> str:
    """One spelling for apostrophes, dashes and whitespace; the case is kept."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES).translate(_DASHES)
    return re.sub(r"\s+", " ", text).strip()


def strip_article(text: str) -> str:
    lowered = text.lower()
    for article in _ARTICLES:
        if lowered.startswith(article):
            return text[len(article) :]
    return text


def strip_possessive(text: str) -> str:
    return re.sub(r"'s?$", "", clean(text))


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A comparison key: no article, no possessive, no dots in acronyms, case folded, ASCII."""
    text = strip_possessive(strip_article(clean(text)))
    text = re.sub(r"(?<=\b[A-Za-z])\.", "", text)  # U.S. -> US
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", ascii_text.casefold()).strip()


def is_acronym(text: str) -> bool:
    """ALL-CAPS short forms such as SDF, U.N., CJTF-OIR (two letters or more)."""
    letters = re.sub(r"[.\-&]", "", text)
    return (
        2 <= len(letters) <= 10
        and letters.isalnum()
        and letters.upper() == letters
        and any(c.isalpha() for c in letters)
    )


def initials(words: list[str]) -> str:
    """Initials of the content words, upper case: Syrian Democratic Forces -> SDF."""
    out = []
    for word in words:
        for part in clean(word).split("-"):
            if part and part.lower() not in _ACRONYM_SKIP and part[0].isalpha():
                out.append(part[0].upper())
    return "".join(out)


def fits_acronym(acronym: str, words: list[str]) -> bool:
    """Does `acronym` abbreviate `words`? Initials must match in order, first letter first.

    Lenient on skipped words (ISIL from "Islamic State of Iraq and the Levant" keeps the
    L of Levant) but strict on the first letter, so "the army (SDF)" does not fit.
    """
    letters = re.sub(r"[^A-Za-z]", "", acronym).upper()
    words = [part for w in words for part in _word_parts(w)]
    full = initials(words)
    every = "".join(clean(w)[0].upper() for w in words if clean(w)[:1].isalpha())
    if not letters or not full:
        return False
    if letters in (full, every):
        return True
    capitalised = sum(1 for w in words if clean(w)[:1].isupper())
    return (
        letters[0] == full[0]
        and _is_subsequence(letters, every)
        and len(letters) >= min(len(full), capitalised) - 1
    ) or fits_syllabic(letters, words)


# compound words of body names whose parts short forms abbreviate apart ('Defence
# Headquarters (DHQ)', 'Army Headquarters (AHQ)')
_COMPOUND_PARTS = {"Headquarters": ("Head", "Quarters"), "HeadQuarters": ("Head", "Quarters")}
_DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")  # U.S., U.N., U.K.


def _word_parts(word: str) -> tuple[str, ...]:
    """The pieces of a word a short form takes a letter from each of: a compound's parts, and
    each letter of dotted initials ('U.S. Agency for International Development (USAID)')."""
    if _DOTTED_INITIALS.match(word):
        return tuple(word.replace(".", ""))
    return _COMPOUND_PARTS.get(word, (word,))


def fits_syllabic(letters: str, words: list[str]) -> bool:
    """Military-style short forms built from word beginnings: NAVCENT = NAVal ... CENTral,
    CENTCOM = CENTral COMmand, UNFICYP = United Nations Force In CYPrus. The first word opens
    it, the pieces follow the words in order (a word may be skipped; a small word gives its
    first letter only), and one piece at least has three letters."""
    kept = [clean(w) for w in words if clean(w)[:1].isupper() or clean(w).lower() in _SYLLABIC_SMALL_WORDS]
    parts = [re.sub(r"[^A-Z]", "", w.upper())[: 1 if w[:1].islower() else None] for w in kept]
    if sum(1 for w in kept if w[:1].isupper()) < 2 or len(letters) < 4 or not clean(words[0])[:1].isupper():
        return False
    return _prefix_pieces(letters, parts, 0, 0, 0, False)


# small words whose first letter a short form of word beginnings may keep ('UNFICYP': 'in')
_SYLLABIC_SMALL_WORDS = frozenset({"in", "for", "of"})


def _prefix_pieces(letters: str, parts: list[str], at: int, word: int, pieces: int, long_piece: bool) -> bool:
    """Can letters[at:] be cut into two or more prefixes of parts[word:] in order (words may
    be skipped), the first piece from parts[0]?"""
    if at == len(letters):
        return long_piece and pieces >= 2
    if word >= len(parts):
        return False
    candidates = [word] if word == 0 else range(word, len(parts))
    for w in candidates:
        part = parts[w]
        for n in range(min(len(part), len(letters) - at), 0, -1):
            if part[:n] == letters[at : at + n] and _prefix_pieces(
                letters, parts, at + n, w + 1, pieces + 1, long_piece or n >= 3
            ):
                return True
    return False


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


_GENERATION_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def without_generation(words: list[str]) -> list[str]:
    """A name's words without a generation suffix ('Joseph F. Dunford Jr.' is 'Joseph F.
    Dunford'); a two-word name keeps its words ('Henry IV')."""
    while len(words) > 2 and name_key(words[-1]) in _GENERATION_SUFFIXES:
        words = words[:-1]
    return words


def person_parts(name: str) -> list[str]:
    """Name tokens without particles: 'Abu Bakr al-Baghdadi' -> ['Abu', 'Bakr', 'al-Baghdadi']."""
    return [p for p in clean(name).split(" ") if p]


def short_forms(
    name: str,
    given_names: frozenset[str] | set[str] = frozenset(),
    two_surname_givens: frozenset[str] | set[str] = frozenset(),
) -> set[str]:
    """Keys by which a full personal name may be referred to later in an article.

    The surname (last token, also without an Arabic article: "al-Baghdadi" -> "Baghdadi")
    and, for two-token names, the given name; for longer names the first token when it is
    one of `given_names` (lower case): 'Omar Abu Anas' ... 'Omar says' (the 'Anas' of a
    closing kunya is no surname); after one of `two_surname_givens` the first of two closing
    surnames ('Ricardo Valdivia Torres' ... 'Valdivia'). Particles alone never count.
    """
    parts = without_generation(person_parts(name))  # 'Joseph F. Dunford Jr.' is 'Dunford' later
    if len(parts) < 2:
        return set()
    last = parts[-1]
    # 'Omar Abu Anas': a kunya ('father of Anas') closing a longer name is no surname; Anas is
    # another's name ('Anas Ahmad' of the same story)
    kunya = len(parts) > 2 and parts[-2].lower() in _KUNYA_WORDS
    out = set() if kunya else {name_key(last)}
    match = re.match(r"(?i)(al|el)-(.+)", last)
    if match:
        out.add(name_key(match.group(2)))
    first = parts[0].lower()
    if (len(parts) == 2 and first not in NAME_PARTICLES) or (len(parts) > 2 and first in given_names):
        out.add(name_key(parts[0]))
    if _first_of_two_surnames(parts, given_names, two_surname_givens):
        out.add(name_key(parts[-2]))
    kept = {k for k in out if k and k not in NAME_PARTICLES and len(k) > 2}
    if _two_letter_surname(last):
        kept.add(name_key(last))  # 'Ed Lu' ... 'Lu', 'Janet Wu' ... 'Wu'
    return kept


_KUNYA_WORDS = frozenset({"abu", "umm"})


def _first_of_two_surnames(
    parts: list[str], given_names: frozenset[str] | set[str], two_surname_givens: frozenset[str] | set[str]
) -> bool:
    """'Ricardo Valdivia Torres' ... 'Valdivia', 'Luis Alberto Ramírez Castañeda' ...
    'Ramírez': Spanish and Portuguese names end in two surnames and the first is the one used
    alone. Only after a given name of that use (not 'Katie Belk Morris', whose middle name is
    a family's), where the word before the last is no given name ('Luis Alberto') nor a
    particle, and not before an Arabic article's surname. A given name of wider use opens such
    a name too when the first surname is written as Spanish and Portuguese ones are ('Hugo
    Benítez Aquino' ... 'Benítez'; not 'Hugo Boss Smith')."""
    if not 3 <= len(parts) <= 4:
        return False
    given = name_key(parts[0])
    if given not in two_surname_givens and not (given in given_names and _iberian_surname(parts[-2])):
        return False
    word = parts[-2]
    return (
        word.isalpha()
        and name_key(word) not in given_names
        and word.lower() not in NAME_PARTICLES
        and not re.match(r"(?i)(al|el)-", parts[-1])
    )


def _iberian_surname(word: str) -> bool:
    """'Benítez', 'Gonçalves', 'Fernandez': an accent of Spanish or Portuguese, or the '-ez' of
    a Spanish patronymic."""
    lower = word.lower()
    return bool(_IBERIAN_LETTERS.search(lower)) or (len(lower) > 4 and lower.endswith("ez"))


_IBERIAN_LETTERS = re.compile("[áéíóúñãõç]")


def _two_letter_surname(word: str) -> bool:
    """'Lu', 'Wu', 'Ng': a two-letter surname is a short name too; not an English word that
    opens sentences ('He', 'An', 'Do') nor a particle or an initialism."""
    return (
        len(word) == 2
        and word.isalpha()
        and word[1].islower()  # a name key is lower case; an initialism ('UK') is not a name
        and word.lower() not in STOP_WORDS
        and word.lower() not in NAME_PARTICLES
    )


def possessive_to_demonym(text: str, demonyms: dict[str, str]) -> str:
    """ "Syria's democratic forces" -> "Syrian democratic forces" when the country is known.

    `demonyms` maps a country-name key to its demonym (syria -> Syrian).
    """
    match = re.match(r"^(?:the\s+)?(.+?)['’]s?\s+(.+)$", clean(text), flags=re.IGNORECASE)
    if not match:
        return text
    demonym = demonyms.get(name_key(match.group(1)))
    return f"{demonym} {match.group(2)}" if demonym else text
