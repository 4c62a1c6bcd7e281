"""Turn bx_actors spans into filtered, resolved candidates with a cluster key each.

Precision lives here: NER spans in the headline, spans that are places, operation names,
quoted phrases and lone capitalised words without support are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, TypeVar

from ..components.actors import (
    BODY_NOUN_KINDS,
    POSSESSIVE_ENDS,
    abstract_noun,
    actor_rules,
    acts_in_relative_clause,
    age_before,
    apposed_body_description,
    body_noun_around,
    entity_bounds,
    first_conjunct,
    kind_words,
    lower_words,
    names_a_person,
    object_control,
    partner_object,
    person_nouns,
    registry_words,
    rule_words,
    title_words,
    tokens_among,
    views_as,
)
from ..components.entity_dashes import DASHES
from ..components.gender_lexicon import gender_words, month_surname
from ..components.places import list_end, list_preposition
from ..components.registry import Entry, Registry
from ..doc_cache import doc_ents, doc_memo, doc_text, token_texts
from ..gazetteer.sources import country_names, region_governments, region_seats
from ..normalizers.names import (
    clean,
    fits_acronym,
    initials,
    is_acronym,
    name_key,
    possessive_to_demonym,
    short_forms,
    strip_article,
    without_generation,
)
from .context import Context, fact_id

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from spacy.tokens import Doc, Span, Token

_QUOTE_CHARS = frozenset('"“”„«»‘’')
# a curly apostrophe inside a word or before its 's is no quotation mark ('Brian O’Connor',
# 'D’Amato', 'Ohio’s'), nor one after a plural's s before the next word ('the Workers’ Party')
_ELISION = re.compile(r"(?<=\w)’(?=\w)|(?<=s)’(?= \w)")
_LOCATIVE = {"in", "at", "near", "into", "towards", "toward", "from", "to", "of", "around", "throughout"}
_STOP_NAMES = {
    "near",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "central",
    "greater",
    "upper",
    "lower",
    # openers of a landform's or a fort's name: 'Mount Mghila', 'Point Cruz', 'Lake Chad'
    "mount",
    "mt",
    "lake",
    "cape",
    "point",
    "fort",
    "wadi",
    "jabal",
    "jebel",
    # styles of address: 'Her Majesty's Ambassador' names no one called Majesty
    "majesty",
    "highness",
    "excellency",
    "holiness",
    "lordship",
    "ladyship",
}
_LOCATIVE_STRICT = {"in", "at", "near", "into", "towards", "toward", "throughout"}
_LIST_PREPOSITIONS = frozenset(_LOCATIVE_STRICT)
# the place nouns (data place_nouns) a place's own name follows after 'of' ('the village of X');
# not 'the border of', 'the road of'
_PLACE_NOUNS_BEFORE_OF = {"village", "town", "city", "district", "province", "governorate", "region", "area"}
# verbs whose object is a place, never a person: 'who fled Ain Zara', 'troops overran Ain Issa'
_PLACE_OBJECT_VERBS = {"fled", "flee", "flees", "fleeing", "overran", "overrun", "shelled", "besieged"}
_BODY_NAMES = {
    "forces": ("armed forces", "military"),
    "government": ("government", "government"),
    "police": ("police", "military"),  # a state security force, as ACLED counts police
    "intelligence": ("intelligence", "government"),
    "coast guard": ("coast guard", "military"),
    "embassy": ("embassy", "government"),  # a state's mission abroad, one per story
}
# other words a registry may list a state's body under ('Israeli military' for the IDF)
_BODY_ALIASES = {
    "forces": ("military", "army", "forces"),
    "government": ("regime", "authorities"),
    "police": ("police force", "national police"),
    "intelligence": ("intelligence agency", "intelligence service", "intelligence services"),
    "coast guard": ("coastguard",),
    "embassy": (),  # 'the Chinese Embassy' is the name's own key (keys ignore case)
}
# names read after a noun that says what they are, registered or not: that noun's kind
_NOUN_NAMED = {"media_name": "media", "company_name": "organization", "body_name": "organization"}
_PRIORITY = {
    "registry": 0,
    "state_actor": 0,
    "dateline_state": 0,
    "acronym_long": 1,
    "acronym_short": 1,
    "acronym_use": 1,
    "state_body": 2,
    "state_office": 2,
    "place_people": 3,
    "tribe": 3,
    "place_body": 3,
    "media_name": 2,
    "company_name": 2,
    "body_name": 3,
    "group_name": 3,
    "armed_branch": 1,
    "state_media": 2,
    "national_group": 3,
    "armed_name": 3,
    "population": 2,
    "community": 3,
    "registry_weak": 3,
    "ner_org": 4,
    "ner_person": 4,
    "title_person": 4,
    "appos_person": 3,
    "service": 4,
    "role_actor": 5,
    "unit_name": 3,  # an ordinal unit the model also read: a military unit, not its guess of a kind
    "task_force": 2,
    "speaker_label": 2,  # a transcript line says who speaks, whatever the model read
    "gpe_actor": 5,
    "short_form": 8,  # a placeholder: any other reading of the same words wins
}


@dataclass
class Candidate:
    start: int
    end: int
    tok_start: int
    tok_end: int
    rule: str
    key: str
    name: str
    kind: str
    affiliation: str | None = None
    anonymous: bool = False
    titled: bool = False
    royal: bool = False  # a monarch's title stands before the name ('Crown Prince X')
    given_title: bool = False  # a title used with a given name stands before it ('Sheikh X')
    short_form: bool = False
    # a few characters of text either side (an appositive alias is read from them)
    left: str = ""
    right: str = ""
    head: str = ""  # head word of the name as written ('ministry' of 'Ministry of Defence')
    # the same body's name written another way: 'Libyan National Army' for the 'National Army'
    # of "Libya's National Army"
    variant: str = ""
    # the name without the state word it opens with ('Counter Terrorism Service' of 'Iraqi
    # Counter Terrorism Service'): an acronym may leave the state out ('CTS')
    stateless: str = ""
    # the name as the text writes it, when the actor is named otherwise ('Kenya Defence Forces'
    # for the 'Kenyan armed forces'): its initials may be used too ('KDF')
    written: str = ""
    # a lone name (no kind word, no fuller name yet) that acts as a body here ('Microsoft
    # said'), or that 'he' or 'she' takes up next ('Rigell said he ...')
    acting: bool = False
    taken_up_as_person: bool = False
    # a capital standing for its state ('Rabat welcomed the vote'): the id of that state
    capital_of: str = ""
    headline_state: bool = False  # a state or capital acting in the headline

    @property
    def text(self) -> str:
        return self.name


def collect_candidates(ctx: Context, registry: Registry) -> list[Candidate]:
    doc = ctx.doc
    spans = list(doc.spans.get("bx_actors", []))
    acronyms = _acronym_keys(spans, registry)
    strong = {s.kb_id_ for s in spans if s.label_ in ("registry", "state_actor", "dateline_context")} | {
        registry.keys.get(name_key(s.text), "") for s in spans if s.label_.startswith("acronym")
    }
    if any(s.label_ == "registry_weak" for s in spans):
        strong |= _states_named(doc, registry)  # 'in Mozambique's Cabo Delgado': a weak alias's context
    # One read of the doc's words serves both scans (token objects are costly to build).
    words, pos = _words_and_pos(doc)
    lowers = [w.lower() for w in words]
    operations = _operation_names(words, lowers)
    headline_end = _headline_end(ctx)
    place_words = text_place_words(doc)
    text = doc_text(doc)
    out = []
    text_words = _Words(words)
    for span in spans:
        cand = _resolve(
            ctx, span, registry, acronyms, strong, operations, headline_end, place_words, text, text_words
        )
        if cand is not None:
            in_headline = span.start_char < headline_end
            cand.headline_state = in_headline and span.label_ in ("state_actor", "gpe_actor")
            cand.left = text[max(0, cand.start - _SIDE) : cand.start]
            cand.right = text[cand.end : cand.end + _SIDE]
            own = text[cand.start : cand.end].lower().replace("-", " ").split()
            cand.head = _head_word(own) if len(own) > 1 else ""
            if cand.key.startswith("org:"):
                _state_variants(cand, registry)
            elif cand.key.startswith("body:"):
                cand.written = strip_article(text[cand.start : cand.end])
            elif cand.key.startswith("reg:") and cand.kind == "person":
                # a registered person may be written otherwise: 'Mazloum Kobani' is Mazloum Abdi
                cand.written = _untitled(text[cand.start : cand.end])
            out.append(cand)
    out = _defined_over_registered(out, registry)
    out = [c for c in out if not (c.kind == "state" and _state_name_in_another_name(doc, c, registry))]
    out = [c for c in out if not _inside_a_hyphened_name(doc, c, registry)]
    out = [c for c in out if not _military_as_an_adjective(doc, c)]
    animals = _animal_names(doc, lowers)
    out = [c for c in out if not (c.kind == "person" and c.name.split()[-1] in animals)]
    if out:
        out.extend(_head_anaphors(doc, lowers, pos, out))
    return out


def _military_as_an_adjective(doc: Doc, cand: Candidate) -> bool:
    """A mention ending in 'military' that says what a thing is: before a hyphen ('Ukrainian
    military-industrial sites') or a thing's noun (data/actor_rules.json military_thing_nouns:
    'Rwandan military identification', 'Italian military bases'). It names no force."""
    end = cand.tok_end
    if doc[end - 1].lower_ != "military" or end >= len(doc):
        return False
    after = doc[end]
    if after.text == "-" and not doc[end - 1].whitespace_:
        return True
    return after.lower_ in rule_words("military_thing_nouns")


def headline_states_named_below(cands: list[Candidate]) -> list[Candidate]:
    """A state the headline shows acting ('Vietnam accuses China's coast guard') is that actor
    only where the article below has it act too: a headline's parse is weak, and a state
    there is as often the story's place ('Syria, last group ...'), or a topic's label ('Nigeria:
    gunmen abduct ...')."""
    below = {c.key for c in cands if not c.headline_state}
    return [c for c in cands if not c.headline_state or (c.key in below and not c.right.startswith(":"))]


def _state_name_in_another_name(doc: Doc, cand: Candidate, registry: Registry) -> bool:
    """A state's name that is a word of another name: of a place the model reads as one name
    with the word before it ('New Mexico'), of a place a place word ends ('Niger State', 'Mexico
    City', 'the Niger Delta'), or of a person the text names in full ('Michael Jordan ...
    Jordan said', where the model reads the lone word as that person too)."""
    start, end = cand.tok_start, cand.tok_end
    first = doc[start]
    before = doc[start - 1] if start > 0 else None
    hyphen = before is not None and before.text == "-" and start >= 2 and not doc[start - 2].whitespace_
    if hyphen and _names_no_actor(doc[start - 2], registry):
        return True  # 'Meteo-France': a name a state's name closes ('Egypt-US', 'EU-Israel' join two)
    if before is not None and before.text[:1].isupper() and before.lower_ != "the" and not _dated(before):
        # the model's one place, a word that opens another place's name ('New Mexico', 'West
        # Germany'), or a name word the parse hangs on the state's; not a date's month or day
        # ('On 12 March France announced')
        if first.ent_iob_ == "I" or before.text in _PLACE_NAME_OPENERS:
            return True
        if before.dep_ == "compound" and before.head.i == start and before.pos_ == "PROPN":
            return True
    if end < len(doc) and doc[end].text in _PLACE_NAME_ENDS:
        return True
    if end - start != 1 or first.ent_type_ != "PERSON":
        return False
    return any(
        ent.label_ == "PERSON" and len(ent) > 1 and any(t.text == first.text for t in ent)
        for ent in doc_ents(doc)
    )


def _dated(tok: Token) -> bool:
    return tok.ent_type_ in ("DATE", "TIME")


def _inside_a_hyphened_name(doc: Doc, cand: Candidate, registry: Registry) -> bool:
    """'PORT-AU-PRINCE', 'Stratford-upon-Avon': a match joined by hyphens to a word either side
    that names no actor is a word inside another name ('US-UK-France' lists three)."""
    start, end = cand.tok_start, cand.tok_end
    if start < 2 or end + 1 >= len(doc) or doc[start - 1].text != "-" or doc[end].text != "-":
        return False
    joined = [doc[start - 2], doc[start - 1], doc[end - 1], doc[end]]
    if any(t.whitespace_ for t in joined):
        return False
    outer = (doc[start - 2], doc[end + 1])
    return all(t.is_alpha and not _names_an_actor(t.text, registry) for t in outer)


def _names_an_actor(word: str, registry: Registry) -> bool:
    return name_key(word) in registry.keys or word in registry.demonyms


def _names_no_actor(tok: Token, registry: Registry) -> bool:
    """A capitalised word that names no registered actor nor a state's people ('Meteo';
    'Egypt-US', 'Egyptian-US', 'EU-Israel' join two)."""
    named = _names_an_actor(tok.text, registry)
    return tok.text[:1].isupper() and tok.pos_ == "PROPN" and not named


# words before a state's name that make another place's name of it ('New Mexico', 'Northern
# Ireland'); a state so named ('South Sudan', 'North Korea') is registered whole and matched first
_PLACE_NAME_OPENERS = frozenset(
    {"New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower"}
    | {"Greater", "Central"}
)
# words that end a place's name a state's name opens ('Niger State', 'Kuwait City')
_PLACE_NAME_ENDS = frozenset(
    {"State", "City", "Delta", "River", "Basin", "Valley", "Lake", "Province", "Region", "County"}
    | {"Island", "Islands", "Canal", "Bay"}
)


def _animal_names(doc: Doc, lowers: list[str]) -> set[str]:
    """'a spaniel named Moose', 'her horse, called Storm': names an animal is given in the text
    (an animal's noun at most four words before 'named' or 'called'), no one's."""
    animals = rule_words("animal_nouns")
    out = set()
    for i, word in enumerate(lowers[:-1]):
        if word in ("named", "called") and animals.intersection(lowers[max(0, i - 4) : i]):
            name = doc[i + 1]
            if name.text[:1].isupper() and name.is_alpha:
                out.add(name.text)
    return out


def _defined_over_registered(cands: list[Candidate], registry: Registry) -> list[Candidate]:
    """'the Internal Security Forces (ISF)': letters the text defines name what it defines, not
    the registered body they also stand for (the Iraqi Security Forces). The registered reading
    stays when the defined name is that body's name with a word more or fewer ('Kurdish
    People's Protection Units (YPG)')."""
    defined = {(c.start, c.end): c.key for c in cands if c.rule in ("acronym_short", "acronym_use")}
    if not defined:
        return cands
    clash = {
        (c.start, c.end)
        for c in cands
        if c.key.startswith("reg:")
        and defined.get((c.start, c.end), c.key) != c.key
        and not _names_the_entry(defined[(c.start, c.end)], c.key, registry)
    }
    return [c for c in cands if not (c.key.startswith("reg:") and (c.start, c.end) in clash)]


def _names_the_entry(key: str, registered: str, registry: Registry) -> bool:
    """The body an acronym's definition names is the registered one the letters also spell:
    a state's body only if that one is a military or government body, another registered body
    never, and an unregistered name ('org:<name>') when one holds the other's words."""
    if key.startswith("body:"):
        # a state's forces or government defined ('Armed Forces of the Philippines (AFP)')
        # are no registered body of another kind (the news agency AFP)
        return registry.entries[registered[4:]].kind in ("military", "government")
    if key.startswith("reg:"):
        return False  # 'the Somali National Army (SNA)': defined as another registered body
    if not key.startswith("org:"):
        return True  # not defined by its name: leave it
    words = set(key[4:].split())
    entry = registered[4:]
    names = [k for k, found in registry.keys.items() if found == entry and " " in k]
    return any(words <= set(n.split()) or set(n.split()) <= words for n in names)


_OWNER_BEFORE = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s\s+$")


def _state_variants(cand: Candidate, registry: Registry) -> None:
    """The state word of a body's name: "Libya's National Army" is the 'Libyan National Army'
    (registered: that actor), 'Iraqi Counter Terrorism Service' may be shortened 'CTS'."""
    if " " not in cand.name:
        return
    owner = _OWNER_BEFORE.search(cand.left) if "s" in cand.left[-4:] else None
    state = _state_named(owner.group(1), registry) if owner else None
    demonym = registry.demonym_of.get(name_key(registry.entries[state].name)) if state else None
    if demonym:
        variant = name_key(f"{demonym} {cand.name}")
        found = registry.keys.get(variant)
        if found:
            entry = registry.entries[found]
            cand.key, cand.name, cand.kind = f"reg:{found}", entry.name, entry.kind
            return
        cand.variant = f"org:{variant}"
    words = cand.name.split()
    for n in (2, 1):  # 'South Korean Joint Chiefs of Staff' may be shortened 'JCS' too
        state_words = " ".join(words[:n])
        if len(words) - n >= 2 and (state_words in registry.demonyms or _state_named(state_words, registry)):
            cand.stateless = " ".join(words[n:])
            return


def _state_named(words: str, registry: Registry) -> str | None:
    """The state these words name as written ('Syria', 'UK'), if any."""
    found = registry.aliases.get(words) or registry.cased.get(words)
    return found if found and found.startswith("state-") else None


def _head_anaphors(doc: Doc, lowers: list[str], pos: list[str], cands: list[Candidate]) -> list[Candidate]:
    """'the ministry', 'the council' written small: placeholders that unify_aliases gives to the
    one body named before with that head, or drops. Not 'the ministry of health' (a name of its
    own), 'the council meeting' (a modifier) or 'the council's' ... (kept: it still names it)."""
    covered = {i for c in cands for i in range(c.tok_start, c.tok_end)}
    named = {c.head for c in cands} | {w for c in cands for w in _inner_heads(c.name)}
    heads = named & _CAPITAL_HEADS
    out = []
    n = len(lowers)
    for i in range(n):
        word = lowers[i]
        if word not in heads or i in covered:
            continue
        article = i > 0 and lowers[i - 1] == "the"
        if not article and not (word in _INNER_HEADS and _unmodified(lowers, pos, i)):
            continue  # 'police said' needs no article; 'Chicago police' is some other city's
        if article and i - 1 in covered:
            continue
        nxt = lowers[i + 1] if i + 1 < n else ""
        if nxt in ("of", "for", "-") or (i + 1 < n and pos[i + 1] in ("NOUN", "PROPN")):
            continue
        tok = doc[i]
        if tok.text != word.capitalize() and (tok.text != word or word not in _LOWER_HEADS):
            continue
        if not (tok.dep_ in ("nsubj", "nsubjpass", "poss") or nxt in ("'s", "’s")):
            continue  # it must act (capitalised and in no span: 'the Government' the model missed)
        first = doc[i - 1] if article else tok
        out.append(
            Candidate(
                first.idx,
                tok.idx + len(tok.text),
                first.i,
                i + 1,
                "head_anaphor",
                f"head:{word}",
                word,
                "organization",
                short_form=True,
                written=tok.text,
            )
        )
    return out


def _inner_heads(name: str) -> frozenset[str]:
    """The words of a body's name that say what it is wherever they stand in it ('Police' of
    'the Paris Police Department', of 'Police Scotland')."""
    return _INNER_HEADS.intersection(name.lower().split())


def _unmodified(lowers: list[str], pos: list[str], i: int) -> bool:
    """No word before token i that qualifies it ('Chicago police', 'state police', "the city's
    police")."""
    if i == 0:
        return True
    return pos[i - 1] not in ("PROPN", "NOUN", "ADJ", "NUM", "PART") and lowers[i - 1] not in ("'s", "’s")


_SIDE = 24  # room for ', also known as the '


def _words_and_pos(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's text and coarse tag, read from the doc's array (no Token objects)."""
    from spacy.attrs import ORTH, POS

    strings = doc.vocab.strings
    if not len(doc):
        return [], []
    array = doc.to_array([ORTH, POS]).tolist()
    return [strings[o] for o, _ in array], [strings[p] if p else "" for _, p in array]


def _resolve(
    ctx: Context,
    span: Span,
    registry: Registry,
    acronyms: dict[str, str],
    strong: set[str],
    operations: set[str],
    headline_end: int,
    place_words: set[str],
    doc_text: str,
    words: _Words,
) -> Candidate | None:
    label = span.label_
    if label == "dateline_context":
        return None  # context for weak names only
    if label in ("registry", "state_actor", "dateline_state"):
        if _names_an_operation(span) or _person_inside_a_place_name(ctx, span, registry):
            return None
        return _cand(
            span,
            label,
            f"reg:{span.kb_id_}",
            registry.entries[span.kb_id_].name,
            registry.entries[span.kb_id_].kind,
        )
    if label == "registry_weak":
        if not strong.intersection(registry.context.get(span.kb_id_, (span.kb_id_,))):
            return None  # "the coalition" is the US-led one only if the text points there
        entry = registry.entries[span.kb_id_]
        return _cand(span, label, f"reg:{entry.id}", entry.name, entry.kind)
    if label.startswith("acronym_"):
        key = acronyms.get(span.kb_id_)
        if key is None:
            return None
        if key.startswith("body:"):  # a state's forces, defined by name: theirs and military
            forces = _cand(span, label, key, span.text, "military")
            forces.affiliation = f"reg:{key[5:].removesuffix('-forces')}"
            return forces
        # 'ISOC Region 4' says no kind where its long form does ('... Forward Command')
        long_kind = _org_kind(key[4:]) if key.startswith("org:") else None
        kind = _org_kind(span.text) or long_kind or "organization"
        if label == "acronym_long":  # 'the Umbutfo Eswatini Defence Force (UEDF)': the state's
            kind = _state_held_kind(strip_article(clean(span.text)), kind, registry) or kind
        return _cand(span, label, key, span.text, kind)
    if label == "state_body":
        return _state_body(span, registry)
    if label == "state_office":
        return _state_office(span, registry)
    if label == "place_people":  # 'the residents of Mosul': the place's people
        name = f"people of {span.kb_id_}"
        return _cand(span, label, f"people:{name_key(span.kb_id_)}", name, "population")
    if label == "armed_name":  # 'Jaish al-Izza': registered, or an armed group of its own
        name = strip_article(clean(span.text))
        found = registry.keys.get(name_key(name))
        known = registry.entries[found] if found else None
        if known is not None:
            return _cand(span, label, f"reg:{known.id}", known.name, known.kind)
        return _cand(span, label, f"org:{name_key(name)}", name, "armed_group")
    if label == "national_group":  # 'Syrian rebels': named by nationality, not the state's
        cand = _org(span, registry, operations, words)
        if cand is not None and not cand.key.startswith("reg:"):
            cand.kind = _org_kind(span[-1].text) or cand.kind  # 'pro-government forces': the noun's
        return cand
    if label in _NOUN_NAMED:  # 'broadcaster TRT Haber', 'the German company Zublin'
        name = strip_article(clean(span.text))
        known = registry.entries.get(registry.keys.get(name_key(name), ""))
        if known is not None:
            return _cand(span, label, f"reg:{known.id}", known.name, known.kind)
        # a body_name may carry the words that say what it is: 'EUFOR, the peacekeeping force'
        kind = (label == "body_name" and span.kb_id_ and described_kind(span.kb_id_)) or _NOUN_NAMED[label]
        return _cand(span, label, f"org:{name_key(name)}", name, kind)
    if label == "armed_branch":  # 'ISIS-Somalia': a branch of the registered group
        # one key per parent and place: 'IS-Somalia', 'ISIS-Somalia' and 'the Islamic State
        # Somalia Province' are one branch
        parent, _, place = span.kb_id_.partition("|")
        name = strip_article(clean(span.text))
        cand = _cand(span, label, f"org:branch {parent} {name_key(place)}", name, "armed_group")
        cand.affiliation = f"reg:{parent}"
        return cand
    if label == "state_media":  # 'Syrian state media': the state's outlets, one actor per state
        return _state_media(span, registry)
    if label == "group_name":  # 'the Viv Ansanm coalition': the group's noun says its kind
        name = clean(span.text)
        known = registry.entries.get(registry.keys.get(name_key(name), ""))
        if known is not None:
            return _cand(span, label, f"reg:{known.id}", known.name, known.kind)
        return _cand(span, label, f"org:{name_key(name)}", name, _org_kind(span[-1].text) or "organization")
    if label == "place_body":  # 'the Kirkuk police', 'the Diyala provincial council': a place's body
        name = strip_article(clean(span.text))
        return _cand(span, label, f"org:{name_key(name)}", name, _place_body_kind(name))
    if label == "tribe":
        name = strip_article(clean(span.text))
        return _cand(span, label, f"org:{name_key(name)}", name, "population")
    if label == "population":
        return _population(span, registry)
    if label == "community":
        return _community(span)
    if label == "anon_speaker":
        return _anonymous(span, registry)
    text = doc_text[span.start_char : span.end_char]  # the span's text, no tokens built
    if label in ("ner_org", "ner_person", "media_name") and (outlet := _media_service(text, registry)):
        return _cand(span, label, f"reg:{outlet.id}", outlet.name, outlet.kind)
    if label in ("gpe_actor", "ner_org", "ner_person") and registry.capital_of(text):
        # 'Ankara warned': the model may call a capital a person; 'Denzel Washington' a name
        if not _surname_in_text(span, text):
            return _capital(ctx, span, text, registry, doc_text)
        if label != "ner_person":
            return None
    if label in ("gpe_actor", "ner_org", "ner_person") and (region := _governed_region(ctx, span)):
        # 'Puntland has refused', 'Zamfara said' (the model's person): the region's government;
        # the bare region otherwise is a place, no actor
        return _region_government(span, *region, registry) if _region_acts(span) else None
    if label in ("gpe_actor", "ner_org", "ner_person") and text in region_seats():
        # 'calls on Tiraspol to release him': the region's government; else the town, no actor
        return _region_seat(span, text, doc_text, registry)
    if (span.start_char < headline_end and len(span) == 1) or _is_furniture(ctx, span, text):
        return None  # a lone capitalised headline word is the model's weakest guess
    if label == "ner_person" and len(span) == 1:
        body = _body_word(span)
        if body is not None:
            return body
    if label == "ner_person" and text in country_names() and not _titled(span):
        return None  # 'in Mali, Burkina Faso and Niger': the model's person is a country
    if label == "ner_person" and (listed := _kind_of_listing_noun(span)) is not None:
        # 'armed groups, including Tabbat Sirra': a body's name the model read as a person's
        return _cand(span, "body_name", f"org:{name_key(text)}", strip_article(clean(text)), listed)
    if label == "ner_person" and not _titled(span) and _in_a_list_of_places(ctx, span):
        return None  # 'trainers at Besmaya, Taji, Al Asad and Erbil': a place among places
    if label in ("ner_person", "title_person", "appos_person"):
        return _person(span, operations, place_words, doc_text)
    if label == "service":
        return _cand(span, label, f"org:{name_key(span.text)}", span.text, "military")
    if label == "role_actor":
        return _role_actor(span, registry)
    if label == "speaker_label":
        name = " ".join(w.capitalize() for w in span.text.split())
        return _cand(span, label, f"person:{name_key(name)}", name, "person", titled=True)
    if label == "unit_name":
        name = strip_article(clean(span.text))
        rule = "task_force" if span.kb_id_ else label  # a designation outranks the model's guess
        return _cand(span, rule, f"org:{name_key(span.kb_id_ or name)}", span.kb_id_ or name, "military")
    if label == "ner_org":
        cand = _org(span, registry, operations, words)
        if cand is not None and cand.kind == "organization":
            cand.kind = _placed_chamber(ctx, span, cand.name) or cand.kind
        if cand is not None and cand.key.startswith("lone:"):
            cand.acting = _lone_body_acts(ctx, span, cand.name) and name_key(cand.name) not in registry.keys
            cand.taken_up_as_person = _gendered_pronoun_after(span)
        if cand is not None and span.kb_id_ and not cand.key.startswith("reg:"):
            cand.affiliation = f"reg:{span.kb_id_}"  # 'the Iraqi Ministry of Interior': Iraq's
        return cand
    if label == "gpe_actor":
        return _gpe(span, registry)
    return None  # a label this stage does not know names no actor


def _states_named(doc: Doc, registry: Registry) -> set[str]:
    """The states the model's entities name, as places or otherwise ('Mozambique', 'Mozambican'):
    what a text is about, though no state acts in it."""
    found = set()
    for ent in doc_ents(doc):
        if ent.label_ in ("GPE", "LOC", "ORG", "NORP"):
            state = registry.keys.get(name_key(ent.text), "") or registry.demonyms.get(ent.text, "")
            if state.startswith("state-"):
                found.add(state)
    return found


def _placed_elsewhere(doc: Doc, name: str, text: str) -> bool:
    """The text writes the name as a place's somewhere: right after 'near' or 'outside', after
    'at' with 'in' and a place's capital after it ('a mass grave at Chemmani in Sri Lanka'), or
    listed after a plural place noun and 'of' ('the villages of Kok Mon and Thnal Bat')."""
    for before in ("near ", "outside ", "at "):
        at = text.find(before + name)
        while at >= 0:
            end = at + len(before) + len(name)
            whole_word = at == 0 or not text[at - 1].isalnum()  # 'that Smith' holds no 'at'
            if whole_word and _placed_after(before, text[end : end + 5]):
                return True
            at = text.find(before + name, at + 1)
    return name in doc_memo(doc, "listed_places", lambda: _listed_places(text))


def _placed_after(before: str, after: str) -> bool:
    """The name ends there, before 'in' and a place's capital for 'at' ('at Chemmani in Sri
    Lanka'), for 'near' and 'outside' not going on as a word or a possessive."""
    if before == "at ":
        return after[:4] == " in " and after[4:5].isupper()
    return not (after[:1].isalnum() or after[:2] in ("'s", "’s"))


def _listed_places(text: str) -> set[str]:
    """The names listed after a plural place noun and 'of' ('villages of Kok Mon and Thnal
    Bat'), read once per text."""
    out: set[str] = set()
    for listed in _PLACE_LIST.finditer(text):
        out.update(n.strip() for n in re.split(r",| and ", listed.group(1)) if n.strip())
    return out


_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*)*"
_PLACE_LIST = re.compile(
    rf"\b(?:villages|towns|cities|districts|provinces) of ({_NAME}(?:(?:, | and |, and ){_NAME})*)"
)


def _cand(span: Span, rule: str, key: str, name: str, kind: str, **extra: object) -> Candidate:
    start, tok_start = _without_article(span)
    return Candidate(start, span.end_char, tok_start, span.end, rule, key, name, kind, **extra)  # type: ignore[arg-type]


def _without_article(span: Span) -> tuple[int, int]:
    first = span[0]
    if len(span) > 1 and first.lower_ in ("the", "a", "an"):
        return span[1].idx, span.start + 1
    return span.start_char, span.start


def _acronym_keys(spans: list[Span], registry: Registry) -> dict[str, str]:
    """ACR -> cluster key: the registry actor its long form names, else the long form itself."""
    out: dict[str, str] = {}
    for span in spans:
        if span.label_ == "acronym_long" and span.kb_id_ not in out:
            long_key = name_key(span.text)
            found = registry.keys.get(long_key) or _fuzzy_registry(long_key, registry)
            state = None if found else _armed_forces_state(strip_article(clean(span.text)), registry)
            if state is not None:  # 'Rwanda Defence Force (RDF)': the state's forces, as 'Rwandan troops'
                out[span.kb_id_] = f"body:{state}-forces"
                continue
            out[span.kb_id_] = f"reg:{found}" if found else f"org:{long_key}"
    return out


def _state_body(span: Span, registry: Registry) -> Candidate | None:
    state_id, body = span.kb_id_.split("|")
    return state_body_of(span, state_id, body, registry)


def state_body_of(span: Span, state_id: str, body: str, registry: Registry) -> Candidate | None:
    """The state's government or armed forces named by `span`: the registered body when the
    registry has one ('Syrian government'), else one keyed by state and body."""
    state = registry.entries.get(state_id)
    if state is None:
        return None
    suffix, kind = _BODY_NAMES[body]
    owner = registry.demonym_of.get(name_key(state.name), state.name)
    name = f"{owner} {suffix}"
    # the registry may know the body by the words the text uses: "Israel's military" and
    # "the Israeli army" are the registered Israel Defense Forces
    as_written = possessive_to_demonym(strip_article(clean(span.text)), registry.demonym_of)
    names = (name, as_written, f"{owner} {span[-1].lower_}", *(f"{owner} {n}" for n in _BODY_ALIASES[body]))
    registered = next((found for n in names if (found := registry.keys.get(name_key(n)))), None)
    if registered and registry.entries[registered].kind in ("government", "military"):
        # "Syria's government" is the registered "Syrian government", as its demonym form is
        entry = registry.entries[registered]
        return _cand(span, "state_body", f"reg:{registered}", entry.name, entry.kind)
    if body == "coast guard" and span[-1].text == "Guard":
        name = as_written  # 'the Canadian Coast Guard': the service's own name
    cand = _cand(span, "state_body", f"body:{state_id}-{body}", name, kind)
    cand.affiliation = f"reg:{state_id}"
    return cand


def _state_office(span: Span, registry: Registry) -> Candidate:
    """'the Russian Ministry of Defence', 'Turkey's Ministry of Defence': a state's own office
    (kb_id 'state|kind'), its own actor linked to the state, named with the demonym."""
    state_id, kind = span.kb_id_.split("|")
    name = possessive_to_demonym(strip_article(clean(span.text)), registry.demonym_of)
    owner, mark, rest = name.partition("'s ") if "'s " in name else name.partition("’s ")
    if mark and registry.capital_of(owner) == state_id:
        # "Moscow's defence ministry": the capital stands for its state (Russian Defence Ministry)
        state = registry.entries[state_id]
        name = f"{registry.demonym_of.get(name_key(state.name), state.name)} {rest}"
    # 'Iran's foreign ministry' is named as the office's own name is written: Iranian Foreign Ministry
    name = " ".join(w if w in _NAME_GLUE else w[:1].upper() + w[1:] for w in name.split())
    cand = _cand(span, "state_office", f"org:{name_key(name)}", name, kind)
    cand.affiliation = f"reg:{state_id}"
    return cand


def _population(span: Span, registry: Registry) -> Candidate | None:
    """'Syrians', 'the Iraqi people': the state's people; 'Syrian refugees' (kb_id
    'state|refugees'): its people who left it, a population of their own."""
    state_id, _, uprooted = span.kb_id_.partition("|")
    state = registry.entries.get(state_id)
    if state is None:
        return None
    demonym = registry.demonym_of.get(name_key(state.name), state.name)
    key = f"people:{state_id}-{uprooted}" if uprooted else f"people:{state_id}"
    cand = _cand(span, "population", key, f"{demonym} {uprooted or 'people'}", "population")
    cand.affiliation = f"reg:{state_id}"
    return cand


def _community(span: Span) -> Candidate:
    """'local Arabs' and 'the Arabs' are one community; 'Arab fighters' are its armed men;
    'Kurdish officials' and 'the Kurdish authorities' are one body that governs it."""
    group, kind = span.kb_id_.split("|")
    record = next(r for r in actor_rules()["communities"] if r["id"] == group)
    people = record["words"][1] if len(record["words"]) > 1 else record["words"][0]
    if kind == "population":
        return _cand(span, "community", f"people:{group}", people, "population")
    if kind == "government":
        name = f"{record['words'][0]} authorities"
        return _cand(span, "community", f"org:{group}-authorities", name, "government")
    name = f"{record['words'][0]} {span[-1].lower_}"
    return _cand(span, "community", f"org:{group}-armed", name, "armed_group")


def _role_actor(span: Span, registry: Registry) -> Candidate:
    """'the Iraqi Foreign Minister': one person named by office (joins a named holder later)."""
    name = strip_article(clean(span.text))
    cand = _cand(span, "role_actor", f"role:{name_key(name)}", name, "person")
    cand.start, cand.tok_start = span.start_char, span.start
    # The word after the article names the state ("the Iraqi Foreign Minister"); a one-word
    # office ("Minister" opening a headline) has none.
    second = span[1].text if len(span) > 1 else ""
    state = registry.demonyms.get(second) or registry.cased.get(second)
    if state:
        cand.affiliation = f"reg:{state}"
    return cand


def _anonymous(span: Span, registry: Registry) -> Candidate:
    doc = span.doc
    end = _prepositional_end(span)
    words = doc[span.start + 1 : end]
    cand = _cand(
        span,
        "anon_speaker",
        f"anon:{name_key(words.text)}",
        clean(words.text),
        "person",
        anonymous=True,
    )
    # "a SDF fighter", "a worker at a camp": the description as written is the mention.
    cand.start, cand.tok_start = span.start_char, span.start
    cand.end, cand.tok_end = doc[end - 1].idx + len(doc[end - 1].text), end
    for tok in words:
        state = registry.demonyms.get(tok.text) or registry.cased.get(tok.text)
        if state:
            cand.affiliation = f"reg:{state}"
    return cand


def _acting_person(span: Span) -> bool:
    """A lone name word that acts, owns, is listed with a named person ('Albright, Berger and
    Cohen'), names someone a noun for a person describes ("Matthew's mother, Jackie,"), or
    follows such a noun or an age ('author al-Tanawi', 'the 14-year-old Amjad')."""
    tok = span.root
    introduced = _person_noun_before(span) or age_before(span.doc, span.start)
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if introduced and not (after is not None and after.pos_ in ("NOUN", "PROPN")):
        # 'Syrian author al-Tanawi', 'the 14-year-old Amjad': a person's noun or age names a
        # person; not 'the 20-year-old Camarillo resident', a word describing the noun after
        return True
    listed = tok.dep_ == "conj" and tok.head.ent_type_ == "PERSON"
    described = tok.dep_ == "appos" and tok.head.text.islower() and names_a_person(tok.head.text)
    if tok.is_sent_start and tok.lower_ in lower_words(span.doc):
        return False  # 'Kidnappings have surged': a common word the text also writes in small letters
    if any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.is_lower and c.i < tok.i for c in tok.children):
        return False  # 'local Tebu and Tuareg armed groups': a people's name, no one's
    return (
        (tok.dep_ in ("nsubj", "poss") or listed or described)
        and not tok.text.lower().startswith(("al-", "el-"))
        and tok.text[:1].isupper()
        and not tok.text.isupper()
    )


def _introduced_as_a_person(span: Span) -> bool:
    """A noun for a person or an age right before the name, or a noun for a person in small
    letters the name is apposed to ('the resident leader of anti-coalition forces, al-Zarqawi,')."""
    root = span.root
    apposed = root.dep_ == "appos" and root.head.text.islower() and names_a_person(root.head.text)
    return apposed or _person_noun_before(span) or age_before(span.doc, span.start)


def _person_noun_before(span: Span) -> bool:
    """A noun for a person in small letters right before the name ('author al-Tanawi')."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    word = before.text
    return before.pos_ == "NOUN" and word.islower() and (names_a_person(word) or word in _WRITER_NOUNS)


_WRITER_NOUNS = frozenset(
    {"author", "poet", "writer", "playwright", "novelist", "artist", "singer", "blogger"}
)


def _prepositional_end(span: Span) -> int:
    """End of 'a worker [at a camp]', 'a spokesman [for the SDF]': one short PP, no verb."""
    doc = span.doc
    end = span.end
    if end >= len(doc) or doc[end].lower_ not in {"at", "in", "for", "with", "from", "of", "near"}:
        return end
    for i in range(end + 1, min(len(doc), end + 6)):
        tok = doc[i]
        if (
            (tok.is_punct and tok.text != "-")
            or tok.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ")
            or tok.tag_ in ("WP", "WDT", "WP$")  # 'a diplomat in Bamako | who asked ...'
            or tok.is_space
        ):
            return i if i > end + 1 else end
        if tok.pos_ in ("ADP",) and i > end + 1:
            return i
    return end


def _body_word(span: Span) -> Candidate | None:
    """A lone word the model calls a person that reads as a body's: an acronym ('LOHR') or a
    head word ('the Observatory'). Placeholders: unify_aliases gives them to the one body they
    abbreviate or head, or drops them."""
    text = span.text
    if is_acronym(text) and len(text) >= 3 and text.isalpha():
        if _named_body(span, text):  # 'KBR's database lists ...', 'KBR said': used twice or acting
            return _cand(span, "ner_org", f"org:{name_key(text)}", text, "organization")
        return _cand(span, "short_form", f"short:{name_key(text)}", text, "organization")
    word = text.lower()
    if word in _HEAD_WORDS and text[:1].isupper():
        return _cand(span, "head_anaphor", f"head:{word}", word, "organization", short_form=True)
    if _workplace(span):
        return _cand(span, "ner_org", f"org:{name_key(text)}", text, "organization")
    return None


def _workplace(span: Span) -> bool:
    """'Engineers at Ukrenergo', 'a spokeswoman at Naftogaz': a lone name written somewhere in
    the text after 'at' and a noun for people who work is where they work, a body."""
    return any(_after_workers_at(span.doc, tok.i) for tok in tokens_among(span.doc, (span.text,)))


def _after_workers_at(doc: Doc, i: int) -> bool:
    if i < 2 or doc[i - 1].lower_ != "at" or doc[i - 2].pos_ not in ("NOUN", "PROPN"):
        return False
    if i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or doc[i + 1].text in ("&", "amp")):
        return False  # 'an analyst at Weil & Associates': a firm named after someone
    noun = doc[i - 2].lower_
    return noun in person_nouns() or (noun.endswith("s") and noun[:-1] in person_nouns())


def _person(span: Span, operations: set[str], place_words: set[str], doc_text: str) -> Candidate | None:
    span = _without_title(span)
    if not len(span) or _only_titles(span):
        return None  # a service and a rank, or titles alone ('Emir Sheikh'), no name
    doc = span.doc
    raw = doc_text[span.start_char : span.end_char]
    text = clean(raw)
    if (
        _is_operation(span, operations, raw)
        or _followed_by(span, "place_nouns")
        or _followed_by(span, "people_nouns")
        or _ends_in_small_word(span)
        or text.rstrip(".") in _NAME_SUFFIXES  # 'Jr' alone names no one
        or any(c.isdigit() or c == "*" for c in text)
        or text.isupper()
        or _MIXED_SHORT.fullmatch(text)  # 'TxDOT': a body's short form
        or span[-1].lower_ in _DOCUMENT_HEADS  # 'Joint Statement on the Situation in Aleppo'
    ):
        return None
    vessels = rule_words("vessel_prefixes")
    if (
        (span[0].is_stop and not month_surname(doc, span.start))  # 'Mrs May': a surname
        or span[0].lower_ in _STOP_NAMES
        or span[0].text in vessels
        or (span.start > 0 and doc[span.start - 1].text in vessels)
        or (span.start > 0 and doc[span.start - 1].lower_ in _SHIP_NOUNS)
    ):
        return None  # "Near Palmyra", "USS Mahan", "the carrier Charles de Gaulle": not people
    if text.lower() in _vessel_names(doc, doc_text):
        return None  # "Eisenhower" after "USS Dwight D. Eisenhower" is the ship again
    titled = _titled(span)
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    locative = _LOCATIVE if len(span) == 1 else _LOCATIVE_STRICT
    placed = before in locative and not _person_named_again(span, doc_text)
    if not titled and (placed or before in ("al-", "al") or before in _PLACE_OBJECT_VERBS):
        return None  # "in Bagouz Faqani", "the town of Baguoz": places the model took for people
    site_word = span.start > 0 and doc[span.start - 1].is_title and before in rule_words("site_openers")
    if not titled and site_word:
        return None  # 'Forward Operating Base Gamberi': the site's name, the model read alone
    if not titled and any(f"{noun} of {text}" in doc_text for noun in _PLACE_NOUNS_BEFORE_OF):
        return None  # "near the village of Tal Shayir" (and 'advancing on Tal Shayir' after it)
    if not titled and _placed_elsewhere(doc, text, doc_text):
        return None  # 'the villages of Kok Mon and Thnal Bat', 'a checkpoint near Altun Kupri'
    if any(name_key(t.text) in place_words for t in span) and span.label_ != "appos_person":
        return None  # not 'Lalrem Sanga Bawm, a member of ...' after 'Bawm villages': a role says who
    if len(span) == 1 and not titled:
        if not _acting_person(span):
            return None  # a lone capitalised word: kept only when it acts or corefers
        titled = True  # stands alone like "President Obama" does
    elif not titled and " " not in text and _introduced_as_a_person(span):
        # 'author al-Tanawi', 'the leader of the forces, al-Zarqawi,': one word as written (in
        # tokens split at its hyphen) that a noun for a person introduces; acting alone is not
        # enough ('Kimberly-Clark said')
        titled = True
    if span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN" and not titled:
        return None  # "Pointe Coupee teen": a name used as a modifier is a place or a brand
    name = _NICKNAME_INSIDE.sub(" ", strip_article(text)).rstrip("'’")  # 'Richard "Tex" Coe': Richard Coe
    name = _EDITORIAL.sub("", name).strip()  # '[Eduard] Kokoity': the editor's brackets
    royal = span.start > 0 and doc[span.start - 1].text in registry_words("regnal_titles")
    if royal and len(span) == 1:
        # 'King Hussein', 'Pope Francis': a monarch's one given name keeps the title, which
        # tells this person from another of the same name ('Saddam Hussein')
        span = _with_regnal_title(span)
        name = clean(doc_text[span.start_char : span.end_char])
    given_title = span.start > 0 and doc[span.start - 1].text in registry_words("given_name_titles")
    key = f"person:{name_key(name)}"
    return _cand(span, span.label_, key, name, "person", titled=titled, royal=royal, given_title=given_title)


def _person_named_again(span: Span, doc_text: str) -> bool:
    """'animosity toward Fidel Castro, the Cuban leader ... foes of Castro': two or three
    capitalised words opening with a common given name, described as a person or whose last
    word the text writes again, name a person also after a place preposition. The Arabic
    article 'Al' of 'near Al Shadaddi' is no given name here, and 'toward Charlotte Amalie',
    named once, stays a place."""
    first = span[0].lower_
    if not 2 <= len(span) <= 3 or first in ("al", "el") or first not in gender_words("given_names"):
        return False
    if not all(t.is_title for t in span):
        return False
    return span.label_ == "appos_person" or len(re.findall(rf"\b{re.escape(span[-1].text)}\b", doc_text)) > 1


_REGNAL_NUMBER = re.compile(r"^[IVX]+$")
_EDITORIAL = re.compile(r"[\[\]]")
# a quoted nickname between two words of a name ('John “J.D.” Dorrian', 'Richard "Tex" Coe')
_NICKNAME_INSIDE = re.compile(r"\s+[\"“‘'][^\"“”‘’']{1,30}[\"”’']\s+")


_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


def _ends_in_small_word(span: Span) -> bool:
    """A name that ends in a word in small letters ('Meth makers', 'Babe Ruth - idols'): a
    person's name ends in a capitalised surname; small words inside are particles ('de
    Mistura', 'Daniel arap Moi') and a hyphen may join one on ('Ban Ki-moon')."""
    last = span[-1]
    joined = last.i > 0 and span.doc[last.i - 1].text == "-" and not span.doc[last.i - 1].whitespace_
    return len(span) > 1 and last.is_alpha and last.text.islower() and not joined


def _only_titles(span: Span) -> bool:
    return all(t.lower_ in title_words() for t in span)


def _with_regnal_title(span: Span) -> Span:
    """The name with its whole title ('Crown Prince Hassan') and regnal number ('Queen
    Elizabeth II')."""
    doc, start, end = span.doc, span.start - 1, span.end
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ in _title_words():
        start -= 1
    if end < len(doc) and _REGNAL_NUMBER.match(doc[end].text):
        end += 1
    titled = doc[start:end]
    titled.label_ = span.label_  # the rule that found the name stays the mention's rule
    return titled


def _function_in_a_title(span: Span) -> bool:
    """'Police Public Relations Officer X', 'Assistant Director Army Public Relations, Captain
    X': a public relations or public affairs office the model reads as a body, right after or
    before a title word, is part of that title."""
    if len(span) < 2 or (span[-2].lower_, span[-1].lower_) not in _PUBLIC_FUNCTIONS:
        return False
    doc = span.doc
    beside = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    # a capitalised title word ('Officer', 'Director'), not a joiner of titles ('of')
    return any(t.is_title and t.lower_ in title_words() for t in beside)


_PUBLIC_FUNCTIONS = frozenset({("public", "relations"), ("public", "affairs"), ("public", "information")})


def _org(span: Span, registry: Registry, operations: set[str], words: _Words) -> Candidate | None:
    span = _owner_before_possessive(_without_rank(span), registry)
    text = span.text  # built from the tokens on each read
    name = strip_article(clean(text)).removesuffix("'s")
    key = name_key(name)
    if not key or _is_operation(span, operations, text) or _followed_by(span, "place_nouns"):
        return None
    if _a_building_as_a_site(span):
        return None  # 'drove to the Church of St. George': where it happened, no actor
    if _apposed_to_a_ship(span):
        return None  # 'the vessel, the Marlin Star': a ship's name
    if _states_offices(name, registry):
        return None  # 'the Governments of Canada, France, ...': the states, named each
    if _shouted(text, registry):
        return None
    if key in registry.keys:
        entry = registry.entries[registry.keys[key]]
        if entry.id.startswith("state-"):
            return None  # the model's body is a country: the registry's reader asks if it acts
        return _cand(span, "ner_org", f"reg:{entry.id}", entry.name, entry.kind)
    fuzzy = _fuzzy_registry(key, registry) or _qualified_registry(name, registry)
    if fuzzy:
        return _cand(
            span,
            "registry_fuzzy",
            f"reg:{fuzzy}",
            registry.entries[fuzzy].name,
            registry.entries[fuzzy].kind,
        )
    office = _names_an_office(name) or _function_in_a_title(span)
    if office or _head_of(name) in _WORK_HEADS | _DOCUMENT_HEADS:
        # 'the Syrian Opposition Coordinator': a person's office; 'the Black Book': a work;
        # 'Department Press Briefing': a page's title; 'Police Public Relations Officer': a title
        return None
    kind = _org_kind(name) or _named_body(span, name) or _abbreviated(name, registry, words)
    kind = _bare_body_kinds().get(name, kind)  # 'the House', 'the Army': says what it is
    if kind == "government" and _non_state_opener(name, registry):
        kind = "organization"  # 'SDF Press Office', 'Hamas political bureau': no state's office
    kind = _state_held_kind(name, kind, registry)
    state = _armed_forces_state(name, registry) if kind in ("armed_group", "military") else None
    if state is not None:
        # 'the Armed Forces of the Philippines': the state's armed forces, as 'the Philippine military'
        return state_body_of(span, state, "forces", registry)
    if kind is None and _MIXED_SHORT.fullmatch(name):
        # 'DfID', 'MoD': kept only if unify_aliases finds the long name it spells
        return _cand(span, "short_form", f"short:{key}", name, "organization")
    if kind is None:
        kind = _kind_of_noun_after(span) or body_noun_around(span) or _kind_of_listing_noun(span)
        kind = kind or _unmarked_body(span, name, registry)
    if kind is None and _short_name_shaped(span, name):
        # 'Unisys', 'Dow Jones': kept only if unify_aliases finds the body's fuller name
        return _cand(span, "ner_org", f"lone:{key}", name, "organization")
    if kind is None:
        # A phrase with no organisational word, or a thing's acronym ("VBIED", "UAV"),
        # is not trusted.
        return None
    return _cand(span, "ner_org", f"org:{key}", name, kind or "organization")


def _place_body_kind(name: str) -> str:
    """A place's police force ('West Midlands Police', 'the Kirkuk police') and its forces
    ('Puntland forces') are security forces, as a state's are; its council or municipality
    governs."""
    if name.lower().endswith(" forces"):
        return "military"
    return "military" if _kind_by_words(name) == "military" else "government"


def _armed_forces_state(name: str, registry: Registry) -> str | None:
    """The state whose national military the name is: it ends in 'forces', 'force' or 'army'
    and its other words are a registered state's name or demonym and words any national
    military's name holds ('Armed Forces of the Philippines', 'Sudanese Armed Forces', 'Rwanda
    Defence Force', 'Ethiopian National Defense Force'). A word of a cause or a people ('Syrian
    Democratic Forces', 'Free Syrian Army') makes another body; registered names are read first."""
    words = name.replace("-", " ").split()  # 'Jordan Armed Forces-Arab Army'
    if not any(w.lower() in _FORCE_HEADS for w in words):
        return None
    if _ARMED_FORCES.search(name) is None and not all(w[:1].isupper() or w in ("of", "the") for w in words):
        return None  # 'US-backed Syrian forces' may be no state's: only its own name is sure
    rest = " ".join(w for w in words if w.lower() not in _NATIONAL_MILITARY_WORDS)
    if not rest or rest == " ".join(words):
        return None
    state = registry.demonyms.get(rest) or registry.keys.get(name_key(rest), "")
    return state if state.startswith("state-") else None


_ARMED_FORCES = re.compile(r"\barmed forces\b", re.IGNORECASE)
_FORCE_HEADS = frozenset({"forces", "force", "army"})
# ('Arab' of 'the Jordan Armed Forces-Arab Army'; the Syrian Arab Army and the Libyan Arab Armed
# Forces are registered, so read first; 'Royal' of a kingdom's: 'the Royal Cambodian Armed Forces')
_NATIONAL_MILITARY_WORDS = _FORCE_HEADS | {
    "armed", "national", "defence", "defense", "of", "the", "arab", "royal"
}


def _states_offices(name: str, registry: Registry) -> bool:
    """'Governments of Canada', 'Leaders of Canada' (of a list of states): a plural of a
    state's office or government before 'of' and a registered state."""
    head, of, state = name.partition(" of ")
    return (
        bool(of)
        and head.split()[-1].lower() in _STATE_OFFICE_PLURALS
        and registry.keys.get(name_key(state), "").startswith("state-")
    )


_STATE_OFFICE_PLURALS = frozenset(
    {"governments", "leaders", "ministers", "presidents", "heads", "parliaments", "peoples"}
)


def _names_an_office(name: str) -> bool:
    """The name's head (not its only word) is a person's office word ('Syrian Opposition
    Coordinator', 'Special Envoy for Syria'), not a body's."""
    at = _head_at(name)
    return at > 0 and name.split()[at].lower() in rule_words("role_heads")


def _head_of(name: str) -> str:
    """A name's head word in small letters: its last word before 'of' or 'for'."""
    at = _head_at(name)
    return name.split()[at].lower() if at >= 0 else ""


def _head_at(name: str) -> int:
    words = name.split()
    return next((i for i, w in enumerate(words) if w in ("of", "for")), len(words)) - 1


# heads of a work's name, never a body's ('The Yazidi Book of Revelation', 'the Black Book')
_WORK_HEADS = frozenset({"book", "books", "scripture", "scriptures", "gospel", "manifesto"})
# heads of an official document's or event's title ('Joint Statement on ...', 'Department Press
# Briefing', 'Readout of ...'); not 'declaration' ('the Damascus Declaration' was a coalition)
_DOCUMENT_HEADS = frozenset(
    {"statement", "statements", "briefing", "readout", "communique", "communiqué", "transcript", "remarks"}
)


def _state_media(span: Span, registry: Registry) -> Candidate:
    """'Syrian state media', "Syria's state television", 'Iraqi television': named by the
    state's demonym and the words from 'state' on (or the medium alone), tied to the state."""
    state = registry.entries[span.kb_id_]
    first = next((t.i for t in span if t.lower_ == "state"), span.end - 1)  # 'Iraqi television'
    words = [t.text if t.text.isupper() else t.lower_ for t in span if t.i >= first]
    demonym = registry.demonym_of.get(name_key(state.name)) or state.name
    name = " ".join([demonym, *words])
    cand = _cand(span, "state_media", f"org:{name_key(name)}", name, "media")
    cand.affiliation = f"reg:{state.id}"
    return cand


def _kind_of_noun_after(span: Span) -> str | None:
    """'the Wagner mercenary group', "Pakistan's Inter-Services Intelligence agency": a name
    the model calls an organisation, right before a noun for a body (after at most two words
    describing it), is that body's name; the noun, or an armed group's adjective, says its kind."""
    doc = span.doc
    armed = armed_adjectives()
    at = span.end
    described = False
    for _ in range(2):  # the words describing the noun
        if at >= len(doc) or not doc[at].is_lower:
            break
        if doc[at].lower_ in armed or doc[at].lower_ in _HIRED:
            described = True
        elif doc[at].pos_ != "ADJ":
            break
        at += 1
    if at >= len(doc) or not doc[at].is_lower or doc[at].pos_ != "NOUN":
        return None
    kind = _BODY_NOUNS.get(doc[at].lower_)
    before = doc[span.start - 1] if span.start > 0 else None
    owned = before is not None and (before.lower_ == "the" or before.text in ("'s", "’s"))
    if kind is None or not owned or not all(t.text[:1].isupper() for t in span if not t.is_punct):
        return None
    return "armed_group" if described else kind


def _kind_of_listing_noun(span: Span) -> str | None:
    """'gangs such as Los Monos and Los Menores', 'armed groups, including X': a name the model
    calls an organisation, listed after a plural noun for bodies and 'such as', 'including' or
    'like', is such a body; the noun (or an armed adjective before it) says its kind. The walk
    back crosses only the list: other names, commas, 'and', 'or'. Not names that modify a noun
    after the list ('organisations including the St Nicholas Arcades and Marketgate shopping
    areas')."""
    doc = span.doc
    if span.start < 3:
        return None  # no room for 'gangs such as' before it
    end = span.end
    while end < len(doc) and (doc[end].text in (",", "and", "or") or doc[end].text[:1].isupper()):
        end += 1
    if end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower:
        return None
    i = span.start - 1
    while i > 1 and (doc[i].text in _LIST_JOINERS or (doc[i].text[:1].isupper() and doc[i].ent_type_)):
        i -= 1
    if doc[i].lower_ == "as" and doc[i - 1].lower_ == "such":
        i -= 2
    elif doc[i].lower_ in ("including", "like"):
        i -= 1
    else:
        return None
    i -= doc[i].text == ","  # 'armed groups, including X'
    noun = doc[i] if i >= 0 else None
    if noun is None or noun.tag_ != "NNS" or not noun.is_lower:
        return None
    kind = _LISTING_NOUNS.get(noun.lemma_)
    armed = i > 0 and doc[i - 1].lower_ in armed_adjectives()
    return "armed_group" if kind is not None and armed else kind


_LIST_JOINERS = frozenset({",", "and", "or", "the"})
# plural nouns for bodies that open a list of their names, by the kind each says
_LISTING_NOUNS = {
    **{w: k for w, k in BODY_NOUN_KINDS.items() if w not in ("firm", "company")},
    "gang": "armed_group",
    "cartel": "armed_group",
}


def described_kind(description: str) -> str | None:
    """The kind a body's description says: 'the peacekeeping force' its words' kind; 'the
    militant network', which its words call a bare organisation, an armed group's (an armed
    adjective of data group_adjectives)."""
    kind = _org_kind(description)
    words = set(description.lower().replace("-", " ").split())
    return "armed_group" if kind in (None, "organization") and armed_adjectives() & words else kind


@cache
def ngo_adjectives() -> frozenset[str]:
    """The adjectives of data actor_rules group_adjectives that make a group an NGO ('rights',
    'aid')."""
    return frozenset(w for r in actor_rules()["group_adjectives"] if "ngo" in r["kinds"] for w in r["words"])


@cache
def armed_adjectives() -> frozenset[str]:
    """The adjectives of data actor_rules group_adjectives that make a group an armed one."""
    return frozenset(
        w for r in actor_rules()["group_adjectives"] if "armed_group" in r["kinds"] for w in r["words"]
    )


_HIRED = frozenset({"mercenary", "private", "security"})  # 'the Wagner mercenary group'
# the nouns of BODY_NOUN_KINDS a name stands before ('the Wagner group', "Pakistan's ISI agency"),
# with the kind they give when no adjective says it is armed; not 'unit' nor 'company' (business units)
_BODY_NOUNS = {
    w: BODY_NOUN_KINDS[w]
    for w in ("group", "organisation", "organization", "militia", "faction", "movement", "party", "agency")
}


def _unmarked_body(span: Span, name: str, registry: Registry) -> str | None:
    """A name of two or more capitalised words the model calls an organisation, with no word
    for a kind of body ('the Khmer Rouge', 'the Federal Reserve', 'Orange Order'), counts when
    the text writes it after 'the', or, unless it is shaped like a person's name (the model
    often calls a person an organisation: 'Andy Pasztor'), twice or as the one who acts (a
    subject, an owner, the agent after 'by'). Never a thing's name ('the Cessation of
    Hostilities', 'HMS Daring'), a venue's ('the LaBelle Theater'), a titled person's ('Fire
    Chief X'), a name opening with a common given name, nor one that runs on ('Puerto Rico |
    Police Superintendent X'). A name opening with a state's demonym ('Saudi Aramco') is no
    person's, nor one closed by a word for a trade ('Jasmine Construction', data/actors.json
    company_trade_words)."""
    words = name.split()
    if len(words) < 2 or words[0] in rule_words("vessel_prefixes"):
        return None
    if not all(w[:1].isupper() or w in _NAME_GLUE for w in words):
        return None
    lowers = {w.lower().strip(".,'’") for w in words}
    if lowers & rule_words("thing_name_heads") or lowers & _title_words():
        return None  # a thing ('the Cessation of Hostilities'), a titled person ('Fire Chief X')
    if words[-1].lower() in registry_words("venue_heads"):
        return None  # 'the LaBelle Theater': a place unless its name says it is a body
    if words[-1].lower().rstrip(".") in registry_words("company_trade_words"):
        return "organization"  # 'Jasmine Construction': a trade closes no person's name
    if words[0].lower() in gender_words("given_names") or _after_title(span) or _runs_on(span):
        return None
    if _after_the(span):
        return "organization"  # no person's name takes 'the'
    if _person_shaped(words) and registry.state_of_demonym(words[0]) is None:
        return None  # 'Andy Pasztor', 'Bertalan Farkas': the model's organisation may be a person
    root = span.root
    acting = root.dep_ in ("nsubj", "nsubjpass", "poss") or (root.dep_ == "pobj" and root.head.lower_ == "by")
    return "organization" if acting or _written_twice(span.doc, words) else None


def _short_name_shaped(span: Span, name: str) -> bool:
    """One or two plain capitalised words (or parts of one hyphened word: 'Hewlett-Packard'),
    not after 'the' ('the House' is no short name of the House Ways and Means Committee) nor
    running on into a longer name."""
    words = name.replace("-", " ").split()
    return len(words) <= 2 and _person_shaped(words) and not _after_the(span) and not _runs_on(span)


def _after_the(span: Span) -> bool:
    doc = span.doc
    return span[0].lower_ == "the" or (span.start > 0 and doc[span.start - 1].lower_ == "the")


def _person_shaped(words: list[str]) -> bool:
    """Two or three plain capitalised words, as a person's name is written ('T.R. Ahlstrom':
    initials first)."""
    first = 1 if _INITIALS.fullmatch(words[0]) else 0
    plain = words[first:]
    return (
        len(words) <= 3
        and bool(plain)
        and all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in plain)
    )


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


# small words inside a body's name ('Bank of America', 'Societe de Bourses Francaises')
_NAME_GLUE = frozenset({"of", "and", "de", "du", "des", "la", "le", "&"})


def _after_title(span: Span) -> bool:
    """A title word, capitalised as titles are, stands just before the name or its 'for the':
    'Minister for the | Middle East Tobias Ellwood' is a minister's name and portfolio, no body
    ('an administrator at the Flint Hills Christian School' names one)."""
    doc = span.doc
    before = doc[max(0, span.start - 3) : span.start]
    return any(t.lower_ in _title_words() and t.text[:1].isupper() for t in before)


def _runs_on(span: Span) -> bool:
    """The next word is capitalised or a title: the model cut a longer name or a role."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return (nxt.text[:1].isupper() and nxt.is_alpha) or nxt.lower_ in _title_words()


def _written_twice(doc: Doc, words: list[str]) -> bool:
    texts = token_texts(doc)
    n, first = len(words), words[0]
    seen = 0
    for i, text in enumerate(texts):
        if text == first and texts[i : i + n] == words:
            seen += 1
            if seen == 2:
                return True
    return False


def _state_held_kind(name: str, kind: str | None, registry: Registry) -> str | None:
    """A body a state's name marks as the state's own: a defence force holding the state's name
    or demonym is its military ('the Umbutfo Eswatini Defence Force', 'the South Sudan People's
    Defence Forces'; a region's or a people's, 'Tigray Defence Forces', stays an armed group);
    a committee, service, centre or institute 'of' a state, or opening with 'State', is its
    government ('the Investigative Committee of Russia', 'the State Security Service of
    Georgia'; not 'the Communist Party of China': a party is its members')."""
    words = name.replace("-", " ").split()
    lowered = [w.lower() for w in words]
    if kind == "armed_group" and _DEFENCE_FORCE.search(name) and _names_a_state(words, registry):
        return "military"
    if kind == "organization" and _STATE_OFFICE_HEADS & set(_before_of(lowered)):
        after_of = words[len(_before_of(lowered)) + 1 :]
        if lowered[0] == "state" or _names_a_state(after_of, registry):
            return "government"
    return kind


def _before_of(words: list[str]) -> list[str]:
    """The words before the first 'of' (all of them without one): a name's head ('Investigative
    Committee' of 'Investigative Committee of Russia')."""
    return words[: words.index("of")] if "of" in words else words


_DEFENCE_FORCE = re.compile(r"\bdefen[cs]e forces?\b", re.IGNORECASE)
# heads of a state's offices that a member body shares too ('committee'): read as the state's
# only when its name says so
_STATE_OFFICE_HEADS = frozenset({"committee", "service", "centre", "center", "institute"})


def _names_a_state(words: list[str], registry: Registry) -> bool:
    """One word or two words in a row are a registered state's name or demonym ('Eswatini' of
    'Umbutfo Eswatini Defence Force', 'South Sudan', 'Russia')."""
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            chunk = " ".join(words[i : i + n]).strip(".,'’")
            found = registry.demonyms.get(chunk) or registry.cased.get(chunk) or registry.aliases.get(chunk)
            if found and found.startswith("state-"):
                return True
    return False


def _non_state_opener(name: str, registry: Registry) -> bool:
    """The name opens with a registered actor that is no state, government or state force."""
    words = name.split()
    for n in (1, 2, 3):
        found = registry.keys.get(name_key(" ".join(words[:n]))) if len(words) > n else None
        if found is not None:
            return registry.entries[found].kind not in ("state", "government", "military")
    return False


# a short form written in mixed case: capitals with at most one small letter between them
_MIXED_SHORT = re.compile(r"[A-Z](?:[a-z]?[A-Z])+")


def _without_title(span: Span) -> Span:
    """'Spokesperson John Kirby' from the model: the name is 'John Kirby' (the title before it
    is read as the role later)."""
    from ..components.actors import SERVICES, _title_at

    start = span.start
    # "Navy Capt" from "Navy Capt. Jeff Davis": the service is not the name either
    words = tuple(t.text for t in span)
    start += next((len(w) for w in SERVICES if words[: len(w)] == w), 0)
    end = _title_at(span.doc, start)
    for before in (start - 2, start - 1):  # 'Chief | Constable Sara Thornton': a title running in
        if before >= 0 and start < _title_at(span.doc, before) < span.end:
            end = max(end, _title_at(span.doc, before))
    if end == start:
        end = _service_title_end(span, start)
    if start < end and end >= span.end:
        return span.doc[span.end : span.end]
    if not span.start < end < span.end:
        return span
    name = span.doc[end : span.end]
    name.label_ = span.label_  # the rule that found it stays the mention's rule
    return name


def _service_title_end(span: Span, start: int) -> int:
    """'Fire Marshal Bob Dunn', 'County Coroner X': one or two capitalised words naming a
    service before a title, inside the model's name; not a given name ('John Marshal Smith')."""
    from ..components.actors import _title_at
    from ..components.gender_lexicon import gender_words

    doc = span.doc
    for k in (1, 2):
        opener = doc[start : start + k]
        end = _title_at(doc, start + k) if start + k < span.end else start + k
        if (
            end > start + k
            and end < span.end
            and doc[start + k].lower_ not in rule_words("name_part_styles")  # 'Abdullahi Sheikh Hassan'
            and not any(t.lower_ in gender_words("given_names") or not t.is_title for t in opener)
        ):
            return end
    return start


def _owner_before_possessive(span: Span, registry: Registry) -> Span:
    """'the State Department's Flickr': a known actor owning a thing is the actor meant."""
    cut = next((t.i for t in span[1:-1] if t.text in ("'s", "’s")), None)
    if cut is None or name_key(span.doc[span.start : cut].text) not in registry.keys:
        return span
    return span.doc[span.start : cut]


def _without_rank(span: Span) -> Span:
    """'Army Lt' (from 'Army Lt. Gen. X'): the service is the organisation, the rank is not. Title
    words after 'of', 'for' or 'the' stay: a portfolio ('Ministry of Defence') or the holder an
    office is named after ('Office of the Prime Minister')."""
    doc, end = span.doc, span.end
    while end - span.start > 1:
        word = doc[end - 1].lower_
        if word not in title_words() and word + "." not in title_words():
            break
        if end == span.end and word in registry_words("org_heads"):
            break  # 'the Massachusetts State Police': the body's own head word, no rank
        if end == span.end and _ends_in_kind_phrase(span.text):
            break  # "Gaza's Civil Defense": a body's name ends so, no 'Defense' title
        if doc[end - 2].lower_ in ("of", "for") or (word not in _HOLDER_JOINERS and _holder_at(span, end)):
            break
        end -= 1
    return span if end == span.end else doc[span.start : end]


def _ends_in_kind_phrase(text: str) -> bool:
    """The name ends in a phrase of data/actor_rules.json kind_keywords ('Civil Defense')."""
    lowered = text.lower()
    return any(lowered.endswith(f" {phrase}") or lowered == phrase for phrase, _ in _kind_phrases())


def _holder_at(span: Span, end: int) -> bool:
    """The title words ending at `end` follow 'of', 'for' or 'the' in the span."""
    words = [t.lower_ for t in span.doc[span.start : end]]
    while len(words) > 1 and words[-1] not in _HOLDER_JOINERS and words[-1] in title_words():
        words.pop()
    return words[-1] in _HOLDER_JOINERS


_HOLDER_JOINERS = ("of", "for", "the")


def _named_body(span: Span, name: str) -> str | None:
    """An undefined acronym the model calls an organisation ('NAVCENT', 'CJTF') counts when it
    is not a thing's acronym and the text uses it twice or makes it act."""
    if not is_acronym(name) or len(name.replace(".", "")) < 3 or name in rule_words("thing_acronyms"):
        return None
    doc = span.doc
    if span.end < len(doc) and doc[span.end].like_num:
        return None  # "DDG 70", "LHD 8": a hull or model number, not an organisation
    uses = token_texts(doc).count(name)
    acting = span.root.dep_ in ("nsubj", "nsubjpass", "poss", "pobj")
    return "organization" if uses >= 2 or acting else None


def _abbreviated(name: str, registry: Registry, doc_words: _Words) -> str | None:
    """'Iraqi Counter Terrorism Service' has no word for a kind of body, but a text that also
    writes 'CTS' (or 'ICTS') treats the name as a body's. Rare: the text's words are scanned
    only for such a name."""
    words = name.replace("-", " ").split()
    if len(words) < 3 or not all(w[:1].isupper() or w.lower() in _ACRONYM_GLUE for w in words):
        return None
    found = {initials(words)}
    if words[0] in registry.demonyms:
        found.add(initials(words[1:]))
    return "organization" if found & doc_words.upper else None


class _Words:
    """The text's words; the set of its all-capital ones is built on first use (rarely needed)."""

    def __init__(self, words: list[str]) -> None:
        self.words = words

    @cached_property
    def upper(self) -> frozenset[str]:
        return frozenset(w for w in self.words if w.isupper())


def _shouted(text: str, registry: Registry) -> bool:
    """'SYRIA (AFP) —': an all-caps known name that is not written so by its owner is a dateline."""
    if not text.isupper() or len(text) <= 3 or text in registry.cased:
        return False
    return registry.keys.get(name_key(text), "").startswith("state-") or " " in text.strip()


def _gpe(span: Span, registry: Registry) -> Candidate | None:
    if _shouted(span.text, registry):
        return None
    found = registry.keys.get(name_key(span.text)) or registry.keys.get(
        name_key(_formal_words().sub("", span.text))
    )
    if found and found.startswith("state-"):
        return _cand(span, "gpe_actor", f"reg:{found}", registry.entries[found].name, "state")
    return None  # a registered group the model took for a place ('Daesh') is found as such


@cache
def _formal_words() -> re.Pattern[str]:
    """'the Hashemite Kingdom of ', 'The State of ': the formal words before a state's short
    name (data/actor_rules.json state_formal_nouns)."""
    nouns = "|".join(sorted(map(re.escape, rule_words("state_formal_nouns"))))
    return re.compile(rf"^(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+)*?(?:{nouns})\s+of\s+(?:the\s+)?")


def _capital(ctx: Context, span: Span, text: str, registry: Registry, doc_text: str) -> Candidate | None:
    """'Damascus said ...': the government seated there (the place stage has the city too),
    in a text that names its country or whose place stage put the city in that country
    ('Washington blamed Tehran'; not 'Paris collected $597,667 in sales tax' in a Texas paper,
    where Paris is a Texas town's)."""
    state = registry.capital_of(text)
    if not state or not _capital_acts(span, pairs=True):
        return None
    named = any(name in doc_text for name in _state_words(registry).get(state, ()))
    if not named and not (_placed_in(ctx, span, state) and _acts_as_a_government(span)):
        return None  # 'Damascus collected $597,000 in sales tax': a namesake town may act
    cand = state_body_of(span, state, "government", registry)
    if cand is not None:
        cand.capital_of = state
    return cand


def capitals_as_states(candidates: list[Candidate], registry: Registry) -> None:
    """A capital acting as a party is its state ('Washington' is 'the United States', as news
    and its readers take it), unless the text names that state's government in words and not
    the state itself as a party ('The Syrian government denied it ... Damascus said'): then the
    capital joins the government. Where the state acts by its own name too ('Kigali rejected
    the accusation ... Rwanda has long denied'), the capital is that state, whatever its
    government is called once ("Rwanda's government spokeswoman")."""
    written = {c.key for c in candidates if not c.capital_of}
    # the states named as parties ('BOSASO, Somalia (AFP) -' files the story; it names no party)
    acting = {c.key for c in candidates if not c.capital_of and c.rule != "dateline_state"}
    for cand in candidates:
        state_named = f"reg:{cand.capital_of}" in acting
        if cand.capital_of and (cand.key not in written or state_named):
            state = registry.entries[cand.capital_of]
            cand.key, cand.name, cand.kind = f"reg:{state.id}", state.name, state.kind
            cand.affiliation = None


def _governed_region(ctx: Context, span: Span) -> tuple[str, str] | None:
    """(place id, name) when the places stage made exactly this span a place that governs
    itself (ctx.governed_places: a first-level division, an autonomous region)."""
    start, end = _without_article(span)[0], span.end_char
    for s, e, place in ctx.owners_in("places", start, end):
        if s == start and e == end and place in ctx.governed_places:
            return place, ctx.governed_places[place]
    return None


def _region_acts(span: Span) -> bool:
    """A region acts as a capital does ('Ohio gave the retailer a tax credit'), but not as an
    owner ("Tigray's future", "Ohio's rose 0.6 points": the land's, or its figure's), nor one
    of a list of lands, nor after a dateline's city ('MAINEVILLE, Ohio (AP)')."""
    doc, root = span.doc, first_conjunct(span.root)
    if root.dep_ == "poss" or (span.end < len(doc) and doc[span.end].lower_ in POSSESSIVE_ENDS):
        return False
    if root.dep_ == "pobj" and root.head.lower_ in ("including", "like", "as"):
        return False  # 'states including Missouri and Virginia': a list of lands
    after_city = span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].text.isupper()
    if after_city and span.end < len(doc) and (doc[span.end].text == "(" or doc[span.end].text in DASHES):
        return False
    return _capital_acts(span, pairs=True)



def _region_government(span: Span, place: str, name: str, registry: Registry) -> Candidate:
    """The government of a region that acts by its bare name: the registered one the gazetteer
    names ('Kurdistan Region' -> the KRG), else one actor per place fact."""
    entry = registry.entries.get(region_governments().get(name, ""))
    if entry is not None:
        return _cand(span, "region_actor", f"reg:{entry.id}", entry.name, entry.kind)
    return _cand(span, "region_actor", f"region:{place.removeprefix('place-')}", name, "government")


def _region_seat(span: Span, text: str, doc_text: str, registry: Registry) -> Candidate | None:
    """'calls on Tiraspol to release him', 'Erbil accused Baghdad': a self-governing region's
    seat (data/gazetteer_supplement.json seat) that acts as a capital does stands for the
    region's government, in a text that names the region or its state."""
    record = region_seats()[text]
    if not (_capital_acts(span, pairs=True) and _acts_as_a_government(span)):
        return None
    state = f"state-{(record.get('country') or '').lower()}"
    names = [record["name"], *record.get("aliases", []), *_state_words(registry).get(state, ())]
    if not any(name in doc_text for name in names):
        return None  # a namesake town
    place = fact_id("place", f"{record['name']} {record.get('country') or ''}")
    return _region_government(span, place, record["name"], registry)


def _acts_as_a_government(span: Span) -> bool:
    """What a town seldom does: speak or take sides ('Moscow warned'), be a partner or a
    recipient ('turned to Moscow for weapons', 'urged Ankara'), own a state's act ("Beijing's
    claim") or grasp a state's stance ('until New Delhi understands'); a subject of any other
    verb ('Damascus collected $597,000 in sales tax') may be a namesake town."""
    if acts_in_relative_clause(span):
        return True  # 'from Bangkok, which cut electricity'
    root = first_conjunct(span.root)
    if root.dep_ == "nsubj" and _a_states_act(root.head):
        return True
    return root.dep_ != "nsubj" or root.head.lemma_ in _STANCE_VERBS or _speaks_or_accuses(span)


def _a_states_act(verb: Token) -> bool:
    """An act only a state's government does: designating a group, imposing sanctions or an
    embargo, listing a group as something ('Washington designated the coalition a terrorist
    organization', 'Washington imposed sanctions on settlers', 'Tehran and Washington both list
    it as a terrorist organisation')."""
    if verb.lemma_ in _STATE_ACT_VERBS:
        return True
    if verb.lemma_ == "impose":
        return any(c.dep_ == "dobj" and c.lemma_ in _STATE_PENALTIES for c in verb.children)
    if verb.lemma_ == "list":
        return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    return False


_STATE_ACT_VERBS = frozenset({"designate", "sanction", "extradite", "veto", "ratify", "annex"})
_STATE_PENALTIES = frozenset({"sanction", "sanctions", "embargo", "tariff", "tariffs", "visa"})


# verbs of a mind made up or changed, which governments, not towns, are the subjects of
_STANCE_VERBS = frozenset(
    {"understand", "realise", "realize", "recognise", "recognize", "acknowledge", "insist", "refuse"}
)


def _speaks_or_accuses(span: Span) -> bool:
    """The capital is the subject of a verb of speaking or of taking sides, or the object of one
    of taking sides ('Washington blamed Tehran', 'Moscow warned', 'Beijing called for
    restraint'): what governments do and have done to them, not towns."""
    root = first_conjunct(span.root)
    lemma = root.head.lemma_
    if root.dep_ == "dobj":
        return lemma in _SIDING_VERBS  # 'blamed Tehran': the side blamed
    return root.dep_ == "nsubj" and (lemma in rule_words("reporting_verbs") or lemma in _SIDING_VERBS)


# verbs of taking a side that governments, not towns, are the subjects of
_SIDING_VERBS = frozenset(
    {"blame", "accuse", "condemn", "criticize", "criticise", "reject", "demand", "call", "threaten", "vow"}
)


def _in_a_list_of_places(ctx: Context, span: Span) -> bool:
    """A later name of a list a place preposition opens, where the place stage placed another
    of the list's names."""
    doc = span.doc
    opens = list_preposition(doc, span.start, span.end, _LIST_PREPOSITIONS)
    if opens is None:
        return False
    end = list_end(doc, span.end)  # the list goes on past the span: 'Al Asad and Erbil'
    return any(
        (s, e) != (span.start_char, span.end_char)
        for s, e, _ in ctx.owners_in("places", doc[opens].idx, doc[end - 1].idx + len(doc[end - 1]))
    )


def _person_inside_a_place_name(ctx: Context, span: Span, registry: Registry) -> bool:
    """A registered person's name as a word of a longer place name ('Al Asad Airbase' is no
    Bashar al-Asad): the place stage, which ran first, holds the whole name, or the name is
    listed among places."""
    if registry.entries[span.kb_id_].kind != "person":
        return False
    start, end = span.start_char, span.end_char
    if any((s, e) != (start, end) for s, e, _ in ctx.covered_by("places", start, end)):
        return True
    # the model's whole name round it, a place among places ('at Taji, Al Asad and Erbil')
    first, last = entity_bounds(span[0])[0], entity_bounds(span[-1])[1]
    return (first, last) != (span.start, span.end) and _in_a_list_of_places(ctx, span.doc[first:last])


def _placed_in(ctx: Context, span: Span, state: str) -> bool:
    """The place stage resolved the span to a place in the state's country (place ids end in
    the country's code: 'place-tehran-ir')."""
    place = ctx.owner_of("places", span.start_char, span.end_char)
    return place is not None and place.endswith("-" + state.removeprefix("state-").lower())


def _state_words(registry: Registry) -> dict[str, list[str]]:
    """State id -> the names and demonyms that name it as written ('Syria', 'Syrian')."""
    return _per_registry(_STATE_WORDS, registry, _read_state_words)


def _read_state_words(registry: Registry) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for table in (registry.aliases, registry.cased, registry.demonyms):
        for words, found in table.items():
            if found.startswith("state-"):
                out.setdefault(found, []).append(words)
    return out


_STATE_WORDS: dict[int, tuple[Registry, dict[str, list[str]]]] = {}


def _surname_in_text(span: Span, word: str) -> bool:
    """'Denzel Washington' anywhere in the text: the lone word may be his name, not a capital
    (the model may call a two-word name an organisation; 'Greater London' is no name)."""
    return any(len(ent) > 1 and ent[-1].text == word and _name_shaped(ent) for ent in doc_ents(span.doc))


def _name_shaped(ent: Span) -> bool:
    if ent.label_ == "PERSON":
        return True
    return ent.label_ == "ORG" and len(ent) == 2 and ent[0].is_title and ent[0].lower_ not in _PLACE_PREFIXES


_PLACE_PREFIXES = {"greater", "new", "east", "west", "north", "south", "central", "old", "metro", "downtown"}


def _capital_acts(span: Span, pairs: bool = False) -> bool:
    """'Damascus denied the report', 'Moscow sent jets': a capital (or a lone body's name) as
    the active subject of a verb, the object of a verb whose object is a party, or a partner
    object stands for its government; 'Damascus saw heavy fighting' is still the city.
    `pairs`: a capital joined to another acts as the first does ('Damascus and Moscow have
    accused ...'); not a lone name, which may be a town or a person ('Sun Valley and Toco
    showed gains', 'Romans, Sakai and the parolee died')."""
    root = first_conjunct(span.root) if pairs else span.root
    verb = root.head
    if acts_in_relative_clause(span):
        return True  # 'from Bangkok, which cut electricity'
    if root.dep_ in ("dobj", "dative"):
        # 'urged Ankara to halt', 'gave Ankara a green light' (not 'shelled Damascus')
        lemma = verb.lemma_
        if (lemma in rule_words("actor_object_verbs") and lemma not in _CITY_OBJECT_VERBS) or (
            lemma in rule_words("recipient_verbs")
        ):
            return True
        # 'prompting Islamabad to retaliate' (not 'expected Damascus to fall': the city)
        does = object_control(verb)
        return does is not None and does.lemma_ not in _PLACE_VERBS
    if root.dep_ == "pobj":
        # 'talks with Ankara', 'pressure from Moscow', 'an insurgency against Ankara' (not 'the
        # offensive against Damascus')
        opposed = verb.lower_ == "against" and verb.head.lower_ in rule_words("opposition_nouns")
        return (verb.lower_ != "against" or opposed) and partner_object(verb)
    if root.dep_ == "poss":
        # "Beijing's claim", "Moscow's support" (not "Damascus's old city", nor "Jerusalem's
        # role in Arab culture": a city has a role and work of its own)
        deed = verb.lower_ in rule_words("state_action_nouns") | rule_words("possessor_deed_nouns")
        return deed and verb.lower_ not in ("role", "work")
    if root.dep_ != "nsubj" or any(t.dep_ == "auxpass" for t in verb.children):
        return False
    if verb.lemma_ in _PLACE_VERBS:
        return _takes_a_stance(verb)
    # 'which Washington and Seoul accuse of ...': the tagger may call a verb with an object a noun
    return verb.pos_ == "VERB" or (verb.pos_ == "NOUN" and any(c.dep_ == "dobj" for c in verb.children))


# verbs of data actor_object_verbs whose object may be the city itself ('attack Damascus',
# 'join Moscow', 'meet in Ankara'): a capital there is no government
_CITY_OBJECT_VERBS = frozenset(
    {"attack", "threaten", "defeat", "fight", "join", "meet", "engage", "call", "ally"}
)


def _takes_a_stance(verb: Token) -> bool:
    """'Washington remained silent', 'Paris was cautious', 'Moscow stood by its ally', 'Ankara
    sees the YPG as ...', 'Moscow is its main backer': a place verb that gives an attitude or a
    party's part ('Damascus remained calm' is still the city)."""
    if verb.lemma_ == "stand" and any(t.lower_ in ("by", "behind", "firm") for t in verb.children):
        return True
    if verb.lemma_ == "see" and views_as(verb):
        return True  # 'Ankara sees the YPG as a terrorist group' (not 'Damascus saw fighting')
    if any(t.dep_ == "attr" and t.lemma_ in rule_words("ally_nouns") for t in verb.children):
        return True  # 'Washington remains Taipei's main arms supplier', 'Moscow is its backer'
    stances = rule_words("stance_adjectives")
    return any(t.dep_ == "acomp" and t.lower_ in stances for t in verb.children)


def _placed_chamber(ctx: Context, span: Span, name: str) -> str | None:
    """'the Ohio House', 'the U.S. House': a bare body's word ('House') after a place the text
    names is that place's body, of the word's kind (not 'the Opera House')."""
    last = name.split()[-1]
    kind = _bare_body_kinds().get(last)
    if kind is None or " " not in name:
        return None
    before = span.end_char - len(last)
    return kind if ctx.owners_in("places", span.start_char, before) else None


def _surnames_after_given(cands: list[Candidate]) -> set[str]:
    """Words after a common given name in any name found ('Sue Guio' inside a name the model
    ran together with a title): surnames, whatever kind the longer name was given."""
    given = gender_words("given_names")
    out = set()
    for cand in cands:
        for first, second in pairwise(cand.name.split()):
            if first.lower() in given:
                out.add(name_key(second))
    return out


def _lone_body_acts(ctx: Context, span: Span, name: str) -> bool:
    """One word the model calls an organisation acts as a body ('Intel reported profits',
    'Qantas's chief'): the active subject of a verb no place takes, or an owner; a speaker only
    when 'it' takes it up ('Microsoft said it ...'; 'Cimei said' is a person's surname). Not a
    given name ('cousins Dillon and Connor'), an office's name ('Commonwealth's Attorney'), a
    common noun or part of a longer name by its tag or neighbours ('Backers said', 'a 2006
    Mercury', 'Dr Tia MacGregor', 'Mason, Devon and the driver'), a title ('Sheriff's Lt.'), an
    abstract noun ('Communism'), a day or date ('Tuesdayâ': the model ran on), a word the text
    also writes in small letters ('Kidnappers' heading a story), a plural of a word the text
    writes ('Tamils'), nor a word the text uses as a place."""
    lower = name.lower()
    if " " in name or not name.isalpha() or lower in _title_words() or lower in gender_words("given_names"):
        return False
    if _runs_on(span) or _name_before(span):
        return False  # 'Dr Tia MacGregor': the model cut a longer name
    described = apposed_body_description(span.doc, span.end)
    if described is not None and described.root.dep_ not in ("nsubj", "nsubjpass"):
        # 'Usoforal, a women's peace group based in Ziguinchor': described as a body (not
        # 'members of Haramcad, the police said', where a new clause opens; nor 'Maori, an
        # indigenous group', a people)
        return not any(t.lower_ in _PEOPLE_DESCRIBERS for t in described)
    root = span.root
    if root.tag_ != "NNP" or _after_an_article(span) or _listed_with_a_person(root):
        return False  # 'Backers said', 'a 2006 Mercury', 'Mason, Devon and the driver'
    if root.dep_ == "poss":
        if root.head.text[:1].isupper():
            return False  # "Commonwealth's Attorney X": an office's name
    elif not _capital_acts(span):
        return False
    elif _reports(root) and not (_it_after(span) or _org_twice(span, name)):
        # 'Cimei said ...': one who speaks is a person, unless 'it' takes it up or the model
        # reads the word as an organisation twice
        return False
    if _age_after(span) or _ever_a_person(span.doc, name):
        return False  # 'Watts, 62,'; the model reads the word as a person elsewhere
    if abstract_noun(lower) or _WEEKDAY.match(lower):
        return False
    if ctx.owner_of("dates", span.start_char, span.end_char) is not None:
        return False
    if lower in lower_words(span.doc):
        return False
    if lower.endswith("s") and name[:-1] in token_texts(span.doc):
        return False  # 'Tamils' where 'Tamil' is written too: a people
    return name not in _place_names(ctx)


# words that describe a people, not a body, in an apposed description
_PEOPLE_DESCRIBERS = frozenset({"indigenous", "ethnic", "tribal", "minority", "religious", "nomadic"})
_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day")


def _place_names(ctx: Context) -> set[str]:
    text = ctx.text
    return {text[s:e] for s, e, _ in ctx.owners_in("places", 0, len(text))}


# 'he', 'his', 'she', 'her' taking up the name: a person's surname
_GENDERED = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})


