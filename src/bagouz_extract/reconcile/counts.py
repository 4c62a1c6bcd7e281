"""Build count facts from bx_counts spans: what is counted, what happened, who, where, when, and
who says so.

The dependency parse links a number to its noun ("400 ISIS terrorists", "thousands of
civilians", "10 of our own prisoners"), the noun to its governing verb or noun (the event),
and the clause to the actor, place and date facts already built (ctx.owner_of / owners_in)
and to the claimant ("according to X", "X said"). Lexicons: data/counts.json.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..components.counts import USER_DATA_KEY
from ..doc_cache import token_lowers
from ..models import CountFact, Mention
from ..normalizers.numbers import Quantity, parse_quantity
from ..normalizers.units import match_rate_span
from ..resources import load_json, require_keys
from .context import Context, fact_id

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_UNIT_CATEGORY = {"area": "area", "length": "distance", "percent": "percent", "money": "money"}
_CATEGORY_ORDER = (
    "fighters",
    "prisoners",
    "troops",
    "dead",
    "wounded",
    "displaced",
    "civilians",
    "population",
    "people",
    "area",
    "money",
)
_CLIMB_DEPS = {
    "nsubj",
    "nsubjpass",
    "dobj",
    "pobj",
    "prep",
    "conj",
    "appos",
    "attr",
    "oprd",
    "npadvmod",
    "agent",
    "acomp",
    "advmod",
    "dative",
    "compound",
    "nummod",
    "quantmod",
    "amod",
    "xcomp",
    "acl",
}
_HEDGE_DEPS = {"aux", "advmod", "auxpass"}


@dataclass(frozen=True)
class _Lex:
    categories: dict[str, tuple[str, bool]]
    modifiers: dict[str, tuple[str, str | None]]
    events: dict[str, str]
    claim_verbs: frozenset[str]
    # nouns of things taken ('1.3 million pills seized'): what is captured there is no prisoner
    goods: frozenset[str]
    hedges: frozenset[str]
    negators: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lex:
    data = load_json("counts.json")
    cats: dict[str, tuple[str, bool]] = {}
    mods: dict[str, tuple[str, str | None]] = {}
    events: dict[str, str] = {}
    for rec in data["categories"]:
        require_keys(
            rec,
            {"id", "lemma", "category", "example", "needs_group"},
            {"id", "lemma", "category", "example"},
            "data/counts.json",
        )
        cats[rec["lemma"]] = (rec["category"], bool(rec.get("needs_group")))
    for rec in data["modifiers"]:
        require_keys(
            rec,
            {"id", "lemma", "category", "example", "only_with"},
            {"id", "lemma", "category", "example"},
            "data/counts.json",
        )
        mods[rec["lemma"]] = (rec["category"], rec.get("only_with"))
    for rec in data["events"]:
        require_keys(
            rec,
            {"id", "lemma", "event", "example"},
            {"id", "lemma", "event", "example"},
            "data/counts.json",
        )
        events.setdefault(rec["lemma"], rec["event"])
    quants = load_json("quantities.json")
    return _Lex(
        cats,
        mods,
        events,
        frozenset(data["claim_verbs"]),
        frozenset(data["goods"]),
        frozenset(quants["hedges"]),
        frozenset(quants["negators"]),
    )


@dataclass
class _Reading:
    """What the parse says about one count before it becomes a CountFact."""

    q: Quantity
    span: Span
    noun: Token | None = None
    counted: str | None = None
    category: str | None = None
    word_category: str | None = None  # what the words alone say, before the event recasts it
    event: str | None = None
    verb: Token | None = None
    negated: bool = False
    hedged: bool = False


def build_counts(ctx: Context) -> list[CountFact]:
    doc = ctx.doc
    parsed: dict[tuple[int, int], Quantity] = doc.user_data.get(USER_DATA_KEY, {})
    readings: list[_Reading] = []
    for span in doc.spans.get("bx_counts", []):
        q = parsed.get((span.start_char, span.end_char)) or parse_quantity(
            span.text, span.kb_id_ or None
        )
        if q is None:
            continue
        reading = _read(span, q)
        if _keep(reading) and not (readings and _converted(readings[-1], reading)):
            readings.append(reading)
    _inherit_categories(ctx.text, readings)
    facts: dict[str, CountFact] = {}
    parents = _parents(readings)
    _share_the_whole(readings, parents)
    for reading in readings:
        fact = _fact(ctx, reading, parents)
        if fact.id in facts:
            facts[fact.id].mentions.extend(fact.mentions)
        else:
            facts[fact.id] = fact
    out = list(facts.values())
    for fact in out:
        ctx.register("counts", fact.id, fact.mentions)
    return out


# ---------------------------------------------------------------- the parse


def _read(span: Span, q: Quantity) -> _Reading:
    reading = _Reading(q=q, span=span)
    number = _number_token(span, q)
    noun = _counted_noun(number, span)
    reading.noun = noun
    if noun is not None:
        reading.counted = _phrase(noun, span)
    reading.category = reading.word_category = _category(reading)
    reading.verb, reading.event = _event(number, noun, span)
    if reading.category == "distance" and (noun is None or noun.dep_ != "dobj"):
        # 'seized the camp ..., 60 kilometers to the west': a distance that places, not a thing seized
        reading.event = None
    if reading.event is None and reading.category == "dead":
        reading.event = "killed"
    reading.category = _category_from_event(reading)
    reading.negated, reading.hedged = _flags(number, reading.verb, q)
    return reading


def _number_token(span: Span, q: Quantity) -> Token:
    """The token that carries the number: the last one of the value, before any unit."""
    tokens = [t for t in span if t.idx < q.value_end]
    return tokens[-1] if tokens else span[-1]


def _counted_noun(number: Token, span: Span) -> Token | None:
    """'400 ISIS terrorists' -> terrorists; 'thousands of civilians' -> civilians;
    '2,000 of them' -> them."""
    lex = _lexicon()
    while number.dep_ == "conj" and number.head.like_num and span.start <= number.head.i < number.i:
        number = number.head  # 'between 60,000 and 80,000 families': the first bound holds the noun
    head = number
    if number.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and number.head.pos_ in (
        "NOUN",
        "PROPN",
        "ADJ",
    ):
        head = number.head
        while (
            head.dep_ in ("quantmod", "nummod")
            and head.head.pos_ in ("NOUN", "PROPN")
            and head.head != head
        ):
            head = head.head
    if span.end < len(span.doc) and span[-1].lower_ == "strong":
        head = span[-1].head if span[-1].head.pos_ in ("NOUN", "PROPN") else head
    if head.i < span.end and head.i >= span.start:
        # the number is itself the head ("thousands of X", "10 of X") or stands alone
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            obj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() not in (
                "year",
                "month",
                "day",
                "week",
                "hour",
            ):
                return obj
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN",) and nxt.head == head:
            return nxt
        if (
            head.pos_ in ("NOUN", "PROPN", "ADJ")
            and head.lemma_.lower() in lex.categories
            and head.i >= span.start
        ):
            return (
                head
                if head.lower_ not in ("thousands", "hundreds", "dozens", "millions", "several")
                else None
            )
        return _subject_of_measure(head)
    return head


# nouns measuring a total: a toll or a population says what it counts itself, the others
# ('the number of people killed') count the noun after 'of'
_TOTALS = ("population", "toll", "number", "total", "count", "tally")
_TOTALS_OF = ("number", "total", "count", "tally")


def _subject_of_measure(number: Token) -> Token | None:
    """'Its population reached 10,689', 'a population of 45,000': a bare number measuring a total
    takes that noun as what is counted."""
    if number.dep_ == "pobj" and number.head.lower_ == "of" and number.head.head.lemma_ in _TOTALS:
        return _counted_in_total(number.head.head)
    if number.dep_ in ("dobj", "attr", "pobj") and number.head.pos_ in ("VERB", "AUX", "ADP"):
        verb = number.head if number.head.pos_ != "ADP" else number.head.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lemma_.lower() in _TOTALS:
            return _counted_in_total(subj)
    return None


def _counted_in_total(total: Token) -> Token:
    """'the number of people killed rose to 100': the people are counted, not the number."""
    if total.lemma_.lower() not in _TOTALS_OF:
        return total
    of = next((c for c in total.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return counted if counted is not None and counted.pos_ == "NOUN" else total


def _same_count(noun: Token, conj: Token) -> bool:
    """'men, women and children' are one count; in '150,000 people and 35,000 head of livestock'
    each number counts its own noun."""
    return conj.i > noun.i and not any(t.like_num for t in noun.doc[noun.i + 1 : conj.i])


def _phrase(noun: Token, span: Span) -> str:
    """The noun with its left modifiers and conjuncts ('men, women and children'), minus the
    number."""
    doc = noun.doc
    left = noun.i
    for child in noun.lefts:
        if (
            (child.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod")
            and child.i >= span.end)
            or (child.dep_ in ("compound", "amod", "poss") and child.i > span.end - 1)
        ):
            left = min(left, child.i)
    while left < noun.i and (doc[left].is_punct or doc[left].lower_ in ("-", "strong")):
        left += 1
    if noun.pos_ == "PRON" and noun.i < span.start:
        left = noun.i
    right = noun.i
    for conj in noun.conjuncts:
        if conj.pos_ in ("NOUN", "PROPN") and conj.i - right < 6 and _same_count(noun, conj):
            right = conj.i
    start = max(left, span.end) if left < span.end <= noun.i else left
    return doc[start : right + 1].text


def _category(r: _Reading) -> str:
    q, lex = r.q, _lexicon()
    if q.unit_kind == "length" and _measures_area(r.span):
        return "area"
    if q.unit_kind in _UNIT_CATEGORY:
        return _UNIT_CATEGORY[q.unit_kind]
    if r.noun is None:
        # "left 9 dead and 30 injured": the adjective right after the number says who they are
        nxt = r.span.doc[r.span.end] if r.span.end < len(r.span.doc) else None
        if nxt is not None and nxt.pos_ in ("ADJ", "VERB") and nxt.lower_ in lex.categories:
            return lex.categories[nxt.lower_][0]
        return _category_of_state(r.span.root) or "other"
    found: list[str] = []
    nouns = [r.noun, *[c for c in r.noun.conjuncts if c.pos_ in ("NOUN", "PROPN") and _same_count(r.noun, c)]]
    for noun in nouns:
        lemma = noun.lemma_.lower()
        compound = next((c for c in noun.lefts if c.dep_ == "compound" and c.i == noun.i - 1), None)
        entry = (
            (lex.categories.get(f"{compound.lower_} {lemma}") if compound is not None else None)
            or lex.categories.get(lemma)
            or lex.categories.get(noun.lower_)
        )
        if entry and (not entry[1] or _has_group(noun)):
            found.append(entry[0])
        if entry is None and _names_a_people(noun):
            found.append("people")
        for child in noun.lefts:
            mod = lex.modifiers.get(child.lower_) or lex.modifiers.get(child.lemma_.lower())
            if mod and (mod[1] is None or mod[1] == lemma):
                found.insert(0, mod[0])
    if not found:
        return _category_of_state(r.noun) or "other"
    if "civilians" in found and "people" in found:
        return "civilians"
    return found[0] if found[0] not in ("people",) else min(found, key=_CATEGORY_ORDER.index)


# What happened to people says what they now count as: 12 civilians killed are 12 dead,
# 35 protesters arrested are 35 prisoners. Fighters and troops captured stay fighters and troops
# (who they are matters more there); the dead and the wounded are counted as such whoever they were.
_EVENT_CATEGORY = {
    "killed": ("dead", {"people", "civilians", "fighters", "troops", "other", "prisoners", "displaced"}),
    "wounded": ("wounded", {"people", "civilians", "fighters", "troops", "other", "prisoners", "displaced"}),
    "displaced": ("displaced", {"people", "civilians", "other"}),
    "fled": ("displaced", {"people", "civilians", "other"}),
    "arrested": ("prisoners", {"people", "civilians", "other"}),
    "captured": ("prisoners", {"people", "civilians", "other"}),
    "freed": ("prisoners", {"other"}),
}


def _category_of_state(word: Token) -> str | None:
    """What the clause says the counted are when their own words do not: 'dozens feared dead',
    '100 presumed missing' (the state after the verb), 'Among the dead were six members of one
    family' (the group they are among)."""
    lex = _lexicon()
    if word.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for child in word.head.children:
        if child.dep_ in ("oprd", "acomp") and child.lower_ in lex.categories:
            return lex.categories[child.lower_][0]
        if child.dep_ == "prep" and child.lower_ == "among":
            group = next((g for g in child.children if g.dep_ == "pobj"), None)
            if group is not None and group.lower_ in lex.categories:
                return lex.categories[group.lower_][0]
    return None


