"""A dash set off by spaces ends a person's name, and a dateline's place.

The model runs a dateline's place over the dash into the lede's first name ('PARIS, France -
Daniel Okoro, the army spokesman, said' gave one organisation 'France - Daniel Okoro', read
as a person after it; 'BAMAKO, Mali - Mali expelled ...' a person 'Mali - Mali'). No
person's name holds a dash with a space on each side (joined names have none:
'Jean-Pierre'), and a dateline ('CITY, Country - ') ends at its dash, so such an entity is
cut there into its parts, each keeping the model's label for the rules after it to read.
Other entities stay whole: a body's official name may hold such a dash ('the Jordan Armed
Forces – Arab Army'), and a date or time range does ('11:30 am - 1 pm').

The model also cuts some long names in two ('Abdullahi Sheikh | Hassan'): two person
entities with one space and name words between them are joined. `in_dateline` tells the
actor rules where a line's dateline ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import ENT_IOB, ENT_TYPE, ORTH
from spacy.language import Language
from spacy.tokens import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ENTITY_DASHES = "entity_dashes"
DASHES = ("-", "–", "—", "--")  # a dash as the tokenizer gives it, spaced or not
_NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})
_INSIDE = 1  # ENT_IOB: the token continues an entity
_BEGIN = 3  # ENT_IOB: the token opens an entity


@Language.component(ENTITY_DASHES)
def split_at_dashes(doc: Doc) -> Doc:
    """Cut each person entity at the spaced dashes inside it, and a dateline's place at its
    dash; join a person's name the model cut in two (both found in the doc's arrays: most
    docs have neither, and this runs on every doc)."""
    if not len(doc):
        return doc
    dashes = {doc.vocab.strings[d] for d in DASHES}
    rows = doc.to_array([ORTH, ENT_IOB, ENT_TYPE]).tolist()
    inside = {i for i, (orth, iob, _) in enumerate(rows)
              if orth in dashes and iob == _INSIDE and _spaced(doc, i)}
    if inside:
        doc.set_ents(_cut(doc, inside))
        rows = doc.to_array([ORTH, ENT_IOB, ENT_TYPE]).tolist()  # the entities as cut
    person = doc.vocab.strings["PERSON"]
    joins = {i for i in range(1, len(rows))
             if rows[i][1:] == [_BEGIN, person] and rows[i - 1][2] == person and _one_name(doc, i)}
    if joins:
        doc.set_ents(_joined(doc, joins))
    return doc


def _one_name(doc: Doc, i: int) -> bool:
    """A person entity the model opened right after another, a single space between and
    capitalised name words on both sides, continues it: 'Abdullahi Sheikh | Hassan' and
    'Chandrika Bandaranaike | Kumaratunga' are one person each ('Charles City Sheriff | Javier
    J. Smith' and 'County Counselor | John Watt' are a title and a name)."""
    from .actors import rule_words  # the actor rules' lexicon; imported late (actors imports us)

    first = i - 1
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1  # the first entity's opening word
    styles = rule_words("name_part_styles")  # 'Sheikh' after a given name is the name's
    words = [t for t in doc[first : i + 1] if t.lower_ not in styles or t.i in (first, i)]
    return doc[i - 1].whitespace_ == " " and all(_name_word(t) for t in words)


def _name_word(tok: Token) -> bool:
    """A capitalised word of a name: no title, place noun or body's head word ('Sheriff',
    'County', 'Police')."""
    from .actors import registry_words, rule_words, title_words

    word = tok.lower_
    common = word in title_words() or word in rule_words("place_nouns") or word in registry_words("org_heads")
    return tok.is_title and tok.is_alpha and not common


def _joined(doc: Doc, joins: set[int]) -> list[Span]:
    out: list[Span] = []
    for ent in doc.ents:
        if ent.start in joins and out and out[-1].end == ent.start:
            out[-1] = Span(doc, out[-1].start, ent.end, label=ent.label, kb_id=ent.kb_id)
        else:
            out.append(ent)
    return out


def _after_dateline_city(doc: Doc, i: int) -> bool:
    """Token i follows a dateline's city in capitals and its comma ('PARIS, ')."""
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].text.isupper() and len(doc[i - 2].text) > 1


