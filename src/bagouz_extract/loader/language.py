"""Which language a text is in (py3langid: small, offline, BSD-licensed)."""

from __future__ import annotations

from functools import lru_cache

_SAMPLE_CHARS = 3000
_MIN_LETTERS = 40  # below this, a guess is noise


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    sample = " ".join(text[:_SAMPLE_CHARS].split())
    if sum(map(str.isalpha, sample)) < _MIN_LETTERS:  # map: no Python frame per character
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang) if prob >= 0.5 else None
