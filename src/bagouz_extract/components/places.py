"""bx_places: find place-name spans; the reconciler resolves them against the gazetteer.

Sources of spans, each tagged with its rule id in span.label_ (span.kb_id_ carries a hint
the reconciler reads: the kind a cue word implies, or "weak" for spans it must confirm):
- cue words around a name ("Baghuz village", "the village of Baghuz", "Laurel County");
- the model's GPE/LOC entities, and FAC entities the gazetteer knows;
- the curated supplement and user gazetteers, matched over capitalized token runs,
  whatever label the model gave them (it tags many Arabic names PERSON or ORG);
- PERSON/ORG entities that the gazetteer knows ("weak": kept only if the article's
  context supports them);
- AP state abbreviations after a comma ("Charleston, W.Va.").
Demonyms, NORP entities and organisation names are never places.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.attrs import IS_ALPHA, IS_LOWER, IS_PUNCT, IS_UPPER, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..doc_cache import doc_ents
from ..gazetteer import Gazetteer, get_gazetteer
from ..normalizers.places import is_article, key_words, keys_of_words, place_key
from ..normalizers.timex import CALENDAR_WORDS
from ..resources import load_json, require_keys
from .actors import (
    actor_rules,
    apposed_person_at,
    person_nouns,
    portfolio_person_start,
    registry_words,
    rule_words,
)

SPAN_KEY = "bx_places"
GAZETTEERS_KEY = "bx_places_gazetteers"
_MAX_NAME_TOKENS = 6
_HYPHENS = {"-", "‐", "–"}
# The Arabic article as spaCy leaves it after splitting "al-Hol" into "al", "-", "Hol".
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "an"})
# Words after a place name that make an organisation of that place's jurisdiction.
_JURISDICTION_WORDS = frozenset({"police", "sheriff", "sheriff's", "fire", "department", "council",
                                 "government", "court", "schools", "school", "district", "board",
                                 "commission", "city", "county", "parish", "township", "ministry",
                                 "chamber", "library", "airport", "port", "public"})
# "<place>-led": the place names who leads, backs or brokers (a government), not where.
_GOVERNMENT_COMPOUNDS = frozenset({"led", "backed", "sponsored", "brokered", "supported",
                                   "funded", "allied", "aligned", "imposed", "controlled",
                                   "held", "run", "dominated", "friendly"})
_PROMINENT_TOWN = 20_000
_PREPOSITION_TOWN = 2_000  # "in Grapeland": a preposition vouches for a smaller town
_DASHES = frozenset({"--", "—", "–"})
_DATELINE_MARKS = _DASHES | {"-", ":", ",", "(", "_"}
_DIRECTIONS = frozenset(
    {
        "eastern",
        "western",
        "northern",
        "southern",
        "central",
        "rural",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "east",
        "west",
        "north",
        "south",
        "greater",
        "upper",
        "lower",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    }
)


# words between the names of a list, and how far back (in tokens) its preposition may stand
_LIST_JOINERS = frozenset({",", "and", "or"})
_LONGEST_LIST = 16


def list_preposition(doc: Doc, start: int, end: int, prepositions: frozenset[str]) -> int | None:
    """Where the place preposition stands that opens a list of capitalised names the name at
    [start, end) is a later one of ('at Besmaya, Taji, Al Asad and Erbil'); None if it is not.
    A list has its 'and' or 'or' ('In Port Said, Tersana won' is no list); a name a place
    preposition follows is someone somewhere ('... in San Francisco and Terry Collins in
    Oakland contributed')."""
    i = start - 1
    if i < 0 or doc[i].lower_ not in _LIST_JOINERS:
        return None
    if end < len(doc) and doc[end].lower_ in prepositions:
        return None
    after = list_end(doc, end)
    if after < len(doc) and doc[after].is_lower and _modified_word(doc[after]):
        return None  # 'at Reese Road and Claflin elementary schools': the names say which ones
    # one name before and a comma ahead of 'and' ('the commander of the YPG in Kobani, and
    # Meysa Abdo') joins clauses more often than places
    clause_and = start >= 2 and doc[start - 1].lower_ in ("and", "or") and doc[start - 2].text == ","
    items, joined = 0, end < len(doc) and doc[end].lower_ in ("and", "or")
    while i > 0 and start - i <= _LONGEST_LIST:
        joined = joined or doc[i].lower_ in ("and", "or")
        i -= 1
        word = doc[i]
        if word.lower_ in prepositions:
            return i if items and joined and not (clause_and and items == 1) else None
        if _name_word(word):
            items += doc[i + 1].lower_ in _LIST_JOINERS  # the name's last word
        elif word.lower_ not in _LIST_JOINERS and word.text != "-":
            return None
    return None


def _name_word(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.is_alpha


def _modified_word(tok: Token) -> bool:
    """A noun or adjective the names before it describe; a plural noun the tagger, misled by
    the names, may read as a verb ('near Crabgrass, Owens and Harris roads')."""
    return tok.pos_ in ("NOUN", "ADJ") or (tok.pos_ == "VERB" and tok.tag_ == "VBZ")


def list_end(doc: Doc, i: int) -> int:
    """The first token after the names and joiners from i on."""
    while i < len(doc) and (doc[i].lower_ in _LIST_JOINERS or _name_word(doc[i])):
        i += 1
    return i


@dataclass(frozen=True)
class Lexicon:
    cues: dict[tuple[str, ...], dict[str, Any]]
    cues_before: dict[tuple[str, ...], str]
    particles: frozenset[str]
    prepositions: frozenset[str]
    street_words: frozenset[str]
    org_words: frozenset[str]
    not_places: frozenset[str]
    demonyms: dict[str, str]
    ruler_nouns: frozenset[str] = frozenset()  # 'the governor of' X: X is a place
    person_object_verbs: frozenset[str] = frozenset()  # 'met' X, 'urged' X: X is a person
    street_suffixes: frozenset[str] = frozenset()  # 'Street', 'Ave.' end a street's name
    street_directions: frozenset[str] = frozenset()  # 'N.', 'Old' start a street's name
    cue_firsts: frozenset[str] = field(init=False)  # the first words of all cue phrases

    def __post_init__(self) -> None:
        firsts = frozenset(words[0] for words in (*self.cues, *self.cues_before))
        object.__setattr__(self, "cue_firsts", firsts)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load_json("places.json")
    cues: dict[tuple[str, ...], dict[str, Any]] = {}
    for rule in data["cues"]:
        require_keys(rule, {"id", "words", "kind", "level", "strong", "example"},
                     {"id", "words", "kind", "level", "strong", "example"}, "data/places.json")
        for phrase in rule["words"]:
            cues[tuple(phrase.split())] = rule
    before: dict[tuple[str, ...], str] = {}
    for rule in data["cues_before"]:
        keys = {"id", "words", "example"}
        require_keys(rule, keys, keys, "data/places.json")
        for phrase in rule["words"]:
            before[tuple(phrase.split())] = rule["id"]
    streets: dict[str, frozenset[str]] = {}
    for rule in data["street_names"]:
        keys = {"id", "words", "example"}
        require_keys(rule, keys, keys, "data/places.json")
        streets[rule["id"]] = frozenset(rule["words"])
    return Lexicon(cues=cues, cues_before=before,
                   street_suffixes=streets["street-name"],
                   street_directions=frozenset(data["street_directions"]),
                   particles=frozenset(data["name_particles"]),
                   prepositions=frozenset(data["locative_prepositions"]),
                   street_words=frozenset(data["street_words"]),
                   org_words=frozenset(data["org_words"]),
                   ruler_nouns=frozenset(data["ruler_nouns"]),
                   person_object_verbs=frozenset(data["person_object_verbs"]),
                   not_places=frozenset(w.lower() for w in data["not_places"]),
                   demonyms=data["demonyms"])


def _is_name_token(token: Any) -> bool:
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


def _is_name_text(text: str) -> bool:
    """`_is_name_token` on the token's text."""
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)


class PlaceFinder:
    def __init__(self, extra_gazetteers: list[str]) -> None:
        self.extra = tuple(extra_gazetteers)

    @property
    def gazetteer(self) -> Gazetteer:
        return get_gazetteer(self.extra)

    def __call__(self, doc: Doc) -> Doc:
        found = _Finder(doc, self.gazetteer, lexicon())
        doc.spans[SPAN_KEY] = found.run()
        doc.user_data[GAZETTEERS_KEY] = self.extra
        return doc


class _Finder:
    """One pass over one doc; spans claimed first win (cues, then NER, then gazetteer)."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, lex: Lexicon) -> None:
        self.doc, self.gaz, self.lex = doc, gazetteer, lex
        self.taken = [False] * len(doc)
        self.spans: list[Span] = []
        self.ents = doc_ents(doc)  # Doc.ents makes a new tuple of Spans at every access
        self.ent_of: dict[int, Span] = {t.i: e for e in self.ents for t in e}
        # The token attributes the scans read, from the doc's arrays: a Token object per
        # token and per scan cost more than all the rules together.
        strings = doc.vocab.strings
        # One list per column (.T): a list per token row cost more than the rest of __init__.
        orths, lowers, is_lower, is_upper, is_alpha, is_punct = \
            doc.to_array([ORTH, LOWER, IS_LOWER, IS_UPPER, IS_ALPHA, IS_PUNCT]).T.tolist() \
            if len(doc) else ([], [], [], [], [], [])
        self.texts = [strings[orth] for orth in orths]
        self.lows = [strings[lower] for lower in lowers]
        self.upper = list(map(bool, is_upper))
        self.punct = list(map(bool, is_punct))
        self.caps = [bool(up and alpha) and len(t) > 1
                     for up, alpha, t in zip(is_upper, is_alpha, self.texts, strict=True)]
        self.names = [_is_name_text(t) for t in self.texts]
        self.has_sents = doc.has_annotation("SENT_START")
        # "Mustafa Bali ... Bali said": a surname the model also tags GPE is a person.
        # Words this article also writes in lower case are words, not names ("City Council").
        self.lowercase_words = {low for flag, low in zip(is_lower, self.lows, strict=True) if flag}
        # Only names made of proper nouns: 'Rethinking Egypt' (a headline the model took
        # for a person) must not make Egypt a surname for the whole article.
        persons = [e for e in self.ents if e.label_ == "PERSON" and len(e) > 1
                   and all(t.pos_ == "PROPN" or not t.is_alpha for t in e)]
        self.people = {e[i].text for e in persons for i in (0, -1)} \
            | {e[-2].text for e in persons if len(e) > 2}
        self.titled_people = self._titled_one_word_names()
        # Names the model also tags as a person or an organisation in this article
        # ('Saakashvili', 'Brett Hartmann', 'Titan Operating'), word by word.
        self.other_kind = {t.text for e in self.ents if e.label_ in {"PERSON", "ORG"}
                           for t in e if _is_name_token(t)}

    def _titled_one_word_names(self) -> set[str]:
        """'President Bush ... Bush said': a one-word name the model calls a person that a
        title opens somewhere in the text is a person wherever the model calls it a person or
        an organisation, not the Egyptian town of that name (a title never opens a town's
        name). Where the model calls it a place it stays one ('Mr. Arlington ... in Arlington')."""
        titles = rule_words("titles")
        return {ent.text for ent in self.ents if ent.label_ == "PERSON" and len(ent) == 1
                and ent.start > 0 and self.texts[ent.start - 1] in titles}

    def run(self) -> list[Span]:
        self._streets()
        self._cues()
        self._datelines()  # before the model's entities: 'HAMILTON —' is a place, not an ORG
        self._entities()
        self._local_gazetteer()
        self._known_names()
        self._party_affiliations()
        self._abbreviations()
        self._repeats()
        return sorted(self.spans, key=lambda s: (s.start, s.end))

    def _add(self, start: int, end: int, rule: str, hint: str = "") -> bool:
        start, end = self._trim(start, end)
        if end <= start or any(self.taken[start:end]):
            return False
        if end < len(self.texts) and self.texts[end] == "." and not self.taken[end] \
                and self.gaz.abbreviation(f"{self.doc[start:end].text}."):
            end += 1  # "Charleston, W.Va." keeps its period; the tokenizer split it off
        text = self.doc[start:end].text
        if text.lower() in self.lex.not_places or text in self.lex.demonyms \
                or self._metonymic(end) or self._cue_only(text):
            return False
        self.spans.append(Span(self.doc, start, end, label=rule, kb_id=hint))
        for i in range(start, end):
            self.taken[i] = True
        return True

    def _metonymic(self, end: int) -> bool:
        """'Washington-led coalition', 'Moscow-backed forces': a government, not a location."""
        return end + 1 < len(self.texts) and self.texts[end] in _HYPHENS \
            and self.lows[end + 1] in _GOVERNMENT_COMPOUNDS

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        texts, lows, punct = self.texts, self.lows, self.punct
        while start < end and (lows[start] in {"the", "a"} or punct[start]):
            start += 1
        while end > start and ((punct[end - 1] and texts[end - 1] not in {"."})
                               or lows[end - 1] in {"'s", "’s", "'"} or texts[end - 1].isspace()):
            end -= 1
        # A lone trailing period belongs to an abbreviation ("W.Va."), not to a name.
        if end > start and texts[end - 1] == "." and end - start == 1:
            end -= 1
        return start, end

    # -- streets and roads --------------------------------------------------------------
    def _streets(self) -> None:
        """'Shamrock Street', 'N. High St.': a street is a place of its own
        (kind street, unresolved), never the town it is named after ('Washington Drive')."""
        suffixes = self.lex.street_suffixes
        for i, (text, low) in enumerate(zip(self.texts, self.lows, strict=True)):
            if text[:1].isupper() and low.rstrip(".") in suffixes:
                self._street_name(i)

    def _street_name(self, i: int) -> None:
        doc, lex = self.doc, self.lex
        end = i + 1
        if end < len(doc) and doc[end].text == "." and not doc[i].text.endswith(".") \
                and len(doc[i]) <= 4 and doc[i].lower_ not in {"road", "lane", "pike"}:
            end += 1  # 'Main St.': the tokenizer may split the abbreviation's period off
        after = doc[end] if end < len(doc) else None
        if after is not None and _is_name_token(after) and not after.is_sent_start \
                and after.lower_ not in CALENDAR_WORDS:
            return  # 'St. Louis', 'Wall Street Journal', 'Main Street Baptist Church'
        start = i
        while start > 0 and i - start < 4:
            prev = doc[start - 1]
            lowered = prev.lower_.rstrip(".")
            ordinal = prev.text[:1].isdigit() and lowered[-2:] in {"st", "nd", "rd", "th"}
            if ordinal or (lowered in lex.street_directions and prev.text[:1].isupper()) or (
                    _is_name_token(prev) and not prev.is_stop and lowered not in CALENDAR_WORDS
                    and not (prev.is_sent_start and prev.pos_ != "PROPN")):
                start -= 1
            else:
                break
        if start < i:
            self._add(start, end, "street-name", "street:street")

    # -- cue words ----------------------------------------------------------------------
    def _cues(self) -> None:
        doc, lex = self.doc, self.lex
        lows = self.lows  # once: slicing the doc three times per token was slow
        firsts = lex.cue_firsts
        for i in range(len(doc)):
            if lows[i] not in firsts:
                continue  # every cue phrase starts with its first word
            for size in (3, 2, 1):
                words = tuple(lows[i:i + size])
                if len(words) == size and words in lex.cues:
                    self._cue_after(i, size, lex.cues[words])
                    break
                if len(words) == size and words in lex.cues_before:
                    self._cue_before(i + size, lex.cues_before[words])
                    break

    def _name_run_before(self, end: int) -> int:
        """Start of the name that ends at token `end` (exclusive), or `end` if none."""
        doc, start = self.doc, end
        while start > 0 and end - start < _MAX_NAME_TOKENS:
            token = doc[start - 1]
            # 'In Henrico County', 'Six Clayton County': capitalized, but not the name.
            if (_is_name_token(token) and not token.is_stop and not token.like_num) \
                    or token.text in _HYPHENS or self._article(start - 1):
                start -= 1
            else:
                break
        while start < end and not (_is_name_token(doc[start]) or self._article(start)):
            start += 1
        return start

    def _article(self, i: int) -> bool:
        """'al' in 'al-Hol': an Arabic article only when a hyphen joins it to the name."""
        doc = self.doc
        return doc[i].lower_ in _ARTICLES and i + 1 < len(doc) and doc[i + 1].text in _HYPHENS

    def _without_direction(self, start: int, end: int, known_rest: bool = False) -> int:
        """'eastern Deir ez-Zor countryside' names Deir ez-Zor, unless the gazetteer knows it."""
        if start < end - 1 and self.doc[start].lower_ in _DIRECTIONS \
                and not self.gaz.lookup(self.doc[start:end].text) \
                and (not known_rest or self.gaz.lookup(self.doc[start + 1:end].text)):
            return start + 1
        return start

    def _cue_after(self, cue_start: int, size: int, rule: dict[str, Any]) -> None:
        start = self._without_direction(self._name_run_before(cue_start), cue_start)
        if start >= cue_start or not any(_is_name_token(t) for t in self.doc[start:cue_start]):
            return
        name = self.doc[start:cue_start]
        if any(t.ent_type_ == "NORP" for t in name) or name.text in self.lex.demonyms:
            return
        if rule["kind"] == "district" and all(
                t.like_num or t.lower_ in self.lowercase_words or t.lower_ in _DIRECTIONS
                or not t.is_alpha for t in name):
            return  # 'School District', 'Fourth District', 'K-8 district': no name, no place
        cue_is_part = self.doc[cue_start].text[0].isupper()
        # "Hull camp" may be how the gazetteer knows al-Hol camp: then the cue is part of the name.
        full = self.doc[start:cue_start + size].text
        if self.gaz.local_match(full):
            cue_is_part = True
        elif cue_is_part and rule["level"] != "feature" and not self.gaz.lookup(full) \
                and self.gaz.lookup(name.text) and self._name_goes_on(cue_start + size):
            cue_is_part = False  # "Fargo City Commission": the town is Fargo
        # but "Jerome Township", "Lore City" are the names of the places
        # but "Naugatuck River", "Canaan Valley" name the river and the valley
        if not rule["strong"]:
            # A weak cue ("state", "camp") makes no place by itself: the gazetteer must know
            # the name, and the cue joins the span only if it is part of the known name.
            if self.gaz.lookup(full):
                cue_is_part = True
            elif self.gaz.lookup(name.text):
                cue_is_part = False
            else:
                return
        end = cue_start + size if cue_is_part else cue_start
        start = self._hyphen_pair(start, cue_start)
        hint = f"{rule['level']}:{rule['kind']}"
        if self._add(start, end, rule["id"], hint) and self._plural(cue_start, size, rule):
            self._coordinated(start, rule["id"], hint)

    def _hyphen_pair(self, start: int, cue_start: int) -> int:
        """'Paris-Henry County', 'Springfield-Greene County': two places joined by a hyphen
        when the joined name is unknown; the first is added here, the start of the second
        returned."""
        doc = self.doc
        hyphen = next((i for i in range(cue_start - 1, start, -1) if doc[i].text in _HYPHENS
                       and not self._article(i - 1)), None)
        if hyphen is None or hyphen + 1 >= cue_start or self.gaz.lookup(doc[start:cue_start].text):
            return start
        left = doc[start:hyphen]
        if not self.gaz.lookup(left.text) or left.text in self.people:
            return start
        self._add(start, hyphen, "hyphen-pair")
        return hyphen + 1

    def _plural(self, cue_start: int, size: int, rule: dict[str, Any]) -> bool:
        last = self.doc[cue_start + size - 1].lower_
        return last.endswith("s") and any(w.split()[-1] == last[:-1] or w.split()[-1] == last[:-2]
                                          or w.split()[-1] == last[:-3] + "y"
                                          for w in rule["words"])

    def _coordinated(self, first: int, rule_id: str, hint: str) -> None:
        """'Barrow, Jackson and Madison counties': every name before a plural cue."""
        doc, k = self.doc, first
        for _ in range(4):
            if k < 2 or doc[k - 1].lower_ not in {",", "and", "or"}:
                return
            k -= 1
            if doc[k].lower_ in {"and", "or"} and doc[k - 1].text == ",":
                k -= 1  # the serial comma
            start = self._name_run_before(k)
            if start >= k or not self._add(start, k, rule_id, hint):
                return
            k = start

    def _name_goes_on(self, i: int) -> bool:
        """A capitalized word after the cue: the cue is inside a longer (organisation) name."""
        return i < len(self.doc) and _is_name_token(self.doc[i]) \
            and not self.doc[i].is_sent_start and self.doc[i].lower_ not in CALENDAR_WORDS

    def _cue_before(self, name_start: int, rule_id: str) -> None:
        end = name_start
        while end < len(self.doc) and end - name_start < _MAX_NAME_TOKENS:
            token = self.doc[end]
            if _is_name_token(token) or (token.text in _HYPHENS and end > name_start) \
                    or self._article(end):
                end += 1
            else:
                break
        if end > name_start and _is_name_token(self.doc[end - 1]):
            kind = self.doc[name_start - 2].lower_
            level = "admin1" if kind in {"province", "governorate", "region"} else "city"
            self._add(name_start, end, rule_id, f"{level}:{kind}")

    # -- model entities -------------------------------------------------------------------
    def _entities(self) -> None:
        for ent in self.ents:
            if ent.label_ in {"GPE", "LOC"}:
                if ent.text in self.people or self._unknown_name_of_other_kind(ent) \
                        or ent[-1].lower_ in {"of", "and", "the", "in", "for", "to"} \
                        or _surname_after_particle(ent):
                    continue  # 'the City of' (Huntsville): a piece of a name, not a name
                if self._apposed_person(ent):
                    continue  # 'Nadia Murad, a Yazidi activist': a person the model took for a place
                if _armed_group_name(ent.text):
                    continue  # "Da'esh": a registered armed group the model took for a place
                # 'the Middle East | Institute', 'Minister for the Middle East | Alistair Burt'
                place = self._place_before_body(self._before_portfolio_name(ent))
                if place is None:
                    continue
                for start, end in self._split_commas(place):
                    if not self._followed_by_org_or_street(end):
                        # "North Texas", "Northeast Georgia": the place named is the state.
                        start = self._without_direction(start, end, known_rest=True)
                        self._add(start, end, f"ner-{ent.label_.lower()}")
            elif ent.label_ == "FAC" and self.gaz.lookup(ent.text):
                self._add(ent.start, ent.end, "ner-fac-gazetteer")
            elif ent.label_ == "ORG":
                self._org_prefix(ent)
                if len(ent) <= 4:
                    self._weak_entity(ent)
            elif ent.label_ == "PERSON" and len(ent) <= 4:
                self._weak_entity(ent)

    def _before_portfolio_name(self, ent: Span) -> Span:
        """'Minister for the Middle East | Alistair Burt': the model ran the portfolio's place
        into the minister's name; the place is the words before the name."""
        person = portfolio_person_start(self.doc, ent.start)
        if person is None or not ent.start < person < ent.end:
            return ent
        return Span(self.doc, ent.start, person, label=ent.label_)

    def _place_before_body(self, ent: Span) -> Span | None:
        """The place a body's name opens with, the model having tagged the whole name a place:
        'Middle East' of 'the Middle East Institute', 'Mount Pleasant City' of 'Mount Pleasant
        City Council's Ordinance Committee'; the entity itself when it names no body."""
        heads = rule_words("institution_heads")
        if len(ent) == 1 or ent[-1].lower_ not in heads:
            return ent  # a lone word is a place: 'Shawnee Park in Institute' (West Virginia)
        for tok in ent[1:]:
            if tok.lower_ in heads or tok.lower_ in self.lex.org_words:
                return Span(self.doc, ent.start, tok.i, label=ent.label_)
        return None

    def _apposed_person(self, ent: Span) -> bool:
        """The name (maybe with GPE neighbours the model split off: 'Jamal' 'Khashoggi') before
        a person's apposition."""
        start, end = ent.start, ent.end
        while end < len(self.doc) and self.doc[end].ent_type_ in {"GPE", "LOC"}:
            end += 1
        while start > 0 and self.doc[start - 1].ent_type_ in {"GPE", "LOC"}:
            start -= 1
        return apposed_person_at(self.doc, start, end)

    def _unknown_name_of_other_kind(self, ent: Span) -> bool:
        """A one-word name the gazetteer does not know, tagged a person or an organisation
        elsewhere in the article: the model's GPE tag is the odd one out."""
        if len(ent) != 1 or ent.text not in self.other_kind:
            return False
        found, loose = self.gaz.find(ent.text)
        return not found or loose

    def _split_commas(self, ent: Span) -> list[tuple[int, int]]:
        parts, start = [], ent.start
        for token in ent:
            if token.text == ",":
                parts.append((start, token.i))
                start = token.i + 1
        parts.append((start, ent.end))
        return [p for p in parts if p[1] > p[0]]

    def _followed_by_org_or_street(self, end: int) -> bool:
        if end >= len(self.doc):
            return False
        nxt = self.doc[end]
        word = nxt.lower_.rstrip(".")
        return nxt.text[:1].isupper() and (word in self.lex.street_words
                                           or word in self.lex.org_words)

    def _org_prefix(self, ent: Span) -> None:
        """The place an organisation is named after: 'the Mansfield Police Department',
        'Texas Forest Service', 'University of North Carolina'."""
        lows = self.lows
        start = ent.start + (1 if lows[ent.start] == "the" else 0)
        for end in range(min(ent.end - 1, start + 3), start, -1):
            if lows[end] not in _JURISDICTION_WORDS:
                continue
            if self._prominent(start, end, True, 1000):
                self._add(start, end, "org-name-place")
                return
            break
        org_words = self.lex.org_words
        institution = any(low in org_words or low in _JURISDICTION_WORDS
                          for low in lows[ent.start:ent.end])
        for end in range(min(ent.end - 1, start + 3), start, -1):
            if self.names[end] and self._prominent(start, end, institution):
                self._add(start, end, "org-name-place")
                return
        of = next((i for i in range(ent.start, ent.end) if lows[i] == "of" and i > start), None)
        if of is not None and ent.end - of - 1 <= 3 \
                and self._prominent(of + 1, ent.end, institution):
            self._add(of + 1, ent.end, "org-name-place")

    def _prominent(self, start: int, end: int, institution: bool,
                   town: int = _PROMINENT_TOWN) -> bool:
        """A name readers know as a place: a country or a state; a sizeable town only when
        the organisation is plainly an institution ('Lansing Board of Water & Light')."""
        if not all(self.names[start:end]):
            return False
        text = self.doc[start:end].text  # Span.text joins its tokens anew at each access
        if text in self.people or text.lower() in self.lowercase_words or len(text) < 3:
            return False
        key = place_key(text)
        if self.gaz.abbreviation(text) and "." in text:
            return True  # 'S.C. Highway Patrol'
        for entry in self.gaz.find(text)[0]:
            if place_key(entry.name) != key and entry.level not in {"admin1", "country"}:
                continue  # only by an alternate name: 'City' is not Mexico City
            if entry.level in {"country", "admin1"} and not entry.flags.startswith("continent"):
                return True
            if institution and entry.population >= town:
                return True
        return False

    # -- datelines --------------------------------------------------------------------------
    def _datelines(self) -> None:
        """'PATASKALA -- City officials ...', 'BELGRADE, Minn. --': the dateline is a place."""
        doc, caps, texts = self.doc, self.caps, self.texts
        i, n = 0, len(texts)
        while i < n:
            end = i
            while end < n and end - i < 5 and caps[end]:
                end += 1
                if end + 1 < n and self._joined_hyphen(end) and caps[end + 1]:
                    end += 1  # 'DEIR EZ-ZOR': a hyphen written tight inside the name
            if end == i:
                i += 1
                continue
            marks = _DATELINE_MARKS if self._sentence_start(i) else _DASHES
            if end < n and texts[end] in marks and (i == 0 or not caps[i - 1]):
                name = doc[i:end].text.title()
                if any(
                    e.level in {"country", "admin1"} or e.population >= 1000 for e in self.gaz.lookup(name)
                ):
                    self._add(i, end, "dateline")
            i = end

    def _cue_only(self, text: str) -> bool:
        """'Camp officials said': a cue word with no name is no place, whatever namesake the
        gazetteer's alternate names hold for it."""
        words = tuple(text.lower().split())
        return words in self.lex.cues or words in self.lex.cues_before

    def _joined_hyphen(self, i: int) -> bool:
        doc = self.doc
        return self.texts[i] == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_

    def _sentence_start(self, i: int) -> bool:
        """Whether a sentence of doc.sents starts at token i (the first token always), or a
        line does: the parser may run a dateline on from blanked page furniture above it."""
        if i == 0 or "\n" in self.texts[i - 1]:
            return True
        return self.has_sents and self.doc[i].is_sent_start is True

    def _weak_entity(self, ent: Span) -> None:
        start, end = self._trim(ent.start, ent.end)  # "Sri Lanka's former president"
        if end <= start:
            return
        text = self.doc[start:end].text
        if text in self.people or text in self.titled_people or not self.gaz.lookup(text):
            return
        if start > 0 and self.doc[start - 1].text in rule_words("titles"):
            return  # 'Sheikh Mohamed bin Zayed' is a man, not the town named after him
        if ent.label_ == "PERSON" and self._reads_as_person(start, end):
            return  # 'NUG spokesman Kyaw Zaw said': a man, not the Chinese town of that name
        # 'the crown prince of Abu Dhabi': a place whatever the model said
        hint = "" if self._ruled(start) else "weak:prep" if self._locative_before(start, end) else "weak"
        self._add(start, end, f"ner-{ent.label_.lower()}-gazetteer", hint)

    def _reads_as_person(self, start: int, end: int) -> bool:
        """A name the model calls a person that a noun for a person introduces ('spokesman X',
        'her son Bryan'), that a verb taking a person has as object ('met Wang Yi'), or of two
        words or more that reports ('X Y said'): no place does any of these; unless a
        jurisdiction's word follows ('a man Roswell police say shoplifted')."""
        doc = self.doc
        if end < len(doc) and doc[end].lower_ in _JURISDICTION_WORDS:
            return False
        if start > 0 and doc[start - 1].lower_ in person_nouns():
            return True
        root = doc[start:end].root
        if root.dep_ == "dobj" and root.head.lemma_ in self.lex.person_object_verbs:
            return True  # 'the minister met Wang Yi': whom one meets or urges is a person
        return end - start > 1 and root.dep_ == "nsubj" and root.head.lemma_ in rule_words("reporting_verbs")

    def _ruled(self, start: int) -> bool:
        doc = self.doc
        return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in self.lex.ruler_nouns

    def _locative_before(self, start: int, end: int) -> bool:
        """'in Grovetown'; and 'of' where it says where someone is from: 'Rebecca Sears, 41,
        of Grovetown', 'James Tauber of Nelson'."""
        doc = self.doc
        prev = doc[start - 1].lower_ if start > 0 else ""
        if prev in self.lex.prepositions or self._listed_after_preposition(start, end):
            return True
        if prev != "of" or start < 2:
            return False
        before = doc[start - 2]
        return before.text == "," or (before.ent_type_ == "PERSON" and before.ent_iob_ != "O"
                                      and (start - 1 >= len(doc) or doc[start - 1].ent_iob_ != "I"))

    def _listed_after_preposition(self, start: int, end: int) -> bool:
        return list_preposition(self.doc, start, end, self.lex.prepositions) is not None

    # -- gazetteer scan -----------------------------------------------------------------
    def _local_gazetteer(self) -> None:
        """Supplement and user names over capitalized runs, longest first. Each token is
        folded into key words once; a run grows while some local name starts with it, and
        only a run the local index knows costs a Span."""
        doc, taken = self.doc, self.taken
        texts, names = self.texts, self.names  # without a Token object per token
        words = [key_words(t) for t in texts]
        last = len(texts) - 1
        for i in range(len(doc)):
            if taken[i] or not (names[i] or (texts[i].lower() in _ARTICLES and i < last
                                             and texts[i + 1] in _HYPHENS)):
                continue
            for size in reversed(self._local_runs(i, words)):
                if not names[i + size - 1] or any(taken[i:i + size]) \
                        or self._inside_longer_entity(doc[i:i + size]):
                    continue
                self._add(i, i + size, "gazetteer-supplement")
                break

    def _local_runs(self, i: int, words: list[tuple[str, ...]]) -> list[int]:
        """Sizes of the token runs from `i` whose keys the local gazetteer knows."""
        exact_prefixes, loose_prefixes = self.gaz.local_prefixes
        run: list[str] = []
        sizes = []
        for size in range(1, min(_MAX_NAME_TOKENS, len(words) - i) + 1):
            run.extend(words[i + size - 1])
            exact, loose = keys_of_words(run)
            if self.gaz.local_match_keys(exact, loose):
                sizes.append(size)
            # Keys only grow at the end once the run holds a word that is not an article
            # (the loose key drops articles, the exact key a leading 'the').
            if any(not is_article(w) for w in run) and exact not in exact_prefixes \
                    and loose not in loose_prefixes:
                break
        return sizes

    def _known_names(self) -> None:
        """Names the model left untagged that the gazetteer knows as a country, a state or
        a sizeable town ('of 420 Augusta St., Alexandria.'): the whole capitalized run only."""
        doc, i, names, upper = self.doc, 0, self.names, self.upper
        n = len(names)
        while i < n:
            end = i
            while end < n and end - i < 4 and names[end] and not upper[end]:
                end += 1
            if end == i:
                i += 1
                continue
            if end - i <= 3 and not any(self.taken[i:end]) and all(
                    t.i not in self.ent_of and t.pos_ == "PROPN" and t.lower_ not in CALENDAR_WORDS
                    and not t.text.endswith(".") for t in doc[i:end]):
                prev = doc[i - 1].lower_ if i > 0 else ""
                if end - i == 1 and prev == "the" and doc[i].lower_ in _body_head_words():
                    i = end
                    continue  # 'lodged a complaint with the Mission': a body's short name, no town
                town = _PREPOSITION_TOWN if prev in self.lex.prepositions else _PROMINENT_TOWN
                if not doc[i].is_sent_start and self._prominent(i, end, True, town):
                    self._add(i, end, "gazetteer-name")
            i = end

    def _party_affiliations(self) -> None:
        """'Rep. Charles Rangel, D-N.Y.', 'Sen. X (R-Texas)': the member's state or town."""
        doc, texts = self.doc, self.texts
        for i in range(len(doc) - 2):
            if texts[i] not in {"D", "R", "I"} or texts[i + 1] not in _HYPHENS \
                    or i == 0 or texts[i - 1] not in {",", "("}:
                continue
            end = i + 2
            while end < len(doc) and end - i - 2 < 3 and _is_name_token(doc[end]):
                end += 1
            name = doc[i + 2:end].text
            if end > i + 2 and (self.gaz.abbreviation(name) or self.gaz.lookup(name)):
                hint = "admin1:state" if self.gaz.abbreviation(name) else ""
                self._add(i + 2, end, "party-affiliation", hint)

    def _repeats(self) -> None:
        """One sense per article: a name found as a place is that place where the model
        missed it ('Alexandria parents charged ...', 'the Gainesville Riding Club')."""
        doc = self.doc
        names = {tuple(t.text for t in s) for s in self.spans
                 if not s.kb_id_.startswith("weak") and s.text not in self.people
                 and all(_is_name_token(t) and not t.is_stop for t in s)
                 and s.text.lower() not in self.lowercase_words and self.gaz.lookup(s.text)}
        if not names:
            return
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for name in sorted(names, key=lambda n: (-len(n), n)):  # the longest name first
            by_first.setdefault(name[0], []).append(name)
        texts = self.texts
        for i in range(len(doc)):
            if texts[i] not in by_first or self.taken[i] or not self.names[i]:
                continue
            if i > 0 and _is_name_token(doc[i - 1]) and not doc[i - 1].is_sent_start:
                continue  # 'Jesse Jackson', 'George Washington'
            for name in by_first[texts[i]]:
                end = i + len(name)
                if tuple(texts[i:end]) == name and not any(
                        self.ent_of.get(j) is not None
                        and self.ent_of[j].label_ in {"PERSON", "NORP"} for j in range(i, end)):
                    self._add(i, end, "repeat-mention")
                    break

    def _inside_longer_entity(self, span: Span) -> bool:
        ent = self.ent_of.get(span.start) or self.ent_of.get(span.end - 1)
        if ent is None or ent.label_ in {"GPE", "LOC", "FAC", "PERSON"}:
            return False
        return (ent.start, ent.end) != (span.start, span.end) and len(ent) > len(span)

    def _abbreviations(self) -> None:
        doc = self.doc
        for span in list(self.spans):
            comma = span.end
            if comma + 1 >= len(doc) or doc[comma].text != ",":
                continue
            for size in (2, 1):
                cand = doc[comma + 1:comma + 1 + size]
                if len(cand) == size and self.gaz.abbreviation(cand.text):
                    if not any(self.taken[cand.start:cand.end]):
                        self.spans.append(Span(doc, cand.start, cand.end,
                                               label="us-state-abbreviation", kb_id="admin1:state"))
                        for i in range(cand.start, cand.end):
                            self.taken[i] = True
                    break


def _armed_group_name(text: str) -> bool:
    """`text` is a name of a registered armed group or force (data/actors.json), as written:
    'Peshmerga', a region's forces, is no place either."""
    lowered, cased = _armed_group_names()
    return text.lower() in lowered or text in cased


@lru_cache(maxsize=1)
def _armed_group_names() -> tuple[frozenset[str], frozenset[str]]:
    from .registry import load_registry  # the actors' own registry, read once

    registry = load_registry()
    armed = {e.id for e in registry.entries.values() if e.kind in ("armed_group", "military")}
    lowered = frozenset(alias.lower() for alias, found in registry.aliases.items() if found in armed)
    return lowered, frozenset(alias for alias, found in registry.cased.items() if found in armed)


@Language.factory("bx_places", default_config={"extra_gazetteers": []})
def make_finder(nlp: Language, name: str, extra_gazetteers: list[str]) -> PlaceFinder:
    return PlaceFinder(extra_gazetteers)


def _surname_after_particle(ent: Span) -> bool:
    """'Ursula von der' (PERSON) + 'Leyen' (GPE): the model split a name at its particle, and
    the place it sees is the person's surname."""
    if ent.start == 0:
        return False
    doc = ent.doc
    particle = doc[ent.start - 1]
    # the particles inside persons' names, as the actors stage reads them (data/actors.json)
    if not particle.text.islower() or particle.lower_ not in registry_words("surname_particles"):
        return False
    return particle.ent_type_ == "PERSON" or (ent.start > 1 and doc[ent.start - 2].ent_type_ == "PERSON")


@lru_cache(maxsize=1)
def _body_head_words() -> frozenset[str]:
    """Nouns that head a body's name and stand for it after 'the' ('the Mission', 'the
    Alliance', 'the Court'): the actors' group nouns and organisation heads, small-lettered."""
    nouns = {w.lower() for r in actor_rules()["group_nouns"] for w in r["words"]}
    return frozenset(nouns | set(registry_words("org_heads")))
