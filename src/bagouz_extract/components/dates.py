"""bx_dates: find temporal expressions (DATE, DURATION, SET, TIME) with TimeML-style spans.

Rules from data/dates.json are matched on the text; context guards (small named checks
below) drop matches that are not time expressions ("2,000 people", "Theresa May", "a
second attack"); overlaps keep the longest match. spaCy DATE/TIME entities add what the
rules miss when the fallback parser can read them. Each span's label_ is the rule id and
its kb_id_ the tense lean ("past"/"future") the normalizer resolves weekdays with.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..doc_cache import doc_ents, doc_text
from ..normalizers.dates_grammar import Candidate, parse, rules, scan
from .gender_lexicon import month_surname

SPAN_KEY = "bx_dates"
# Where a match ends inside a token ("Jan. 6." is one token), the exact character
# offsets of the expression, keyed "start_token:end_token"; the builder reads them.
EXACT_KEY = "bx_dates_exact"
# Words after which a bare number or month name is a time expression.
_TIME_CUES = {"in", "since", "by", "until", "till", "from", "of", "during", "before", "after",
              "early", "late", "mid", "through", "to", "and", "between", "on", "last", "next",
              "this", "year", "fiscal", "spring", "summer", "fall", "autumn", "winter", "around",
              "circa", "c.", "or", "the", "throughout", "as", "-", "–", "("}
_NON_TIME_ENTS = {"PERSON", "ORG", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "FAC", "NORP"}
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would"}
_DURATION_PREV = {"for", "in", "over", "within", "after", "than", "took", "take", "takes",
                  "spent", "lasted", "last", "lasting", "nearly", "almost", "about"}
_LEADING = re.compile(
    r"^(?:(?:on|in|at|by|since|for|during|from|until|till|to|through|over|within|between|of|"
    r"after|before|around|about|as of|starting|beginning|throughout)\s+)+", re.IGNORECASE)
_TRAILING = re.compile(r"[\s,.;:'\"”’)]+$|'s$")


class DateFinder:
    def __init__(self, use_entities: bool = True) -> None:
        self.use_entities = use_entities
        self.order = {rule.id: i for i, rule in enumerate(rules())}

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[int, int, str]] = []
        ents = list(doc_ents(doc))
        exact: dict[str, tuple[int, int]] = {}
        text = doc_text(doc)  # Doc.text joins every token: read it once per doc
        for cand in scan(text):
            span = _token_span(doc, cand.start, cand.end)
            if span is None or not _keep(cand, span, ents, text):
                continue
            found.append((span.start, span.end, cand.rule.id))
            if (span.start_char, span.end_char) != (cand.start, cand.end):
                exact[f"{span.start}:{span.end}"] = (cand.start, cand.end)
        doc.user_data[EXACT_KEY] = exact
        kept = self._select(found)
        if self.use_entities:
            taken = {i for s, e, _ in kept for i in range(s, e)}
            extra = [f for f in _entity_spans(doc, ents) if taken.isdisjoint(range(f[0], f[1]))]
            kept = sorted(kept + self._select(extra))
        doc.spans[SPAN_KEY] = [self._span(doc, s, e, rule, text) for s, e, rule in kept]
        return doc

    def _select(self, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Longest match wins; ties go to the rule listed first."""
        ranked = sorted(found, key=lambda f: (f[0] - f[1], self.order.get(f[2], 999), f[0]))
        taken: set[int] = set()
        kept = []
        for start, end, rule in ranked:
            if taken.isdisjoint(range(start, end)):
                taken.update(range(start, end))
                kept.append((start, end, rule))
        return sorted(kept)

    def _span(self, doc: Doc, start: int, end: int, rule: str, text: str) -> Span:
        span = Span(doc, start, end, label=rule)
        span.kb_id_ = _lean(span, text)
        return span


