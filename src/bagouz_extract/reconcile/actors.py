"""Build actor facts and quotes from the bx_actors candidates.

Order: filter candidates (furniture, headline fragments, places and common nouns are not
actors), settle overlaps (longest wins, the registry breaks ties), resolve each to a
cluster key (registry id, in-text acronym, person name, organisation name), add short-name
coreference, read roles and affiliations, attribute quotes, then build the facts.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from itertools import count
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from ..components.actors import (
    REGION_OPENERS,
    REGISTRY_KEY,
    alone_on_its_line,
    conjoined_heads,
    described_as_a_land,
    first_conjunct,
    in_place_name,
    name_word,
    person_nouns,
    registered_state,
    registry_words,
    rule_words,
    shouted_line,
    state_word,
    title_words,
    tokens_among,
)
from ..components.entity_dashes import in_dateline
from ..components.gender_lexicon import two_surname_given_names
from ..components.registry import Registry, load_registry
from ..doc_cache import doc_ents, doc_text, text_positions, token_lowers, token_texts
from ..models import ActorFact, Mention, Quote
from ..normalizers.names import (
    NAME_PARTICLES,
    clean,
    initials,
    is_acronym,
    name_key,
    possessive_to_demonym,
    short_forms,
    strip_article,
)
from .actor_resolve import (
    Candidate,
    armed_adjectives,
    capitals_as_states,
    collect_candidates,
    company_suffix_words,
    described_kind,
    given_name_set,
    headline_states_named_below,
    ngo_adjectives,
    settle_overlaps,
    state_body_of,
    text_place_words,
    without_legal_form,
    written_last_before,
)
from .actor_roles import (
    BARE_BODY_WORDS,
    add_affiliated_states,
    add_roles,
    bodies_by_word,
    body_of_title,
    role_rules,
)
from .context import Context, fact_id, slug
from .quotes import add_reporting_descriptions, attribute_quotes
from .speaker_gender import given_name_gender, honorific_gender

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass
class Cluster:
    key: str
    name: str
    kind: str
    mentions: list[Candidate] = field(default_factory=list)
    affiliation: str | None = None  # another cluster key
    roles: list[str] = field(default_factory=list)
    anonymous: bool = False
    confirmed: bool = True  # anonymous actors count only when they speak

    @property
    def id(self) -> str:
        prefix, rest = self.key.split(":", 1)
        if prefix in ("people", "anon"):  # never the same id as a named actor
            rest = f"{prefix}-{rest.removeprefix('state-')}"
        return fact_id("actor", rest)


def build_actors(ctx: Context) -> tuple[list[ActorFact], list[Quote]]:
    doc = ctx.doc
    registry: Registry = doc.user_data.get(REGISTRY_KEY) or load_registry()
    text = doc_text(doc)  # one read of the text serves every scan
    candidates = settle_overlaps(collect_candidates(ctx, registry))
    capitals_as_states(candidates, registry)
    _short_names_of_named_bodies(doc, candidates)
    candidates = headline_states_named_below(candidates)
    clusters = _cluster(doc, candidates, registry)
    _merge_bodies_read_as_people(doc, clusters, registry)
    _merge_defined_aliases(ctx, clusters)
    _merge_renamed_bodies(doc, clusters)
    _merge_apposed_state_bodies(doc, clusters)
    _merge_place_forces(clusters)
    _merge_named_state_branches(text, clusters)
    _merge_person_nicknames(ctx.doc, clusters)
    _add_short_names(ctx, clusters, registry)
    _merge_person_nicknames(ctx.doc, clusters)  # again: 'Dagalo, known as Hemedti' after 'Dagalo' joined
    _merge_reordered_acronyms(clusters)
    _merge_leading_names(clusters)
    _merge_leading_person_names(clusters)
    _add_initials_mentions(doc, clusters)
    _add_descriptive_variants(doc, registry, clusters)
    _owners_closing_body_names(doc, clusters)
    _add_group_appositions(doc, clusters)
    _kinds_from_descriptions(doc, clusters)
    _add_group_anaphora(doc, clusters, text)
    _add_regime_rulers(doc, registry, clusters)
    _add_regime_anaphora(doc, clusters, text)
    _add_home_state_bodies(ctx, registry, clusters)
    _add_repeated_state_names(doc, clusters, registry)
    _possessive_owners(doc, clusters)
    _name_unnamed_by_given_name(doc, clusters)
    add_roles(doc, clusters, registry)
    _merge_title_initials(clusters)
    _ministers_of_named_ministries(clusters)
    _home_state_leaders(ctx, registry, clusters)
    _home_state_offices(ctx, registry, clusters)
    _states_in_body_names(doc, registry, clusters)
    _governments_in_body_names(clusters)
    add_reporting_descriptions(doc, clusters)
    quotes = attribute_quotes(ctx, clusters)
    _confirm_reporting_unnamed(doc, clusters)
    _affiliate_unnamed(doc, registry, clusters)
    _drop_dateline_states(clusters, quotes)
    _drop_title_openers(doc, clusters)
    kept = {k: c for k, c in clusters.items() if c.confirmed and c.mentions}
    ids = _unique_ids(kept)
    by_key = {key: _fact(ctx, kept[key], kept, ids, registry) for key in sorted(kept, key=ids.__getitem__)}
    for fact in by_key.values():
        ctx.register("actors", fact.id, fact.mentions)
    return list(by_key.values()), _with_speakers(quotes, by_key)


def _name_unnamed_by_given_name(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """'a clove farmer in the village who gave only his first name, Yusuf', 'a spokesperson who
    uses the name Samta': the unnamed person is named after all, by the name the clause gives;
    the description becomes the person's role."""
    for key, cluster in list(clusters.items()):
        if not (cluster.anonymous and cluster.kind == "person") or not cluster.mentions:
            continue
        first = min(cluster.mentions, key=lambda m: m.start)
        name = _given_name_after(doc, first.tok_end)
        if name is None:
            continue
        start, end = name
        written = doc[start:end].text
        cluster.anonymous, cluster.confirmed = False, True
        cluster.roles.append(cluster.name)
        cluster.name, cluster.key = written, f"person:{name_key(written)}"
        cluster.mentions.append(
            Candidate(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), start, end, "given_name",
                      cluster.key, written, "person")
        )
        for mention in cluster.mentions:
            mention.key = cluster.key
            if mention.rule == "anon_speaker":
                mention.rule = "role_apposition"  # the description now says what the person is
        del clusters[key]
        if cluster.key in clusters:  # the name was read as a person's too: one person
            clusters[cluster.key].mentions.extend(cluster.mentions)
            clusters[cluster.key].roles.extend(cluster.roles)
        else:
            clusters[cluster.key] = cluster
        _repoint(clusters, key, cluster.key)


def _given_name_after(doc: Doc, end: int) -> tuple[int, int] | None:
    """The token span of the name in 'who gave only his first name, Yusuf', 'who uses the name
    Samta', 'identified only as Ahmed' within the clause after token `end`: one to three
    capitalised words right after 'name' (and a comma) or 'only as'."""
    limit = min(len(doc), end + 12)
    for i in range(end, limit):
        tok = doc[i]
        if tok.text in (".", ";", "“", "”", '"') or (tok.is_sent_start and i > end):
            return None
        cue = (tok.lower_ == "name" and doc[i - 1].lower_ in _NAME_GIVERS) or (
            tok.lower_ == "as" and doc[i - 1].lower_ in ("only", "simply")
        )
        if not cue:
            continue
        start = i + 1 + (i + 1 < len(doc) and doc[i + 1].text == ",")
        stop = start
        while stop < min(len(doc), start + 3) and doc[stop].is_alpha and doc[stop].text[:1].isupper():
            stop += 1
        return (start, stop) if stop > start and doc[start].pos_ == "PROPN" else None
    return None


# the words right before 'name' when a clause gives the person's name: 'gave only his first
# name', 'uses the name', 'gave her full name'
_NAME_GIVERS = frozenset({"first", "given", "last", "full", "family", "the", "his", "her", "their"})


def _taken_tokens(clusters: dict[str, Cluster]) -> set[int]:
    """The tokens some actor's mention holds already."""
    return {i for c in clusters.values() for m in c.mentions for i in range(m.tok_start, m.tok_end)}


