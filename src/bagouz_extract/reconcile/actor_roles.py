"""Roles and affiliations of named persons, read from titles and appositions.

"US President Donald Trump"                         -> role President, affiliation United States
"Mustafa Bali, the head of SDF Press Office, said"  -> role head of SDF Press Office, SDF
"the BBC's Quentin Sommerville said"               -> affiliation BBC
"the commander of the X campaign, Çiya Furat, said" -> role commander of the X campaign

An apposition names the same person, so its span becomes a mention of that person
(rule "role_apposition"); a later "the Foreign Secretary" joins the one person who holds
that title in the article (rule "role_coreference").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..components.actors import (
    HONORIFICS,
    SPOKES_NOUNS,
    SPONSOR_WORDS,
    _title_at,
    abbreviation_dot,
    abstract_noun,
    actor_rules,
    military_title_phrases,
    person_nouns,
    registry_words,
    rule_words,
    signature_role_end,
    state_name_start,
    state_owner_before,
    state_word,
    title_words,
    tokens_among,
)
from ..components.registry import Registry
from ..doc_cache import doc_text
from ..normalizers.names import clean, name_key, strip_article
from ..resources import require_keys
from .actor_resolve import Candidate, closes_as_a_company

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .actors import Cluster

_MAX_ROLE = 14
_MAX_LONG_ROLE = 24  # an apposition closed by a comma may run longer
_STOP_WORDS = {"who", "which", "that", "said", "says", "told", "when", "while", "where"}
# "Senator the Hon X", "the Rt Hon X": a style of address, no office
_HONOURABLE = {"hon", "hon.", "honourable", "honorable", "rt", "rt.", "right"}
_HONORIFICS = {h.lower() for h in HONORIFICS} | _HONOURABLE
_S_POSSESSIVES = ("'s", "’s")  # the possessive as the tokenizer splits it off
# styles of address written in capitals before a name ('HE Dr Ibrahim al-Jaafari': His
# Excellency), matched as written so the pronoun 'he' is never one
_STYLES = frozenset({"HE", "H.E.", "HRH", "HH", "HM"})


@dataclass
class Role:
    text: str
    affiliation: str | None
    span: tuple[int, int] | None = None  # tokens of an apposition naming the person
    title_start: int | None = None  # first token of a title right before the name
    pronoun_at: int | None = None  # 'its' opening a title right before the name ('its founder X')


def add_roles(doc: Doc, clusters: dict[str, Cluster], registry: Registry) -> None:
    owner = _token_owners(clusters)
    states: list[tuple[str, int]] = []  # states named only as someone's affiliation ("US President")
    # a registry's affiliation the text never names gives way to the one the text states
    # ('X, the group's leader' after the group is named)
    unstated = {k for k, c in clusters.items() if c.affiliation and c.affiliation not in clusters}
    # offices read as actors, kept after an apposition takes one over (it may recur)
    offices = {k: c for k, c in clusters.items() if k.startswith("role:")}
    for cluster in list(clusters.values()):
        if not _named_person(cluster):
            continue
        for mention in list(cluster.mentions):
            if mention.short_form and _name_goes_on(doc, mention.tok_end):
                continue  # 'Dmitry' of 'deputy head Dmitry Dmitriyenko' is another's first name
            title = _title_words_start(doc, mention, owner)
            found = [
                *_roles_before(doc, mention, title, registry, owner, states),
                *_apposition_after(doc, mention.tok_end, owner),
                _apposition_before(doc, mention.tok_start, mention.tok_end, owner),
                *_copula_roles(doc, mention.tok_end, owner),
                _relative_role(doc, mention.tok_end, owner),
                _relative_workplace(doc, mention.tok_end, owner),
                _body_of_after(doc, mention.tok_end, owner),
                _led_by(doc, title[0], owner)
                or _under_a_leader(doc, title[0], owner)
                or _agent_of_a_body(doc, mention, owner)
                or _founder_as_subject(doc, mention, owner),
                _copula_role_before(doc, title[0], owner),
                _appointed_as(doc, mention, owner),
                _plural_title_before_pair(doc, mention),
                _plural_apposition_after_list(doc, mention, owner),
                _signature_role(doc, mention.tok_end, owner),
                _office_joined_before(doc, mention.tok_start, registry, owner, states),
            ]
            for other, role in _shared_office(doc, mention, owner, registry, states):
                _apply(doc, other, mention, role, clusters, unstated)
            for role in filter(None, found):
                _affiliate(doc, role, registry, owner, states, offices, clusters)
                _apply(doc, cluster, mention, role, clusters, unstated)
    add_affiliated_states(doc, clusters, registry, states)
    _role_coreference(doc, clusters)
    _head_coreference(doc, clusters)
    _bodies_of_titles(doc, clusters)
    _bodies_of_bare_heads(clusters)
    _spokespeople_of_subjects(doc, clusters)
    _executives_of_the_company(clusters)


def _spokespeople_of_subjects(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """'The White House praised the vote. Press secretary X said ...': a named person whose
    only role is a spokesperson's, of no body the role names, speaks for the body that is the
    lone subject of the sentence before, in the same paragraph."""
    for c in clusters.values():
        if c.kind != "person" or c.anonymous or c.affiliation or not c.roles:
            continue
        if not all(r.lower() in _SPOKES_ROLES for r in c.roles):
            continue
        first = min(c.mentions, key=lambda m: m.tok_start)
        sent = doc[first.tok_start].sent
        if sent.start == 0 or "\n" in doc[sent.start - 1].text or "\n" in doc[sent.start - 1].whitespace_:
            continue  # the sentence before ends a paragraph
        found = _subjects_before(doc, sent, clusters)
        if len(found) == 1:
            c.affiliation = next(iter(found))


_SPOKES_ROLES = SPOKES_NOUNS | {"press secretary"}


def _executives_of_the_company(clusters: dict[str, Cluster]) -> None:
    """'Microsoft Corp. said it would cut jobs. | Chief Executive Satya Nadella said ...': a
    named person whose role is a company officer's, of no body the role names, serves the one
    company the text names before the person (a body whose name closes with a legal form)."""
    companies = sorted(
        (min(m.start for m in c.mentions), key)
        for key, c in clusters.items()
        if c.kind == "organization" and c.mentions and closes_as_a_company(c.name)
    )
    if not companies:
        return
    for c in clusters.values():
        if c.kind != "person" or c.anonymous or c.affiliation or not c.roles:
            continue
        if not any(r.lower() in _EXECUTIVE_ROLES for r in c.roles):
            continue
        first = min(m.start for m in c.mentions)
        before = {key for start, key in companies if start < first}
        if len(before) == 1:
            c.affiliation = next(iter(before))


# a company's officers' titles: whose officer the text says by naming the one company
_EXECUTIVE_ROLES = frozenset(
    {"chief executive", "chief executive officer", "ceo", "chairman", "chairwoman", "chief financial officer"}
    | {"cfo", "chief operating officer", "coo", "founder", "co-founder", "managing director"}
)


def _bodies_of_titles(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """'Councilwoman Angela Briggs' in a story of 'the Springfield City Council', 'County
    Commissioner X' of 'the Pottawatomie County Commission', 'a military spokesman' after 'the
    Israeli military', 'a ministry official' after "Syria's Interior Ministry", 'a police
    spokesman' after 'the Iraqi Federal Police': a title made of a body's word serves the one
    body of that word (or the one military, the one coalition) the text names, none when it
    names two."""
    bodies = bodies_by_word(clusters)
    if not bodies:
        return
    for c in clusters.values():
        if c.kind != "person" or c.anonymous or c.affiliation:
            continue
        # not 'his top military commander': whose it is, the possessive says, not the text's body
        roles = [r for r in c.roles if r.split(" ", 1)[0].lower() not in _OWNERS and "'s " not in r]
        c.affiliation = body_of_title(doc, c, roles, clusters, bodies)


def _bodies_of_bare_heads(clusters: dict[str, Cluster]) -> None:
    """'Svetlana Orlova, a spokeswoman for the committee' after 'Russia's Investigative
    Committee', 'a spokesman for the council' after 'the State Administration Council': a role
    ending in 'for', 'of' or 'at' and 'the' and a body's head word serves the one body the text
    names whose name that word ends, none when it names two."""
    for c in clusters.values():
        if c.kind != "person" or c.anonymous or c.affiliation:
            continue
        heads = {m.group(1) for role in c.roles if (m := _bare_head_at_end().search(role))}
        found = {
            k for k, body in clusters.items()
            if body.kind not in ("person", "state", "population") and not body.anonymous and body.mentions
            and body.name.lower().split()[-1] in heads
        }
        if len(found) == 1:
            c.affiliation = next(iter(found))


@cache
def _bare_head_at_end() -> re.Pattern[str]:
    """'... for the committee' ending a role: a body's head word (data/actor_rules.json
    bare_body_heads) after 'for', 'of' or 'at' and 'the'."""
    words = "|".join(sorted(map(re.escape, rule_words("bare_body_heads"))))
    return re.compile(rf"\b(?:for|of|at) the ({words})$")


def body_of_title(
    doc: Doc, person: Cluster, roles: list[str], clusters: dict[str, Cluster], bodies: dict[str, list[str]]
) -> str | None:
    """The key of the one body the body words of these roles name, or None. A state's body
    word ('ministry', 'police', 'defense') needs the names that own the title to be the body's:
    'Foreign Ministry spokesman' is not the Defence Ministry's, 'Springfield Police Chief' not
    the State Police's."""
    words = {_TITLE_BODIES.get(w) for role in roles for w in role.lower().rstrip(".").split()}
    if any(_MILITARY_STAFF.search(role) for role in roles):
        words = {"military"}  # 'Chief of Defence Staff' heads the armed forces, not the ministry
    found = {k for w in words if w for k in bodies.get(w, ())}
    if not found:
        found = _ministries_of_portfolio(roles, clusters, bodies.get("ministry", []))
    if len(found) != 1:
        return None
    body = clusters[next(iter(found))]
    if words & _STATE_BODY_WORDS and not _owners_named_in(doc, person, roles, body):
        return None
    return body.key


def _ministries_of_portfolio(
    roles: list[str], clusters: dict[str, Cluster], ministries: list[str]
) -> set[str]:
    """The named ministries a 'Minister of Foreign Affairs' or 'Deputy Minister for Defence'
    heads: those whose name holds every word of the portfolio after 'of' or 'for'."""
    found = set()
    for role in roles:
        words = role.rstrip(".").split()
        at = next((i for i, w in enumerate(words) if w.lower() == "minister"), None)
        if at is None or at + 2 >= len(words) or words[at + 1].lower() not in ("of", "for"):
            continue
        if any(w.lower() not in _ANY_BODYS_MODIFIERS for w in words[:at]):
            continue  # 'Foreign Minister of Iran': the words before name the office too
        portfolio = {w.lower() for w in words[at + 2 :] if w[:1].isupper()}
        found |= {k for k in ministries if portfolio and portfolio <= set(clusters[k].name.lower().split())}
    return found


def bodies_by_word(clusters: dict[str, Cluster]) -> dict[str, list[str]]:
    """Body word ('council', 'military', 'defense') -> keys of the named bodies it fits."""
    bodies: dict[str, list[str]] = {}
    for key, c in clusters.items():
        if c.kind in ("government", "organization", "military") and not c.anonymous:
            name_words = {_SPELLINGS.get(w, w) for w in c.name.lower().split()}
            for word in _BODY_WORDS.intersection(name_words) - {"government"}:
                if _body_of_word(c.kind, word):
                    bodies.setdefault(word, []).append(key)
            if c.kind == "government" and _STATE_GOVERNMENT.fullmatch(c.name):
                # 'Junta spokesman X': a state's government ('Burkinabe government'), not a body
                # calling itself one ('National Unity Government', 'Kurdistan Regional Government')
                bodies.setdefault("government", []).append(key)
        first_word = c.name.lower().split(maxsplit=1)[:1]
        office = bool(first_word) and first_word[0] in _OFFICE_HEADS
        if c.kind == "military" and not c.anonymous and "police" not in c.name.lower() and not office:
            # 'a military spokesman': the one military named (a police force is of the kind
            # military, as ACLED counts it, but no 'military official' is its; nor is an
            # office of the forces, 'the Directorate of Public Relations of the Armed Forces')
            bodies.setdefault("military", []).append(key)
        if c.kind == "coalition" and "coalition" in c.name.lower() and not c.anonymous:
            bodies.setdefault("coalition", []).append(key)  # 'Coalition spokesman': the one coalition
    return bodies


_SPELLINGS = {"defence": "defense"}
_STATE_GOVERNMENT = re.compile(r"(?:[A-Z][\w'’-]+ ){1,2}government")
_OFFICE_HEADS = frozenset({"directorate", "office", "department", "bureau"})


_STATE_BODY_WORDS = frozenset({"ministry", "police", "defense"})
# words before a body word that name no particular body ('a senior ministry official')
_ANY_BODYS_MODIFIERS = frozenset(
    {"a", "an", "the", "of", "for", "senior", "junior", "top", "former", "acting", "deputy"}
)


def _owners_named_in(doc: Doc, person: Cluster, roles: list[str], body: Cluster) -> bool:
    """The words of the roles before a state's body word ('Carthage' of 'Carthage Police
    Chief'; not 'senior', nor a title's before 'of': 'National Commissioner of Police'), and a
    proper name right before the person's title, are all words of the body's name."""
    owners = set()
    for role in roles:
        words = role.rstrip(".").split()
        at = next((i for i, w in enumerate(words) if _TITLE_BODIES.get(w.lower()) in _STATE_BODY_WORDS), None)
        if at is None:
            continue  # 'Staff Lt. Gen.' beside 'federal police chief': a rank, no owner
        if at > 0 and words[at - 1].lower() == "of":
            continue  # 'National Commissioner of Police': the words before 'of' are the title's
        for word in words[:at]:
            lower = word.lower()
            if lower not in _ANY_BODYS_MODIFIERS and lower not in person_nouns():
                owners.add(lower)  # 'Foreign' or 'foreign' of a foreign ministry; not 'commander of'
    for mention in person.mentions:
        before = doc[mention.tok_start - 1] if mention.tok_start > 0 else None
        if before is not None and before.tag_ == "NNP" and not before.is_sent_start:
            owners.add(before.lower_)
    return owners <= set(body.name.lower().split())


_OWNERS = {"his", "her", "their", "its", "our", "my", "your"}
# title word -> the word of the body its holder sits on
_TITLE_BODIES = {
    "councilman": "council", "councilwoman": "council", "councilmember": "council", "councillor": "council",
    "councilor": "council", "commissioner": "commission", "alderman": "council", "alderwoman": "council",
    "military": "military", "army": "military", "navy": "military", "coalition": "coalition",
    "ministry": "ministry", "police": "police", "defense": "defense", "defence": "defense",
    # a police rank no other service uses ('Detective Inspector X', 'Det Supt X', 'Constable X')
    "detective": "police", "det": "police", "constable": "police",
    # 'Junta spokesman X', 'Government spokesman X': the one government the text names
    "government": "government", "junta": "government", "regime": "government",
}
_BODY_WORDS = frozenset(_TITLE_BODIES.values())
# the staff an armed force's chief heads ('Chief of Defence Staff', 'Chief of Army Staff'; not
# 'White House Chief of Staff')
_MILITARY_STAFF = re.compile(r"(?i)\b(?:defen[cs]e|army|general|naval|air|armed forces) staff\b")


def _body_of_word(kind: str, word: str) -> bool:
    """A body of this kind is the one a title of this body word serves: a police force may be
    military ('the Iraqi Federal Police'), a 'Police Union' is a club or a union, no force;
    a defense ministry governs ('the Israel Defense Forces' are the military's)."""
    if word == "police":
        return kind in ("government", "military")
    if word == "defense":
        return kind == "government"
    return kind in ("government", "organization")


def _affiliate(
    doc: Doc,
    role: Role,
    registry: Registry,
    owner: dict[int, Cluster],
    states: list[tuple[str, int]],
    offices: dict[str, Cluster],
    clusters: dict[str, Cluster],
) -> None:
    """Whom a role phrase says the person serves, strongest reading first: a state opening
    the phrase, the body of an office read as an actor, then (only while none is found) a
    state completing the office, a state's body, the body 'its' refers to."""
    _demonym_first(doc, role, registry, owner, states)
    _office_body(doc, role, offices, clusters, registry, states)
    _state_of(doc, role, registry, owner, states)
    _state_body_in(doc, role, registry, owner, states)
    _pronoun_owner(doc, role, clusters)
    _opening_body(role, clusters, registry)
    _bare_body_owner(doc, role, clusters)
    _workplace_in_role(doc, role, owner, clusters)


# bare nouns for a state's bodies ('the army said', 'the army's chief'): the body
# (FORCE_WORDS) and the kind of actor it is
BARE_BODY_WORDS = {
    "army": ("forces", "military"),
    "military": ("forces", "military"),
    "government": ("government", "government"),
}


