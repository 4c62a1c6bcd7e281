"""Attribute direct quotations to speakers.

The attribution clause sits right after the quote (`,” said X` / `,” X told Y`) or right
before it in the same sentence (`X said in a Tweet: “...`). A pronoun speaker ("he said")
is the last person who spoke before, else the last person named, of the pronoun's gender
when the text tells it (reconcile/speaker_gender.py). People the reporting clause speaks of
('the FBI says Smith is ...') do not speak. Short quoted phrases without a speaker are scare
quotes, not quotations.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from ..components.actors import SPOKES_NOUNS, abbreviation_dot, conjoined_heads, person_nouns, rule_words
from ..components.quotes import QuoteSegments, find_quotes, quote_text
from ..doc_cache import doc_text
from ..models import Quote
from .actor_roles import office_noun_before, unnamed_described_since
from .context import Context, fact_id

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .actor_resolve import Candidate
    from .actors import Cluster

_PRONOUNS = {"he", "she", "they", "we", "i"}
_SPEAKING_PRONOUNS = ("he", "she")  # 'he said' goes back to a person; 'they', 'we' to no one
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_TELLING = {"told", "tells", "tell"}  # its object is who was told, not who spoke
_S_POSSESSIVES = ("'s", "’s")  # the possessive as the tokenizer splits it off
_MIN_UNATTRIBUTED_WORDS = 8
_MIN_WORDS = 4  # "Micro Caliphate", 'the "blockade"': scare quotes, not quotations
# ...unless the words close like speech and a reporting clause names who said them, or they
# stand in the words of one reported speaking ('announced it would keep them "for peacekeeping"')
_SPOKEN_ENDS = (",", ".", "!", "?")
_CLAUSE_END = {".", "!", "?", "\n", "“", '"', "”", ";", "‘", "''", "``", "`"}
_MEDIUM = (
    "in a tweet",
    "on twitter",
    "in a statement",
    "in a video",
    "on facebook",
    "in an interview",
    "in a post",
    "in a press conference",
)


def attribute_quotes(ctx: Context, clusters: dict[str, Cluster]) -> list[Quote]:
    doc = ctx.doc
    mentions = _mentions_in_order(clusters)
    found = find_quotes(ctx.loaded.nlp_text)
    quoted = [segment for q in found for segment in q.segments]
    # who spoke where: people reported as speaking outside quotes, then each quote's speaker
    spoken = _reported_speakers(doc, mentions, quoted)
    # who a quote's speaker may be: one named outside quotes ('Saakashvili' inside another's
    # quote is spoken of, so is no 'he' of the next one)
    outside = [(m, c) for m, c in mentions if not _quoted_at(m.start, quoted)]
    quotes: list[Quote] = []
    by_quote: dict[int, Cluster] = {}  # each quote's speaker, a body too, by the quote's start
    for quote in found:
        text = quote_text(ctx.text, quote)
        words = len(text.split())
        partial = words < _MIN_WORDS and not text.rstrip().endswith(_SPOKEN_ENDS)
        governed = None
        # 'he said' is the person who spoke last before this quote
        earlier = _spoken_before(spoken, quote.start)

        def pronoun_speaker(
            pronoun: Token, at: int = quote.start, before: list[tuple[int, Cluster]] = earlier
        ) -> Cluster | None:
            return _pronoun_speaker(pronoun, before, outside, at)

        if partial and not _spoken_fragment(doc, quote, text):
            # a short phrase without closing punctuation is a scare quote, unless it stands in
            # the words of one reported speaking ('MONUSCO said it was "gravely concerned"')
            judged = _judged_as(doc, quote)
            shaped = (_phrase_shaped(text) or judged) and not _named_term(doc, quote)
            shaped = shaped or _called_by_name(doc, quote)
            governed = _governing_speaker(doc, quote, outside, pronoun_speaker) if shaped else None
            if governed is None or governed[0] is None:
                continue
        if words == 1 and text[:1].islower() and governed is None:
            continue  # 'the "blockade," he said': one word of the sentence, not speech ('"No,"')
        if _inside_a_name(quote, mentions):
            continue  # 'Col. John "J.D." Dorrian': a nickname, not a quotation
        if governed is not None:
            speaker, verb, clause = governed
        else:
            speaker, verb, clause = _attribute(doc, quote, outside, earlier)
        if speaker is None:
            speaker, verb, clause = _governing_speaker(doc, quote, outside)
        if partial and speaker is None:
            continue  # a fragment counts only where a reporting clause gives its speaker
        if speaker is None:
            speaker, verb, clause = _role_speaker(doc, quote, outside, clusters)
        if speaker is None and not _reports_own_speaker(doc, ctx.loaded.nlp_text, quote):
            speaker, verb, clause = _previous_speaker(doc, quote, outside, spoken, quoted, by_quote)
        if speaker is not None and _named_only_inside(doc, speaker, quote, clause):
            speaker = None  # '"We would like to see Dr Unokanjo on the radio," he said': not him
        if speaker is None and words < _MIN_UNATTRIBUTED_WORDS:
            continue  # a short quote counts only with its speaker: '"We are safe," X said.'
        if speaker is not None:
            speaker.confirmed = True
            by_quote[quote.start] = speaker
            if speaker.kind == "person":
                spoken.append((quote.start, speaker))
        evidence = [ctx.mention(s, e, f"quote_{quote.style}") for s, e in quote.segments]
        quotes.append(
            Quote(
                id=fact_id("quote", f"{quote.start}"),
                speaker=speaker.key if speaker else None,  # made the actor's id in build_actors
                text=text,
                verb=verb,
                date=_clause_date(ctx, clause, verb),
                mentions=evidence,
            )
        )
    return quotes


def _mentions_in_order(clusters: dict[str, Cluster]) -> list[tuple[Candidate, Cluster]]:
    """Every mention with its actor, in text order (the longer first where two start together)."""
    return sorted(
        ((m, c) for c in clusters.values() for m in c.mentions),
        key=lambda mc: (mc[0].start, -mc[0].end),
    )


def _phrase_shaped(text: str) -> bool:
    """Two words or more opening in small letters: a phrase of a sentence ('until further
    notice', 'sustained gunfire'), not a name ('the "Islamic State"') nor one word ('"blockade"')."""
    return len(text.split()) >= 2 and text[:1].islower()


def _judged_as(doc: Doc, quote: QuoteSegments) -> bool:
    """'condemned the killings as "barbaric"', 'dismissed the claims as "fabrications"': the
    quoted words follow 'as' under a verb of judging, whose subject's words they are."""
    span = doc.char_span(quote.start, min(quote.end, quote.start + 1), alignment_mode="expand")
    if span is None or not len(span) or span[0].i < 2:
        return False
    i = span[0].i - 1
    i -= doc[i].is_quote  # the opening mark, a token of its own
    before = doc[i]
    judged = before.head
    if judged.dep_ == "dobj":
        judged = judged.head  # the parse may hang 'as' on the object: 'dismissed the claims as'
    return before.lower_ == "as" and judged.lemma_ in _JUDGING_VERBS


# verbs that judge something 'as' the quoted word ('condemned the killings as "barbaric"')
_JUDGING_VERBS = frozenset(
    {"condemn", "describe", "dismiss", "denounce", "brand", "label", "reject", "criticise", "criticize"}
    | {"slam", "decry", "hail", "characterize", "characterise", "deride"}
)


def _called_by_name(doc: Doc, quote: QuoteSegments) -> bool:
    """'calling the operation a "decisive blow"', 'branded the vote an "illegal farce"': the
    quoted words are what a verb of naming calls its object, the words of its subject."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ == "oprd" and root.head.lemma_ in _NAMING_VERBS


def _named_term(doc: Doc, quote: QuoteSegments) -> bool:
    """The quoted words finish a noun phrase opened before the mark: a term the writer marks
    ('the chip's "floating-point unit"', 'a defined "hot zone"'), not words someone spoke."""
    before = doc.char_span(quote.start, min(quote.end, quote.start + 1), alignment_mode="expand")
    if before is None or not len(before) or before[0].i < 2:
        return False
    i = before[0].i - 1
    if doc[i].is_punct and doc[i].is_quote:
        i -= 1  # the opening mark, a token of its own
    prev = doc[i]
    return prev.pos_ in ("DET", "ADJ", "PRON") or prev.tag_ in ("POS", "PRP$")


def _spoken_fragment(doc: Doc, quote: QuoteSegments, text: str) -> bool:
    """A short quoted fragment that is someone's words, not a scare quote: two words or more,
    opening in small letters and holding a verb ('wrote that the group had "withdrawn to
    regroup"'; not 'the "Islamic State"', 'a "war crime"', 'the "blockade"', 'its
    "floating-point unit"')."""
    if len(text.split()) < 2 or not text[:1].islower():
        return False
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    # a verb that heads a phrase, not one describing a noun ('"floating-point unit"')
    heads = ("VERB", "AUX")
    return span is not None and any(t.pos_ in heads and t.dep_ not in ("amod", "compound") for t in span)


def _named_only_inside(doc: Doc, speaker: Cluster, quote: QuoteSegments, clause: list[Token]) -> bool:
    """The speaker found from a pronoun or the turn before is named inside the quote itself and
    not in its reporting clause: people speak of others by name, rarely of themselves. A name
    next to a reporting verb inside the quote is an attribution the quotation marks ran over
    ('a great time to buy a house,“ Donohue says. “The rates ...'), no name spoken."""
    start, end = (clause[0].idx, clause[-1].idx + len(clause[-1].text)) if clause else (0, 0)
    if any(start <= m.start < end for m in speaker.mentions):
        return False
    inside = [
        m
        for m in speaker.mentions
        for s, e in quote.segments
        if s <= m.start and m.end <= e and m.text.lower() not in _MONTHS  # 'since January'
    ]
    return bool(inside) and not any(_beside_reporting(doc, m) for m in inside)


_MONTHS = frozenset(m.lower() for m in calendar.month_name[1:])


def _beside_reporting(doc: Doc, mention: Candidate) -> bool:
    before = doc[max(0, mention.tok_start - 2) : mention.tok_start]
    after = doc[mention.tok_end : mention.tok_end + 2]
    return any(_reporting(t) for side in (before, after) for t in side)


def _reports_own_speaker(doc: Doc, text: str, quote: QuoteSegments) -> bool:
    """The quote has a reporting clause of its own that names who speaks: a pronoun ('"...,"
    she told Kotzer') or someone other than a person the article has named ('"...," the
    ministry said', 'police said', 'the release stated', 'witnesses said', 'Mayor X said').
    When that speaker found no one, the quote is not the last speaker's. A description of one
    person ('the Manhattan native said') is most often the one who spoke last, and a sentence
    opening after a quote that ended its own ('..." The panelists admitted the difficulties')
    names no speaker of it."""
    for clause, verb in _reporting_clauses(doc, quote):
        if any(abs(t.i - verb.i) == 1 and _speaking_pronoun(t, verb) for t in clause):
            return True
        if clause[0].idx > quote.end and _new_sentence_after(text, quote):
            continue
        subject = next((t for t in clause if t.head.i == verb.i and t.dep_ in _SUBJECT_DEPS), None)
        if subject is not None and _not_one_described(subject):
            return True
    return False


def _not_one_described(subject: Token) -> bool:
    """A reporting verb's subject that is no description of one person: a name, a pronoun ('it',
    'they'), a plural, a body ('ministry', 'police') or a document ('the release')."""
    if subject.pos_ in ("PROPN", "PRON") or subject.tag_ in ("NNS", "NNPS"):
        return True
    word = subject.lower_
    return word in rule_words("kind_keywords") or subject.lemma_.lower() in rule_words("document_nouns")


def _new_sentence_after(text: str, quote: QuoteSegments) -> bool:
    """The quote ends with a sentence's end mark and the next word opens with a capital."""
    if not text[quote.start : quote.end].rstrip().endswith((".", "?", "!")):
        return False
    rest = text[quote.end : quote.end + 40].lstrip(_MARK_CHARS + " ")
    return rest[:1].isupper()


def _inside_a_name(quote: QuoteSegments, mentions: list[tuple[Candidate, Cluster]]) -> bool:
    return any(m.start < quote.start and quote.end < m.end and c.kind == "person" for m, c in mentions)


def _reporting(tok: Token) -> bool:
    verbs = rule_words("reporting_verbs")
    return (
        ((tok.lemma_ or tok.lower_) in verbs and tok.pos_ in ("VERB", "") and tok.dep_ != "amod"
         and not _goes_on_doing(tok))
        or tok.lower_ in {"said", "says", "told", "tells", "added", "noted", "stressed"}
        or _according_to(tok)
    )


def _goes_on_doing(verb: Token) -> bool:
    """'would continue to play "a constructive role"': 'continue' with a verb of its own goes
    on doing that, it reports nothing (as '"...," he continued' does)."""
    return verb.lemma_ == "continue" and any(c.dep_ == "xcomp" for c in verb.children)


def _reporting_verb(clause: list[Token], nearest_last: bool = False) -> Token | None:
    """The clause's reporting verb, the one nearest the quote (the last of a clause before it:
    'as suggested by X, Hightower responded, "..."'); 'according to' only when it opens the
    clause next to the quote ('"...," according to X'), not from afar ('a "minor charge" in
    2010, according to X')."""
    verbs = [t for t in (reversed(clause) if nearest_last else clause) if _reporting(t)]
    verbs = [t for t in verbs if not _according_to(t) or t.i == clause[0].i]
    # 'X said in a video posted online that ...': a participle describing a noun is the
    # report's means, not its verb, unless no other verb reports
    chosen = next((t for t in verbs if not _describes_a_noun(t)), verbs[0] if verbs else None)
    return _governing_report(chosen, verbs) if chosen is not None else None


def _governing_report(verb: Token, verbs: list[Token]) -> Token:
    """When `verb` stands in a relative clause or a that-clause, the reporting verb that clause
    hangs under ('told' of 'one resident, who asked not to be named, told the BBC', of 'told
    supporters that the operation would continue'); else `verb` itself ('said, adding ...'
    keeps 'adding')."""
    that_clause = verb.dep_ == "ccomp" and _opened_by_that(verb)
    if verb.dep_ != "relcl" and not that_clause:
        return verb
    return next((a for a in verb.ancestors if a in verbs and not _describes_a_noun(a)), verb)


def _conjoined_clause_after(verb: Token, clause: list[Token]) -> Token:
    """'Zelenskyy urged partners to hurry, and his chief of staff, Andriy Yermak, called the
    strikes "..."': a clause joined to the reporting one, with a subject of its own (a name or
    a noun: 'but he decided not to because, "..."' goes on about the speaker), stands between
    it and the quote; its verb is the one the quote belongs to."""
    later = [
        t
        for t in clause
        if t.i > verb.i
        and t.pos_ == "VERB"
        and t.dep_ == "conj"
        and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in t.children)
        and verb in t.ancestors
    ]
    return later[-1] if later else verb


def _describes_a_noun(verb: Token) -> bool:
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _according_to(tok: Token) -> bool:
    """'according to X': the speaker follows as after 'said'."""
    return tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"


def _clause_after(doc: Doc, char: int) -> list[Token]:
    span = doc.char_span(char, min(_doc_length(doc), char + 1), alignment_mode="expand")
    if span is None:
        return []
    out: list[Token] = []
    for tok in doc[span.start : span.start + 25]:
        if tok.idx < char:
            continue
        if tok.text in _CLOSE_MARKS and not out:
            continue
        if (tok.text in _CLAUSE_END and not abbreviation_dot(doc, tok.i)) or "\n" in tok.text:
            break  # "said Col. John Dorrian": a title's split-off period ends nothing
        out.append(tok)
    return out


def _clause_before(doc: Doc, char: int) -> list[Token]:
    span = doc.char_span(max(0, char - 1), char, alignment_mode="expand")
    if span is None:
        return []
    out: list[Token] = []
    for tok in reversed(doc[max(0, span.start - 40) : span.end]):
        if tok.idx + len(tok.text) > char:
            continue
        if tok.text in _OPEN_MARKS and not out:
            continue
        if (tok.text in _CLAUSE_END and not _abbreviation_end(doc, tok.i)) or "\n" in tok.text:
            break
        out.insert(0, tok)
    return out


def _abbreviation_end(doc: Doc, i: int) -> bool:
    """A period that ends an abbreviation, not a sentence: after a title ('Lt.') or before a
    comma ('of 20E Nordland Ave., "was cooperative"')."""
    return abbreviation_dot(doc, i) or (doc[i].text == "." and i + 1 < len(doc) and doc[i + 1].text == ",")


_CLOSE_MARKS = {"”", '"', "»", ",", "’", "''"}
_MARK_CHARS = "”\"»’'"
_OPEN_MARKS = {"“", '"', "«", ":", ",", "‘", "''", "``", "`"}


def _attribute(
    doc: Doc,
    quote: QuoteSegments,
    mentions: list[tuple[Candidate, Cluster]],
    earlier: list[tuple[int, Cluster]],
) -> tuple[Cluster | None, str | None, list[Token]]:
    """Speaker, reporting verb as written, and the reporting clause's tokens; `earlier`: who
    spoke before the quote, and where."""
    for clause, verb in _reporting_clauses(doc, quote):
        speaker = _speaker_in(clause, verb, mentions, earlier, _reach(doc, quote, clause))
        if speaker is not None:
            return speaker, _verb_text(doc, verb), clause
    return None, None, []


def _governing_speaker(
    doc: Doc,
    quote: QuoteSegments,
    mentions: list[tuple[Candidate, Cluster]],
    pronoun_speaker: Callable[[Token], Cluster | None] | None = None,
) -> tuple[Cluster | None, str | None, list[Token]]:
    """A quote set inside the words of the one who spoke them: 'the ministry condemned what it
    called "a flagrant violation"', 'X urged Pakistan to "take effective measures"', 'HRW said
    in a report that soldiers had "carried out summary executions"'. Up the parse from the
    quote's first word, the first verb of speaking, urging or condemning whose subject is an
    actor named outside the quote gives the speaker; a verb of another kind on the way
    ('arrested a man who "posed a threat"') stops the climb."""
    span = doc.char_span(quote.start, min(quote.end, quote.start + 1), alignment_mode="expand")
    if span is None or not len(span):
        return None, None, []
    tok = span[0]
    for _ in range(_GOVERNING_REACH):
        if tok.dep_ == "acl" and _speech_noun(tok.head):
            tok = tok.head  # 'the claim of X that ships had "intruded"': the claim's clause
        elif tok.dep_ == "relcl" and _said_to_object(tok):
            tok = tok.head.head  # 'told a briefing that the strikes were "..."': a clause told
        elif tok.head is tok or tok.dep_ in ("ROOT", "parataxis", "relcl", "acl", "appos"):
            return None, None, []  # 'a poet whose phrases include "..."': words of whom it describes
        else:
            tok = tok.head
        if _speech_noun(tok):
            owner = _speech_owner(tok, mentions)
            if owner is not None:  # 'the claim of X that ships had "intruded"': X's words
                return owner, None, list(doc[tok.i : tok.i + 1])
            continue
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        if not (_reporting(tok) or tok.lemma_ in _URGING_VERBS or tok.lemma_ in _NAMING_VERBS
                or tok.lemma_ in _JUDGING_VERBS):
            # 'the claim that ships had "intruded"': the clause of a noun of saying goes on up
            claimed = tok.dep_ == "acl" and _speech_noun(tok.head)
            clause_on = tok.dep_ in ("xcomp", "ccomp", "conj", "advcl") or tok.lemma_ in ("be", "have")
            if not (clause_on or claimed):
                return None, None, []
            parallel = _earlier_that_clause(tok)
            if parallel is not None:
                tok = parallel  # '... that X had "..." and that Y had "..."': the first clause's owner
            continue
        naming = tok.lemma_ in _NAMING_VERBS and not _reporting(tok) and tok.lemma_ not in _URGING_VERBS
        if naming and not _names_as_its_subject(tok):
            return None, None, []  # 'a new committee, called the "..."': a participle names a thing
        speaker = _verb_subject_actor(tok, mentions) or _issuer_of_subject(tok, mentions)
        if speaker is None and pronoun_speaker is not None and (pronoun := _subject_pronoun(tok)):
            speaker = pronoun_speaker(pronoun)  # 'He said his forces had expelled "..."'
        if speaker is not None:
            clause = list(doc[tok.i : tok.i + 1])
            return speaker, _verb_text(doc, tok), clause
    return None, None, []


def _issuer_of_subject(verb: Token, mentions: list[tuple[Candidate, Cluster]]) -> Cluster | None:
    """'The statement did not blame the rebels, but said "..."': the actor that issued the
    statement the verb (or the verb it is joined to) has as its subject."""
    issuers = (_statement_issuer(head, mentions) for head in conjoined_heads(verb))
    return next((found for found in issuers if found is not None), None)


def _subject_pronoun(verb: Token) -> Token | None:
    """A 'he' / 'she' subject of the verb or of the verb it is joined to ('He denies ... and
    said in a video that ...')."""
    for head in conjoined_heads(verb):
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if subject.lower_ in _SPEAKING_PRONOUNS else None
    return None


def _said_to_object(clause: Token) -> bool:
    """'told a weekly briefing that the strikes were ...': a clause the parser hung on the
    object of a reporting verb as a relative clause, though 'that' opens it as a complement
    (a relative 'that' is the clause's subject or object, no marker)."""
    return _opened_by_that(clause) and clause.head.dep_ == "dobj" and _reporting(clause.head.head)


def _speech_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lower_ in rule_words("speech_nouns")


def _speech_owner(noun: Token, mentions: list[tuple[Candidate, Cluster]]) -> Cluster | None:
    """Whose claim or remarks a noun of saying are: its possessive ('X's claim') or its 'of'
    or 'by' phrase ('the claim of X', 'remarks by X')."""
    for child in noun.children:
        target = child
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):
            target = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ != "poss":
            continue
        found = next((c for m, c in mentions if m.tok_start <= target.i < m.tok_end), None)
        if found is not None:
            return found
    return None