def _unique_ids(clusters: dict[str, Cluster]) -> dict[str, str]:
    """Cluster key -> actor id, no two alike: a registered actor keeps its plain id ('Islah
    denied it' read as a person named Islah beside the registered Al-Islah would share
    'actor-islah'); another actor of the same id takes its kind, then a number, after it."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for key in sorted(clusters, key=lambda k: (not k.startswith("reg:"), k)):
        ids[key] = next(i for i in _id_choices(clusters[key]) if i not in taken)
        taken.add(ids[key])
    return ids


def _id_choices(cluster: Cluster) -> Iterator[str]:
    """'actor-islah', then 'actor-islah-person', then 'actor-islah-2', 'actor-islah-3' ..."""
    yield cluster.id
    yield f"{cluster.id}-{slug(cluster.kind)}"
    yield from (f"{cluster.id}-{n}" for n in count(2))


def _with_speakers(quotes: list[Quote], facts: dict[str, ActorFact]) -> list[Quote]:
    """Give each quote its speaker's id (it holds the speaker's cluster key until now), role
    and affiliation; drop quotes of dropped actors."""
    out = []
    for quote in quotes:
        speaker = facts.get(quote.speaker or "")
        if quote.speaker and speaker is None:
            continue
        if speaker is not None:
            quote = quote.model_copy(
                update={
                    "speaker": speaker.id,
                    # the fullest role: 'spokesman for the coalition' says more than 'Col.'
                    "speaker_role": max(speaker.roles, key=len) if speaker.roles else None,
                    "speaker_affiliation": speaker.affiliation,
                }
            )
        out.append(quote)
    return out


def _drop_dateline_states(clusters: dict[str, Cluster], quotes: list[Quote]) -> None:
    """'SEOUL, South Korea (AP) —': a state named in the dateline is no mention of it where the
    text names it otherwise, nor where no actor belongs to it and it speaks no quote; it stays
    the one evidence of a state that bodies and people of the story belong to ('PARIS, France
    (AP) ... Interior Minister X')."""
    tied = {c.affiliation for c in clusters.values()} | {q.speaker for q in quotes}  # cluster keys
    for cluster in clusters.values():
        others = [m for m in cluster.mentions if m.rule != "dateline_state"]
        if others or cluster.key not in tied:
            cluster.mentions = others


def _drop_title_openers(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """'US President Donald Trump', 'the Russian envoy': the state that opens a person's title is
    written as part of that title (the person's affiliation says whose), no mention of its own
    where the text names the state otherwise; it stays the one evidence of a state named only
    there. A body's name keeps its mention ('Col. X, Central Command spokesman')."""
    states = [(key, m) for key, c in clusters.items() if c.kind == "state" for m in c.mentions]
    titled = [(key, m) for key, m in states if m.tok_end < len(doc) and _title_word(doc[m.tok_end])]
    if not titled:
        return
    # a state right before a person's mention ('US | President Donald Trump'), or opening it
    # after 'the' ('the Russian | envoy'); not 'the head of | SDF Press Office'
    people = [m for c in clusters.values() if c.kind == "person" and not c.key.startswith("role:")
              for m in c.mentions]
    starts = {pm.tok_start for pm in people}
    openings = {pm.tok_start + (doc[pm.tok_start].lower_ == "the") for pm in people}
    openers: dict[str, set[int]] = {}  # cluster key -> ids of its mentions that open a title
    for key, m in titled:
        if m.tok_end in starts or m.tok_start in openings:
            openers.setdefault(key, set()).add(id(m))
    for key, dropped in openers.items():
        rest = [m for m in clusters[key].mentions if id(m) not in dropped]
        if rest:
            clusters[key].mentions = rest


def _title_word(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in title_words()


def _short_names_of_named_bodies(doc: Doc, candidates: list[Candidate]) -> None:
    """'The Uganda Red Cross Society said ... a Red Cross spokeswoman': a name of two words or
    more, unregistered or a registered body's generic alias ('Red Cross', 'Security Council'),
    that shortens the one unregistered body the text named with those words before it is
    that body, where no registered body is named in full by it."""
    named_in_full = {c.key for c in candidates if c.key.startswith("reg:") and c.rule != "registry_weak"}
    bodies = [c for c in candidates if c.key.startswith("org:") and c.kind not in ("person", "state")]
    for cand in candidates:
        if cand.rule != "registry_weak" and not (cand.key.startswith("org:") and cand.rule == "ner_org"):
            continue
        written = [t.lower_ for t in doc[cand.tok_start : cand.tok_end] if t.lower_ != "the"]
        if len(written) < 2 or cand.key in named_in_full or _after_a_name_word(doc, cand.tok_start):
            continue  # 'Coalition' alone may be the US-led one after 'the Syrian Arab Coalition'
        owners = {b.key: b for b in bodies if b.start < cand.start and _holds_words(b.name, written)}
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            cand.key, cand.name, cand.kind = owner.key, owner.name, owner.kind


def _after_a_name_word(doc: Doc, start: int) -> bool:
    """'Soviet Foreign Ministry': a capitalised word before the name, but an article, makes it
    another name."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.text[:1].isupper() and before.lower_ not in ("the", "a", "an")


def _holds_words(name: str, words: list[str]) -> bool:
    """The name is these words with a name before them ('National Weather Service', 'Ohio
    Supreme Court'), a legal or society word after them ('Uganda Red Cross Society') or an
    'of' phrase ('First Bank of Princeton'). Not a longer name of another thing ('Big Board
    Composite', 'American Legion Post 31'), nor of two bodies ('City Council and School Board')."""
    own = name.lower().replace("’", "'").split()
    for i in range(len(own) - len(words) + 1):
        if own[i : i + len(words)] != words or len(own) == len(words):
            continue
        before, after = own[:i], own[i + len(words) :]
        if any(w in _LINKING_WORDS for w in before):
            continue  # 'Turner for Municipal Court', 'City Council and School Board'
        if not after or after[0] == "of" or (len(after) == 1 and after[0].strip(".") in _NAME_TAILS):
            return True
    return False


_LINKING_WORDS = frozenset({"and", "&", "for", "of", "to", "on", "at"})
# words that may close a body's name after its short form ('the Red Cross' of 'the Uganda Red
# Cross Society')
_NAME_TAILS = frozenset({"society", "inc", "corp", "co", "ltd", "llc", "plc", "group"})


def _cluster(doc: Doc, candidates: list[Candidate], registry: Registry) -> dict[str, Cluster]:
    clusters: dict[str, Cluster] = {}
    persons, shared = _person_index(candidates)
    full_names = {c.key: c.name for c in candidates if c.kind == "person" and " " in c.name}
    unsettled: list[Candidate] = []  # short names several people of the text share
    for cand in candidates:
        key: str | None = cand.key
        if cand.kind == "person" and not cand.anonymous:
            key = persons.get(name_key(cand.name), cand.key)
            if _longer_name_untagged(doc, cand):
                # 'Kh Romesh | Singh': another person's name, not a short form ('Wess | Henry'
                # after 'Wess Henry' is that person)
                key = persons.get(name_key(doc[cand.tok_start - 1 : cand.tok_end].text)) or cand.key
            elif key is None and name_key(cand.name) in shared:
                unsettled.append(cand)
            elif key not in (None, cand.key) and _two_word_end_of_another(doc, cand, full_names.get(key)):
                key = cand.key
        if key is None:
            continue
        cluster = clusters.get(key)
        if cluster is None:
            cluster = clusters[key] = Cluster(
                key, cand.name, cand.kind, anonymous=cand.anonymous, confirmed=not cand.anonymous
            )
            if key.startswith("reg:"):
                entry = registry.entries[key[4:]]
                cluster.name, cluster.kind = entry.name, entry.kind
                cluster.affiliation = f"reg:{entry.affiliation}" if entry.affiliation else None
        elif len(cand.name) > len(cluster.name) and not key.startswith("reg:") and not cand.short_form:
            cluster.name = cand.name  # the fullest spelling names an unregistered actor
        # the first mention that says whose it is ('Interior Ministry', then 'the Georgian ...')
        cluster.affiliation = cluster.affiliation or cand.affiliation
        cluster.mentions.append(cand)
    for cand in unsettled:
        gender = honorific_gender(doc, cand.tok_start)
        key = _nearest_owner(clusters, shared[name_key(cand.name)], cand.start, gender)
        if key is not None:
            cand.key, cand.name, cand.short_form = key, clusters[key].name, True
            clusters[key].mentions.append(cand)
    return clusters


def _longer_name_untagged(doc: Doc, cand: Candidate) -> bool:
    """A one-word person of the model right after a name word it tagged as nothing ('Kh Romesh
    | Singh' after 'Laishram Tomba Singh'): the end of a longer name, no one's short form."""
    i = cand.tok_start
    if cand.tok_end - i != 1 or cand.rule != "ner_person" or i == 0:
        return False
    before = doc[i - 1]
    untagged = before.ent_type_ == "" and before.pos_ == "PROPN"
    return before.whitespace_ != "" and untagged and name_word(before)


def _merge_bodies_read_as_people(doc: Doc, clusters: dict[str, Cluster], registry: Registry) -> None:
    """'The STC accused the Islah party ... Islah denied it', 'French company Alstom will build
    it ... Alstom said': a body's name, or its name before a group noun ('party', 'group'),
    that the model reads elsewhere as a person's, untitled, is the body's mention."""
    bodies: dict[str, Cluster | None] = {}
    for cluster in clusters.values():
        if cluster.kind == "person" or cluster.anonymous:
            continue
        for mention in cluster.mentions:
            for form in _body_forms(doc[mention.tok_start : mention.tok_end], registry.demonyms):
                held = bodies.setdefault(form, cluster)
                if held is not None and held is not cluster:
                    bodies[form] = None  # two bodies of one form: neither takes the person
    for key, person in list(clusters.items()):
        if person.kind != "person" or person.anonymous or any(_after_title(doc, m) for m in person.mentions):
            continue  # 'Mr Islah', 'Gen. Wagner': a person's title says whose name it is
        forms = {name_key(doc[m.tok_start : m.tok_end].text) for m in person.mentions}
        body = bodies.get(forms.pop()) if len(forms) == 1 else None
        if body is not None:
            body.mentions.extend(person.mentions)
            del clusters[key]
            _repoint(clusters, key, body.key)


def _after_title(doc: Doc, mention: Candidate) -> bool:
    return mention.tok_start > 0 and doc[mention.tok_start - 1].lower_.rstrip(".") in title_words()


def _owners_closing_body_names(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """'the Social Communication Office of the Federal Police' after 'the Federal Police (PF)',
    'the General Directorate of the National Guard': a body whose name closes, after 'of', with
    the name of another body the text names is that body's. (The owner's name there is no
    mention of its own: our articles' gold leaves such nested names out.)"""
    text = doc_text(doc)
    forms: dict[str, Cluster] = {}
    for other in clusters.values():
        if other.kind in ("person", "population") or other.anonymous:
            continue
        for m in other.mentions:
            form = strip_article(text[m.start : m.end])
            if " " in form and form[:1].isupper():
                forms.setdefault(form, other)
    for cluster in clusters.values():
        if cluster.kind in ("person", "population") or cluster.anonymous or cluster.affiliation:
            continue
        for m in cluster.mentions:
            written = text[m.start : m.end]
            closing = (o for f, o in forms.items() if written.endswith((" of " + f, " of the " + f)))
            owner = next((o for o in closing if o is not cluster), None)
            if owner is not None and owner.affiliation != cluster.key:
                cluster.affiliation = owner.key
                break


def _body_forms(span: Span, demonyms: Mapping[str, str]) -> set[str]:
    """Keys a body's mention gives its name by: as written without 'the'; before a last group
    noun, the words before it and each one of them but a demonym ('Islah' of 'the Islah party'
    and of 'the Yemeni Islah Party'; not 'Assad' of 'the Assad regime', named for its ruler)."""
    words = span[1:] if len(span) > 1 and span[0].lower_ == "the" else span
    forms = {name_key(words.text)}
    head = words[-1]
    owned = any(t.tag_ == "POS" for t in words)  # "Burdzhanadze's party" is not Burdzhanadze
    if len(words) > 1 and (head.lower_ in _group_nouns() or head.lower_ == "party") and not owned:
        forms.add(name_key(words[:-1].text))
        forms.update(name_key(t.text) for t in words[:-1] if t.is_title and t.text not in demonyms)
    return forms


def _possessive_owners(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"The Russian Defence Ministry's Centre for Reconciliation": a body named right after
    another body's possessive belongs to it, unless the text says whose it is already."""
    ends = {
        m.tok_end: c for c in clusters.values() if c.kind != "person" and not c.anonymous for m in c.mentions
    }
    for cluster in clusters.values():
        if cluster.kind in ("person", "state") or cluster.anonymous or cluster.affiliation:
            continue  # a state belongs to no one: 'the EU's Syria policy' is about Syria
        for mention in cluster.mentions:
            at = mention.tok_start - 1
            owner = ends.get(at) if at > 0 and doc[at].tag_ == "POS" else None
            if owner is None and _run_by_before(doc, mention.tok_start):
                owner = ends.get(mention.tok_start - 2)  # the owner's name ends before the hyphen
            after = doc[mention.tok_end] if mention.tok_end < len(doc) else None
            if after is not None and after.is_lower and after.lower_ in person_nouns():
                continue  # "Russia's U.N. ambassador": the ambassador is Russia's, not the U.N.
            if owner is None and at > 1 and doc[at].tag_ == "POS" and doc[at - 1].lower_ in _FORCE_WORDS:
                owner = _the_one_force(clusters)  # "the army's Directorate of Orientation"
                if owner is None and cluster.kind in _OFFICE_KINDS:
                    cluster.kind = "military"  # an office of an army the text does not name
            if owner is not None and owner is not cluster and owner.affiliation != cluster.key:
                cluster.affiliation = owner.key
                if owner.kind == "military" and cluster.kind in _OFFICE_KINDS:
                    cluster.kind = "military"  # the forces' own office
                break


_FORCE_WORDS = frozenset({"army", "military"})
_OFFICE_KINDS = frozenset({"government", "organization"})


def _the_one_force(clusters: dict[str, Cluster]) -> Cluster | None:
    """The one military the text names, if only one (as 'a military spokesman' reads it: no
    police force, no office of the forces)."""
    forces = [k for k in bodies_by_word(clusters).get("military", []) if clusters[k].mentions]
    return clusters[forces[0]] if len(forces) == 1 else None


def _run_by_before(doc: Doc, start: int) -> bool:
    """'the Hamas-run Health Ministry', 'the Houthi-controlled ministry': '-run' or
    '-controlled' right before a body says who runs it (not '-backed': a sponsor owns nothing)."""
    return start >= 3 and doc[start - 2].text == "-" and doc[start - 1].lower_ in ("run", "controlled")


def _nearest_owner(
    clusters: dict[str, Cluster], owners: set[str], start: int, gender: str | None
) -> str | None:
    """Of the people a short name may stand for ('Gonzalez' when the text names Elian and
    Lazaro Gonzalez), the one written last before it: a writer who means another says whom.
    The gender an honorific tells rules out a person whose given name tells the other ('Ms.
    Moayyad' is not Noorallah Moayyad). None when none of them is named before it."""
    starts = {
        key: [m.start for m in cluster.mentions]
        for key in owners
        if (cluster := clusters.get(key)) is not None
        and not (gender and given_name_gender(cluster.name) not in (None, gender))
    }
    return written_last_before(starts, start)


_NAME_JOINERS = {"al", "el", "of", "the", "and", "for", "de", "bin", "ibn", "abu", "-", "'s", "’s"}
_NOT_GROUPS = {"person", "state", "population"}


def _merge_defined_aliases(ctx: Context, clusters: dict[str, Cluster]) -> None:
    """'the Sultan Murad Division (Firqat al-Sultan Murad)', 'the Hamza Brigade, also known as
    Firqat al-Hamza': the second name is the group's other name (what the model read there,
    often a person, gives way). Only after a group's name; a place or a person in brackets
    is not an alias."""
    doc = ctx.doc
    ends: dict[int, Cluster] = {}
    for cluster in clusters.values():
        if cluster.kind in _NOT_GROUPS or cluster.anonymous:
            continue
        for m in cluster.mentions:
            ends[m.tok_end] = cluster
    for end, group in sorted(ends.items()):
        alias = _alias_after(doc, end) or _translation_in_gloss(doc, end)
        if alias is None and end < len(doc) and doc[end].text == ")":
            alias = _alias_after(doc, end + 1)  # 'Médecins du Monde (MdM), known in English as ...'
        if alias is None or ctx.owner_of("places", doc[alias[0]].idx, doc[alias[1] - 1].idx + 1):
            continue
        if _alias_names_a_state(doc, alias):
            continue  # 'Canadian Imperial Bank of Commerce (Canada)': where the body is
        _take_alias(doc, clusters, group, alias)


def _alias_names_a_state(doc: Doc, span: tuple[int, int]) -> bool:
    """The words of the token range are a registered state's name ('Canada', 'United States')."""
    registry: Registry = doc.user_data.get(REGISTRY_KEY) or load_registry()
    text = doc[span[0] : span[1]].text
    state = registry.cased.get(text) or registry.aliases.get(text)
    return state is not None and state.startswith("state-")


def _merge_renamed_bodies(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """'the Border Guard Force (BGF) broke with the junta and renamed itself the Karen National
    Army (KNA)': a body that renames itself is one actor under both names, its new name's
    short form too. The body is the subject of the verb or of the verb it is joined to."""
    for verb in tokens_among(doc, _RENAME_VERBS, lower=True):
        if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ not in ("itself", "themselves"):
            continue
        start = verb.i + 2 + (doc[verb.i + 2].lower_ == "as")
        new_name = _cluster_at(clusters, start + (start < len(doc) and doc[start].lower_ == "the"))
        old_name = _cluster_at(clusters, _subject_of(verb))
        if new_name is None or old_name is None or new_name is old_name:
            continue
        if new_name.kind in _NOT_GROUPS or old_name.kind in _NOT_GROUPS:
            continue
        if new_name.key.startswith("reg:") and old_name.key.startswith("reg:"):
            continue  # two registered actors stay two ('Jabhat al-Nusra' renamed is registered so)
        # the new name is the body's name now, unless only the old one is registered
        keep, gone = (old_name, new_name) if old_name.key.startswith("reg:") else (new_name, old_name)
        keep.mentions.extend(gone.mentions)
        del clusters[gone.key]
        _repoint(clusters, gone.key, keep.key)


# verbs of a body giving itself a new name ('renamed itself', 'rebranded itself as')
_RENAME_VERBS = frozenset({"renamed", "rebranded", "renames", "rebrands", "renaming", "rebranding"})


def _subject_of(verb: Token) -> int:
    """Token index of the subject of `verb`, or of the verb it is joined to ('broke ... and
    renamed itself'); -1 when it has none."""
    subjects = (c for v in conjoined_heads(verb) for c in v.children if c.dep_ in ("nsubj", "nsubjpass"))
    return next((c.i for c in subjects), -1)


def _cluster_at(clusters: dict[str, Cluster], i: int) -> Cluster | None:
    """The cluster with a mention holding token i (None for -1 or no mention there)."""
    if i < 0:
        return None
    named = (c for c in clusters.values() if not c.anonymous)
    return next((c for c in named if any(m.tok_start <= i < m.tok_end for m in c.mentions)), None)


def _merge_apposed_state_bodies(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """'the Carabineros, Chile's national police, ...', "Honduras's police, the Policia Nacional,": a
    body's own name and a state's body of its kind, set side by side by a comma and closed
    by a comma or the sentence's end, are one body, called by its own name. Only an
    unregistered name: a registered one beside a state's body is an item of a list."""
    starts: dict[int, tuple[Candidate, Cluster]] = {}
    for cluster in clusters.values():
        for m in cluster.mentions:
            starts.setdefault(m.tok_start, (m, cluster))
    for first, first_cluster in sorted(starts.values(), key=lambda pair: pair[0].tok_start):
        comma = first.tok_end
        if comma + 1 >= len(doc) or doc[comma].text != "," or first_cluster.key not in clusters:
            continue
        second, second_cluster = starts.get(comma + 1 + (doc[comma + 1].lower_ == "the"), (None, None))
        if second is None or second_cluster is None or second_cluster.key not in clusters:
            continue
        if not _closes_apposition(doc, second.tok_end):
            continue
        for body, own in ((first_cluster, second_cluster), (second_cluster, first_cluster)):
            if _state_body_named(body, own):
                own.kind, own.affiliation = body.kind, own.affiliation or body.affiliation
                own.mentions.extend(body.mentions)
                del clusters[body.key]
                _repoint(clusters, body.key, own.key)
                break


def _merge_place_forces(clusters: dict[str, Cluster]) -> None:
    """'Puntland forces' beside 'the Puntland Defence Forces': a place's forces, written in
    small letters, are the one force the text names after that place (its name opens with
    the place's words and ends in a force's noun), of the kind military."""
    for key, cluster in list(clusters.items()):
        place = _place_of_forces(cluster)
        if place is None:
            continue
        named = [
            c for c in clusters.values()
            if c is not cluster and not c.anonymous and c.kind in ("military", "armed_group")
            and c.name.startswith(place + " ") and c.name.split()[-1] in _FORCE_NAME_ENDS
        ]
        plural = [c for c in named if c.name.endswith(" Forces")]  # 'forces' names 'Defence Forces' first
        named = plural if len(plural) == 1 else named
        if len(named) != 1:
            continue  # none, or two forces of the place: which one is meant is not said
        force = named[0]
        if not force.key.startswith("reg:"):
            force.kind = "military"
        force.mentions.extend(cluster.mentions)
        del clusters[key]
        _repoint(clusters, key, force.key)


def _merge_named_state_branches(text: str, clusters: dict[str, Cluster]) -> None:
    """'the Nigerian Navy (NN)' ... 'a Nigerian Navy offshore patrol vessel': a state's body
    written with the very name of a body the text named on its own (a navy, a guard, by an
    acronym's definition) is that body, not the state's forces at large."""
    named = {
        name_key(c.name): c
        for c in clusters.values()
        if c.key.startswith("org:") and not c.anonymous and c.kind in ("military", "organization")
    }
    if not named:
        return
    for key, cluster in list(clusters.items()):
        if not key.startswith("body:"):
            continue
        taker = None
        for mention in list(cluster.mentions):
            own = named.get(name_key(_without_the(text[mention.start : mention.end])))
            if own is not None and mention.rule == "state_body":
                own.mentions.append(mention)
                cluster.mentions.remove(mention)
                taker = own
        if taker is not None and not cluster.mentions:
            del clusters[key]
            _repoint(clusters, key, taker.key)


def _without_the(name: str) -> str:
    """The name as written without its opening 'the' (actor_resolve's _without_article works
    on spans, by tokens)."""
    return name[4:] if name[:4].lower() == "the " else name


def _place_of_forces(cluster: Cluster) -> str | None:
    """The place's words of a place body 'X forces' (data/actor_rules.json place_body_nouns)."""
    if cluster.kind != "military" or not cluster.key.startswith("org:") or " " not in cluster.name:
        return None
    if not all(m.rule == "place_body" for m in cluster.mentions):
        return None
    place, _, noun = cluster.name.rpartition(" ")
    return place if noun == "forces" else None


# the last word of a force's own name ('Defence Forces', 'Defence Force', 'Army')
_FORCE_NAME_ENDS = frozenset({"Forces", "Force", "Army"})


def _state_body_named(body: Cluster, own: Cluster) -> bool:
    """`own` is an unregistered body's name of `body`'s kind (or of none said), `body` a state's."""
    return (
        body.key.startswith("body:")
        and own.key.startswith("org:")
        and own.kind in (body.kind, "organization")
        and not own.anonymous
    )


def _closes_apposition(doc: Doc, end: int) -> bool:
    return end >= len(doc) or doc[end].text in (",", ".", ";", ")") or bool(doc[end].is_sent_start)


def _translation_in_gloss(doc: Doc, end: int) -> tuple[int, int] | None:
    """'Jaish al-Ta'ifa al-Mansurah (Arabic: ..., "Army of the Victorious Sect")': a quoted
    capitalised name closing the bracket right after a group's name is the name translated."""
    if end >= len(doc) or doc[end].text != "(":
        return None
    close = next((t.i for t in doc[end + 1 : end + 40] if t.text in ("(", ")")), None)
    if close is None or doc[close].text != ")":
        return None
    stop = close
    while stop > end + 1 and doc[stop - 1].text in _NAME_QUOTES:
        stop -= 1  # the closing quote mark(s)
    opening = next((i for i in range(stop - 1, end, -1) if doc[i].text in _NAME_QUOTES), None)
    if stop == close or opening is None:
        return None
    start = opening + 1
    start += 1 if start < stop and doc[start].lower_ == "the" else 0
    if start < stop and _name_run(doc, start, stop) == stop:
        return start, stop
    return None


_NAME_QUOTES = frozenset({'"', "“", "”"})


def _merge_person_nicknames(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """'Mohamed Hamdan Dagalo, known as Hemedti': the name after an alias cue ('known as',
    'also called'; not in brackets, where an age or a party may stand) is the person's other
    name: a mention of the person there, and every mention of a person by that name
    ('Hemedti told Al Arabiya'), however the model read the name at the cue."""
    for cluster in list(clusters.values()):
        if cluster.kind != "person" or cluster.anonymous or cluster.key not in clusters:
            continue
        for mention in list(cluster.mentions):
            end = mention.tok_end
            bracket = end + 1 < len(doc) and doc[end].text == "("
            # in brackets an age or a party may stand: only a birth name's cue ('(née Y)') there
            alias = None if bracket and not _birth_cue(doc, end + 1) else _alias_after(doc, end, person=True)
            if alias is None and not bracket:
                alias = _alias_after_description(doc, end)
            if alias is None and bracket and (after := _after_bracket(doc, end)) is not None:
                alias = _alias_after(doc, after, person=True)  # 'X (Arabic: ...), also known as Y'
                end = after if alias is not None else end
            if alias is None or not _person_alias(doc, end, alias):
                continue
            name = doc[alias[0] : alias[1]].text
            if _body_named_at(clusters, alias):
                continue  # 'Ahlu Sunnah Wal Jama'a, known locally as al-Shabab': a group's name
            holder = _person_at(clusters, alias, cluster)
            if holder is not None and holder.key.startswith("reg:") and not cluster.key.startswith("reg:"):
                # 'Taha Falaha, better known as Abu Muhammad al-Adnani': the registered person
                # keeps the identity, the other name joins it
                holder.mentions.extend(cluster.mentions)
                del clusters[cluster.key]
                _repoint(clusters, cluster.key, holder.key)
                break
            for other in [*_people_named(clusters, name), *([holder] if holder is not None else [])]:
                if other is not cluster and clusters.get(other.key) is other:
                    cluster.mentions.extend(other.mentions)
                    del clusters[other.key]
                    _repoint(clusters, other.key, cluster.key)
            if not any(m.tok_start == alias[0] and m.tok_end == alias[1] for m in cluster.mentions):
                span = doc[alias[0] : alias[1]]
                rule = "alias_definition"
                cluster.mentions.append(
                    Candidate(span.start_char, span.end_char, *alias, rule, cluster.key, name, "person")
                )


def _merge_title_initials(clusters: dict[str, Cluster]) -> None:
    """'Director General of Police Arvind Kumar Bhalla' ... 'the DGP said': a short form the
    text never defines that spells the capitalised words of one named person's title is that
    person (not a registered body's, nor one two people's titles share)."""
    holders: dict[str, set[str]] = {}
    for key, cluster in clusters.items():
        if cluster.kind != "person" or cluster.anonymous:
            continue
        for role in cluster.roles:
            letters = "".join(w[0] for w in role.split() if w[:1].isupper())
            # the title's opening words too: a given name the model left in it ('Director
            # General of Police Arvind' of 'Arvind Kumar Bhalla')
            for n in range(min(3, len(letters)), len(letters) + 1):
                holders.setdefault(letters[:n], set()).add(key)
    for key, cluster in list(clusters.items()):
        owners = holders.get(cluster.name, set())
        if len(owners) != 1 or key.startswith("reg:") or cluster.kind == "person":
            continue
        if not (cluster.name.isupper() and cluster.name.isalpha()):
            continue
        person = clusters[next(iter(owners))]
        person.mentions.extend(cluster.mentions)
        del clusters[key]
        _repoint(clusters, key, person.key)


def _merge_reordered_acronyms(clusters: dict[str, Cluster]) -> None:
    """'the FLNC' beside 'the National Liberation Front of Corsica', 'FARC' beside 'the
    Revolutionary Armed Forces of Colombia': a body the text names only by an acronym of four
    letters or more is the one body whose English name has those initials in another order
    (the acronym is of the name in its own language, where the words stand otherwise)."""
    by_letters: dict[str, list[Cluster]] = {}
    for cluster in clusters.values():
        words = cluster.name.split()
        if cluster.kind not in ("person", "state") and not cluster.anonymous and len(words) >= 3:
            by_letters.setdefault("".join(sorted(initials(words))), []).append(cluster)
    for key, cluster in list(clusters.items()):
        name = cluster.name
        if not (4 <= len(name) <= 6 and name.isalpha() and name.isupper()):
            continue
        if cluster.kind in ("person", "state"):
            continue
        if any(m.rule.startswith("acronym") for m in cluster.mentions):
            continue  # defined in the text: its own name is known
        owners = by_letters.get("".join(sorted(name)), [])
        if len(owners) != 1 or owners[0] is cluster or initials(owners[0].name.split()) == name:
            continue
        owner = owners[0]
        owner.mentions.extend(cluster.mentions)
        del clusters[key]
        _repoint(clusters, key, owner.key)


def _merge_leading_names(clusters: dict[str, Cluster]) -> None:
    """'the Ministry of Foreign Affairs' after 'the Ministry of Foreign Affairs and International
    Cooperation': a body's name of three words or more that opens exactly one longer body's
    name, cut before an 'and' or an 'of the' going on, is that body written short."""
    bodies = [c for c in clusters.values() if c.kind not in ("person", "state") and not c.anonymous]
    for short in bodies:
        if short.key.startswith("reg:"):
            continue  # a registered body keeps its own name
        if len(short.name.split()) < 3 or clusters.get(short.key) is not short:
            continue
        longer = [
            c for c in bodies
            if c is not short and clusters.get(c.key) is c
            and c.name.startswith((short.name + " and ", short.name + " of the "))
        ]
        if len(longer) != 1:
            continue
        owner = longer[0]
        owner.mentions.extend(short.mentions)
        del clusters[short.key]
        _repoint(clusters, short.key, owner.key)


# a word that may end a person's name: 'Doloh', 'al-Kuwaiti', "O'Neill" (not 'AutoPlex')
_SURNAME_SHAPE = re.compile(r"^(?:(?:al|el|bin|ibn|de|da|van|von)[- ])?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$")


def _merge_leading_person_names(clusters: dict[str, Cluster]) -> None:
    """'Ranger Muhammad Sulaiman' after 'Ranger Muhammad Sulaiman Doloh': a person's name of two
    words or more that opens exactly one longer person's name, written in full before it, is
    that person named short (names of the Malay and Arab worlds are shortened so)."""
    people = [c for c in clusters.values() if c.kind == "person" and not c.anonymous and c.mentions]
    for short in people:
        words = short.name.split()
        if len(words) < 2 or clusters.get(short.key) is not short:
            continue
        first_short = min(m.start for m in short.mentions)
        longer = [
            c for c in people
            if c is not short and clusters.get(c.key) is c
            and c.name.startswith(short.name + " ")
            and all(_SURNAME_SHAPE.match(w) for w in c.name[len(short.name) + 1 :].split())
            and min(m.start for m in c.mentions) < first_short
        ]
        if len(longer) != 1:
            continue
        owner = longer[0]
        for mention in short.mentions:
            mention.key, mention.short_form = owner.key, True
        owner.mentions.extend(short.mentions)
        owner.roles.extend(r for r in short.roles if r not in owner.roles)
        del clusters[short.key]
        _repoint(clusters, short.key, owner.key)


def _add_initials_mentions(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """'NUG spokesperson Kyaw Zaw' after 'the National Unity Government': a word in capitals the
    text never defines that spells the initials of one body's name it gives is that body."""
    by_initials: dict[str, set[str]] = {}
    for key, cluster in clusters.items():
        words = cluster.name.split()
        if cluster.kind not in ("person", "state") and not cluster.anonymous and len(words) >= 3:
            by_initials.setdefault(initials(words), set()).add(key)
    if not by_initials:
        return
    taken = _taken_tokens(clusters)
    for i, text in enumerate(token_texts(doc)):
        if not (3 <= len(text) <= 6 and text.isalpha() and text.isupper()) or i in taken:
            continue
        owners = by_initials.get(text, set())
        if len(owners) != 1:
            continue
        key = next(iter(owners))
        tok = doc[i]
        clusters[key].mentions.append(
            Candidate(tok.idx, tok.idx + len(text), i, i + 1, "acronym_use", key, text, clusters[key].kind)
        )


def _person_at(clusters: dict[str, Cluster], span: tuple[int, int], but: Cluster) -> Cluster | None:
    """Another person whose mention is exactly these tokens."""
    return next(
        (
            c
            for c in clusters.values()
            if c is not but
            and c.kind == "person"
            and any(m.tok_start == span[0] and m.tok_end == span[1] for m in c.mentions)
        ),
        None,
    )


def _after_bracket(doc: Doc, i: int) -> int | None:
    """The token after the bracket opening at token i, closed within 20 tokens; else None."""
    close = next((t.i for t in doc[i + 1 : i + 21] if t.text in ("(", ")")), None)
    return close + 1 if close is not None and doc[close].text == ")" else None


def _alias_after_description(doc: Doc, end: int) -> tuple[int, int] | None:
    """'X, a Georgian national also known as Y': a person's other name after a short
    description apposed to the name (an article, then at most four words, no verb)."""
    if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return None
    for j in range(end + 3, min(len(doc), end + 7)):
        if doc[j - 1].is_punct or doc[j - 1].pos_ in ("VERB", "AUX"):
            return None
        start = _after_cue(doc, j, bare=True, person=True)
        if start is not None:
            start += start < len(doc) and doc[start].text in _NAME_QUOTES  # 'the alias "X"'
            stop = _name_run(doc, start, min(len(doc), start + 7))
            return (start, stop) if stop > start else None
    return None


def _person_alias(doc: Doc, end: int, alias: tuple[int, int]) -> bool:
    """A person's other name: after a cue for a name ('known as', 'called', 'dubbed'; not
    'formerly', which tells a past post: 'formerly Phoenix's vice president'), one name (no
    'and' joining two), not a possessive."""
    start, stop = alias
    cue = {t.lower_ for t in doc[end:start]}
    birth = _birth_cue(doc, end + (end < len(doc) and doc[end].text in (",", "(")))
    if not (cue & _PERSON_ALIAS_CUES or birth):
        return False
    if any(t.lower_ in ("and", "&", "of", "for") for t in doc[start:stop]):
        return False
    if doc[start].lower_.rstrip(".") in _MONTH_WORDS:
        return False  # 'Ms. Underwood, born Dec. 20, 1974': a birth date, no name
    return stop >= len(doc) or doc[stop].text not in ("'s", "’s")


# and a birth name's ('born', 'née'); 'guerre' of 'nom de guerre', a fighter's other name
_PERSON_ALIAS_CUES = {"known", "called", "dubbed", "nicknamed", "a.k.a.", "aka", "alias", "goes", "guerre"}


_MONTH_WORDS = frozenset(
    {m.lower() for m in calendar.month_name[1:]} | {m.lower() for m in calendar.month_abbr[1:]} | {"sept"}
)


def _birth_cue(doc: Doc, i: int) -> bool:
    """A cue for a person's other name only ('born', 'née') at token i."""
    lowers = tuple(t.lower_ for t in doc[i : i + 3])
    return any(person_only and lowers[: len(cue)] == cue for cue, _, person_only in _alias_cues())


def _body_named_at(clusters: dict[str, Cluster], span: tuple[int, int]) -> bool:
    """A body (no person) has a mention on the token range."""
    start, end = span
    return any(
        c.kind != "person" and any(m.tok_start < end and start < m.tok_end for m in c.mentions)
        for c in clusters.values()
    )


def _people_named(clusters: dict[str, Cluster], name: str) -> list[Cluster]:
    """Named people with a mention written `name`."""
    people = (c for c in clusters.values() if c.kind == "person" and not c.anonymous)
    return [c for c in people if any(m.name == name for m in c.mentions)]


def _alias_after(doc: Doc, end: int, person: bool = False) -> tuple[int, int] | None:
    """Token range of a name given right after a group's name: in brackets ('X (Y)',
    'X (formerly Y)') or after a cue ('X, also known as Y', 'X known as Y'); with `person`,
    after a person's name, where a birth name's cue counts too ('X, born Y')."""
    if end + 2 < len(doc) and doc[end].text == "(":
        # '(born X; 28 July 1971 – ...)': a semicolon closes the name as the bracket does
        close = next((t.i for t in doc[end + 1 : end + 10] if t.text in (")", ";")), None)
        if doc[end + 2].text == "," and is_acronym(doc[end + 1].text):
            close = end + 2  # '(LDDH, from its French name ...)': the short form, then a gloss
        if close is None:
            return None
        start = _after_cue(doc, end + 1, bare=False, person=person)
        start = end + 1 if start is None else start
        start += 1 if doc[start].lower_ == "the" else 0
        if start < close and _name_run(doc, start, close) == close:
            return start, close
        return None
    set_off = end < len(doc) and (doc[end].text == "," or _set_off_dash(doc, end))
    start = _after_cue(doc, end + 1 if set_off else end, bare=not set_off, person=person)
    if start is None:
        return None
    if start < len(doc) and doc[start].text in _NAME_QUOTES:
        start += 1  # 'known as "El Mencho,"': a nickname in quotation marks
    if start < len(doc) and doc[start].lower_ == "the":
        start += 1
    stop = _name_run(doc, start, min(len(doc), start + 7))
    joined = next((i for i in range(start + 1, stop) if doc[i].lower_ == "and"), None)
    if joined is not None and is_acronym(doc[start:joined].text):
        stop = joined  # 'also known as ISIS and Daesh': two other names, the first one alone
    return (start, stop) if stop > start else None


def _set_off_dash(doc: Doc, i: int) -> bool:
    """A dash with a space before it at token i, which sets a phrase off as a comma does
    ('Dr Karim Haddad - known to his patients as Abu Nour - was'; not 'Haddad-led')."""
    return doc[i].text in _DASHES and i > 0 and bool(doc[i - 1].whitespace_)


_DASHES = frozenset({"-", "--", "–", "—"})


@cache
def _alias_cues() -> tuple[tuple[tuple[str, ...], bool, bool], ...]:
    """(cue words, counts with no comma before it, gives only a person's other name), longest
    first (data/actor_rules.json)."""
    cues = {
        tuple(w.lower().split()): (bool(r.get("bare")), bool(r.get("person_only")))
        for r in role_rules("alias_cues")
        for w in r["words"]
    }
    longest_first = sorted(cues.items(), key=lambda kv: -len(kv[0]))
    return tuple((cue, bare, person) for cue, (bare, person) in longest_first)


def _after_cue(doc: Doc, i: int, bare: bool, person: bool = False) -> int | None:
    """Where the name starts after an alias cue at token i; with `bare`, only a cue that may
    follow a name directly ('X known as Y': 'X called Y' is a call). 'also known by its
    Arabic acronym as DAESH': a short phrase may come between a cue's last 'as' and the rest."""
    lowers = token_lowers(doc)[i : i + 12]
    if not lowers or lowers[0] not in _cue_openers():
        return None  # a cue matches from its first word on, whatever path it takes
    for cue, bare_ok, person_only in _alias_cues():
        if (bare and not bare_ok) or (person_only and not person):
            continue
        n = len(cue)
        if tuple(lowers[:n]) == cue:
            return i + n
        if cue[-1] == "as" and tuple(lowers[: n - 1]) == cue[:-1]:
            as_at = next((k for k in range(n - 1, min(len(lowers), n + 5)) if lowers[k] == "as"), None)
            if as_at is not None:
                return i + as_at + 1
            # 'known by its French acronym FARDC': the noun for a short name, then the name
            reach = range(n, min(len(lowers), n + 4))
            noun_at = next((k for k in reach if lowers[k] in _SHORT_NAME_NOUNS), None)
            if lowers[n - 1 : n] == ["by"] and noun_at is not None:
                return i + noun_at + 1
    return None


_SHORT_NAME_NOUNS = {"acronym", "initials", "abbreviation"}


@cache
def _cue_openers() -> frozenset[str]:
    """The first word of each alias cue: a cheap test before the cues are tried in turn."""
    return frozenset(cue[0] for cue, _, _ in _alias_cues())


def _name_run(doc: Doc, start: int, limit: int) -> int:
    """End of the capitalised name starting at `start` (joiners inside it allowed)."""
    i = start
    while i < limit:
        tok = doc[i]
        capitalised = tok.text[:1].isupper() and not tok.is_punct
        if not (capitalised or tok.lower_ in _NAME_JOINERS or tok.lower_.startswith(("al-", "el-"))):
            break
        i += 1
    while i > start and doc[i - 1].lower_ in _NAME_JOINERS:
        i -= 1
    if i > start and not any(c.isdigit() for c in doc[start:i].text):
        return i
    return start


def _take_alias(doc: Doc, clusters: dict[str, Cluster], group: Cluster, alias: tuple[int, int]) -> None:
    start, end = alias
    for key in list(clusters):
        other = clusters[key]
        if other is group:
            continue
        inside = [m for m in other.mentions if start <= m.tok_start and m.tok_end <= end]
        crossing = [m for m in other.mentions if m.tok_start < end and start < m.tok_end and m not in inside]
        if crossing or not inside:
            if crossing:
                return  # a longer actor runs through the alias: not a clean name
            continue
        if key.startswith("reg:") and group.key.startswith("reg:"):
            return  # two registered actors are not each other's aliases
        if key.startswith("reg:") and not group.key.startswith("reg:"):
            # a registered group named in brackets gives its identity to the new name; an
            # unregistered one is the other name of the group named first ('X (formerly Y)')
            other.mentions.extend(group.mentions)
            _repoint(clusters, group.key, key)
            del clusters[group.key]
            return
        # the name's later uses are the group's too ('known by its French acronym FARDC ...
        # FARDC spokesman X'); what the model read elsewhere stays
        alias_text = doc[start:end].text
        later = [m for m in other.mentions if m not in inside and m.text == alias_text]
        group.mentions.extend(later)
        other.mentions[:] = [m for m in other.mentions if m not in inside and m not in later]
        if not other.mentions:
            del clusters[key]
            _repoint(clusters, key, group.key)
    span = doc[start:end]
    if any(m.tok_start == start and m.tok_end == end for m in group.mentions):
        return
    rule = "alias_definition"
    group.mentions.append(
        Candidate(span.start_char, span.end_char, start, end, rule, group.key, span.text, group.kind)
    )
    _merge_named_by_alias(clusters, group, span.text)


def _merge_named_by_alias(clusters: dict[str, Cluster], group: Cluster, alias: str) -> None:
    """'the Paraguayan People's Army (EPP)' ... 'the EPP emerged': an actor the model read
    elsewhere under the bracketed name alone, where the brackets themselves went untagged, is
    the group (not a registered actor, which keeps its own identity)."""
    wanted = name_key(alias)
    for key, other in list(clusters.items()):
        if other is group or other.anonymous or key.startswith("reg:") or other.kind in _NOT_GROUPS:
            continue
        if name_key(other.name) == wanted:
            group.mentions.extend(other.mentions)
            _repoint(clusters, key, group.key)
            del clusters[key]


def _repoint(clusters: dict[str, Cluster], old: str, new: str) -> None:
    for cluster in clusters.values():
        if cluster.affiliation == old:
            cluster.affiliation = new if cluster.key != new else None


def _two_word_end_of_another(doc: Doc, cand: Candidate, full_name: str | None) -> bool:
    """'Mrs Holder-Wooloff' after 'Matthew Holder-Wooloff' (his mother): a name of two words
    whose honorific tells another gender than the full name's given name. Read for such names
    only: a lone surname keeps what it did ('Keith Claussen' ... 'Ms. Claussen' is one woman)."""
    told = honorific_gender(doc, cand.tok_start)
    if len(name_key(cand.name).split()) != 2 or not told or not full_name:
        return False
    given = given_name_gender(full_name)
    return given is not None and given != told


def _name_ends(full: dict[str, str]) -> dict[str, str]:
    """The last two words of each full name of three words or more, where they are one
    name's only ('co nhaga' of 'armando co nhaga'); not a particle and a surname ('bin laden')."""
    ends: dict[str, set[str]] = {}
    for key_name, key in full.items():
        words = key_name.split()
        if len(words) > 2 and words[-2] not in NAME_PARTICLES:
            ends.setdefault(" ".join(words[-2:]), set()).add(key)
    return {end: next(iter(keys)) for end, keys in ends.items() if len(keys) == 1}


def _first_starts(candidates: list[Candidate]) -> dict[str, int]:
    """Where the text first names each candidate key."""
    first: dict[str, int] = {}
    for cand in candidates:
        first[cand.key] = min(first.get(cand.key, cand.start), cand.start)
    return first


def _later_name_end(short: str, longer: str, full: dict[str, str], first: dict[str, int]) -> bool:
    """A two-word name that is the last two words of the one longer name the text gave first
    ('Có Nhaga' after 'Armando Có Nhaga'; not 'Mohammed Ali' after 'Ahmed Mohammed Ali': a
    given name opening it makes it another's)."""
    own = full.get(short)
    if own is None or own == longer or short.split()[0] in given_name_set():
        return False
    return first[longer] < first[own]


def _person_index(candidates: list[Candidate]) -> tuple[dict[str, str | None], dict[str, set[str]]]:
    """Name key -> person cluster key; a short form maps to the one full name it abbreviates.
    Also: short form -> the keys of the several full names it may abbreviate."""
    full: dict[str, str] = {}
    for cand in candidates:
        if (
            cand.kind == "person"
            and not cand.anonymous
            and len(cand.name.split()) >= 2
            and not cand.key.startswith("role:")
            and name_key(cand.name).strip()  # a name of signs alone has no key ('ⶸҸ ⊕Ѫ')
        ):
            full.setdefault(name_key(cand.name), cand.key)
            if cand.written and len(cand.written.split()) >= 2 and cand.key.startswith("reg:"):
                full.setdefault(name_key(cand.written), cand.key)  # 'Mazloum Kobani' ... 'Kobani'
    index: dict[str, str | None] = dict(full)
    owners: dict[str, set[str]] = {}
    for key_name, key in full.items():
        for short in short_forms(key_name, given_name_set(), two_surname_given_names()):
            owners.setdefault(short, set()).add(key)
    for short, keys in owners.items():
        if short not in index:
            index[short] = next(iter(keys)) if len(keys) == 1 else None
    ends = _name_ends(full)
    first = _first_starts(candidates) if ends else {}
    for short, longer in ends.items():
        if short not in index or _later_name_end(short, longer, full, first):
            index[short] = longer  # 'Armando Có Nhaga' ... 'Có Nhaga said'; "Brian O'Connor" ... "O'Connor"
    for cand in candidates:  # a lone surname with a title ("President Obama") stands alone
        if (
            cand.kind == "person"
            and not cand.anonymous
            and name_key(cand.name) not in index
            and not cand.key.startswith("role:")
        ):
            index[name_key(cand.name)] = cand.key if cand.titled else None
    # only a surname of each ('Gonzalez'), not a given name of one ('Hussein Ali', 'Saddam Hussein')
    givens = {name_key(name.split()[0]) for name in full}
    shared = {
        short: keys
        for short, keys in owners.items()
        if len(keys) > 1 and index.get(short) is None and short not in givens
    }
    return index, shared


def _add_short_names(ctx: Context, clusters: dict[str, Cluster], registry: Registry) -> None:
    """'Mustafa Bali' ... 'Bali': later bare surnames join the person, whatever NER said; not
    a state's name the model reads as a place ('Amnesty International Kenya' is no later
    'Kenya' of a person 'Amnesty Kenya' the model misread)."""
    doc = ctx.doc
    shorts: dict[str, set[str]] = {}
    givens: set[str] = set()  # a word that is one's given name and another's surname joins neither
    for cluster in clusters.values():
        if cluster.kind == "person" and not cluster.anonymous and not cluster.key.startswith("role:"):
            written = {m.written for m in cluster.mentions if m.key.startswith("reg:") and " " in m.written}
            for name in {cluster.name, *written, *_other_full_names(cluster)}:
                for short in short_forms(name, given_name_set(), two_surname_given_names()):
                    shorts.setdefault(short, set()).add(cluster.key)
            if " " in cluster.name:
                givens.add(name_key(cluster.name.split()[0]))
            elif len(cluster.name) > 2 and cluster.name.isalpha():
                # a person the text names by one word ('Kotzer said') is that word again later
                shorts.setdefault(name_key(cluster.name), set()).add(cluster.key)
    taken = _taken_tokens(clusters)
    _add_full_names(doc, clusters, taken)
    _add_titled_given_names(doc, clusters, taken)
    _add_company_openings(ctx, clusters, taken)
    _add_repeated_body_names(doc, clusters, taken)
    if not shorts:
        return
    keys: dict[str, str] = {}  # name_key is costly and a doc repeats its words
    texts = token_texts(doc)
    for i, text in enumerate(texts):
        if i in taken or not text[:1].isupper() or (len(text) == 2 and text.isupper()):
            continue  # 'UK' is no later 'Uk' of a two-letter surname
        width = 1
        if _hyphened_name_at(doc, texts, i):
            # 'Chinnici-Zuercher said': a double-barrelled surname is one short name (else each
            # word is read alone: 'the Netanyahu-Lieberman-Barak government')
            joined = doc[i : i + 3].text
            if shorts.get(keys.setdefault(joined, name_key(joined))):
                text, width = joined, 3
        if text not in keys:
            keys[text] = name_key(text)
        owners = shorts.get(keys[text])
        if not owners:
            continue
        if len(owners) == 1:
            key: str | None = next(iter(owners))
        elif keys[text] in givens:
            continue
        else:
            key = _nearest_owner(clusters, owners, doc[i].idx, honorific_gender(doc, i))
        if key is None:
            continue
        tok = doc[i]  # a Token only for a word that is someone's short name
        if _placed(tok) or any(j in taken for j in range(i, i + width)):
            continue
        if _names_go_on(doc, i + width, clusters[key]):
            continue
        if keys[text] in text_place_words(doc) and _before_small_noun(doc, i + width):
            continue  # 'Bawm villages', 'Bawm families' after a person 'Lalrem Sanga Bawm'
        if tok.ent_type_ == "GPE" and registry.keys.get(keys[text], "").startswith("state-"):
            continue
        if text in registry.demonyms and (tok.pos_ == "ADJ" or tok.dep_ == "amod"):
            continue  # 'Congolese territory' after a person 'Congolese Tutsi' the model made
            # (not 'French said' of 'Officer Monica French')
        end = tok.idx + len(text)
        clusters[key].mentions.append(
            Candidate(
                tok.idx,
                end,
                tok.i,
                tok.i + width,
                "coref_short",
                key,
                text,
                "person",
                short_form=True,
            )
        )


def _before_small_noun(doc: Doc, i: int) -> bool:
    return i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].is_lower


def _add_repeated_state_names(doc: Doc, clusters: dict[str, Cluster], registry: Registry) -> None:
    """A state (or a capital standing for it) that acts somewhere in the text is a party to the
    story: its name written again is that party too ('Gitega accuses Rwanda ...', "Kinshasa's
    failure"), except where it only places something ('in Burundi', 'near Kigali', "Niger's
    Tillaberi region", 'the Kyiv-based centre', 'Northern Ireland') or opens a dateline."""
    names: dict[tuple[str, ...], str] = {}
    capitals: set[tuple[str, ...]] = set()  # a capital written again is more often the city
    texts = token_texts(doc)
    for key, cluster in clusters.items():
        state = key.removeprefix("reg:")
        named = False  # the text names the state itself, not only its people ('Iraqi')
        for m in cluster.mentions if not cluster.anonymous else ():
            words = _words_after_the(texts, m)
            if m.capital_of:
                names.setdefault(words, key)
                capitals.add(words)
            elif cluster.kind == "state" and words and words[0][:1].isupper():
                named = named or registered_state(registry, " ".join(words)) == state
        if named:  # by any of its names: 'the Russian Federation' after 'Russia'
            for name in registry.state_names.get(state, ()):
                names.setdefault(tuple(name.split()), key)
    if not names:
        return
    for start, end, key in list(_unclaimed_occurrences(doc, names, _taken_tokens(clusters))):
        if not _party_use(doc, texts, start, end, capital=tuple(texts[start:end]) in capitals):
            continue
        span = doc[start:end]
        cluster = clusters[key]
        cluster.mentions.append(
            Candidate(span.start_char, span.end_char, start, end, "state_again", key, span.text, cluster.kind)
        )


def _words_after_the(texts: list[str], mention: Candidate) -> tuple[str, ...]:
    """The mention's words without an opening 'the' ('the Shining Path' -> Shining Path)."""
    start = mention.tok_start + (texts[mention.tok_start].lower() == "the")
    return tuple(texts[start : mention.tok_end])


def _party_use(doc: Doc, texts: list[str], start: int, end: int, capital: bool) -> bool:
    """The name at tokens start..end is a party here, not a place: no longer name holds it, no
    dateline, no preposition or verb that puts something there ('in', 'near', 'fled to',
    'seizing'), no place noun it owns ("Niger's Tillaberi region")."""
    hyphened = (start > 0 and texts[start - 1] == "-") or (end < len(texts) and texts[end] == "-")
    if hyphened or _in_longer_name(doc, texts, start, end):
        return False  # 'the Kyiv-based centre', 'Northern Ireland'
    if _in_a_dateline(doc, texts, start, end) or alone_on_its_line(doc[start:end]):
        return False  # a dateline, or a heading ('Iraq' above a list of strikes)
    at = start - (start > 0 and texts[start - 1].lower() == "the")
    before = texts[at - 1].lower() if at > 0 else ""
    if before in rule_words("placing_words") or (capital and before in _CAPITAL_PLACING_WORDS):
        return False
    root = first_conjunct(doc[start:end].root)
    described = (c for c in doc[start:end].root.children if c.i < start)
    if any((c.dep_ == "amod" and c.pos_ == "ADJ") or c.lower_ in ("a", "an") for c in described):
        return False  # 'a democratic Djibouti': the land as it might be
    if end + 1 < len(texts) and texts[end] in ("'s", "’s", "'", "’"):
        owned = root.head if root.dep_ == "poss" else doc[end + 1]
        # not "Niger's Tillaberi region" (data/actor_rules.json land_nouns)
        return owned.lower_ not in rule_words("land_nouns") and owned.pos_ != "PROPN"
    if root.dep_ == "pobj":
        return _party_preposition(root.head)
    if root.dep_ == "nsubj" and described_as_a_land(root.head):
        return False  # 'Honduras is one of the most dangerous countries for land defenders'
    if root.dep_ == "compound" and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head.lower_ in rule_words("state_action_nouns")  # not 'the Honiara riots'
    # not 'seizing Addis Ababa' (data/actor_rules.json taken_place_verbs)
    return not (root.dep_ == "dobj" and root.head.lemma_ in rule_words("taken_place_verbs"))


def _in_a_dateline(doc: Doc, texts: list[str], start: int, end: int) -> bool:
    """'GOMA, Congo (AP) -', 'Chișinău, 22 May -', 'in Nairobi, Kenya, and': a state after its
    city, or a place opening a statement's line before its date."""
    before = doc[start - 2] if start > 1 and texts[start - 1] == "," else None
    city = before is not None and (before.text.isupper() or before.ent_type_ in ("GPE", "LOC"))
    if city and (end == len(texts) or texts[end] in _AFTER_A_PLACE or "\n" in texts[end]):
        return True
    if in_dateline(doc, start, end):
        return True  # 'LUANDA, Angola, Nov 20 -', 'PORT-AU-PRINCE, Haiti (AP) --'
    bracketed = start > 1 and texts[start - 1] == "(" and texts[end : end + 1] == [")"]
    if bracketed and texts[start - 2][:1].isupper():
        return True  # 'Ziguinchor (Senegal) (AFP) -'
    line_start = start == 0 or "\n" in texts[start - 1]
    if not line_start or end + 1 >= len(texts):
        return False
    # 'Djibouti (AFP) -', 'Chișinău, 22 May -', and a headline's 'Sri Lanka: ...' (the topic)
    return texts[end] in ("(", ":") or (texts[end] == "," and doc[end + 1].ent_type_ == "DATE")


def _party_preposition(prep: Token) -> bool:
    """'talks with Kigali', 'pressure from Bangui', 'an embargo on Iraq' (not 'in Burundi',
    'fled to Congo', 'bound for Iraq', 'the border with Azerbaijan', 'a report on Syria')."""
    word, head = prep.lower_, prep.head
    if word in rule_words("placing_words"):
        return False
    if head.lower_ in ("back", "home", "out") and head.head.i != head.i:
        head = head.head  # 'sent back to Cuba', 'in and out of Iraq'
    going = rule_words("motion_words") & {head.lemma_, head.lower_}
    if going and word in ("to", "for", "from", "into"):
        return False
    if word == "to" and head.lower_ in _ENVOY_NOUNS:
        return False  # 'the Iraqi ambassador to Venezuela': whose envoy, not a party
    if word in ("on", "for", "about") and head.lower_ in _TOPIC_NOUNS:
        return False  # 'the Commission of Inquiry on Syria', 'a report on Iraq': the subject
    if word == "of":
        # not 'the streets of Honiara', 'King Hussein of Jordan', 'in and out of Iraq'
        return head.lower_ not in rule_words("land_nouns") and head.pos_ != "PROPN" and head.lower_ != "out"
    return not (word in ("with", "between") and head.lower_ in _LINE_NOUNS)  # 'the frontier between Iraq and'


_AFTER_A_PLACE = frozenset({",", ".", "(", ")", ";", ":"})
_CAPITAL_PLACING_WORDS = frozenset({"from", "to", "for", "a"})
_LINE_NOUNS = frozenset({"border", "borders", "frontier", "boundary", "line"})
_ENVOY_NOUNS = frozenset(
    {"ambassador", "envoy", "representative", "emissary", "consul", "attaché", "mission"}
)
# what is written or held about a land: the name after their 'on', 'for' or 'about' is its subject
_TOPIC_NOUNS = frozenset(
    {"report", "reports", "inquiry", "commission", "conference", "resolution", "envoy", "representative",
     "study", "briefing", "book", "expert", "analyst", "scholar", "policy", "strategy", "debate", "hearing"}
    | {"coordinator"}  # 'the UN Humanitarian Coordinator for Iraq'
)


def _hyphened_name_at(doc: Doc, texts: list[str], i: int) -> bool:
    """Tokens i..i+2 are one capitalised word joined by a hyphen to another ('Chinnici-Zuercher')."""
    return (
        i + 2 < len(texts)
        and texts[i + 1] == "-"
        and texts[i + 2][:1].isupper()
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
    )


def _other_full_names(cluster: Cluster) -> set[str]:
    """The person's other full names: 'Tarkhan Batirashvili, also known as Abu Omar
    al-Shishani' ... 'Shishani' (an alias the cue gave, or a name another cluster had)."""
    return {
        m.name
        for m in cluster.mentions
        if " " in m.name
        and (m.rule == "alias_definition" or (m.key != cluster.key and m.key.startswith("person:")))
    }


def _names_go_on(doc: Doc, after: int, cluster: Cluster) -> bool:
    """Another name's word follows ('Jaskaran Singh Aulakh' after 'Manpreet Singh'): the word
    is the middle of a longer name the model did not read whole, not this person's short name
    (the person's own next word may follow: 'Juan Miguel' of 'Juan Miguel Gonzalez'); not in a
    headline's capitalised words ('Aulakh Says ...')."""
    if after >= len(doc):
        return False
    tok = doc[after]
    name_word = tok.text[:1].isupper() and tok.text.isalpha() and tok.pos_ == "PROPN"
    if not name_word or tok.ent_type_ not in ("PERSON", "ORG", ""):
        return False
    own = {name_key(word) for m in cluster.mentions for word in m.text.split()}
    return name_key(tok.text) not in own and not shouted_line(doc_text(doc), tok.idx)


def _placed(tok: Token) -> bool:
    """'fighting in Kobani': a place the model reads after a place preposition is no surname;
    nor a word of a longer place's name ('across Lake Assad')."""
    if tok.ent_type_ not in ("GPE", "LOC", "FAC") or tok.i == 0:
        return False
    if in_place_name(tok.doc[tok.i : tok.i + 1]):
        return True
    return tok.doc[tok.i - 1].lower_ in _PLACE_PREPOSITIONS


# not 'to', 'from', 'at': 'a letter to Reno' is to the person
_PLACE_PREPOSITIONS = frozenset(
    {"in", "near", "outside", "around", "into", "across", "toward", "towards", "inside", "through"}
)


# last words of a company's name: the word before them is the name itself ('Hartwell Industries')
_COMPANY_ENDINGS = frozenset(
    {"inc", "corp", "co", "ltd", "plc", "llc", "gmbh", "limited", "holdings", "industries", "enterprises",
     "technologies", "motors", "airways", "airlines", "pharmaceuticals", "laboratories", "communications",
     "securities", "investments", "company", "corporation", "group"}
)


# last words of an outlet's name: the word before them is the outlet's own ('Alsumaria News')
_OUTLET_ENDINGS = frozenset({"news", "tv", "television", "radio", "network", "media", "channel"})


def _company_opening(name: str, kind: str = "organization") -> str | None:
    """'Nashua' of 'Nashua Corp.', 'Phoenix' of 'Phoenix Technologies Ltd.'; for an outlet,
    'Alsumaria' of 'Alsumaria News'."""
    endings = _OUTLET_ENDINGS if kind == "media" else _COMPANY_ENDINGS
    for words in (name.split(), without_legal_form(name).split()):
        if len(words) == 2 and words[1].lower().rstrip(".") in endings:
            return words[0]
    return None


def _add_company_openings(ctx: Context, clusters: dict[str, Cluster], taken: set[int]) -> None:
    """'Hartwell said ...' after 'Hartwell Industries': the one company (or outlet: 'Alsumaria
    News') whose two-word name (legal form aside) opens with a capitalised word is that word
    written alone later, whatever the model read it as; not a word of a person's name or of a
    longer place's name ('Platte' of 'Platte Co.' beside 'Platte City'), nor a place after a
    place's preposition ('in Nashua'), nor for an outlet a place the gazetteer knows
    ('Kurdistan' of 'Kurdistan TV'), nor a word that opens a longer name there."""
    doc = ctx.doc
    openings: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    people = {w for c in clusters.values() if c.kind == "person" for w in c.name.split()}
    for cluster in clusters.values():
        if cluster.kind not in ("organization", "media") or cluster.anonymous:
            continue
        first = _company_opening(cluster.name, cluster.kind)
        if first and first.isalpha() and first not in people:
            openings.setdefault(first, set()).add(cluster.key)
            first_at[first] = min(m.start for m in cluster.mentions)
    places = {t.text for e in doc_ents(doc) if e.label_ in ("GPE", "LOC", "FAC") and len(e) > 1 for t in e}
    openings = {word: keys for word, keys in openings.items() if word not in places}
    if not openings:
        return
    texts = token_texts(doc)
    for i, text in enumerate(texts):
        owners = openings.get(text)
        if not owners or len(owners) != 1 or i in taken or doc[i].idx < first_at[text]:
            continue
        if i + 1 < len(texts) and texts[i + 1][:1].isupper():
            continue  # 'Hartwell Road': a longer name
        key, at = next(iter(owners)), doc[i].idx
        kind = clusters[key].kind
        if _placed(doc[i]) or (kind == "media" and ctx.owner_of("geocoded_places", at, at + len(text))):
            continue  # outlets are named after their lands ('Palestine TV'), companies less often
        clusters[key].mentions.append(
            Candidate(at, at + len(text), i, i + 1, "coref_short", key, text, kind, short_form=True)
        )
        taken.add(i)


def _add_repeated_body_names(doc: Doc, clusters: dict[str, Cluster], taken: set[int]) -> None:
    """A body's name of two words or more, written again where the model missed it ('The Army
    of the Victorious Sect' after the name was given as a translation), is that body again;
    not inside a longer capitalised name. A registered body's own names have their matcher:
    only a name the text gave it is looked for."""
    names: dict[tuple[str, ...], str] = {}
    capitals: set[tuple[str, ...]] = set()  # names that are a capital's, standing for its state
    texts = token_texts(doc)
    small = {t.lower() for t in texts if t[:1].islower()}  # the text's words in small letters
    for cluster in clusters.values():
        if cluster.kind in _NOT_GROUPS or cluster.anonymous:
            continue
        registered = cluster.key.startswith("reg:")
        for m in cluster.mentions:
            if registered and m.rule != "alias_definition":
                continue
            words = _words_after_the(texts, m)
            several = len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper()
            # a one-word name the text gave ('the Malian Armed Forces, known as FAMa') is a name
            given = len(words) == 1 and m.rule == "alias_definition" and words[0][:1].isupper()
            if m.capital_of or cluster.key.startswith("region:"):
                capitals.add(words)  # a region's name is as often the land
            if several or given or (len(words) == 1 and not registered and _coined_name(words[0], small)):
                names.setdefault(words, cluster.key)
    if not names:
        return
    # a name written in capitals in a headline, a title or a sign-off ('STATEMENT OF THE
    # NATIONAL MARITIME COUNCIL ON ...', '— NATIONAL MARITIME COUNCIL'): the same body
    shouted = {tuple(w.upper() for w in words): key for words, key in names.items() if len(words) >= 2}
    names = {**{w: k for w, k in shouted.items() if w not in names}, **names}
    # an unnamed speaker's description may hold the name ('a spokesman for FAMa'): still a use
    described = _tokens_held(clusters, anonymous=True) - _tokens_held(clusters, anonymous=False)
    for start, end, key in _unclaimed_occurrences(doc, names, taken - described):
        in_capitals = tuple(texts[start:end]) in shouted and shouted_line(doc_text(doc), doc[start].idx)
        if not in_capitals and _in_longer_name(doc, texts, start, end):
            continue
        if end - start == 1 and doc[start].ent_type_ not in _NAME_TYPES:
            continue  # 'French' there is a nationality, whatever a name was
        if tuple(texts[start:end]) in capitals and not _opens_a_clause(doc, start, end):
            continue  # a capital written again is as often the city ('a Lomé lawyer', 'in Lomé')
        span = doc[start:end]
        kind = clusters[key].kind
        clusters[key].mentions.append(
            Candidate(span.start_char, span.end_char, start, end, "coref_full", key, span.text, kind)
        )
        taken.update(range(start, end))


def _opens_a_clause(doc: Doc, start: int, end: int) -> bool:
    """A verb follows the name and no preposition stands before it ('Tbilisi accuses the
    separatists', where the parse of a subheading missed the subject)."""
    after = end < len(doc) and doc[end].pos_ in ("VERB", "AUX")
    return after and (start == 0 or doc[start - 1].pos_ != "ADP")


def _tokens_held(clusters: dict[str, Cluster], anonymous: bool) -> set[int]:
    """The tokens the mentions of unnamed (or of named) actors hold."""
    return {i for c in clusters.values() if c.anonymous == anonymous for m in c.mentions
            for i in range(m.tok_start, m.tok_end)}


# what the model may call a one-word body's name written again
_NAME_TYPES = frozenset({"", "ORG", "PERSON", "PRODUCT"})


def _coined_name(word: str, small: set[str]) -> bool:
    """A one-word body's name that is no word of the language the text also uses in small
    letters ('Ukrenergo', 'Naftogaz'; not 'Apple' beside 'apples', nor 'Reform' beside 'reform')."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) > 3):
        return False
    lower = word.lower()
    return not any(w.startswith(lower) for w in small)


def _in_longer_name(doc: Doc, texts: list[str], start: int, end: int) -> bool:
    """A capitalised word right before (not a sentence's 'The', 'Twenty' or 'Some') or right
    after the range."""
    before = texts[start - 1] if start > 0 else ""
    after = texts[end] if end < len(texts) else ""
    opens = before[:1].isupper() and before != "The" and before.isalpha()
    opens = opens and not _sentence_opener(doc, start - 1)
    return opens or (after[:1].isupper() and after.isalpha())


def _sentence_opener(doc: Doc, i: int) -> bool:
    """Token i opens its sentence and is a number or a function word, capitalised only for
    that ('Twenty Iraqi Border Guard Force instructors', 'Some Kurdish Red Crescent staff')."""
    tok = doc[i]
    return tok.is_sent_start is True and (tok.like_num or tok.lower_ in STOP_WORDS)


def _add_titled_given_names(doc: Doc, clusters: dict[str, Cluster], taken: set[int]) -> None:
    """'Sheikh Tamim' after 'Sheikh Tamim bin Hamad Al Thani': under a title used with a
    given name (data/actors.json given_name_titles), the first word of a person's fuller name
    written under such a title is that person, whatever the model read it as ('Tamim' as a
    nationality). Only one person may open with the word."""
    titles = registry_words("given_name_titles")
    firsts: dict[str, set[str]] = {}
    for cluster in clusters.values():
        if cluster.kind != "person" or cluster.anonymous or " " not in cluster.name:
            continue
        if any(_under_title(doc, m.tok_start, titles) for m in cluster.mentions):
            firsts.setdefault(cluster.name.split()[0], set()).add(cluster.key)
    if not firsts:
        return
    for title in tokens_among(doc, titles):
        word = title.i + 1
        if word >= len(doc) or word in taken or title.i in taken:
            continue
        owners = firsts.get(doc[word].text, set())
        if len(owners) == 1:
            key = next(iter(owners))
            clusters[key].mentions.append(
                Candidate(
                    title.idx,
                    doc[word].idx + len(doc[word].text),
                    title.i,
                    word + 1,
                    "coref_given_name",
                    key,
                    clusters[key].name,
                    "person",
                    short_form=True,
                )
            )
            taken.update((title.i, word))


def _under_title(doc: Doc, start: int, titles: frozenset[str]) -> bool:
    return doc[start].text in titles or (start > 0 and doc[start - 1].text in titles)


def _add_full_names(doc: Doc, clusters: dict[str, Cluster], taken: set[int]) -> None:
    """A full name the model missed once (in a headline, say) is still that person."""
    names = {
        tuple(c.name.split()): c.key
        for c in clusters.values()
        if c.kind == "person"
        and not c.anonymous
        and len(c.name.split()) >= 2
        and not c.key.startswith("role:")
    }
    if not names:
        return
    for start, end, key in _unclaimed_occurrences(doc, names, taken):
        span = doc[start:end]
        clusters[key].mentions.append(
            Candidate(span.start_char, span.end_char, start, end, "coref_full", key, span.text, "person")
        )
        taken.update(range(start, end))


def _unclaimed_occurrences(
    doc: Doc, names: dict[tuple[str, ...], str], taken: set[int]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, key) of each place a name's words are written on tokens no mention holds,
    name by name (`taken` is read as the caller adds to it). Each name visits only the tokens
    that can start it."""
    texts, where = token_texts(doc), text_positions(doc)
    for words, key in names.items():
        n = len(words)
        for start in where.get(words[0], ()):
            free = not any(i in taken for i in range(start, start + n))
            if free and tuple(texts[start : start + n]) == words:
                yield start, start + n, key


def _add_descriptive_variants(doc: Doc, registry: Registry, clusters: dict[str, Cluster]) -> None:
    """ "Syria's democratic forces" is the Syrian Democratic Forces when the words agree."""
    from rapidfuzz import fuzz

    taken = _taken_tokens(clusters)
    targets = {name_key(c.name): k for k, c in clusters.items() if not c.anonymous}
    last = len(doc) - 2
    for poss in tokens_among(doc, ("'s", "’s")):
        if not 1 <= poss.i <= last:
            continue
        tok = doc[poss.i - 1]
        if name_key(tok.text) not in registry.demonym_of:
            continue
        scored = []
        for length in (1, 2, 3):
            end = tok.i + 2 + length
            if (
                end > len(doc)
                or any(i in taken for i in range(tok.i, end))
                or not all(t.is_alpha and t.pos_ not in ("VERB", "AUX") for t in doc[tok.i + 2 : end])
            ):
                break
            variant = name_key(possessive_to_demonym(doc[tok.i : end].text, registry.demonym_of))
            for target in targets:
                scored.append((fuzz.ratio(target, variant), -length, end, target))
        if scored and max(scored)[0] >= 90:
            _, _, end, target = max(scored)
            span, key = doc[tok.i : end], targets[target]
            clusters[key].mentions.append(
                Candidate(
                    span.start_char,
                    span.end_char,
                    tok.i,
                    end,
                    "possessive_variant",
                    key,
                    span.text,
                    clusters[key].kind,
                )
            )
            taken.update(range(tok.i, end))


def _untitled(alias: str, cluster: Cluster) -> str:
    """'President Recep Tayyip Erdogan' -> 'Recep Tayyip Erdogan': a person's title is a role."""
    for role in sorted(cluster.roles, key=len, reverse=True) if cluster.kind == "person" else ():
        if alias.startswith(role + " "):
            return alias[len(role) + 1 :]
    return alias


def _alias(ctx: Context, mention: Candidate) -> str:
    """The surface form of a name; for a person, without the title that opened the mention."""
    if mention.kind == "person" and not mention.anonymous and mention.rule == "ner_person":
        return clean(mention.name)
    return clean(ctx.text[mention.start : mention.end])


_PLURAL_HEADS = {
    "forces",
    "units",
    "army",
    "militias",
    "brigades",
    "factions",
    "fighters",
    "troops",
    "guards",
    "houthis",
    "rebels",
    "peshmerga",
}


@dataclass(frozen=True)
class _GroupNoun:
    kinds: frozenset[str]
    plural_names: bool  # 'the militia' may be the Popular Mobilization Forces
    same_head: bool  # 'the squadron' is only a body named '... Squadron'
    company_names: bool = False  # 'the company' is a name shaped like one ('X Corp.', 'IBM')
    unless_words: frozenset[str] = frozenset()  # 'the newspaper' is no '... TV'
    named_head: bool = False  # 'the school' is a body whose name's head is School, no 'School Board'
    part_of_called: bool = False  # 'a Richmond Police Department unit' is a part of the body, not it


def _name_head(words: list[str]) -> str:
    """The head of a body's name in small letters: its last word before 'of', 'for', 'in' or
    'on' ('council' of 'Council of Europe', 'board' of 'Crestwood School Board')."""
    cut = next((i for i, w in enumerate(words) if i and w in ("of", "for", "in", "on")), len(words))
    return words[cut - 1].strip("'’").removesuffix("’s").removesuffix("'s")


@cache
def _group_nouns() -> dict[str, _GroupNoun]:
    """'group', 'militia', 'coalition' -> the kinds of body each takes up (data/actor_rules.json)."""
    return {
        w: _GroupNoun(
            frozenset(r["kinds"]),
            bool(r.get("plural_names")),
            bool(r.get("same_head")),
            bool(r.get("company_names")),
            frozenset(x.lower() for x in r.get("unless_words", ())),
            bool(r.get("named_head")),
            bool(r.get("part_of_called")),
        )
        for r in role_rules("group_nouns")
        for w in r["words"]
    }


@cache
def _group_adjectives() -> dict[str, frozenset[str]]:
    """'terrorist', 'rebel' -> the kinds they narrow 'the ... group' to."""
    return {w: frozenset(r["kinds"]) for r in role_rules("group_adjectives") for w in r["words"]}


def _add_group_anaphora(doc: Doc, clusters: dict[str, Cluster], text: str) -> None:
    """'the organization', 'the terrorist group', 'the militia', 'the coalition': a body the
    text has named, of a kind the noun allows (an adjective narrows it: 'the terrorist group'
    is an armed group; 'the rights group' is any group): the latest one the text called so
    ('the YPG militia' ... 'the militia'), else the only one named earlier in the paragraph,
    else the only one named so far, else the one named most (at least twice, more often than
    any other), else the nearest one named earlier in the same sentence.
    "the group of civilians" is a group of something else and is left alone.
    """
    nouns = _group_nouns()
    named = sorted(
        (m.start, c.key, c.kind, c.name.split()[-1].lower() in _PLURAL_HEADS, c.name.lower().split())
        for c in clusters.values()
        if not c.anonymous and c.mentions
        for m in c.mentions
    )
    # 'the Kurdish YPG militia': a body the text itself calls by the noun
    called = sorted(
        (m.start, doc[m.tok_end].lower_, c.key)
        for c in clusters.values()
        if not c.anonymous
        for m in c.mentions
        if m.tok_end < len(doc) and doc[m.tok_end].lower_ in nouns
    )
    # '507th Maintenance Group' ... 'the group': a body whose name ends in the noun is one of
    # its kind, whatever kind it is (unless an adjective narrows the noun)
    headed = sorted(
        (m.start, doc[m.tok_end - 1].lower_, c.key, c.kind)
        for c in clusters.values()
        if not c.anonymous
        for m in c.mentions
        if len(m.name.split()) > 1 and doc[m.tok_end - 1].lower_ in nouns
    )
    if not named:
        return
    owner = {i: c.key for c in clusters.values() if not c.anonymous for m in c.mentions
             for i in range(m.tok_start, m.tok_end)}
    taken = set(owner)
    for tok in tokens_among(doc, nouns, lower=True):
        # a noun only a body of that name takes up may be capitalised as its name is ('the
        # Joint Investigative Mechanism' ... 'the Mechanism'); others then start a name
        capitalised = tok.is_title and nouns[tok.lower_].same_head
        if tok.i in taken or not (tok.text.islower() or capitalised):
            continue
        start, kinds = _group_phrase_start(doc, tok, nouns[tok.lower_].kinds)
        after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        if start < 0 or doc[start].lower_ != "the" or after == "of":
            continue
        if tok.dep_ == "compound" and any(_describing_adjective(t) for t in doc[start + 1 : tok.i]):
            continue  # 'the same group effort': the word describes the noun the group one modifies
        noun = nouns[tok.lower_]
        before = [
            (at, key)
            for at, key, kind, plural_name, words in named
            if at < doc[start].idx
            and kind in kinds
            and (noun.plural_names or not plural_name)
            and (not noun.same_head or tok.lower_ in words)
            and (not noun.named_head or _name_head(words) == tok.lower_)
            and not noun.unless_words.intersection(words)
            and (not noun.company_names or _company_shaped(words))
        ]
        so_called = [key for at, word, key in called if at < doc[start].idx and word == tok.lower_]
        if noun.part_of_called:
            so_called = []  # 'a Richmond Police Department unit': a part of the body, not it
        if kinds == noun.kinds:  # no adjective narrows the noun: a body named with it is one
            before = sorted(
                before
                + [(at, key) for at, word, key, kind in headed
                   if at < doc[start].idx and word == tok.lower_ and kind not in kinds]
            )
        leader = (
            (so_called[-1] if so_called else None)
            or _subject_of_sentence(doc, tok, start, owner, {key for _, key in before})
            or _only_in_paragraph(text, tok, before)
            or _salient(before, doc[start].idx, 1)
            or _nearest_in_sentence(doc, tok, before)
        )
        if leader is None or (tok.i + 1 in owner and owner[tok.i + 1] != leader):
            continue  # 'the rebel group Jaysh al-Islam': a description of the name it opens
        span = doc[start : tok.i + 1]
        clusters[leader].mentions.append(
            Candidate(
                span.start_char,
                span.end_char,
                start,
                tok.i + 1,
                "group_anaphor",
                leader,
                span.text,
                clusters[leader].kind,
                short_form=True,
            )
        )


def _subject_of_sentence(
    doc: Doc, noun: Token, start: int, owner: dict[int, str], allowed: set[str]
) -> str | None:
    """'The Asayish ... arrested 12 men in Qamishli, the group's spokesman said': the body that
    is the subject of the sentence's main verb (or of the clause it reports), named before the
    noun, is whose the group's role holder is. Only for a role holder's possessor: as an object
    or elsewhere the group is as often another body than the subject ('The SDF has driven the
    group down the river')."""
    if noun.dep_ != "poss" or noun.head.lower_ not in rule_words("role_heads"):
        return None
    root = noun.sent.root
    verbs = [root, *(c for c in root.children if c.dep_ == "ccomp" and c.i < start)]
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < start]
    if not subjects:
        return None
    key = owner.get(min(subjects, key=lambda t: t.i).i)
    return key if key in allowed else None


def _company_shaped(words: list[str]) -> bool:
    """A name 'the company' may take up: one word ('Intel', 'KBR'), a partnership ('Crate &
    Barrel') or a company's last word ('Upjohn Co.'); not 'the Commonwealth of Independent
    States' nor 'North Arlington Neighbors'."""
    last = words[-1].rstrip(".")
    return len(words) == 1 or "&" in words or last in _COMPANY_ENDINGS or last in company_suffix_words()


def _only_in_paragraph(text: str, tok: Token, before: list[tuple[int, str]]) -> str | None:
    """The one body of the right kind named earlier in the noun's paragraph, if only one is."""
    start = text.rfind("\n", 0, tok.idx) + 1
    keys = {key for at, key in before if at >= start}
    return next(iter(keys)) if len(keys) == 1 else None


def _nearest_in_sentence(doc: Doc, tok: Token, before: list[tuple[int, str]]) -> str | None:
    """Several bodies compete: the nearest one named earlier in the same sentence ('X fought
    Y until the militia withdrew'), else none (two bodies in earlier sentences: unsettled)."""
    sentence_start = tok.sent.start_char if doc.has_annotation("SENT_START") else 0
    near = [key for at, key in before if at >= sentence_start]
    return near[-1] if near else None


def _group_phrase_start(doc: Doc, noun: Token, kinds: frozenset[str]) -> tuple[int, frozenset[str]]:
    """Start of 'the [terrorist|rebels'] group' and the kinds it may take up."""
    adjectives = _group_adjectives()
    start = noun.i - 1
    nouns = 0  # 'the rights group', 'the aid group': a common noun or two before it
    described = 0  # 'the ethnic armed group': a describing word or two, not 'the rival group'
    while start >= 0 and (
        doc[start].lower_ in adjectives
        or doc[start].text in ("'", "’")
        or (doc[start].pos_ == "NOUN" and doc[start].is_lower and (nouns := nouns + 1) <= 2)
        or _nationality_before_adjective(doc, start, adjectives)
        or (_describing_adjective(doc[start]) and (described := described + 1) <= 2)
    ):
        if doc[start].lower_ in adjectives:
            kinds = kinds & adjectives[doc[start].lower_] or kinds
        start -= 1
    return start, kinds


def _describing_adjective(tok: Token) -> bool:
    """A word in small letters that describes the group named before ('ethnic', 'powerful',
    'largest'), not one that sets another group apart ('rival', 'other', 'splinter')."""
    return tok.pos_ == "ADJ" and tok.is_lower and tok.lower_ not in _contrast_adjectives()


@cache
def _contrast_adjectives() -> frozenset[str]:
    return frozenset(w for r in role_rules("group_contrast_adjectives") for w in r["words"])


def _nationality_before_adjective(doc: Doc, i: int, adjectives: dict[str, frozenset[str]]) -> bool:
    """'the Palestinian militant group', 'the French energy company': a nationality before a
    group's adjective or a common noun of its trade (a nationality alone, 'the Cuban group',
    says too little of which group)."""
    tok, after = doc[i], doc[i + 1]
    described = after.lower_ in adjectives or (after.pos_ == "NOUN" and after.is_lower)
    return tok.ent_type_ == "NORP" and tok.pos_ == "ADJ" and described


_DESCRIPTOR_HEADS = {
    "group",
    "organization",
    "organisation",
    "coalition",
    "alliance",
    "component",
    "wing",
    "arm",
    "branch",
    "affiliate",
    "faction",
    "militia",
    "movement",
    "network",
    "umbrella",
}
_GROUP_CLUSTER_KINDS = {"armed_group", "coalition", "organization", "military", "ngo", "government"}


def _add_group_appositions(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """'its Arab component, the Syrian Arab Coalition', 'HTS, the jihadist alliance led by ...':
    a noun phrase in apposition to a group's name, headed by a word for a group, names it too."""
    taken = _taken_tokens(clusters)
    for cluster in list(clusters.values()):
        if cluster.kind not in _GROUP_CLUSTER_KINDS or cluster.anonymous:
            continue
        for m in list(cluster.mentions):
            root = doc[m.tok_start : m.tok_end].root
            nouns = [c for c in root.children if c.dep_ == "appos"]
            if root.dep_ == "appos":
                nouns.append(root.head)
            for noun in nouns:
                if _absorb_apposed_community(doc, clusters, cluster, m, noun):
                    continue
                span = _descriptor_span(doc, noun, taken)
                if span is None or not _comma_between(doc, span, m):
                    continue
                cluster.mentions.append(
                    Candidate(
                        span.start_char,
                        span.end_char,
                        span.start,
                        span.end,
                        "group_apposition",
                        cluster.key,
                        span.text,
                        cluster.kind,
                        short_form=True,
                    )
                )
                taken.update(range(span.start, span.end))


def _kinds_from_descriptions(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """'the Sunni militant group Jundallah', 'the Eastern Security Network (ESN), the armed wing
    of the proscribed IPOB', 'the rights group X': a body of no known kind that a description
    right before its name, or set off after it, calls armed is an armed group, one it calls a
    rights or aid group an NGO; the 'wing of' a body named there is that body's."""
    for cluster in clusters.values():
        if cluster.kind == "person" and not cluster.anonymous:
            _outlet_read_as_person(doc, cluster)
        if cluster.kind == "armed_group" and cluster.affiliation is None and not cluster.anonymous:
            _wing_of_a_body(doc, clusters, cluster)  # a registered wing ('the Eastern Security Network')
        if cluster.kind in _MEMBER_BODY_KINDS and cluster.affiliation is None and not cluster.anonymous:
            _body_it_belongs_to(doc, clusters, cluster)
        unknown = not cluster.anonymous and not cluster.key.startswith(_KNOWN_KEYS)
        party = any(_called_a_party(doc, m) for m in cluster.mentions)
        if cluster.kind == "government" and unknown and party:
            cluster.kind = "organization"  # 'the opposition Congress party': no government
        if cluster.kind != "organization" or cluster.anonymous or cluster.key.startswith(_KNOWN_KEYS):
            continue
        for m in cluster.mentions:
            before = _description_before(doc, m.tok_start)
            after = _description_after(doc, m.tok_end)
            kinds = {_body_kind_described(d) for d in (before, after and after[0]) if d is not None}
            if "armed_group" in kinds:
                cluster.kind = "armed_group"
            elif "ngo" in kinds and cluster.kind == "organization":
                cluster.kind = "ngo"
            elif "media" in kinds and cluster.kind == "organization":
                cluster.kind = "media"  # 'ABC Color, the country's largest newspaper'
            if after is not None and cluster.affiliation is None:
                cluster.affiliation = _wing_owner(doc, after[1], clusters, cluster)
            if after is not None and _split_from(doc, after[1], clusters, cluster):
                # 'the MPCP, a splinter of the Maoist Shining Path': armed as the group it broke
                # from, and no longer that group's (no affiliation)
                cluster.kind = "armed_group"


_KNOWN_KEYS = ("reg:", "body:")


def _wing_of_a_body(doc: Doc, clusters: dict[str, Cluster], cluster: Cluster) -> None:
    """'the Eastern Security Network (ESN), the armed wing of the proscribed IPOB': the body the
    description set off after the group's name makes it the wing of."""
    for m in cluster.mentions:
        after = _description_after(doc, m.tok_end)
        if after is not None and (owner := _wing_owner(doc, after[1], clusters, cluster)) is not None:
            cluster.affiliation = owner
            return


# bodies that may belong to another ('Frente 33 belongs to the EMBF'); a state belongs to none
_MEMBER_BODY_KINDS = frozenset({"armed_group", "military", "organization", "ngo"})
# nouns of a body's place in another after a copula or a comma ('is part of', ', a member of')
_PART_NOUNS = frozenset({"part", "member", "faction", "branch", "affiliate", "unit", "wing", "component"})


def _body_it_belongs_to(doc: Doc, clusters: dict[str, Cluster], cluster: Cluster) -> None:
    """'Frente 33 belongs to the Estado Mayor de Bloques y Frente', 'the Hamza Division is
    part of the Syrian National Army', 'Katiba Macina, a member of the JNIM alliance,': the
    body a mention's verb of belonging, or its copula or description with a noun of a part,
    names after 'to' or 'of' is the one it belongs to (not a state: a body's own state is said
    otherwise)."""
    for m in cluster.mentions:
        root = doc[m.tok_start : m.tok_end].root
        found = _belonging_object(doc, root, m.tok_end)
        if found is None:
            continue
        # the noun's phrase up to it ('the JNIM alliance': the JNIM); the bodies' tokens are
        # looked up only here, as few mentions have such a phrase
        owner = {i: c for c in clusters.values() if c.kind not in ("person", "state") and not c.anonymous
                 for n in c.mentions for i in range(n.tok_start, n.tok_end)}
        other = next((owner[i] for i in range(found.left_edge.i, found.i + 1) if i in owner), None)
        if other is not None and other is not cluster:
            cluster.affiliation = other.key
            return


def _belonging_object(doc: Doc, root: Token, end: int) -> Token | None:
    """The noun after 'to' or 'of' that says what the subject or the name ending at `end`
    belongs to ('belongs to the EMBF', 'is part of the SNA', ', a member of the JNIM')."""
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_ == "belong":
        to = next((p for p in verb.children if p.lower_ == "to"), None)
        return next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    if root.dep_ == "nsubj" and verb.lemma_ == "be":
        part = next((c for c in verb.children if c.dep_ == "attr" and c.lemma_ in _PART_NOUNS), None)
        return _object_of(part) if part is not None else None
    i = end
    if i + 3 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("a", "an", "part"):
        part_at = i + 1 if doc[i + 1].lower_ == "part" else i + 2
        if doc[part_at].lemma_ in _PART_NOUNS and part_at + 1 < len(doc) and doc[part_at + 1].lower_ == "of":
            return _object_of(doc[part_at])
    return None


def _object_of(part: Token) -> Token | None:
    """The noun 'of' joins to `part` ('part of the SNA' -> 'SNA')."""
    return next((g for p in part.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)


def _outlet_read_as_person(doc: Doc, cluster: Cluster) -> None:
    """'Hoy Color, the country's largest newspaper, reported ...': a name the model read as a
    person's, that a description set off after it calls a newspaper or another outlet, is a
    news outlet; the description is no role of anyone's."""
    for m in cluster.mentions:
        after = _description_after(doc, m.tok_end)
        # the outlet's noun ends the description: not "the Discovery Channel's president"
        if after is not None and after[0].end == after[1].end and _body_kind_described(after[0]) == "media":
            cluster.kind = "media"
            cluster.roles = [r for r in cluster.roles if not after[1].text.endswith(r)]
            return


def _body_kind_described(words: Span) -> str | None:
    """The kind an adjective of a description gives a body that is no state's: 'militant
    group', 'the armed wing' (a wing alone is an air force's unit), 'rights group', 'aid
    group'; none from the noun alone ('a rights movement' is no armed one)."""
    lowered = {t.lower_ for t in words}
    if lowered & armed_adjectives() or words[-1].lower_ in _ARMED_NOUNS:
        return "armed_group"  # 'a militia of local Bedouin', 'a mostly Hema militia'
    if words[-1].is_lower and words[-1].lower_ in registry_words("media_nouns"):
        return "media"  # 'the country's largest newspaper' (not 'the Daily News')
    kind = described_kind(words.text)
    return "ngo" if kind == "ngo" and lowered & ngo_adjectives() else None


# nouns that make a body armed by themselves ('a militia', 'a guerrilla'); 'faction' and
# 'splinter' only of an armed group named after 'of' (a party has factions too)
_ARMED_NOUNS = frozenset({"militia", "militias", "guerrilla", "guerrillas", "paramilitary", "insurgency"})
_SPLIT_NOUNS = frozenset({"splinter", "offshoot", "faction"})
# nouns a description ends in before a body's name, or heads after it ('the armed wing of')
_DESCRIBING_NOUNS = frozenset(
    {"group", "organisation", "organization", "movement", "faction", "wing", "outfit"}
) | _ARMED_NOUNS | _SPLIT_NOUNS


def _description_before(doc: Doc, start: int) -> Span | None:
    """'Sunni militant group' of 'the Sunni militant group Jundallah': up to four describing
    words ending in a noun for a body, right before the name, after an article."""
    end = start
    if end > 2 and doc[end - 1].text == "," and doc[start].lower_ == "the":
        end -= 1  # 'A splinter group, the Armed Peasant Association', 'a Hema militia, the CRP'
    if end < 2 or doc[end - 1].lower_ not in _DESCRIBING_NOUNS:
        return None
    first = end - 1
    while first > max(0, end - 5) and doc[first - 1].pos_ in _DESCRIBING_TAGS:
        first -= 1
    return doc[first:end] if first > 0 and doc[first - 1].lower_ in ("the", "a", "an") else None


_DESCRIBING_TAGS = ("ADJ", "NOUN", "PROPN")


def _description_after(doc: Doc, end: int, heads: frozenset[str] | None = None) -> tuple[Span, Span] | None:
    """'the armed wing' and 'the armed wing of the proscribed IPOB' of 'ESN (ESN), the armed
    wing of ...,': the phrase set off by a comma right after the name (past its bracketed short
    form), headed by a noun for a body within its first four words: the words to the noun, and
    the phrase to its first punctuation. `heads`: other head nouns to look for."""
    i = end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("the", "a", "an"):
        return None
    last = min(len(doc), i + 14)
    stop = next((k for k in range(i + 2, last) if doc[k].is_punct), last)
    heads = heads or _description_heads()
    head = next((k for k in range(i + 2, min(stop, i + 6)) if doc[k].lower_ in heads), None)
    return (doc[i + 1 : head + 1], doc[i + 1 : stop]) if head is not None else None


@cache
def _description_heads() -> frozenset[str]:
    """Nouns that head a description set off after a body's name: a body's or an outlet's."""
    return _DESCRIBING_NOUNS | registry_words("media_nouns")


def _called_a_party(doc: Doc, mention: Candidate) -> bool:
    """'the opposition Congress party', 'the Oromo Federalist Congress (OFC), the main legal
    opposition party': a body whose name 'party' follows, or a description set off after it
    ends in 'party' (a council or congress by its name, a party by what the text says)."""
    end = mention.tok_end
    if end < len(doc) and doc[end].lower_ == "party":
        return True
    return _description_after(doc, end, _PARTY) is not None


_PARTY = frozenset({"party"})


def _split_from(doc: Doc, phrase: Span, clusters: dict[str, Cluster], cluster: Cluster) -> bool:
    """The phrase calls the body a 'splinter of', 'offshoot of' or 'faction of' an armed group
    it names ('a splinter of the Maoist Shining Path')."""
    split = next((t.i for t in phrase[:-1] if t.lower_ in _SPLIT_NOUNS and doc[t.i + 1].lower_ == "of"), None)
    if split is None:
        return False
    return any(
        other is not cluster and other.kind == "armed_group"
        and any(split + 1 < m.tok_start < phrase.end for m in other.mentions)
        for other in clusters.values()
    )


def _wing_owner(doc: Doc, phrase: Span, clusters: dict[str, Cluster], cluster: Cluster) -> str | None:
    """The body a 'wing of' names in the phrase ('the armed wing of the proscribed IPOB')."""
    wing = next((t.i for t in phrase[:-1] if t.lower_ == "wing" and doc[t.i + 1].lower_ == "of"), None)
    if wing is None:
        return None
    for other in clusters.values():
        if other is not cluster and other.kind != "person" and any(
            wing + 1 < m.tok_start < phrase.end for m in other.mentions
        ):
            return other.key
    return None


def _absorb_apposed_community(
    doc: Doc, clusters: dict[str, Cluster], group: Cluster, m: Candidate, noun: Token
) -> bool:
    """'The Popular Mobilization Forces, the mostly Shiite militias that fought ...': a
    community's fighters named only in apposition to a group's name are that group, not an
    actor of their own (one named elsewhere too stays apart)."""
    found = [c for c in clusters.values() if c.key.startswith("org:community-") and len(c.mentions) == 1]
    for community in found:
        mention = community.mentions[0]
        inside = mention.tok_start <= noun.i < mention.tok_end
        gap = doc[m.tok_end : mention.tok_start]
        # ', the mostly Shiite militias': a comma, then an article and adverbs only
        apposed = 0 < len(gap) <= 3 and gap[0].text == "," and all(t.pos_ in ("DET", "ADV") for t in gap[1:])
        if inside and community is not group and apposed:
            mention.key, mention.kind, mention.rule = group.key, group.kind, "group_apposition"
            group.mentions.append(mention)
            community.mentions.clear()  # the caller's pass over the clusters may still reach it
            del clusters[community.key]
            _repoint(clusters, community.key, group.key)
            return True
    return False


def _comma_between(doc: Doc, span: Span, m: Candidate) -> bool:
    """The name and the description stand side by side, a comma (and an article) between."""
    if m.tok_end < span.start:
        gap = doc[m.tok_end : span.start]
    elif span.end < m.tok_start:
        gap = doc[span.end : m.tok_start]
    else:
        return False
    return len(gap) <= 2 and gap[0].text == "," and all(t.text == "," or t.pos_ == "DET" for t in gap)


def _descriptor_span(doc: Doc, noun: Token, taken: set[int]) -> Span | None:
    """'the jihadist alliance', 'its ... Arab component': the noun with its modifiers before it
    (no clause after it), when no other actor is in it."""
    if noun.lower_ not in _DESCRIPTOR_HEADS or noun.i in taken:
        return None
    start = noun.i
    # the adjectives and nouns right before the head, inside its phrase ('Arab component' of
    # 'its trained and equipped Arab component')
    while (
        start > noun.left_edge.i
        and doc[start - 1].pos_ in ("ADJ", "PROPN", "NOUN")
        and start - 1 not in taken
        and noun.i - start < 4
    ):
        start -= 1
    return doc[start : noun.i + 1]


_RULED = {"regime", "administration", "loyalists"}
# a leader's forces ('Asad's forces', 'Sadr's militia', 'Assad forces') and a leader's
# government ('Erdogan's government'): read only when the name is a person the text or the
# registry names, since 'the Labour government' or 'Wagner forces' name no ruler
_RULED_FORCES = {"forces", "troops", "militia", "militias", "fighters", "army"}
_RULED_BY_PERSON = _RULED_FORCES | {"government"}
_FILLERS = {"'s", "’s", "brutal", "murderous", "criminal", "former", "current", "own"}


def _add_regime_rulers(doc: Doc, registry: Registry, clusters: dict[str, Cluster]) -> None:
    """'the Asad regime', 'Assad's brutal regime', 'the regime of Assad': the ruler is a person
    named inside the body's mention (a nested mention, as 'SDF' is in 'SDF Press Office'), and
    the whole phrase is the regime (joined to the body already named so, if any)."""
    people = {
        i
        for c in clusters.values()
        if c.kind == "person"
        for m in c.mentions
        for i in range(m.tok_start, m.tok_end)
    }
    for tok in tokens_among(doc, _RULED | _RULED_BY_PERSON, lower=True):
        if tok.i in people:
            continue
        by_person = tok.lower_ in _RULED_BY_PERSON
        for name_tok in _ruler_tokens(doc, tok, registry):
            ruler = next(
                (
                    c.key
                    for c in clusters.values()
                    if c.kind == "person" and any(m.tok_start <= name_tok.i < m.tok_end for m in c.mentions)
                ),
                None,
            )
            if ruler is None and by_person and _registered_kind(name_tok, registry) != "person":
                continue  # 'Fano fighters', 'Shabaab fighters': the model's person tag alone is not enough
            if ruler is None:
                ruler = _add_ruler(clusters, registry, name_tok)
                people.add(name_tok.i)
            _add_regime_body(doc, registry, clusters, name_tok, tok, ruler)


def _ruled_body(span: Span, registry: Registry, ruler: str | None, forces: bool) -> Candidate | None:
    """The body a registered leader heads, as the rest of the text names it: the group he
    leads ('Sadr's militia': Saraya al-Salam), else his state's government or armed forces
    ('the Asad regime': the Syrian government; 'Asad's forces': the Syrian army)."""
    entry = registry.entries.get((ruler or "").removeprefix("reg:"))
    owner = registry.entries.get(entry.affiliation or "") if entry is not None else None
    if owner is not None and owner.kind == "government" and forces:
        owner = registry.entries.get(owner.affiliation or "")  # Abadi's troops: Iraq's forces
    if owner is None:
        return None
    if owner.kind == "state":
        return state_body_of(span, owner.id, "forces" if forces else "government", registry)
    if owner.kind not in (("armed_group", "military") if forces else ("government",)):
        return None
    key = f"reg:{owner.id}"
    return Candidate(
        span.start_char, span.end_char, span.start, span.end, "regime_body", key, owner.name, owner.kind
    )


def _add_regime_body(
    doc: Doc,
    registry: Registry,
    clusters: dict[str, Cluster],
    ruler: Token,
    head: Token,
    ruler_key: str | None,
) -> None:
    start, end = min(ruler.i, head.i), max(ruler.i, head.i) + 1
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    taken = {(m.tok_start, m.tok_end): c for c in clusters.values() for m in c.mentions}
    if any(s < end and start < e and c.kind != "person" for (s, e), c in taken.items()):
        return  # the registry already read this phrase ("Asad regime")
    forces = head.lower_ in _RULED_FORCES
    span = doc[start:end]
    body = _ruled_body(span, registry, ruler_key, forces)
    name = f"{ruler.text} {head.lower_}"
    if body is not None:
        key = body.key
        if key not in clusters:
            clusters[key] = Cluster(
                key,
                body.name,
                body.kind,
                affiliation=body.affiliation or _registered_affiliation(registry, key),
            )
    else:
        name_word = name_key(ruler.text)
        same = [
            c
            for c in clusters.values()
            if c.kind != "person"
            and any(
                name_word in name_key(doc[m.tok_start : m.tok_end].text).split()
                and head.lower_ in doc[m.tok_start : m.tok_end].text.lower()
                for m in c.mentions
            )
        ]
        key = same[0].key if same else f"org:{name_word} {head.lower_}"
    cluster = clusters.setdefault(key, Cluster(key, name, "armed_group" if forces else "government"))
    cluster.mentions.append(
        Candidate(span.start_char, span.end_char, start, end, "regime_body", key, name, cluster.kind)
    )


def _registered_affiliation(registry: Registry, key: str) -> str | None:
    entry = registry.entries.get(key.removeprefix("reg:"))
    return f"reg:{entry.affiliation}" if entry is not None and entry.affiliation else None


def _ruler_tokens(doc: Doc, head: Token, registry: Registry) -> list[Token]:
    i = head.i - 1
    while i >= 0 and doc[i].lower_ in _FILLERS:
        i -= 1
    if i > 0 and doc[i].text.rstrip(".") in ("Jr", "Sr"):
        i -= 1  # 'the Bush Jr administration': the ruler is Bush
    before = [doc[i]] if i >= 0 else []
    after = [doc[head.i + 2]] if head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "of" else []
    # 'the Asad regime': a registered ruler whatever the model read; 'the Taliban regime': a
    # registered body's name rules as that body, it is no person
    kinds = {t.i: _registered_kind(t, registry) for t in before + after}
    return [
        t
        for t in before + after
        if (_ruler_name(t) and not _inside_agency_name(t, head) and kinds[t.i] in (None, "person"))
        or kinds[t.i] == "person"
    ]


def _registered_kind(tok: Token, registry: Registry) -> str | None:
    """The kind of the registered actor a capitalised word names ('Asad': a person), or None."""
    found = registry.keys.get(name_key(tok.text)) if tok.text[:1].isupper() else None
    return registry.entries[found].kind if found is not None else None


def _inside_agency_name(tok: Token, head: Token) -> bool:
    """'the Federal Highway Administration', 'Drug Enforcement Administration': a word inside a
    longer organisation name the model read is part of an agency's name, not a ruler's."""
    return tok.ent_type_ == "ORG" and tok.ent_iob_ == "I" and head.ent_type_ == "ORG"


def _ruler_name(tok: Token) -> bool:
    """A capitalised proper name that is not a state or a people ('Syrian regime')."""
    return (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and all(part.isalpha() for part in tok.text.split("-"))
        and tok.ent_type_ not in ("GPE", "NORP", "LOC", "FAC")
    )


def _add_ruler(clusters: dict[str, Cluster], registry: Registry, tok: Token) -> str | None:
    key_name = name_key(tok.text)
    found = registry.keys.get(key_name)
    if found and registry.entries[found].kind == "person":
        owners = {f"reg:{found}"}
    else:
        owners = {
            c.key
            for c in clusters.values()
            if c.kind == "person"
            and not c.anonymous
            and not c.key.startswith("role:")
            and (key_name in short_forms(c.name) or name_key(c.name) == key_name)
        }
    if len(owners) > 1:
        return None
    key = next(iter(owners), f"person:{key_name}")
    name = registry.entries[key[4:]].name if key.startswith("reg:") else tok.text
    cluster = clusters.setdefault(key, Cluster(key, name, "person"))
    end = tok.idx + len(tok.text)
    cluster.mentions.append(
        Candidate(tok.idx, end, tok.i, tok.i + 1, "regime_ruler", key, tok.text, "person")
    )
    return key


def _add_regime_anaphora(doc: Doc, clusters: dict[str, Cluster], text: str) -> None:
    """'the regime' ('the junta') is the regime (junta) the text has named (the latest one
    before, else the only one)."""
    for word in ("regime", "junta"):
        _add_word_anaphora(doc, clusters, text, word)


def _add_word_anaphora(doc: Doc, clusters: dict[str, Cluster], text: str, word: str) -> None:
    named = sorted(
        (m.start, c.key)
        for c in clusters.values()
        if c.kind != "person"
        for m in c.mentions
        if word in m.name.lower() or word in text[m.start : m.end].lower()
    )
    if not named:
        return
    taken = _taken_tokens(clusters)
    for tok in tokens_among(doc, (word,)):
        if tok.i < 1 or tok.i in taken or doc[tok.i - 1].lower_ != "the":
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            continue
        before = [k for s, k in named if s < tok.idx]
        key = before[-1] if before else (named[0][1] if len({k for _, k in named}) == 1 else None)
        if key is None:
            continue
        span = doc[tok.i - 1 : tok.i + 1]
        clusters[key].mentions.append(
            Candidate(
                span.start_char,
                span.end_char,
                tok.i - 1,
                tok.i + 1,
                "regime_anaphor",
                key,
                span.text,
                clusters[key].kind,
                short_form=True,
            )
        )


def _add_home_state_bodies(ctx: Context, registry: Registry, clusters: dict[str, Cluster]) -> None:
    """'OUAGADOUGOU (AFP) - ... The army said in a statement': 'the army' ('the military', 'the
    government') that acts, where the text names no body of that kind, is the army of the state
    the story is filed from (Context.home_country)."""
    state_id = f"state-{ctx.home_country.lower()}" if ctx.home_country else ""
    if state_id not in registry.entries:
        return
    doc = ctx.doc
    named_kinds = {c.kind for c in clusters.values() if not c.anonymous}
    taken = _taken_tokens(clusters)
    for tok in tokens_among(doc, BARE_BODY_WORDS):
        body = BARE_BODY_WORDS[tok.lower_]
        if tok.i in taken or tok.i < 1 or doc[tok.i - 1].lower_ != "the" or body[1] in named_kinds:
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
            continue  # 'the army chief', 'the army of Mali', 'joined the army': no body that acts
        cand = state_body_of(doc[tok.i - 1 : tok.i + 1], state_id, body[0], registry)
        if cand is None:
            continue
        cand.rule = "home_state_body"
        cluster = clusters.setdefault(cand.key, Cluster(cand.key, cand.name, cand.kind))
        cluster.affiliation = cluster.affiliation or cand.affiliation
        cluster.mentions.append(cand)


def _ministers_of_named_ministries(clusters: dict[str, Cluster]) -> None:
    """'Interior Minister Mohsin Naqvi condemned the killings. Pakistan's Interior Ministry
    said ...': a minister titled by a portfolio, no owner written, heads the one ministry of
    that portfolio the text names. Only for people no rule has affiliated."""
    ministries = [
        c for c in clusters.values()
        if c.kind == "government" and not c.anonymous and c.mentions and _ministry_words(c.name)
    ]
    for cluster in clusters.values():
        if cluster.kind != "person" or cluster.anonymous or cluster.affiliation is not None:
            continue
        portfolios = {p for role in cluster.roles if (p := _minister_portfolio(role))}
        heads = {m.key for m in ministries for p in portfolios if p in _ministry_words(m.name)}
        if len(heads) == 1:
            cluster.affiliation = heads.pop()


def _ministry_words(name: str) -> set[str]:
    """The words of a ministry's name ('Pakistan Interior Ministry', 'Ministry of Home
    Affairs'), none for a name that is no ministry's."""
    words = set(name.lower().replace("'s", "").split())
    return words if words & {"ministry", "department"} else set()


def _minister_portfolio(role: str) -> str | None:
    """'interior' of 'Interior Minister' (a portfolio and the office, nothing else: not 'Prime
    Minister', 'Foreign Minister of Iran')."""
    words = role.lower().removeprefix("the ").split()
    portfolio = len(words) == 2 and words[0] in rule_words("minister_portfolios")
    return words[0] if portfolio and words[1] in ("minister", "secretary") else None


def _home_state_leaders(ctx: Context, registry: Registry, clusters: dict[str, Cluster]) -> None:
    """'President Yoweri Museveni', 'Government spokesman Mohammad Momani': a national office
    named with no state serves the state the story is about, when that is the one state that
    acts in it. Where two act, a bare title may be either's: famous leaders go untitled by
    state in foreign stories ('President Bush' in a story about Iraq). Only for people no
    rule has affiliated."""
    if not ctx.story_country:
        return
    code = ctx.story_country.lower()
    story = f"reg:state-{code}"
    # the state, else its government where only that acts ('Paraguayan authorities said')
    candidates = (clusters.get(story), clusters.get(f"body:state-{code}-government"))
    state = next((c for c in candidates if c is not None and c.mentions), None)
    if state is None:
        return
    rivals = [len(c.mentions) for c in clusters.values()
              if c.key.startswith("reg:state-") and c.mentions and c.key != story]
    filed_home = ctx.home_country == ctx.story_country
    top = max(rivals, default=0)
    if top > len(state.mentions) or (top == len(state.mentions) and not filed_home):
        return  # as often named as another, the story's state wins only where the story is filed
    alone = not rivals
    if not alone and not filed_home:
        return  # 'WELLINGTON, New Zealand (AP)' on U.S. strikes: the ministers are New Zealand's
    for cluster in clusters.values():
        unaffiliated = cluster.kind == "person" and not cluster.anonymous and cluster.affiliation is None
        offices = [role for role in cluster.roles if _national_office(role, registry, state.key[4:])]
        # where other states act too, a head of state or government may be theirs, famous enough
        # to go untitled ('President Bush' in a story on Iraq); a minister or a spokesman is the
        # story state's
        if unaffiliated and offices and (alone or not any(_heads_a_state(role) for role in offices)):
            cluster.affiliation = state.key


def _heads_a_state(role: str) -> bool:
    """'President', 'Prime Minister', 'King', 'Chancellor': the office of a head of state or
    government, as a bare title writes it."""
    return any(w in _HEAD_OF_STATE_WORDS for w in role.lower().replace("-", " ").split())


_HEAD_OF_STATE_WORDS = frozenset(
    {"president", "premier", "chancellor", "king", "queen", "emir", "sultan", "monarch", "prime", "shah"}
)


def _home_state_offices(ctx: Context, registry: Registry, clusters: dict[str, Cluster]) -> None:
    """'the Interior Ministry', 'the General Police Inspectorate', 'the National Security
    Council': a body of government or arms that names no owner is the state's the story is
    about, when that state acts in it. Not 'the Kirkuk police' or "Rio de Janeiro's Military
    Police" (a place's), 'the Taliban Ministry of Interior' (a group's), 'the Clinton
    administration' (a person's), nor 'the European Commission' or 'the Soviet Foreign
    Ministry' (a people's or a region's)."""
    story = clusters.get(f"reg:state-{ctx.story_country.lower()}" if ctx.story_country else "")
    if story is None or not story.mentions:
        return
    # the words of people's names (not of their descriptions: 'a sociologist at the National
    # University of Rosario' names no owner of 'the National Gendarmerie')
    people = {w for c in clusters.values() if c.kind == "person" and not c.anonymous
              for m in c.mentions if m.rule not in _DESCRIPTION_RULES
              for w in m.name.split() if w[:1].isupper()}
    peoples = _peoples_words(ctx.doc)
    # a place's name inside a body's name the model read whole ('the Rio de Janeiro Public
    # Defender's Office') is no place mention of its own: its words are known from elsewhere
    places = {w for s, e, _ in ctx.owners_in("places", 0, len(ctx.text)) for w in ctx.text[s:e].split()}
    owner_words = people | peoples | places
    for cluster in clusters.values():
        if cluster.kind not in ("government", "military") or cluster.anonymous or cluster.affiliation:
            continue
        if cluster.key.startswith("reg:") or any(
            _names_an_owner(ctx, m, registry, owner_words) for m in cluster.mentions
        ):
            continue
        if any(_other_state_beside(ctx.doc, m.tok_start, story.key[4:], registry) for m in cluster.mentions):
            continue  # 'In Hungary, flags were raised outside the Defense Ministry'
        cluster.affiliation = story.key


_DESCRIPTION_RULES = frozenset({"role_apposition", "role_coreference", "role_actor", "anon_speaker"})


def _states_in_body_names(doc: Doc, registry: Registry, clusters: dict[str, Cluster]) -> None:
    """'Israel Police', 'the Philippine Coast Guard', 'the Investigative Committee of Russia',
    'US Africa Command': a body of government or arms whose own name holds one state's name
    or demonym is that state's, when the state is an actor of the text."""
    for cluster in clusters.values():
        if cluster.kind not in ("government", "military") or cluster.anonymous or cluster.affiliation:
            continue
        named = {
            found
            for m in cluster.mentions
            for i in range(m.tok_start, m.tok_end)
            if (found := state_word(doc, i, registry))
            and not _inside_other_place(doc, i, registry, found)
            and not _names_the_subject(doc, i)
        }
        if len(named) != 1:
            continue  # none, or two ('the Russia-Ukraine Joint Commission'): no one owner
        state = clusters.get(f"reg:{named.pop()}")
        if state is not None and state.mentions and state is not cluster:
            cluster.affiliation = state.key


def _governments_in_body_names(clusters: dict[str, Cluster]) -> None:
    """'the Puntland Defence Forces', 'the Puntland Maritime Police Force': a body of government
    or arms whose name opens with the one-word name of a region whose government acts in the
    text ('Puntland has refused') is that government's (not 'the House of Delegates' the
    House's: a chamber is no region). A region of several words ('Kurdistan Region') is left to
    the registry, whose bodies name their owners."""
    governments = {  # a region's government acting by its bare name (key 'region:<place>')
        c.name: c for c in clusters.values()
        if c.key.startswith("region:") and not c.anonymous and c.mentions
    }
    if not governments:
        return
    for cluster in clusters.values():
        if cluster.kind not in ("government", "military") or cluster.anonymous or cluster.affiliation:
            continue
        owner = next(
            (g for name, g in governments.items()
             if g is not cluster and cluster.name.startswith(name + " ") and " " not in name),
            None,
        )
        if owner is not None:
            cluster.affiliation = owner.key


def _names_the_subject(doc: Doc, i: int) -> bool:
    """'Taiwan' of 'the Taiwan Affairs Office': the place a body deals with, another's office."""
    return i + 1 < len(doc) and doc[i + 1].lower_ == "affairs"


def _inside_other_place(doc: Doc, i: int, registry: Registry, state_id: str) -> bool:
    """'Ireland' of 'Northern Ireland': a state's word inside a longer place name the model
    read, or opened by a word of a region ('Northern', 'New'), which names another place."""
    opener = doc[i - 1].text if i > 0 else ""
    if opener in _PLACE_OPENERS:
        pair = f"{opener} {doc[i].text}"
        return (registry.aliases.get(pair) or registry.demonyms.get(pair)) != state_id
    if doc[i].ent_type_ not in ("GPE", "LOC"):
        return False
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end - start == 1:
        return False
    name = doc[start + (doc[start].lower_ == "the") : end].text
    return (registry.cased.get(name) or registry.aliases.get(name) or registry.demonyms.get(name)) != state_id


# the region words before a demonym (components/actors.py), and the ones that open a place's
# own name ('Northern Ireland', 'New Mexico')
_PLACE_OPENERS = REGION_OPENERS | frozenset(
    {"Northern", "Southern", "Eastern", "Western", "New", "Upper", "Lower", "Greater"}
)


def _other_state_beside(doc: Doc, i: int, state_id: str, registry: Registry) -> bool:
    """Whether the sentence of token i names a state other than `state_id` (a body named beside
    two states may be either's, or both's)."""
    sent = doc[i].sent
    return any(
        found != state_id for k in range(sent.start, sent.end) if (found := state_word(doc, k, registry))
    )


def _peoples_words(doc: Doc) -> set[str]:
    """Words the model reads as a people anywhere in the text ('European', 'Soviet', 'Kurdish')."""
    return {t.text for ent in doc_ents(doc) if ent.label_ == "NORP" for t in ent}


# the endings of a people's or a region's adjective ('European', 'Bosnian', 'Kurdish')
_DEMONYM_ENDINGS = ("ean", "ian", "ese", "ish")


def _names_an_owner(ctx: Context, mention: Candidate, registry: Registry, others: set[str]) -> bool:
    """Whether the mention names its owner, within it or beside it: a place, a registered
    actor, or a word of a person's, a people's or a place's name (`others`: 'Kirkuk police',
    'Taliban Ministry of Interior', 'Clinton administration', 'European Commission'), an
    owner's possessive before it ("China's State Council") or an owner after 'of' ('the
    Military Police of Rio de Janeiro state')."""
    doc, texts = ctx.doc, token_texts(ctx.doc)
    start, end = mention.tok_start, mention.tok_end
    if start > 0 and texts[start - 1] in ("'s", "’s"):
        return True
    if end + 1 < len(texts) and texts[end] == "of" and texts[end + 1][:1].isupper():
        return True
    first = max(0, start - 1) if start > 0 and texts[start - 1][:1].isupper() else start
    if ctx.owner_of("places", doc[first].idx, mention.end):
        return True
    return any(
        w[:1].isupper() and (w in registry.demonyms or name_key(w) in registry.keys or w in others
                             or w.endswith(_DEMONYM_ENDINGS))
        for w in texts[first:end]
    )


def _national_office(role: str, registry: Registry, state_id: str) -> bool:
    """'President', 'Deputy Prime Minister for Reintegration', 'Foreign Minister': an office of
    the state's government with no owner written. Not 'President of the Senate', 'Prime
    Minister of Canada', a chief minister of a province or an Anglican minister; not a
    president of a monarchy, nor a king of a republic."""
    titles = rule_words("home_state_titles")
    role = role.removeprefix("the ")
    lowered = role.lower()
    if lowered in titles:
        monarchy = state_id in rule_words("monarchies")
        return monarchy if lowered in _MONARCHS else not (monarchy and "president" in lowered)
    split = re.match(r"(.*?) (?:of|for) (.*)", role)
    office, portfolio = (split[1], split[2]) if split else (role, "")
    words = office.lower().split()
    if not words or words[-1] != "minister" or any(_names_a_state(w, registry) for w in portfolio.split()):
        return False
    if _names_a_subdivision(portfolio):
        return False  # 'security minister of Santa Fe province': the province's, not the state's
    if office.lower() in titles:
        return True  # 'Minister of Foreign Affairs', 'Deputy Prime Minister for Reintegration'
    return len(words) == 2 and words[0] in rule_words("minister_portfolios")  # 'Foreign Minister'


_MONARCHS = frozenset({"king", "queen", "emir"})


def _names_a_subdivision(portfolio: str) -> bool:
    """'Santa Fe province', 'Lagos State': a named place of a state's, not a portfolio (one
    word alone, as in 'Minister of State', stays a portfolio)."""
    words = portfolio.split()
    last = words[-1].lower() if words else ""
    placed = last in rule_words("place_nouns") or last == "state"
    return len(words) > 1 and words[0][:1].isupper() and placed


def _names_a_state(word: str, registry: Registry) -> bool:
    return word in registry.demonyms or registry.keys.get(name_key(word), "").startswith("state-")


def _salient(groups: list[tuple[int, str]], before: int, minimum: int = 2) -> str | None:
    """The group named most often before `before` (at least twice, more than any other);
    with minimum 1, also the only group named so far."""
    counts: dict[str, int] = {}
    for start, key in groups:
        if start < before:
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    if ranked[0][1] >= 2 or (minimum == 1 and len(ranked) == 1):
        return ranked[0][0]
    return None


def _confirm_reporting_unnamed(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """An unnamed speaker who reports or accuses without a quotation mark still speaks ('a
    Russian military spokesman accused the coalition of ...', 'a police spokesman said the
    road was closed'): the subject of a reporting verb counts as one who is quoted does."""
    verbs = rule_words("reporting_verbs") | _ACCUSING
    for cluster in clusters.values():
        if not cluster.anonymous or cluster.confirmed or cluster.kind != "person":
            continue
        for mention in cluster.mentions:
            root = doc[mention.tok_start : mention.tok_end].root
            if root.dep_ == "nsubj" and root.head.lemma_ in verbs:
                cluster.confirmed = True
                break


_ACCUSING = frozenset({"accuse", "blame", "condemn", "criticize", "criticise"})


def _affiliate_unnamed(doc: Doc, registry: Registry, clusters: dict[str, Cluster]) -> None:
    """'a spokesman for the Iraqi army', 'an Iraqi official': an unnamed speaker belongs to the
    body named inside the description, else to the state of its demonym (added as an actor
    with the demonym as its mention, as for 'US President X'), else to the one body its body
    word names."""
    # (the loop changes affiliations only, not what this reads); 'a government official' may
    # serve any government ('a government official from a country in the region'): no word
    # 'government' here, as there is for a named 'Government spokesman X'
    bodies = {w: keys for w, keys in bodies_by_word(clusters).items() if w != "government"}
    owners = {
        i: c
        for c in clusters.values()
        if c.kind != "person" and not c.anonymous
        for m in c.mentions
        for i in range(m.tok_start, m.tok_end)
    }
    states: list[tuple[str, int]] = []
    for cluster in list(clusters.values()):
        if not (cluster.anonymous and cluster.confirmed and cluster.kind == "person"):
            continue
        mention = cluster.mentions[0]
        span = range(mention.tok_start, mention.tok_end)
        body = next((owners[i] for i in span if i in owners), None)
        body = body or _body_after(doc, mention.tok_end, owners)
        given = clusters.get(cluster.affiliation or "")
        if given is not None and (body is None or given.kind != "state"):
            continue
        if body is not None:
            # 'an official with the Israeli military': the body named, before its demonym's state
            cluster.affiliation = body.key
            continue
        at = next((i for i in span if _state_word(doc, i, registry)), None)
        if at is not None:
            cluster.affiliation = f"reg:{_state_word(doc, at, registry)}"
            states.append((cluster.affiliation, at))
            continue
        # 'a senior defense official' in a story of the Pentagon: the one body of its word
        cluster.affiliation = body_of_title(doc, cluster, [cluster.name], clusters, bodies)
    add_affiliated_states(doc, clusters, registry, states)


def _body_after(doc: Doc, end: int, owners: dict[int, Cluster]) -> Cluster | None:
    """'a senior officer of the Punjab Police's counter-intelligence wing', 'a source with the
    army': the body named in the phrase after an unnamed speaker's words that says whose the
    speaker is (not 'in', which says where)."""
    if end >= len(doc) or doc[end].lower_ not in _WHOSE_PREPOSITIONS:
        return None
    for i in range(end + 1, min(len(doc), end + 9)):
        if (doc[i].is_punct and doc[i].text not in ("'s", "’s", "-")) or doc[i].pos_ in ("VERB", "AUX"):
            return None
        if i in owners:
            return owners[i]
    return None


_WHOSE_PREPOSITIONS = frozenset({"of", "with", "from", "at"})


def _state_word(doc: Doc, i: int, registry: Registry) -> str | None:
    """The state token i names: by its demonym ('an Iraqi official'), or by its name in the
    possessive ("Iraq's deputy foreign minister")."""
    possessive = i + 1 < len(doc) and doc[i + 1].text in ("'s", "’s")
    pair = registry.state_of_demonym(doc[i : i + 2].text) if i + 1 < len(doc) else None  # 'South Korean'
    return (
        pair
        or registry.state_of_demonym(doc[i].text)
        or (state_word(doc, i, registry) if possessive else None)
    )


def _anonymous_role(ctx: Context, cluster: Cluster, body: Cluster | None, registry: Registry) -> str:
    """'a SDF fighter' -> 'fighter', 'a senior US defence official' -> 'senior defence
    official': the description without its article and the words naming the body or state it
    belongs to (kept after a preposition: 'spokesman for the Iraqi army')."""
    doc = ctx.doc
    mention = cluster.mentions[0]
    owned = {i for m in (body.mentions if body else []) for i in range(m.tok_start, m.tok_end)}
    kept: list[Token] = []
    owner_words: set[int] = set()
    for tok in doc[mention.tok_start : mention.tok_end]:
        if tok.pos_ == "ADP":
            kept.extend(doc[tok.i : mention.tok_end])
            break
        if tok.i == mention.tok_start and tok.lower_ in ("a", "an", "the", "one", "another"):
            continue
        state_word = registry.demonyms.get(tok.text) or registry.aliases.get(tok.text)
        if body and (tok.i in owned or state_word == body.key[4:]):
            owner_words.add(tok.i)
            continue
        if tok.text in ("'s", "’s") and tok.i - 1 in owner_words:
            continue  # "the army's spokesman", "Iraq's deputy minister": the owner's possessive too
        kept.append(tok)
    # as written between kept words ('Deir ez-Zor', not 'Deir ez - Zor')
    return clean("".join(t.text_with_ws for t in kept)) or cluster.name


# 'the group', 'the regime', 'the jihadist alliance': mentions that describe, not other names
_DESCRIPTIONS = {"group_anaphor", "regime_anaphor", "group_apposition"}


def _extent(ctx: Context, start: int, end: int, tok_end: int) -> tuple[int, int]:
    """A group's evidence as the whole noun phrase it heads, as news annotation (re3d, ACE)
    marks it: a member noun after the name ('ISIL fighters', data/actors.json member_nouns)
    and the article before it ('the SDF said'). The article only when the phrase ends there:
    in 'the SDF commander' or 'the US-led coalition' it belongs to the later noun."""
    doc = ctx.doc
    if tok_end >= len(doc):
        return start, end
    after: Token | None = doc[tok_end]
    if doc[tok_end].text in registry_words("member_nouns"):
        end = doc[tok_end].idx + len(doc[tok_end].text)
        after = doc[tok_end + 1] if tok_end + 1 < len(doc) else None
    phrase_ends = after is None or (after.pos_ not in _NOUN_TAGS and after.text[:1] not in _JOINERS)
    if phrase_ends and _article_before(ctx.text, start):
        start -= 4
    return start, end


def _article_before(text: str, start: int) -> bool:
    return text[start - 4 : start] in ("the ", "The ") and not text[start - 5 : start - 4].isalpha()


_NOUN_TAGS = {"NOUN", "PROPN", "ADJ", "NUM"}
_JOINERS = {"-", "–", "—", "/"}


def _fact(
    ctx: Context, cluster: Cluster, kept: dict[str, Cluster], ids: dict[str, str], registry: Registry
) -> ActorFact:
    mentions = sorted({(m.start, m.end, m.rule, m.tok_end) for m in cluster.mentions})
    evidence: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    for start, end, rule, tok_end in mentions:
        if cluster.kind != "person":
            start, end = _extent(ctx, start, end, tok_end)
        if (start, end) not in seen:
            seen.add((start, end))
            evidence.append(ctx.mention(start, end, rule))
    names = [m for m in cluster.mentions if not m.rule.startswith("role_") and m.rule not in _DESCRIPTIONS]
    aliases = sorted({_untitled(_alias(ctx, m), cluster) for m in names} - {cluster.name, ""})
    # Only actors of this sheet: an affiliation must resolve inside the same sheet.
    affiliation = ids.get(_present_owner(cluster.affiliation, ids, registry))
    place = None
    if cluster.kind == "state" or cluster.key.startswith("region:"):
        place = next((p for m in evidence if (p := ctx.owner_of("places", m.start, m.end))), None)
        # 'Russian' names no place, but the text may name Russia elsewhere as one
        place = place or _country_place(ctx, cluster, registry)
    if cluster.anonymous and not cluster.roles:
        cluster.roles = [_anonymous_role(ctx, cluster, kept.get(cluster.affiliation or ""), registry)]
    return ActorFact(
        id=ids[cluster.key],
        name=cluster.name,
        aliases=aliases,
        kind=cluster.kind,
        affiliation=affiliation if affiliation != ids[cluster.key] else None,
        roles=cluster.roles,
        place=place,
        mentions=evidence,
    )


def _present_owner(key: str | None, ids: dict[str, str], registry: Registry) -> str:
    """The affiliation, or, when the text does not name that registered body, the nearest body
    above it the text names (AFRICOM's: the US military, else the United States)."""
    for _ in range(3):
        if not key or key in ids or not key.startswith("reg:"):
            break
        entry = registry.entries.get(key[4:])
        key = f"reg:{entry.affiliation}" if entry is not None and entry.affiliation else None
    return key or ""


def _country_place(ctx: Context, cluster: Cluster, registry: Registry) -> str | None:
    """The place fact of a registered state's country, when the text names it as a place."""
    entry = registry.entries.get(cluster.key[4:]) if cluster.key.startswith("reg:") else None
    return ctx.country_places.get(entry.country) if entry is not None and entry.country else None


__all__ = ["Cluster", "build_actors", "rule_words"]