def _token_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of a match; a token may overhang it only by punctuation ("6." for "6")."""
    span = doc.char_span(start, end, alignment_mode="strict")
    if span is not None:
        return span
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    overhang = span.text[:start - span.start_char] + span.text[end - span.start_char:]
    return span if not any(ch.isalnum() for ch in overhang) else None


def _keep(cand: Candidate, span: Span, ents: list[Span], text: str) -> bool:
    if _inside_other_entity(span, ents):
        return False
    if cand.rule.guard == "quarter":
        return _guard_quarter(cand, span, text)
    guard = GUARDS.get(cand.rule.guard or "")
    return guard is None or guard(cand, span)


def _inside_other_entity(span: Span, ents: list[Span]) -> bool:
    """'Sunday' in 'Sunday Times', 'May' in 'Theresa May': part of a larger non-time name."""
    for token in span:
        if token.ent_type_ in _NON_TIME_ENTS and token.ent_iob_ in ("B", "I"):
            ent = next((e for e in ents if e.start <= token.i < e.end), None)
            if ent is not None and (ent.end - ent.start) > (span.end - span.start):
                return True
            if ent is not None and ent.label_ == "PERSON":
                return True
    return False


def _prev(span: Span, skip: int = 0) -> str:
    i = span.start - 1 - skip
    return span.doc[i].lower_ if i >= 0 else ""


def _next(span: Span) -> str:
    return span.doc[span.end].lower_ if span.end < len(span.doc) else ""


def _has_model_ents(span: Span) -> bool:
    return span.doc.has_annotation("ENT_IOB")


def _guard_month(cand: Candidate, span: Span) -> bool:
    word = span.text
    if month_surname(span.doc, span.start):
        return False  # 'Brian May said': a surname
    if span[0].ent_type_ == "DATE":
        return True
    if word in ("May", "March") or not _has_model_ents(span):
        return _prev(span) in _TIME_CUES
    return not (span[0].is_sent_start and span[0].pos_ in ("NOUN", "VERB"))


def _guard_year(cand: Candidate, span: Span) -> bool:
    """A four-digit number is a year only in a time context, never when it counts things."""
    token = span[-1]
    prev = _prev(span)
    if token.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL"):
        return False
    if prev in ("$", "no.", "#", "number", "at", "about", "some", "nearly", "over", "than",
                "approximately", "almost", "roughly", "page", "route"):
        return False
    counts = token.dep_ == "nummod" and not _is_time_word(token.head.lower_)
    if token.ent_type_ == "DATE":
        # "the 1996 Olympic bombing", "its 1988 recapitalization": a year before its event.
        determined = span.start > 0 and span.doc[span.start - 1].tag_ in ("DT", "PRP$", "POS", "JJ")
        return not counts or determined or prev in _TIME_CUES
    if counts:
        return False
    return prev in _TIME_CUES or _next(span) in ("'s", "’s")


_QUARTER_CONTEXT = re.compile(r"\b(?:first|second|third|fourth|latest)[- ]quarter\b", re.I)


def _guard_quarter(cand: Candidate, span: Span, text: str) -> bool:
    if _next(span) in ("of", "-") and not cand.groups.get("year"):
        return False  # "a quarter of the population", "the third quarter of the city"
    if cand.groups.get("rel") or cand.groups.get("ord"):
        return True
    # A bare "the quarter" is a period only where the text reports by quarters.
    return span.text.lower().startswith("the") and bool(_QUARTER_CONTEXT.search(text))


def _guard_rel_span(cand: Candidate, span: Span) -> bool:
    rel = (cand.groups.get("rel") or "").lower()
    return bool(cand.groups.get("num")) or rel not in ("first", "final", "latest")


def _guard_duration(cand: Candidate, span: Span) -> bool:
    num = (cand.groups.get("num") or "").lower()
    unit = (cand.groups.get("unit") or "").lower()
    if _next(span) in ("of", "old", "-old") and unit.startswith("quarter"):
        return False
    if num in ("a", "an", "half a", "half an", "a half"):
        if unit in ("second", "quarter") or cand.groups.get("approx"):
            return unit not in ("second", "quarter")
        prev = span.doc[span.start - 1] if span.start else None
        if prev is not None and (prev.like_num or prev.is_currency or
                                 prev.lower_ in ("times", "once", "twice", "per")):
            return False  # "400 a day", "twice a year": a rate, not a duration
    return True


def _guard_vague_duration(cand: Candidate, span: Span) -> bool:
    return _prev(span) in _DURATION_PREV and _next(span) not in ("of", "old", "'", "’")


def _guard_adverb(cand: Candidate, span: Span) -> bool:
    if span.doc.has_annotation("TAG"):
        return span[0].pos_ == "ADV"
    return _next(span) in ("", ".", ",", ";")


def _guard_ref(cand: Candidate, span: Span) -> bool:
    text = span.text.lower()
    if text in ("current", "recent"):
        # "current leaders", "recent attacks": a vague time only as an adjective.
        return span[0].pos_ == "ADJ" and _next(span) not in ("-", "account", "accounts")
    if text == "soon":
        return _prev(span) != "as" and _next(span) not in ("as", "after", "afterwards")
    if text == "the past":
        return _next(span) not in ("few", "several")
    # "Now, he says ...": a discourse marker opening a sentence, not a time
    return not (text == "now" and _next(span) == "," and (
        span.start == 0 or span[0].is_sent_start or _prev(span) in _OPENERS))


_OPENERS = {".", "``", '"', "“", "''", "\n", "\n\n"}


_YEAR_BEFORE = {"for", "in", "during", "of", "throughout", "through", "all"}
_YEAR_AFTER = {"ended", "ending", "ends", "before", "after", "earlier", "later", "when", "that",
               "in", "'s", "’s", "-", "old", "round"}


def _guard_the_year(cand: Candidate, span: Span) -> bool:
    """'for the year', 'of the full year': the article's year; 'the year before' is not."""
    return _prev(span) in _YEAR_BEFORE and _next(span) not in _YEAR_AFTER


