"""The gender a news text gives a person, to tie 'he said' / 'she said' to the right speaker.

The evidence is all in the text: an honorific before a mention ('Mrs. Jones'), a gendered role
noun among the person's roles ('spokeswoman', 'chairman'), the given name ('Mary Jones'), and
the pronouns bound to a mention in its sentence ('Smith said his office ...'). Conflicting
evidence gives no gender, and so does none: the caller then keeps its gender-blind choice.
Lexicons: data/quote_rules.json.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from ..resources import DataFileError, load_json, require_keys

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .actor_resolve import Candidate
    from .actors import Cluster

_SECTIONS = ("pronouns", "honorifics", "role_nouns", "given_names")
_GENDERS = ("female", "male")
_KEYS = {"id", "gender", "words", "example"}
_STRONG = 2  # an honorific, a role noun or a given name outweighs one bound pronoun
_BOUND_WINDOW = 10  # tokens after a mention that a bound pronoun may be in
_BINDING_DEPS = {"nsubj", "nsubjpass", "poss"}  # 'Smith said he', 'Smith ... his office'


@cache
def gender_words(section: str) -> dict[str, str]:
    """word -> gender of one section of data/quote_rules.json, checked on first use."""
    if section not in _SECTIONS:
        raise KeyError(section)
    out: dict[str, str] = {}
    for record in load_json("quote_rules.json")[section]:
        where = f"data/quote_rules.json:{section}"
        require_keys(record, _KEYS, _KEYS, where)
        if record["gender"] not in _GENDERS:
            raise DataFileError(f"{where}: record {record['id']!r}: gender must be one of {_GENDERS}")
        out.update((word.lower(), record["gender"]) for word in record["words"])
    return out


def pronoun_gender(word: str) -> str | None:
    return gender_words("pronouns").get(word.lower())


def person_gender(doc: Doc, cluster: Cluster, people_at: set[int]) -> str | None:
    """The gender the text gives `cluster`, None when it tells none or both. `people_at`: the
    first tokens of person mentions (a bound pronoun is looked for up to the next one)."""
    votes: Counter[str] = Counter()
    given = _given_name_gender(cluster.name)
    if given:
        votes[given] += _STRONG
    roles = gender_words("role_nouns")
    for role in cluster.roles:
        for word in role.lower().replace("-", " ").split():
            if word in roles:
                votes[roles[word]] += _STRONG
    honorifics = gender_words("honorifics")
    for mention in cluster.mentions:
        for at in (mention.tok_start - 1, mention.tok_start):
            word = doc[at].lower_.rstrip(".") if 0 <= at < len(doc) else ""
            if word in honorifics:
                votes[honorifics[word]] += _STRONG
        bound = _bound_pronoun(doc, mention, people_at)
        if bound:
            votes[bound] += 1
    female, male = votes["female"], votes["male"]
    return "female" if female > male else "male" if male > female else None


def _given_name_gender(name: str) -> str | None:
    """'Mary Jones' -> female: the first word of the name that is a known given name, the
    surname (last word) aside."""
    names = gender_words("given_names")
    words = name.lower().split()[:-1]
    return next((names[w] for w in words if w in names), None)


def _bound_pronoun(doc: Doc, mention: Candidate, people_at: set[int]) -> str | None:
    """The gender of the first subject or possessive pronoun after a mention in its sentence
    ('Smith said he ...', 'Jones and her husband'), before another person is named; object
    pronouns name someone else ('Smith told him') and are passed over."""
    pronouns = gender_words("pronouns")
    for tok in doc[mention.tok_end : min(len(doc), mention.tok_end + _BOUND_WINDOW)]:
        if tok.is_sent_start or tok.i in people_at or tok.text in _QUOTE_MARKS:
            return None
        if tok.lower_ in pronouns and (tok.dep_ in _BINDING_DEPS or tok.lower_.endswith("self")):
            return pronouns[tok.lower_]
    return None


_QUOTE_MARKS = {'"', "“", "”", "''", "``", "`", "‘", "’"}