def _bare_body_owner(doc: Doc, role: Role, clusters: dict[str, Cluster]) -> None:
    """'The army's chief, Gen. X' after 'the Sudanese army': a role opened by 'the army's' ('the
    military's', 'the government's') serves the one body of that kind the text names."""
    if role.affiliation is not None or role.span is None:
        return
    first = role.span[0]
    if first + 2 >= role.span[1] or doc[first].lower_ != "the" or doc[first + 2].text not in _S_POSSESSIVES:
        return
    kind = BARE_BODY_WORDS.get(doc[first + 1].lower_, (None, None))[1]
    bodies = {c.key for c in clusters.values() if c.kind == kind and not c.anonymous and c.mentions}
    if kind is not None and len(bodies) == 1:
        role.affiliation = next(iter(bodies))


def _demonym_first(
    doc: Doc, role: Role, registry: Registry, owner: dict[int, Cluster], states: list[tuple[str, int]]
) -> None:
    """'Iraqi ambassador to the United Nations', "Russia's foreign minister": a state's demonym
    or possessive opening the role phrase is whom the person serves, before a body named later
    in it (the possessive leaves the role as the body's possessive does)."""
    if role.span is None:
        return
    # 'his Iranian counterpart' as 'the Iranian ambassador'
    first = role.span[0] + (doc[role.span[0]].lower_ in _ARTICLES | _PERSONAL_POSSESSIVES)
    # 'a former British ambassador to Lebanon': words of when or how the role is held first
    how = rule_words("role_time_words") | rule_words("role_rank_words")
    while first + 2 < role.span[1] and doc[first].lower_ in how:
        first += 1
    if first + 1 >= role.span[1] or first in owner:
        return
    # "Russia's foreign minister"; "Puntland's president": a region the text names as an actor
    possessive = doc[first + 1].text in _S_POSSESSIVES and bool(
        state_word(doc, first, registry) or _region_named(doc[first], owner)
    )
    if not possessive and _nationality_role_after(doc, first + 1, role.span[1]):
        return  # 'an Afghan refugee': the person's nationality, not a state served
    # 'the UK Permanent Representative to the UN': a state's short form written as a demonym
    # (a full name before an office is its portfolio: 'the Syria envoy')
    short = doc[first].text.replace(".", "").isupper() and state_word(doc, first, registry) is not None
    demonym = doc[first].text in registry.demonyms or doc[first : first + 2].text in registry.demonyms
    if demonym or possessive or short:
        role.affiliation = _body_at(doc, first, registry, owner, states) or role.affiliation
    owner_words = clean(doc[first : first + 2].text)  # 'Russia's' of a role text cut at a place
    if possessive and role.affiliation and role.text.startswith(owner_words + " "):
        role.text = role.text[len(owner_words) + 1 :]


def _state_of(
    doc: Doc, role: Role, registry: Registry, owner: dict[int, Cluster], states: list[tuple[str, int]]
) -> None:
    """'the President of Syria', 'Foreign Minister of Iran': a state's name after 'of' at the
    end of an office serves as the affiliation when the phrase names no body ('envoy for
    Syria', 'ambassador to Iraq' serve someone else; 'Russian history' is no state)."""
    if role.span is None or role.affiliation is not None:
        return
    start, end = role.span
    last = end - 1
    at = last - 1 - (doc[last - 1].lower_ == "the")
    if at <= start or doc[at].lower_ != "of" or last in owner or doc[last].text in registry.demonyms:
        return
    # the office the state completes: 'President of', 'Minister of Defence of' (not 'head of
    # the Bank of England')
    words = _role_and_title_words()
    k = at - 1
    if doc[k].lower_ not in words:  # a portfolio between: capitalised words after 'of'
        while k > start and doc[k].text[:1].isupper():
            k -= 1
        # the office's word is inside the phrase, never the word before it
        if doc[k].lower_ != "of" or k == at - 1 or k <= start or doc[k - 1].lower_ not in words:
            return
    role.affiliation = _body_at(doc, last, registry, owner, states)


_POSSESSIVE_PRONOUNS = {"its", "their"}
_MET_BY = {"to", "with", "by", "from", "for", "alongside"}
_OFFICE_PREPOSITIONS = {"of", "to", "for"}  # 'Emir of Kuwait', 'envoy to the UN', 'envoy for Syria'
_PERSONAL_POSSESSIVES = {"his", "her", "their", "its"}


def _opening_body(role: Role, clusters: dict[str, Cluster], registry: Registry) -> None:
    """'Upjohn Chairman X' after 'Upjohn Co.': capitalised words opening the role are whom the
    person serves when they are one body's short name: its name without the company suffix,
    or a name the text calls it by ('Intelogic' for Intelogic Trace Inc.). Not a state's words,
    nor a place's ('Mansfield Mayor' does not serve the Mansfield Police Department)."""
    if role.affiliation is not None:
        return
    opening = list(itertools.takewhile(lambda w: w[:1].isupper(), role.text.split()[:-1]))
    if not opening or opening[0] in registry.demonyms or opening[0] in registry.cased:
        return
    if registry.keys.get(name_key(opening[0]), "").startswith("state-"):
        return  # 'France Chairman' is no office of a 'France Telecom'
    short = " ".join(opening)
    suffixes = registry_words("company_suffixes")
    owners = {
        c.key
        for c in clusters.values()
        if c.kind not in ("person", "state", "population")
        and not c.anonymous
        and c.name.startswith(short + " ")
        and (
            all(w.lower().rstrip(".") in suffixes for w in c.name[len(short) :].split())
            or any(m.text == short for m in c.mentions)
        )
    }
    if len(owners) == 1:
        role.affiliation = next(iter(owners))


def _workplace_in_role(doc: Doc, role: Role, owner: dict[int, Cluster], clusters: dict[str, Cluster]) -> None:
    """'X, director of Madina Hospital', 'X, an anthropologist at the Universidad de La
    Frontera', 'X, head of the Aamin Ambulance service': a capitalised name after 'at', 'of',
    'with' or 'for' in the apposition, headed by a body's word (data/actors.json org_heads and
    company_suffixes, data/actor_rules.json workplace_heads), that no actor holds yet, is the
    body the person works for, an organisation of its own (the model often leaves such names
    untagged)."""
    if role.affiliation is not None or role.span is None:
        return
    run = _workplace_run(doc, *role.span)
    if run is None or any(i in owner for i in range(*run)):
        return
    from .actors import Cluster

    name = strip_article(clean(doc[run[0] : run[1]].text))
    key = f"org:{name_key(name)}"
    cluster = clusters.setdefault(key, Cluster(key, name, "organization"))
    cluster.mentions.append(_mention_at(doc, run[0], run[1], "role_workplace", key, name, cluster.kind))
    role.affiliation = key


def _workplace_run(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Tokens of the capitalised name after the apposition's last 'at'/'of'/'with'/'for' (a
    place after 'in' ends it), when a body's word heads it: its last word, in either case
    ('the Aamin Ambulance service'), or a first word as Spanish and French write it
    ('Universidad de La Frontera')."""
    at = next((i for i in range(end - 1, start, -1) if doc[i].lower_ in _WORKPLACE_PREPOSITIONS), None)
    if at is None:
        return None
    first = at + 1 + (at + 1 < end and doc[at + 1].lower_ == "the")
    last = first
    while last < end and (
        doc[last].is_title or doc[last].is_upper or _name_joiner(doc, last, end)
    ):
        last += 1
    if last < end and doc[last].lower_ in _workplace_heads():
        last += 1  # 'the Aamin Ambulance service'
    if last - first < 2 or doc[last - 1].lower_ in _NAME_JOINING_WORDS:
        return None
    heads = _workplace_heads()
    if doc[last - 1].lower_.rstrip(".") not in heads and doc[first].lower_ not in _FIRST_WORD_HEADS:
        return None
    return first, last


def _name_joiner(doc: Doc, i: int, end: int) -> bool:
    """'of' in 'Center for Political and Strategic Studies', the hyphen of 'Al-Ahram'."""
    if doc[i].text == "-" and not doc[i - 1].whitespace_:
        return True
    return doc[i].lower_ in _NAME_JOINING_WORDS and i + 1 < end and doc[i + 1].is_title


_WORKPLACE_PREPOSITIONS = frozenset({"at", "of", "with", "for"})
_NAME_JOINING_WORDS = frozenset({"of", "for", "and", "de", "la", "del", "des", "du", "el"})
_FIRST_WORD_HEADS = frozenset({"universidad", "université", "instituto", "institut", "centro", "fundación"})


@cache
def _workplace_heads() -> frozenset[str]:
    """The head words of a workplace's name. Not a force's nor a chamber's: those are read as
    units, forces and chambers elsewhere, with their own kinds."""
    heads = registry_words("org_heads") | registry_words("company_suffixes") | rule_words("workplace_heads")
    return heads - _NO_WORKPLACE_HEADS


_NO_WORKPLACE_HEADS = frozenset(
    {"police", "army", "forces", "brigade", "battalion", "regiment", "militia", "corps", "parliament"}
)


def _pronoun_owner(doc: Doc, role: Role, clusters: dict[str, Cluster]) -> None:
    """'Its director, X,' / 'X, its spokesman,' / 'its founder X': the body named last before
    the phrase, in its sentence or the one before, is whose; the role drops the pronoun."""
    at = role.span[0] if role.span is not None else role.pronoun_at
    if at is None or role.affiliation is not None or doc[at].lower_ not in _POSSESSIVE_PRONOUNS:
        return
    start = doc[at].sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    before = {
        (c.key, doc[m.tok_start : m.tok_end].root)
        for c in clusters.values()
        if c.kind != "person" and not c.anonymous and not c.key.startswith("role:")
        for m in c.mentions
        if start <= m.tok_start and m.tok_end <= at
    }
    # the one body named there, else the one that was a subject ('Hamas fired at Israel.'),
    # else the main clause's ('The LNA said that its brigade had launched ... Its spokesman')
    keys = {k for k, _ in before}
    subjects = {k for k, root in before if _lone_subject(root)}
    found = keys if len(keys) == 1 else subjects
    if len(found) > 1:
        found = {k for k, root in before if _lone_subject(root) and _main_clause_verb(root.head)}
    if len(found) != 1 and start < doc[at].sent.start and _speaks_of_it(doc[start].sent):
        # 'HTS was al Qaeda's affiliate. It is designated by the US, Russia and Turkey. Its
        # leader, ...': the sentence before speaks of 'it', the subject of the one before that
        found = _subjects_before(doc, doc[start].sent, clusters)
    if len(found) == 1:
        role.affiliation = next(iter(found))
    # 'its chairman' says no more than 'chairman' when whose is not found
    if role.text.split(" ", 1)[0].lower() in _POSSESSIVE_PRONOUNS:
        role.text = role.text.split(" ", 1)[-1]


def _main_clause_verb(verb: Token) -> bool:
    """The sentence's root, or a verb 'and' joins to it ('A attacked and B fought back': both)."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _speaks_of_it(sent: Span) -> bool:
    """The sentence's subject is 'it'."""
    return any(t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass") for t in sent)


def _subjects_before(doc: Doc, sent: Span, clusters: dict[str, Cluster]) -> set[str]:
    """The keys of the bodies that are the lone subject of the sentence before `sent`."""
    if sent.start == 0:
        return set()
    before = doc[sent.start - 1].sent
    return {
        c.key
        for c in clusters.values()
        if c.kind != "person" and not c.anonymous and not c.key.startswith("role:")
        for m in c.mentions
        if before.start <= m.tok_start and m.tok_end <= before.end
        and _lone_subject(doc[m.tok_start : m.tok_end].root)
    }


def _lone_subject(root: Token) -> bool:
    """The subject of its clause, not one of two ('Turkey and Russia signed')."""
    return root.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "conj" for c in root.children)


def _state_body_in(
    doc: Doc, role: Role, registry: Registry, owner: dict[int, Cluster], states: list[tuple[str, int]]
) -> None:
    """'head of the British delegation', 'a spokeswoman for the German embassy', 'an official
    in the Afghan interior ministry': a state's demonym before a body of that state
    (data/actor_rules.json state_bodies; up to two lower-case words between) in a phrase that
    names no actor serves as the affiliation ('Russian history' is no body)."""
    if role.span is None or role.affiliation is not None:
        return
    for i in range(role.span[0], role.span[1] - 1):
        if doc[i].text in registry.demonyms and i not in owner and _state_body_after(doc, i, role.span[1]):
            role.affiliation = _body_at(doc, i, registry, owner, states)
            return


def _state_body_after(doc: Doc, i: int, end: int) -> bool:
    """A state body's word follows token i, maybe after lower-case words ('interior ministry'),
    or a state's office ('Turkish President', 'the Palestinian president')."""
    for j in range(i + 1, min(end, i + 4)):
        office = j == i + 1 and doc[j].lower_ in rule_words("state_office_words")
        if doc[j].lower_ in _state_bodies() or office:
            return True
        if not doc[j].is_lower:
            return False
    return False


@cache
def _role_and_title_words() -> frozenset[str]:
    return rule_words("role_heads") | _title_words()


