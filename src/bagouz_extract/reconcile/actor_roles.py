"""Roles and affiliations of named persons, read from titles and appositions.

"US President Donald Trump"                         -> role President, affiliation United States
"Mustafa Bali, the head of SDF Press Office, said"  -> role head of SDF Press Office, SDF
"the commander of the X campaign, Çiya Furat, said" -> role commander of the X campaign
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..components.actors import rule_words
from ..components.registry import Registry
from ..normalizers.names import clean, strip_article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .actors import Cluster

_MAX_ROLE = 14
_JOINERS = {"of", "for", "the", "and", "-", "on", "in", "at", "to"}
_STOP_WORDS = {"who", "which", "that", "said", "says", "told", "when", "while", "where"}


def add_roles(doc: Doc, clusters: dict[str, Cluster], registry: Registry) -> None:
    owner = _token_owners(clusters)
    states: list[tuple[str, int]] = []  # states named only as someone's affiliation ("US President")
    for cluster in list(clusters.values()):
        if cluster.kind != "person" or cluster.anonymous:
            continue
        for mention in list(cluster.mentions):
            found = [_title_before(doc, mention.tok_start, registry, owner, states),
                     _apposition_after(doc, mention.tok_end, owner),
                     _apposition_before(doc, mention.tok_start, registry, owner)]
            for role, affiliation in filter(None, found):
                if role and role not in cluster.roles:
                    cluster.roles.append(role)
                if affiliation and not cluster.affiliation and affiliation != cluster.key:
                    cluster.affiliation = _top_level(affiliation, clusters)
    _add_affiliated_states(doc, clusters, registry, states)


def _top_level(key: str, clusters: dict[str, Cluster]) -> str:
    """'head of SDF Press Office' belongs to the SDF: climb from an unregistered unit to its parent."""
    cluster = clusters.get(key)
    if cluster and not key.startswith("reg:") and cluster.affiliation and \
            cluster.affiliation.startswith("reg:") and cluster.affiliation in clusters:
        return cluster.affiliation
    return key


def _add_affiliated_states(doc: Doc, clusters: dict[str, Cluster], registry: Registry,
                           states: list[tuple[str, int]]) -> None:
    from .actor_resolve import Candidate
    from .actors import Cluster

    for key, i in states:
        entry = registry.entries[key[4:]]
        cluster = clusters.setdefault(key, Cluster(key, entry.name, entry.kind))
        tok = doc[i]
        if not any(m.tok_start == i for m in cluster.mentions):
            cluster.mentions.append(Candidate(tok.idx, tok.idx + len(tok.text), i, i + 1,
                                              "title_affiliation", key, tok.text, entry.kind))


def _token_owners(clusters: dict[str, Cluster]) -> dict[int, Cluster]:
    out: dict[int, Cluster] = {}
    for cluster in clusters.values():
        if cluster.anonymous:
            continue
        for m in cluster.mentions:
            for i in range(m.tok_start, m.tok_end):
                out[i] = cluster
    return out


def _title_words() -> set[str]:
    honorifics = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"}
    return {w.lower() for p in rule_words("titles") for w in p.split()} - honorifics


def _title_before(doc: Doc, start: int, registry: Registry, owner: dict[int, Cluster],
                  states: list[tuple[str, int]]) -> tuple[str, str | None] | None:
    """Capitalised title words right before the name, and a state or actor right before them."""
    titles = _title_words()
    i = start - 1
    while i >= 0 and (doc[i].lower_ in titles or (doc[i].lower_ in {"of", "for", "the"}
                                                  and i > 0 and doc[i - 1].lower_ in titles)):
        i -= 1
    if i == start - 1:
        return None
    role = clean(doc[i + 1:start].text)
    if i < 0:
        return role, None
    if i in owner and owner[i].kind != "person":
        return role, owner[i].key
    state = registry.demonyms.get(doc[i].text) or registry.cased.get(doc[i].text) \
        or registry.aliases.get(doc[i].text)
    if state and state.startswith("state-"):
        states.append((f"reg:{state}", i))
        return role, f"reg:{state}"
    return role, None


def _role_phrase(tokens: list[Token], owner: dict[int, Cluster]) -> tuple[str, str | None] | None:
    """A role phrase: its head word early on, no verb, short; affiliation = first actor in it."""
    heads = rule_words("role_heads")
    words = [t for t in tokens if not t.is_punct or t.text in "-'’"]
    if not words or len(words) > _MAX_ROLE or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    if not any(t.lower_ in heads for t in words[:5]):
        return None
    if any(t.i in owner and owner[t.i].kind == "person" for t in words):
        return None
    role = strip_article(clean(tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text))
    actors = [owner[t.i] for t in words if t.i in owner]
    registered = [a for a in actors if a.key.startswith("reg:")
                  or (a.affiliation or "").startswith("reg:")]
    chosen = (registered or actors or [None])[0]
    return role, chosen.key if chosen else None


def _apposition_after(doc: Doc, end: int, owner: dict[int, Cluster]) -> tuple[str, str | None] | None:
    """'NAME, the head of X, said' / 'NAME, head of X said'."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    tokens = []
    for tok in doc[end + 1:end + 1 + _MAX_ROLE + 1]:
        if tok.text in {",", ".", ";", ":", "(", ")", "\n"} or tok.lower_ in _STOP_WORDS \
                or tok.is_space or tok.lemma_ in rule_words("reporting_verbs") and tok.pos_ == "VERB":
            break
        tokens.append(tok)
    return _trim_place(_role_phrase(tokens, owner), tokens)


def _apposition_before(doc: Doc, start: int, registry: Registry, owner: dict[int, Cluster]
                       ) -> tuple[str, str | None] | None:
    """'the commander of the campaign, NAME, said' / 'said US commander in the region, General NAME'."""
    i = start - 1
    titles = _title_words()
    while i >= 0 and doc[i].lower_ in titles:
        i -= 1
    if i < 1 or doc[i].text != ",":
        return None
    tokens = []
    for tok in reversed(doc[max(0, i - _MAX_ROLE - 1):i]):
        if tok.text in {",", ".", ";", ":", "(", ")", "“", "”", '"'} or tok.is_space or \
                tok.lower_ in _STOP_WORDS or tok.lemma_ in rule_words("reporting_verbs"):
            break
        tokens.insert(0, tok)
    if tokens and tokens[0].is_sent_start is False and tokens[0].i > 0 and \
            doc[tokens[0].i - 1].pos_ == "ADP":
        return None  # "in the area of the commander, NAME" is not an apposition
    return _role_phrase(tokens, owner)


def _trim_place(found: tuple[str, str | None] | None, tokens: list[Token]
                ) -> tuple[str, str | None] | None:
    """'head of SDF Press Office in northern Syria' -> 'head of SDF Press Office'."""
    if found is None:
        return None
    role, affiliation = found
    for tok in tokens[2:]:
        if tok.lower_ in {"in", "at", "near"} and tok.i > tokens[0].i + 2:
            cut = tok.idx - tokens[0].idx
            full = clean(tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text)
            kept = strip_article(clean(full[:cut]))
            return (kept or role), affiliation
    return role, affiliation