def _reports(root: Token) -> bool:
    return root.head.lemma_ in rule_words("reporting_verbs")


def _org_twice(span: Span, name: str) -> bool:
    """The model reads the word as an organisation at least twice."""
    return sum(1 for e in doc_ents(span.doc) if e.label_ == "ORG" and e.text == name) >= 2


def _ever_a_person(doc: Doc, name: str) -> bool:
    return any(e.label_ == "PERSON" and name in e.text.split() for e in doc_ents(doc))


def _age_after(span: Span) -> bool:
    """'Watts, 62, spent 40 years ...': an age set off after a name is a person's."""
    doc = span.doc
    after = doc[span.end : span.end + 3]
    return len(after) == 3 and after[0].text == "," and after[1].like_num and after[2].text == ","


def _after_an_article(span: Span) -> bool:
    """'a Mercury', 'a 2006 Mercury': one thing of a make, not the maker."""
    return any(t.lower_ in ("a", "an") for t in span.doc[max(0, span.start - 2) : span.start])


def _listed_with_a_person(root: Token) -> bool:
    """'Mason, Devon and the driver': a name listed with a person's is a person's too."""
    listed = [*root.conjuncts]
    return any(t.ent_type_ == "PERSON" for t in listed)


def _name_before(span: Span) -> bool:
    """A capitalised word right before the name, inside its sentence."""
    doc = span.doc
    if span.start == 0 or (doc.has_annotation("SENT_START") and span.sent.start == span.start):
        return False
    before = doc[span.start - 1]
    return before.is_alpha and before.text[:1].isupper()