def _name_goes_on(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha


def _shared_office(
    doc: Doc, mention: Candidate, owner: dict[int, Cluster], registry: Registry, states: list[tuple[str, int]]
) -> list[tuple[Cluster, Role]]:
    """'The foreign ministers of France and Germany, A and B,': a plural office before two
    names joined by 'and' is each one's ('foreign minister'); two states after its 'of' go to
    the names in order."""
    start, end = mention.tok_start, mention.tok_end
    if start < 3 or doc[start - 1].text != "," or end + 1 >= len(doc) or doc[end].lower_ != "and":
        return []
    first, second = owner.get(start), owner.get(end + 1)
    if first is None or second is None or second is first or not _named_person(second):
        return []
    phrase = _phrase_before(doc, start - 1)
    head = next((t for t in phrase if t.tag_ == "NNS" and t.lemma_ in rule_words("role_heads")), None)
    if head is None or any(t.pos_ not in _OFFICE_WORDS for t in phrase if t.i < head.i):
        return []  # 'Hamas and Fatah leaders, A and B': whose is whose is not said
    # not 'the', 'two', 'its' of 'the two senior commanders'
    opening = next(t.i for t in phrase if t.pos_ not in ("DET", "NUM", "PRON") or t.i == head.i)
    office = clean(f"{doc[opening : head.i].text} {head.lemma_}")
    pair = _states_in_order(doc, list(doc[head.i + 1 : start - 1]), registry, owner, states)
    if pair is None:
        return []  # 'leaders such as Jesus, Muhammad and Buddha': a list, not the office's holders
    return [(first, Role(office, pair[0])), (second, Role(office, pair[1]))]


def _states_in_order(
    doc: Doc, tail: list[Token], registry: Registry, owner: dict[int, Cluster], states: list[tuple[str, int]]
) -> tuple[str | None, str | None] | None:
    """The words between a plural office and its comma: 'of France and Germany' gives the two
    names' states in order; no words, or two words that name no state, give none; any other
    words (None) make the office no shared one."""
    if not tail:
        return None, None
    if not (len(tail) == 4 and tail[0].lower_ == "of" and tail[2].lower_ == "and"):
        return None
    if None in (state_word(doc, tail[1].i, registry), state_word(doc, tail[3].i, registry)):
        return None, None
    return _body_at(doc, tail[1].i, registry, owner, states), _body_at(
        doc, tail[3].i, registry, owner, states
    )


_OFFICE_WORDS = {"DET", "NUM", "ADJ", "NOUN", "PROPN"}


def _phrase_before(doc: Doc, comma: int) -> list[Token]:
    """The words before a comma back to punctuation, a verb or a clause word (at most
    _MAX_ROLE)."""
    tokens: list[Token] = []
    for tok in reversed(doc[max(0, comma - _MAX_ROLE) : comma]):
        if _ends_phrase(tok) or tok.pos_ in ("VERB", "AUX"):
            break
        tokens.insert(0, tok)
    return tokens


def _office_body(
    doc: Doc,
    role: Role,
    offices: dict[str, Cluster],
    clusters: dict[str, Cluster],
    registry: Registry,
    states: list[tuple[str, int]],
) -> None:
    """'The UN Special Envoy for Syria, X', 'the Iraqi Foreign Minister, X': the office read as
    an actor of its own is X, not whom X serves; the body or state its second word names is
    (a mention of its own, as in 'US President X'), and the title drops it as there."""
    office = offices.get(role.affiliation or "")
    if office is None:
        return
    role.affiliation = None
    body = office.affiliation or ""
    if not body.startswith("reg:") or body[4:] not in registry.entries:
        return
    span = role.span or (-1, -1)
    inside = next((m for m in office.mentions if span[0] <= m.tok_start and m.tok_end <= span[1]), None)
    at = _naming_token(doc, inside, body[4:], registry) if inside else None
    if inside is None or at is None:
        return
    # 'Iraqi' is an adjective, no name of the state: it serves as the affiliation only when
    # the text names the state as an actor (else the role keeps none)
    if doc[at].text in registry.demonyms and body not in clusters:
        return
    if doc[at].text not in registry.demonyms:
        states.append((body, at))
    role.affiliation = body
    word, _, rest = role.text.partition(" ")
    # not "the Iraqi Prime Minister's spokesman": there the office is the possessor
    if inside.tok_end == span[1] and word == doc[at].text and rest[:1].isupper():
        role.text = rest


def _naming_token(doc: Doc, mention: Candidate, entry: str, registry: Registry) -> int | None:
    """The token of a mention that names the registry entry (its demonym or cased alias)."""
    for i in range(mention.tok_start, mention.tok_end):
        if entry in (registry.demonyms.get(doc[i].text), registry.cased.get(doc[i].text)):
            return i
    return None


def _apply(
    doc: Doc,
    cluster: Cluster,
    mention: Candidate,
    role: Role,
    clusters: dict[str, Cluster],
    unstated: set[str],
) -> None:
    if role.text and not _known_role(role.text, cluster.roles):
        # 'Former savings and loan chief' stands for the 'loan chief' read before it
        longer = role.text.lower()
        cluster.roles[:] = [r for r in cluster.roles if not longer.endswith(" " + r.lower())]
        cluster.roles.append(role.text)
    if (
        role.affiliation
        and role.affiliation != cluster.key
        and (not cluster.affiliation or cluster.key in unstated or _only_a_service(cluster, role, clusters))
    ):
        cluster.affiliation = _top_level(role.affiliation, clusters)
        unstated.discard(cluster.key)
    if role.title_start is not None:  # "President Donald Trump": the title is part of the mention
        mention.start, mention.tok_start = doc[role.title_start].idx, role.title_start
        # an office read inside the title is the person ('Senator the Hon X')
        _absorb_role_actors(doc, cluster, mention.tok_start, mention.tok_end, clusters)
    if role.span is not None:
        start, end = role.span
        cluster.mentions.append(
            _mention_at(doc, start, end, "role_apposition", cluster.key, role.text, "person")
        )
        _absorb_role_actors(doc, cluster, start, end, clusters)


def _only_a_service(cluster: Cluster, role: Role, clusters: dict[str, Cluster]) -> bool:
    """'Army Lt. Gen. X, commander of Combined Joint Task Force ...': the service before the
    rank says less than the body of an office apposed to the name."""
    current = clusters.get(cluster.affiliation or "")
    return role.span is not None and current is not None and current.name in _BARE_SERVICES


_BARE_SERVICES = frozenset({"Army", "Navy", "Air Force", "Marine Corps", "Marines", "Coast Guard"})


def _known_role(text: str, roles: list[str]) -> bool:
    """The person holds the role already, maybe with other case or with words before it
    ('prime minister' after 'British prime minister', 'attorney' after 'Attorney')."""
    low = text.lower()
    return any(r.lower() == low or r.lower().endswith(" " + low) for r in roles)


def _mention_at(
    doc: Doc, start: int, end: int, rule: str, key: str, text: str, kind: str, short_form: bool = False
) -> Candidate:
    """A mention over tokens start..end (characters from the first token to the end of the last)."""
    last = doc[end - 1]
    return Candidate(
        doc[start].idx, last.idx + len(last.text), start, end, rule, key, text, kind, short_form=short_form
    )


def _absorb_role_actors(
    doc: Doc, person: Cluster, start: int, end: int, clusters: dict[str, Cluster]
) -> None:
    """'the Iraqi Foreign Minister, Ibrahim al-Jaafari': the office and the name are one person
    (not 'the Prime Minister's spokesman, X': the possessor is someone else)."""
    # role actors and unnamed people ('X, a local doctor,': the description is X)
    described = [
        k for k, c in clusters.items() if k.startswith("role:") or (c.anonymous and c.kind == "person")
    ]
    for key in [k for k in described if k != person.key]:
        inside = [
            m
            for m in clusters[key].mentions
            if start <= m.tok_start and m.tok_end <= end and not _possessor(doc, m.tok_end)
            # not whom the role serves: 'Spokesman for the Secretary-General' is no Secretary
            and not any(t.pos_ == "ADP" for t in doc[start : m.tok_start])
        ]
        if not inside:
            continue
        if key.startswith("role:"):
            _extend_outside(person, clusters.pop(key).mentions)  # an office: its later mentions too
            continue
        # an unnamed person's description may describe another person elsewhere ('a man
        # identified as X, an activist from the youth wing' ... 'Y, an activist from the youth
        # wing'): only the words apposed here are this person
        _extend_outside(person, inside)
        rest = [m for m in clusters[key].mentions if m not in inside]
        if rest:
            clusters[key].mentions[:] = rest
        else:
            del clusters[key]


def _possessor(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].text in _S_POSSESSIVES


def _extend_outside(person: Cluster, mentions: list[Candidate]) -> None:
    """Take over a role's mentions, except those overlapping one of the person's own mentions
    (the apposition or title already names the person there: no duplicate; 'the High
    Representative' of 'the High Representative/Vice-President X')."""
    for m in mentions:
        if not any(o.start < m.end and m.start < o.end for o in person.mentions):
            person.mentions.append(m)


def _token_owners(clusters: dict[str, Cluster]) -> dict[int, Cluster]:
    out: dict[int, Cluster] = {}
    for cluster in clusters.values():
        if cluster.anonymous:
            continue
        for m in cluster.mentions:
            for i in range(m.tok_start, m.tok_end):
                out[i] = cluster
    return out


def _top_level(key: str, clusters: dict[str, Cluster]) -> str:
    """'head of SDF Press Office' belongs to the SDF: climb from an unregistered unit (not to
    a state from its body: "Iran's foreign ministry spokesman" serves the ministry; not from a
    faction, an armed group of its own: 'the Amhara Fano National Movement, one of several
    Fano factions ... Its spokesman' serves the movement)."""
    cluster = clusters.get(key)
    if (
        cluster
        and cluster.kind != "armed_group"
        and not key.startswith("reg:")
        and cluster.affiliation
        and cluster.affiliation.startswith("reg:")
        and not cluster.affiliation.startswith("reg:state-")
        and cluster.affiliation in clusters
    ):
        return cluster.affiliation
    return key


def add_affiliated_states(
    doc: Doc, clusters: dict[str, Cluster], registry: Registry, states: list[tuple[str, int]]
) -> None:
    from .actors import Cluster

    for key, i in states:
        entry = registry.entries[key[4:]]
        cluster = clusters.setdefault(key, Cluster(key, entry.name, entry.kind))
        if not any(m.tok_start <= i < m.tok_end for m in cluster.mentions):
            end = _state_name_end(doc, i, key[4:], registry)
            cluster.mentions.append(
                _mention_at(doc, i, end, "title_affiliation", key, doc[i:end].text, entry.kind)
            )


def _state_name_end(doc: Doc, i: int, state: str, registry: Registry) -> int:
    """End of the state's name of up to four words from token i ('South Korea', 'United
    Kingdom', 'Democratic Republic of Congo'), else i + 1."""
    for end in range(min(len(doc), i + 4), i + 1, -1):
        name = doc[i:end].text
        if (registry.cased.get(name) or registry.aliases.get(name) or registry.demonyms.get(name)) == state:
            return end
    return i + 1


@cache
def _title_words() -> frozenset[str]:
    """Lower-case words of the titles, honorifics aside ('Sir' titles no office)."""
    return title_words() - _HONORIFICS


@cache
def _titles_and_honorifics() -> frozenset[str]:
    """Words that may stand before a name as part of how it is addressed ('Gen.', 'Mr')."""
    return _title_words() | _HONORIFICS


# The sections of data/actor_rules.json whose records carry more than words (so
# components.actors.actor_rules does not check them): (keys required, keys allowed) beyond
# id, words and example.
_ROLE_SECTIONS: dict[str, tuple[set[str], set[str]]] = {
    "title_prefixes": (set(), set()),
    "title_openers": (set(), set()),
    "state_bodies": (set(), set()),
    "role_verbs": ({"noun"}, {"noun"}),
    "founding_verbs": ({"noun"}, {"noun"}),
    "group_nouns": (
        {"kinds"},
        {"kinds", "plural_names", "same_head", "company_names", "unless_words", "named_head"}
        | {"part_of_called"},
    ),
    "group_adjectives": ({"kinds"}, {"kinds"}),
    "group_contrast_adjectives": (set(), set()),
    "alias_cues": (set(), {"bare", "person_only"}),
}


@cache
def role_rules(section: str) -> tuple[dict, ...]:
    """Records of one of those sections, checked against its keys on first use."""
    required, allowed = _ROLE_SECTIONS[section]
    base = {"id", "words", "example"}
    records = tuple(actor_rules()[section])
    for record in records:
        require_keys(record, base | allowed, base | required, f"data/actor_rules.json:{section}")
    return records


@cache
def _role_rule_words(section: str) -> frozenset[str]:
    """The words of one of those sections, lower-cased: they are compared with Token.lower_."""
    return frozenset(w.lower() for r in role_rules(section) for w in r["words"])


def _title_prefixes() -> frozenset[str]:
    """'Vice', 'Acting': words that open a title only with a title after them."""
    return _role_rule_words("title_prefixes")


def _state_bodies() -> frozenset[str]:
    """'delegation', 'embassy': bodies a state's demonym before them names as the state's."""
    return _role_rule_words("state_bodies")


@cache
def _hyphen_titles() -> frozenset[str]:
    """'secretary-general', 'vice-president': titles the tokenizer splits at the hyphen; and
    two words in a row of a title phrase, hyphened ('Mayor Pro-Tem' for 'Mayor Pro Tem')."""
    hyphened = {p.lower() for p in rule_words("titles") if "-" in p}
    for phrase in rule_words("titles"):
        words = phrase.lower().split()
        hyphened.update(f"{a}-{b}" for a, b in itertools.pairwise(words))
    return frozenset(hyphened)


def _definite_title_before(doc: Doc, i: int) -> bool:
    """'The Prime Minister and President X': the title before 'and' (token i) is another
    person's office named alone, not a second office of X's: it opens with 'the' here, or the
    text names it with 'the' elsewhere ('Prime Minister and President X' under it)."""
    j = i - 1
    while j > 0 and i - j < 5 and doc[j].text[:1].isupper() and not doc[j].is_sent_start:
        j -= 1
    if doc[j].lower_ == "the":
        return True
    office = doc[j + 1 if not doc[j].text[:1].isupper() else j : i].text.lower()
    return f"the {office}" in doc_text(doc).lower()


def _title_hyphen(doc: Doc, i: int, start: int) -> bool:
    """Token i is the hyphen inside a title ('Secretary-General', 'Vice-President')."""
    if doc[i].text != "-" or i < 1 or i + 1 >= start or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return False
    left, right = doc[i - 1].lower_, doc[i + 1].lower_
    if right in rule_words("title_suffixes"):  # a title not yet taken up: 'President-elect'
        return left in _title_words()
    return f"{left}-{right}" in _hyphen_titles() or (
        left in _title_prefixes() and doc[i - 1].text[:1].isupper()
    )


def _title_slash(doc: Doc, i: int, titles: AbstractSet[str]) -> bool:
    """Token i is the slash between two offices one person holds ('High Representative/Vice-
    President X'), written without spaces."""
    if doc[i].text != "/" or i < 1 or doc[i - 1].whitespace_ or doc[i].whitespace_:
        return False
    return doc[i - 1].text[:1].isupper() and _is_title_word(doc, i - 1, titles)


def _roles_before(
    doc: Doc,
    mention: Candidate,
    title: tuple[int, int],
    registry: Registry,
    owner: dict[int, Cluster],
    states: list[tuple[str, int]],
) -> list[Role | None]:
    """Capitalised title words right before the name (`title`: _title_words_start), and a
    state or actor right before them; with no title, a role noun or a body's possessive. A
    lower-case role noun before a rank ('army spokesman Brig. Gen. X', 'spokesman Maj Gen X')
    is a second role: what the person does, and whom for."""
    start = mention.tok_start
    office = _body_named_by_its_office(doc, start, owner)
    if office is not None:
        return [office]
    i, portfolio = title
    if i == start - 1:
        return [
            _role_noun_before(doc, start, registry, owner, states)
            or _possessor_before(doc, start, registry, owner, states)
            or _described_role_noun(doc, start, owner)
        ]
    rank_start = _rank_after_office(doc, i, start)
    if rank_start is not None:
        # 'Pentagon Press Secretary Capt. Jeff Davis': an office, then the officer's rank
        office = _title_role(doc, i, rank_start, portfolio, registry, owner, states)
        return [office, Role(doc[rank_start:start].text, None)]
    rank = _title_role(doc, i, start, portfolio, registry, owner, states)
    if i < 0 or not doc[i].is_lower:
        return [rank]
    noun = _role_noun_before(doc, i + 1, registry, owner, states) or _described_role_noun(doc, i + 1, owner)
    return [rank, noun]


def _body_named_by_its_office(doc: Doc, start: int, owner: dict[int, Cluster]) -> Role | None:
    """'UN High Commissioner for Refugees Filippo Grandi': a body's name that is its head's
    office (UNHCR's) right before the name is the person's title, and the body whom the person
    serves (before, the title words stopped at the body's name: 'Refugees')."""
    body = owner.get(start - 1)
    if body is None or body.kind == "person" or body.key.startswith("role:"):
        return None
    named = next((m for m in body.mentions if m.tok_end == start and m.tok_start < start - 1), None)
    if named is None:
        return None
    titles = _title_words()
    if not any(t.lower_ in titles and t.text[:1].isupper() for t in doc[named.tok_start : start]):
        return None
    return Role(strip_article(clean(doc[named.tok_start : start].text)), body.key)


def _office_joined_before(
    doc: Doc, start: int, registry: Registry, owner: dict[int, Cluster], states: list[tuple[str, int]]
) -> Role | None:
    """'Communication Minister and government spokesman X': a capitalised office before 'and'
    and a small-letter role noun right before the name is the person's second office (the
    role noun alone was read)."""
    heads = person_nouns()
    j = start - 1
    while j > 0 and start - j <= 3 and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ != "and":
        j -= 1
    # 'and' after one to three small-letter words ending in a role noun, with a word before it
    if j < 1 or j == start - 1 or doc[j].lower_ != "and" or doc[start - 1].lower_ not in heads:
        return None
    titles = _title_words()
    end = j
    k = end - 1
    if not (doc[k].text[:1].isupper() and doc[k].lower_ in titles):
        return None
    while k >= 0 and end - k <= 4 and _office_word(doc, k, registry, owner):
        k -= 1
    role = _title_role(doc, k, end, end - 1, registry, owner, states)
    role.title_start = None  # the name's mention stays the name
    return role if role.text else None


def _office_word(doc: Doc, k: int, registry: Registry, owner: dict[int, Cluster]) -> bool:
    """A capitalised word of an office's name, not a body's nor a state's ('Egyptian' of
    'Egyptian Foreign Minister' says whose the office is)."""
    tok = doc[k]
    named = _named_body_word(k, owner) or state_word(doc, k, registry) is not None
    return tok.is_alpha and tok.text[:1].isupper() and not named


def _signature_role(doc: Doc, end: int, owner: dict[int, Cluster]) -> Role | None:
    """'Heather Nauert | Department Spokesperson | Washington, DC': the role line under a name
    alone on its line is the person's role; the body named on it or on the line after is whom
    the person serves ('Major General X | Director, Defence Media Operations | Defence
    Headquarters, Abuja')."""
    if end >= len(doc) or doc[end].text != "\n" or not _alone_on_its_line(doc, end):
        return None
    role_end = signature_role_end(doc, end + 1)
    if role_end is None:
        return None
    after = role_end + 1
    while after < len(doc) and not doc[after].is_space:
        after += 1
    bodies = [owner[i] for i in range(end + 1, after) if i in owner and owner[i].kind != "person"]
    return Role(clean(doc[end + 1 : role_end].text), _first_actor(bodies))


def _alone_on_its_line(doc: Doc, end: int) -> bool:
    """The line that ends at token `end` holds capitalised words only (a name, maybe after a
    rank: 'Major General Ibrahim Dauda Kangiwa'), up to six."""
    i = end - 1
    while i >= 0 and end - i <= 7 and not _line_break(doc[i]):
        if not (doc[i].text[:1].isupper() or doc[i].text in (".", "-")):
            return False
        i -= 1
    return i < 0 or _line_break(doc[i])


def _line_break(tok: Token) -> bool:
    return tok.is_space and "\n" in tok.text


def _plural_title_before_pair(doc: Doc, mention: Candidate) -> Role | None:
    """'Foreign Ministers Sergei Lavrov and Mevlut Cavusoglu': the second name holds the plural
    title the first one stands under, as one holder's ('Foreign Minister')."""
    titles = _titles_and_honorifics()
    joiner = mention.tok_start - 1
    if joiner < 2 or doc[joiner].lower_ != "and":
        return None
    j = joiner - 1
    while j > 0 and doc[j].text[:1].isupper() and doc[j].is_alpha and not _plural_title(doc[j], titles):
        j -= 1
    if j == joiner - 1 or not _plural_title(doc[j], titles):
        return None
    k = j
    while k > 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].lower_ in titles:
        k -= 1
    return Role(_one_holders_title(doc[k : j + 1]), None)