def _names_a_people(noun: Token) -> bool:
    """'27 Palestinians', '300 Afghans', '40 Kurds': the actors stage marks a nation's or a
    community's people, and a number of them counts people."""
    for span in noun.doc.spans.get("bx_actors", []):
        if span.start <= noun.i < span.end and (
            span.label_ == "population" or span.kb_id_.endswith("|population")
        ):
            return True
    return False


def _category_from_event(r: _Reading) -> str | None:
    rule = _EVENT_CATEGORY.get(r.event or "")
    if rule is None or r.category not in rule[1] or r.q.unit_kind:
        return r.category
    if r.category == "other" and r.noun is not None and r.noun.pos_ not in ("NOUN", "PRON", "ADJ"):
        return r.category
    if r.category == "other" and r.noun is not None and r.noun.lemma_.lower() in _lexicon().goods:
        return r.category  # 'seized 1.3 million captagon pills, 470 sheets of hashish': goods
    return rule[0]


def _measures_area(span: Span) -> bool:
    """'an area of 600-700 meters': a length that sizes an area."""
    head = span.root.head
    owner = head.head if head.lower_ == "of" else head
    return owner.lemma_.lower() in (
        "area",
        "zone",
        "pocket",
        "enclave",
        "territory",
        "strip",
        "patch",
        "space",
    )