def _guard_year_words(cand: Candidate, span: Span) -> bool:
    if span.text.lower().startswith("the year"):
        return True
    if not cand.groups.get("rest") or (span[-1].dep_ == "nummod" and
                                       not _is_time_word(span[-1].head.lower_)):
        return False
    return span[0].ent_type_ == "DATE" or _prev(span) in _TIME_CUES


def _guard_range(cand: Candidate, span: Span) -> bool:
    """'March 1 and 5' is a range only after 'between'; 'March 1 to 5' only after 'from'."""
    conn = (cand.groups.get("conn") or "").lower()
    if conn == "and":
        return _prev(span) == "between"
    if conn in ("to", "until"):
        return _prev(span) in ("from", "between")
    return True


def _guard_clock_range(cand: Candidate, span: Span) -> bool:
    """'3:00 to 4:00', '1-3 pm', 'from 10 to 4 on Monday' are times of day; '3-1' or
    'between 10 and 12' alone are scores or counts: a range needs an am/pm or a colon, or
    'from'/'between' with a day; 'and' joins two times only after 'between'."""
    g = cand.groups
    between = (g.get("from") or "").lower() == "between" or _prev(span) == "between"
    if (g.get("conn") or "").lower() == "and" and not between:
        return False
    if g.get("ap1") or g.get("ap2") or g.get("m1") or g.get("m2"):
        return True
    has_day = any(g.get(k) for k in ("wd", "rd", "month", "a", "prd"))
    return bool(g.get("from")) and has_day


GUARDS: dict[str, Callable[[Candidate, Span], bool]] = {
    "month": _guard_month, "year": _guard_year,
    "rel_span": _guard_rel_span, "duration": _guard_duration,
    "vague_duration": _guard_vague_duration, "adverb": _guard_adverb, "ref": _guard_ref,
    "range": _guard_range, "year_words": _guard_year_words, "the_year": _guard_the_year,
    "clock_range": _guard_clock_range,
}