def _plural_apposition_after_list(doc: Doc, mention: Candidate, owner: dict[int, Cluster]) -> Role | None:
    """'Juan Mejía, 47, and Santos Reyes, 39, members of the board of the Nueva Vida
    cooperative, were': a plural description closed by a comma after a list of named people
    is each one's role, in the singular ('member of the board of ...')."""
    listed = _listed_after_a_name(doc, mention.tok_start, owner) or _names_follow(doc, mention.tok_end, owner)
    if not listed:
        return None
    end = _end_of_name_list(doc, mention.tok_end, owner)
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    tokens: list[Token] = []
    i = end + 1
    while i < min(len(doc), end + 1 + _MAX_LONG_ROLE):
        inner = _bracketed_name(doc, i, owner)
        if inner:  # 'two leaders of the National Front (FNDC),'
            tokens.extend(doc[i:inner])
            i = inner
            continue
        if _ends_phrase(doc[i]) or _a_verb(doc[i]):
            break
        tokens.append(doc[i])
        i += 1
    if not tokens or i >= len(doc) or doc[i].text not in (",", "."):
        return None  # 'A and B, members of X were held': where the description ends is unclear
    head = _plural_person_head(tokens)
    if head is None:
        return None
    # 'both', 'the', 'two' count the people; the one holder's role has none of them
    words = [t.text for t in tokens[:head] if t.lower_ not in _LIST_QUANTIFIERS and t.pos_ not in _COUNTERS]
    text = clean(" ".join([*words, tokens[head].lemma_, doc[tokens[head].i + 1 : tokens[-1].i + 1].text]))
    bodies = [owner[t.i] for t in tokens if t.i in owner and owner[t.i].kind != "person"]
    return Role(text, _first_actor(bodies))


# words that say the description holds for each one listed ('both members of', 'all residents')
_LIST_QUANTIFIERS = {"both", "all", "each"}
_COUNTERS = ("DET", "NUM")


def _plural_person_head(tokens: list[Token]) -> int | None:
    """Where a plural person noun heads the description ('members', 'senior officials'), in
    its first words and after no preposition; None otherwise."""
    heads = person_nouns()
    for k, tok in enumerate(tokens[:4]):
        if tok.pos_ == "ADP" or tok.is_punct:
            return None
        if tok.tag_ == "NNS" and tok.lemma_.lower() in heads:
            return k
    return None


def _names_follow(doc: Doc, end: int, owner: dict[int, Cluster]) -> bool:
    """Another named person is listed after the name that ends at `end`."""
    return _end_of_name_list(doc, end, owner) != _after_age(doc, end)


def _listed_after_a_name(doc: Doc, start: int, owner: dict[int, Cluster]) -> bool:
    """The name at `start` follows 'and' after another named person ('A and B', 'A, 47, and B')."""
    k = start - 1
    if k < 1 or doc[k].lower_ != "and":
        return False
    k -= 1
    if k > 2 and doc[k].text == "," and doc[k - 1].like_num and doc[k - 2].text == ",":
        k -= 3
    elif doc[k].text == ",":
        k -= 1
    return k >= 0 and _other_person(doc[k], owner)


def _after_age(doc: Doc, end: int) -> int:
    """Past an age set off by commas after a name ('X, 47,'): the comma that closes it."""
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].like_num and doc[end + 2].text == ",":
        return end + 2
    return end


def _end_of_name_list(doc: Doc, end: int, owner: dict[int, Cluster]) -> int:
    """Past the named people listed after the name that ends at `end` ('and B', ', B and C'),
    each with an age: the token after the last one, or after its age."""
    j = _after_age(doc, end)
    while j + 1 < len(doc):
        k = j + 1 if doc[j].text == "," else j
        k = k + 1 if k < len(doc) and doc[k].lower_ == "and" else k
        if k == j or k >= len(doc) or not _other_person(doc[k], owner):
            break
        person = owner[doc[k].i]
        while k < len(doc) and owner.get(k) is person:
            k += 1
        j = _after_age(doc, k)
    return j


def _plural_title(tok: Token, titles: AbstractSet[str]) -> bool:
    """A capitalised plural of a title word ('Ministers', 'Senators')."""
    plural = tok.lower_ not in titles and _singular_title(tok.lower_, titles) is not None
    return plural and tok.text[:1].isupper()


def _title_words_start(doc: Doc, mention: Candidate, owner: dict[int, Cluster]) -> tuple[int, int]:
    """(the token before the title words that run up to the name, where a portfolio opens):
    both mention.tok_start - 1 when no title stands before the name."""
    titles = _titles_and_honorifics()
    start = mention.tok_start
    # a short form ('Mahinda' of another's full name) may be the first word of a longer name
    i = portfolio = start - 1 if mention.short_form else _portfolio_before(doc, start, titles, owner)
    # a word of another actor's name ends the title ('the Joint Chiefs of Staff | Gen X': not
    # 'Staff Gen', though 'Staff' opens 'Staff Sgt.')
    while i >= 0 and not _named_body_word(i, owner) and _in_title(doc, i, start, titles):
        i -= 1
    return i, portfolio


def _rank_after_office(doc: Doc, before: int, start: int) -> int | None:
    """Where a military rank that ends the title words (after token `before`, up to the name
    at `start`) begins, when other title words come before it ('Press Secretary | Capt.',
    'Chief of Staff | Gen.'; not 'Lt. Gen.', one rank); None otherwise."""
    ranks = military_title_phrases()
    k = next((k for k in range(before + 1, start) if doc[k:start].text.lower() in ranks), None)
    if k is None or k == before + 1 or doc[k:start].text.lower() == "general":
        return None  # 'Attorney General', 'Consul General': 'General' ends an office's name
    ends = {j: _title_at(doc, j) for j in range(before + 1, k)}
    # the office is a title phrase ending before the rank, or one with its 'of' ('Chief of the
    # General Staff'); not 'Secretary General', 'Senior Chief Petty Officer', 'Police Capt.'
    with_of = any(t.lower_ in ("of", "for") for t in doc[before + 1 : k])
    whole = with_of or any(end == k for end in ends.values())
    if any(end > k for end in ends.values()) or not whole:
        return None
    if doc[before + 1 : k].text.lower() in _rank_openers():
        return None  # 'Detective Sgt.' (as 'Detective Sergeant' is one rank)
    return k


@cache
def _rank_openers() -> frozenset[str]:
    """Title phrases that open a longer title with a military rank ('detective' of 'Detective
    Sergeant'), lower-cased."""
    ranks = military_title_phrases()
    phrases = [p.lower() for p in rule_words("titles")]
    return frozenset(
        opener
        for p in phrases
        for opener in phrases
        if p.startswith(opener + " ") and p[len(opener) + 1 :] in ranks
    )


def _named_body_word(i: int, owner: dict[int, Cluster]) -> bool:
    """Token i is a word of a named body's mention (an office read as an actor is none)."""
    return i in owner and owner[i].kind != "person" and not owner[i].anonymous


def _in_title(doc: Doc, i: int, start: int, titles: AbstractSet[str]) -> bool:
    """Token i belongs to a title phrase that runs up to the name at `start`. A preposition
    right before the name is none ('Under Jawlani, the group grew', not 'Under Secretary X')."""
    capitalised = doc[i].text[:1].isupper()
    if i == start - 1 and doc[i].pos_ == "ADP":
        return False
    return (
        (capitalised and _is_title_word(doc, i, titles))
        # 'NMC Spokesperson and Assistant Director-General X': two offices one person holds
        or (
            doc[i].lower_ == "and"
            and 0 < i < start - 1
            and doc[i - 1].text[:1].isupper()
            and doc[i - 1].lower_ in titles
            and doc[i + 1].text[:1].isupper()
            and (doc[i + 1].lower_ in titles or doc[i + 1].lower_ in _title_prefixes())
            and not _definite_title_before(doc, i)
        )
        or abbreviation_dot(doc, i)
        # "Secretary of State John Kerry", 'Ambassador to Syria X': a lower-case joiner inside
        # a title phrase
        or (
            doc[i].lower_ in _PORTFOLIO_PREPOSITIONS
            and i > 0
            and doc[i - 1].lower_ in titles
            and doc[i - 1].text[:1].isupper()  # not 'chief financial officer of X'
            and (doc[i].lower_ != "to" or not _title_follows(doc, i + 1, titles))
        )
        or _title_hyphen(doc, i, start)
        or _title_slash(doc, i, titles)
        # 'Senator the Hon X'
        or (doc[i].lower_ == "the" and i + 1 < start and doc[i + 1].lower_ in _HONOURABLE)
        # 'Chief of the General Staff Gen. X'
        or (
            doc[i].lower_ == "the"
            and i > 1
            and doc[i - 1].lower_ == "of"
            and doc[i - 2].lower_ in titles
            and doc[i - 2].text[:1].isupper()
        )
        # 'President-elect X', 'Prime Minister-designate X'
        or (doc[i].lower_ in rule_words("title_suffixes") and _title_hyphen(doc, i - 1, start))
        # "Acting Defense Secretary X": a prefix counts only before a title word; in small
        # letters only one that says how the office is held ('Lebanese caretaker Prime
        # Minister X'; not 'served under Prime Minister X')
        or (i < start - 1 and capitalised and doc[i].lower_ in _title_prefixes())
        or (i < start - 1 and doc[i].lower_ in _HOLDING_PREFIXES and doc[i + 1].text[:1].isupper())
    )


def _title_follows(doc: Doc, i: int, titles: AbstractSet[str]) -> bool:
    """A title word stands at token i, after an optional 'the': 'Adviser to | President X'
    names the president, where 'Ambassador to | Syria X' names the ambassador."""
    i += i < len(doc) - 1 and doc[i].lower_ == "the"
    return i < len(doc) and doc[i].lower_ in titles


_HOLDING_PREFIXES = frozenset({"acting", "interim", "caretaker", "outgoing", "incoming", "deputy"})


def _title_role(
    doc: Doc,
    before: int,
    start: int,
    portfolio: int,
    registry: Registry,
    owner: dict[int, Cluster],
    states: list[tuple[str, int]],
) -> Role:
    """The role of the title words between token `before` and the name at `start`, and whom the
    word before them (a state or actor, maybe in the possessive) says the person serves."""
    words = [
        t
        for t in doc[before + 1 : start]
        if (t.lower_ not in _HONORIFICS or (t.lower_ not in _HONOURABLE and _opens_title_phrase(doc, t.i)))
        and not _honorific_dot(doc, t.i)
        and t.lower_ != "the"
    ]
    # an honorific after the title is no part of it ('Air Chief Marshal Sir X'), nor a noble
    # style after an office ('Emir Sheikh X', 'Prime Minister Prince X'; not 'Crown Prince X')
    styles = rule_words("noble_styles")
    while len(words) > 1 and words[-1].lower_ in styles and words[-2].lower_ not in _title_openers():
        words.pop()
    text = _one_holders_title(doc[words[0].i : words[-1].i + 1]) if words else ""
    role = Role(text, None, title_start=before + 1)
    if portfolio < start - 1:  # the name's mention stays the name: the portfolio may name a place
        role.title_start = None
    # (a portfolio's plural is no plural title: 'High Commissioner for Human Rights')
    office = [t for t in words if t.i < portfolio or portfolio == start - 1]
    if any(_plural_title(t, _titles_and_honorifics()) for t in office):
        return role  # 'the Russian and Turkish Foreign Ministers X and Y': whose is whose, unsaid
    if before >= 1 and doc[before].text in _S_POSSESSIVES:
        before -= 1  # "Britain's Foreign Secretary X"
    role.affiliation = _body_at(doc, before, registry, owner, states)
    if role.affiliation is None and words:
        role.affiliation = _state_completing_title(doc, words, registry, owner, states)
    if role.affiliation is None and words and not role.text[:1].islower():
        role.text = _office_words_before(doc, before, owner) + role.text
    elif words and before >= 0 and doc[before].text in registry_words("police_names"):
        role.text = f"{doc[before].text} {role.text}"  # 'Springfield Police Lt. X': a 'Police Lt.'
    return role


def _state_completing_title(
    doc: Doc, words: list[Token], registry: Registry, owner: dict[int, Cluster], states: list[tuple[str, int]]
) -> str | None:
    """'President of Kenya William Ruto', 'President of South Sudan Salva Kiir': a state the
    text names after 'of' at the title's end is whom the holder serves, as in an apposition."""
    last = words[-1].i
    state = owner.get(last)
    if state is None:
        completed = Role("", None, span=(words[0].i, last + 1))
        _state_of(doc, completed, registry, owner, states)
        return completed.affiliation
    if state.kind != "state":
        return None
    first = min((m.tok_start for m in state.mentions if m.tok_start <= last < m.tok_end), default=last)
    at = first - 1 - (doc[first - 1].lower_ == "the")
    if at <= words[0].i or doc[at].lower_ != "of" or doc[at - 1].lower_ not in _role_and_title_words():
        return None
    return state.key


def _office_words_before(doc: Doc, before: int, owner: dict[int, Cluster]) -> str:
    """'Fire Chief X', 'County Commissioner X': up to two capitalised words naming the service
    of a title that no body or state opens ('' when there are none; not a place's name:
    'Springfield Police Lt.' keeps 'Police Lt.'), or a place's whole name when a place noun
    ends it ('Kurdistan Region President X', up to four words)."""
    j = before
    while (
        j >= 0
        and before - j < 2
        and doc[j].is_title
        and _describing_word(doc[j], owner)
        and doc[j].ent_type_ not in _PLACE_ENTITIES
    ):
        j -= 1
    if j < before and doc[j + 1].lower_ in rule_words("place_nouns"):
        # 'Kurdistan Region President X': the kept word ends a place's name; the name goes whole
        while j >= 0 and before - j < 4 and doc[j].is_title and doc[j].ent_type_ in _PLACE_ENTITIES:
            j -= 1
    return doc[j + 1 : before + 1].text + " " if j < before else ""


def _opens_title_phrase(doc: Doc, i: int) -> bool:
    """An honorific that opens a title phrase of its own ('Lord Mayor')."""
    return i + 1 < len(doc) and (doc[i].lower_, doc[i + 1].lower_) in _title_pairs()


@cache
def _title_pairs() -> frozenset[tuple[str, str]]:
    """The first two words of each title phrase of two words or more, lower-cased."""
    pairs = (p.lower().split()[:2] for p in rule_words("titles"))
    return frozenset((w[0], w[1]) for w in pairs if len(w) == 2)


_MAX_PORTFOLIO = 8  # "for the Middle East and North Africa"
_PORTFOLIO_JOINERS = {"and", "&", "the"}
# 'Minister for Foreign Affairs', 'Secretary of State for Defence', 'Ambassador to Syria'
_PORTFOLIO_PREPOSITIONS = {"of", "for", "to"}


def _portfolio_before(doc: Doc, start: int, titles: AbstractSet[str], owner: dict[int, Cluster]) -> int:
    """'Minister for Foreign Affairs Julie Bishop', 'Secretary of State for Foreign and
    Commonwealth Affairs X', 'Ambassador to Syria X': where the title's joiner stands before a
    capitalised portfolio that runs up to the name (start - 1 when there is none)."""
    j = start - 1
    while j > 0 and start - j <= _MAX_PORTFOLIO and not _other_person(doc[j], owner):
        tok = doc[j]
        if tok.lower_ in _PORTFOLIO_PREPOSITIONS and j < start - 1:
            # not 'Chief of Staff', 'Secretary of State': title words the title loop reads
            other = any(t.text[:1].isupper() and t.lower_ not in titles for t in doc[j + 1 : start])
            title = doc[j - 1].text[:1].isupper() and doc[j - 1].lower_ in titles
            if not title and doc[j - 1].text[:1].isupper() and doc[j - 1].is_alpha:
                j -= 1  # 'Speaker of the Council of Representatives X': an 'of' inside the portfolio
                continue
            return j if other and title and doc[start - 1].text[:1].isupper() else start - 1
        if not (tok.text[:1].isupper() and tok.is_alpha) and tok.lower_ not in _PORTFOLIO_JOINERS:
            break
        j -= 1
    return start - 1


def _body_at(
    doc: Doc, i: int, registry: Registry, owner: dict[int, Cluster], states: list[tuple[str, int]]
) -> str | None:
    """The actor named by token i (an organisation's mention, or a state's name or demonym
    that is no mention yet: noted in `states` to become one)."""
    if i < 0:
        return None
    if i in owner and owner[i].kind != "person":
        return owner[i].key
    state = state_word(doc, i, registry)
    if state is not None:
        # the state's mention opens with a two-word demonym's first word ('South Korean')
        at = i - 1 if i > 0 and registry.demonyms.get(doc[i - 1 : i + 1].text) == state else i
        at = min(at, state_name_start(doc, i, registry, state))  # 'South Sudan President X'
        states.append((f"reg:{state}", at))
        return f"reg:{state}"
    # "Puntland's president": a region's name is read before a possessive only
    return _region_named(doc[i], owner) if i + 1 < len(doc) and doc[i + 1].text in _S_POSSESSIVES else None