def _has_group(noun: Token) -> bool:
    """'ISIS members', 'members of the SDF': a named group makes members fighters."""
    near = [*noun.lefts, *[g for c in noun.rights if c.lower_ == "of" for g in c.children]]
    return any(t.ent_type_ in ("ORG", "NORP") or (t.is_upper and len(t) > 1) for t in near)


def _event(number: Token, noun: Token | None, span: Span) -> tuple[Token | None, str | None]:
    """The governing verb or noun in the event lexicon: climb from the noun through the clause."""
    anchor = (
        noun
        if noun is not None and noun.i >= span.start - 8
        else (number if number.i < span.end - 1 else span.root)
    )
    if anchor.dep_ in ("dobj", "nsubjpass") and _event_of(anchor.head):
        return anchor.head, _event_of(anchor.head)
    if anchor.dep_ in ("dobj", "nsubj", "nsubjpass") and anchor.head.pos_ in ("VERB", "AUX"):
        completed = _completed_event(anchor.head)
        if completed is not None:
            return completed
    if _names_where(anchor):
        # 'fired tear gas in 17 counties': where it happened, not to what; the verb still
        # gives the clause its place and date
        return next((t for t in anchor.ancestors if t.pos_ in ("VERB", "AUX")), None), None
    described = [anchor] if noun is None or noun == anchor else [anchor, noun]
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        described.append(noun.head.head)  # 'the number of protesters detained'
    for child in (c for word in described for c in word.children):
        # "six thousand fighters arrested", "civilians held", "the number of people killed"
        if child.dep_ in ("acl", "relcl") and child.tag_ == "VBN":
            event = _event_of(child)
            if event:
                return child, event
    token = anchor
    for _ in range(5):
        if token.head == token:
            break
        if token.dep_ not in _CLIMB_DEPS:
            break
        token = token.head
        state = _state_of(token)
        if state is not None:
            return state
        event = _event_of(token)
        if event:
            return token, event
        if token.pos_ in ("VERB", "AUX") and (
            token.dep_ not in ("xcomp", "conj", "aux")
            or (token.dep_ == "conj" and _has_subject(token))
            or (token == anchor.head and anchor.dep_ == "dobj")  # the count's own verb
        ):
            if token.lemma_.lower() in ("be", "have"):
                continue
            return _completed_event(token) or (token, None)
    return None, None