def _it_after(span: Span) -> bool:
    """'Microsoft said it would cut jobs': 'it' or 'its' in the rest of the name's sentence."""
    return any(tok.lower_ in ("it", "its") for tok in _words_after(span, 1, 25))


def _words_after(span: Span, sentences: int, limit: int) -> Span:
    """Up to `limit` tokens after the span, within its sentence and the next `sentences` - 1."""
    doc = span.doc
    end = len(doc)
    if doc.has_annotation("SENT_START"):
        end = span.sent.end
        for _ in range(sentences - 1):
            end = doc[end].sent.end if end < len(doc) else end
    return doc[span.end : min(end, span.end + limit)]


def _gendered_pronoun_after(span: Span) -> bool:
    """A gendered pronoun in the rest of the name's sentence or the next one, before any
    other name: what a reader takes the name for."""
    if not span.doc.has_annotation("SENT_START"):
        return False
    for tok in _words_after(span, 2, 40):
        if tok.lower_ in _GENDERED:
            return True
        if tok.ent_type_ in ("PERSON", "ORG"):
            return False
    return False


# verbs whose subject is a place more often than the people who govern it
_PLACE_VERBS = {"be", "have", "see", "witness", "host", "lie", "sit", "remain", "become", "experience",
                "suffer", "fall", "face", "border", "house", "stand", "get", "receive", "look", "seem",
                "feel", "wake", "shake", "burn", "flood", "endure", "come", "go"}


