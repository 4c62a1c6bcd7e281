"""Transliteration-tolerant place keys: spellings of one place meet, different places do not."""

import pytest

from bagouz_extract.normalizers.places import loose_key, place_key

SAME = [
    ("Baghuz", "Baghouz"), ("Baghuz", "Bagouz"), ("Baghuz", "Baguoz"), ("Baghuz", "al-Baghuz"),
    ("Fawqani", "Faqani"), ("Deir ez-Zor", "Deir Ezzor"), ("Deir ez-Zor", "Deir al-Zour"),
    ("al-Hol", "Al Hol"), ("al-Hol", "el-Hol"), ("Hajin", "Hajeen"), ("Raqqa", "Ar-Raqqah"),
    ("Hasakah", "Hassakeh"), ("Qamishli", "Kamishli"), ("Susah", "Sousa"), ("Shaafa", "Sha'fah"),
]


@pytest.mark.parametrize(("a", "b"), SAME, ids=[f"{a}={b}" for a, b in SAME])
def test_loose_key_joins_transliterations(a: str, b: str) -> None:
    assert loose_key(a) == loose_key(b)


DIFFERENT = [("Hajin", "Hama"), ("Raqqa", "Ruqqa Bay"), ("Homs", "Hama"), ("Idlib", "Aleppo")]


@pytest.mark.parametrize(("a", "b"), DIFFERENT, ids=[f"{a}!={b}" for a, b in DIFFERENT])
def test_loose_key_keeps_different_places_apart(a: str, b: str) -> None:
    assert loose_key(a) != loose_key(b)


EXACT = [("St. Louis", "saint louis"), ("the Hague", "hague"), ("Ḩajīn", "hajin"),
         ("W.Va.", "w va"), ("‘Ayn ‘Īsá", "ayn isa")]


@pytest.mark.parametrize(("text", "key"), EXACT, ids=[t for t, _ in EXACT])
def test_place_key_folds_case_accents_and_punctuation(text: str, key: str) -> None:
    assert place_key(text) == key


RUNS = [["Deir", "ez", "-", "Zor"], ["al", "-", "Hol"], ["St.", "Louis"], ["the", "Hague"],
        ["Al", "-", "Baghuz", "Fawqani"], ["Ḩajīn"], ["Sha'fah"]]


@pytest.mark.parametrize("tokens", RUNS, ids=[" ".join(r) for r in RUNS])
def test_keys_joined_from_token_words_equal_the_keys_of_the_text(tokens: list[str]) -> None:
    from bagouz_extract.normalizers.places import key_words, keys_of_words

    text = " ".join(tokens)
    words = [w for token in tokens for w in key_words(token)]
    assert keys_of_words(words) == (place_key(text), loose_key(text))