def _region_named(tok: Token, owner: dict[int, Cluster]) -> str | None:
    """"Puntland" of "Puntland's president": a region the text names as an actor elsewhere
    (by this one word there)."""
    if not tok.text[:1].isupper():
        return None
    found = {
        c.key
        for c in owner.values()
        for m in c.mentions
        if m.rule == "region_actor" and m.tok_end - m.tok_start == 1 and m.name == tok.text
    }
    return found.pop() if len(found) == 1 else None


def _role_noun_before(
    doc: Doc, start: int, registry: Registry, owner: dict[int, Cluster], states: list[tuple[str, int]]
) -> Role | None:
    """'SDF commander Mazloum Abdi', 'Pentagon spokesman X', 'Iraqi official X': a lower-case
    role noun between a body (or a state's demonym) and the name. The name's mention stays as
    it is: the body is an actor of its own."""
    i = _destination_before(doc, start)
    # 'Intelogic Chairman X' writes the noun as a title: a body before it still says whose
    cased = doc[i].text == doc[i].lower_ or doc[i].is_title
    if i < 1 or not cased or doc[i].lower_ not in rule_words("role_heads"):
        return None
    at = _body_before_modifiers(doc, i, registry, owner)
    if _nationality_role_after(doc, i, i + 1) and _demonym_only(doc, at, registry, owner):
        return None  # 'Syrian lawyer X': the person's nationality, not a state X acts for
    body = _body_at(doc, at, registry, owner, states)
    if body is None:
        return None
    first = at
    while first > 0 and first - 1 in owner and owner[first - 1] is owner.get(at):
        first -= 1  # the whole body's name: 'Pentagon', 'Iraqi Security Forces'
    if first == at and body.startswith("reg:state-"):
        # the state's whole name or demonym: 'North Korean leader X', 'South Sudan army chief X'
        state = body[4:]
        two_words = at > 0 and registry.demonyms.get(doc[at - 1 : at + 1].text) == state
        first = at - 1 if two_words else state_name_start(doc, at, registry, state)
    return Role(clean(doc[first:start].text), body)


def _nationality_role_after(doc: Doc, start: int, end: int) -> bool:
    """The first role noun from `start` on is one no state employs ('human rights lawyer'):
    a demonym before it says the person's nationality."""
    heads = rule_words("role_heads")
    noun = next((t for t in doc[start:end] if t.lower_ in heads), None)
    return noun is not None and noun.lower_ in rule_words("nationality_roles")


def _demonym_only(doc: Doc, i: int, registry: Registry, owner: dict[int, Cluster]) -> bool:
    """Token i is a state's demonym and no body's mention ('Syrian', not 'Syrian Army')."""
    return i >= 0 and i not in owner and doc[i].text in registry.demonyms


def _described_role_noun(doc: Doc, start: int, owner: dict[int, Cluster]) -> Role | None:
    """'human rights activist X', 'Former president X', 'opposition leader X', "the group's
    spokesman X": a role noun (lower case, or opening the sentence) right before the name, with
    the words describing it; a body in the possessive before them is whom the person serves.
    Read only when no body or state stands before the noun itself (_role_noun_before)."""
    i = _destination_before(doc, start)
    noun = doc[i]
    # 'Labour MP X', 'City Manager X'
    cased = noun.is_lower or noun.is_sent_start or noun.is_upper or noun.is_title
    # not the verb of 'will head Smith's prosecution'
    if (
        i < 0
        or noun.lower_ not in rule_words("role_heads")
        or not cased
        or noun.pos_ not in ("NOUN", "PROPN")
    ):
        return None
    first = i
    while first > 0 and i - first < _MAX_MODIFIERS:
        if _joined_hyphen(doc, first - 1) and doc[first - 2].is_alpha and first - 2 not in owner:
            first -= 2  # 'anti-war activist', 'then-governor'
        elif _describing_word(doc[first - 1], owner):
            first -= 1
        elif (
            doc[first - 1].lower_ == "and"
            and first > 1
            and doc[first - 2].is_lower
            and _describing_word(doc[first - 2], owner)
        ):
            first -= 2  # 'savings and loan chief', 'police and fire commissioner'
        else:
            break
    affiliation = None
    if first > 1 and doc[first - 1].text in _S_POSSESSIVES:
        possessor = owner.get(first - 2)
        if possessor is not None and possessor.kind == "person":
            # "Erdogan's spokesman Ibrahim Kalin": the role is held under another person, who
            # stays in it ("Erdogan's spokesman", as in an apposition: "X, Gonzalez's lawyer,")
            if possessor.anonymous:
                return None
            opens = first - 2
            while opens > 0 and owner.get(opens - 1) is possessor:
                opens -= 1
            return Role(clean(doc[opens:start].text), None)
        # "the city's mayor X": the role, whose is no body we know
        affiliation = possessor.key if possessor is not None else None
    words = doc[first:start]
    text = clean(words.text)
    opening = words[0]
    if opening.is_sent_start and (opening.lower_ in rule_words("role_time_words") or opening.i == i):
        text = text[:1].lower() + text[1:]  # 'Former president X', 'Activist X' open a sentence
    if first > 0 and doc[first - 1].lower_ == "its":
        # 'Wagner fighters withdrew, its founder X said': whose, as in an apposition
        # (_pronoun_owner); not 'their', which may be people's ('their lawyer X')
        return Role(f"its {text}", affiliation, pronoun_at=first - 1)
    return Role(text, affiliation)


def _joined_hyphen(doc: Doc, i: int) -> bool:
    """Token i is a hyphen joining the words either side of it ('anti-war')."""
    return i > 0 and doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_


def _describing_word(tok: Token, owner: dict[int, Cluster]) -> bool:
    """A word that may describe a role noun after it ('former', 'rights', 'Kurdish'), not an
    actor's name, a person, a date or a number."""
    return (
        tok.is_alpha
        and (tok.pos_ in ("ADJ", "NOUN", "PROPN") or tok.lower_ in rule_words("role_time_words"))
        and tok.i not in owner
        and tok.ent_type_ not in _NO_DESCRIBING_ENTITIES
        and tok.lower_ not in _ARTICLES
    )


_MAX_DESTINATION = 4


def _destination_before(doc: Doc, start: int) -> int:
    """'US ambassador to Syria Robert Ford', 'UN envoy for Yemen X': the role noun before a
    capitalised place after 'to' or 'for' (start - 1 when there is none)."""
    j = start - 1
    while (
        j > 1
        and start - j <= _MAX_DESTINATION
        and ((doc[j].text[:1].isupper() and doc[j].is_alpha) or (doc[j].lower_ == "the" and j < start - 1))
    ):
        j -= 1
    if j < start - 1 and doc[j].lower_ in ("to", "for") and doc[j - 1].is_lower:
        return j - 1
    return office_noun_before(doc, start)


def office_noun_before(doc: Doc, start: int) -> int:
    """'ICRC head of delegation X', 'White House chief of staff X': the role noun before 'of'
    and one or two small-letter nouns that run up to the name (start - 1 when there is none)."""
    j = start - 1
    while j > 1 and start - j <= 2 and doc[j].is_lower and doc[j].is_alpha and doc[j].pos_ == "NOUN":
        j -= 1
    if j < start - 1 and doc[j].lower_ == "of" and doc[j - 1].lower_ in rule_words("role_heads"):
        return j - 1
    return start - 1


_MAX_MODIFIERS = 3


def _body_before_modifiers(doc: Doc, i: int, registry: Registry, owner: dict[int, Cluster]) -> int:
    """'BBC Middle East editor', 'CNN chief international correspondent': up to three words
    describing the role may stand between the body and its role noun at i. The token where
    the body would end (i - 1 when no describing words lead to one)."""
    if doc[i - 1].text == ")":  # 'People's Protection Units (YPG) spokesman'
        opening = next((k for k in range(i - 2, max(0, i - 6), -1) if doc[k].text == "("), None)
        if (
            opening is not None
            and _bracketed_name(doc, opening, owner) == i
            and owner.get(opening - 1) is owner[opening + 1]
        ):
            return opening - 1
    for j in range(i - 1, max(-1, i - 2 - _MAX_MODIFIERS), -1):
        if j in owner:
            return j
        if (body := _body_owning_a_branch(doc, j, registry, owner)) is not None:
            return body
        if state_word(doc, j, registry) is not None:
            # 'Iraqi security official'; not 'American Airlines representative', 'Jordan
            # Juniors coordinator': a capitalised word after a state's word names something else
            plain = all(t.is_lower for t in doc[j + 1 : i]) and doc[j].text in registry.demonyms
            return j if j == i - 1 or plain else i - 1
        tok = doc[j]
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.ent_type_ in _NO_DESCRIBING_ENTITIES:
            break
    return i - 1


def _body_owning_a_branch(doc: Doc, j: int, registry: Registry, owner: dict[int, Cluster]) -> int | None:
    """"Human Rights Watch's Syria researcher", "Amnesty International Nigeria's director": a
    state's name by a body's possessive, or after the body's name, says which of the body's
    branches or desks; the body is whom the person works for. The body's last token, or None."""
    k = j - 1 if doc[j].text in _S_POSSESSIVES else j  # 'Nigeria' of "...Nigeria's"
    if k < 1 or state_word(doc, k, registry) is None:
        return None  # (k = -1 would read the doc's last token)
    body = k - 1 - (doc[k - 1].text in _S_POSSESSIVES)  # "Watch" of "Watch's Syria"
    found = owner.get(body)
    return body if found is not None and found.kind != "person" and not found.anonymous else None


# a name, a date or a number before a role noun says nothing about the role ('Smith aide')
_NO_DESCRIBING_ENTITIES = {"PERSON", "DATE", "TIME", "CARDINAL"}


_POSSESSIVES = (*_S_POSSESSIVES, "'", "’")


def _possessor_before(
    doc: Doc, start: int, registry: Registry, owner: dict[int, Cluster], states: list[tuple[str, int]]
) -> Role | None:
    """'the BBC's Quentin Sommerville', 'Reuters' John Smith', 'the SDF’s Mustafa Bali': a body
    (or state) in the possessive right before the name is whom the person works for. No role:
    the possessive says whose, not what. A person's possessive ('Trump's X') is no body."""
    if start < 2 or doc[start - 1].text not in _POSSESSIVES:
        return None
    if doc[start - 1].text in ("'", "’") and not doc[start - 2].lower_.endswith("s"):
        return None  # a bare apostrophe is a possessive only after an s ('Reuters'')
    body = _body_at(doc, start - 2, registry, owner, states)
    if body is None and (state := state_owner_before(doc, start, registry)) is not None:
        body = f"reg:{state[1]}"  # "South Korea's Kang Kyung-wha": a state of two words or three
        states.append((body, state[0]))
    return Role("", body) if body is not None else None


def _is_title_word(doc: Doc, i: int, titles: AbstractSet[str]) -> bool:
    """'Gen.' or 'Lt' whose period the tokenizer split off. An opener of longer titles
    ('Master' of 'Master Sgt.', data/actor_rules.json title_openers) is one only before the
    rest of such a title: 'Master Gardener X' holds no title."""
    word = doc[i].lower_
    if not (word in titles or (abbreviation_dot(doc, i + 1) and word + "." in titles)):
        # 'Foreign Ministers X and Y': a plural title before two names
        return _singular_title(word, titles) is not None and doc[i].is_title and _listed_name_after(doc, i)
    followers = _title_openers().get(word)
    if followers is None:
        return True
    return i + 1 < len(doc) and doc[i + 1].lower_.rstrip(".") in followers


def _singular_title(word: str, titles: AbstractSet[str]) -> str | None:
    """The title word a plural is of ('ministers' -> 'minister', 'secretaries' -> 'secretary').
    Not the lemma: the tagger reads 'Foreign Ministers X' as a name and keeps 'Ministers'."""
    for ending, replacement in (("ies", "y"), ("s", "")):
        if word.endswith(ending) and (one := word[: -len(ending)] + replacement) in titles:
            return one
    return None


def _one_holders_title(span: Span) -> str:
    """The title words as written, a plural title word as one holder's ('Foreign Ministers' ->
    'Foreign Minister')."""
    titles = _titles_and_honorifics()
    text = span.text
    # the title's own words, before what it is of, for or to ('High Commissioner for Human
    # Rights', 'Ambassador to the United States')
    portfolio = next((t.i for t in span if t.lower_ in _PORTFOLIO_PREPOSITIONS), span.end)
    for tok in reversed(span[: portfolio - span.start]):
        one = _singular_title(tok.lower_, titles) if tok.lower_ not in titles else None
        if one is not None:
            at = tok.idx - span.start_char
            one = one.capitalize() if tok.text[:1].isupper() else one
            text = text[:at] + one + text[at + len(tok.text) :]
    return clean(text)


def _listed_name_after(doc: Doc, i: int) -> bool:
    """Two names joined by 'and' follow token i ('Ministers | Sergei Lavrov and Mevlut
    Cavusoglu'), each of capitalised words."""
    j = i + 1
    while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha:
        j += 1
    return j > i + 1 and j + 1 < len(doc) and doc[j].lower_ == "and" and doc[j + 1].text[:1].isupper()


@cache
def _title_openers() -> dict[str, frozenset[str]]:
    """'Master', 'Petty': everyday words that open a rank ('Master Sgt.') and hold none alone,
    each with the words that may follow it in a title phrase."""
    followers: dict[str, set[str]] = {w: set() for w in _role_rule_words("title_openers")}
    for phrase in rule_words("titles"):
        words = phrase.lower().replace("-", " ").split()
        if len(words) > 1 and words[0] in followers:
            followers[words[0]].add(words[1].rstrip("."))
    return {w: frozenset(after) for w, after in followers.items()}


def _honorific_dot(doc: Doc, i: int) -> bool:
    return (abbreviation_dot(doc, i) and doc[i - 1].lower_ + "." in _HONORIFICS) or (
        abbreviation_dot(doc, i + 1) and doc[i].lower_ + "." in _HONORIFICS
    )


def _plural_head(words: list[Token], head: int) -> bool:
    """The noun run from the head word ends in a plural common noun ('his fellow fighters'),
    not in a singular one ('the Joint Chiefs chairman')."""
    last = head
    while last + 1 < len(words) and words[last + 1].pos_ in ("NOUN", "PROPN"):
        last += 1
    return words[last].tag_ == "NNS"


def _hyphened_on(tok: Token) -> bool:
    """The token is joined by a hyphen to the next word ('Under' of 'Under-Secretary')."""
    doc = tok.doc
    return not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"


def _role_phrase(tokens: list[Token], owner: dict[int, Cluster], closed: bool = False) -> Role | None:
    """A role phrase: its head word early on, no verb, short; affiliation = first actor in it.

    `closed`: the phrase ends at a comma, so a longer one is still one apposition ('NAME, the
    Special Advisor to Ambassador X for Religious Minorities in ..., will travel')."""
    heads = person_nouns()
    tokens = _before_reduced_clause(tokens)
    while len(tokens) > 1 and _trailing_word(tokens[-1]):
        # 'a former engineering student [now] helping', 'a shopkeeper [there]', 'a media
        # consultant [not] affiliated with ...' (not the possessive of 'an ex-wife of Stewart's')
        tokens = tokens[:-1]
    words = [t for t in tokens if not t.is_punct or t.text in "-'’"]
    limit = _MAX_LONG_ROLE if closed else _MAX_ROLE
    if not words or len(words) > limit or any(_a_verb(t) for t in words):
        return None
    # 'co-ordinator' is one word, not three; "the group's" two
    reach = 6 + sum(t.text == "-" or t.text in _S_POSSESSIVES for t in words[:8])
    head = next((k for k, t in enumerate(words[:reach]) if _head_word(t, heads)), None)
    if head is None or any(
        t.pos_ == "ADP" and not _hyphened_on(t) and not _inside_a_name(words, k)
        for k, t in enumerate(words[:head])
    ):
        # 'the wife of the president, X', 'the resignation of the chancellor, X' (not the
        # 'Under' of 'the Under-Secretary-General')
        return None
    if _plural_head(words, head):
        return None  # 'for Omar, his fellow fighters were trapped': many people, not his role
    # 'the Fed and its chairman, X', 'X, 52, and the father of four': a second noun phrase
    # (not 'savings and loan chief', 'artist and photographer': one phrase)
    joiner = max(
        (
            k
            for k, t in enumerate(words[:head])
            # 'neither the police nor Farrin's attorney, X': 'nor' always opens another phrase
            if t.lower_ == "nor" or (t.lower_ in _JOINERS and (k == 0 or words[k + 1].pos_ in _DETERMINERS))
        ),
        default=None,
    )
    if joiner is not None:
        return _role_phrase(tokens[tokens.index(words[joiner]) + 1 :], owner, closed)
    second = next(
        (k for k in range(head + 1, len(words) - 1) if _second_phrase_at(words[k], words[k + 1], owner)), None
    )
    if second is not None:  # 'director of X at Y and a member of Z': the first role
        found = _role_phrase(tokens[: tokens.index(words[second])], owner, closed)
        if found is not None and found.affiliation is None:  # '... and a Reuters board director'
            found.affiliation = _first_actor(
                [owner[t.i] for t in words if t.i in owner and not _other_person(t, owner)]
            )
        return found
    if words[0].lower_ in _DEMONSTRATIVES:  # 'this man, X': the same person, no role
        return Role("", None, (tokens[0].i, tokens[-1].i + 1))
    if head > 0 and words[0].lower_ in _WHEN_WORDS:  # 'X, then the U.S. attorney for Y,'
        found = _role_phrase(tokens[tokens.index(words[0]) + 1 :], owner, closed)
        if found is not None and found.span is not None:
            found.span = (tokens[0].i, found.span[1])
        return found
    # another person in the possessive is whose the role is: 'X, Gonzalez's lawyer'
    others = [k for k, t in enumerate(words) if _other_person(t, owner) and not _possessor(t.doc, t.i + 1)]
    if any(k < head + 2 for k in others) or (not closed and others):
        # another named person; an office alone ("the UK Special Representative") is the role,
        return None  # and so is an office held under someone ("Advisor to Ambassador X")
    if others and not any(t.lower_ in _UNDER for t in words):
        return None  # 'X, Mayor Pro-Tem Y, ...': another person's title and name, a list
    doc = tokens[0].doc
    role = strip_article(clean(doc[tokens[0].i : tokens[-1].i + 1].text))
    # a person named in the phrase is whom the role serves, not a body it belongs to
    # ('spokesman for Turkish President X': the state's word may say whose)
    named = [t for t in words if t.i in owner and not _other_person(t, owner)]
    described = {t.i for t in named if owner[t.i].kind != "person" and _describes_another_body(t, owner)}
    chosen = _first_actor([owner[t.i] for t in named if t.i not in described] or [owner[t.i] for t in named])
    return Role(_without_possessor(tokens, owner, chosen) or role, chosen, (tokens[0].i, tokens[-1].i + 1))