_WHERE_PREPOSITIONS = {"in", "across", "throughout", "over", "at", "near", "around", "within"}
# 'forced 210,000 to leave their homes': made to leave is displacement
_FORCING_VERBS = {"force", "compel", "drive", "push", "order"}
# verbs whose complement says what happened to their subject or object: 'feared to have
# drowned', 'managed to escape', 'forced ... to flee' (not 'flooded the square to deliver')
_COMPLEMENT_VERBS = _FORCING_VERBS | {
    "fear", "believe", "report", "presume", "think", "expect", "say", "manage", "try", "help",
    "begin", "start", "continue", "attempt", "cause", "allow", "seem", "appear",
}


def _names_where(anchor: Token) -> bool:
    """'in 17 counties', 'in 17 of the country's 47 counties': the count is a place phrase."""
    token = anchor
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.like_num:
        token = token.head.head  # '17 of the country's 47 counties'
    return token.dep_ == "pobj" and token.head.lower_ in _WHERE_PREPOSITIONS


def _completed_event(verb: Token) -> tuple[Token, str] | None:
    """'forced 210,000 to leave', '61 migrants are feared to have drowned': a verb with no event
    of its own whose complement names one."""
    if _event_of(verb) or verb.lemma_.lower() not in _COMPLEMENT_VERBS:
        return None
    for child in verb.children:
        event = _event_of(child) if child.dep_ == "xcomp" else None
        if event is None:
            continue
        if verb.lemma_.lower() in _FORCING_VERBS and event in ("left", "fled"):
            event = "displaced"
        return child, event
    return None


