"""Generators of hostile news-like texts, shared by the property tests and bench/fuzz.py.

The fragments are the shapes that break extractors: numbers in every form next to dates,
quotes that never close, furniture, markup, odd spaces and line endings, scripts other
than Latin. Random choices come from a seeded generator, so every run is reproducible.
"""

from __future__ import annotations

import random

FRAGMENTS = (
    "300", "2,000", "3.000", "1.5 million", "tens of thousands", "six thousand", "600-700",
    "between 600 and 700", "more than", "about", "nearly", "a handful of", "dozens of",
    "1,000-strong", "400 in a day", "5 percent", "$1", "£3m", "four square kilometres",
    "600 meters square", "March 5", "5 March 2019", "on Wednesday", "since December",
    "four years ago", "2014", "2009-2010", "the past two years", "every day", "10:30 a.m.",
    "20-02-2019", "Published March 5, 2019", "al-Baghuz", "Baghouz Fawqani", "Deir ez-Zor",
    "al-Hol camp", "the Euphrates River", "Syria", "Iraq", "Hajin", "SDF", "Syrian Democratic "
    "Forces (SDF)", "ISIS", "Daesh", "the Islamic State", "Mustafa Bali, the head of the press office,",
    "said", "told Rudaw", "according to the Syrian Observatory for Human Rights", "fighters",
    "civilians", "prisoners", "were killed", "fled", "surrendered", "evacuated", "captured",
    "“", "”", "\"", "‘", "’", "(", ")", "[give_form id=”42307″]", "<script>alert(1)</script>",
    "skip to Main Content", "Back To Top", "A+ A-", "Tags: SDF ISIS", "Comments", "-", "—",
    "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u200b", "\x00", "\ufeff", "…", "!!!", "?", ".",
    "١٢٣", "بغوز", "Багуз", "巴古兹", "🙂", "e\u0301", "ＡＢＣ", "no", "not", "could be as many as",
)


def hostile_text(rng: random.Random, max_pieces: int = 40) -> str:
    """A text of news fragments, random words and characters, in random order."""
    pieces = []
    for _ in range(rng.randint(0, max_pieces)):
        roll = rng.random()
        if roll < 0.75:
            pieces.append(rng.choice(FRAGMENTS))
        elif roll < 0.9:
            pieces.append(str(rng.randint(0, 10**rng.randint(1, 9))))
        else:
            pieces.append("".join(chr(rng.randint(1, 0x2FFF)) for _ in range(rng.randint(1, 6))))
    separators = (" ", " ", " ", ", ", ". ", "\n", "")
    return "".join(piece + rng.choice(separators) for piece in pieces)