def _trailing_word(tok: Token) -> bool:
    """An adverb or a particle in small letters that ends a role phrase, not a possessive."""
    return tok.pos_ in ("ADV", "PART") and tok.is_lower and tok.tag_ != "POS"


def _inside_a_name(words: list[Token], k: int) -> bool:
    """words[k] is the 'of' that joins two capitalised words of one name ('a Horn of Africa
    researcher', 'a Bank of England economist'), not a role to a person ('the wife of the
    President') nor a phrase after a day ('Wednesday by Bush's son')."""
    if not 0 < k < len(words) - 1 or words[k].lower_ != "of":
        return False
    return words[k - 1].is_title and words[k + 1].is_title


def _before_reduced_clause(tokens: list[Token]) -> list[Token]:
    """'a camp resident reached by phone', 'a doctor working in the camp': the noun phrase
    before a participle that describes it (not 'Kurdish-led', an adjective of a name)."""
    cut = next(
        (k for k, t in enumerate(tokens) if k > 1 and t.dep_ == "acl" and t.tag_ in ("VBN", "VBG")),
        None,
    )
    return tokens if cut is None or _compound(tokens[cut]) else tokens[:cut]


_JOINERS = {"and", "or"}
_DETERMINERS = ("DET", "PRON")
_WHEN_WORDS = {"then", "now", "currently", "formerly", "also"}
# words that put an office under a person named after them ('spokesman for Gov. X')
_UNDER = {"to", "for", "of", "under", "with"}
_DEMONSTRATIVES = {"this", "that", "these", "those"}


def _second_phrase_at(tok: Token, after: Token, owner: dict[int, Cluster]) -> bool:
    """'and' before an article opens a second noun phrase (not the 'and the' inside a name:
    'the Islamic State of Iraq and the Levant')."""
    return tok.lower_ in _JOINERS and after.lower_ in _ARTICLES and tok.i not in owner


def _head_word(tok: Token, heads: frozenset[str]) -> bool:
    """A role phrase's head word; 'charge' only as in 'charge d'affaires' (not 'a charge of
    murder')."""
    if tok.lower_ != "charge":
        return tok.lower_ in heads or _unhyphened(tok) in heads
    after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
    return after.startswith(("d'", "d’")) or after == "d"


def _unhyphened(tok: Token) -> str:
    """'co-ordinator' (split by the tokenizer into 'co', '-', 'ordinator') read as 'coordinator',
    the spelling the lexicon holds; '' when the word has no prefix hyphened on."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_ or doc[tok.i - 2].whitespace_:
        return ""
    return doc[tok.i - 2].lower_ + tok.lower_


def _without_possessor(tokens: list[Token], owner: dict[int, Cluster], chosen: str | None) -> str | None:
    """'the group's spokesman' -> 'spokesman', 'Iraq's ambassador to the UN' -> 'ambassador to
    the UN': the possessor is the affiliation already."""
    doc = tokens[0].doc
    at = next((t.i for t in tokens[:5] if t.text in _S_POSSESSIVES), None)
    if at is None or chosen is None or at + 1 > tokens[-1].i:
        return None
    before = [t for t in doc[tokens[0].i : at] if t.lower_ not in _ARTICLES]
    if not before or not all(t.i in owner and owner[t.i].key == chosen for t in before):
        return None
    if owner[before[0].i].kind == "person":  # "the Prime Minister's spokesman": another person
        return None
    return clean(doc[at + 1 : tokens[-1].i + 1].text)


def _a_verb(tok: Token) -> bool:
    """A verb of a clause, not a participle that describes a noun ('the ruling council', 'the
    acting president', 'Kurdish-led')."""
    if tok.pos_ not in ("VERB", "AUX") or _compound(tok):
        return False
    return not (tok.dep_ == "amod" and tok.tag_ in ("VBG", "VBN") and tok.head.i > tok.i)


def _compound(tok: Token) -> bool:
    """'Kurdish-led', 'U.S.-backed': a participle hyphened to a name is an adjective."""
    doc = tok.doc
    if tok.i < 2:
        return False
    hyphen = doc[tok.i - 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and not doc[tok.i - 2].whitespace_


def _other_person(tok: Token, owner: dict[int, Cluster]) -> bool:
    return tok.i in owner and owner[tok.i].kind == "person" and not owner[tok.i].key.startswith("role:")


# what opens an apposition after a name and what closes it
_APPOSITION_OPENERS = {",": ",", "(": ")", "--": "--", "—": "—"}


# a US lawmaker's party and state after the name (', D-R.I.,', ', R-Okla.,', ', I-Vt.,')
_PARTY_TAG = re.compile(r",\s*[DRI]-[A-Z][A-Za-z.]{0,12}(?=,)")
_PARTY_IN_BRACKETS = re.compile(r"\(\s*[DRI]-[A-Z][A-Za-z.]{0,12}\s*\)(?=,)")


def _after_party_or_home(doc: Doc, end: int) -> int:
    """The comma that opens the apposition after a party tag ('Sen. Jack Reed, D-R.I., the
    committee's chairman', 'Rep. Adam Smith (D-Wash.), chairman of ...') or a home place
    ('Sen. Jim Inhofe of Oklahoma, the top Republican on the panel'); `end` itself when there
    is neither."""
    if end >= len(doc):
        return end
    if doc[end].text in (",", "("):
        pattern = _PARTY_TAG if doc[end].text == "," else _PARTY_IN_BRACKETS
        ahead = doc[end : end + 9]
        match = pattern.match("".join(t.text_with_ws for t in ahead))  # not doc.text: built per call
        if match is None:
            return end
        return next((t.i for t in ahead if t.idx - doc[end].idx == match.end()), end)
    if doc[end].lower_ == "of" and end + 1 < len(doc) and doc[end + 1].ent_type_ == "GPE":
        i = end + 1
        while i < len(doc) and doc[i].ent_type_ == "GPE" and doc[i].ent_iob_ in ("B", "I"):
            i += 1
        return i if i < len(doc) and doc[i].text == "," else end
    return end


def _apposition_after(doc: Doc, end: int, owner: dict[int, Cluster]) -> list[Role]:
    """'NAME, the head of X, said' / 'NAME, head of X said' / 'NAME, 45, a commander in X,' /
    'NAME (head of X) said'."""
    if end + 1 < len(doc) and doc[end].text in rule_words("post_nominals") and doc[end + 1].text == ",":
        end += 1  # 'The Hon X MP, Minister for Foreign Affairs,'
    end = _after_age(doc, end)  # an age between the name and the role
    end = _after_party_or_home(doc, end)
    if end >= len(doc) or doc[end].text not in _APPOSITION_OPENERS:
        return []
    close = _APPOSITION_OPENERS[doc[end].text]
    tokens: list[Token] = []
    verbs = rule_words("reporting_verbs")
    closed = False
    stop = min(len(doc), end + 1 + _MAX_LONG_ROLE + 1)
    i = end + 1
    while i < stop:
        tok = doc[i]
        inner = _bracketed_name(doc, i, owner)
        if inner:  # 'head of the Syrian Democratic Forces (SDF) media office'
            tokens.extend(doc[i:inner])
            i = inner
            continue
        hyphened = doc[i - 1].text == "-" and not doc[i - 1].whitespace_  # 'the tax-writing committee'
        if (
            _ends_phrase(tok)
            or (tok.lemma_ in verbs and tok.pos_ == "VERB" and not hyphened)
            # 'Col. X, Central Command spokesman will moderate': the clause's verb ends it
            or (tok.pos_ == "AUX" and tok.lower_ not in _COPULAS and tokens)
        ):
            closed = tok.text == close
            break
        tokens.append(tok)
        i += 1
    if close != "," and not closed:
        return []  # a bracket or dash left open is no apposition
    if not closed and tokens and tokens[-1].tag_ == "NNS" and i < len(doc) and doc[i].lemma_ in verbs:
        return []  # 'the death of X of Gaston, sheriff's deputies said': who says it, no role
    if tokens and tokens[0].lower_ in _JOINERS:
        return []  # 'A, B, and the clerk': the next of a list, not B's role
    if closed and close == "," and _list_goes_on(doc, i + 1, owner):
        return []  # 'Gonzalez, the boy's stepmother, his baby half-brother, ...': a list
    # a comma's apposition that runs to the sentence's end is as whole as one a comma closes,
    # unless it names another person ('met Prime Minister X, Speaker Y and Foreign Minister Z.')
    whole = closed or (
        close == ","
        and i < len(doc)
        and doc[i].text in (".", "!", "?")
        and not any(_other_person(t, owner) for t in tokens)
    )
    roles: list[Role] = []
    for part in _coordinated_parts(tokens):
        role = _apposed_role(part, owner, whole)
        if role is None:
            break  # 'Kay, along with two other passengers and the driver,': no role, a list
        roles.append(role)
    return roles


def _apposed_role(tokens: list[Token], owner: dict[int, Cluster], closed: bool) -> Role | None:
    phrase = _before_reduced_clause(tokens)
    found = _trim_place(_role_phrase(phrase, owner, closed), phrase)
    rest = tokens[len(phrase) :]
    if found is not None and found.affiliation is None and len(rest) > 2 and rest[1].lower_ in _WORKS_FOR:
        found.affiliation = _affiliation_in(rest[2:], owner)  # 'a doctor working for MSF'
    return found


def _coordinated_parts(tokens: list[Token]) -> list[list[Token]]:
    """'a Connecticut Democrat and the author of the provision': two descriptions joined by
    'and' before an article are two roles; else the one phrase."""
    joins = range(1, len(tokens) - 1)
    cut = next((k for k in joins if tokens[k].lower_ == "and" and tokens[k + 1].lower_ in _ARTICLES), None)
    return [tokens] if cut is None else [tokens[:cut], tokens[cut + 1 :]]


_WORKS_FOR = {"for", "with", "at"}


def _list_goes_on(doc: Doc, j: int, owner: dict[int, Cluster]) -> bool:
    """After 'NAME, PHRASE,' another item of a list follows: a person's name ('Gerard, their
    aunt and her boyfriend, Andre Jones Sr., were found') or a noun phrase that itself ends at
    a comma or 'and' before any verb ('his baby half-brother, a dozen classmates and ...'; not
    'the police said')."""
    if j >= len(doc) or j < 3:
        return False
    last = doc[j - 2]  # the phrase's last word, before its closing comma
    if last.i in owner and owner[last.i].kind != "person":
        return False  # 'president of Safaricentre International, a tour operator': the body's
    if j in owner and owner[j].kind == "person" and not owner[j].anonymous:
        # not 'a lawyer for the White House secretary, Betty Currie': the name is that office's
        return not _head_word(last, person_nouns())
    if doc[j].pos_ != "DET" and doc[j].tag_ != "PRP$":
        return False
    for tok in doc[j + 1 : j + 8]:
        if tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";"):
            return False
        if tok.lower_ == "and":
            return True
        if tok.text == ",":  # the next item opens as this one did (not ', Calif.')
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            return after is not None and (after.pos_ in ("DET", "NUM") or after.tag_ == "PRP$")
    return False


# dashes and the wire services' '_' set a phrase apart as a comma does
# (not the spaced en dash inside names: 'Combined Joint Task Force – Inherent Resolve')
_PHRASE_ENDS = {",", ".", ";", ":", "(", ")", "--", "—", "_"}


def _ends_phrase(tok: Token) -> bool:
    """Punctuation, a line break or a clause word ('who', 'said') ends a role phrase."""
    return tok.text in _PHRASE_ENDS or tok.is_space or tok.lower_ in _STOP_WORDS


def _bracketed_name(doc: Doc, i: int, owner: dict[int, Cluster]) -> int | None:
    """End (after ')') of a bracketed short name of an actor at token i ('(SDF)'), else None."""
    if doc[i].text != "(" or i + 2 >= len(doc):
        return None
    close = next((t.i for t in doc[i + 1 : i + 5] if t.text == ")"), None)
    if close is None or close == i + 1:
        return None
    keys = {owner[j].key if j in owner else None for j in range(i + 1, close)}
    return close + 1 if None not in keys and len(keys) == 1 else None


_COPULAS = {"is", "was"}
_BECOME = {"become", "became", "becomes"}


def _past_modal_to_become(doc: Doc, i: int) -> int:
    """The token of 'become' after 'would' / 'will' and adverbs ('would later become'), else i."""
    if i >= len(doc) or doc[i].lower_ not in ("would", "will"):
        return i
    k = i + 1
    while k < min(len(doc), i + 4) and doc[k].pos_ == "ADV":
        k += 1
    return k if k < len(doc) and doc[k].lower_ in _BECOME else i
_ARTICLES = {"the", "a", "an"}
_TIME_WORDS = {"until", "since", "before", "after", "during", "from"}


def _copula_roles(doc: Doc, end: int, owner: dict[int, Cluster]) -> list[Role | None]:
    """'NAME is a Syrian politician who served as Minister of X', 'NAME is a Kurdish politician
    and the co-chair of Y', 'NAME is a diplomat currently serving as Z': more roles may follow
    the first, after 'who', 'and' or a participle of serving."""
    roles = [_copula_after(doc, end, owner)]
    while (last := roles[-1]) is not None and last.span is not None and len(roles) < _MAX_COPULA_ROLES:
        roles.append(_next_copula_role(doc, last.span[1], owner))
    return roles


_MAX_COPULA_ROLES = 3


def _next_copula_role(doc: Doc, i: int, owner: dict[int, Cluster]) -> Role | None:
    """The role after the one that ends at token i, if 'who is', 'and the' or 'serving as'
    opens one there."""
    if i + 1 >= len(doc):
        return None
    if doc[i].lower_ == "who":
        return _copula_after(doc, i, owner)
    if doc[i].lower_ == "and" and doc[i + 1].lower_ in _ARTICLES:
        return _role_from(doc, i + 1, owner)
    i += doc[i].lower_ == "and"  # '... of Iraq and the Levant and serves as'
    while i < len(doc) and doc[i].pos_ == "ADV":  # 'currently serving as'
        i += 1
    if i + 2 < len(doc) and doc[i].lower_ in _SERVE_VERBS and doc[i + 1].lower_ == "as":
        start = _after_copula(doc, i)
        return _role_from(doc, start, owner) if start is not None else None
    return None


_MAX_BRACKET = 40  # tokens: '(born X; 28 July 1971 – 27 October 2019)', '(Arabic: ...)'


def _copula_after(doc: Doc, end: int, owner: dict[int, Cluster]) -> Role | None:
    """'NAME is the special envoy for X.', 'NAME, who is the head of X,': a role said of the
    person with a copula names the same person."""
    i = end
    if i < len(doc) and doc[i].text == "(":  # 'NAME (born 1941) is ...'
        i = next((t.i + 1 for t in doc[i + 1 : i + _MAX_BRACKET] if t.text == ")"), i)
    i += i < len(doc) and doc[i].text == ","
    i += i < len(doc) and doc[i].lower_ == "who"
    first = _after_copula(doc, i)
    if first is None or first + 1 >= len(doc):
        return None
    return _role_from(doc, first, owner)