def _is_time_word(word: str) -> bool:
    return word.rstrip("s") in ("year", "month", "week", "day", "decade", "century", "season",
                                "quarter", "period", "budget", "election", "census")


_FUTURE_HEADS = {"schedule", "expect", "plan", "due", "set", "slate", "intend"}
_PRESENT_AUX = {"is", "are", "am", "'s", "'re"}
# ("from" is not here: "bought from Aug. 26 to Oct. 20", "down from mid-October" are past.)
_FUTURE_BEFORE = re.compile(r"\b(?:as (?:soon|early) as|next|this coming|starting)\s+$", re.I)
_PAST_PERFECT = {"had", "'d"}


def _lean(span: Span, text: str) -> str:
    """The tense of the clause governing the span: 'future', 'past' or 'none' (unknown).

    Future: an auxiliary will/shall ("will meet Friday"), a scheduling verb in the present
    ("is scheduled for Monday"), "as soon as Tuesday", or a present-tense verb other than
    a reporting one ("the talks resume Monday"). Past: a past-tense verb or a perfect.
    "Wednesday's ruling" is past.
    """
    if _next(span) in ("'s", "’s"):
        return "past"
    before = text[max(0, span.start_char - 20):span.start_char]
    if _FUTURE_BEFORE.search(before):
        return "future"
    head = span.root.head
    for _ in range(5):
        children = list(head.children)
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in children):
            return "future"
        if head.pos_ in ("VERB", "AUX"):
            return _verb_lean(head, children)
        if head.head.i == head.i:
            break
        head = head.head
    return "none"


def _verb_lean(head: Token, children: list[Token]) -> str:
    if head.lemma_ in _FUTURE_HEADS and _scheduling_now(head, children):
        return "future"  # "plans to leave on Thursday", "is scheduled for Monday"
    if head.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in children):
        governor = head.head
        scheduled = governor.lemma_ in _FUTURE_HEADS and _scheduling_now(
            governor, list(governor.children))
        if scheduled or governor.lower_ in _PRESENT_AUX:
            return "future"  # "is to resume trading Tuesday", "expected to close Monday"
    if head.tag_ in ("VBZ", "VBP") and head.lemma_ not in ("say", "be", "have", "tell"):
        return "future"
    if head.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lower_ in ("has", "have", "had")
                                 for c in children if c.dep_ in ("aux", "auxpass")):
        return "past"
    return "none"


def _scheduling_now(verb: Token, children: list[Token]) -> bool:
    """Whether a scheduling verb points past the article's date. A plan made in the past is
    still mostly about a coming day ("planned to leave on Thursday"), but not in the past
    perfect ("had been due to expire Friday"); "set" schedules only with "to" or "for"
    ("set to resume Monday", "set for Friday"), not in "a record set on Aug. 6"."""
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp":  # "had been due": the copula's tense
        verb, children = verb.head, list(verb.head.children)
    if any(c.lower_ in _PAST_PERFECT for c in children if c.dep_ in ("aux", "auxpass")):
        return False
    if verb.lemma_ == "set":
        return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for")
                   for c in children)
    return True


def _entity_spans(doc: Doc, ents: list[Span]) -> list[tuple[int, int, str]]:
    """spaCy DATE/TIME entities, trimmed to TimeML extent, that the fallback can read."""
    found = []
    for ent in ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        lead = _LEADING.match(ent.text)
        start = ent.start_char + (lead.end() if lead else 0)
        trail = _TRAILING.search(ent.text)
        end = ent.start_char + (trail.start() if trail else len(ent.text))
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or parse(span.text) is not None:
            continue  # the rules already judged this text (and may have rejected it)
        from ..normalizers.dates_fallback import fallback

        if fallback(span.text, None) is not None:
            found.append((span.start, span.end, f"spacy.{ent.label_}"))
    return found


@Language.factory("bx_dates", assigns=["doc.spans"], default_config={"use_entities": True})
def make_finder(nlp: Language, name: str, use_entities: bool) -> DateFinder:
    return DateFinder(use_entities=use_entities)