def _media_service(text: str, registry: Registry) -> Entry | None:
    """'Rudaw English', 'BBC Persian': a registered news outlet's language or regional
    service is that outlet (the model may call such a name a person)."""
    name, _, service = strip_article(clean(text)).rpartition(" ")
    if service not in registry_words("media_services"):
        return None
    found = registry.entries.get(registry.keys.get(name_key(name), ""))
    return found if found is not None and found.kind == "media" else None


def _qualified_registry(name: str, registry: Registry) -> str | None:
    """'Kurdish People's Protection Units', 'Lebanese Hezbollah': a registered armed group (or
    a state's own body) named after a nationality or community adjective is that actor; not
    'British Red Cross' (another body than the registered international one)."""
    words = name.split()
    if owned := _owner_named_first(words, registry):
        return owned
    i = 0
    while i < len(words) - 1 and (words[i] in registry.demonyms or words[i] in _community_adjectives()):
        i += 1
    found = registry.keys.get(name_key(" ".join(words[i:]))) if i else None
    if found is None:
        return None
    entry = registry.entries[found]
    states = {registry.demonyms.get(w) for w in words[:i]}
    own = entry.country is not None and f"state-{entry.country.lower()}" in states
    return found if entry.kind == "armed_group" or own else None


def _owner_named_first(words: list[str], registry: Registry) -> str | None:
    """'UN World Food Programme' read whole: a registered body written after the name of the
    body the registry says it belongs to (one or two words) is that body."""
    for cut in (1, 2):
        owner = registry.keys.get(name_key(" ".join(words[:cut]))) if cut < len(words) else None
        found = registry.keys.get(name_key(" ".join(words[cut:]))) if owner else None
        if found is not None and registry.entries[found].affiliation == owner:
            return found
    return None