def _role_from(doc: Doc, first: int, owner: dict[int, Cluster]) -> Role | None:
    """The role phrase that starts at token `first` and ends at punctuation, a clause word, a
    time, 'to' before a verb, a verb, or 'and' before another article (None when nothing
    closes it within reach)."""
    tokens: list[Token] = []
    closed = False
    for tok in doc[first : first + 1 + _MAX_LONG_ROLE]:
        if _ends_phrase(tok):
            closed = not tok.is_space
            break
        if (
            (tok.lower_ == "to" and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "VERB")
            or tok.lower_ in _TIME_WORDS
            or tok.ent_type_ in ("DATE", "TIME")
            # 'a Kurdish politician [and the co-chair of X]', 'a diplomat [currently serving as]'
            or (tok.i + 1 < len(doc) and _second_phrase_at(tok, doc[tok.i + 1], owner))
            or (tokens and tok.lower_ in _SERVE_VERBS)
            or (
                tokens
                and tok.pos_ == "ADV"
                and tok.i + 1 < len(doc)
                and doc[tok.i + 1].lower_ in _SERVE_VERBS
            )
        ):
            closed = True  # "the envoy for the coalition [to counter ISIL]", "[until 2014]"
            break
        tokens.append(tok)
    while tokens and (tokens[-1].lower_ in _JOINERS or tokens[-1].pos_ in ("ADP", "ADV")):
        # '... of Iraq and the Levant [and] serves as', 'ambassador to Iraq [in] May', 'a
        # young shopkeeper [there]', 'a former engineering student [now] helping'
        tokens.pop()
    return _trim_place(_role_phrase(tokens, owner, closed), tokens) if closed else None


_SERVE_VERBS = {"served", "serves", "serving"}
_PERFECT = {"has", "have", "had"}


def _after_copula(doc: Doc, i: int) -> int | None:
    """Where the role starts after 'is the', 'was a', 'served as the', or before a title with
    no article ('was Prime Minister of Iraq', 'served as Minister of Defence', 'has served
    as')."""
    # 'has served as', 'has been'
    i += i + 1 < len(doc) and doc[i].lower_ in _PERFECT and doc[i + 1].lower_ in _SERVE_VERBS | {"been"}
    i = _past_modal_to_become(doc, i)  # 'who would later become the President of Syria'
    if i + 1 < len(doc) and doc[i].lower_ in _BECOME:
        return i + 1 if doc[i + 1].lower_ in _ARTICLES else None
    if i + 2 < len(doc) and doc[i].lower_ in _SERVE_VERBS and doc[i + 1].lower_ == "as":
        i += 2
    elif i + 1 < len(doc) and doc[i].lower_ in _COPULAS | {"been"}:
        i += 1
    else:
        return None
    if doc[i].lower_ in _ARTICLES:
        return i
    titled = doc[i].text[:1].isupper() and doc[i].lower_ in _title_words()
    # "was Australia's Minister for Foreign Affairs": a name's possessive opens the role
    owned = doc[i].pos_ == "PROPN" and i + 1 < len(doc) and doc[i + 1].text in _S_POSSESSIVES
    return i if titled or owned else None


@cache
def _role_verbs() -> dict[str, str]:
    """'heads' -> 'head', 'commands' -> 'commander': a verb of office and the role it gives."""
    return {w: r["noun"] for r in role_rules("role_verbs") for w in r["words"]}


def _relative_role(doc: Doc, end: int, owner: dict[int, Cluster]) -> Role | None:
    """'NAME, who heads the SDF press office, said' -> role 'head of the SDF press office'.
    Only the name keeps its mention: the body is what the person belongs to."""
    if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return None
    noun = _role_verbs().get(doc[end + 2].lower_)
    if noun is None:
        return None
    tokens: list[Token] = []
    for tok in doc[end + 3 : end + 3 + _MAX_ROLE + 1]:
        if _ends_phrase(tok):
            break
        # 'the UK-based X' and 'the ruling National Council' are no deed
        verb = tok.pos_ in ("VERB", "AUX") and not _compound(tok) and tok.dep_ != "amod"
        if verb or tok.lower_ in _TIME_WORDS or tok.ent_type_ in ("DATE", "TIME"):
            return None  # "who led the attack last year": a deed, not an office
        tokens.append(tok)
    if not tokens or len(tokens) > _MAX_ROLE or any(_other_person(t, owner) for t in tokens):
        return None
    body = strip_article(clean(doc[tokens[0].i : tokens[-1].i + 1].text))
    found = _trim_place(Role(f"{noun} of {body}", _affiliation_in(tokens, owner)), tokens)
    if found is not None and not found.text.startswith(f"{noun} of "):
        found.text = f"{noun} of {found.text}"
    return found


def _relative_workplace(doc: Doc, end: int, owner: dict[int, Cluster]) -> Role | None:
    """'Youssef Benali, who teaches international relations at Mohammed V University', 'Dana
    Haddad, who tracks the captagon trade at the New Lines Institute': the body a relative
    clause of work puts the person at is the person's (no role: the clause says what they do,
    not their office)."""
    if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "who":
        return None
    if doc[end + 2].lemma_ not in _WORK_VERBS:
        return None
    for tok in doc[end + 3 : end + 3 + _MAX_ROLE]:
        if _ends_phrase(tok) or _other_person(tok, owner):
            return None
        if tok.lower_ in ("at", "for", "with"):
            body = owner.get(tok.i + 1) or owner.get(tok.i + 2)  # 'at [the] X'
            if body is not None and body.kind not in ("person", "state") and not body.anonymous:
                return Role("", body.key)
            return None
    return None


# verbs of work whose place ('at', 'for', 'with' a body) is the worker's body
_WORK_VERBS = frozenset(
    {"teach", "lecture", "study", "research", "work", "track", "monitor", "serve", "volunteer"}
)


def _led_by(doc: Doc, i: int, owner: dict[int, Cluster]) -> Role | None:
    """'the EU delegation, led by Ambassador X', 'a militia headed by X': the body a verb of
    office leads up to the name is the person's, the verb gives the role ('leader', 'head').
    Not a deed: 'an attack led by X' names no body. `i`: the token before the name's titles."""
    if i < 2 or doc[i].lower_ != "by":
        return None
    noun = _role_verbs().get(doc[i - 1].lower_)
    at = i - 2 - (doc[i - 2].text == ",")
    at -= doc[at].text == ")"  # 'the Sudanese Armed Forces (SAF), led by': the acronym is the body's
    body = owner.get(at)
    if noun is None or body is None or body.kind == "person" or body.anonymous:
        return None
    return None if body.key.startswith("role:") else Role(noun, body.key)


def _under_a_leader(doc: Doc, i: int, owner: dict[int, Cluster]) -> Role | None:
    """'the bulk of the OLA, under Jaal Marroo, stayed': a body right before 'under' and the
    name (a comma between) is the body the person leads; no role's word is said. `i`: the token
    before the name's titles."""
    if i < 2 or doc[i].lower_ != "under":
        return None
    at = i - 1 - (doc[i - 1].text == ",")
    at -= doc[at].text == ")"
    body = owner.get(at)
    if body is None or body.kind == "person" or body.anonymous or body.key.startswith("role:"):
        return None
    return Role("", body.key)


def _agent_of_a_body(doc: Doc, mention: Candidate, owner: dict[int, Cluster]) -> Role | None:
    """'The CRP was launched in 2023 by X', 'the CPC, formed in late 2020 by former president
    X,': the person is the agent of a verb of office or of founding (data/actor_rules.json
    role_verbs, founding_verbs) whose subject, or the noun it describes, is a body's mention,
    as the parse reads it past the words between."""
    by = doc[mention.tok_start : mention.tok_end].root.head
    verb = by.head
    if by.dep_ != "agent" or verb.tag_ != "VBN":
        return None
    noun = _role_verbs().get(verb.lower_) or _founding_verbs().get(verb.lower_)
    if noun is None:
        return None
    if verb.dep_ == "acl":
        subject: Token | None = verb.head
    else:
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    body = owner.get(subject.i) if subject is not None else None
    if body is None or body.kind == "person" or body.anonymous or body.key.startswith("role:"):
        return None
    return Role(noun, body.key)


def _founder_as_subject(doc: Doc, mention: Candidate, owner: dict[int, Cluster]) -> Role | None:
    """'Ahmed Ali founded the Hamza Division in 2013', 'Younis established the Strings of Freedom
    orchestra': the person is the active subject of a verb of founding (founding_verbs) whose
    object is a group's, a company's or an NGO's mention (not a government's, an army's or a
    state's: 'the Prime Minister formed a government' founds no body of his own)."""
    subject = doc[mention.tok_start : mention.tok_end].root
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    noun = _founding_verbs().get(verb.lower_)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    body = owner.get(obj.i) if obj is not None else None
    if noun is None or body is None or body.anonymous or body.kind not in _FOUNDED_KINDS:
        return None
    return None if body.key.startswith("role:") else Role(noun, body.key)


_FOUNDED_KINDS = frozenset({"armed_group", "organization", "ngo", "media", "coalition"})


@cache
def _founding_verbs() -> dict[str, str]:
    """'founded' -> 'founder': a verb of founding, read before its founder's 'by' or after its
    founder as the active subject."""
    return {w: r["noun"] for r in role_rules("founding_verbs") for w in r["words"]}


def _appointed_as(doc: Doc, mention: Candidate, owner: dict[int, Cluster]) -> Role | None:
    """'Zarqawi appointed Abu Ghadiya the lead Syrian commander for AQI's logistics', 'X was
    appointed by Prime Minister Y as the Iraqi commander for Z', 'X was named ambassador to
    Iraq': the office a verb of appointing gives the person (with or without 'as'; past an
    agent phrase in the passive)."""
    root = doc[mention.tok_start : mention.tok_end].root
    verb = root.head
    if verb.lemma_ not in _APPOINTING or root.dep_ not in ("dobj", "nsubjpass"):
        return None
    i = mention.tok_end if root.dep_ == "dobj" else verb.i + 1
    if root.dep_ == "nsubjpass" and i < len(doc) and doc[i].lower_ == "by":
        i = next((t.i for t in doc[i + 1 : i + _MAX_AGENT] if t.lower_ == "as" or t.is_punct), len(doc))
        if i >= len(doc) or doc[i].lower_ != "as":
            return None  # 'was appointed by the council.': no office said
    i += i < len(doc) and doc[i].lower_ == "as"
    opener = doc[i].lower_ if i < len(doc) else ""
    if not (opener in _ARTICLES or opener in _OWNERS or _head_word(doc[i], person_nouns())):
        return None
    role = _role_from(doc, i, owner)
    if role is None or role.span is None:
        return role
    # 'was elected mayor [with 61 percent of the vote]': how, not the office
    stop = next((t.i for t in doc[i : role.span[1]] if t.lower_ in _NOT_OF_THE_OFFICE), None)
    return _role_phrase(list(doc[i:stop]), owner, closed=True) if stop is not None else role


# prepositions after an office that no longer say what the office is
_NOT_OF_THE_OFFICE = {"with", "by", "after", "before", "during", "since", "until", "on", "amid", "despite"}
_APPOINTING = {"appoint", "name", "nominate", "elect", "promote", "designate", "install", "choose", "select"}
_MAX_AGENT = 8  # tokens from 'by' to 'as': 'by Prime Minister Nouri Maliki as'


def _copula_role_before(doc: Doc, i: int, owner: dict[int, Cluster]) -> Role | None:
    """'His Chief of Staff is Major General Hassan', 'The head of the mission is X': an office
    that is the subject of a copula right before the name is the person's, and the phrase a
    mention of the person. `i`: the token before the name's titles."""
    if i < 1 or doc[i].lower_ not in ("is", "was") or doc[i].pos_ != "AUX":
        return None
    subject = next((c for c in doc[i].children if c.dep_ == "nsubj"), None)
    if subject is None or subject.right_edge.i != i - 1 or subject.lower_ not in rule_words("role_heads"):
        return None
    start = subject.left_edge.i
    if any(k in owner and owner[k].kind == "person" for k in range(start, i)):
        return None  # 'Smith's deputy is X': the office is named by another's name
    first = start + (doc[start].lower_ in _OWNERS or doc[start].lower_ == "the")
    words = doc[first:i]
    return Role(words.text, _affiliation_in(list(words), owner), span=(start, i))


def _body_of_after(doc: Doc, end: int, owner: dict[int, Cluster]) -> Role | None:
    """'Sarah Whitson of Human Rights Watch said', 'Inspector X of Thames Valley Police': a body
    named right after the name and 'of' is whom the person works for (no role: the words say
    whose, not what). Not a person's ('Mary, Queen of Scots' is no body either)."""
    at = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    # the body by its name, not a phrase read as one ('of the ’60s folk group')
    if at >= len(doc) or doc[end].lower_ != "of" or at not in owner or not doc[at].text[:1].isupper():
        return None
    body = owner[at]
    if body.kind == "person" or body.anonymous or body.key.startswith("role:"):
        return None
    return Role("", body.key)


def _affiliation_in(tokens: list[Token], owner: dict[int, Cluster]) -> str | None:
    """The first body named in a role phrase, a registered one (or its unit) first; not one
    that only describes the next ('a senior official in the al-Qaeda affiliate Hurras al-Din'
    is Hurras al-Din's)."""
    bodies = [t for t in tokens if t.i in owner and owner[t.i].kind != "person"]
    kept = [t for t in bodies if not _describes_another_body(t, owner)]
    return _first_actor([owner[t.i] for t in kept or bodies])  # all describing others: the first


def _describes_another_body(tok: Token, owner: dict[int, Cluster]) -> bool:
    """The body's name is followed by a word for a group derived from it, or a sponsor's
    participle, and another body's name ('the al-Qaeda affiliate Hurras al-Din', 'the Iranian
    proxy Kataib Hezbollah', 'the US-backed SDF')."""
    doc, cluster = tok.doc, owner[tok.i]
    j = tok.i + 1
    while j < len(doc) and owner.get(j) is cluster:
        j += 1
    if j + 2 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ in SPONSOR_WORDS:
        j += 1  # 'the US-backed Syrian Democratic Forces': the sponsor describes the body after
    elif j + 1 >= len(doc) or doc[j].lower_ not in _DERIVED_GROUP_NOUNS:
        return False
    after = owner.get(j + 1)
    return after is not None and after is not cluster and after.kind != "person"


_DERIVED_GROUP_NOUNS = frozenset(
    {"affiliate", "offshoot", "branch", "splinter", "franchise", "proxy", "ally", "faction", "wing"}
)


def _first_actor(actors: list[Cluster]) -> str | None:
    """The first of a role phrase's actors, a registered one (or its unit) first."""
    registered = [a for a in actors if a.key.startswith("reg:") or (a.affiliation or "").startswith("reg:")]
    return (registered or actors)[0].key if (registered or actors) else None


def _apposition_before(doc: Doc, start: int, end: int, owner: dict[int, Cluster]) -> Role | None:
    """'the commander of the campaign, NAME, said' / 'said US commander in X, General NAME'."""
    i = start - 1
    titles = _titles_and_honorifics()
    while i >= 0 and (_is_title_word(doc, i, titles) or abbreviation_dot(doc, i) or doc[i].text in _STYLES):
        i -= 1
    i = _before_descriptor(doc, i)
    if i < 1 or doc[i].text != ",":
        return None
    verbs = rule_words("reporting_verbs")
    if _parenthetical_report(doc, end, verbs):
        return None  # 'One woman, Kotzer said, had cancer': the phrase is the clause's subject
    i = _before_bracketed_short_form(doc, i)  # 'the Commander of the Armed Forces (LAF), NAME'
    tokens: list[Token] = []
    for tok in reversed(doc[max(0, i - _MAX_ROLE - 1) : i]):
        if (
            _ends_phrase(tok)
            or tok.text in _DOUBLE_QUOTES  # the phrase is no quote's words
            or tok.lower_ == "as"
            or tok.lemma_ in verbs
            # 'X met the UN envoy for Libya, NAME': the verb's object is the apposition
            or (tok.pos_ in ("VERB", "AUX") and not _compound(tok))
        ):
            break
        tokens.insert(0, tok)
    if _after_a_listed_name(doc, tokens, owner):
        return None  # 'Amir and Gerard, their aunt and her boyfriend, Andre Jones': a list
    found = None if _governed_phrase(doc, tokens, end, verbs) else _role_phrase(tokens, owner)
    if found is not None:
        return found
    if end < len(doc) and doc[end].lemma_ in verbs:
        return None  # '... with an interim head for a year, NAME said': the clause ends, NAME reports it
    inner = _after_deed_noun(doc, tokens, end)
    if inner is not None:  # 'the work of the UN Special Envoy, NAME,': the envoy is NAME
        return _role_phrase(tokens[inner:], owner)
    met = _met_in_role(tokens)  # 'spoke to his Russian counterpart, NAME'
    return _role_phrase(tokens[met:], owner) if met is not None else None