def ends_dateline(doc: Doc, i: int) -> bool:
    """Token i is a spaced dash closing a dateline: the line opens with a city in capitals and
    a comma follows it within the few words before the dash ('PARIS, France - ', 'PORT OF
    SPAIN, Trinidad and Tobago - ')."""
    if doc[i].text not in DASHES or not _spaced(doc, i):
        return False
    start = i
    while start > max(0, i - _DATELINE_REACH) and not _line_break_before(doc, start):
        start -= 1
    if not _line_break_before(doc, start) or not doc[start].text.isupper() or len(doc[start].text) < 2:
        return False
    return any(doc[j].text == "," and doc[j - 1].text.isupper() for j in range(start + 1, i))


_DATELINE_REACH = 10  # words from a line's start to a dateline's dash, at most


def in_dateline(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end stand in the dateline that opens their line: capitalised words,
    commas, a date and a wire's name in brackets, then a dash ('LUANDA, Angola, Nov 20 -',
    'Addis Ababa, Ethiopia —', 'Nicosia, 14 November 2025 –', 'PORT-AU-PRINCE, Haiti (AP) --').
    A line a name and a dash open with no comma ('Togo – a small state – ...') is prose."""
    first = start
    while first > 0 and start - first < _DATELINE_REACH and not _line_break_before(doc, first):
        first -= 1
    if not _line_break_before(doc, first) or not doc[first].text[:1].isupper():
        return False
    bracket = False
    for i in range(first, min(len(doc), first + _DATELINE_REACH + 4)):
        tok = doc[i]
        if tok.text in DASHES and (tok.text != "-" or _spaced(doc, i)):  # 'KYIV, Ukraine—The'
            marked = bracket or doc[first].text.isupper() or any(t.text == "," for t in doc[first:i])
            return i >= end and i > first + 1 and marked
        if tok.text == "(":
            bracket = True
        elif not (bracket or _dateline_word(tok)):
            return False
        if tok.text == ")":
            bracket = False
    return False


def _dateline_word(tok: Token) -> bool:
    """A word a dateline's place or date is written with: a capitalised or numeric word, a
    comma, an abbreviation's stop, a hyphen inside a name, or a name's joiner ('Rio de Janeiro')."""
    text = tok.text
    return text[:1].isupper() or tok.like_num or text in (",", ".", "-") or text in _NAME_JOINERS


_NAME_JOINERS = frozenset({"de", "del", "da", "do", "du", "el", "al", "la", "le", "of"})


def _line_break_before(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_


def _spaced(doc: Doc, i: int) -> bool:
    return 0 < i < len(doc) - 1 and bool(doc[i - 1].whitespace_) and bool(doc[i].whitespace_)


def _document_after(doc: Doc, i: int) -> bool:
    """Token i is a spaced dash and the word after it names a kind of text
    (data/actor_rules.json document_nouns)."""
    from .actors import rule_words  # the actor rules' lexicon; imported late (actors imports us)

    return doc[i].text in DASHES and _spaced(doc, i) and doc[i + 1].lower_ in rule_words("document_nouns")


def _cut(doc: Doc, dashes: set[int]) -> list[Span]:
    out = []
    for ent in doc.ents:
        cuts = [i for i in range(ent.start + 1, ent.end - 1) if i in dashes]
        if ent.label_ != "PERSON":
            named = ent.label_ in _NAME_LABELS
            at_city = named and _after_dateline_city(doc, ent.start)
            # 'PORT OF SPAIN, Trinidad and [Tobago - Trinidad] and Tobago accused ...': the
            # dateline's own dash, wherever the entity opens
            cuts = cuts[:1] if at_city else [i for i in cuts if named and ends_dateline(doc, i)][:1]
            # 'Ministry of the Interior – Communiqué': a statement's heading names the body
            # and then the kind of text (the entity's last word), which is no part of the name
            dash = ent.end - 2
            if not cuts and dash > ent.start and _document_after(doc, dash):
                out.append(Span(doc, ent.start, dash, label=ent.label, kb_id=ent.kb_id))
                continue
        start = ent.start
        for cut in [*cuts, ent.end]:
            if cut > start:
                out.append(Span(doc, start, cut, label=ent.label, kb_id=ent.kb_id))
            start = cut + 1
    return out