def _state_of(verb: Token) -> tuple[Token, str] | None:
    """'thousands remain trapped': after a linking verb, the state it names is the event."""
    if verb.lemma_.lower() not in ("remain", "stay", "be"):
        return None
    state = next((c for c in verb.children if c.dep_ in ("acomp", "oprd")), None)
    event = _event_of(state) if state is not None else None
    return (state, event) if state is not None and event else None


def _event_of(token: Token) -> str | None:
    lex = _lexicon()
    if token.pos_ not in ("VERB", "NOUN", "AUX", "ADJ"):
        return None
    lemma = token.lemma_.lower()
    if lemma == "leave" and any(c.dep_ == "oprd" for c in token.children):
        return None  # "clashes left 9 dead": a result, not people leaving
    # "pull out", "take hostage", "take prisoner": a particle or object completes the verb
    for child in token.children:
        if child.dep_ in ("prt", "prep", "advmod", "dobj", "oprd", "xcomp", "npadvmod"):
            phrase = f"{lemma} {child.lower_}"
            if phrase in lex.events:
                return lex.events[phrase]
    if token.pos_ == "ADJ" and lemma.endswith("ed"):
        # "135 more damaged", "12 trapped": a participle the tagger read as an adjective
        stems = (lemma[:-1], lemma[:-2], lemma[:-3])
        return next((lex.events[s] for s in stems if s in lex.events), None)
    return lex.events.get(lemma) or lex.events.get(token.lower_)