def _before_descriptor(doc: Doc, i: int) -> int:
    """'The former leader of AQI, Jordanian-born militant NAME': a short description in small
    letters ending in a noun for a person (adjectives, hyphened words, a demonym before it)
    may stand between the comma and the name; the token before it if a comma is there, else
    i itself."""
    if i < 1 or not _person_noun_as_written(doc[i]):
        return i
    j = i - 1
    while j > max(0, i - 6) and (doc[j].pos_ in ("ADJ", "VERB", "NOUN", "PROPN") or doc[j].text == "-"):
        if doc[j].pos_ == "PROPN" and doc[j].ent_type_ != "NORP":
            break  # a name, not a description's word
        j -= 1
    return j if doc[j].text == "," else i


def _person_noun_as_written(tok: Token) -> bool:
    """A noun for a person in small letters; the tagger often reads it as an adjective before
    a name ('militant Abu Musab')."""
    return tok.text.islower() and tok.pos_ in ("NOUN", "ADJ") and tok.lower_ in person_nouns()


def _before_bracketed_short_form(doc: Doc, i: int) -> int:
    """Where a phrase ending at token i ends without a short form in brackets closing it
    ('... Armed Forces (LAF)'): the bracket's token, else i itself."""
    if i >= 3 and doc[i - 1].text == ")" and doc[i - 3].text == "(" and doc[i - 2].text.isupper():
        return i - 3
    return i


def _after_a_listed_name(doc: Doc, tokens: list[Token], owner: dict[int, Cluster]) -> bool:
    """The phrase before 'NAME' follows another person's name and a comma: items of a list, not
    an apposition (a joiner opening it reads on: 'X, and the boy's uncle, Y')."""
    if not tokens or tokens[0].lower_ in _JOINERS or tokens[0].i < 2:
        return False
    before = tokens[0].i - 1
    named = owner.get(before - 1)
    return doc[before].text == "," and named is not None and named.kind == "person" and not named.anonymous


def _after_deed_noun(doc: Doc, tokens: list[Token], end: int) -> int | None:
    """Where the role phrase opens in 'the work of the UN envoy', 'a statement by the minister':
    after a preposition that follows a noun for what an office holder does or says (data
    deed_nouns, or an abstract noun's ending), the apposition names the office holder. Not
    when a verb follows the name ('After the resignation of the chancellor, NAME named ...':
    the name opens the next clause), nor after a person's noun ('the rival of the president')."""
    if end < len(doc) and doc[end].pos_ in ("VERB", "AUX"):
        return None
    # the office may hold prepositions of its own ('support to | the UN Envoy for Syria'): the
    # deed noun's is the last preposition with a noun before it
    for at in range(len(tokens) - 2, 0, -1):
        if tokens[at].pos_ != "ADP" or tokens[at - 1].pos_ not in ("NOUN", "PROPN"):
            continue
        noun = tokens[at - 1]
        if noun.pos_ == "NOUN" and (noun.lower_ in rule_words("deed_nouns") or abstract_noun(noun.lower_)):
            return at + 1
        if noun.pos_ == "NOUN" or noun.is_lower:
            return None  # 'the rival of the president': the noun before is no deed
    return None


def _met_in_role(tokens: list[Token]) -> int | None:
    """'(talks) with the Iraqi prime minister', 'to his Russian counterpart', 'led by its
    president': whom someone met, spoke to or was led by, a determiner and a role noun ending
    the phrase; where that role phrase opens (not 'in the area of the commander', 'with his
    mother in the car')."""
    # the office may hold a preposition of its own ('alongside | the UK Permanent
    # Representative to the UN'): the first meeting preposition whose phrase is a role's
    for at, tok in enumerate(tokens[:-2]):
        if tok.pos_ != "ADP" or tok.lower_ not in _MET_BY:
            continue
        if tokens[at + 1].lower_ not in _PERSONAL_POSSESSIVES and not _determined(tokens, at + 1):
            continue
        later = [k for k in range(at + 2, len(tokens)) if tokens[k].pos_ == "ADP"]
        end = later[0] if later and tokens[later[0]].lower_ in _OFFICE_PREPOSITIONS else len(tokens)
        if _head_word(tokens[end - 1], person_nouns()):
            return at + 1
    return None


_DOUBLE_QUOTES = {"“", "”", '"'}


def _parenthetical_report(doc: Doc, end: int, verbs: frozenset[str]) -> bool:
    """The name is followed by a reporting verb set off by a comma ('..., NAME said, ...'): an
    attribution inside someone else's clause."""
    return end + 1 < len(doc) and doc[end].lemma_ in verbs and doc[end + 1].text == ","


def _governed_phrase(doc: Doc, tokens: list[Token], end: int, verbs: frozenset[str]) -> bool:
    """The words before the comma are what a preposition or a verb before them governs, not an
    apposition naming the person whose name ends at `end`."""
    before = doc[tokens[0].i - 1] if tokens and tokens[0].i > 0 else None
    if before is None:
        return False
    if before.pos_ == "ADP":
        return True  # "in the area of the commander, NAME" is not an apposition
    return (
        before.pos_ in ("VERB", "AUX")
        and before.lemma_ not in verbs  # "said US commander in X, General NAME"
        # "shot his mother in the leg, NAME": only 'the/a ...' is the object's name; and not
        # "found the mother hurt, Lt. NAME said": there the name opens the next clause
        and (not _determined(tokens, 0) or (end < len(doc) and doc[end].pos_ in ("VERB", "AUX")))
    )


def _determined(tokens: list[Token], at: int) -> bool:
    """tokens[at] opens a noun phrase as an article or an owner's name in the possessive does
    ('the envoy', "Iraq's foreign minister")."""
    tok = tokens[at]
    owned = tok.pos_ == "PROPN" and at + 1 < len(tokens) and tokens[at + 1].text in ("'s", "’s")
    return tok.lower_ in _ARTICLES or owned


def _trim_place(found: Role | None, tokens: list[Token]) -> Role | None:
    """'head of SDF Press Office in northern Syria' -> 'head of SDF Press Office', 'minister at
    the time' -> 'minister'; not 'official in the interior ministry', 'commander in the Free
    Syrian Army': no place or time follows."""
    if found is None:
        return None
    tokens = _before_reduced_clause(tokens)  # as the role phrase read them
    for k, tok in enumerate(tokens[3:], 3):
        if (
            tok.lower_ in {"in", "at", "near"}
            and not _joined_hyphen(tok.doc, tok.i - 1)  # 'agent-in-charge'
            and any(_place_word(t) for t in tokens[k + 1 :])
        ):
            kept = strip_article(clean(tokens[0].doc[tokens[0].i : tok.i].text))
            found.text = kept or found.text
            break
    return found


_PLACE_ENTITIES = {"GPE", "LOC", "FAC"}


def _place_word(tok: Token) -> bool:
    """A place's name or a word for a place ('Douma', 'the city', 'Nineveh province'), or a
    time ('at the time', 'in 2014'): words that say where or when, not what the role is."""
    return (
        tok.ent_type_ in _PLACE_ENTITIES
        or tok.ent_type_ in ("DATE", "TIME")
        or tok.lower_ in rule_words("place_nouns")
        or tok.lower_ in _TIME_NOUNS
    )


_TIME_NOUNS = {"time", "moment", "past"}


_TITLE_HEADS = {
    "gen.": "general",
    "gen": "general",
    "col.": "colonel",
    "col": "colonel",
    "adm.": "admiral",
    "capt.": "captain",
    "sgt.": "sergeant",
    "lt.": "lieutenant",
    "cmdr.": "commander",
    "amb.": "ambassador",
    "sec.": "secretary",
}


def _named_person(cluster: Cluster) -> bool:
    """A person the text names (not an unnamed speaker, not an office read as an actor)."""
    return cluster.kind == "person" and not cluster.anonymous and not cluster.key.startswith("role:")


def _head_holders(clusters: dict[str, Cluster]) -> dict[str, set[str]]:
    """Role head word -> the named people whose role it heads."""
    heads = rule_words("role_heads")
    holders: dict[str, set[str]] = {}
    for cluster in clusters.values():
        if not _named_person(cluster):
            continue
        for role in cluster.roles:
            for head in _role_heads(role, heads):
                holders.setdefault(head, set()).add(cluster.key)
    return holders


def _head_coreference(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """'The secretary added', 'the general said': a bare role word after the one person whose
    role it heads ('Defense Secretary Ash Carter', 'Lt. Gen. X', 'X, commander of Y')."""
    holders = _head_holders(clusters)
    if not holders:
        return
    first = {
        c.key: min(m.start for m in c.mentions) for c in clusters.values() if _named_person(c) and c.mentions
    }
    taken = _mention_tokens(clusters.values())
    for tok in tokens_among(doc, ("the",), lower=True):
        if tok.i >= len(doc) - 2:
            break
        noun = doc[tok.i + 1]
        owners = holders.get(noun.lower_)
        if not owners or len(owners) != 1 or {tok.i, noun.i} & taken:
            continue
        if (noun.text != noun.lower_ and not tok.is_sent_start) or doc[tok.i + 2].pos_ in ("NOUN", "PROPN"):
            continue  # "the General Assembly", "the general public": not the person
        key = next(iter(owners))
        if doc[tok.i + 2].lower_ == "of" or first[key] > tok.idx:
            continue
        if unnamed_described_since(clusters, clusters[key], tok.idx, noun.lower_):
            continue  # 'A South Korean military official ... the official said': that one
        clusters[key].mentions.append(
            _mention_at(
                doc,
                tok.i,
                noun.i + 1,
                "role_coreference",
                key,
                f"{tok.text} {noun.text}",
                "person",
                short_form=True,
            )
        )


def unnamed_described_since(clusters: dict[str, Cluster], holder: Cluster, at: int, head: str) -> bool:
    """'Kim Yo Jong, a senior official of the party' ... 'A South Korean military official told
    AP' ... 'the official said': an unnamed person given the role's word after the named holder
    was last named before char `at` is the one a description there takes up, not the holder."""
    named_last = max((m.end for m in holder.mentions if m.end <= at), default=-1)
    return any(
        c.anonymous
        and c.kind == "person"
        and head in _described_words(c.name)
        and any(named_last < m.end <= at for m in c.mentions)
        for c in clusters.values()
    )


def _described_words(description: str) -> list[str]:
    """The words of an unnamed person's description before its first preposition: 'senior
    Iraqi official' of 'senior Iraqi official with the ministry'."""
    words = description.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in _PORTFOLIO_WORDS | _DESCRIBED_AT), len(words))
    return words[:cut]


_DESCRIBED_AT = frozenset({"with", "at", "in", "from", "who"})


def _mention_tokens(clusters: Iterable[Cluster]) -> set[int]:
    """Tokens inside a mention of one of `clusters`."""
    return {i for c in clusters for m in c.mentions for i in range(m.tok_start, m.tok_end)}


def _role_heads(role: str, heads: frozenset[str]) -> set[str]:
    """The role words a role is headed by: the last word of a title ('Defense Secretary',
    'Lt. Gen.'), the first head word of a phrase ('commander of X')."""
    words = [_TITLE_HEADS.get(w.lower(), w.lower()) for w in role.split()]
    if not words:
        return set()
    # 'Spokesman for the Secretary-General': a title ends before its portfolio's preposition
    title = words[: next((k for k, w in enumerate(words) if w in _PORTFOLIO_WORDS and k), len(words))]
    if role[:1].isupper() and title[-1] in heads:
        return {title[-1]}
    return {next((w for w in words if w in heads), "")} - {""}


_TITLE_TAILS = (" for ", " to ", " on ")
_PORTFOLIO_WORDS = frozenset({"for", "to", "on", "of"})


def _title_forms(role: str) -> list[str]:
    """A title and its short form without the portfolio ('Special Envoy for Syria' -> 'Special
    Envoy'), which a later 'the Special Envoy' uses; a one-word rest ('Minister') is left to
    the head word, which counts holders of every title it heads. The words of the service
    before a title go too ('Tanzanian Foreign Minister' -> 'Foreign Minister'). Each of two
    offices written with a slash is a title of its own ('High Representative/Vice-President')."""
    if "/" in role:
        return [role] + [form for part in role.split("/") if part for form in _title_forms(part)]
    forms = [role]
    cut = min((at for tail in _TITLE_TAILS if (at := role.find(tail)) > 0), default=-1)
    if cut > 0 and len(short := role[:cut].split()) >= 2 and short[-1].lower() in _title_words():
        forms.append(" ".join(short))
    words = role.split()
    first = next((k for k, w in enumerate(words) if w.lower() in _title_words()), 0)
    if first > 0 and len(words) - first >= 2:
        forms.extend(_title_forms(" ".join(words[first:])))
    return forms


def _role_coreference(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """'The Foreign Secretary' later in the text is the one person given that title."""
    holders, longest = _title_holders(clusters)
    if holders:
        _merge_role_actors(clusters, holders)
        _title_mentions(doc, clusters, holders, longest)
    # 'Statement by the Spokesperson': an office of one title word that no named person holds
    # and that serves no body or state names no one
    for key in [k for k, c in clusters.items() if k.startswith("role:") and " " not in c.name]:
        if clusters[key].affiliation is None:
            del clusters[key]


def _title_holders(clusters: dict[str, Cluster]) -> tuple[dict[str, set[str]], int]:
    """Title (and its short form, as name keys) -> the named people given it; and the tokens of
    the longest title ('Secretary-General' is three)."""
    holders: dict[str, set[str]] = {}
    longest = 0
    for cluster in clusters.values():
        if _named_person(cluster):
            for role in cluster.roles:
                if role[:1].isupper() and any(w.lower() in _title_words() for w in role.split()):
                    for form in _title_forms(role):
                        holders.setdefault(name_key(form), set()).add(cluster.key)
                    longest = max(longest, len(role.replace("-", " - ").split()))
    return holders, longest


def _merge_role_actors(clusters: dict[str, Cluster], holders: dict[str, set[str]]) -> None:
    """An office read as an actor ('the Foreign Secretary') joins the one named holder of its
    title, or of its head word when it is one word ('the Secretary')."""
    heads = _head_holders(clusters)
    for key in [k for k in clusters if k.startswith("role:")]:
        first, _, rest = clusters[key].name.partition(" ")
        # 'the Iraqi Foreign Minister' is the holder of 'Foreign Minister'; 'the Prime
        # Minister' is not the holder of 'Minister' (a title's own word stays)
        shorter = holders.get(name_key(rest)) if rest and first.lower() not in _title_words() else None
        owners = holders.get(key[5:]) or shorter
        if not owners and len(words := clusters[key].name.split()) == 1:
            # "the Secretary" after "Defense Secretary Ash Carter": the one holder of the head word
            owners = heads.get(_TITLE_HEADS.get(words[0].lower(), words[0].lower()))
        if owners and len(owners) == 1:  # "the Foreign Secretary" is the one named holder
            holder = clusters[next(iter(owners))]
            _extend_outside(holder, clusters.pop(key).mentions)


def _title_mentions(
    doc: Doc, clusters: dict[str, Cluster], holders: dict[str, set[str]], longest: int
) -> None:
    """'the Secretary-General', 'the prime minister': the longest title after 'the' that one
    named person holds is a mention of that person. A role actor read inside a longer title
    ('The Secretary' of 'The Secretary-General') gives way to the title."""
    taken = _mention_tokens(c for c in clusters.values() if not c.key.startswith("role:"))
    # a title's key opens with its first word's key: most 'the's are followed by no title, and
    # reading every span up to the longest title after each costs more than the whole stage
    first_words = {key.split()[0] for key in holders if key}
    for tok in tokens_among(doc, ("the",), lower=True):
        if tok.i + 1 >= len(doc):
            continue
        first = name_key(doc[tok.i + 1].text).split()
        if not first or first[0] not in first_words:
            continue
        for n in range(longest, 0, -1):
            span = doc[tok.i + 1 : tok.i + 1 + n]
            if (not span.text[:1].isupper() and len(span) < 2) or span[-1].text in _S_POSSESSIVES:
                continue  # 'the prime minister' is a title in lower case; 'the president' a word
            owners = holders.get(name_key(span.text))
            if owners and len(owners) == 1 and not any(i in taken for i in range(tok.i, span.end)):
                key = next(iter(owners))
                # 'The Secretary' of 'The Secretary-General', taken over with an office read
                # before, gives way to the whole title
                clusters[key].mentions[:] = [
                    m for m in clusters[key].mentions if not (tok.i <= m.tok_start and m.tok_end <= span.end)
                ]
                clusters[key].mentions.append(
                    _mention_at(
                        doc, tok.i, span.end, "role_coreference", key, span.text, "person", short_form=True
                    )
                )
                _absorb_role_actors(doc, clusters[key], tok.i, span.end, clusters)
                taken.update(range(tok.i, span.end))
                break