@cache
def _community_adjectives() -> frozenset[str]:
    return frozenset(r["words"][0] for r in actor_rules()["communities"])


def _fuzzy_registry(key: str, registry: Registry) -> str | None:
    """A misspelt registry name ('Syrian Democratic Froces'); long names only, high bar."""
    if len(key) < 10:
        return None
    from rapidfuzz import fuzz, process

    match = process.extractOne(key, _long_keys(registry), scorer=fuzz.ratio, score_cutoff=92)
    if match is None:
        return None
    words, matched = set(key.split()), set(match[0].split())
    if words < matched or matched < words:
        return None  # a word more or fewer is another name ('UK Ministry of Defence'), no typo
    if any(w.isdigit() or w in _nation_words(registry) for w in words ^ matched):
        return None  # 'Togolese armed forces' is no misspelt 'Congolese armed forces'
    return registry.keys[match[0]]


def _nation_words(registry: Registry) -> frozenset[str]:
    """Demonyms and one-word state names in lower case: words of their own, never typos."""
    return _per_registry(_NATION_WORDS, registry, _build_nation_words)


def _build_nation_words(registry: Registry) -> frozenset[str]:
    states = (a for a, i in {**registry.aliases, **registry.cased}.items() if i.startswith("state-"))
    return frozenset(w.lower() for w in [*registry.demonyms, *states] if " " not in w)