def _has_subject(verb: Token) -> bool:
    """'52 officers were injured and eight stations torched': a conjoined verb with a subject of
    its own is a clause of its own, not a second event of the first one's subject."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _flags(number: Token, verb: Token | None, q: Quantity) -> tuple[bool, bool]:
    lex = _lexicon()
    negated = hedged = False
    scope = [verb] if verb is not None else []
    scope += [a for a in (verb or number).ancestors][:3]
    for tok in scope:
        for child in tok.children:
            if child.dep_ == "neg":
                negated = True
            if child.dep_ in _HEDGE_DEPS and child.lower_ in lex.hedges and child.lower_ != "could":
                hedged = True
        if tok.lemma_.lower() in ("deny", "reject", "dismiss", "refute"):
            negated = True
        if tok.lemma_.lower() in lex.hedges and tok.pos_ == "VERB":
            hedged = True
    window = number.doc[max(0, number.i - 6) : number.i]
    # "could rescue" is ability; "could be as many as" and "maybe 5 percent" are hedges.
    if any(
        t.lower_ in lex.hedges and (t.pos_ != "AUX" or t.nbor(1).lemma_ == "be") for t in window
    ):
        hedged = True
    if number.lower_ == "no" or any(t.lower_ == "no" for t in window[-1:]):
        negated = True
    return negated, hedged


def _keep(r: _Reading) -> bool:
    """Small word numbers that count nothing notable ('two sections', 'three sides') are not
    facts."""
    q = r.q
    if q.unit_kind:
        return True
    if (
        r.category == "other"
        and r.event in (None, "controlled")
        and q.kind in ("words", "vague")
        and (q.high or q.low or 0) < 10
    ):
        return False
    if _speaker_one(r):
        return False
    if q.kind == "words" and q.low == q.high == 1 and (r.event is None or _of_one(r)):
        return False  # 'members of one family', or a lone 'one' that nothing happens to
    return not (r.noun is None and r.event is None and q.kind == "words")


def _of_one(r: _Reading) -> bool:
    """'six members of one family were killed': the one family is where the six come from."""
    return r.noun is not None and r.noun.dep_ == "pobj" and r.noun.head.lower_ == "of"


def _converted(before: _Reading, r: _Reading) -> bool:
    """'60 kilometers (37 miles)': the bracketed measure restates the one before in other units."""
    if not r.q.unit_kind or r.q.unit_kind != before.q.unit_kind:
        return False
    doc = r.span.doc
    between = doc[before.span.end : r.span.start]
    closed = r.span.end < len(doc) and doc[r.span.end].text == ")"
    return len(between) == 1 and between[0].text == "(" and closed


def _speaker_one(r: _Reading) -> bool:
    """'said one IDP', 'one official said': a single speaker is who talks, not a count."""
    noun = r.noun
    if noun is None or r.q.low != 1 or r.q.high != 1 or noun.dep_ != "nsubj":
        return False
    return noun.head.lemma_.lower() in _lexicon().claim_verbs


_PEOPLE_EVENTS = {
    "evacuated",
    "left",
    "fled",
    "captured",
    "arrested",
    "surrendered",
    "freed",
    "registered",
    "killed",
    "wounded",
    "displaced",
    "returned",
    "remaining",
    "trapped",
}


def _inherit_categories(text: str, readings: list[_Reading]) -> None:
    """'There are 45 people here. Sometimes it reaches 400 in a day': a bare number takes the
    category of the count before it in the same paragraph; one with a people event counts people."""
    for idx, r in enumerate(readings):
        prev = readings[idx - 1] if idx else None
        if prev is not None and _elliptical(r, prev):
            r.counted, r.category = prev.counted, prev.word_category
            r.category = _category_from_event(r)
            continue
        if r.noun is not None or r.q.unit_kind or r.category != "other":
            continue
        same_par = prev is not None and "\n\n" not in text[prev.q.end : r.q.start]
        if prev is not None and same_par and prev.category in _PEOPLE:
            r.category = prev.category
        elif r.event in _PEOPLE_EVENTS:
            r.category = "people"


def _elliptical(r: _Reading, prev: _Reading) -> bool:
    """'465 houses destroyed and 135 more damaged', 'killed five insurgents and wounded two
    others': a number with no noun of its own, or only 'others', in the sentence of a count
    that has one, counts the same thing."""
    if prev.noun is None or r.q.unit_kind or prev.q.unit_kind or r.span.sent != prev.span.sent:
        return False
    if r.noun is None:
        return r.category == "other"
    return r.noun.lower_ == "others" and r.noun.i == r.span.end


# ---------------------------------------------------------------- links and facts


def _parents(readings: list[_Reading]) -> dict[int, _Reading]:
    """'58,000 people ..., including more than six thousand fighters': the part names its whole,
    the count 'including' hangs from when the parse says which, else the nearest before it."""
    out: dict[int, _Reading] = {}
    for idx, r in enumerate(readings):
        anchor = r.noun or r.span.root
        chain = [anchor, *anchor.ancestors][:6]
        cue = next((t for t in chain if t.lower_ in ("including", "among", "include", "includes")), None)
        if cue is None and not _of_whom(r):
            continue
        same = [p for p in readings[:idx] if p.span.sent == r.span.sent and p.q.unit == r.q.unit]
        if not same:
            continue
        whole = cue.head if cue is not None else None
        named = [p for p in same if whole is not None and whole in (p.noun, _number_token(p.span, p.q))]
        out[id(r)] = (named or same)[-1]
    return out


def _share_the_whole(readings: list[_Reading], parents: dict[int, _Reading]) -> None:
    """A part with no word of its own takes what its whole counts ('24 of whom' are captives;
    'including 12 near the river' are what the whole counts), and a part with no event shares what
    happened to the whole ('killed 400 civilians, including 10 aid workers': 10 dead)."""
    for r in readings:
        whole = parents.get(id(r))
        if whole is None:
            continue
        if (r.noun is None or r.noun.pos_ == "PRON") and r.category == "other":
            r.counted, r.category = whole.counted, whole.category
        if r.event is None and whole.event is not None:
            r.event, r.verb = whole.event, r.verb or whole.verb
            r.category = _category_from_event(r)


def _of_whom(r: _Reading) -> bool:
    """'of whom 24 ...' and '24 of whom ...': a part of the count before."""
    doc = r.span.doc
    before = doc[max(0, r.span.start - 3) : r.span.start].text.lower()
    if before.endswith(("of whom", "of them", "of which", "among them")):
        return True
    noun = r.noun
    return noun is not None and noun.lower_ in ("whom", "them", "which") and noun.head.lower_ == "of"


def _clause(r: _Reading) -> tuple[int, int]:
    """Character range of the clause that governs the count (the event verb's subtree)."""
    assert r.verb is not None  # only _link calls this, after its None check
    verb = r.verb.head if r.verb.dep_ == "xcomp" else r.verb
    tokens = list(verb.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _link(
    ctx: Context, kind: str, r: _Reading, skip: tuple[int, int] | None = None
) -> str | None:
    """The fact of `kind` in the clause governing the count, nearest first; for dates, else a
    time phrase on a verb above the clause. `skip` is text that is not a link (a rate's period:
    '400 in a day' happens on no date called 'a day')."""
    if r.verb is None:
        return None  # without a governing verb there is no clause to trust
    start, end = _clause(r)
    owners = [
        o for o in ctx.owners_in(kind, start, end)
        if not (r.q.start <= o[0] < r.q.end) and not _within(o, skip)
    ]
    if kind == "places":
        # "freed thousands ..., who will be transferred to al-Hol camp": a place inside a
        # subordinate clause with its own verb belongs to that verb's event, not the count's.
        owners = [o for o in owners if _hangs_from(r, o) and not _acts(r, o)]
    if owners:
        # the nearest mention to the number wins
        return min(owners, key=lambda o: abs(o[0] - r.q.start))[2]
    return _governing_date(ctx, r, skip) if kind == "dates" else None


_SUBCLAUSES = {"relcl", "advcl", "ccomp", "acl", "conj", "parataxis"}


def _acts(r: _Reading, owner: tuple[int, int, str]) -> bool:
    """'Russia launched 70 drones at Ukraine', 'Russia's army fired ...': the state that does
    it is not where it happens (a passive subject is: 'Kabul was hit by 3 rockets')."""
    span = r.span.doc.char_span(owner[0], owner[1], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "poss":
        root = root.head
    return root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX") and root.head.lemma_ != "be"


def _hangs_from(r: _Reading, owner: tuple[int, int, str]) -> bool:
    """True when the mention's head reaches the clause verb without crossing another clause verb."""
    assert r.verb is not None  # only _link calls this, after its None check
    verb = r.verb.head if r.verb.dep_ == "xcomp" else r.verb
    span = verb.doc.char_span(owner[0], owner[1], alignment_mode="expand")
    if span is None:
        return True
    tok = span.root
    for _ in range(len(verb.sent) + 1):
        if tok.i == verb.i or tok.head.i == tok.i:
            break
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in _SUBCLAUSES:
            return False
        tok = tok.head
    return True


def _governors(tok: Token) -> list[Token]:
    """The verbs and nouns above `tok` whose modifiers govern it. A coordinated clause ('A, but
    B') is not governed by its sibling's modifiers, so the head reached through a 'conj' link is
    passed over (its own governors still count); a relative clause stops the climb."""
    out: list[Token] = []
    # Bounded by the sentence length: a head chain must never loop (retokenized docs can).
    while tok.head.i != tok.i and tok.dep_ not in ("relcl", "acl") and len(out) <= len(tok.sent):
        coordinated = tok.dep_ == "conj"
        tok = tok.head
        if not coordinated:
            out.append(tok)
    return out


def _within(owner: tuple[int, int, str], skip: tuple[int, int] | None) -> bool:
    return skip is not None and skip[0] <= owner[0] < skip[1]


def _governing_date(ctx: Context, r: _Reading, skip: tuple[int, int] | None) -> str | None:
    """'On March 4, Bali had shared that the forces had evacuated 3,000 people': a time phrase
    attached to a verb above the count's clause dates what that clause reports."""
    assert r.verb is not None  # only _link calls this, after its None check
    verb = r.verb.head if r.verb.dep_ == "xcomp" else r.verb
    for above in _governors(verb):
        for child in above.children:
            if child.dep_ not in ("prep", "npadvmod", "tmod") or verb in child.subtree:
                continue
            tokens = list(child.subtree)
            owners = [
                o for o in ctx.owners_in("dates", tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
                if not _within(o, skip)
            ]
            if owners:
                return owners[0][2]
    return None


def _actor(ctx: Context, r: _Reading) -> str | None:
    if r.verb is None or r.event is None:
        return None
    verb = r.verb.head if r.verb.dep_ == "xcomp" else r.verb
    for child in [*r.verb.children, *(verb.children if verb is not r.verb else [])]:
        if child.dep_ in ("nsubj", "agent") and (r.noun is None or r.noun not in child.subtree):
            target = (
                next((g for g in child.children if g.dep_ == "pobj"), child)
                if child.dep_ == "agent"
                else child
            )
            tokens = list(target.subtree)
            found = ctx.owner_of("actors", tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
            if found:
                return found
    return None


def _claimant(ctx: Context, r: _Reading) -> str | None:
    """Who says so: the speaker of the quote the count is in, 'according to X' governing it, or
    the subject of the nearest saying verb above it in the same sentence (and no other)."""
    lex = _lexicon()
    quoted = _quote_speaker(ctx, r)
    if quoted is not None:
        return quoted or None
    if r.verb is not None and r.event is None and r.verb.lemma_.lower() in lex.claim_verbs:
        return _subject_actor(ctx, r.verb)
    verb = r.verb.head if r.verb is not None and r.verb.dep_ == "xcomp" else r.verb
    doc, sent, lowers = r.span.doc, r.span.sent, token_lowers(r.span.doc)
    for tok in (doc[i] for i in range(sent.start, sent.end) if lowers[i] == "according"):
        if tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
            obj = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
            if obj is not None and (verb is None or tok.head in (verb, r.verb, *_governors(verb))):
                found = _tokens_actor(ctx, list(obj.subtree))
                if found:
                    return found
    start = verb if verb is not None else r.span.root
    for tok in _governors(start):
        # the nearest saying verb above the count decides: "X said ... and Y noted that N ..."
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lex.claim_verbs:
            return _subject_actor(ctx, tok)
    return None


def _subject_actor(ctx: Context, verb: Token) -> str | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _tokens_actor(ctx, list(subj.subtree)) if subj is not None else None


def _tokens_actor(ctx: Context, tokens: list[Token]) -> str | None:
    return ctx.owner_of("actors", tokens[0].idx, tokens[-1].idx + len(tokens[-1]))


def _quote_speaker(ctx: Context, r: _Reading) -> str | None:
    """The actor who speaks the quotation the count sits in ('"... 400 in a day ...," said a
    worker'), even when the quote runs over several sentences. '' when the count is quoted but
    the speaker is no known actor; None when it is not inside a quotation."""
    text, doc = ctx.text, ctx.doc
    para_start = text.rfind("\n", 0, r.q.start) + 1
    para_end = text.find("\n", r.q.end)
    para_end = len(text) if para_end < 0 else para_end
    before, after = text[para_start : r.q.start], text[r.q.end : para_end]
    if before.rfind("“") > before.rfind("”"):
        opened, closed = before.rfind("“"), after.find("”")
    elif before.count('"') % 2 == 1:
        opened, closed = before.rfind('"'), after.find('"')
    else:
        return None
    if closed < 0:
        return None
    close_at = r.q.end + closed
    quote = (para_start + opened, close_at)
    span = doc.char_span(close_at, close_at + 1, alignment_mode="expand")
    if span is None:
        return None
    lex = _lexicon()
    for tok in span.sent:
        outside = not (quote[0] <= tok.idx <= quote[1])
        if outside and tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lex.claim_verbs:
            return _subject_actor(ctx, tok) or ""
    # the speaker may be named in the sentence that opens the quote: 'Bali said: "..."'
    span = doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
    for tok in span.sent if span is not None else []:
        saying = tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lex.claim_verbs
        if tok.idx < quote[0] and saying:
            return _subject_actor(ctx, tok) or ""
    return ""


def _number_key(value: float | None) -> str:
    if value is None:
        return "open"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _fact(ctx: Context, r: _Reading, parents: dict[int, _Reading]) -> CountFact:
    q = r.q
    parent = parents.get(id(r))
    rate_at = q.end if r.noun is None or r.noun.idx < q.end else r.noun.idx + len(r.noun)
    rated = match_rate_span(ctx.text, rate_at)
    rate = rated[0] if rated else None
    fields: dict[str, Any] = {
        "low": q.low,
        "high": q.high,
        "approximate": q.approximate,
        "qualifier": q.qualifier,
        "unit": q.unit or ("person" if r.category in _PEOPLE else None),
        "unit_text": q.unit_text,
        "counted": r.counted,
        "category": r.category,
        "event": r.event,
        "actor": _actor(ctx, r),
        "place": _link(ctx, "places", r),
        "date": _link(ctx, "dates", r, (rate_at, rated[1]) if rated else None),
        "claimant": _claimant(ctx, r),
        "negated": r.negated,
        "hedged": r.hedged,
        "rate": rate,
        "parent": _count_id(parent) if parent else None,
    }
    mention: Mention = ctx.mention(q.start, q.end, r.span.label_ or q.rule)
    return CountFact(id=_count_id(r), mentions=[mention], **fields)


_PEOPLE = {
    "civilians",
    "fighters",
    "people",
    "prisoners",
    "troops",
    "dead",
    "wounded",
    "displaced",
    "population",
}


def _count_id(reading: _Reading) -> str:
    """A count's id from what it says, so a nested count names its parent the same way."""
    q = reading.q
    key = "-".join(
        [
            _number_key(q.low),
            _number_key(q.high),
            q.qualifier,
            q.unit or "n",
            reading.category or "other",
            reading.event or "none",
            (reading.counted or "").lower()[:40],
        ]
    )
    return fact_id("count", key)