def _names_as_its_subject(verb: Token) -> bool:
    """A verb of naming speaks for a subject: its own, one it shares after 'and' ('criticized the
    plan and called it "..."'), or the clause's it goes on ('condemned the attacks, calling
    them "..."'); after a comma alone it is a participle naming a thing ('a committee, called
    the "..."')."""
    if any(c.dep_ == "nsubj" for c in verb.children) or verb.tag_ == "VBG":
        return True
    return verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("and", "but")


_GOVERNING_REACH = 6
# verbs whose subject voices the words their complement quotes ('urged X to "..."')
_URGING_VERBS = frozenset(
    {"urge", "charge", "condemn", "demand", "accuse", "describe", "reject", "ask", "vow", "pledge", "appeal"}
)


def _verb_subject_actor(verb: Token, mentions: list[tuple[Candidate, Cluster]]) -> Cluster | None:
    """The actor a mention of which holds the subject of `verb`, or of the verb it is joined
    to ('commended the troops and charged them to ...'), or of the clause a participle without
    a subject goes on ('congratulated the forces, calling the operation ...'); a pronoun gives
    none."""
    for head in conjoined_heads(verb):
        if any(c.dep_ == "auxpass" for c in head.children):
            return None  # 'X was told by her grandfather ...': the subject was spoken to
        author = _statement_author(head, mentions)
        if author is not None:
            return author
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            found = next((c for m, c in mentions if m.tok_start <= subject.i < m.tok_end), None)
            return found or _apposed_actor(subject, mentions)
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head is not verb:
        return _verb_subject_actor(verb.head, mentions)
    return None