_NATION_WORDS: dict[int, tuple[Registry, frozenset[str]]] = {}


def _long_keys(registry: Registry) -> list[str]:
    """Registry keys a long name can be a misspelling of (ratio >= 92 needs similar lengths)."""
    return _per_registry(_LONG_KEYS, registry, lambda r: [k for k in r.keys if len(k) >= 8])


_LONG_KEYS: dict[int, tuple[Registry, list[str]]] = {}
_T = TypeVar("_T")


def _per_registry(
    table: dict[int, tuple[Registry, _T]], registry: Registry, build: Callable[[Registry], _T]
) -> _T:
    """`build(registry)`, made once per registry. Keyed by id: a mutable dataclass is
    unhashable; the table holds the registry too, so its id is not reused."""
    cached = table.get(id(registry))
    if cached is None or cached[0] is not registry:
        cached = table[id(registry)] = (registry, build(registry))
    return cached[1]


def _org_kind(name: str) -> str | None:
    kind = _kind_by_words(name)
    if kind == "military" and _civil_unit(name):
        return "organization"
    if kind == "government" and _intergovernmental(name):
        return "organization"
    return kind


def _intergovernmental(name: str) -> bool:
    """'the United Nations Office on Drugs and Crime', 'the Joint Boundary Commission', 'the
    International Maritime Bureau': an office many states or none hold is no state's government,
    whatever its head word (data intergovernmental_markers: anywhere, or opening the name)."""
    lowered = f" {' '.join(name.lower().replace('-', ' ').split())} "
    markers = _intergovernmental_words()
    first = lowered.split()[0] if lowered.strip() else ""
    return first in markers["intergovernmental-openers"] or any(
        f" {w} " in lowered for w in markers["intergovernmental-markers"]
    )


@cache
def _intergovernmental_words() -> dict[str, frozenset[str]]:
    """Record id -> its words: the markers read anywhere in a name, the openers only first."""
    return {r["id"]: frozenset(r["words"]) for r in actor_rules()["intergovernmental_markers"]}


def _civil_unit(name: str) -> bool:
    """'the Georgia Environmental Protection Division', 'Division of Highways', 'Drug
    Enforcement Unit': a division or unit of a civil office, no military formation. A military
    one is numbered or named with a service's word ('2nd Marine Division', 'the 101st Airborne
    Division'); a faction's name has neither ('the Hamza Division') and stays military."""
    words = {w.lower().strip(".,'’") for w in name.replace("-", " ").split()}
    if not {"division", "unit", "divisions", "units"} & words or any(w[:1].isdigit() for w in words):
        return False
    if (_kind_words("military") - {"division", "unit"}) & words:
        return False  # 'Marine', 'Airborne', 'Guard': a service's word
    return "of" in words or bool(rule_words("civil_unit_words") & words)


def _kind_by_words(name: str) -> str | None:
    lowered = f" {' '.join(name.lower().replace('-', ' ').split())} "
    for phrase, kind in _kind_phrases():
        if f" {phrase} " in lowered:
            return kind  # 'the Capitol press corps': the phrase says more than 'corps' alone
    ordered = [w.lower().strip(".,'’") for w in name.replace("-", " ").split()]
    if _FIGHTER_WORDS & set(ordered):
        return "armed_group"  # 'Mujahideen Shura Council': a council of fighters is theirs
    if _state_force(lowered, ordered) or _police_formation(ordered):
        return "military"
    head = _head_kind(ordered)
    if head is not None:
        return head  # 'Land Component Command', 'Higher Relief Council': the last word says
    words = set(ordered)
    for record_kind in _KIND_ORDER:
        if words & _kind_words(record_kind):
            if record_kind == "government" and ordered[-1] in _MEMBERS_BODIES:
                return "organization"  # 'the Government Employees Union': a union of officials
            if record_kind == "military" and ordered[-1] in _kind_words("organization"):
                return "organization"  # 'the Police Union', 'Citizens Police Academy': no force
            return record_kind
    return None


def _state_force(lowered: str, words: list[str]) -> bool:
    """'the Central Reserve Police Force', 'the Nigerian Air Force', 'the Joint Command of the
    Armed Forces': a state's forces, whose head 'force' alone would make an armed group; an
    office of the forces is theirs too ('Directorate of Public Relations of the Armed Forces',
    the forces' press office, whatever its head word). Not a cause's ('Revolutionary Armed
    Forces')."""
    if not any(f" {p} " in lowered for p in rule_words("state_force_phrases")):
        return False
    return not (rule_words("cause_words") & set(words))


def _police_formation(words: list[str]) -> bool:
    """'the Special Police Operations Battalion', 'the Police Mobile Force': a formation of the
    police, whose head alone ('battalion', 'force') would make an armed group."""
    police = {"police", "gendarmerie", "constabulary"}
    return len(words) > 1 and bool(police & set(words)) and words[-1] in _kind_words("armed_group")


def _head_kind(words: list[str]) -> str | None:
    """The kind the last word of a name says, when the name has no 'of' or 'for' (whose head
    stands before them: 'Ministry of Defence'). Not a word any body may end in ('Group',
    'Committee', 'Corp.'): the other words say more ('Special Forces Group')."""
    if len(words) < 2 or "of" in words or "for" in words:
        return None
    kind = next((kind for kind in _KIND_ORDER if words[-1] in _kind_words(kind)), None)
    return kind if kind != "organization" else None


# words for irregular fighters: a body named with one is an armed group whatever its head
_FIGHTER_WORDS = frozenset({"mujahideen", "mujahidin", "jihadists", "insurgents", "rebels", "militants"})


# the order in which a name's words are read for its kind when its last word says none
_KIND_ORDER = ("coalition", "media", "ngo", "government", "armed_group", "military", "organization")


# last words of a body its members or owners run, whatever government words come before it
# ('Police Union', 'Lawrence Agency Corp.'); not 'committee' ('Senate Finance Committee')
_MEMBERS_BODIES = frozenset(
    {"association", "union", "federation", "society", "league", "foundation", "company", "corporation",
     "corp", "inc", "co", "ltd", "plc", "llc", "trust", "partners", "network"}
)


@cache
def _bare_body_kinds() -> dict[str, str]:
    """Name -> kind of the bodies named by a word that says what they are (bare_body_names)."""
    return {w: r["kind"] for r in actor_rules()["bare_body_names"] for w in r["words"]}


@cache
def _kind_phrases() -> tuple[tuple[str, str], ...]:
    return tuple((w, r["kind"]) for r in actor_rules()["kind_keywords"] for w in r["words"] if " " in w)


@cache
def _kind_words(kind: str) -> frozenset[str]:
    return frozenset(w for r in actor_rules()["kind_keywords"] if r["kind"] == kind for w in r["words"])


def text_place_words(doc: Doc) -> set[str]:
    """The name keys of capitalised words the text uses as places ('Bawm villages')."""

    def build() -> set[str]:
        words, pos = _words_and_pos(doc)
        return _place_words(words, [w.lower() for w in words], pos)

    return doc_memo(doc, "place_words", build)


