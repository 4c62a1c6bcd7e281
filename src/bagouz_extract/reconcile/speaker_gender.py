"""The gender a news text gives a person, to tie 'he said' / 'she said' to the right speaker.

The evidence is all in the text: an honorific before a mention ('Mrs. Jones'), a gendered role
noun among the person's roles ('spokeswoman', 'chairman'), the given name ('Mary Jones'), and
the pronouns bound to a mention in its sentence ('Smith said his office ...'). Conflicting
evidence gives no gender, and so does none: the caller then keeps its gender-blind choice.
Lexicons: data/quote_rules.json.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..components.gender_lexicon import gender_words
from ..normalizers.names import name_key

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc

    from .actor_resolve import Candidate
    from .actors import Cluster

_BOUND_WINDOW = 25  # tokens after a mention that a bound pronoun may be in
_BINDING_DEPS = {"nsubj", "nsubjpass", "poss"}  # 'Smith said he', 'Smith ... his office'


def pronoun_gender(word: str) -> str | None:
    return gender_words("pronouns").get(word.lower())


def person_gender(doc: Doc, cluster: Cluster, people_at: set[int]) -> str | None:
    """The gender the text gives `cluster`, None when it tells none or both. An honorific, a
    role noun or the given name decide; only without them do the pronouns bound to its mentions
    (a looser sign: 'Smith praised the mayor. He said ...'). `people_at`: the first tokens of
    person mentions (a bound pronoun is looked for up to the next one)."""
    strong: Counter[str] = Counter()
    given = given_name_gender(cluster.name)
    if given:
        strong[given] += 1
    roles = gender_words("role_nouns")
    for role in cluster.roles:
        strong.update(roles[w] for w in role.lower().replace("-", " ").split() if w in roles)
    for mention in cluster.mentions:
        strong.update(_honorifics_at(doc, mention.tok_start))
    if strong:
        return _majority(strong)
    bound = Counter(g for g in (_bound_pronoun(doc, m, people_at) for m in cluster.mentions) if g)
    return _majority(bound)


def _majority(votes: Counter[str]) -> str | None:
    female, male = votes["female"], votes["male"]
    return "female" if female > male else "male" if male > female else None


def honorific_gender(doc: Doc, tok_start: int) -> str | None:
    """The gender an honorific tells of the mention starting at `tok_start` ('Ms. Moayyad')."""
    return next(_honorifics_at(doc, tok_start), None)


def _honorifics_at(doc: Doc, tok_start: int) -> Iterator[str]:
    """'Mrs. Jones', or a mention that opens with its honorific: the genders they tell."""
    honorifics = gender_words("honorifics")
    words = (tok.lower_.rstrip(".") for tok in doc[max(0, tok_start - 1) : tok_start + 1])
    return (honorifics[w] for w in words if w in honorifics)


def given_name_gender(name: str) -> str | None:
    """'Mary Jones' -> female: the first word of the name that is a known given name, the
    surname (last word) aside."""
    names = gender_words("given_names")
    words = [w if w.isascii() else name_key(w) for w in name.lower().split()[:-1]]  # 'María' as 'maria'
    return next((names[w] for w in words if w in names), None)


def _bound_pronoun(doc: Doc, mention: Candidate, people_at: set[int]) -> str | None:
    """The gender of the first subject or possessive pronoun after a mention, in its sentence
    or the next ('Smith said he ...', 'Jones and her husband', 'said Hill. He thanked ...'),
    before another person is named or a quote opens; object pronouns name someone else ('Smith
    told him') and are passed over."""
    pronouns = gender_words("pronouns")
    sentences = 0
    for tok in doc[mention.tok_end : min(len(doc), mention.tok_end + _BOUND_WINDOW)]:
        sentences += bool(tok.is_sent_start)
        if sentences > 1 or tok.i in people_at or tok.text in _QUOTE_MARKS or "\n" in tok.text:
            return None
        if tok.lower_ in pronouns and (tok.dep_ in _BINDING_DEPS or tok.lower_.endswith("self")):
            return pronouns[tok.lower_]
    return None


_QUOTE_MARKS = {'"', "“", "”", "''", "``", "`", "‘", "’"}