def _earlier_that_clause(verb: Token) -> Token | None:
    """'the claim of X that ships had "intruded" and that the CCG had taken "measures"': the
    parser joins the second clause opened by 'that' to the main verb. The head of the first
    such clause before it in the sentence is where the climb to the speaker goes on."""
    if verb.dep_ != "conj" or not _opened_by_that(verb) or _opened_by_that(verb.head):
        return None  # (joined to a clause of its own kind, the parse is right)
    for tok in reversed(verb.doc[verb.sent.start : verb.left_edge.i]):
        if _opened_by_that(tok) and tok.dep_ in ("acl", "ccomp") and tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _opened_by_that(verb: Token) -> bool:
    """A 'that' opens the clause `verb` heads ('that the strikes were ...')."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _statement_author(verb: Token, mentions: list[tuple[Candidate, Cluster]]) -> Cluster | None:
    """'The Imo State Government, in a statement by the Commissioner for Information, Chief
    Ikenna Nwosu, described the attack as "..."': the person the verb's 'in a statement by'
    names speaks for the body that is the subject."""
    documents = rule_words("document_nouns")
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in documents:
                continue
            by = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
            held = {t.i for b in by for t in b.subtree}
            people = {c.key: c for m, c in mentions
                      if c.kind == "person" and any(m.tok_start <= i < m.tok_end for i in held)}
            if len(people) == 1:
                return next(iter(people.values()))
    return None


def _apposed_actor(subject: Token, mentions: list[tuple[Candidate, Cluster]]) -> Cluster | None:
    """'The U.N. peacekeeping mission in Congo, MONUSCO, said': an actor set off beside a
    subject no mention holds names it."""
    apposed = [t.i for t in subject.subtree if t.dep_ == "appos"]
    return next((c for m, c in mentions if any(m.tok_start <= i < m.tok_end for i in apposed)), None)


def _reporting_clauses(doc: Doc, quote: QuoteSegments) -> list[tuple[list[Token], Token]]:
    """The reporting clauses right after and right before the quote, each with its verb. A
    quote closed by a full stop ends its sentence: the words after it open the next one, and a
    verb there that reports something else ('"...." Smith said it remains unclear', '"...."
    He said that ...') does not report the quote."""
    after_char = quote.end + 1 if quote.end < _doc_length(doc) else quote.end
    out = []
    lead = quote.lead if quote.lead is not None else _colon_lead(doc, quote.start)
    clauses: list[tuple[list[Token], bool]] = [(_clause_before(doc, lead), True)]
    if quote.style != "statement":  # 'X said:' leads a statement; what follows it is the story's
        clauses.insert(0, (_clause_after(doc, after_char), False))
    for clause, before in clauses:
        verb = _reporting_verb(clause, nearest_last=before) or (_naming_verb(clause) if before else None)
        if verb is not None and before:
            verb = _conjoined_clause_after(verb, clause)
        if verb is None or _negated(verb) or _of_a_noun(verb):  # 'X would not comment on ...'
            continue
        ends = not before and _ends_sentence(doc, quote)
        if ends and (_reports_a_clause(verb) or _opens_a_quote(doc, clause) or _according_to(verb)):
            continue  # '..."a surrender." According to Roy, Republicans ...': the next sentence's
        if ends and verb.dep_ not in ("ROOT", "parataxis"):
            # '..."ethnic cleansing." Police dispersed events meant to declare ...': a verb that
            # reports the closed quote heads the next sentence ('"...." Smith said.') or stands
            # apart in it ('"...." Ouellette, he said, wanted ...')
            continue
        if not before and _leads_on(doc, clause):
            continue  # '... Daesh. | Minister X added: | I have today ...': the next one's lead
        out.append((clause, verb))
    return out


def _naming_verb(clause: list[Token]) -> Token | None:
    """'X called the bill "a surrender"', 'X branded them "terrorists"': a verb of naming a few
    words before the quote, with a subject of its own, which gives the name X used. Not a
    participle ('a committee, called the "..."'), nor a clause set before the one it leans on
    ('Although he called it "...", Mr. X forecast': 'he' is X, named after)."""
    for tok in reversed(clause[-5:]):
        if tok.pos_ == "VERB" and tok.lemma_ in _NAMING_VERBS:
            has_subject = any(child.dep_ == "nsubj" for child in tok.children)
            return tok if has_subject and tok.dep_ != "advcl" else None
    return None


_NAMING_VERBS = frozenset({"call", "dub", "brand", "label", "term"})


def _leads_on(doc: Doc, clause: list[Token]) -> bool:
    """The clause ends at a colon: it introduces what follows it, not what went before."""
    if not clause:
        return False
    end = clause[-1].i
    return clause[-1].text == ":" or (end + 1 < len(doc) and doc[end + 1].text == ":")


def _colon_lead(doc: Doc, start: int) -> int:
    """Where the clause before a quote ends: right before its opening mark, or, when the quote
    opens a paragraph after one that ends 'X said:', after that colon. Read on tokens (Doc.text
    would build a Token per word for every quote)."""
    mark = doc.char_span(max(0, start - 1), start, alignment_mode="expand")
    if mark is None:
        return start - 1
    i, broken = mark.start - 1, False
    while i >= 0 and (doc[i].is_space or doc[i].text in _OPEN_MARKS) and doc[i].text != ":":
        broken = broken or "\n" in doc[i].text
        i -= 1
    if i >= 0 and doc[i].text == ":" and (broken or "\n" in doc[i].whitespace_):
        return doc[i].idx + 1
    return start - 1


def _reach(doc: Doc, quote: QuoteSegments, clause: list[Token]) -> int:
    """The last token a clause's parse may be read to: the end of the quote that follows it
    ('X said Smith "sketched out ..."'), else the clause's own end."""
    if clause[-1].idx >= quote.start:
        return clause[-1].i
    last = _last_quoted_token(doc, quote)
    return last if last is not None else clause[-1].i


def _last_quoted_token(doc: Doc, quote: QuoteSegments) -> int | None:
    """The token holding the quote's last character (None where no token does)."""
    span = doc.char_span(max(0, quote.end - 1), quote.end, alignment_mode="expand")
    return span.end - 1 if span is not None else None


def _opens_a_quote(doc: Doc, clause: list[Token]) -> bool:
    """'Asked about the price, X said, "...': the clause leads into the next quote."""
    last = clause[-1]
    return last.text in (",", ":") and last.i + 1 < len(doc) and doc[last.i + 1].text in _OPEN_MARKS


def _ends_sentence(doc: Doc, quote: QuoteSegments) -> bool:
    """The quote's last words close with a full stop ('... this year.'), not a comma."""
    last = _last_quoted_token(doc, quote)
    return last is not None and doc[last].text == "." and doc[last].idx < quote.end


def _reports_a_clause(verb: Token) -> bool:
    """'said (that) the town fell', 'continues to receive threats': the verb has a clause of
    its own."""
    return any(child.dep_ in ("ccomp", "xcomp") for child in verb.children)


def _previous_speaker(
    doc: Doc,
    quote: QuoteSegments,
    mentions: list[tuple[Candidate, Cluster]],
    spoken: list[tuple[int, Cluster]],
    quoted: list[tuple[int, int]],
    by_quote: dict[int, Cluster],
) -> tuple[Cluster | None, str | None, list[Token]]:
    """'"...," X said. "More words."' / 'X said the town was calm. "More words."': a quote
    that stands as its own sentence, with no reporting clause of its own, continues the
    speaker of the sentence right before it in the same paragraph. Wire copy goes on over
    paragraphs: a paragraph that is only a quote continues the quote that closed the paragraph
    before ('``...,'' X said.' then '``More words.''')."""
    before = _sentence_before_standalone(doc, quote)
    if before is None:
        return None, None, []
    new_paragraph = "\n" in before.text
    # the sentence's own words: a verb inside its quote ('"... maintaining ...," said X') is not
    # the reporting verb
    clause = [t for t in before if not t.is_space and not _quoted_at(t.idx, quoted)]
    # 'the decision to deny Elian a hearing': an infinitive reports nothing
    verb = next((t for t in clause if _reporting(t) and not _negated(t) and not _of_a_noun(t)), None)
    if clause and verb is None and not new_paragraph:
        return _speaker_goes_on(before, mentions, spoken, quoted), None, []
    if not clause or verb is None:
        return None, None, []
    # the speaker of a quote in that sentence ('"...," the director said. "More."'; the quote
    # may open in the sentence before when the parse splits it), else its subject
    starts = {s for s, e in quoted if s < before.end_char and e > before.start_char}
    # a body speaks on as a person does: '"...," the statement said. "More words."'
    said = [by_quote[at] for at in sorted(starts) if at in by_quote]
    if new_paragraph and not said and not _quote_paragraph(doc, quote):
        return None, None, []  # reported speech carries over a paragraph break only to a quote alone
    earlier = _spoken_before(spoken, before.start_char)
    outside = [(m, c) for m, c in mentions if not _quoted_at(m.start, quoted)]
    speaker = said[-1] if said else _subject_speaker(verb, clause, outside, earlier)
    if new_paragraph and not said and (speaker is None or speaker.kind != "person"):
        return None, None, []  # 'Kiplagat said residents had warned them. | "We saw them ..."'
    return (speaker, _verb_text(doc, verb), clause) if speaker is not None else (None, None, [])


def _quote_paragraph(doc: Doc, quote: QuoteSegments) -> bool:
    """Whether the quote's first segment is its paragraph: marks and spaces alone around it."""
    text = doc_text(doc)  # not Doc.text, which builds a Token per word
    start = text.rfind("\n", 0, quote.start) + 1
    end = text.find("\n", quote.segments[0][1])
    end = len(text) if end < 0 else end
    outside = text[start : quote.segments[0][0]] + text[quote.segments[0][1] : end]
    return all(not ch.isalnum() for ch in outside)


def _sentence_before_standalone(doc: Doc, quote: QuoteSegments) -> Span | None:
    """The sentence before the quote's when the quote opens its sentence (only marks before
    it), else None."""
    span = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    if span is None or span.start == 0 or not doc.has_annotation("SENT_START"):
        return None  # no sentences to read the one before from
    first = doc[span.start]
    sentence = first.sent
    # a backtick of ``...'' is no punctuation to spaCy, but it opens the quote all the same
    opening = doc[sentence.start : first.i]
    if sentence.start == 0 or any(not (t.is_punct or t.text in _OPEN_MARKS) for t in opening):
        return None  # words before the quote in its sentence: not standalone
    # the parser may hang an opening '' on the sentence before: that one is still 'before'
    # (sentences partition the doc: it ends where the quote's sentence starts)
    before = doc[sentence.start - 1].sent
    # '"...," said Brig. | Gen. X, commander of ...': a title's period splits no sentence
    while before.start > 0 and abbreviation_dot(doc, before.start - 1):
        before = doc[doc[before.start - 1].sent.start : before.end]
    return before


def _speaker_goes_on(
    before: Span,
    mentions: list[tuple[Candidate, Cluster]],
    spoken: list[tuple[int, Cluster]],
    quoted: list[tuple[int, int]],
) -> Cluster | None:
    """'"...," Hawkins said. Hawkins wants to avoid furloughs. "That is an option ..."': a
    sentence without a reporting verb, about the person who spoke last (its subject), does not
    end that person's turn."""
    earlier = _spoken_before(spoken, before.start_char)
    last = _last_spoken(earlier, before.start_char)
    subject = next((t for t in before.root.children if t.dep_ in _SUBJECT_DEPS), None)
    if last is None or subject is None or _quoted_at(subject.idx, quoted):
        return None
    if subject.lower_ in _SPEAKING_PRONOUNS:
        return last if _pronoun_speaker(subject, earlier, mentions, before.start_char) is last else None
    named = next((c for m, c in mentions if m.tok_start <= subject.i < m.tok_end), None)
    return last if named is last else None


def _spoken_before(spoken: list[tuple[int, Cluster]], char: int) -> list[tuple[int, Cluster]]:
    """Who spoke before char `char`, and where."""
    return [(at, c) for at, c in spoken if at < char]


def _last_spoken(spoken: list[tuple[int, Cluster]], before: int) -> Cluster | None:
    """Who spoke last before char `before` (the first one listed at the latest place)."""
    return max(((at, c) for at, c in spoken if at < before), default=(0, None), key=lambda ac: ac[0])[1]


def _quoted_at(char: int, quoted: list[tuple[int, int]]) -> bool:
    """Char `char` lies inside a quote's segment."""
    return any(s <= char < e for s, e in quoted)


def _spoken_of(root: Token) -> bool:
    """'comment on Jones', 'Jones's past', 'praised Jones': a person spoken of ('as X told' is
    X speaking)."""
    return root.dep_ == "dobj" or _possessor_or_object(root)


def _possessor_or_object(root: Token) -> bool:
    """'Smith's past', 'a talk about Smith': a possessor or a preposition's object is spoken of
    ('according to Smith', 'as Smith told' and 'by Smith' do speak)."""
    return root.dep_ == "poss" or (root.dep_ == "pobj" and not _speaking_preposition(root.head))


def _of_a_noun(verb: Token) -> bool:
    """'the decision to deny X a hearing': an infinitive that tells what a noun is reports
    nothing ('declined to comment, other than to say' does)."""
    return verb.dep_ == "acl" and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def _negated(verb: Token) -> bool:
    """'X would not comment on ...': no report."""
    return any(child.dep_ == "neg" for child in verb.children)


def _subject_speaker(
    verb: Token,
    clause: list[Token],
    mentions: list[tuple[Candidate, Cluster]],
    earlier: list[tuple[int, Cluster]],
) -> Cluster | None:
    """The one who speaks in a sentence of reported speech: the verb's subject ('X said ...',
    'he said'), or the name right after it ('said X'); not a person spoken of ('... on Jones')."""
    subjects = {t.i for t in verb.children if t.dep_ in _SUBJECT_DEPS}
    in_clause = [verb.doc[i] for i in sorted(subjects) if clause[0].i <= i <= clause[-1].i]
    pronoun = next((t for t in in_clause if t.lower_ in _SPEAKING_PRONOUNS), None)
    if pronoun is not None:
        return _pronoun_speaker(pronoun, earlier, mentions, clause[0].idx)
    for m, c in mentions:
        if c.kind != "person" or not clause[0].i <= m.tok_start <= clause[-1].i:
            continue
        if subjects & set(range(m.tok_start, m.tok_end)) or m.tok_start == verb.i + 1:
            return c
    if subjects:
        return None  # someone the article does not name as an actor ('Plants said ...')
    # the parse may miss the subject ('as Chairman X told .'): the nearest person not governed
    # by a preposition ('... on Jones'')
    found = _speaker_in(clause, verb, mentions, earlier)
    if found is None or found.kind != "person":
        return found
    spoken_of = any(
        c is found and _spoken_of(verb.doc[m.tok_start : m.tok_end].root)
        for m, c in mentions
        if clause[0].i <= m.tok_start <= clause[-1].i
    )
    return None if spoken_of else found


def _role_speaker(
    doc: Doc,
    quote: QuoteSegments,
    mentions: list[tuple[Candidate, Cluster]],
    clusters: dict[str, Cluster],
) -> tuple[Cluster | None, str | None, list[Token]]:
    """'"...," the mayor said', 'the ministry's spokesman told AFP: "..."': a definite role
    noun next to the reporting verb speaks. It is the one person the article gives that role
    (several such people: unsettled); with none, an unnamed speaker of that role, who belongs
    to the body the description names ('the SDF commander', 'the spokesman for the SDF')."""
    for clause, verb in _reporting_clauses(doc, quote):
        found = _role_phrase_at(doc, verb, clause)
        if found is None:
            plural = _plural_speakers_before(doc, verb, clause[0].i)
            if plural is not None:  # 'witnesses told Reuters', 'Kurdish officials said'
                return _unnamed(doc, *plural, mentions, clusters), _verb_text(doc, verb), clause
            continue
        start, noun, end = found
        recent = _unnamed_after_holders(doc, clusters, noun.lower_, start)
        if recent is not None:
            _add_description(doc, start, end, recent)
            return recent, _verb_text(doc, verb), clause
        holders = _role_holders(clusters, noun.lower_)
        if len(holders) > 1:
            narrowed = _holders_of_modifiers(doc[start + 1 : noun.i], holders)
            if narrowed is None:
                return None, None, []
            return narrowed, _verb_text(doc, verb), clause
        return _described_speaker(doc, start, noun, end, mentions, clusters), _verb_text(doc, verb), clause
    return None, None, []


def _holders_of_modifiers(modifiers: Span, holders: list[Cluster]) -> Cluster | None:
    """'the National Commissioner' after 'National Commissioner of Police X' and 'Assistant
    Commissioner Y': of several holders of the role's noun, the one whose role holds every word
    that qualifies the noun; None when the words fit several or none ('the commissioner')."""
    words = {t.lower_ for t in modifiers if t.is_alpha}
    if not words:
        return None
    fitting = [h for h in holders if any(words <= set(r.lower().replace("-", " ").split()) for r in h.roles)]
    return fitting[0] if len(fitting) == 1 else None


def _described_speaker(
    doc: Doc,
    start: int,
    noun: Token,
    end: int,
    mentions: list[tuple[Candidate, Cluster]],
    clusters: dict[str, Cluster],
) -> Cluster | None:
    """Who the role description on tokens start..end is, given at most one named holder of the
    role: that person; else the unnamed person the noun last described ('A senior Iraqi
    official ... the official said'); else a new unnamed speaker."""
    holders = _role_holders(clusters, noun.lower_)
    if not holders and doc[start].lower_ == "the":
        holders = _unnamed_holders(doc, clusters, noun.lower_, start)
        if len(holders) == 1:
            _add_description(doc, start, end, holders[0])
    return holders[0] if len(holders) == 1 else _unnamed(doc, start, end, mentions, clusters)


def add_reporting_descriptions(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """'The head of the country's counter-terrorism operations said retaking the area was a
    victory', 'the army's spokesman said': a definite description of an office that is the
    subject of a reporting verb speaks without quotation marks too. When no named person holds
    the role, it is the unnamed person the noun described before ('an Iraqi official ... the
    official said'), else a new unnamed speaker if the description says whose office it is (a
    phrase after the noun or a possessive: 'the lawmaker said', 'the Cuban leader said' are
    most often someone the article names with other words)."""
    verbs = _reporting_verbs_at(doc)
    if not verbs:
        return
    mentions = _mentions_in_order(clusters)
    for verb in verbs:
        sent = verb.sent
        found = _role_phrase_at(doc, verb, [sent[0], sent[-1]])
        if found is None:
            continue
        start, noun, end = found
        if noun.dep_ != "nsubj" or noun.head.i != verb.i or noun.lower_ not in rule_words("role_heads"):
            continue
        if _role_holders(clusters, noun.lower_):
            continue  # a named holder is found by the roles' own anaphora
        span = doc[start:end]
        people = (m for m, c in mentions if c.kind == "person")
        if any(m.start < span.end_char and span.start_char < m.end for m in people):
            continue  # someone already
        earlier = _unnamed_holders(doc, clusters, noun.lower_, start) if doc[start].lower_ == "the" else []
        if len(earlier) == 1:
            _add_description(doc, start, end, earlier[0])
            earlier[0].confirmed = True
        elif end > noun.i + 1 or any(t.text in _S_POSSESSIVES for t in doc[start : noun.i]):
            speaker = _unnamed(doc, start, end, mentions, clusters)
            if speaker is not None:
                speaker.confirmed = True


def _reporting_verbs_at(doc: Doc) -> list[Token]:
    """The verbs of reporting in the doc (read from its lemma array: no Token for the rest)."""
    from spacy.attrs import LEMMA, POS
    from spacy.symbols import VERB

    lemmas = {doc.vocab.strings[w] for w in rule_words("reporting_verbs")}
    verb = int(VERB)
    rows = doc.to_array([LEMMA, POS])
    return [doc[i] for i, (lemma, pos) in enumerate(rows.tolist()) if lemma in lemmas and pos == verb]


def _plural_speakers_before(doc: Doc, verb: Token, first: int) -> tuple[int, int] | None:
    """Token range of 'witnesses', 'two Kurdish officials', 'local residents' right before the
    reporting verb: a plural speaker noun with modifiers and no article (an unnamed group)."""
    noun = doc[verb.i - 1] if verb.i - 1 >= first else None
    if noun is None or noun.tag_ != "NNS" or noun.lemma_.lower() not in _speaker_nouns():
        return None
    start = noun.i
    # 'Egyptian security sources': a noun that qualifies the speakers is one of the modifiers
    while start - 1 >= first and verb.i - start < 5 and _modifies_speakers(doc[start - 1]):
        start -= 1
    if start - 1 >= first and doc[start - 1].pos_ not in ("PUNCT", "CCONJ", "ADV", "SCONJ"):
        return None  # 'the officials', 'his relatives': someone else's description
    return start, noun.i + 1


def _modifies_speakers(tok: Token) -> bool:
    return tok.pos_ in ("ADJ", "NUM", "PROPN") or (tok.pos_ == "NOUN" and tok.dep_ == "compound")


def _role_phrase_at(doc: Doc, verb: Token, clause: list[Token]) -> tuple[int, Token, int] | None:
    """Token range and head noun of 'the [modifiers] ROLE [for/of/at X]' just before the verb
    or right after it ('said the mayor'; never after 'told': that is who was told)."""
    first, last = clause[0].i, clause[-1].i
    nouns = _speaker_nouns()
    noun_at = _before_relative_clause(doc, verb.i - 1, first)
    if noun_at >= first and doc[noun_at].lower_ in nouns:
        found = _definite_before(doc, noun_at, first)
        if found is not None:
            return found, doc[noun_at], noun_at + 1
    for at in range(verb.i - 2, max(first, verb.i - _PHRASE_REACH) - 1, -1):
        # 'the spokesman for the ministry said': a short prepositional phrase before the verb
        # ('the head of the agency': 'head' is a role with its phrase)
        noun = doc[at].lower_
        if (noun in nouns or noun in _ROLE_WITH_PHRASE) and doc[at + 1].lower_ in _ROLE_PREPOSITIONS:
            start = _definite_before(doc, at, first)
            tail = doc[at + 2 : verb.i]
            if start is not None and not any(_ends_a_role_phrase(t) for t in tail):
                return start, doc[at], verb.i
            break
    after = verb.i + 2 if _according_to(verb) else verb.i + 1  # 'according to the mayor'
    if verb.lower_ in _TELLING or after + 1 > last:
        return None
    if doc[after].lower_ != "the":
        return None
    for at in range(after + 1, min(last + 1, after + _MODIFIER_REACH + 1)):
        tok = doc[at]
        following = doc[at + 1] if at < last else None
        compound = following is not None and (following.text in _S_POSSESSIVES or following.pos_ == "NOUN")
        if tok.lower_ in nouns and tok.pos_ in ("NOUN", "PROPN") and not compound:
            # 'said the mayor's office': the office speaks, not the mayor
            return after, tok, _role_tail(doc, at + 1, last)
        if tok.text == "-":
            continue  # 'the 20-year-old resident': an age is a modifier
        if tok.pos_ not in _MODIFIER_TAGS or (tok.is_punct and tok.text not in _S_POSSESSIVES):
            return None
    return None


def _before_relative_clause(doc: Doc, at: int, first: int) -> int:
    """'the official, who spoke on condition of anonymity, told': the token before a relative
    clause set off by commas that ends at token `at`; else `at`."""
    if at < first or doc[at].text != ",":
        return at
    opening = next((k for k in range(at - 1, max(first, at - 14) - 1, -1) if doc[k].text == ","), None)
    if opening is None or opening + 1 >= at or doc[opening + 1].lower_ not in ("who", "whose"):
        return at
    return opening - 1


_ROLE_PREPOSITIONS = {"for", "of", "at", "with", "from", "in"}
# tokens from a role noun to its verb: "the head of the country's counter-terrorism operations"
_PHRASE_REACH = 10


def _ends_a_role_phrase(tok: Token) -> bool:
    """A verb, a pronoun or punctuation (not a hyphen inside a word) ends 'the spokesman for X'."""
    return tok.pos_ in ("VERB", "AUX", "PRON") or (tok.is_punct and tok.text != "-")
# tokens from 'the' to the role noun: 'the 20-year-old Camarillo resident' is eight
_MODIFIER_REACH = 8
_ARTICLES = {"the", "a", "an"}
_MODIFIER_TAGS = {"ADJ", "NOUN", "PROPN", "PART", "NUM"}
_TAIL_TAGS = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}


def _definite_before(doc: Doc, noun: int, first: int) -> int | None:
    """Start of 'the ... NOUN' when the noun's modifiers run back to 'the' (or a possessive
    name: 'the ministry's spokesman'); None for 'a/an' (those are found elsewhere) or no article."""
    if doc[noun].pos_ not in ("NOUN", "PROPN"):
        return None
    at = noun - 1
    while at >= first and noun - at <= _MODIFIER_REACH:
        tok = doc[at]
        if tok.lower_ == "the":
            return at
        if tok.text in _S_POSSESSIVES and _named_possessor(doc, at - 1, first):
            return at - 1  # "Kopp's stepmother said": a name's possessive makes it definite
        if tok.pos_ not in _MODIFIER_TAGS and tok.text not in (*_S_POSSESSIVES, "-"):
            return None
        at -= 1
    return None


def _named_possessor(doc: Doc, at: int, first: int) -> bool:
    """Token `at` is a lone capitalised name (not 'the ministry', read on to its 'the', nor
    a longer name: 'the Justice Department's' has its own article)."""
    return (
        at >= first
        and doc[at].pos_ == "PROPN"
        and doc[at].is_title
        and (at == first or doc[at - 1].pos_ not in ("PROPN", "DET", "ADJ", "NOUN"))
    )


def _role_tail(doc: Doc, at: int, last: int) -> int:
    """End of 'said the mayor [of Baghuz]': one short prepositional phrase, no verb, no comma."""
    if at > last or doc[at].lower_ not in _ROLE_PREPOSITIONS:
        return at
    end = at + 1
    while end <= min(last, at + 5) and doc[end].pos_ in _TAIL_TAGS and not doc[end].is_punct:
        end += 1
    return end if end > at + 1 else at


def _role_holders(clusters: dict[str, Cluster], noun: str) -> list[Cluster]:
    """Named people whose role has this noun as a word ('Pentagon spokesman', 'Mayor')."""
    nouns = _SAME_ROLE.get(noun, {noun})
    out = []
    for cluster in clusters.values():
        if cluster.kind != "person" or cluster.anonymous or cluster.key.startswith("role:"):
            continue
        if any(nouns & set(role.lower().replace("-", " ").split()) for role in cluster.roles):
            out.append(cluster)
    return out


def _unnamed_after_holders(doc: Doc, clusters: dict[str, Cluster], noun: str, start: int) -> Cluster | None:
    """'Kim Yo Jong, a senior official of the ruling party, ...' then 'A South Korean military
    official ... told AP' then '"...," the official said': the unnamed person the noun last
    described, after every named holder of the role was last named, is whom 'the official'
    takes up."""
    if doc[start].lower_ != "the":
        return None
    holders = _role_holders(clusters, noun)
    unnamed = _unnamed_holders(doc, clusters, noun, start)
    at = doc[start].idx
    if holders and unnamed and all(unnamed_described_since(clusters, h, at, noun) for h in holders):
        return unnamed[0]
    return None


def _unnamed_holders(doc: Doc, clusters: dict[str, Cluster], noun: str, start: int) -> list[Cluster]:
    """The unnamed person last described by this noun before token `start`: 'A senior Iraqi
    official ... said' and later '"...," the official said' are one speaker, unless the noun
    describes someone else between them ('Another highly placed source said ...')."""
    nouns = _SAME_ROLE.get(noun, {noun})
    last: dict[int, Cluster] = {}
    for c in clusters.values():
        if c.kind == "person" and c.anonymous and _description_head(c.name) in nouns:
            ends = [m.tok_end for m in c.mentions if m.tok_end <= start]
            if ends:
                last[max(ends)] = c
    if not last:
        return []
    end = max(last)
    return [] if any(t.lower_ in nouns for t in doc[end:start]) else [last[end]]


def _description_head(description: str) -> str:
    """The noun a description of a person is about: 'senior Iraqi official', 'official with the
    Israeli military' (the words before its first preposition end with it)."""
    words = description.lower().split()
    cut = next((i for i, w in enumerate(words) if w in _DESCRIPTION_PREPOSITIONS and i > 0), len(words))
    return words[cut - 1]


_DESCRIPTION_PREPOSITIONS = frozenset({"with", "for", "at", "of", "in", "from", "on", "to", "who"})
# one role, several words: 'the spokesman' may be a 'spokesperson for the coalition'
_SAME_ROLE = {word: set(SPOKES_NOUNS) for word in SPOKES_NOUNS}


def _unnamed(
    doc: Doc,
    start: int,
    end: int,
    mentions: list[tuple[Candidate, Cluster]],
    clusters: dict[str, Cluster],
) -> Cluster | None:
    """The unnamed speaker the description names, one actor per description in an article."""
    from ..normalizers.names import clean, name_key
    from .actors import Cluster

    span = doc[start:end]
    # a person named inside is the speaker's name, not an unnamed speaker; not the possessor
    # opening it: "Kopp's mother" is someone else
    people = [m for m, c in mentions if c.kind == "person"]
    inside = [m for m in people if m.start < span.end_char and span.start_char < m.end]
    if any(not _possessor_at(doc, m, start) for m in inside):
        return None
    description = clean(doc[start + (doc[start].lower_ in _ARTICLES) : end].text)
    key = f"anon:{name_key(description)}"
    cluster = clusters.get(key)
    if cluster is None:
        cluster = clusters[key] = Cluster(key, description, "person", anonymous=True)
        cluster.affiliation = _affiliation(doc, span, mentions)
    _add_description(doc, start, end, cluster)
    return cluster


def _possessor_at(doc: Doc, mention: Candidate, start: int) -> bool:
    """The mention opens the description at `start` in the possessive ("Kopp's mother")."""
    after = mention.tok_end
    return mention.tok_start == start and after < len(doc) and doc[after].text in _S_POSSESSIVES


def _add_description(doc: Doc, start: int, end: int, cluster: Cluster) -> None:
    """The description on tokens start..end is a mention of the unnamed speaker `cluster`."""
    from .actor_resolve import Candidate

    span = doc[start:end]
    rule, key, name = "role_speaker", cluster.key, cluster.name
    mention = Candidate(span.start_char, span.end_char, start, end, rule, key, name, "person", anonymous=True)
    if not any((m.start, m.end) == (mention.start, mention.end) for m in cluster.mentions):
        cluster.mentions.append(mention)


def _affiliation(doc: Doc, span: Span, mentions: list[tuple[Candidate, Cluster]]) -> str | None:
    """The body a description names ('the SDF commander', 'the spokesman for the SDF'), else the
    state of its demonym ('the Iraqi official')."""
    inside = [c for m, c in mentions if span.start_char <= m.start and m.end <= span.end_char]
    body = next((c for c in inside if c.kind != "person" and not c.anonymous), None)
    if body is not None:
        return body.key
    from ..components.actors import REGISTRY_KEY
    from ..components.registry import load_registry

    registry = doc.user_data.get(REGISTRY_KEY) or load_registry()
    state = next((registry.demonyms.get(t.text) for t in span if t.text in registry.demonyms), None)
    return f"reg:{state}" if state else None


@cache
def _speaker_nouns() -> frozenset[str]:
    """Nouns naming who speaks: the unnamed-speaker nouns and the heads of role phrases."""
    return frozenset(w for w in person_nouns() if " " not in w) - _NOT_SPEAKERS


# 'the head of ...' is a role only with its phrase; 'commanding' is no noun; 'the Kanawha
# County Republican said' takes up a named lawmaker, no unnamed one
_ROLE_WITH_PHRASE = {"head", "member", "chair"}
_NOT_SPEAKERS = {*_ROLE_WITH_PHRASE, "commanding", "democrat", "republican"}


def _clause_date(ctx: Context, clause: list[Token], verb: str | None) -> str | None:
    """The date named in the reporting clause ('..., Bali said on Monday'; 'On March 4, Bali
    told reporters: ...'), the one nearest the reporting verb when there are several."""
    if not clause or verb is None:
        return None
    start, end = clause[0].idx, clause[-1].idx + len(clause[-1].text)
    # a date that says when: not how long or how often ('who travels to 30 shows a year')
    owners = [
        o for o in ctx.owners_in("point_dates", start, end) if not _in_relative_clause(ctx.doc, o, start)
    ]
    if not owners:
        return None
    at = next((t.idx for t in clause if _reporting(t)), start)
    return min(owners, key=lambda o: (abs(o[0] - at), o[0]))[2]


def _in_relative_clause(doc: Doc, owner: tuple[int, int, str], clause_start: int) -> bool:
    """'said Bali, who arrived on Monday': a date in a relative clause (inside the reporting
    clause) dates something else."""
    span = doc.char_span(owner[0], owner[1], alignment_mode="expand")
    if span is None:
        return False
    path = [span.root, *(t for t in span.root.ancestors if t.idx >= clause_start)]
    return any(t.dep_ in ("relcl", "acl") for t in path)


def _speaker_in(
    clause: list[Token],
    verb: Token,
    mentions: list[tuple[Candidate, Cluster]],
    earlier: list[tuple[int, Cluster]],
    reach: int | None = None,
) -> Cluster | None:
    """Who speaks in a reporting clause; `reach`: the last token its parse may be read to (the
    end of the quote the clause opens, else the clause's own end)."""
    start_i, reach = clause[0].i, clause[-1].i if reach is None else reach
    start, end = clause[0].idx, clause[-1].idx + len(clause[-1].text)
    inside = [(m, c) for m, c in mentions if start <= m.start and m.end <= end]
    if _unnamed_relative_subject(verb, inside):
        return None  # 'X criticized those who say "..."': they speak, not X
    # The addressee of "told" is not the speaker: "a SDF fighter told Rudaw", nor the one a
    # pronoun speaking to them stands for ('"...," she told Kotzer').
    addressees = {id(c) for m, c in inside if _right_after(verb, m, _TELLING)}
    inside = [(m, c) for m, c in inside if id(c) not in addressees]
    # a clause leading into the quote may share a subject named before an earlier quote
    before_quote = reach > clause[-1].i
    sharer = _shared_subject_mention(verb, clause, inside, mentions if before_quote else [])
    if sharer is not None:
        return sharer
    holder = _role_subject_holder(verb, inside)
    if holder is not None:
        return holder
    authors = _authors(verb, inside)  # the owner of 'the SDF's statement' is no one spoken of
    set_off = _set_off_subject(verb, inside)
    inside = _not_spoken_of(inside, verb, start_i, reach)
    people = [(m, c) for m, c in inside if c.kind == "person"]
    near = [t for t in clause if abs(t.i - verb.i) == 1]
    pronoun = next((t for t in near if _speaking_pronoun(t, verb)), None)
    if pronoun is not None and not any(m.tok_end == verb.i or m.tok_start == verb.i + 1 for m, _ in people):
        # "he said", "He stressed that the group ...": the pronoun is the subject
        found = _body_pronoun_subject(pronoun, mentions) or _pronoun_speaker(
            pronoun, earlier, mentions, clause[0].idx
        )
        return None if found is not None and id(found) in addressees else found
    # An organisation speaks only from next to the verb ("the SDF said", "said the SDF");
    # one buried in a role phrase ("the head of SDF Press Office said") is not the speaker.
    first = verb.i + (2 if _according_to(verb) else 1)  # 'said [the] SDF', 'according to [the] SDF'
    orgs = [
        (m, c)
        for m, c in inside
        if m.tok_end == verb.i
        or (m.tok_start in (first, first + 1) and not (_subject_of_another(verb, m) or _object_of(verb, m)))
        # 'COGAT, the Israeli defence ministry body that ..., said that "..."': a clause leading
        # into its quote (one after a quote may start the next sentence's report)
        or (before_quote and _subject_of(verb, m))
    ]
    pool = _outermost(people or orgs or authors)
    if pool:
        return min(pool, key=lambda mc: abs(mc[0].start - verb.idx))[1]
    it = next((t for t in near if t.lower_ == "it" and t.dep_ in _SUBJECT_DEPS and t.head.i == verb.i), None)
    if it is not None:
        return _body_pronoun_subject(it, mentions) or _body_before(it, mentions)
    issuer = _statement_issuer(verb, mentions)
    if issuer is not None:
        return issuer
    pronoun = _pronoun_subject(verb, clause)
    if pronoun is not None:
        return _pronoun_speaker(pronoun, earlier, mentions, clause[0].idx)
    return set_off


def _role_subject_holder(verb: Token, inside: list[tuple[Candidate, Cluster]]) -> Cluster | None:
    """'said ICRC head of delegation Francois Moreillon': the verb's subject is a role noun
    with 'of' and one or two small-letter nouns, and the name right after them holds the
    role (the title shape the roles stage reads, office_noun_before); that person speaks, not
    the body before the noun (the parse hangs the name on 'of')."""
    doc = verb.doc
    for noun in verb.children:
        if noun.dep_ != "nsubj":
            continue
        for m, c in inside:
            # the noun stands before 'of' and its nouns, not right before the name
            office = noun.i < m.tok_start - 1 and office_noun_before(doc, m.tok_start) == noun.i
            if c.kind == "person" and office and m.tok_end == noun.right_edge.i + 1:
                return c
    return None


def _set_off_subject(verb: Token, inside: list[tuple[Candidate, Cluster]]) -> Cluster | None:
    """'Asked whether ..., a senior rebel commander, speaking on condition of anonymity because
    he was not authorised to talk, said: "..."': a verb the parse left without a subject is
    said by the one person named right before a part set off by commas that runs up to it."""
    doc = verb.doc
    if any(t.dep_ in _SUBJECT_DEPS for t in verb.children) or verb.i < 1 or doc[verb.i - 1].text != ",":
        return None
    before = [(m, c) for m, c in inside if c.kind == "person" and m.tok_end < verb.i]
    if not before:
        return None
    last, cluster = max(before, key=lambda mc: mc[0].tok_end)
    if doc[last.tok_end].text != ",":
        return None
    return cluster


def _shared_subject_mention(
    verb: Token,
    clause: list[Token],
    inside: list[tuple[Candidate, Cluster]],
    mentions: list[tuple[Candidate, Cluster]],
) -> Cluster | None:
    """'Hezbollah identified the commander as Taleb Abdullah and said he had been "martyred"':
    a reporting verb with no subject of its own speaks for the named subject of the verb it
    is conjoined to, not for a name that verb's object holds. Given `mentions` (a clause that
    leads into its quote), also across an earlier quote of its sentence ('Hezbollah called the
    killing "..." and said it "..."'); a clause after its quote reports the next one."""
    if any(t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN") for t in verb.children):
        return None  # 'meant to declare the city "the capital ..."': a naming, its subject its own
    subject = _shared_subject(verb, clause, past_report=False, sentence=bool(mentions))
    if subject is None:
        return None
    pool = inside if clause[0].i <= subject.i else mentions
    return next((c for m, c in pool if m.tok_start <= subject.i < m.tok_end), None)


def _body_before(it: Token, mentions: list[tuple[Candidate, Cluster]]) -> Cluster | None:
    """'UNRWA said it was not let in. "We waited for nine hours," it said.': 'it' speaks for the
    body (not a person) that is the subject of the sentence right before; one that is no
    actor's ('The report was released. "...," it said') gives no one."""
    doc = it.doc
    sentence = it.sent
    if sentence.start == 0:
        return None
    return _subject_actor(doc[sentence.start - 1].sent, [(m, c) for m, c in mentions if c.kind != "person"])


def _statement_issuer(verb: Token, mentions: list[tuple[Candidate, Cluster]]) -> Cluster | None:
    """'X said in a statement that ... "...," the statement said': 'the statement' (a document
    noun with 'the' and no owner) is the latest one an actor was said to issue before, in this
    paragraph or the two before it: that actor speaks. None when no sentence says whose it is."""
    subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in rule_words("document_nouns"):
        return None
    if [t.lower_ for t in subject.children if t.dep_ == "det"] != ["the"] or any(
        t.dep_ == "poss" for t in subject.children
    ):
        return None
    doc = verb.doc
    text = doc_text(doc)  # not Doc.text, which builds a Token per word
    # this paragraph and the two before it (the latest statement named is the one meant)
    floor = subject.idx
    for _ in range(3):
        floor = text.rfind("\n\n", 0, max(0, floor))
    for tok in reversed(doc[: subject.left_edge.i]):
        if tok.idx < floor:
            break
        if tok.lemma_.lower() == subject.lemma_.lower():
            # 'said in a statement', 'issued a statement': the verb one or two steps up
            heads = [tok.head, tok.head.head]
            issuing = next((h for h in heads if _reporting(h) or h.lemma_ in _ISSUING), None)
            if issuing is None and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB":
                issuing = tok.head.head  # 'In a statement, X accused police of ...': any verb's deed
            if issuing is None:
                return None
            # 'A, B and C said in a joint statement': no one of them speaks alone
            subjects = [t for t in tok.sent.root.children if t.dep_ in _SUBJECT_DEPS]
            if any(c.dep_ == "conj" for t in subjects for c in t.children):
                return None
            # the issuing verb's own subject first: 'The blast struck a patrol, the army said in a
            # statement' is the army's, not the blast's
            return (
                _verb_subject_actor(issuing, mentions)
                or _actor_right_before(issuing, mentions)
                or _subject_actor(tok.sent, mentions)
            )
    return None


def _actor_right_before(verb: Token, mentions: list[tuple[Candidate, Cluster]]) -> Cluster | None:
    """'..., the Directorate of Information of the Armed Forces (DIRPA) said in a statement':
    an actor named right before the verb, nothing but punctuation between (the parser may hang
    it elsewhere)."""
    doc = verb.doc
    for m, c in reversed(mentions):
        if m.tok_end <= verb.i:
            between = doc[m.tok_end : verb.i]
            return c if all(t.is_punct for t in between) and len(between) <= 2 else None
    return None


_ISSUING = frozenset({"issue", "release", "publish"})


def _subject_of_another(verb: Token, mention: Candidate) -> bool:
    """'said the United States is "striking a blow ..."': the body after the verb opens the
    reported clause as its subject; it does not speak."""
    root = _root_of(verb.doc, mention)
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.i != verb.i


def _subject_of(verb: Token, mention: Candidate) -> bool:
    """The mention is the verb's own subject, however far from it an apposition sets it."""
    root = _root_of(verb.doc, mention)
    if root.dep_ == "appos":
        root = root.head  # "The ship's manager, Poseidon Bulk Carriers, told ...": the noun it names
    return root.dep_ == "nsubj" and root.head.i == verb.i


def _root_of(doc: Doc, mention: Candidate) -> Token:
    return doc[mention.tok_start : mention.tok_end].root


def _object_of(verb: Token, mention: Candidate) -> bool:
    """'urged American citizens to leave "as soon as possible"': the body after the verb is
    its object, whom it addresses; it does not speak."""
    root = _root_of(verb.doc, mention)
    return root.dep_ == "dobj" and root.head.i == verb.i


def _authors(verb: Token, inside: list[tuple[Candidate, Cluster]]) -> list[tuple[Candidate, Cluster]]:
    """'An SDF statement said', "the ministry's statement said", 'a Pentagon release said': the
    body or person whose document is the verb's subject (data/actor_rules.json document_nouns)."""
    subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in rule_words("document_nouns"):
        return []
    first = subject.left_edge.i
    return [(m, c) for m, c in inside if first <= m.tok_start and m.tok_end <= subject.i]


def _unnamed_relative_subject(verb: Token, inside: list[tuple[Candidate, Cluster]]) -> bool:
    """The reporting verb opens a relative clause whose 'who' stands for no actor of the text:
    'those who say', 'critics who claim'."""
    relative = any(t.dep_ == "nsubj" and t.lower_ in ("who", "that") for t in verb.children)
    if verb.dep_ != "relcl" or not relative:
        return False
    owner = verb.head
    return not any(m.tok_start <= owner.i < m.tok_end for m, _ in inside)


def _body_pronoun_subject(pronoun: Token, mentions: list[tuple[Candidate, Cluster]]) -> Cluster | None:
    """'it' of 'the ministry condemned what it called "..."': a body's pronoun under a verb
    whose subject is a body named before it is that body (as 'he' is a person: _governing_subject)."""
    return _governing_subject(pronoun, mentions, bodies=True) if pronoun.lower_ in ("it", "they") else None


def _not_spoken_of(
    inside: list[tuple[Candidate, Cluster]], verb: Token, first: int, reach: int
) -> list[tuple[Candidate, Cluster]]:
    """The clause's mentions less the people and bodies it speaks of ('the FBI says Smith is
    ...'); one right before the verb (or before a place of origin there: 'Lord Ahmad of
    Wimbledon added') is its subject however the parse reads a title before the name ('as
    Chairman of the Committee John Smith told')."""
    doc = verb.doc
    roots = {(m.start, m.end): doc[m.tok_start : m.tok_end].root for m, _ in inside}
    return [
        (m, c)
        for m, c in inside
        if (_from_place_end(doc, m.tok_end) == verb.i and not doc[verb.i - 1].is_punct)
        or (c.kind == "person" and (_title_run_after(verb, m) or _named_alone_after(verb, m)))
        or not _spoken_of_in(verb, roots[m.start, m.end], first, reach)
    ]


def _named_alone_after(verb: Token, mention: Candidate) -> bool:
    """'said Pieter van den Berg.', 'says Jan de Vries, an aid worker': a name right after the
    verb that closes the clause is its subject, however the parse reads the name's particles
    (not 'said Smith was wrong')."""
    doc = verb.doc
    closes = mention.tok_end >= len(doc) or doc[mention.tok_end].text in (",", ".", ";", "—", "–")
    return mention.tok_start == verb.i + 1 and closes


def _title_run_after(verb: Token, mention: Candidate) -> bool:
    """'said UN High Commissioner for Human Rights Volker Türk': only a title's words (capitalised,
    or 'for', 'of', 'the', 'and') stand between the verb and the name, whatever the parse makes
    of the title's preposition."""
    doc = verb.doc
    between = doc[verb.i + 1 : mention.tok_start]
    return (
        0 < len(between) <= 10
        and between[0].text[:1].isupper()  # not 'said of the cardinal's sermon'
        and all(t.text[:1].isupper() or t.lower_ in ("for", "of", "the", "and", "-", ".") for t in between)
    )


def _from_place_end(doc: Doc, end: int) -> int:
    """Past a one-word place of origin or title right after a name ('Lord Ahmad | of Wimbledon
    said', 'John Smith | of Akron said'): the token after it; else `end` itself."""
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].pos_ == "PROPN":
        return end + 2
    return end


def _pronoun_subject(verb: Token, clause: list[Token]) -> Token | None:
    """A 'he' / 'she' that speaks when no name does: within two words of the verb ('he then
    said'), else the subject of the verb the reporting verb goes on from ('he declined ..., but
    said')."""
    neighbours = [t for t in clause if abs(t.i - verb.i) <= 2 and t.lower_ in _PRONOUNS]
    if neighbours and _speaking_pronoun(neighbours[0], verb):
        return neighbours[0]
    shared = _shared_subject(verb, clause)
    return shared if shared is not None and shared.lower_ in _SPEAKING_PRONOUNS else None


def _speaking_pronoun(tok: Token, verb: Token) -> bool:
    """'he said', 'said he': not the subject of the clause the verb reports ('X said he would')."""
    return tok.lower_ in _SPEAKING_PRONOUNS and (tok.i < verb.i or tok.head.i == verb.i)


def _shared_subject(
    verb: Token, clause: list[Token], past_report: bool = True, sentence: bool = False
) -> Token | None:
    """'he declined to give details, but said: ...', 'He went on to add that ...', 'She urged
    them to stay, saying, "..."': the subject of the verb the reporting verb is conjoined to,
    completes or modifies (a few steps up: 'urged them not to surrender ..., saying'), when it
    has none of its own. It must stand in the clause, or with `sentence` before it in the
    verb's sentence."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in _SHARING or any(t.dep_ in _SUBJECT_DEPS for t in tok.children):
            return None
        tok = tok.head
        subject = next((t for t in tok.children if t.dep_ == "nsubj"), None)
        if subject is not None and tok.dep_ == "ccomp" and _reporting(tok.head):
            # 'He said the segment could grow, adding: ...': the parse hangs 'adding' on the
            # reported clause; the one who adds is whoever said it. Without `past_report`
            # that reading is left open: 'X said Y had been calling them, telling them ...'
            if not past_report:
                return None
            subject = next((t for t in tok.head.children if t.dep_ == "nsubj"), subject)
        if subject is not None:
            earlier = sentence and verb.sent.start <= subject.i < clause[0].i
            return subject if earlier or clause[0].i <= subject.i <= clause[-1].i else None
    return None


_SHARING = {"conj", "xcomp", "advcl"}
_SUBORDINATE = {"relcl", "ccomp", "acl", "advcl", "xcomp", "pcomp"}


def _spoken_of_in(verb: Token, root: Token, first: int, reach: int) -> bool:
    """A person the reporting clause speaks of, not its speaker: a possessor ('Smith's past'),
    one after a preposition ('a talk about Smith'; 'according to Smith', 'as Smith told' and
    'by Smith' do speak), one inside a clause of its own under the verb ('the FBI says Smith
    is ...', 'the letter, which Smith read'; 'X said Smith "sketched out ..."'). The parse is
    read from the clause's first token to `reach`: one that runs into a quote before the
    clause ('"It looks ...," a detective said' read as 'looks a detective') or on into the next
    paragraph tells nothing."""
    if _possessor_or_object(root):
        return True
    subordinate = False
    tok = root
    while tok.i != verb.i:  # Token objects are made anew on each read: compare positions
        if tok.head.i == tok.i or not first <= tok.head.i <= reach:
            return False  # the verb is not above the name in the clause: the parse tells nothing
        subordinate = subordinate or tok.dep_ in _SUBORDINATE
        tok = tok.head
    return subordinate


def _speaking_preposition(prep: Token) -> bool:
    return prep.lower_ in ("as", "by") or (prep.i > 0 and _according_to(prep.doc[prep.i - 1]))


def _outermost(pool: list[tuple[Candidate, Cluster]]) -> list[tuple[Candidate, Cluster]]:
    return [
        (m, c)
        for m, c in pool
        if not any(
            o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o, _ in pool
        )
    ]


def _right_after(verb: Token, mention: Candidate, words: set[str]) -> bool:
    return verb.lower_ in words and 0 <= mention.start - (verb.idx + len(verb.text)) <= 1


def _pronoun_speaker(
    pronoun: Token, earlier: list[tuple[int, Cluster]], mentions: list[tuple[Candidate, Cluster]], char: int
) -> Cluster | None:
    """'he said' / 'she said': the person the sentence right before (in the same paragraph)
    reports as speaking, else the one it is about (its subject), else the person who spoke last
    before, else the last person named before `char`. When the text gives that one the other
    gender ('Mary Jones met John Smith. "...," she said'), the last speaker, else the last
    person named, of the pronoun's gender; failing that, one whose gender the text does not
    tell."""
    from .speaker_gender import pronoun_gender

    gender = pronoun_gender(pronoun.text)
    gender_of = _gender_reader(pronoun.doc, mentions)
    governor = _governing_subject(pronoun, mentions)
    if governor is not None and (gender is None or gender_of(governor) in (None, gender)):
        return governor  # 'X condemned what he called "..."': the clause's pronoun is X
    subject = _just_before(pronoun, earlier, mentions)
    if subject is not None and (gender is None or gender_of(subject) in (None, gender)):
        return subject
    chosen = _last_spoken(earlier, char) or _last_person_before(mentions, char)
    introduced = _introduced_before(pronoun, chosen, earlier, mentions)
    if introduced is not None and (gender is None or gender_of(introduced) in (None, gender)):
        return introduced
    if chosen is None or gender is None or gender_of(chosen) == gender:
        return chosen
    if gender_of(chosen) is None:
        later = _named_since(chosen, gender, pronoun, earlier, mentions, char, gender_of)
        return later if later is not None else chosen
    return _latest_of_gender(gender, earlier, mentions, char, gender_of)


def _introduced_before(
    pronoun: Token,
    chosen: Cluster | None,
    earlier: list[tuple[int, Cluster]],
    mentions: list[tuple[Candidate, Cluster]],
) -> Cluster | None:
    """'Selvarani Thavarajah, whose husband was taken away, has attended every day.' then a
    paragraph '"...," she told Amnesty': a person the paragraph right before is about (the
    subject of its last sentence, no one speaking in it), named after the last speaker last
    spoke, speaks in a paragraph that names no one before the pronoun."""
    doc = pronoun.doc
    text = doc_text(doc)  # not Doc.text, which builds a Token per word
    opening = text.rfind("\n", 0, pronoun.idx)
    if opening < 0 or any(opening < m.start < pronoun.idx for m, c in mentions if c.kind == "person"):
        return None
    at = opening
    while at > 0 and text[at - 1].isspace():
        at -= 1
    last_token = doc.char_span(at - 1, at, alignment_mode="expand")
    if last_token is None:
        return None
    paragraph = text.rfind("\n", 0, at) + 1
    if any(paragraph <= c_at < at for c_at, _ in earlier):
        return None  # someone spoke in that paragraph: 'he' goes back to whoever spoke last
    subject = _subject_actor(last_token[0].sent, [(m, c) for m, c in mentions if _may_speak(c)])
    if subject is None or subject is chosen or subject.kind != "person":
        return None
    spoke = max((c_at for c_at, c in earlier if c is chosen and c_at < pronoun.idx), default=-1)
    named = [m.start for m, c in mentions if c is subject and m.start < pronoun.idx]
    return subject if named and min(named) > spoke else None


def _gender_reader(doc: Doc, mentions: list[tuple[Candidate, Cluster]]) -> Callable[[Cluster], str | None]:
    """The gender the text gives a person (reconcile/speaker_gender.py), each person read once."""
    from .speaker_gender import person_gender

    people_at = {m.tok_start for m, c in mentions if c.kind == "person"}
    genders: dict[str, str | None] = {}

    def gender_of(cluster: Cluster) -> str | None:
        if cluster.key not in genders:
            genders[cluster.key] = person_gender(doc, cluster, people_at)
        return genders[cluster.key]

    return gender_of


def _named_since(
    chosen: Cluster,
    gender: str,
    pronoun: Token,
    earlier: list[tuple[int, Cluster]],
    mentions: list[tuple[Candidate, Cluster]],
    char: int,
    gender_of: Callable[[Cluster], str | None],
) -> Cluster | None:
    """When the text does not tell the gender of `chosen`: a person of the pronoun's gender named
    after `chosen` last spoke is likelier (the last such, not one named inside a quote)."""
    since = max((at for at, c in earlier if c is chosen and at < char), default=-1)
    people = _people_before(mentions, pronoun.sent.start_char)  # not named in this quote
    later = [
        c
        for m, c in people
        if m.start > since and gender_of(c) == gender and not _quoted_name(pronoun.doc, m)
    ]
    return later[-1] if later else None


def _latest_of_gender(
    gender: str,
    earlier: list[tuple[int, Cluster]],
    mentions: list[tuple[Candidate, Cluster]],
    char: int,
    gender_of: Callable[[Cluster], str | None],
) -> Cluster | None:
    """When the text gives the person chosen first the other gender: the last speaker, else the
    last person named, of the pronoun's gender; failing that, of a gender the text does not tell."""
    # latest first; of speakers at one place the first listed, as _last_spoken
    speakers = [c for _, c in sorted(((at, c) for at, c in earlier if at < char), key=lambda ac: -ac[0])]
    named = [c for _, c in reversed(_people_before(mentions, char))]
    for wanted in (gender, None):
        for pool in (speakers, named):
            found = next((c for c in pool if gender_of(c) == wanted), None)
            if found is not None:
                return found
    return None


def _governing_subject(
    pronoun: Token, mentions: list[tuple[Candidate, Cluster]], bodies: bool = False
) -> Cluster | None:
    """'Interior Minister X, who is due in Ajaccio, condemned what he called "..."': a pronoun
    that speaks in a clause under a verb whose subject is a person named before it in the
    sentence is that person; with `bodies`, a body ('the ministry condemned what it called')."""
    tok = pronoun.head
    if tok.dep_ in ("parataxis", "ROOT"):
        return None  # 'Ouellette, he said, wanted to ...': an aside, whoever 'he' is
    for _ in range(4):
        if tok.head is tok:
            return None
        tok = tok.head
        subjects = [c.i for c in tok.children if c.dep_ == "nsubj" and c.i < pronoun.i]
        if subjects:
            if bodies:
                pool = [(m, c) for m, c in mentions if c.kind != "person"]
            else:
                pool = [(m, c) for m, c in mentions if c.kind == "person" and not c.anonymous]
            return next((c for m, c in pool if any(m.tok_start <= i < m.tok_end for i in subjects)), None)
    return None


def _just_before(
    pronoun: Token, earlier: list[tuple[int, Cluster]], mentions: list[tuple[Candidate, Cluster]]
) -> Cluster | None:
    """Who the sentence right before the pronoun's, in the same paragraph, is about: the person
    it reports as speaking ('..., according to Vickers. "She got inside," she said'), else its
    subject ('Another analyst, John Maxwell, cut his rating. "...," he said'), not one named
    inside a quote."""
    doc = pronoun.doc
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    if "\n" in doc[before.start : sentence.start].text:
        return None  # another paragraph: 'he' goes back to whoever spoke last
    spoke = [(at, c) for at, c in earlier if before.start_char <= at < before.end_char]
    if spoke:
        return _last_spoken(spoke, before.end_char)
    subject = _subject_actor(before, [(m, c) for m, c in mentions if _may_speak(c)])
    # 'He denies ...', not '"...," he said'; nor after a sentence a pronoun opens ('He told the
    # story of Jeremiah. He called the young man ...': the same 'he' goes on)
    opens = pronoun.i == sentence.start and not _opens_on_a_pronoun(before)
    return subject or _lone_speaker_named(before, earlier, mentions, spoken_or_not=opens)


def _opens_on_a_pronoun(sentence: Span) -> bool:
    return any(t.dep_ in _SUBJECT_DEPS and t.lower_ in ("he", "she") for t in sentence.root.children)


def _lone_speaker_named(
    sentence: Span,
    earlier: list[tuple[int, Cluster]],
    mentions: list[tuple[Candidate, Cluster]],
    spoken_or_not: bool = False,
) -> Cluster | None:
    """'Neither approach convinces Cabrera. "...," she said': the one person the sentence
    names, outside a quote, when that person has spoken before in the text; a pronoun opening
    the next sentence takes that person up whether or not they spoke ('The Treasury sanctioned
    Saw Chit Thu. He denies running scam operations and said ...')."""
    doc = sentence.doc
    named = {
        c.key: c
        for m, c in mentions
        if sentence.start_char <= m.start < sentence.end_char
        and _may_speak(c)
        and not _in_quote(sentence, doc[m.tok_start])
    }
    if len(named) != 1:
        return None
    person = next(iter(named.values()))
    if spoken_or_not:
        return person
    return person if any(c is person for at, c in earlier if at < sentence.start_char) else None


def _subject_actor(sentence: Span, mentions: list[tuple[Candidate, Cluster]]) -> Cluster | None:
    """The actor of `mentions` that is the sentence's subject (not one inside its quote)."""
    subjects = {t.i for t in sentence.root.children if t.dep_ in _SUBJECT_DEPS and not _in_quote(sentence, t)}
    return next((c for m, c in mentions if any(m.tok_start <= i < m.tok_end for i in subjects)), None)


def _quoted_name(doc: Doc, mention: Candidate) -> bool:
    tok = doc[mention.tok_start]
    return _in_quote(tok.sent, tok)


def _in_quote(sentence: Span, tok: Token) -> bool:
    """`tok` stands inside a quotation that opens in its sentence (the marks before it read in
    turn)."""
    inside = False
    for mark in sentence[: tok.i - sentence.start]:
        if mark.text in ("“", "``"):
            inside = True
        elif mark.text in ("”", "''"):
            inside = False
        elif mark.text == '"':
            inside = not inside
    return inside


def _people_before(mentions: list[tuple[Candidate, Cluster]], char: int) -> list[tuple[Candidate, Cluster]]:
    """People named before char `char`; unnamed ones only once a reporting verb made them speakers."""
    return [(m, c) for m, c in mentions if _may_speak(c) and m.end <= char]


def _may_speak(cluster: Cluster) -> bool:
    """A named person, or an unnamed one a reporting verb made a speaker ('an official said')."""
    return cluster.kind == "person" and (cluster.confirmed or not cluster.anonymous)


def _last_person_before(mentions: list[tuple[Candidate, Cluster]], char: int) -> Cluster | None:
    """The last person named before; an unnamed one only when a reporting verb made it a
    speaker ('An Iraqi official said ... "...," he said')."""
    people = _people_before(mentions, char)
    return people[-1][1] if people else None


def _verb_text(doc: Doc, verb: Token) -> str:
    """The verb as written, with its medium when given: 'shared in a Tweet'."""
    if _according_to(verb):
        return doc[verb.i : verb.i + 2].text
    following = doc[verb.i + 1 : verb.i + 5].text.lower()
    medium = next((m for m in _MEDIUM if following.startswith(m)), None)
    if medium:
        return doc[verb.i : verb.i + 1 + len(medium.split())].text
    return verb.text


def _reported_speakers(
    doc: Doc, mentions: list[tuple[Candidate, Cluster]], quoted: list[tuple[int, int]]
) -> list[tuple[int, Cluster]]:
    """People a reporting verb is next to, outside quotes ('a worker ... said', 'X told
    Reuters that', 'an official, who asked not to be named, said'), with where they spoke.
    An unnamed speaker so reported counts as an actor."""
    out = []
    for mention, cluster in mentions:
        if cluster.kind != "person" or _quoted_at(mention.start, quoted):
            continue
        end = _past_relative_clause(doc, _past_apposition(doc, mention))
        after = doc[end : end + 6]
        before = doc[max(0, mention.tok_start - 2) : mention.tok_start]
        verb_after = next((t for t in after if t.pos_ in ("VERB", "AUX") or t.is_punct), None)
        if verb_after is not None and _own_subject_between(doc, end, verb_after):
            verb_after = None  # 'told the minister the American people share ...': theirs
        if (
            (verb_after is not None and _reporting(verb_after))
            or any(_inverted(t) for t in before)
            or _subject_of_report(doc, mention)
        ):
            cluster.confirmed = cluster.confirmed or cluster.anonymous
            out.append((mention.start, cluster))
    return out


def _subject_of_report(doc: Doc, mention: Candidate) -> bool:
    """'An officer with the army in Djibo, speaking on condition of anonymity, told AFP': the
    mention is the subject of a reporting verb later in its sentence, past what sets it off."""
    root = _root_of(doc, mention)
    return root.dep_ == "nsubj" and root.head.i >= mention.tok_end and _reporting(root.head)


def _inverted(tok: Token) -> bool:
    """A reporting verb whose speaker may follow it ('said X', 'according to X'); not one whose
    object follows ('asked X', 'told X')."""
    return _reporting(tok) and (tok.lemma_ not in _ADDRESSING or _according_to(tok))


_ADDRESSING = {"tell", "ask", "urge", "warn", "thank", "remind", "assure", "inform"}


def _own_subject_between(doc: Doc, end: int, verb: Token) -> bool:
    """The verb after a name has a subject of its own between them."""
    return any(t.dep_ in _SUBJECT_DEPS and t.head.i == verb.i for t in doc[end : verb.i])


def _past_apposition(doc: Doc, mention: Candidate) -> int:
    """'the boy's great-uncle, Lazaro Gonzalez, denied': a name set off by commas is followed
    by its verb past the closing comma."""
    end = mention.tok_end
    if mention.tok_start > 0 and end < len(doc) and doc[mention.tok_start - 1].text == "," == doc[end].text:
        return end + 1
    return end


def _past_relative_clause(doc: Doc, end: int) -> int:
    """After ', who asked not to be named,', ', speaking at a news conference,' or ', a
    teacher whose school closed in March,': where the reporting verb may follow a name."""
    opens = end + 2 < len(doc) and doc[end].text == ","
    if opens and (doc[end + 1].lower_ in ("who", "which") or doc[end + 1].tag_ == "VBG"):
        close = next((t.i for t in doc[end + 2 : end + 16] if t.text in (",", ".", "\n")), None)
        if close is not None and doc[close].text == ",":
            return close + 1
    # ', a 34-year-old teacher whose school near Gedo closed in March,': a description (the
    # name's closing comma may be passed already)
    described = opens and doc[end + 1].lower_ in ("a", "an")
    if described or (0 < end < len(doc) and doc[end - 1].text == "," and doc[end].lower_ in ("a", "an")):
        first = end + 2 if described else end + 1
        close = next((t.i for t in doc[first : first + 20] if t.text in (",", ".", "\n")), None)
        if close is not None and doc[close].text == ",":
            return close + 1
    return end


def _doc_length(doc: Doc) -> int:
    """len(doc.text) without rebuilding the text from every token (Doc.text joins them anew)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