def _place_words(words: list[str], lowers: list[str], pos: list[str]) -> set[str]:
    """Capitalised words the text itself uses as places: 'al-Bagouz village', 'al-Holl camp'."""
    nouns = rule_words("place_nouns")
    out = set()
    for i in range(1, len(words)):
        prev = words[i - 1]
        if lowers[i] in nouns and prev[:1].isupper() and pos[i - 1] in ("PROPN", ""):
            out.add(name_key(prev))
            out.add(name_key(prev.split("-", 1)[-1]))
    return out - {""}


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Title words without the joiners inside title phrases ('Secretary of State')."""
    return title_words() - {"of", "for", "the", "and"}


def _untitled(name: str) -> str:
    """'President Putin' -> 'Putin': the name as written, without the titles before it."""
    words = name.split()
    titles = _title_words() | {"former", "late"}
    while words:
        before, _, rest = words[0].partition("-")
        if before.lower() in ("then", "ex") and rest:
            words[0] = rest  # 'then-President'
        elif words[0].lower().rstrip(".") in titles:
            words.pop(0)
        else:
            break
    return " ".join(words)


def _titled(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in _title_words()


def _a_building_as_a_site(span: Span) -> bool:
    """A name of more than one word headed by a building's word (data/actor_rules.json
    venue_buildings; the last word, or the one before 'of'), written where something happens or
    goes: after a placing word or 'to', after 'attack on' and its kin, or before 'venue'
    ('outside Parliament House', 'drove to the Church of St. George', 'the assault on the Crocus
    City Hall concert venue')."""
    doc = span.doc
    of = next((t.i for t in span if t.lower_ == "of"), span.end)
    if len(span) < 2 or of == span.start or doc[of - 1].lower_ not in rule_words("venue_buildings"):
        return False
    if doc[of - 1].lower_ == "house" and of < span.end:
        return False  # 'the House of Representatives': a chamber, a body
    at = span.start - (span.start > 0 and doc[span.start - 1].lower_ == "the")
    before = doc[at - 1] if at > 0 else None
    if before is None:
        return False
    if before.lower_ in rule_words("placing_words") or before.lower_ == "to":
        return True
    if before.lower_ == "on" and at > 1 and doc[at - 2].lemma_ in _ASSAULT_NOUNS:
        return True
    return any(t.lower_ == "venue" for t in doc[span.end : span.end + 2])


_ASSAULT_NOUNS = frozenset({"attack", "assault", "raid", "strike", "bombing", "siege"})


def _followed_by(span: Span, section: str) -> bool:
    """The word right after the span is one of a data/actor_rules.json word list: a place noun
    ('the Kok Mon village': a place's name) or a noun for a people ('the Rakhine Buddhist
    population', 'the Hema community': the people's name, no person's)."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in rule_words(section)


def _is_operation(span: Span, operations: set[str], text: str | None = None) -> bool:
    doc = span.doc
    if _unit_of_operation(span):
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    op_words = rule_words("operation_nouns")
    return (
        before == "operation"
        or after in op_words
        or name_key(span.text if text is None else text) in operations
        or (any(t.lower_ in op_words for t in span) and not _named_after_an_operation(span))
    )


def _named_after_an_operation(span: Span) -> bool:
    """'the Fezzan Shield Brigade', 'the Peninsula Shield Force': a body named with an
    operation's word, its last word a body's (an armed name's head, a group's noun, 'force')."""
    last = span[-1].lower_
    heads = {w.lower() for w in rule_words("armed_name_heads")} | rule_words("group_name_heads")
    return (last in heads or last == "force") and not any(t.lower_ == "operation" for t in span)


def _names_an_operation(span: Span) -> bool:
    """'the commander of al-Jazeera Tempest campaign': a registered name followed by more
    capitalised words and an operation noun is a word of the operation's name, not the outlet.
    'the SDF offensive' still names the SDF (no word between), so does 'the SDF Deir ez-Zor
    campaign' (a place between) and 'the coalition Operation Inherent Resolve'."""
    doc = span.doc
    op_words = rule_words("operation_nouns")
    end = span.end
    while end < min(len(doc), span.end + 3) and doc[end].is_alpha and doc[end].text[:1].isupper():
        if doc[end].ent_type_ in ("GPE", "LOC", "FAC") or doc[end].lower_ == "operation":
            return False
        end += 1
    if end == span.end:
        return False
    return doc[end - 1].lower_ in op_words or (end < len(doc) and doc[end].lower_ in op_words)


def _unit_of_operation(span: Span) -> bool:
    """'Combined Joint Task Force - Operation Inherent Resolve': a unit named after the
    operation it runs is a unit (a unit word comes before the dash)."""
    from ..components.actors import UNIT_HEADS

    words = [t.lower_ for t in span]
    if "operation" not in words:
        return False
    at = words.index("operation")
    return at >= 2 and words[at - 1] in ("-", "–", "—") and words[at - 2] in UNIT_HEADS


def _operation_names(words: list[str], lowers: list[str]) -> set[str]:
    """Names the text uses for operations ('Operation Round (Jazeera Storm)', 'X campaign')."""
    names: set[str] = set()
    op_words = rule_words("operation_nouns")
    n = len(words)
    for i in range(n):
        if lowers[i] in op_words and i > 0 and words[i - 1][:1].isupper():
            start = i - 1
            while start > 0 and words[start - 1][:1].isupper():
                start -= 1
            names.add(_words_key(words, start, i))
            names.add(_bracketed(words, i + 1))
        if words[i] == "Operation":
            end = i + 1
            while end < n and words[end][:1].isupper():
                end += 1
            names.add(_words_key(words, i + 1, end))
            names.add(_bracketed(words, end))
    return {name for name in names if name}


def _words_key(words: list[str], start: int, end: int) -> str:
    # Spacing does not matter: name_key folds every non-alphanumeric run to one space.
    return name_key(" ".join(words[start:end]))


def _bracketed(words: list[str], at: int) -> str:
    """Key of '(Jazeera Storm)' opening at `at`, or '' when there is none."""
    if at >= len(words) or words[at] != "(":
        return ""
    close = next((j for j in range(at + 1, min(len(words), at + 7)) if words[j] == ")"), None)
    return _words_key(words, at + 1, close) if close else ""


def _headline_end(ctx: Context) -> int:
    """Offset just past the headline when the text starts with one (NER guesses badly there)."""
    title = ctx.loaded.source.title
    # A one-paragraph text or a first line that reads as a sentence is no headline.
    if not title or len(title) > 160 or title.rstrip().endswith((".", "!", "?", ":")):
        return 0
    at = ctx.text.find(title, 0, len(title) + 400)
    if at < 0 or not ctx.text[at + len(title) :].strip():
        return 0
    return at + len(title)


def _is_furniture(ctx: Context, span: Span, text: str) -> bool:
    if span.label_ == "ner_person":
        text = _NICKNAME_INSIDE.sub(" ", text)  # 'John “J.D.” Dorrian': a nickname, not a quote
    if not text.strip() or not _QUOTE_CHARS.isdisjoint(_ELISION.sub("", text)):
        return True
    if text.count("(") != text.count(")"):
        return True  # "The Kurdish Front (Syria": the model ran into a bracket
    if "\n" in text or "," in text or "@" in text or "http" in text.lower() or "www." in text.lower():
        return True
    return _covered_by_place(ctx, span.start_char, span.end_char)


def _covered_by_place(ctx: Context, start: int, end: int) -> bool:
    """A place mention covering the whole span ('Furat' alone does not unmake 'Ciya Furat')."""
    nearby = ctx.owners_in("places", max(0, start - 300), end + 300)
    return any(s <= start and end <= e for s, e, _ in nearby)


def settle_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Longest span wins; on a tie the registry wins. Unnamed speakers may hold other actors."""
    named = [c for c in cands if not c.anonymous]
    order = sorted(named, key=lambda c: (-(c.end - c.start), _PRIORITY.get(c.rule, 9), c.start))
    chosen: list[Candidate] = []
    nested: list[Candidate] = []
    used: set[int] = set()
    owners: set[int] = set()  # characters of people kept across a body named by their possessive
    for cand in order:
        chars = set(range(cand.start, cand.end))
        if chars & used:
            if _inner_affiliation(cand, chosen):
                nested.append(cand)  # "SDF" inside "SDF Press Office" still names the SDF
            elif not chars & owners and _owner_and_body(cand, chosen):
                nested.append(cand)  # "Khalifa Haftar" of "Khalifa Haftar's forces"
                owners |= chars
            continue
        used |= chars
        chosen.append(cand)
    anon = _settle_anonymous([c for c in cands if c.anonymous], chosen)
    out = sorted(chosen + nested + anon, key=lambda c: (c.start, c.end))
    unify_aliases(out)
    return out


def unify_aliases(cands: list[Candidate]) -> None:
    """Give one key to the names an article uses for one body, in place: an acronym the text
    never defines ('NLF' for the National Liberation Front named elsewhere), a misspelt name
    ('Kurdish Nationl Council'), and a one-word head standing for a name it ends
    ('the Council' after 'the Kurdish National Council')."""
    people = [c for c in cands if c.kind == "person" and not c.anonymous and c.key.startswith("person:")]
    _leading_word_names(people)
    _person_variants(people)
    _family_names_first(people)
    _regnal_full_names(people)
    _given_name_full_names(people)
    groups = [
        c for c in cands if c.kind not in _NOT_BODIES and not c.anonymous and not c.key.startswith("lone:")
    ]
    if groups:  # head and short-form candidates are bodies: with no groups there are none
        _unify_bodies(cands, groups)
    # a small-letter head word no body took up names nothing, nor a mixed-case short form
    # that spells no name, nor a lone name the model called an organisation that opens none
    # and does not act
    _acting_lone_bodies(cands)
    cands[:] = [c for c in cands if not c.key.startswith(("head:", "short:", "lone:"))]


def _unify_bodies(cands: list[Candidate], groups: list[Candidate]) -> None:
    """One key for the names of one body (see unify_aliases)."""
    mapping = _acronym_aliases(groups)
    mapping.update(_opening_acronym_aliases(groups, mapping))
    mapping.update(_variant_aliases(groups, mapping))
    mapping.update(_stateless_aliases(groups, mapping))
    mapping.update(_legal_suffix_aliases(groups, mapping))
    mapping.update(_generic_noun_aliases(groups, mapping))
    # the model often reads a group's foreign name as a person's: 'Firqat al-Hamza'
    names = [
        c
        for c in cands
        if (c.kind not in _NOT_BODIES or c.rule == "ner_person")
        and not c.anonymous
        and not c.key.startswith("lone:")
    ]
    mapping.update(_appositive_aliases(names, mapping))
    mapping.update(_spelling_aliases(groups, mapping))
    if mapping:
        kinds = {c.key: c.kind for c in groups}
        for cand in names:
            target = mapping.get(cand.key)
            if target is not None and target != cand.key:
                cand.key, cand.short_form, cand.kind = target, True, kinds.get(target, cand.kind)
    _part_aliases(cands, groups)
    _opening_aliases([c for c in cands if c.key.startswith("lone:")], groups)
    # 'American Medical' after 'American Medical International Inc.': the company shortened
    # ('the Senate' after 'the Senate Banking Committee' is no committee's short name)
    _opening_aliases([c for c in cands if _model_org(c)], [g for g in groups if closes_as_a_company(g.name)])
    _head_aliases(groups)


def _model_org(cand: Candidate) -> bool:
    """An unregistered body's name as the model read it."""
    return cand.rule == "ner_org" and cand.key.startswith("org:") and not cand.short_form


def closes_as_a_company(name: str) -> bool:
    """A name closed by a company's legal or business word ('Inc.', 'Corp.', 'Partners'; an
    institution's 'Center' names many bodies of one kind)."""
    last = name.split()[-1].lower().rstrip(".")
    return last in company_suffix_words() and last not in ("center", "centre")


@cache
def company_suffix_words() -> frozenset[str]:
    """The words that close a company's or an institution's name (data/actors.json
    company_suffixes), lower-cased, without a period."""
    return frozenset(w.lower().rstrip(".") for w in registry_words("company_suffixes"))


def _apposed_to_a_ship(span: Span) -> bool:
    """The name is set off after a ship's noun ('struck the vessel, the Marlin Star') or follows
    one ('the tanker Marlin Star')."""
    doc, i = span.doc, span.start
    before = [t.lower_ for t in doc[max(0, i - 3) : i]]
    for joiner in ("the", ","):  # back past the name's article and the comma setting it off
        if before and before[-1] == joiner:
            before = before[:-1]
    # not 'carrier': airlines and phone companies are carriers too ('the carrier United Airlines')
    return bool(before) and before[-1] in _SHIP_NOUNS - {"carrier"}


# nouns for a ship right before its name ('the aircraft carrier Charles de Gaulle')
_SHIP_NOUNS = frozenset(
    {"carrier", "destroyer", "frigate", "warship", "ship", "vessel", "submarine", "cruiser", "corvette"}
    | {"tanker"}
)


def _vessel_names(doc: Doc, doc_text: str) -> frozenset[str]:
    """Lower-cased names of the ships the text names after a prefix ('USS Dwight D.
    Eisenhower'): the whole name, and its last word, by which a ship is written again
    ('Eisenhower relieved the carrier'). Made once per doc: persons ask once each."""

    def build() -> frozenset[str]:
        prefixes = "|".join(re.escape(v) for v in sorted(rule_words("vessel_prefixes")))
        names: set[str] = set()
        for m in re.finditer(rf"\b(?:{prefixes}) ((?:[A-Z][\w'.-]*\.? ?){{1,4}})", doc_text):
            name = m.group(1).strip()
            names.update({name.lower(), name.split()[-1].lower().rstrip(".")})
        return frozenset(names)

    names: frozenset[str] = doc_memo(doc, "vessel_names", build)
    return names


def _acting_lone_bodies(cands: list[Candidate]) -> None:
    """'Microsoft said ...', 'Qantas cut 500 jobs': a name the model calls an organisation, with
    no fuller name in the text, is a body when it acts somewhere, unless 'he' or 'she' takes
    it up somewhere ('Rigell said he would poll ...': a surname) or it is a word of a person's
    name the text gives ('Kerry' of 'John Kerry')."""
    lone = [c for c in cands if c.key.startswith("lone:")]
    acting = {c.key for c in lone if c.acting} - {c.key for c in lone if c.taken_up_as_person}
    if not acting:
        return
    # words of the people's names and their short forms ('Burhan' of 'Abdel Fattah al-Burhan'),
    # and surnames inside names given another kind
    # (not unnamed people's descriptions: 'a coordinator with Usoforal' names the body)
    names = {c.name for c in cands if c.kind == "person" and not c.anonymous}
    people = {w for n in names for w in (*_core(n), *short_forms(name_key(n), given_name_set()))}
    people |= _surnames_after_given(cands)
    for cand in lone:
        if cand.key in acting and not {name_key(w) for w in cand.name.split()} & people:
            cand.key = "org:" + cand.key.split(":", 1)[1]


@cache
def given_name_set() -> frozenset[str]:
    """The common given names (data/quote_rules.json), read once."""
    return frozenset(gender_words("given_names"))


_NOT_BODIES = {"person", "state", "population"}
_INITIAL = re.compile(r"^[A-Z]\.?$")


def _person_variants(people: list[Candidate]) -> None:
    """'Stephen Townsend' is 'Stephen J. Townsend', 'John Dorrian' is 'John “J.D.” Dorrian',
    'Mustapha Bali' is 'Mustafa Bali': a name without the middle initial or nickname, or
    spelt one or two letters apart (same consonants), names the one fuller or commoner
    name the article gives. Its mention keeps its text; it takes that name's key."""
    if len(people) < 2:
        return
    # how often and how early each name is written: the commoner, then the earlier, wins
    rank: dict[str, tuple[int, int]] = {}
    for cand in people:
        count, first = rank.get(cand.name, (0, -cand.start))
        rank[cand.name] = (count + 1, first)
    # Cheap pre-filter: only names of as many core words, sharing the first or the last, are compared.
    cores = {name: _core(name) for name in sorted(rank)}
    buckets: dict[tuple[int, int, str], list[str]] = {}
    for name, core in cores.items():
        if len(core) >= 2:
            buckets.setdefault((len(core), 0, core[0]), []).append(name)
            buckets.setdefault((len(core), 1, core[-1]), []).append(name)
    target: dict[str, str] = {}
    for name, core in cores.items():
        if len(core) < 2:
            continue
        near = {*buckets[(len(core), 0, core[0])], *buckets[(len(core), 1, core[-1])]} - {name}
        if len(core) == 2:  # 'James Kopp' may leave out the middle name of 'James Charles Kopp'
            near |= set(buckets.get((3, 0, core[0]), ()))
        owners = {o for o in near if o not in target and _variant_of(name, o, rank, cores)}
        if not owners and core[0] in _SURNAME_PARTICLES:
            owners = _surname_owners(core, cores)
        if len(owners) == 1:
            target[name] = next(iter(owners))
    for cand in people:
        fuller = target.get(cand.name)
        for _ in range(len(target)):  # a chain of variants ends at one name
            if fuller not in target:
                break
            fuller = target[fuller]
        if fuller is not None:
            _join_name(cand, fuller)


def _leading_word_names(people: list[Candidate]) -> None:
    """'Restaurateur Bill Sohovich' when the article also writes 'Bill Sohovich': a word the
    model took into the name before a given name opens the name of a person named without
    it, unless it is a given name itself ('Mary Ann Smith' is not 'Ann Smith'). A name left
    without a given name ('de Cholet', 'Van Voorhis') may have lost one the lexicon lacks."""
    names = {c.name for c in people}
    given = gender_words("given_names")
    for cand in people:
        first, _, rest = cand.name.partition(" ")
        opener, _, surname = rest.partition(" ")
        if surname and rest in names and opener.lower() in given and first.lower() not in given:
            _join_name(cand, rest)


def _join_name(cand: Candidate, full: str) -> None:
    """The candidate names the person `full`: the mention is read as written (the rule says
    how it joined), the key is the name's."""
    cand.name, cand.key, cand.rule = full, f"person:{name_key(full)}", "name_variant"


def _join_the_one(cand: Candidate, names: set[str]) -> None:
    if len(names) == 1:
        _join_name(cand, next(iter(names)))


def _family_names_first(people: list[Candidate]) -> None:
    """'Xi' for 'Xi Jinping', 'Kim' for 'Kim Jong-un': the first word of a two-word name is
    that person when one such name has it (a family name written first, two letters or a
    hyphenated given name after it, which the surname-last short forms miss). 'Kim Jong Un':
    a given name of two short syllables written apart counts as one. Where two such names
    share it ('Kim Yo Jong', 'Kim Jong Un'), the one written last before it: a writer who
    means the other says whom."""
    owners: dict[str, set[str]] = {}
    written: dict[str, list[int]] = {}  # full name -> where it is written
    surnames = {name_key(c.name.split()[-1]) for c in people if " " in c.name}
    for cand in people:
        words = cand.name.split()
        syllables = len(words) == 3 and all(len(w) <= 4 for w in words[1:])
        if (len(words) == 2 or syllables) and words[0].lower() not in _SURNAME_PARTICLES:
            owners.setdefault(name_key(words[0]), set()).add(cand.name)
            written.setdefault(cand.name, []).append(cand.start)
    for cand in people:
        key = name_key(cand.name)
        if " " not in cand.name and key not in surnames:
            names = owners.get(key, set())
            if len(names) > 1:
                last = written_last_before({name: written[name] for name in names}, cand.start)
                names = {last} if last is not None else set()
            _join_the_one(cand, names)


def written_last_before(starts: Mapping[str, Iterable[int]], start: int) -> str | None:
    """Of the names or keys given with where each is written, the one written last before
    `start`; None when none is written before it."""
    before = [(max(at), key) for key, where in starts.items() if (at := [s for s in where if s < start])]
    return max(before)[1] if before else None


def _regnal_full_names(people: list[Candidate]) -> None:
    """'Prince Mohammed' after 'Crown Prince Mohammed bin Salman': a monarch's title and
    given name join the one fuller name, written after a monarch's title, that opens with
    that given name (not 'Senator Elizabeth Warren' for 'Queen Elizabeth')."""
    regnal = registry_words("regnal_titles")
    fuller: dict[str, set[str]] = {}
    for cand in people:
        words = cand.name.split()
        if cand.royal and len(words) >= 2 and words[0] not in regnal:
            fuller.setdefault(words[0], set()).add(cand.name)
    for cand in people:
        words = cand.name.split()
        if len(words) == 2 and words[0] in regnal:
            _join_the_one(cand, fuller.get(words[1], set()))


def _given_name_full_names(people: list[Candidate]) -> None:
    """'Sheikh Mohamed' after 'Sheikh Mohamed bin Zayed': under a title used with a given name
    (data/actors.json given_name_titles) one word joins the one fuller name written under
    such a title that opens with it; under other titles one word is a surname ('Mr Mohamed')."""
    titled = [c for c in people if c.given_title]
    fuller: dict[str, set[str]] = {}
    for cand in titled:
        words = cand.name.split()
        if len(words) >= 2:
            fuller.setdefault(words[0], set()).add(cand.name)
    for cand in titled:
        if " " not in cand.name:
            _join_the_one(cand, fuller.get(cand.name, set()))


# words that open a surname of two words ('Abu Risha', 'bin Salman', 'Van Damme')
_SURNAME_PARTICLES = {"abu", "bin", "ibn", "abd", "van", "von", "de", "del", "da", "di", "al", "el"}


def _surname_owners(core: list[str], cores: dict[str, list[str]]) -> set[str]:
    """'Abu Risha' for 'Ahmed Abu Risha': the longer names that end in this particle surname."""
    n = len(core)
    return {o for o, c in cores.items() if len(c) > n and c[-n:] == core}


def _core(name: str) -> list[str]:
    """The name's words without middle initials and a quoted nickname."""
    # 'Joseph F. Dunford Jr.' is 'Joseph Dunford' too
    words = without_generation(_NICKNAME_INSIDE.sub(" ", name).split())
    return [name_key(w) for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _INITIAL.match(w))]


def _variant_of(name: str, other: str, rank: dict[str, tuple[int, int]], cores: dict[str, list[str]]) -> bool:
    """Is `name` a shorter or rarer way of writing `other`?"""
    mine, theirs = cores[name], cores[other]
    if len(mine) == 2 and len(theirs) == 3:
        return _without_middle_name(mine, theirs)
    if len(mine) < 2 or len(mine) != len(theirs):
        return False
    if mine == theirs:
        # the bare 'Stephen Townsend' joins 'Stephen J. Townsend' ('George W. Bush' never
        # joins 'George H. W. Bush': both carry initials)
        if _generation(other) and rank[other][1] < rank[name][1]:
            return False  # 'Donald Trump and his son Donald Trump Jr.': the father came first
        return len(name.split()) == len(mine) and len(other.split()) > len(mine)
    if rank[other] < rank[name]:
        return False
    differ = [(a, b) for a, b in zip(mine, theirs, strict=True) if a != b]
    if len(differ) != 1:
        return False
    return _spelling_of(*differ[0]) or (mine[0] != theirs[0] and _short_given_name(*differ[0]))


def _without_middle_name(short: list[str], full: list[str]) -> bool:
    """'James Kopp' for 'James Charles Kopp', 'Bashar al-Assad' for 'Bashar Hafez al-Assad':
    the given name and surname of a three-word name, its middle word a name, not a particle
    ('Abu Risha' is no middle name of 'Ahmed Abu Risha')."""
    return short[0] == full[0] and short[1] == full[2] and full[1] not in _SURNAME_PARTICLES


def _generation(name: str) -> bool:
    """The name ends in a generation suffix ('Jr.', 'III')."""
    words = name.split()
    return len(without_generation(words)) < len(words)


def _short_given_name(a: str, b: str) -> bool:
    """'Ash Carter' for 'Ashton Carter', 'Chris' for 'Christopher': a familiar short form
    (three to five letters) of a longer given name (three or more letters more: 'Ali' and
    'Alia', 'Joseph' and 'Josephine' are two names)."""
    short, full = sorted((a, b), key=len)
    return 3 <= len(short) <= 5 and len(full) - len(short) >= 3 and full.startswith(short)


def _spelling_of(a: str, b: str) -> bool:
    """Two spellings of one name: same first letter and consonants, at most two edits."""
    from rapidfuzz.distance import Levenshtein

    skeleton_a, skeleton_b = _consonants(a), _consonants(b)
    return (
        a[:1] == b[:1]
        and len(skeleton_a) >= 3
        and skeleton_a == skeleton_b
        and Levenshtein.distance(a, b, score_cutoff=2) <= 2
    )


_TRANSLITERATIONS = (("ph", "f"), ("kh", "k"), ("q", "k"), ("ck", "k"), ("dh", "d"))


def _consonants(word: str) -> str:
    for written, sound in _TRANSLITERATIONS:
        word = word.replace(written, sound)
    word = re.sub(r"[aeiouy]", "", word)
    return re.sub(r"(.)\1+", r"\1", word)


def _variant_aliases(groups: list[Candidate], known: dict[str, str]) -> dict[str, str]:
    """A name written with its state's possessive ("Libya's National Army") joins the one
    written with the demonym ('Libyan National Army') the article also names."""
    keys = {c.key for c in groups}
    return {
        c.key: known.get(c.variant, c.variant)
        for c in groups
        if c.variant and c.variant in keys and c.key not in known
    }


def _stateless_aliases(groups: list[Candidate], known: dict[str, str]) -> dict[str, str]:
    """'the People's Union' after the 'German People's Union': a name that is the rest of the
    one body's name after the state word it opens with is that body, unless a capitalised
    word runs up to it ('Soviet Foreign Ministry': a word the name was read without names
    another)."""
    return _shortened_name_aliases(groups, known, lambda c: c.stateless, _capitalised_word_before)


# a company's legal form after its name: 'Phoenix Technologies Ltd.' is 'Phoenix Technologies'
_LEGAL_SUFFIX = re.compile(r",?\s+(?:Inc|Corp|Co|Ltd|PLC|Plc|LLC|GmbH|Limited|S\.A|N\.V|AG|Oy|AB)\.?$")


def without_legal_form(name: str) -> str:
    return _LEGAL_SUFFIX.sub("", name)


def _legal_suffix_aliases(groups: list[Candidate], known: dict[str, str]) -> dict[str, str]:
    """A company's name without its legal form is the company ('Phoenix Technologies' for
    'Phoenix Technologies Ltd.'), when one company is named so."""

    def without_form(cand: Candidate) -> str:
        base = without_legal_form(cand.name)
        return base if base != cand.name and " " in base else ""

    return _shortened_name_aliases(groups, known, without_form, lambda c: False)


def _generic_noun_aliases(groups: list[Candidate], known: dict[str, str]) -> dict[str, str]:
    """A body's name without the plain noun written after it in small letters is the body
    ('Georgian Dream' for 'the ruling Georgian Dream party'), when one body is named so."""

    def without_noun(cand: Candidate) -> str:
        words = cand.name.split()
        if len(words) < 2 or words[-1] not in _GENERIC_BODY_NOUNS or not words[-2][:1].isupper():
            return ""
        return " ".join(words[:-1])

    return _shortened_name_aliases(groups, known, without_noun, lambda c: False)


# plain nouns news writes after a body's own name ('the Georgian Dream party', 'the Wagner group')
_GENERIC_BODY_NOUNS = frozenset({"party", "movement", "group", "militia", "alliance", "network", "faction"})


def _shortened_name_aliases(
    groups: list[Candidate],
    known: dict[str, str],
    shortened: Callable[[Candidate], str],
    skip: Callable[[Candidate], bool],
) -> dict[str, str]:
    """An unregistered body's name that is one other body's name shortened (by `shortened`:
    '' when it has no such form) joins that body; `skip` leaves a name out."""
    owners: dict[str, set[str]] = {}
    for cand in groups:
        if short := shortened(cand):
            owners.setdefault(name_key(short), set()).add(known.get(cand.key, cand.key))
    out = {}
    for cand in groups:
        if not cand.key.startswith("org:") or cand.key in known or skip(cand):
            continue
        found = owners.get(name_key(cand.name), set()) - {cand.key}
        if len(found) == 1:
            out[cand.key] = next(iter(found))
    return out


def _capitalised_word_before(cand: Candidate) -> bool:
    """A capitalised word other than an article, not ending a sentence, runs up to the name."""
    word = (cand.left.split() or [""])[-1]
    return word[:1].isupper() and word not in ("The", "A") and word[-1] not in ".:"


def _long_forms(groups: list[Candidate], firsts: set[str]) -> dict[str, set[str]]:
    """Initials of every multi-word body name -> the keys named so (all words and content words;
    a name opening with a state word also without it). Only names opening with a letter some
    acronym opens with (`firsts`) are read."""
    out: dict[str, set[str]] = {}
    for cand in groups:
        for name in filter(None, (cand.name, cand.stateless, cand.written)):
            if name[:1].upper() not in firsts:
                continue
            words = name.replace("-", " ").replace("–", " ").replace("—", " ").split()
            if len(words) < 2 or any(w[:1].islower() and w.lower() not in _ACRONYM_GLUE for w in words):
                continue  # a proper name only: not 'Chinese armed forces'
            every = "".join(w[0].upper() for w in words if w[:1].isalpha())
            for letters in {initials(words), every}:
                if len(letters) >= 2:
                    out.setdefault(letters, set()).add(cand.key)
    return out


_ACRONYM_GLUE = {"of", "the", "and", "for", "in", "on", "to", "al", "el", "de"}


def _acronym_aliases(groups: list[Candidate]) -> dict[str, str]:
    """An undefined acronym ('NLF') is the one body whose name's initials it spells exactly."""
    # only an acronym keyed by itself: one the text defines already has its long form
    acronyms = {
        c.key: c.name
        for c in groups
        if (c.key == f"org:{name_key(c.name)}" and is_acronym(c.name)) or c.key.startswith("short:")
    }
    if not acronyms:
        return {}
    long_forms = _long_forms(groups, {name[:1].upper() for name in acronyms.values()})
    out = {}
    for key, name in acronyms.items():
        owners = long_forms.get(re.sub(r"[^A-Za-z]", "", name).upper(), set()) - {key}
        if len(owners) == 1:
            out[key] = next(iter(owners))
    return out


def _opening_acronym_aliases(groups: list[Candidate], known: dict[str, str]) -> dict[str, str]:
    """'ISOC Region 4 Forward Command' is the one body named 'Internal Security Operations
    Command Region 4 Forward Command': a name opening with letters is the name whose opening
    words they spell, the rest of both names alike."""
    shortened = {
        c.key: words
        for c in groups
        if c.key not in known and len(words := c.name.split()) > 1 and is_acronym(words[0])
    }
    out: dict[str, str] = {}
    for key, words in shortened.items():
        letters, rest = words[0], words[1:]
        owners = {
            c.key
            for c in groups
            if c.key != key and _spelled_before(letters, rest, c.name.split())
        }
        if len(owners) == 1:
            out[key] = next(iter(owners))
    return out


def _spelled_before(letters: str, rest: list[str], words: list[str]) -> bool:
    """`words` end with `rest`, and the two or more words before it, a capital opening them,
    fit `letters`."""
    opening = words[: len(words) - len(rest)]
    return (
        words[len(opening) :] == rest
        and len(opening) >= 2
        and opening[0][:1].isupper()
        and fits_acronym(letters, opening)
    )


_OR_GAP = re.compile(r",\s+or\s+$")
_BRACKET_GAP = re.compile(r"^\s*\(\s*$")
# ', known as the Golden Division', '(also called ...': the name that follows is the same body
_KNOWN_GAP = re.compile(
    r"^\s*[,(]\s*(?:also |better |commonly |locally |widely |formerly |previously |otherwise )?"
    r"(?:known as|called|referred to as|dubbed|a\.k\.a\.|aka)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DASH_GAP = re.compile(r"\s*[—–]\s*$|\s+-\s+$")
_DASH_CLOSE = re.compile(r"^\s*[—–]|^\s+-\s")


def _appositive_aliases(groups: list[Candidate], known: dict[str, str]) -> dict[str, str]:
    """'the Levant Front, or Al-Jabha al-Shamiya,', 'the Hamza Division — Firqat al-Hamza —' and
    'the 9th Division, known as the Golden Division': a name set off right after a body's name
    is its other name. After ', or', dashes and a bracket only an acronym or a name without an English
    word for a kind of body counts (a translation, not a second group in a list)."""
    out: dict[str, str] = {}
    order = sorted(groups, key=lambda c: (c.start, -c.end))
    for first, second in pairwise(order):
        gap = second.start - first.end
        if gap <= 0 or gap > _SIDE or first.key == second.key or second.key in known:
            continue
        both_registered = first.key.startswith("reg:") and second.key.startswith("reg:")
        if first.kind == "person" or second.titled or both_registered:
            continue
        between = second.left[-gap:]
        cued = bool(_KNOWN_GAP.match(between))
        closed = (
            (_OR_GAP.search(between) and second.right[:1] in (",", ")", "."))
            or (_DASH_GAP.fullmatch(between) and _DASH_CLOSE.match(second.right))
            # 'the Democratic Union Party (PYD)': letters of another language's name
            or (_BRACKET_GAP.match(between) and second.right.lstrip()[:1] == ")")
        )
        if cued or (closed and (is_acronym(second.name) or _org_kind(second.name) is None)):
            _link(out, known, first, second)
    return out


def _link(out: dict[str, str], known: dict[str, str], first: Candidate, second: Candidate) -> None:
    """Map the second name onto the first, or the first onto a registered second."""
    if second.key.startswith("reg:") and first.kind != "person":
        out[first.key] = second.key
    else:
        out[second.key] = known.get(first.key, first.key)


def _spelling_aliases(groups: list[Candidate], known: dict[str, str]) -> dict[str, str]:
    """'Kurdish Nationl Council' -> 'Kurdish National Council': an unregistered long name one or
    two letters off a name used more often (or earlier) in the same article is that name."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for cand in groups:
        if cand.key not in known:
            counts[cand.key] = counts.get(cand.key, 0) + 1
            first.setdefault(cand.key, cand.start)
    names = {c.key: name_key(c.name) for c in groups if c.key in counts}
    # Cheap pre-filter: only long names of nearly the same length and first letter are compared.
    # The commoner spelling wins; on a tie the longer (a dropped letter is the usual slip).
    keys = sorted(
        (k for k, n in names.items() if len(n) >= 10), key=lambda k: (-counts[k], -len(names[k]), first[k])
    )
    if len(keys) < 2:
        return {}
    from rapidfuzz.distance import Levenshtein

    out: dict[str, str] = {}
    for i, variant in enumerate(keys):
        if not variant.startswith("org:"):
            continue  # a registered name is spelt right by definition
        a = names[variant]
        for target in keys[:i]:
            b = names[target]
            if target in out or a[0] != b[0] or abs(len(a) - len(b)) > 2 or a.count(" ") != b.count(" "):
                continue
            if re.findall(r"\d+", a) != re.findall(r"\d+", b):
                continue  # '158th Fighter Wing', '159th Fighter Wing': two units, no slip
            if Levenshtein.distance(a, b, score_cutoff=2) <= _typo_budget(a):
                out[variant] = target
                break
    return out


def _typo_budget(key: str) -> int:
    return 1 if len(key) < 16 else 2


_HEAD_WORDS = {
    "government",  # 'the Government' after 'the UK Government' (one government named)
    "council",
    "ministry",
    "agency",
    "front",
    "movement",
    "party",
    "committee",
    "commission",
    "department",
    "office",
    "command",
    "administration",
    "alliance",
    "brigade",
    "division",
    "battalion",
    "army",
    "militia",
    "court",
    "parliament",
    "assembly",
    "union",
    "observatory",
    "military",  # 'the military said' after 'the Israeli military'
    "group",  # 'Group' cut by the model from 'the Al-Qaeda-linked Group to Support ...'
    "board",
    "organization",
    "organisation",
    "association",
    "authority",
    "bureau",
}


# head words that alone may name the one such body of the article's state (or of its
# publisher: 'the Department' in a State Department release)
_STATE_HEADS = {"government", "administration", "army", "court", "parliament", "department"}


# heads whose small-letter 'the X' reads as the body (not 'the front', 'the office', 'the army')
_LOWER_HEADS = {
    "council",
    "ministry",
    "agency",
    "commission",
    "committee",
    "department",
    "movement",
    "party",
    "court",
    "parliament",
    "assembly",
    "union",
    "observatory",
    "alliance",
    "militia",
    "military",
    "police",
}

# heads that name a body wherever they stand in its name, and that news writes without an
# article: 'police said' after 'the Paris Police Department'
_INNER_HEADS = frozenset({"police"})


_LONE_RULES = {"ner_person", "ner_org"}


def _part_aliases(cands: list[Candidate], groups: list[Candidate]) -> None:
    """'Islah' after the 'Yemeni Islah Party', 'Hamza' after the 'Hamza Division': a lone
    capitalised word (often read as a person) that is the proper word of one body's name
    named before it is that body. Not a word of anyone's name ('Bali' of 'Mustafa Bali'),
    not a word for a kind of body ('Council': a head word, joined on its own terms)."""
    # not a name joined already, nor an acronym: 'SDF' in 'SDF Press Office' is its owner
    lone = [
        c
        for c in cands
        if c.rule in _LONE_RULES
        and " " not in c.name
        and c.key.split(":", 1)[-1] == name_key(c.name)
        and c.key.startswith(("person:", "org:"))
        and c.name[:1].isupper()
        and not is_acronym(c.name)
        and not _title_before(c)  # 'President Truman' is no part of the 'Truman Presidential Library'
        and c.name not in _bare_body_kinds()  # 'the House' is no part of the 'White House'
    ]
    if not lone:
        return
    wanted = {c.name for c in lone}
    owners: dict[str, tuple[int, set[str]]] = {}  # word -> (first named at, bodies)
    for body in groups:
        if " " not in body.name or body.key.startswith("head:") or body.rule == "community":
            continue  # 'Yazidi authorities' describes a body: 'Yazidi' alone is the people's word
        for word in wanted.intersection(body.name.replace("-", " ").split()):
            if word.lower() not in kind_words():
                at, keys = owners.get(word, (body.start, set()))
                owners[word] = (min(at, body.start), keys | {body.key})
    if not owners:
        return
    people = {w for c in cands if c.kind == "person" and " " in c.name for w in _core(c.name)}
    kinds = {c.key: c.kind for c in groups}
    for cand in lone:
        at, keys = owners.get(cand.name, (cand.start, set()))
        if len(keys) == 1 and at < cand.start and name_key(cand.name) not in people:
            cand.key = next(iter(keys))
            cand.kind, cand.short_form = kinds[cand.key], True


def _title_before(cand: Candidate) -> bool:
    before = cand.left.split()[-1:]
    return bool(before) and before[0].lower() in _title_words()


def _opening_aliases(lone: list[Candidate], groups: list[Candidate]) -> None:
    """'Unisys' after 'Unisys Corp.', 'Dow Jones' after 'Dow Jones & Co.': a name the model
    calls an organisation (with no word for a kind of body, for `lone`) is the one body named
    before it whose name opens with it."""
    if not lone:
        return
    bodies = [
        c for c in groups if c.key.startswith(("org:", "reg:")) and " " in c.name and c.rule != "community"
    ]
    for cand in lone:
        opening = cand.name + " "
        owners = {b.key for b in bodies if b.start < cand.start and b.name.startswith(opening)}
        if len(owners) == 1:
            cand.key = next(iter(owners))
            cand.kind = next(b.kind for b in bodies if b.key == cand.key)
            cand.short_form = True


# 'the Government' written so is the one government the text names ('the government' is often
# another state's, named only by the state: not taken)
_CAPITAL_HEADS = _LOWER_HEADS | {"government"}


def _head_aliases(groups: list[Candidate]) -> None:
    """'the Council' after 'the Kurdish National Council': a lone head word names the one body
    named before it whose name holds that word. With no such body, or two, it names none
    ('Party spokesman X' after 'the People's Union'), unless the word may stand for the one
    such body of the article's state ('the Government', 'Parliament', 'the Army')."""
    seen: dict[str, set[str]] = {}
    ahead: list[Candidate] = []  # 'police said' before any police body is named
    kinds: dict[str, str] = {}  # each named body's kind
    last_at: dict[tuple[str, str], int] = {}  # where each body was last named by each head
    for cand in groups:
        words = cand.name.lower().replace("-", " ").split()
        if len(words) == 1 and words[0] in _INNER_HEADS and cand.key.startswith(("org:", "head:")):
            # 'police said': the one police body named before (or, with none before, the one
            # the article names later: a lead's 'police said' before 'the Springfield Police
            # Department'); with none, a capitalised 'Police' the model read as a body stays one
            owners = seen.get(words[0], set())
            if len(owners) == 1:
                cand.key, cand.short_form = next(iter(owners)), True
            elif not owners:
                ahead.append(cand)
            continue
        if len(words) == 1 and words[0] in _HEAD_WORDS and cand.key.startswith(("org:", "head:")):
            owners = seen.get(words[0], set())
            # in small letters only: 'the Ministry' of an official text is the one issuing it
            small = cand.written.islower()
            if len(owners) > 1 and small and (recent := _just_named(words[0], owners, last_at, cand.start)):
                owners = {recent}
                cand.kind = kinds[recent]  # the body's kind, not the head word's guess
            if len(owners) == 1:
                cand.key, cand.short_form = next(iter(owners)), True
            elif words[0] not in _STATE_HEADS:
                cand.key = f"head:{words[0]}"  # dropped with the other unjoined heads
            continue
        if len(words) >= 2 or cand.head:
            for head in {cand.head or _head_word(words), *_inner_heads(cand.name)}:
                seen.setdefault(head, set()).add(cand.key)
                last_at[(head, cand.key)] = cand.start
            kinds.setdefault(cand.key, cand.kind)
    for cand in ahead:
        owners = seen.get(cand.name.lower(), set())
        if len(owners) == 1:
            cand.key, cand.short_form = next(iter(owners)), True
            cand.kind = kinds[cand.key]  # the body's kind, named first by the word


def _just_named(head: str, owners: set[str], last_at: dict[tuple[str, str], int], at: int) -> str | None:
    """Of several bodies a head word may stand for, the one named last, when that was just
    before ('Armenia's defence ministry said ... Azerbaijan's defence ministry accused ... "...,"
    the ministry said': within _JUST_BEFORE characters, and _APART after every other one)."""
    order = sorted(owners, key=lambda key: last_at.get((head, key), -1))
    latest, before = order[-1], order[-2]
    close = at - last_at.get((head, latest), -1) <= _JUST_BEFORE
    apart = last_at[(head, latest)] - last_at.get((head, before), -1) >= _APART
    return latest if close and apart else None


_JUST_BEFORE = 600  # characters: about two paragraphs of wire copy
# not side by side: 'The Israeli military and the Lebanese military exchanged fire' leaves
# 'the military' either's
_APART = 60


def _head_word(words: list[str]) -> str:
    """The word a name is headed by: the last one, or the one before 'of'/'for' ('Ministry of
    Defense'); 'Army' in 'California Army National Guard' is a modifier, not the head."""
    cut = next((i for i, w in enumerate(words) if w in ("of", "for") and i > 0), len(words))
    return words[cut - 1]


def _inner_affiliation(loser: Candidate, chosen: list[Candidate]) -> bool:
    """'SDF Press Office' swallowed 'SDF': the unit belongs to the registered actor inside it."""
    if not loser.key.startswith("reg:"):
        return False
    for winner in chosen:
        inside = winner.start <= loser.start and loser.end <= winner.end and winner.kind != "person"
        if inside and winner.start < loser.start and winner.key != loser.key and _opposed_before(loser):
            return True  # 'the Global Coalition to Counter ISIL' names ISIL, and is no body of it
        if inside and not winner.key.startswith(("reg:", "body:", "people:")):
            if winner.affiliation is None:
                winner.affiliation = loser.key
                if winner.kind == "media" and not _outlet_edition(winner.name):
                    winner.kind = "organization"
            # a state's forces read inside a command's name ('U.S. Naval Forces Central Command')
            # say whose the command is, and a group's inside its branch's ('ISIS-Somalia'):
            # the inner words are no mention of their own
            inner_own = loser.rule != "state_body" and winner.rule != "armed_branch"
            return winner.affiliation == loser.key and inner_own
    return False


def _outlet_edition(name: str) -> bool:
    """'Sky News Arabia', 'BBC Arabic', 'Al Jazeera English': an outlet's edition for a
    language or a region is an outlet too."""
    last = name.split()[-1].lower()
    return last in registry_words("language_names") or last in _EDITION_WORDS


_EDITION_WORDS = frozenset(
    {"english", "arabia", "international", "world", "america", "africa", "asia", "europe"}
)


def _opposed_before(cand: Candidate) -> bool:
    """'the Counter ISIL Finance Group', 'the Counter-Daesh Communications Cell': a body named
    for working against the actor inside its name is no body of that actor's."""
    before = re.split(r"[\s-]+", cand.left.strip(" -").lower())[-1:]
    return bool(before) and before[0] in _OPPOSING_WORDS


_OPPOSING_WORDS = frozenset({"counter", "anti", "against", "defeat", "countering", "combating", "combat"})


def _owner_and_body(loser: Candidate, chosen: list[Candidate]) -> bool:
    """'President Bashar Assad' and "Assad's forces", "Khalifa Haftar" and "Haftar's forces": a
    person's name and a registered body named by that person's possessive share the surname;
    both are actors. The person's name ends where the body's "'s" begins."""
    for winner in chosen:
        if not (loser.start < winner.end and winner.start < loser.end):
            continue
        person, body = (loser, winner) if loser.kind == "person" else (winner, loser)
        if person.kind != "person" or body.kind == "person" or not body.key.startswith("reg:"):
            continue
        if person.start < body.start < person.end < body.end and _POSSESSIVE.match(person.right):
            return True
    return False


_POSSESSIVE = re.compile(r"['’]s\b")


def _settle_anonymous(anon: list[Candidate], named: list[Candidate]) -> list[Candidate]:
    out = []
    for cand in anon:
        inner = [n for n in named if cand.start <= n.start and n.end <= cand.end]
        if any(n.start < cand.end and cand.start < n.end and n not in inner for n in named):
            continue  # crosses a named actor: not a clean description
        if any(n.kind == "person" for n in inner):
            continue  # "a Mustafa Bali fighter" is not anonymous
        if inner and cand.affiliation is None:
            cand.affiliation = inner[0].key
        out.append(cand)
    return out
