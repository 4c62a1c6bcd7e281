"""bx_actors: candidate actor mentions and direct quotations.

Writes doc.spans["bx_actors"] (label_ = rule id, kb_id_ = registry id or lookup key) and
doc.spans["bx_quotes"] (one span per paragraph segment; kb_id_ groups segments of one
quote). Deciding which candidates are actors, merging aliases and attributing quotes is the
reconciler's job (reconcile/actors.py); this component only proposes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..doc_cache import doc_ents, doc_text, lower_positions, text_positions, token_lowers, token_texts
from ..normalizers.names import fits_acronym, initials, is_acronym, name_key, possessive_to_demonym
from ..normalizers.timex import CALENDAR_WORDS
from ..resources import load_json, require_keys
from .entity_dashes import ends_dateline, in_dateline
from .gender_lexicon import MONTH_SURNAMES, gender_words, month_surname
from .quotes import find_quotes
from .registry import Entry, Registry, load_registry

REGISTRY_KEY = "bx_actor_registry"  # doc.user_data key: the registry the reconciler reads
FORCE_WORDS = {
    "forces": "forces",
    "force": "forces",  # 'the Ukrainian air force': qualified below ('air'), a branch of them
    "navy": "forces",
    "troops": "forces",
    "military": "forces",
    "army": "forces",
    "soldiers": "forces",
    "sailors": "forces",
    "airmen": "forces",
    "pilots": "forces",  # 'Jordanian pilots took part in the strikes'
    "marines": "forces",  # 'British marines'; 'the U.S. Marines' is a registered name
    "paratroopers": "forces",
    "commandos": "forces",
    "commanders": "forces",  # 'Iraqi commanders said the town had fallen'
    "officers": "forces",
    "instructors": "forces",  # 'Italian instructors trained the brigade'
    "trainers": "forces",
    "units": "forces",  # 'Azerbaijani units had opened fire': a state's military units
    "staff": "forces",  # "Ukraine's General Staff said": only after 'general' (_body_word)
    "army's": "forces",
    "government": "government",
    "governments": "government",  # "Iraqi and Kurdistan Regional governments"
    "regime": "government",
    "junta": "government",  # "Niger's junta": a military government is the state's government
    "authorities": "government",
    "officials": "government",
    "diplomats": "government",  # 'British diplomats met': those who speak for its government
    "envoys": "government",
    "negotiators": "government",  # 'Iraqi negotiators met their Syrian counterparts'
    "counterparts": "government",
    "delegation": "government",  # 'the Syrian delegation walked out'
    "delegations": "government",
    "leaders": "government",  # "all Iraqi leaders": those who govern the state
    "leadership": "government",
    # 'the regime and its Russian backers': the state that backs a side, through its government
    # (by its demonym or short name only: "Russia's backers" are others, BACKER_NOUNS)
    "backers": "government",
    "patrons": "government",
    "sponsors": "government",
    "police": "police",  # "Iraqi police said": the state's police, no part of its armed forces
    "policemen": "police",
    "gendarmes": "police",  # 'French gendarmes fired tear gas': the state's police force
    "gendarmerie": "police",
    "carabinieri": "police",  # 'the Italian Carabinieri': Italy's gendarmerie
    "intelligence": "intelligence",  # "Jordanian intelligence had warned of the plot"
    "guard": "coast guard",  # "China's coast guard": only after 'coast' (_state_body)
    "guards": "forces",  # "Iranian border guards": only after 'border' (_body_word)
    "embassy": "embassy",  # "China's embassy in Islamabad urged ...": the state's mission abroad
}
# nouns for those who back a side: the state written before them backs it ('its Russian
# backers'), but a possessive makes them the state's own backers, others ("Russia's backers")
BACKER_NOUNS = frozenset({"backers", "patrons", "sponsors"})
# "Iraqi security forces": a word between the state and its forces that keeps them the state's
FORCE_QUALIFIERS = frozenset(
    {"armed", "security", "special", "defence", "defense", "regular", "ground", "government", "naval", "air"}
    | {"coast", "border"}
    # a government for a time: 'the Guinean transitional authorities', 'Lebanon's caretaker government'
    | {"transitional", "interim", "caretaker"}
    # a federation's own beside its regions': 'Iraqi federal forces', 'Somalia's federal government'
    | {"federal"}
)
# the words a state-body pattern takes before the body's noun: 'general' only before 'staff'
# ("the Russian General Staff"; _body_word turns down any other noun after it)
_BODY_QUALIFIERS = FORCE_QUALIFIERS | {"general"}
# "Syrian civilians", "the Iraqi people": a state's people (the public acts through its state)
PEOPLE_NOUNS = frozenset(
    {"people", "public", "civilians", "citizens", "nationals", "residents", "villagers", "families"}
    | {"communities", "population", "women", "children"}
)
# "Syrian refugees": a state's people who left it, a population of its own beside the people
UPROOTED_NOUNS = frozenset({"refugees", "migrants"})
_COLLECTIVE_ENDINGS = ("ch", "sh", "ese", "ss")  # the French, the British, the Chinese, the Swiss
NER_LABELS = {"PERSON": "ner_person", "ORG": "ner_org"}
_ACTOR_DEPS = {"nsubj", "nsubjpass", "agent"}
_MODIFIED = {"NOUN", "PROPN", "ADJ", "NUM"}
SPONSOR_WORDS = frozenset({"backed", "led", "supported", "funded", "sponsored", "allied"})
_SPONSOR_JOINERS = {"-", "backed", "led", "supported", "funded", "sponsored"}
_RULE_SECTIONS = {
    "titles": "phrases",
    "placing_words": "words",
    "motion_words": "words",
    "taken_place_verbs": "words",
    "land_nouns": "words",
    "venue_buildings": "words",
    "military_thing_nouns": "words",
    "workplace_heads": "words",
    "people_nouns": "words",
    "bare_body_heads": "words",
    "acronym_skipped_heads": "words",
    "station_prefixes": "words",
    "site_openers": "words",
    "party_member_names": "words",
    "aircraft_names": "words",
    "role_heads": "words",
    "speaker_nouns": "words",
    "reporting_verbs": "words",
    "speech_nouns": "words",
    "kind_keywords": "words",
    "state_force_phrases": "words",
    "cause_words": "words",
    "intergovernmental_markers": "words",
    "place_nouns": "words",
    "operation_nouns": "words",
    "vessel_prefixes": "words",
    "animal_nouns": "words",
    "state_action_nouns": "words",
    "actor_object_verbs": "words",
    "ally_nouns": "words",
    "partner_words": "words",
    "recipient_verbs": "words",
    "stance_adjectives": "words",
    "institution_heads": "words",
    "group_of_states": "words",
    "thing_acronyms": "words",
    "thing_name_heads": "words",
    "group_name_heads": "words",
    "civil_unit_words": "words",
    "abstract_noun_endings": "words",
    "bare_body_names": "words",
    "state_formal_nouns": "words",
    "source_nouns": "words",
    "possessor_deed_nouns": "words",
    "envoy_nouns": "words",
    "state_office_nouns": "words",
    "designations": "words",
    "communities": "words",
    "community_nouns": "words",
    "group_modifiers": "words",
    "body_name_openers": "words",
    "role_time_words": "words",
    "deed_nouns": "words",
    "role_rank_words": "words",
    "state_office_words": "words",
    "noble_styles": "words",
    "name_part_styles": "words",
    "title_suffixes": "words",
    "post_nominals": "words",
    "transcript_labels": "words",
    "document_nouns": "words",
    "nationality_roles": "words",
    "home_state_titles": "words",
    "minister_portfolios": "words",
    "monarchies": "words",
    "recipient_nouns": "words",
    "government_act_verbs": "words",
    "opposition_nouns": "words",
    "armed_name_heads": "words",
}


@lru_cache(maxsize=1)
def actor_rules() -> dict[str, list[dict[str, Any]]]:
    """The lexicons of data/actor_rules.json, checked on first use."""
    data = load_json("actor_rules.json")
    for section, key in _RULE_SECTIONS.items():
        for record in data[section]:
            require_keys(
                record,
                {"id", key, "example", "kind"},
                {"id", key, "example"},
                f"data/actor_rules.json:{section}",
            )
    return data


@cache
def rule_words(section: str) -> frozenset[str]:
    """Every word or phrase of one lexicon section (cached: callers test membership per token)."""
    key = _RULE_SECTIONS[section]
    return frozenset(w for record in actor_rules()[section] for w in record[key])


def abstract_noun(word: str) -> bool:
    """A lower-cased word with an abstract noun's ending ('communism', 'resignation')."""
    return word.endswith(_abstract_endings())


@cache
def _abstract_endings() -> tuple[str, ...]:
    return tuple(rule_words("abstract_noun_endings"))


def lower_words(doc: Doc) -> frozenset[str]:
    """The words the text writes in small letters."""
    return frozenset(w for w in token_texts(doc) if w.islower())


def tokens_with(
    doc: Doc, keep: Callable[[str], object], start: int = 0, stop: int | None = None
) -> list[Token]:
    """The tokens of doc[start:stop] whose text passes `keep`, in order (Token objects only
    for those)."""
    span = range(len(doc))[start:stop]
    # keep() once per distinct word, not once per token: a text repeats most of its words
    hits = sorted(i for text, at in text_positions(doc).items() if keep(text) for i in at)
    return [doc[i] for i in hits if span.start <= i < span.stop]


def tokens_among(
    doc: Doc, words: Iterable[str], start: int = 0, stop: int | None = None, *, lower: bool = False
) -> list[Token]:
    """The tokens of doc[start:stop] whose text (with `lower`, in small letters) is one of
    `words`, in order (Token objects only for those).

    Looked up in the doc's index of where each word stands: building a Token object for every
    word of a text costs far more than building the few that a scan for 'the' finds.
    """
    positions = lower_positions(doc) if lower else text_positions(doc)
    span = range(len(doc))[start:stop]
    hits = sorted(i for word in positions.keys() & set(words) for i in positions[word] if i in span)
    return [doc[i] for i in hits]


class ActorFinder:
    def __init__(self, nlp: Language, registry: Registry) -> None:
        self.registry = registry
        self.vocab = nlp.vocab
        self.alias_phrases = _phrases_by_actor(registry)
        self.any_case = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._add_phrases(nlp, self.any_case, registry.aliases, "registry")
        self._add_phrases(nlp, self.any_case, registry.weak, "registry_weak")
        self._add_phrases(nlp, self.exact, registry.cased, "registry")
        self.rules: list[_AnchoredRule] = []  # the token-pattern rules, each with its anchors
        self._anchor_index: tuple[_Index, _Index] | None = None
        self._two_word_states: dict[str, str] | None = None
        self._capital_words: frozenset[str] | None = None  # first words of capitals' names
        self._add_patterns()

    @staticmethod
    def _add_phrases(nlp: Language, matcher: PhraseMatcher, phrases: dict[str, str], rule: str) -> None:
        by_id: dict[str, list[Doc]] = {}
        for phrase, actor_id in phrases.items():
            by_id.setdefault(f"{rule}|{actor_id}", []).append(nlp.make_doc(phrase))
        for key, docs in sorted(by_id.items()):
            matcher.add(key, docs)

    def _add_rule(self, name: str, patterns: list[list[dict[str, Any]]]) -> None:
        self.rules.append(_AnchoredRule(self.vocab, name, patterns))

    def _add_patterns(self) -> None:
        demonyms = sorted(self.registry.demonyms)
        # 'South Korean', 'Sri Lankan': a two-word demonym's second word anchors the state's
        # bodies; _state_body reads the first word before it
        demonym_firsts, demonym_seconds = self._two_word_demonym_words()
        states = sorted(
            a
            for a, i in {**self.registry.aliases, **self.registry.cased}.items()
            if i.startswith("state-") and " " not in a
        )
        state_firsts, state_rests = _name_words(self._multiword_states())
        self._add_rule(
            "state_body",
            [
                [  # "Saudi Arabia's government", "Burkina Faso's junta", "the United States' military"
                    {"ORTH": {"IN": state_firsts}},
                    {"ORTH": {"IN": state_rests}},
                    {"ORTH": {"IN": ["'s", "’s", "'", "’"]}},
                    {"LOWER": {"IN": sorted(_BODY_QUALIFIERS)}, "OP": "?"},
                    {"LOWER": {"IN": sorted(FORCE_WORDS)}},
                ],
                [
                    {"ORTH": {"IN": demonyms + states + demonym_seconds}},
                    {"ORTH": {"IN": ["-", "'s", "’s"]}, "OP": "?"},
                    # "the Iraqi Armed Forces", "Iraqi security forces", "Syrian government troops"
                    {"LOWER": {"IN": sorted(_BODY_QUALIFIERS)}, "OP": "?"},
                    {"LOWER": {"IN": sorted(FORCE_WORDS)}},
                ],
                [  # "Iraqi and coalition forces": the first state's own forces share the noun
                    # (a demonym: 'Ethiopia and Tigray forces' are no Ethiopian forces)
                    {"ORTH": {"IN": demonyms}},
                    {"LOWER": "and"},
                    {"POS": {"IN": ["ADJ", "PROPN", "NOUN"]}, "OP": "{1,3}"},
                    {"LOWER": {"IN": sorted(FORCE_WORDS)}},
                ],
                [  # "Turkey's democratically elected government"
                    {"ORTH": {"IN": states}},
                    {"ORTH": {"IN": ["'s", "’s"]}},
                    {"POS": {"IN": ["ADJ", "ADV", "VERB"]}, "OP": "{1,2}"},
                    {"LOWER": {"IN": sorted(FORCE_WORDS)}},
                ],
                [  # "Burkina Faso's military government", a state of two words
                    {"ORTH": {"IN": state_firsts}},
                    {"ORTH": {"IN": state_rests}},
                    {"ORTH": {"IN": ["'s", "’s"]}},
                    {"POS": {"IN": ["ADJ", "ADV", "VERB"]}, "OP": "{1,2}"},
                    {"LOWER": {"IN": sorted(FORCE_WORDS)}},
                ],
            ],
        )
        # "Iran's foreign ministry", "the Iraqi interior ministry", "Saudi Arabia's energy
        # ministry", "Moscow's defence ministry": an office of the state (or of its capital)
        # written in small letters, which the model leaves out; capitalised ("China's Foreign
        # Ministry"), the model most often makes it its organisation, but not always
        firsts, rests = _name_words(self.registry.capitals)
        state_firsts, state_rests = _name_words(self._multiword_states())
        owned: dict[str, Any] = {"ORTH": {"IN": ["'s", "’s"]}, "OP": "?"}
        small_office: list[dict[str, Any]] = [
            {"IS_LOWER": True, "POS": {"IN": ["ADJ", "NOUN", "PROPN"]}, "OP": "{1,2}"},
            {"LOWER": {"IN": ["ministry", "ministries"]}},
        ]
        capital_office: list[dict[str, Any]] = [
            {"IS_TITLE": True, "IS_ALPHA": True, "OP": "{1,2}"},
            {"ORTH": "Ministry"},
        ]
        one_word: dict[str, Any] = {"ORTH": {"IN": demonyms + states + firsts}}
        two_words: list[dict[str, Any]] = [  # 'Saudi Arabia's', 'the South Korean defence ministry'
            {"ORTH": {"IN": state_firsts + firsts + demonym_firsts}},
            {"ORTH": {"IN": state_rests + rests + demonym_seconds}},
        ]
        self._add_rule(
            "state_ministry",
            [
                [*owner, owned, *office]
                for owner in ([one_word], two_words)
                for office in (small_office, capital_office)
            ],
        )
        # "Tajikistan's Border Troops", "Russia's Investigative Committee": a state's own body
        # named in capitals after its possessive, the name's last word a body's
        named_body: list[dict[str, Any]] = [
            {"IS_TITLE": True, "IS_ALPHA": True, "OP": "{1,3}"},
            {"ORTH": {"IN": sorted(_STATE_BODY_HEADS)}},
        ]
        possessive: dict[str, Any] = {"ORTH": {"IN": ["'s", "’s"]}}
        self._add_rule(
            "state_named_body", [[*owner, possessive, *named_body] for owner in ([one_word], two_words)]
        )
        self.plurals = {
            f"{d}s": i for d, i in self.registry.demonyms.items() if d[-1:] in "ni" and not d.isupper()
        }  # Syrians, Iraqis, Americans
        self.plurals.update(self.registry.peoples)  # Turks, Poles, Britons
        collective = sorted(d for d in self.registry.demonyms if d.endswith(_COLLECTIVE_ENDINGS))
        self._add_rule(
            "population",
            [
                [{"ORTH": {"IN": sorted(self.plurals)}}],
                [
                    {"LOWER": "the"},
                    {"ORTH": {"IN": demonyms}},
                    {"LOWER": {"IN": sorted(PEOPLE_NOUNS)}},
                ],
                [{"ORTH": {"IN": demonyms}}, {"LOWER": {"IN": sorted(PEOPLE_NOUNS - {"public"})}}],
                [{"ORTH": {"IN": demonyms}}, {"LOWER": {"IN": sorted(UPROOTED_NOUNS)}}],
                [{"LOWER": "the"}, {"LOWER": "people"}, {"LOWER": "of"}, {"ORTH": {"IN": states}}],
                # "the government and people of Iraq": the article is the pair's
                [{"LOWER": "and"}, {"LOWER": "people"}, {"LOWER": "of"}, {"ORTH": {"IN": states}}],
            ],
        )
        # "the French", "the British": a collective demonym standing alone names a people
        self._add_rule("collective", [[{"LOWER": "the"}, {"ORTH": {"IN": collective}}]])
        self._add_community_patterns(demonyms)

    def _demonym_community(self, ent: Span) -> bool:
        """A state's demonym before a community's word ('Congolese Tutsi', 'Syrian Kurds')."""
        return len(ent) == 2 and ent[0].text in self.registry.demonyms and ent[1].text in self.communities

    def _two_word_demonym_words(self) -> tuple[list[str], list[str]]:
        """The first and the second words of the demonyms of two words ('South', 'Korean')."""
        return _name_words({d: i for d, i in self.registry.demonyms.items() if len(d.split()) == 2})

    def _add_community_patterns(self, demonyms: list[str]) -> None:
        """'local Arabs', 'the Kurds', 'Sunnis'; 'Syrian Arab forces', 'Yazidi civilians'."""
        self.communities: dict[str, dict[str, Any]] = {}
        for record in actor_rules()["communities"]:
            for word in record["words"]:
                self.communities[word] = record
        adjectives = sorted({r["words"][0] for r in actor_rules()["communities"]})
        plurals = sorted(w for r in actor_rules()["communities"] for w in r["words"][1:])
        nouns = sorted(rule_words("community_nouns"))
        self._add_rule(
            "community",
            [
                [{"LOWER": "local", "OP": "?"}, {"ORTH": {"IN": plurals}}],
                [
                    {"LOWER": "local", "OP": "?"},
                    {"ORTH": {"IN": demonyms}, "OP": "?"},
                    {"ORTH": {"IN": adjectives}},
                    {"LOWER": {"IN": sorted(rule_words("group_modifiers"))}, "OP": "?"},
                    {"ORTH": {"IN": nouns}},
                ],
            ],
        )
        article = {"LOWER": {"IN": ["a", "an", "one", "another"]}}
        speaker = {"LOWER": {"IN": sorted({w.lower() for w in rule_words("speaker_nouns")})}}
        # 'a non-governmental security analyst': a hyphened modifier first
        hyphened: list[dict[str, Any]] = [
            {"IS_ALPHA": True},
            {"ORTH": "-"},
            {"IS_ALPHA": True, "POS": {"NOT_IN": ["VERB", "AUX"]}},
        ]
        # 'a senior South Korean military official': a demonym of two words among the words
        firsts, seconds = self._two_word_demonym_words()
        how = sorted(rule_words("role_time_words") | rule_words("role_rank_words"))  # 'senior', 'former'
        two_word_demonym: list[dict[str, Any]] = [
            {"LOWER": {"IN": how}, "OP": "?"},
            {"ORTH": {"IN": firsts}},
            {"ORTH": {"IN": seconds}},
            {**_SPEAKER_MODIFIERS[0], "OP": "{0,2}"},
        ]
        self._add_rule(
            "anon_speaker",
            [
                [article, *_AGE, *_SPEAKER_MODIFIERS, speaker],
                [article, *_SPEAKER_MODIFIERS, speaker],
                [article, *hyphened, *_SPEAKER_MODIFIERS, speaker],
                [article, *two_word_demonym, speaker],
            ],
        )

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[REGISTRY_KEY] = self.registry
        quotes = quote_spans(doc)
        registered = self._registry_spans(doc)
        spans = [
            *registered,
            *branch_spans(doc, registered, self.registry),
            *self._pattern_spans(doc),
            *self._ner_spans(doc),
            *acronym_spans(doc, self.registry),
            *titled_spans(doc, self.registry),
            *unit_spans(doc),
            *armed_opener_spans(doc),
            *headed_armed_name_spans(doc),
            *sponsored_name_spans(doc),
            *office_of_title_spans(doc),
            *speaker_label_spans(doc),
            *quoted_speaker_spans(doc, quotes),
            *faction_name_spans(doc),
            *role_named_speaker_spans(doc),
            *service_spans(doc),
            *apposed_name_spans(doc, self.registry),
            *place_people_spans(doc, self.registry),
            *place_body_spans(doc, self.registry),
            *body_of_state_spans(doc, self.registry),
            *named_police_spans(doc, self.registry),
            *media_name_spans(doc),
            *party_member_spans(doc),
            *told_outlet_spans(doc),
            *company_name_spans(doc),
            *legal_form_company_spans(doc),
            *described_body_spans(doc),
            *described_group_spans(doc),
            *conjoined_body_spans(doc),
            *group_ministry_spans(doc, registered),
            *given_name_apposed_spans(doc),
            *month_surname_spans(doc),
            *bracketed_age_spans(doc),
            *signature_name_spans(doc),
            *group_name_spans(doc, registered),
            *acting_acronym_spans(doc, registered),
            *possessed_person_spans(doc),
            *state_media_spans(doc, self.registry),
            *tribe_spans(doc),
            *self._national_groups(doc),
            *self._untagged_capitals(doc),
        ]
        doc.spans["bx_actors"] = sorted(spans, key=lambda s: (s.start, s.end, s.label_))
        doc.spans["bx_quotes"] = quotes
        return doc

    def _registry_spans(self, doc: Doc) -> list[Span]:
        out = []
        for matcher in (self.any_case, self.exact):
            for match_id, start, end in matcher(doc):
                rule, actor_id = doc.vocab.strings[match_id].split("|", 1)
                span = Span(doc, start, end, label=rule, kb_id=actor_id)
                if matcher is not self.exact and not _case_fits(span, self.alias_phrases, actor_id):
                    continue
                if rule == "registry_weak" and _inside_longer_name(doc, start, end):
                    continue  # "the European Observatory on Human Rights" is not the SOHR
                if end - start > 1 and not actor_id.startswith("state-") and _hyphened_to_a_name(doc, start):
                    continue  # 'the Kuki-Chin National Army' is no Chin National Army ('US-Iran' act)
                if _plural_name_word_after(doc, end):
                    continue  # 'the Department of State Services' (Nigeria's DSS) is no Department of State
                entry = self.registry.entries[actor_id]
                if entry.kind == "person" and (names_an_institution_after(doc, end) or in_place_name(span)):
                    continue  # 'Al Assad University Hospital', 'Lake Assad': no mention of Bashar al-Assad
                if entry.kind == "media" and _dateline_credit(span):
                    continue  # "COLUMBUS, Ohio (AP) --": the wire that filed the story, no actor
                if _names_a_station(doc, start, end):
                    continue  # 'flying from RAF Akrotiri': an air base named by the force
                if _dateline_place(span):
                    # 'UNITED NATIONS (AP) —': where the story is filed from, no mention; it
                    # still says what 'the Security Council' is
                    out.append(Span(doc, start, end, label="dateline_context", kb_id=actor_id))
                    continue
                owner = _owner_of_office(doc, start, entry, self.registry)
                if owner is not None and self.registry.entries[owner[1]].country != entry.country:
                    # "the Russian Ministry of Defence" is not the UK's: the owner's own office
                    kb_id = f"{owner[1]}|{entry.kind}"
                    out.append(Span(doc, owner[0], end, label="state_office", kb_id=kb_id))
                    continue
                if owner is not None:  # "the British Foreign Office": the owner is in the name
                    span = Span(doc, owner[0], end, label=rule, kb_id=actor_id)
                if actor_id.startswith("state-"):
                    # A country named as a place is the places component's; as an actor, ours.
                    if not _acts(span) or _opens_a_body_name(span):
                        continue
                    # 'SEOUL, South Korea (AP) —': the state the story is filed from, a
                    # mention only where nothing else names it (see reconcile/actors.py)
                    filed_from = _dateline_country(span) or in_dateline(doc, start, end)
                    label = "dateline_state" if filed_from else "state_actor"
                    span = Span(doc, start, end, label=label, kb_id=actor_id)
                out.append(span)
        return out

    def _pattern_spans(self, doc: Doc) -> list[Span]:
        out = []
        for match_id, start, end in self._matches(doc):
            rule = doc.vocab.strings[match_id]
            if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "non":
                continue  # 'written by non-Yazidis': those outside the group
            if rule == "state_body":
                out.extend(self._state_body(doc, start, end))
            elif rule == "population":
                out.extend(self._population(doc, start, end))
            elif rule == "state_ministry":
                out.extend(self._state_ministry(doc, start, end))
            elif rule == "state_named_body":
                out.extend(self._state_named_body(doc, start, end))
            elif rule == "community":
                out.append(self._community(doc, start, end))
            elif rule == "collective":
                if end == len(doc) or (doc[end].pos_ not in _MODIFIED and doc[end].text != "-"):
                    out.extend(self._population(doc, start, end))  # not "the French government"
            elif end >= len(doc) or doc[end].pos_ not in ("NOUN", "PROPN"):
                # "a civilian presence" is not a speaker; the speaker noun heads its phrase.
                out.append(Span(doc, start, end, label=rule))
        # The matcher yields every length of the optional run; keep the longest per end.
        return _longest_per_end(out)

    def _matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Every rule's matches, each rule run only on the stretches round its anchor words."""
        if not len(doc):
            return []
        from spacy.attrs import LOWER, ORTH

        if self._anchor_index is None:
            self._anchor_index = _anchor_index(self.rules)
        by_orth, by_lower = self._anchor_index
        hits: list[list[int]] = [[] for _ in self.rules]
        for i, (orth, lower) in enumerate(doc.to_array([ORTH, LOWER]).tolist()):
            if orth in by_orth or lower in by_lower:  # rare: most words anchor nothing
                for r in {*by_orth.get(orth, ()), *by_lower.get(lower, ())}:
                    hits[r].append(i)
        tagged = doc.has_annotation("POS")
        return [match for rule, at in zip(self.rules, hits, strict=True) for match in rule(doc, at, tagged)]

    def _state_body(self, doc: Doc, start: int, end: int) -> list[Span]:
        word = doc[start].text
        two_words = self._multiword_states().get(doc[start : start + 2].text)
        if two_words is not None:
            if end - start < 4 or doc[start + 2].text not in ("'s", "’s", "'", "’"):
                return []  # the two-word name is read whole, by its own pattern
            if doc[end - 1].lower_ in BACKER_NOUNS:
                return []  # "Saudi Arabia's backers" back it: they are not the state
            body = _body_word(doc, end)
            return [Span(doc, start, end, label="state_body", kb_id=f"{two_words}|{body}")] if body else []
        state = (
            self.registry.demonyms.get(word)
            or self.registry.cased.get(word)
            or self.registry.aliases.get(word)
        )
        body = _body_word(doc, end)
        if body is None:
            return []
        first = start  # 'South Sudanese troops': the whole demonym
        if state is None and start > 0:  # 'South Korean military': a two-word demonym
            state = self.registry.demonyms.get(f"{doc[start - 1].text} {word}")
            first = start - 1 if state else start
        elif state and state.startswith("state-") and (
            longer := _longer_state_name(doc, start, self.registry)
        ):
            # 'South Sudan army': the state whose longer name ends at the word, not 'Sudan'
            state, first = longer, state_name_start(doc, start, self.registry, longer)
        elif state and state.startswith("state-"):
            state = region_demonym_state(doc, start, self.registry, state)
            if start > 0 and doc[start - 1].text in REGION_OPENERS:
                first = start - 1
        if not state or (start > 0 and doc[start - 1].lower_.rstrip("-") in SPONSOR_WORDS):
            return []  # "the US-backed Syrian forces" are not Syria's forces
        possessive = doc[start + 1].lower_ in ("'s", "’s")
        if possessive and doc[end - 1].lower_ in BACKER_NOUNS:
            return []  # "Russia's backers" back Russia: they are not Russia
        demonym = word in self.registry.demonyms or first < start
        if body in ("police", "embassy") and not demonym and not possessive:
            return []  # 'Iraqi police', "Israel's police"; 'Lebanon Police' is most often a town's
        if body == "embassy" and (doc[end - 1].ent_type_ == "ORG" or not _speaks_or_acts(doc[end - 1])):
            # 'the U.S. Embassy': the model's name, with the state read inside it; 'the bombing
            # of the U.S. embassy', 'outside the Dutch embassy': a building, no actor
            return []
        if doc[start + 1].lower_ == "and":
            # "Iraqi and coalition forces": the word alone names its state's body; the other
            # side of 'and' is read on its own
            return [Span(doc, first, start + 1, label="state_body", kb_id=f"{state}|{body}")]
        if end - start > 3:
            # "Syria's democratic forces" reads as a registered name: the reconciler's variant
            variant = possessive_to_demonym(doc[start:end].text, self.registry.demonym_of)
            registered = self.registry.keys.get(name_key(variant))
            # (a state's own registered force, "China's coast guard", is read here as its body)
            if registered and self.registry.entries[registered].kind not in ("military", "government"):
                return []
        return [Span(doc, first, end, label="state_body", kb_id=f"{state}|{body}")]

    def _state_ministry(self, doc: Doc, start: int, end: int) -> list[Span]:
        state = self._state_named_at(doc, start)
        if not state or not state.startswith("state-"):
            return []
        return [Span(doc, start, end, label="state_office", kb_id=f"{state}|government")]

    def _state_named_body(self, doc: Doc, start: int, end: int) -> list[Span]:
        state = self._state_named_at(doc, start)
        if not state or not state.startswith("state-"):
            return []
        mark = next(i for i in range(start, end) if doc[i].text in ("'s", "’s"))
        if self.registry.capital_of(doc[start:mark].text):
            return []  # "Chisinau's City Council": the city's own, not the state's
        rest = doc[mark + 1 : end].text
        name = self.registry.entries[state].name
        owner = self.registry.demonym_of.get(name_key(name), name)
        if any(name_key(f"{o} {rest}") in self.registry.keys for o in (owner, name)):
            return []  # "Libya's National Army": the registered Libyan National Army, read so elsewhere
        kind = "military" if doc[end - 1].text in _STATE_FORCE_HEADS else "government"
        return [Span(doc, start, end, label="state_office", kb_id=f"{state}|{kind}")]

    def _state_named_at(self, doc: Doc, start: int) -> str | None:
        """The state whose name, demonym or capital opens at token `start` ('Saudi Arabia',
        'Iraqi', 'Moscow'); a two-word name first, so 'Saudi Arabia' is not read as 'Saudi'."""
        registry = self.registry
        for words in (2, 1):
            text = doc[start : start + words].text
            found = (
                registry.cased.get(text)
                or registry.aliases.get(text)
                or registry.capital_of(text)
                or registry.demonyms.get(text)  # 'Iraqi', 'South Korean'
            )
            if found:
                return found
        return None

    def _multiword_states(self) -> dict[str, str]:
        """States' two-word names as written ('Saudi Arabia', 'South Korea'), read once."""
        if self._two_word_states is None:
            names = {**self.registry.aliases, **self.registry.cased}
            self._two_word_states = {
                a: i for a, i in names.items() if i.startswith("state-") and _two_capitalised_words(a)
            }
        return self._two_word_states

    def _population(self, doc: Doc, start: int, end: int) -> list[Span]:
        """'Syrians', 'the Iraqi people', 'the people of Iraq': a people, tied to its state."""
        if doc[start].lower_ == "and":
            start += 1  # "the government and [people of Iraq]"
        for tok in doc[start:end]:
            state = (
                self.plurals.get(tok.text)
                or self.registry.demonyms.get(tok.text)
                or self.registry.cased.get(tok.text)
                or self.registry.aliases.get(tok.text)
            )
            if state and state.startswith("state-"):
                last = doc[end - 1].lower_
                kb_id = f"{state}|{last}" if last in UPROOTED_NOUNS else state
                return [Span(doc, start, end, label="population", kb_id=kb_id)]
        return []

    def _community(self, doc: Doc, start: int, end: int) -> Span:
        """kb_id 'community-arab|armed_group': the group and whether its fighters are meant."""
        last = doc[end - 1]
        record = self.communities.get(last.text) or next(
            self.communities[t.text] for t in doc[start:end] if t.text in self.communities
        )
        kind = next(
            (r["kind"] for r in actor_rules()["community_nouns"] if last.text in r["words"]), "population"
        )
        return Span(doc, start, end, label="community", kb_id=f"{record['id']}|{kind}")

    def _ner_spans(self, doc: Doc) -> list[Span]:
        out: list[Span] = []
        joined = 0  # end of the last name a particle carried over the next entity
        surnames = _surnames(doc_ents(doc))
        ents = [_first_line(e) for e in doc_ents(doc)]
        for found in _split_titled_holders(_split_at_commas(_adjacent_people_joined(ents))):
            if found.start < joined:
                continue  # 'Leyen' of 'Ursula von der | Leyen': the surname, not a place
            if pair := _coordinated_surnames(found, surnames):
                out.extend(Span(doc, i, i + 1, label="ner_person") for i in pair)
                continue
            if found.label_ == "PERSON":
                found = _with_given_name_before(_with_nickname_surname(_with_particle_surname(found)))
                joined = found.end
            if _in_language_gloss(found):
                continue  # '(Arabic: Jabal Hamrin, Kurdish: Ciyaye Hemrin)': the name before, glossed
            read = _read_entity(found)
            if read is None:
                continue
            ent, label = read
            if label == "PERSON" and " " in ent.text and ent.text in self.registry.demonyms:
                continue  # 'Sri Lankan', 'South Korean': a nationality of two words, no name
            if label == "PERSON" and self._demonym_community(ent):
                continue  # 'Congolese Tutsi': a state's community, no one's name
            if label == "ORG" and _person_named(titled := _titled_name_run_on(ent), self.registry):
                ent, label = titled, "PERSON"
            elif label == "ORG" and (person := _closing_person(ent)) is not None:
                # 'European Commission | Jean-Claude Juncker': the body stays
                body = doc[ent.start + (ent[0].lower_ == "the") : person.start]
                if body[-1].lower_ in registry_words("org_heads"):
                    out.append(Span(doc, body.start, body.end, label="ner_org"))
                ent, label = person, "PERSON"
            if label == "ORG" and (parts := _coordinated_bodies(ent, self.registry)):
                out.extend(Span(doc, part.start, part.end, label=NER_LABELS[label]) for part in parts)
            elif label == "ARMED":
                out.append(Span(doc, ent.start, ent.end, label="armed_name"))
            elif label == "ORG" and (office := self._state_office(doc, ent)) is not None:
                out.append(office)
            elif label in NER_LABELS:
                out.append(Span(doc, ent.start, ent.end, label=NER_LABELS[label]))
            elif (
                label == "GPE"
                or (label == "LOC" and self.registry.capital_of(ent.text))
                or (label == "NORP" and registered_state(self.registry, ent.text) is not None)
            ) and _acts(formal := _with_formal_name(ent)):
                # the model may call a capital a location ('backed by Algiers') and a state's
                # name a nationality ('Kyrgyzstan and Tajikistan trade blame')
                out.extend(self._place_actor(formal))
        return out

    def _place_actor(self, span: Span) -> list[Span]:
        """A place that acts, for the reconciler to resolve; in a dateline ('Addis Ababa,
        Ethiopia —') a capital is where the story is filed from (its state's mention only
        where nothing else names it) and a state's name is the registry reader's."""
        doc = span.doc
        if not in_dateline(doc, span.start, span.end):
            return [Span(doc, span.start, span.end, label="gpe_actor")]
        state = self.registry.capitals.get(span.text)
        return [Span(doc, span.start, span.end, label="dateline_state", kb_id=state)] if state else []

    def _untagged_capitals(self, doc: Doc) -> list[Span]:
        """'Warsaw accused the rebels ...': a capital the model left untagged (or called a
        nationality) that acts is read as one it tagged (the reconciler still asks that the
        text name its country, or that the place stage put it there)."""
        if self._capital_words is None:
            self._capital_words = frozenset(_name_words(self.registry.capitals)[0])
        firsts = self._capital_words
        # the model's names that the entity reading sees; a capital it calls a nationality
        # ('which Kigali denies': NORP) it reads as none
        tagged = {i for ent in doc_ents(doc) if ent.label_ != "NORP" for i in range(ent.start, ent.end)}
        out = []
        for tok in tokens_among(doc, firsts):
            for end in range(min(len(doc), tok.i + 3), tok.i, -1):
                span = doc[tok.i : end]
                if self.registry.capitals.get(span.text) is None:
                    continue
                if not any(i in tagged for i in range(span.start, span.end)) and _acts(span):
                    out.extend(self._place_actor(span))
                break
        return out

    def _national_groups(self, doc: Doc) -> list[Span]:
        """'Syrian rebels', 'Iraqi militias': a state's demonym before an armed group's noun
        names a group of that nationality, not the state or its forces; 'Iran-backed militias',
        'pro-government forces': a sponsor or a side before it names a group too."""
        out = []
        for tok in tokens_among(doc, self.registry.demonyms):
            out.extend(_group_after(doc, tok.i, tok.i + 1))
        for tok in tokens_among(doc, ("-",), 1, -2):
            before, after = doc[tok.i - 1], doc[tok.i + 1]
            sponsored = after.lower_ in SPONSOR_WORDS and state_word(doc, tok.i - 1, self.registry)
            if sponsored or (before.lower_ == "pro" and after.lower_ in registry_words("group_sides")):
                out.extend(_group_after(doc, tok.i - 1, tok.i + 2))
        return out

    def _state_office(self, doc: Doc, ent: Span) -> Span | None:
        """'the Iraqi Ministry of Interior', 'Turkey's Defence Ministry': an office of a
        state (a head word of data/actors.json state_office_heads) named with its owner."""
        body = ent[1:] if ent[0].lower_ == "the" else ent
        heads = registry_words("state_office_heads")
        if len(body) > 1 and body[0].lower_ in (*heads, "government") and (tail := self._of_state(doc, body)):
            # 'the Government of El Salvador', 'the Ministry of Foreign Affairs of the Republic
            # of Moldova' (the model may stop at the last 'of'): the state owns it
            return Span(doc, ent.start, tail[0], label="ner_org", kb_id=tail[1])
        if len(body) < 1 or not any(t.lower_ in heads for t in body):
            return None
        owner = state_word(doc, body.start, self.registry) if len(body) > 1 else None
        if owner is not None and body[1].lower_ == "affairs":
            return None  # 'the Taiwan Affairs Office' (China's): the state is its portfolio, no owner
        if owner is not None:
            if name_key(body[1:].text) in self.registry.keys:
                return None  # "British Foreign Office": the registered office, matched on its own
            # the name holds its owner: the model's organisation, tied to the state
            return Span(doc, ent.start, ent.end, label="ner_org", kb_id=owner)
        found = state_owner_before(doc, body.start, self.registry)
        if found is None or name_key(body.text) in self.registry.keys:
            return None
        return Span(doc, found[0], ent.end, label="state_office", kb_id=f"{found[1]}|government")

    def _of_state(self, doc: Doc, body: Span) -> tuple[int, str] | None:
        """(end, state id) of a state's name after the name's last 'of' ('... of Ukraine', '...
        of the Republic of Moldova'), or after an 'of' right after it, where the model cut it."""
        ofs = [t.i for t in body if t.lower_ == "of"]
        if body.end < len(doc) and doc[body.end].lower_ == "of":
            ofs.append(body.end)  # 'The Ministry of Foreign Affairs | of the Republic of Moldova'
        if not ofs:
            return None
        start = ofs[-1] + 1
        if start < len(doc) and doc[start].lower_ == "the":
            start += 1
        formal = rule_words("state_formal_nouns")  # 'the (Islamic) Republic of Iran'
        nouns = [i for i in range(start, min(len(doc) - 1, start + 3)) if doc[i].text in formal]
        if nouns and doc[nouns[0] + 1].lower_ == "of":
            start = nouns[0] + 2
        limit = min(len(doc), max(body.end, start + 5))
        for end in range(limit, start, -1):
            name = doc[start:end].text
            found = registered_state(self.registry, name)
            if found and doc[start].text[:1].isupper():
                return (end, found) if end >= body.end else None
        return None


class _AnchoredRule:
    """One rule's token patterns, matched only round its anchor words.

    The matcher tries every pattern at every token it is given, and optional first tokens
    ('local?', 'a {0,3} fighter') keep partial matches open everywhere: most of the time goes
    on words no match can hold. Each pattern has a token it must match whose test names words
    (the anchor: not a stop word, the fewest words); a match holds an anchor and reaches at
    most `before` tokens before it and `after` tokens after, so matching the stretches round
    the anchors finds every match matching the whole doc would."""

    def __init__(self, vocab: Any, name: str, patterns: list[list[dict[str, Any]]]) -> None:
        self.matcher = Matcher(vocab)
        self.matcher.add(name, patterns)
        self.before = self.after = 0
        self.orth: set[int] = set()  # the anchor words' hashes (doc arrays hold hashes)
        self.lower: set[int] = set()
        self.everywhere = False  # a pattern with no anchor: match the whole doc
        for pattern in patterns:
            self._add(vocab, pattern)

    def _add(self, vocab: Any, pattern: list[dict[str, Any]]) -> None:
        choices = [
            (len(words), -i, attr, words)
            for i, token in enumerate(pattern)
            if "OP" not in token
            for attr, words in _token_words(token)
            if not words & STOP_WORDS
        ]
        if not choices:
            self.everywhere = True
            return
        _, at, attr, words = min(choices)
        reach = [_max_repeats(token.get("OP")) for token in pattern]
        self.before = max(self.before, sum(reach[:-at]))
        self.after = max(self.after, sum(reach[-at + 1 :]))
        (self.orth if attr == "ORTH" else self.lower).update(vocab.strings[w] for w in words)

    def __call__(self, doc: Doc, anchors: list[int], tagged: bool) -> list[tuple[int, int, int]]:
        """(match id, start, end) of the rule in doc; `anchors`: where its anchor words are."""
        if self.everywhere or not tagged:
            return list(self.matcher(doc))  # (which says if the tags the patterns read are missing)
        out: list[tuple[int, int, int]] = []
        for start, end in self._stretches(anchors, len(doc)):
            # the tags are there (checked above): the matcher's own check would scan the whole
            # doc again on every call
            matches = self.matcher(doc[start:end], allow_missing=True)
            out.extend((m, start + s, start + e) for m, s, e in matches)
        return out

    def _stretches(self, anchors: list[int], n: int) -> list[tuple[int, int]]:
        """Token ranges, in order and apart, round every anchor."""
        out: list[tuple[int, int]] = []
        for i in anchors:
            start, end = max(0, i - self.before), min(n, i + self.after + 1)
            if out and start <= out[-1][1]:
                out[-1] = (out[-1][0], end)
            else:
                out.append((start, end))
        return out


_Index = dict[int, tuple[int, ...]]


def _anchor_index(rules: list[_AnchoredRule]) -> tuple[_Index, _Index]:
    """Word hash -> the rules it anchors, for ORTH and for LOWER (one scan of a doc serves all)."""
    by_orth: _Index = {}
    by_lower: _Index = {}
    for r, rule in enumerate(rules):
        for index, words in ((by_orth, rule.orth), (by_lower, rule.lower)):
            for word in words:
                index[word] = (*index.get(word, ()), r)
    return by_orth, by_lower


def _token_words(token: dict[str, Any]) -> list[tuple[str, frozenset[str]]]:
    """The ORTH and LOWER tests of a pattern token that name words: (attribute, words)."""
    out = []
    for attr in ("ORTH", "LOWER"):
        value = token.get(attr)
        if isinstance(value, str):
            out.append((attr, frozenset([value])))
        elif isinstance(value, dict) and set(value) == {"IN"}:
            out.append((attr, frozenset(value["IN"])))
    return out


def _max_repeats(op: str | None) -> int:
    """How many tokens one pattern token can match: 1, or the upper bound of '{m,n}'; a
    large number for unbounded operators (their patterns are matched over the whole doc)."""
    if op in (None, "?", "!"):
        return 1
    bound = re.fullmatch(r"\{\d*,?(\d+)\}", op)
    return int(bound.group(1)) if bound else 10**6


def _two_capitalised_words(name: str) -> bool:
    return len(name.split()) == 2 and name[:1].isupper()


def _name_words(names: dict[str, str]) -> tuple[list[str], list[str]]:
    """The first words of one-word and two-word names, and the second words of two-word ones
    (token patterns match a word at a time)."""
    firsts = sorted({n.split()[0] for n in names if len(n.split()) <= 2})
    seconds = sorted({n.split()[1] for n in names if len(n.split()) == 2})
    return firsts, seconds


def _group_after(doc: Doc, start: int, noun: int) -> list[Span]:
    """The group named by the words from `start` and the armed group's noun at `noun`."""
    nouns = registry_words("national_group_nouns")
    if noun + 1 < len(doc) and _group_modifier(doc[noun]):
        noun += 1  # 'Iraqi tribal fighters'
    if noun >= len(doc) or doc[noun].lower_ not in nouns or doc[noun].pos_ != "NOUN":
        return []
    if noun + 1 < len(doc) and doc[noun + 1].pos_ in ("NOUN", "PROPN"):
        return []  # "Syrian rebel groups": the phrase goes on
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    return [Span(doc, start, noun + 1, label="national_group")]


def _group_modifier(token: Token) -> bool:
    """A word between a state's demonym and an armed group's noun that keeps the group a
    group of that nationality ('Iraqi tribal fighters'), not one making the forces the
    state's own ('Iraqi security forces')."""
    return token.lower_ not in FORCE_QUALIFIERS and token.lower_ in rule_words("group_modifiers")


def _read_entity(ent: Span) -> tuple[Span, str] | None:
    """A model entity as this stage reads it: (span, label), or None for a byline or credit."""
    doc, label = ent.doc, ent.label_
    if ent.end - ent.start > 1 and ent[0].text in registry_words("name_openers"):
        # "Later Ciya Furat told ...": the adverb is not the name; the model, misled by it,
        # often calls the name an organisation
        ent = doc[ent.start + 1 : ent.end]
        if label == "ORG" and _bare_name(ent):
            label = "PERSON"
    trimmed = _trimmed(ent)
    if trimmed is None:
        return None
    if label == "ORG" and len(trimmed) > 2 and trimmed[-1].lower_ in ("and", "&"):
        trimmed = _with_cut_conjunct(trimmed)
    elif label == "ORG" and len(trimmed) > 2:
        trimmed = _with_cut_portfolio(trimmed)
    if label in ("PERSON", "ORG") and portfolio_item(doc, trimmed.start):
        return None  # 'the Minister of Foreign Affairs, African Integration and ...': a portfolio
    if label == "PERSON":
        trimmed = _without_demonym_end(_with_cut_surname(trimmed))
        if _modifies_a_role(trimmed):
            return None  # 'a senior Sahel researcher': a word describing the role, no one's name
    if label == "ORG" and _designation(trimmed):
        return None  # 'designated X as a Specially Designated Global Terrorist': a category
    if label == "NORP" and _kunya(trimmed):
        label = "PERSON"  # 'Abu Ghadiya' read as a nationality: a name by a kunya is a person's
    if label in ("ORG", "GPE") and len(trimmed) == 1 and age_before(doc, trimmed.start):
        # 'For 14-year-old Amjad it is safer': an age describes a person; not a word before the
        # noun it describes ('the 20-year-old Camarillo resident')
        after = doc[trimmed.end] if trimmed.end < len(doc) else None
        if after is None or after.pos_ not in ("NOUN", "PROPN"):
            label = "PERSON"
    if label in ("ORG", "GPE") and len(trimmed) == 1 and _apposed_to_a_person_noun(doc, trimmed):
        label = "PERSON"  # 'One young girl, Islam, tells me': the name of the one described
    if label == "ORG":
        trimmed = _without_aircraft(_without_service_before_rank(_without_sponsor(trimmed)))
        trimmed = _with_sentence_opening_word(trimmed)
    if _transcript_label(trimmed):
        return None  # 'QUESTION: Can you say more?': who speaks in a transcript, no one named
    if (label == "PERSON" and _credit(trimmed)) or (
        label == "ORG" and (_in_credit_brackets(trimmed) or _dateline_credit(trimmed))
    ):
        return None  # a byline or a photo credit names the page's writer, no actor
    if label == "ORG" and (office := _office_opening(trimmed)) is not None:
        if not len(office):
            return None  # 'The High Representative of the Union for Foreign Affairs': an office
        trimmed = office  # 'President of the European Commission': the body the office is of
    if label in _THING_LABELS and _titled_full_name(trimmed):
        # '"...," Brigadier General Sirwan Barzani, commander of ...': after a quote the model
        # may call a titled name a work of art
        label = "PERSON"
    if label == "PERSON" and len(trimmed) > 1 and trimmed[-1].lower_ in SPOKES_NOUNS:
        # 'NMC Spokesperson and ... X': the office, whose opening words name its body
        trimmed, label = trimmed[:-1], "ORG"
    if label == "PERSON":
        trimmed = _without_acronym_end(trimmed)
        label = _members_of(trimmed) or _person_label(trimmed)
        if label == "PERSON" and names_an_institution_after(doc, trimmed.end):
            label = "FAC"  # 'John F. Kennedy | International Airport': the place named after him
    elif label == "ORG" and trimmed[-1].lower_ in registry_words("place_heads"):
        label = "FAC"  # "the Guernsey County Administration Building" does nothing
    elif label == "ORG" and _names_a_station(doc, trimmed.start, trimmed.start + 1):
        label = "FAC"  # 'from RAF Lossiemouth': an air station
    opener = trimmed[0].text in registry_words("armed_name_openers")
    if opener and len(trimmed) == 1 and _number_after(trimmed):
        trimmed = doc[trimmed.start : trimmed.end + 1]  # 'Frente | 33': the number is the name
    if label in ("PERSON", "ORG") and len(trimmed) > 1 and opener:
        label = "ARMED"  # "Jaish al-Izza": an Arabic word for an army opens the name
    elif label in _THING_LABELS and (
        trimmed[-1].lower_ in _group_words()
        or (len(trimmed) > 1 and trimmed[-1].lower_ in rule_words("institution_heads"))
    ):
        # "the Nour al-Din al-Zinki Movement", "the Middle East Institute" read as places ('Bank',
        # 'Center' are no such last words: 'the West Bank', 'the World Trade Center')
        label = "ORG"
    elif label in _THING_LABELS and _reported_full_name(trimmed):
        label = "PERSON"  # '"...," said Hugo Marchand, North Africa analyst': read as a building
    if label == "PERSON" and body_noun_around(trimmed) is not None:
        label = "ORG"  # 'the rights organisation Cristosal', 'Fogo Cruzado, a group that ...'
    return trimmed, label


# the nouns for one who speaks for a body, shared by the readers of names, roles and quotes
SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})


def _reported_full_name(ent: Span) -> bool:
    """Two or three name words opening with a common given name, right after a reporting verb
    or set off by a comma after them: a person's name whatever the model called it."""
    doc = ent.doc
    if not 2 <= len(ent) <= 3 or not all(name_word(t) for t in ent) or not _given_name(ent):
        return False
    if _person_label(ent) != "PERSON":
        return False  # 'Madison Square Garden': a place's last word
    before = doc[ent.start - 1] if ent.start else None
    after = doc[ent.end] if ent.end < len(doc) else None
    reported = before is not None and before.lemma_.lower() in rule_words("reporting_verbs")
    return reported or (after is not None and after.text == "," and _role_after(ent))


def body_noun_around(ent: Span) -> str | None:
    """The kind a noun for a body next to the name says: in small letters right before it ('the
    Salvadoran human rights organisation Cristosal') or heading an apposition after it ('Fogo
    Cruzado, a group that monitors ...')."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in BODY_NOUN_KINDS and doc[ent.start - 1].is_lower:
        return BODY_NOUN_KINDS[doc[ent.start - 1].lower_]
    i = ent.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an"):
        return None  # not ', the ...': 'According to Polk's son, Trent, the company employs ...'
    for tok in doc[i + 2 : min(len(doc), i + 8)]:
        if tok.is_punct or tok.lower_ in _PEOPLE_ADJECTIVES:
            return None  # 'Maori, an indigenous group': a people
        if tok.pos_ == "NOUN" and tok.is_lower and tok.dep_ != "compound":
            return BODY_NOUN_KINDS.get(tok.lower_)
    return None


# 'an ethnic group', 'an indigenous group': a people, not a body
_PEOPLE_ADJECTIVES = frozenset({"ethnic", "indigenous", "tribal", "minority"})


# nouns for a body as news sets them around a body's name ('the militia Kata'ib Hezbollah',
# 'the Wagner mercenary group', 'Fogo Cruzado, a group that ...'), with the kind each says
BODY_NOUN_KINDS = {
    "group": "organization",
    "organisation": "organization",
    "organization": "organization",
    "movement": "organization",
    "party": "organization",
    "network": "organization",
    "company": "organization",
    "firm": "organization",
    "institute": "organization",
    "foundation": "organization",
    "association": "organization",
    "charity": "ngo",
    "ngo": "ngo",
    "agency": "government",
    "militia": "armed_group",
    "faction": "armed_group",
    "coalition": "coalition",
    "alliance": "coalition",
}


def portfolio_item(doc: Doc, start: int) -> bool:
    """The words at `start` continue a minister's list of portfolios ('the Minister of Foreign
    Affairs, African Cooperation and Moroccan Expatriates'): a comma or 'and' before them, and
    before that only capitalised words, commas and 'and' back to '<title word> of'; after a
    comma the words run on to 'and' (a list, not 'the Mayor of London, Boris Johnson')."""
    if start < 3 or doc[start - 1].text not in (",", "and"):
        return False
    if doc[start - 1].text == ",":
        end = start
        while end < len(doc) and doc[end].text[:1].isupper():
            end += 1
        if end >= len(doc) or doc[end].text != "and":
            return False
    titles = title_words()
    i = start - 2
    while i > max(0, start - 14):
        tok = doc[i]
        if tok.lower_ == "of":
            return doc[i - 1].lower_ in titles
        if not (tok.text[:1].isupper() or tok.text in (",", "and", "&")) or tok.ent_type_ == "PERSON":
            return False  # 'Secretary of State Madeleine Albright, Berger and ...': names listed
        i -= 1
    return False


def _modifies_a_role(ent: Span) -> bool:
    """One capitalised word between small words and a role's head noun ('a senior Sahel
    researcher', 'the Gaza director'): it says what the role covers."""
    doc = ent.doc
    if len(ent) != 1 or ent.start == 0 or ent.end >= len(doc):
        return False
    before, after = doc[ent.start - 1], doc[ent.end]
    return before.is_lower and before.is_alpha and after.is_lower and after.lower_ in rule_words("role_heads")


def _with_cut_surname(ent: Span) -> Span:
    """'Maria Corina | Machado said': the model may end a name one word early; a word that can
    be a name's (no title, no body's word) after it, that no entity holds and that the name's
    last word is parsed as a part of (a compound of it), is the name's last word."""
    doc, end = ent.doc, ent.end
    if end >= len(doc) or not ent[-1].whitespace_ or any(t.is_lower for t in ent):
        return ent  # 'A.L. Williams amp | Associates': a company's name, cut by markup
    after, last = doc[end], ent[-1]
    surname = after.pos_ == "PROPN" and after.ent_iob_ == "O" and name_word(after)
    surname = surname and after.lower_ not in registry_words("police_names")
    if surname and last.dep_ == "compound" and last.head.i == end:
        return doc[ent.start : end + 1]
    return ent


def _without_demonym_end(ent: Span) -> Span:
    """'to grant Elian | American citizenship': a demonym the model takes into a person's name
    that goes on to modify a common noun after it is no part of the name."""
    doc = ent.doc
    if len(ent) < 2 or ent.end >= len(doc):
        return ent
    after = doc[ent.end]
    registry = doc.user_data.get(REGISTRY_KEY) or load_registry()
    if ent[-1].text in registry.demonyms and after.pos_ == "NOUN" and after.is_lower:
        return ent[:-1]
    return ent


def _titled_full_name(ent: Span) -> bool:
    """A title, then two to four words shaped like a person's name and nothing else."""
    end = _title_at(ent.doc, ent.start)
    name = ent.doc[end : ent.end]
    return end > ent.start and 2 <= len(name) <= 4 and all(name_word(t) for t in name)


def _office_opening(ent: Span) -> Span | None:
    """A model organisation that opens with a person's title ('High Representative', 'Special
    Envoy') names an office: the body after its 'of' or 'for' when that names a body on its
    own (a registered name, or one ending in a body's head word), else nothing (an empty
    span). None when no title opens it."""
    doc = ent.doc
    start = ent.start + (ent[0].lower_ == "the")
    if start >= ent.end:
        return None
    end = _title_at(doc, start)
    if end == start or end > ent.end:
        return None
    if end == ent.end:
        return doc[end:end]
    if doc[end].lower_ not in ("of", "for"):
        return None
    rest = doc[end + 1 + (end + 1 < ent.end and doc[end + 1].lower_ == "the") : ent.end]
    registry = doc.user_data.get(REGISTRY_KEY)
    return rest if len(rest) and _names_a_body(rest, registry) else doc[end:end]


def _members_of(ent: Span) -> str | None:
    """'fighters of Ahlu Sunnah Wal Jama'a', 'members of the X': what a group's members are
    'of' is the group, not a person (members' nouns: data/actors.json member_nouns); an armed
    group's when the members are fighters ('ARMED'), else a body ('ORG')."""
    doc, i = ent.doc, ent.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of" or doc[i - 1].lower_ not in registry_words("member_nouns"):
        return None
    return "ARMED" if doc[i - 1].lower_ in _ARMED_MEMBERS else "ORG"


_ARMED_MEMBERS = frozenset(
    {"fighters", "militants", "militiamen", "gunmen", "insurgents", "rebels", "jihadists"}
)


def _without_acronym_end(ent: Span) -> Span:
    """'Steven Snyder TWA': an acronym after two or more name words is the body the person
    speaks for, not part of the name."""
    last = ent[-1].text
    acronym = len(last) >= 2 and last.isalpha() and last.isupper() and not _ROMAN.fullmatch(last)
    return ent[:-1] if acronym and len(ent) >= 3 and not ent[-2].text.isupper() else ent


_ROMAN = re.compile(r"[IVX]+")  # 'John Paul II', 'Charles H. Keating IV'


def _person_label(ent: Span) -> str:
    """What a name the model calls a person's names by its last word or a possessive inside:
    'Tega Cay Fire Department', 'John Labatt Ltd.' a body (ORG); 'the Karl Marx Theater',
    "Knucklehead's Bar" a place (FAC, no actor); else a person."""
    last = ent[-1].lower_.rstrip(".")
    if len(ent) > 1 and ent[0].text in rule_words("station_prefixes"):
        return "FAC"  # 'RAF Marham': an air station
    if any(t.lower_ in rule_words("site_openers") for t in ent[:-1]):
        return "FAC"  # 'Fire Base Saham', 'Camp Taji': a military site
    if any(last in registry_words(s) for s in ("org_heads", "company_suffixes", "company_trade_words")):
        return "ORG"  # 'Tega Cay Fire Department', 'John Labatt Ltd.', 'Poseidon Bulk Carriers'
    if last in registry_words("place_heads") or last in registry_words("venue_heads"):
        return "FAC"
    if last in registry_words("surname_place_heads") and _place_shaped(ent):
        return "FAC"
    if any(t.text in ("'s", "’s") for t in ent[1:-1]):
        return "FAC"  # a person's name holds no possessive: "Mom's Donut" is a shop
    return "PERSON"


def _apposed_to_a_person_noun(doc: Doc, ent: Span) -> bool:
    """The name stands between commas right after a noun for a person in small letters
    ('One young girl, Islam, tells me'; not 'the city, Mosul,')."""
    start, end = ent.start, ent.end
    if start < 2 or end >= len(doc) or doc[start - 1].text != "," or doc[end].text != ",":
        return False
    noun = doc[start - 2].text
    return noun.islower() and names_a_person(noun)


def names_a_person(noun: str) -> bool:
    """A noun in small letters for a person: a role or speaker's noun, a gendered one ('wife'),
    or a child's ('girl')."""
    return noun in person_nouns() or noun in gender_words("role_nouns") or noun in _YOUNG_NOUNS


def age_before(doc: Doc, start: int) -> bool:
    """'14-year-old' (as the tokenizer splits it) right before token `start`."""
    words = [t.lower_ for t in doc[max(0, start - 5) : start]]
    return len(words) == 5 and words[1:] == ["-", "year", "-", "old"] and doc[start - 5].like_num


def _designation(ent: Span) -> bool:
    """A name after 'as a' / 'as an' is a category something is listed under ('designated
    ... as a Foreign Terrorist Organization'), not a body; so is a designation's own name, or
    a list of them, wherever it stands ('the Foreign Terrorist Organization (FTO) designation
    of ...'; data designations)."""
    doc, start = ent.doc, ent.start
    if start >= 2 and doc[start - 1].lower_ in ("a", "an") and doc[start - 2].lower_ == "as":
        return True
    words = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
    # 'the Foreign Terrorist Organization and Specially Designated Global Terrorist designations'
    parts = re.split(r",? and |, ", words.text.lower())
    return all(part in _designation_names() for part in parts)


@cache
def _designation_names() -> frozenset[str]:
    return frozenset(w.lower() for w in rule_words("designations"))


def _kunya(ent: Span) -> bool:
    """'Abu Ghadiya', 'Umm Sayyaf': 'father of' or 'mother of' and a capitalised name, not a
    place the places stage found ('Abu Kamal')."""
    doc = ent.doc
    if len(ent) < 2 or ent[0].text not in ("Abu", "Umm") or not ent[1].text[:1].isupper():
        return False
    return not any(p.start < ent.end and ent.start < p.end for p in doc.spans.get("bx_places", ()))


def _in_language_gloss(ent: Span) -> bool:
    """The entity stands inside brackets that gloss the name before them in another language:
    a language's name before a colon ('(Arabic: ..., Kurdish: Ciyaye Hemrin)') or after 'in'
    ('(Kiteba Cilwe in Kurdish; also transliterated as Kitab Al Jilwah)')."""
    brackets = _enclosing_brackets(ent, 16)
    if brackets is None:
        return False
    languages = registry_words("language_names")
    inside = ent.doc[brackets[0] + 1 : brackets[1]]
    return any(
        tok.lower_ in languages
        and (
            (k + 1 < len(inside) and inside[k + 1].text == ":")
            or (k > 0 and inside[k - 1].lower_ == "in")
        )
        for k, tok in enumerate(inside)
    )


def names_an_institution_after(doc: Doc, end: int) -> bool:
    """Capitalised words right after a person's name (no comma between) end in the head word
    of a body's, a building's or a place's name: the person is whom the institution is named
    after ('John F. Kennedy International Airport', 'Al Assad University Hospital', 'Martin
    Luther King Jr. Elementary School'), not an actor here."""
    heads = _institution_heads()
    for i in range(end, min(len(doc), end + 4)):
        tok = doc[i]
        if not (tok.is_alpha and tok.text[:1].isupper()) or tok.is_stop:
            return False
        if tok.lower_ in heads and (i + 1 == len(doc) or not _capitalised_word(doc[i + 1])):
            return True
    return False


def possessed_person_spans(doc: Doc) -> list[Span]:
    """"The World Health Organization's Tedros Adhanom Ghebreyesus said": two to four
    capitalised words the model left untagged, right after a body's possessive and before a
    verb, are a person of that body (read as the model's own person names are)."""
    out = []
    bodies = {ent.end: ent for ent in doc_ents(doc) if ent.label_ == "ORG"}
    for mark in tokens_among(doc, ("'s", "’s"), 1):
        start = mark.i + 1
        body = bodies.get(mark.i) or bodies.get(start)  # the model may take the mark in
        if body is None or start >= len(doc) or doc[start].ent_type_ or _person_opens(doc[start]):
            continue
        end = start
        while end < min(len(doc), start + 4) and _capitalised_word(doc[end]) and not doc[end].ent_type_:
            end += 1
        if end - start >= 2 and end < len(doc) and doc[end].pos_ in ("VERB", "AUX"):
            out.append(Span(doc, start, end, label="ner_person"))
    return out


def _capitalised_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_stop


@cache
def _institution_heads() -> frozenset[str]:
    return (
        registry_words("org_heads")
        | registry_words("place_heads")
        | registry_words("venue_heads")
        | registry_words("surname_place_heads")
        | registry_words("company_suffixes")
        | rule_words("institution_heads")
    )


def _split_at_commas(ents: Sequence[Span]) -> list[Span]:
    """'the Ministry of Defence, Fawad Aman': a body's name the model ran over one comma into a
    name shaped like a person's (two or three capitalised words) is the body and the person.
    Other names with a comma stay whole ('Goldman, Sachs & Co.' is one company's name)."""
    out = []
    for ent in ents:
        commas = [t.i for t in ent if t.text == ","] if ent.label_ in NER_LABELS else []
        after = ent.doc[commas[0] + 1 : ent.end] if len(commas) == 1 else None
        if after is None or not (2 <= len(after) <= 3 and all(name_word(t) for t in after)):
            out.append(ent)
            continue
        if commas[0] > ent.start:
            out.append(Span(ent.doc, ent.start, commas[0], label=ent.label_))
        out.append(Span(ent.doc, after.start, after.end, label="PERSON"))
    return out


def _split_titled_holders(ents: Sequence[Span]) -> list[Span]:
    """'Speaker of [the Council of Representatives Salim al-Jabouri]': after a title and 'of',
    a body's name the model ran on into a name opening with a common given name is the body
    and the person who holds the title."""
    out = []
    for ent in ents:
        at = _holder_start(ent) if ent.label_ in ("ORG", "PERSON") else None
        if at is None:
            out.append(ent)
            continue
        if ent.label_ == "ORG":
            out.append(Span(ent.doc, ent.start, at, label="ORG"))
        # a person's name run on from the office's portfolio ('Minister of [Labour Tom Hale]'):
        # the portfolio is the title's, no body of its own
        out.append(Span(ent.doc, at, ent.end, label="PERSON"))
    return out


def _holder_start(ent: Span) -> int | None:
    """Where the holder's name opens inside the entity, or None: a common given name after a
    capitalised word (two of them before it in a body's name), two or three words to the end
    ('Salim al-Jabouri')."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of" or doc[ent.start - 2].lower_ not in title_words():
        return None
    given = gender_words("given_names")
    for at in range(ent.start + (2 if ent.label_ == "ORG" else 1), ent.end - 1):
        words = doc[at : ent.end].text.split()
        if doc[at].lower_ in given and doc[at - 1].text[:1].isupper() and 2 <= len(words) <= 3:
            return at if all(w[:1].isupper() or w.startswith(("al-", "el-")) for w in words) else None
    return None


def _first_line(ent: Span) -> Span:
    """A model entity up to its first line break: the loader has joined lines broken inside a
    sentence, so a break left inside an entity ends the name ('John Kirby | Spokesperson |
    Washington' of a briefing's header is John Kirby)."""
    end = next((t.i for t in ent if t.is_space and "\n" in t.text), ent.end)
    return ent if end == ent.end or end == ent.start else Span(ent.doc, ent.start, end, label=ent.label_)


def _surnames(ents: Sequence[Span]) -> frozenset[str]:
    """Last words of the names of two words or more the model finds ('T.R. Ahlstrom', which
    it may call an organisation, gives 'Ahlstrom')."""
    return frozenset(e[-1].text for e in ents if e.label_ in ("PERSON", "ORG") and len(e) >= 2)


def _coordinated_surnames(ent: Span, surnames: frozenset[str]) -> tuple[int, int] | None:
    """'Ahlstrom and Soule plan to ...': one entity of two capitalised words joined by 'and',
    each the last word of a longer name of the text ('T.R. Ahlstrom', 'Headmaster Tom Soule'),
    is two people, each by their surname: the token indices of the two. Else None ('Procter
    and Gamble' names no one of the text)."""
    if ent.label_ not in ("PERSON", "ORG") or len(ent) != 3 or ent[1].lower_ != "and":
        return None
    first, last = ent[0], ent[2]
    if not (name_word(first) and name_word(last)):
        return None
    return (first.i, last.i) if first.text in surnames and last.text in surnames else None


def _coordinated_bodies(ent: Span, registry: Registry) -> list[Span] | None:
    """'Amnesty International and Human Rights Watch', 'City Council and School Board': one
    model entity over bodies joined by 'and' or commas is those bodies, when every part names
    one on its own (a registered name, or two words or more ending in a body's head word).
    Else None: 'the Securities and Exchange Commission' and 'Crate & Barrel' are one name."""
    doc = ent.doc
    cuts = [t.i for t in ent if t.lower_ == "and" or t.text == ","]
    if not cuts or cuts[0] == ent.start:
        return None
    bounds = [ent.start, *(i + 1 for i in cuts)]
    ends = [*cuts, ent.end]
    parts = [doc[start:end] for start, end in zip(bounds, ends, strict=True)]
    # "A, B, and C": the comma before 'and' leaves an empty part to skip
    parts = [part for part in parts if len(part)]
    parts = [part[1:] if len(part) > 1 and part[0].lower_ == "the" else part for part in parts]
    if len(parts) < 2 or not all(_names_a_body(part, registry) for part in parts):
        return None
    return parts


def _names_a_body(part: Span, registry: Registry | None) -> bool:
    """A capitalised name that names a body on its own: a registered name, or two words or
    more ending in a body's head word ('School Board')."""
    if not part[0].text[:1].isupper():
        return False
    if registry is not None and name_key(part.text) in registry.keys:
        return True
    return len(part) >= 2 and part[-1].lower_ in registry_words("org_heads")


def _place_shaped(ent: Span) -> bool:
    """A name ending in a surname-like place head ('Hall', 'Park') is a place's when a public
    place's word stands before the head ('Martin Dies Jr. State Park'), or when nothing marks a
    person's name: no given name first, no initial, no title before, not the subject of a
    reporting verb ('Symphony Hall', not 'Stuart Hall', 'Manly P. Hall', 'Judge Julian Hall',
    'Tex Hill said')."""
    if len(ent) < 2:
        return False
    if ent[-2].lower_ in registry_words("public_place_words"):
        return True
    doc, root = ent.doc, ent.root
    return not (
        ent[0].lower_ in gender_words("given_names")
        or (root.dep_ == "nsubj" and root.head.lemma_ in rule_words("reporting_verbs"))
        or any(_INITIAL.match(t.text) or len(t.text) == 1 for t in ent)
        or (ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in title_words())
    )


def _with_particle_surname(ent: Span) -> Span:
    """'Ursula von der' + 'Leyen' (read as a place): a person's name that ends in, or is
    followed by, lower-case name particles goes on to the capitalised surname after them."""
    doc = ent.doc
    core = ent.end
    while core > ent.start + 1 and doc[core - 1].text in registry_words("surname_particles"):
        core -= 1
    end = _through_particles(doc, core)
    return Span(doc, ent.start, end, label=ent.label_) if end > ent.end else ent


def _adjacent_people_joined(ents: Sequence[Span]) -> list[Span]:
    """'Sami Jasim' + 'Muhammad al-Jaburi', 'Sheikh Mohammed bin Abdulrahman' + 'Al Thani': two
    person names the model reads with nothing between them, the first opening (after any
    titles) with a common given name and neither holding an office's word, are one long name
    (Arabic names of four or five words)."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ == "PERSON"
            and (ent.label_ == "PERSON" or _closing_surname(last, ent))
            and ent.start == last.end
            and ent.end - last.start <= _LONGEST_NAME
            and _given_name_first(last)
            and _plain_name(ent)
        ):
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


_LONGEST_NAME = 8  # tokens: 'Sami Jasim Muhammad al - Jaburi'


def _closing_surname(person: Span, ent: Span) -> bool:
    """'Ibrahim Adamu | Sulemana,': one capitalised word the model read as a place or a body
    right after a person's name of two words or more, and the name's end after it (a comma,
    a full stop, a small word), is the surname it left out; no place follows a name so."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    ends = after is None or after.is_punct or after.text[:1].islower()
    return len(person) >= 2 and len(ent) == 1 and ent.label_ in ("GPE", "LOC", "FAC", "ORG") and ends


def _given_name_first(ent: Span) -> bool:
    """A plain name opening with a common given name, after any titles ('Sheikh Mohammed bin
    Abdulrahman')."""
    i = ent.start
    while i < ent.end - 1 and ent.doc[i].lower_ in title_words():
        i += 1
    name = ent.doc[i : ent.end]
    return name[0].lower_ in gender_words("given_names") and _plain_name(name)


def _plain_name(ent: Span) -> bool:
    """Name words and particles only (no title, no initial, no office or place word), the
    first a name word."""
    joiners = registry_words("name_joiners")
    words = [t for t in ent if t.text not in joiners and t.text != "-"]
    return bool(words) and name_word(ent[0]) and all(name_word(t) for t in words)


def _with_given_name_before(ent: Span) -> Span:
    """'Antony' + 'J. Blinken': a name the model starts at a middle initial takes the given
    name right before it."""
    doc, i = ent.doc, ent.start
    if i < 1 or not _INITIAL.match(doc[i].text) or not name_word(doc[i - 1]) or not doc[i - 1].whitespace_:
        return ent
    return Span(doc, i - 1, ent.end, label=ent.label_)


_INITIAL = re.compile(r"^[A-Z]\.$")


def _with_nickname_surname(ent: Span) -> Span:
    """'Richard' + ' "Tex" ' + 'Coe': a person's name goes on over a quoted nickname of up to
    three words to the capitalised surname after it ('Col. John "J.D." Dorrian')."""
    doc, i = ent.doc, ent.end
    if i >= len(doc) or doc[i].text not in _NICK_OPEN or doc[i - 1].whitespace_ == "":
        return ent
    close = next((j for j in range(i + 2, min(len(doc), i + 5)) if doc[j].text in _NICK_CLOSE), None)
    if close is None or close + 1 >= len(doc) or not all(t.text[:1].isupper() for t in doc[i + 1 : close]):
        return ent
    if doc[close].whitespace_ == "" or not name_word(doc[close + 1]):
        return ent
    return Span(doc, ent.start, close + 2, label=ent.label_)


_NICK_OPEN = {'"', "“", "‘", "'"}
_NICK_CLOSE = {'"', "”", "’", "'"}


def _through_particles(doc: Doc, i: int) -> int:
    """The end of a surname that lower-case particles starting at token i join on ('de
    Mistura', 'von der Leyen', 'bin Salman'); i when no particle and surname follow."""
    j = i
    while j < min(len(doc), i + 3) and doc[j].text in registry_words("surname_particles"):
        j += 1
    if j == i or j >= len(doc) or not name_word(doc[j]):
        return i
    return j + 1


def name_word(tok: Token) -> bool:
    """A capitalised word that can be part of a person's name: not a title, a body's word,
    a stop word or an acronym."""
    return (
        tok.is_alpha
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and not tok.is_stop
        and tok.lower_ not in title_words()
        and tok.lower_ not in kind_words()
        and tok.lower_ not in registry_words("org_heads")
        and tok.lower_ not in registry_words("place_heads")
        and tok.lower_ not in registry_words("venue_heads")
        and tok.lower_.rstrip(".") not in registry_words("company_suffixes")
    )


def _person_named(ent: Span, registry: Registry) -> bool:
    """'The UN envoy for Syria, Staffan de Mistura, said', 'Staffan de Mistura told
    reporters', 'Rear Adm. Jim Malloy': a name of capitalised words (and particles) the
    model calls an organisation is a person's when a title opens it, a role is apposed to
    it or, with a particle inside, it speaks."""
    titled = _title_at(ent.doc, ent.start)
    name = ent.doc[titled : ent.end] if ent.start < titled < ent.end else ent
    honoured = _after_honorific(ent)  # 'Mr Bishop': one word is name enough
    joiners = registry_words("name_joiners")
    words = [t for t in name if t.text not in joiners]
    if not (
        (1 if honoured else 2) <= len(words) <= 4
        and len(name) <= 6
        and name[0].text not in joiners
        and name[-1].text not in joiners
        and all(name_word(t) for t in words)
        and name[0].text not in registry_words("armed_name_openers")
        and name_key(ent.text) not in registry.keys
        and name[-1].lower_ not in registry_words("company_trade_words")  # "manager, X Carriers"
    ):
        return False
    if name is not ent or honoured or _role_before(ent) or _role_after(ent) or _role_noun_right_before(ent):
        return True
    if _age_after(ent):
        return True  # 'Issac Fisher, 26, of Kansas City': news gives a person's age so
    if _given_name(ent) or _particle_name(name, registry):
        return True  # 'Marcus Lee told ...': a common given name opens a person's name
    particle = any(t.text in registry_words("surname_particles") for t in ent)
    root = ent.root
    return particle and root.dep_ == "nsubj" and root.head.lemma_ in rule_words("reporting_verbs")


def _titled_name_run_on(ent: Span) -> Span:
    """'Second Lieutenant Diego | Alonso Vargas Quispe', 'Councilwoman Tameika | Isaac Devine':
    the model may end a name a title opens at its first word; the capitalised words right
    after it that it tagged as nothing or as a person are the rest."""
    doc = ent.doc
    if not ent.start < _title_at(doc, ent.start) < ent.end:
        return ent
    end = ent.end
    while end < len(doc) and end - ent.end < 3 and _untagged_name_word(doc[end]):
        end += 1
    return doc[ent.start : end]


def _closing_person(ent: Span) -> Span | None:
    """'Acting City Planner Sue Guio', 'MCHD Health Educator Jill Heuchert': an organisation of
    the model that ends in a common given name and one more capitalised word is a person named
    after words of an office the title lexicon does not hold."""
    if len(ent) < 3:
        return None
    given, last = ent[-2], ent[-1]
    if given.lower_ not in gender_words("given_names") or not name_word(last) or not name_word(given):
        return None
    if last.lower_ in rule_words("thing_name_heads") or last.lower_ in kind_words():
        return None  # 'Camp David Accords', 'the Judah P. Benjamin Award': a thing's name
    start = given.i
    if len(ent) >= 5 and ent[-3].text == "-" and not ent[-3].whitespace_ and name_word(ent[-4]):
        start = ent[-4].i  # 'Jean-Claude Juncker': a given name of two joined by a hyphen
    opening = ent.doc[ent.start + (ent[0].lower_ == "the") : start]  # 'the European Commission X'
    if not all(t.text[:1].isupper() for t in opening):
        return None
    return ent.doc[start : ent.end]


def _particle_name(name: Span, registry: Registry) -> bool:
    """'Staffan de Mistura', 'Ursula von der Leyen': one given name, particles written apart
    and one surname (not a body's longer 'Societe de Bourses Francaises'; not the Arabic
    article, which opens groups' names too: 'Ahrar al Sham'; not a state: 'Tour de France')."""
    particles = registry_words("surname_particles")
    inner = name[1:-1]
    return (
        len(name) >= 3
        and all(t.text in particles and t.text not in ("al", "el") and t.whitespace_ for t in inner)
        and name[-1].text not in registry.cased
        and name[-1].text not in registry.aliases
    )


def _given_name(ent: Span) -> bool:
    """A common given name opens the name; not a brand's possessive ("Jack Daniel's whiskey"):
    a person's the model would have called a person."""
    after = ent.doc[ent.end].text if ent.end < len(ent.doc) else ""
    return ent[0].lower_ in gender_words("given_names") and after not in ("'s", "’s")


def _after_honorific(ent: Span) -> bool:
    """'Mr Bishop', 'Dr. Haddad': an honorific (its period split off or not) before the name."""
    doc, i = ent.doc, ent.start
    if i > 1 and doc[i - 1].text == "." and not doc[i - 2].whitespace_:
        return doc[i - 2].text + "." in HONORIFICS
    return i > 0 and doc[i - 1].text in HONORIFICS


def _role_before(ent: Span) -> bool:
    """'The UN envoy for Syria, [name]': the phrase before the comma names a role."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != ",":
        return False
    heads = rule_words("role_heads")
    for j in range(ent.start - 2, max(-1, ent.start - 10), -1):
        tok = doc[j]
        if tok.is_punct or tok.pos_ in ("VERB", "AUX") or tok.is_sent_end:
            return False
        if tok.lower_ in heads or tok.lower_ in title_words():
            return True
    return False


def _role_noun_right_before(ent: Span) -> bool:
    """'astronaut Bertalan Farkas', 'lawyer Anwar al-Bunni': a lower-case role noun;
    'Committee Chairwoman Deb Peruzzotti': a capitalised title word."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is None or not (before.pos_ in ("NOUN", "PROPN") or _noun_mistagged(before)):
        return False
    if before.is_lower:
        return before.lower_ in rule_words("role_heads")
    word = before.lower_
    return before.is_title and (word in title_words() or word in _OFFICES) and word not in _NOT_TITLES_ALONE


def _noun_mistagged(tok: Token) -> bool:
    """'the bandit kingpin X': a rare role noun the tagger took for a verb is still a noun
    after a determiner, an adjective or another noun ('will head X' stays a verb)."""
    if tok.i == 0 or not tok.is_lower:
        return False
    return tok.pos_ == "VERB" and tok.doc[tok.i - 1].pos_ in ("DET", "ADJ", "NOUN")


# title words that open bodies' names as often as they title people ('General Motors', 'State
# Department')
_NOT_TITLES_ALONE = frozenset({"general", "state"})
# role nouns for offices, written capitalised before a name as titles are ('Chairwoman X')
_OFFICES = frozenset(
    {"chairman", "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "director",
     "commissioner", "superintendent", "coordinator", "manager", "treasurer", "clerk", "supervisor",
     "trustee", "administrator"}
)


def _age_after(ent: Span) -> bool:
    """The name is followed by ', AGE,': a number of one to three digits between commas."""
    doc = ent.doc
    at = ent.end
    return (
        at + 2 < len(doc)
        and doc[at].text == ","
        and doc[at + 1].text.isdigit()
        and len(doc[at + 1].text) <= 3
        and doc[at + 2].text == ","
    )


def _role_after(ent: Span) -> bool:
    """'[name], the Special Advisor to ...': an office or role opens the apposition (not a
    list going on: 'Hamas and Islamic Jihad, and Hezbollah Secretary General X')."""
    doc = ent.doc
    k = ent.end + 1
    if ent.end >= len(doc) or doc[ent.end].text != "," or k >= len(doc) or doc[k].lower_ in _LIST_JOINERS:
        return False
    if doc[k].lower_ in ("the", "a", "an", "its", "their"):
        k += 1
    heads = rule_words("role_heads")
    return any(_title_at(doc, j) > j or doc[j].lower_ in heads for j in range(k, min(len(doc), k + 3)))


_LIST_JOINERS = frozenset({"and", "or", "nor", "but"})
_THING_LABELS = frozenset({"FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LOC"})


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    """Head words of an armed group's name (data/actor_rules.json kind_keywords)."""
    records = actor_rules()["kind_keywords"]
    return frozenset(w for r in records if r["kind"] == "armed_group" for w in r["words"])


def armed_opener_spans(doc: Doc) -> list[Span]:
    """'Liwa Fatemiyoun', 'Jaish al-Izza', 'Frente 33' the model tagged as nothing (or as a
    place): an Arabic or Spanish word for an army, brigade or front opening capitalised words
    (or a unit's number) names an armed group."""
    out = []
    openers = registry_words("armed_name_openers")
    joiners = registry_words("name_joiners")
    for tok in tokens_among(doc, openers, 0, -1):
        if tok.ent_type_ in ("PERSON", "ORG"):
            continue  # the model's entity: read by _read_entity
        end = tok.i + 1
        if _number_after(doc[tok.i : end]):
            end += 1  # 'Frente 33'
        while end < min(len(doc), tok.i + 6) and (doc[end].text in joiners or name_word(doc[end])):
            end += 1
        while end > tok.i + 1 and doc[end - 1].text in joiners:
            end -= 1
        if end > tok.i + 1:
            out.append(Span(doc, tok.i, end, label="armed_name"))
    return out


def _number_after(span: Span) -> bool:
    """A unit's number in digits right after the span ('Frente 33')."""
    return span.end < len(span.doc) and span.doc[span.end].text.isdigit()


def headed_armed_name_spans(doc: Doc) -> list[Span]:
    """'Jaime Martínez Front', 'the Dagoberto Ramos Mobile Column': capitalised words the
    model tagged as nothing or as a person (a unit named after a fallen leader),
    ending in an armed group's head noun (data/actor_rules.json armed_name_heads), name an
    armed group. A name the model read as an organisation is its own ('the Popular Front')."""
    out = []
    for head in tokens_among(doc, rule_words("armed_name_heads"), 0, -1):
        if head.ent_type_ not in ("", "PERSON") or _capitalised_name_goes_on(doc, head.i + 1):
            continue  # the model's organisation, or a longer name ('the Leeds Front Row')
        start = head.i
        while start > 0 and head.i - start < 3 and _untagged_name_word(doc[start - 1]):
            start -= 1
        # two words before the noun, or one the model calls a person ('Sucre Front'); not
        # a lone adjective ('the National Front', 'the Popular Front': parties as often)
        if head.i - start >= 2 or (head.i - start == 1 and doc[start].ent_type_ == "PERSON"):
            out.append(Span(doc, start, head.i + 1, label="armed_name"))
    return out


def _untagged_name_word(tok: Token) -> bool:
    """A capitalised word of a name the model tagged as nothing or as a person."""
    return tok.ent_type_ in ("", "PERSON") and tok.text[:1].isupper() and tok.is_alpha and not tok.is_stop


def sponsored_name_spans(doc: Doc) -> list[Span]:
    """'the US-led Combined Joint Task Force', 'Turkish-backed Sultan Murad Division': the
    model often reads nothing after a sponsor's hyphenated word; two or more capitalised
    words there name an organisation. Not a titled person ('US-backed President X') nor a
    name the model gives a person or a place."""
    out = []
    joiners = registry_words("name_joiners")
    for tok in tokens_among(doc, ("-",), 1, -3):
        if doc[tok.i + 1].lower_ not in SPONSOR_WORDS or tok.whitespace_:
            continue
        start = end = tok.i + 2
        while end < min(len(doc), start + 7) and (
            _org_word(doc[end]) or (end > start and doc[end].text in joiners)
        ):
            end += 1
        while end > start and doc[end - 1].text in joiners:
            end -= 1
        words = doc[start:end]
        if len(words) < 2 or words[0].lower_ in title_words():
            continue
        if any(t.ent_type_ in ("PERSON", "GPE", "LOC", "FAC") for t in words):
            continue
        out.append(Span(doc, start, end, label="ner_org"))
    return out


def _without_sponsor(ent: Span) -> Span:
    """'the U.N.-supported Government of National Accord': the body the model read with its
    sponsor is named by the capitalised words after the sponsor's hyphenated word; not a name
    the sponsor belongs to ('the US-led Coalition', a registered name)."""
    doc = ent.doc
    for tok in ent[: min(len(ent) - 2, 4)]:
        if _sponsor_word(tok):  # 'U.N.-supported', one token
            rest = doc[tok.i + 1 : ent.end]
        elif tok.text == "-" and not tok.whitespace_ and doc[tok.i + 1].lower_ in SPONSOR_WORDS:
            rest = doc[tok.i + 2 : ent.end]
        else:
            continue
        registry = doc.user_data.get(REGISTRY_KEY)
        known = registry is not None and name_key(ent.text) in registry.keys
        if len(rest) >= 2 and _org_word(rest[0]) and rest[0].lower_ not in title_words() and not known:
            return rest
    return ent


def _transcript_label(ent: Span) -> bool:
    """A transcript's label for an unnamed speaker: one word in capitals opening a line, before
    a colon (data/actor_rules.json transcript_labels)."""
    doc = ent.doc
    return (
        len(ent) == 1
        and ent[0].text.isupper()
        and ent[0].lower_ in rule_words("transcript_labels")
        and _opens_line(doc, ent.start)
        and ent.end < len(doc)
        and doc[ent.end].text == ":"
    )


def _opens_line(doc: Doc, i: int) -> bool:
    """Token i is the first of a line (a transcript's 'MR KIRBY:', 'QUESTION:')."""
    return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_


def _without_service_before_rank(ent: Span) -> Span:
    """'Chairman of the Joint Chiefs of Staff Marine Corps Gen. Joseph Dunford': the model ran
    the body's name on into the armed service written before the officer's rank; the service
    is the officer's (service_spans), the body ends before it."""
    doc = ent.doc
    for words in SERVICES:
        start = ent.end - len(words)
        if start > ent.start + 1 and tuple(t.text for t in doc[start : ent.end]) == words:
            if ent.end < len(doc) and _title_at(doc, ent.end) > ent.end and _military_title(doc, ent.end):
                return doc[ent.start : start]
            break
    return ent


def office_of_title_spans(doc: Doc) -> list[Span]:
    """'the Office of the UN High Commissioner for Refugees', 'the Office of the Prime
    Minister': an office named after its holder's title is a body, not the holder (the model
    often reads only 'the Office of the UN'). The title's portfolio after 'for' or 'of' runs
    over capitalised words and 'the'."""
    out = []
    for tok in tokens_among(doc, ("Office",), 0, -3):
        i = tok.i + 1
        if doc[i].lower_ != "of":
            continue
        i += 1 + (doc[i + 1].lower_ == "the")
        if i < len(doc) - 1 and doc[i].text.replace(".", "").isupper():
            i += 1  # the body whose office it is: 'UN', 'U.N.', 'EU'
        end = _title_at(doc, i) if i < len(doc) else i
        if end == i:
            continue
        while end + 1 < len(doc) and doc[end].lower_ in ("for", "of") and doc[end + 1].text[:1].isupper():
            end += 2
            while end < len(doc) and (
                (doc[end].text[:1].isupper() and doc[end].is_alpha) or doc[end].lower_ == "the"
            ):
                end += 1
            while doc[end - 1].lower_ == "the":
                end -= 1
        start = tok.i - (tok.i > 0 and doc[tok.i - 1].lower_ == "the")
        out.append(Span(doc, start, end, label="ner_org"))
    return out


def _sponsor_word(tok: Token) -> bool:
    sponsor, hyphen, participle = tok.lower_.rpartition("-")
    return bool(sponsor and hyphen) and participle in SPONSOR_WORDS


def _org_word(tok: Token) -> bool:
    """A capitalised word of an organisation's name ('Joint', 'Task', 'Force', 'Murad')."""
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start


POSSESSIVE_ENDS = ("'s", "’s", "'", "’")


def _with_cut_conjunct(ent: Span) -> Span:
    """'Ministry of Foreign Affairs and | International Cooperation': the model may end a
    body's name at its 'and'; the capitalised words right after it are the rest (with none,
    the 'and' goes)."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < 4 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return doc[ent.start : end] if end > ent.end else doc[ent.start : ent.end - 1]


def _with_cut_portfolio(ent: Span) -> Span:
    """'the Al-Ahram Center for Political | and Strategic Studies': a body's name with 'for' or
    'of' in it that the model ends right before an 'and'; up to four capitalised words after
    the 'and' that it left untagged, then a word in small letters, are the rest of the name."""
    doc, end = ent.doc, ent.end
    if end + 1 >= len(doc) or doc[end].lower_ != "and" or not any(t.lower_ in ("for", "of") for t in ent[1:]):
        return ent
    stop = end + 1
    while stop < len(doc) and stop - end <= 4 and _untagged_title_word(doc[stop]):
        stop += 1
    if stop == end + 1 or (stop < len(doc) and (doc[stop].is_title or doc[stop].ent_type_)):
        return ent  # nothing after the 'and', or the words run on into another name
    if stop < len(doc) and doc[stop].lower_ in registry_words("name_joiners"):
        return ent  # '... and Foreign Minister Ibrahim | al-Jaafari': a person's name goes on
    if any(t.lower_ in title_words() for t in doc[end + 1 : stop]):
        return ent  # '... and Foreign Minister X': a titled person, no part of the name
    return doc[ent.start : stop]


def _untagged_title_word(tok: Token) -> bool:
    return tok.is_title and tok.is_alpha and not tok.ent_type_


def _trimmed(ent: Span) -> Span | None:
    """A model entity without what is not its name: punctuation or a lower-case common noun
    before it ('magician Daryl Miller'); punctuation, a possessive, a small joining word, a
    headline's auxiliary, an adverb or a preposition after it ("al-Baghdadi's", "Van Voorhis'",
    'Luc van', 'Council of Europe Does', 'the Gaza health ministry later'), a bracket left open. None
    when nothing is left."""
    start, end = ent.start, ent.end
    doc = ent.doc
    texts = token_texts(doc)  # read from the doc's array: no Token object per test
    joiners = registry_words("name_joiners")
    while start < end and (
        not any(c.isalnum() for c in texts[start])
        or (texts[start].isalpha() and texts[start].islower() and texts[start] not in joiners)
    ):
        start += 1
    # 'the Catatumbo Peasant Association (Ascamcat': a bracket the entity opens and does not close
    # starts a short form of its own; the name ends before it
    opened = next((i for i in range(start + 1, end) if texts[i] == "("), None)
    if opened is not None and ")" not in texts[opened:end]:
        end = opened
    while end > start and (
        texts[end - 1] in POSSESSIVE_ENDS
        or not any(c.isalnum() for c in texts[end - 1])
        or texts[end - 1] in joiners  # "Luc van": a name does not end in a small word
        # "Council of Europe Does"; not a name the tagger reads as one ('Theresa May')
        or (end - start > 1 and doc[end - 1].pos_ == "AUX" and doc[end - 1].tag_ != "NNP")
        # '... ministry later'
        or (end - start > 1 and doc[end - 1].pos_ == "ADV" and texts[end - 1].islower())
        # 'The Ministry of Peshmerga in | Erbil': a preposition opens what follows the name
        or (end - start > 1 and doc[end - 1].pos_ == "ADP" and texts[end - 1].islower())
    ):
        end -= 1
    return doc[start:end] if end > start else None


def _credit(ent: Span) -> bool:
    """'By Jane Doe', 'Staff Writers Jane Doe and John Roe contributed', 'Jane Doe Staff
    Writer', '(Jane Doe / The Courier)', '(Courier Photo/Jane Doe)', 'Jane Doe jdoe@x.com': a
    byline or a credit."""
    doc = ent.doc
    words = registry_words("byline_words")
    before = [doc[i].text for i in range(max(0, ent.start - 2), ent.start)]
    after = [doc[i].text for i in range(ent.end, min(len(doc), ent.end + 2))]
    opening = [" ".join(t.text for t in ent[:k]) for k in (1, 2) if k < len(ent)]
    if (before and before[-1] in words) or " ".join(before) in words or " ".join(after) in words:
        return True
    if any(words_ in words for words_ in opening):
        return True  # the model read "Staff Writers Jane Doe" as one name
    if after[:1] and doc[ent.end].lemma_ == "contribute":
        return True  # "... and John Roe contributed to this report"
    if after[:1] and doc[ent.end].like_email:
        return True  # 'Jane Doe jdoe@courier.com': the writer's address under a headline
    return _in_credit_brackets(ent)


# the dashes a dateline puts after its wire credit; U+0097 is cp1252's em dash read as Latin-1
_DATELINE_DASHES = {"-", "--", "—", "–", "_", "\x97"}


def _plural_name_word_after(doc: Doc, end: int) -> bool:
    """A capitalised plural noun right after the match, inside the model's entity or before a
    bracketed short form, goes on with the name ('Department of State | Services (DSS)'; a
    title-case headline's 'Hezbollah Fighters Withdraw' does not)."""
    if end >= len(doc):
        return False
    after = doc[end]
    defined = end + 1 < len(doc) and doc[end + 1].text == "("
    headline = end + 1 < len(doc) and doc[end + 1].is_title  # 'Hezbollah Fighters Withdraw From ...'
    return after.is_title and after.tag_ == "NNPS" and (defined or (after.ent_iob_ == "I" and not headline))


def _hyphened_to_a_name(doc: Doc, start: int) -> bool:
    """A capitalised word joined by a hyphen opens the name before token `start` ('Kuki-Chin'):
    the match is part of a longer name ('anti-Hezbollah', 'pro-Kremlin' keep theirs)."""
    if start < 2 or doc[start - 1].text != "-" or doc[start - 1].whitespace_ or doc[start - 2].whitespace_:
        return False
    return doc[start - 2].is_title and doc[start - 2].is_alpha


def _dateline_credit(span: Span) -> bool:
    """'BEIRUT (AP) --', 'BEIJING, March 3 (Xinhua) —': the name alone in brackets right
    before a dash credits the wire that filed the story."""
    doc = span.doc
    return (
        span.start > 0
        and span.end + 1 < len(doc)
        and doc[span.start - 1].text == "("
        and doc[span.end].text == ")"
        and doc[span.end + 1].text in _DATELINE_DASHES
    )


def _names_a_station(doc: Doc, start: int, end: int) -> bool:
    """'from RAF Akrotiri', 'at RAF Lossiemouth and RAF Marham': a force's short form that
    names its air stations (data/actor_rules.json station_prefixes), a capitalised place word
    after it, where a word that places or moves things stands before it (not 'RAF Tornados
    struck', 'RAF Typhoons')."""
    if end - start != 1 or doc[start].text not in rule_words("station_prefixes") or end >= len(doc):
        return False
    after, before = doc[end], doc[start - 1].lower_ if start > 0 else ""
    if not (after.is_alpha and after.text[:1].isupper()) or after.lower_ in rule_words("aircraft_names"):
        return False
    return before in _station_openers()


def _with_sentence_opening_word(ent: Span) -> Span:
    """'Combined | Maritime Forces said the ship was seized': the model often leaves out a
    body's first word when it opens a sentence, where a capital tells it nothing; a word that
    opens bodies' names (data body_name_openers) there is the name's own."""
    i = ent.start - 1
    if i < 0 or not ent.doc[i].is_sent_start or ent.doc[i].text not in rule_words("body_name_openers"):
        return ent
    return ent.doc[i : ent.end]


def _without_aircraft(ent: Span) -> Span:
    """'RAF Tornados and Typhoons strike ...': the aircraft a force flies, written after its
    name, are no part of the force's name; only after a force's own word ('RAF', 'Air
    Force', 'Navy'), not 'the Charlotte Hornets'."""
    aircraft = rule_words("aircraft_names")
    cut = next((t.i for t in ent[1:] if t.lower_ in aircraft), None)
    listed = (t.lower_ in aircraft or t.lower_ in ("and", ",") for t in ent.doc[cut or 0 : ent.end])
    if cut is None or not all(listed):
        return ent
    force = ent.doc[ent.start : cut]
    if force[-1].text in rule_words("station_prefixes") or force[-1].lower_ in _FORCE_NAME_ENDS:
        return force
    return ent


_FORCE_NAME_ENDS = frozenset({"force", "navy", "army", "marines", "corps"})


@cache
def _station_openers() -> frozenset[str]:
    """Words before a station's name: placing and motion words, and the list's 'and'."""
    return rule_words("placing_words") | rule_words("motion_words") | {"from", "at", "to", "via", "and"}


def _dateline_place(span: Span) -> bool:
    """A name in capitals that opens a line and a comma or a bracket follows: a dateline
    ('UNITED NATIONS (AP) —', 'UNITED NATIONS, March 3 (Reuters) -')."""
    doc = span.doc
    opens = span.start == 0 or "\n" in doc[span.start - 1].text or "\n" in doc[span.start - 1].whitespace_
    after = doc[span.end].text if span.end < len(doc) else ""
    return opens and span.text.isupper() and len(span.text) > 3 and after in ("(", ",")


def _dateline_country(span: Span) -> bool:
    """The country after a dateline's city in capitals ('SEOUL, South Korea (AP) —'): where
    the story is filed from, no party to it by that mention."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].text != ",":
        return False
    j = i - 2
    while j >= 0 and doc[j].text.isupper() and doc[j].text.strip(".").isalpha():
        j -= 1  # the city's words in capitals ('SEOUL', 'ST. LOUIS')
    opens = j < 0 or "\n" in doc[j].text or "\n" in doc[j].whitespace_
    after = doc[span.end].text if span.end < len(doc) else ""
    return j < i - 2 and opens and after in ("(", ",", "—", "–", "-", "--", "_")


def _in_credit_brackets(ent: Span) -> bool:
    """The name sits in brackets with a slash: '(Jane Doe / The Courier)'."""
    brackets = _enclosing_brackets(ent, 6)
    return brackets is not None and any("/" in t.text for t in ent.doc[brackets[0] : brackets[1]])


_BRACKETS = ("(", ")")


def _enclosing_brackets(ent: Span, reach: int) -> tuple[int, int] | None:
    """(opening, closing) tokens of the round brackets the entity stands in, each within
    `reach` tokens of it with no other bracket between; else None."""
    texts = token_texts(ent.doc)  # read from the array: no Token built per word looked at
    before = range(ent.start - 1, max(-1, ent.start - reach), -1)
    after = range(ent.end, min(len(texts), ent.end + reach))
    opening = next((i for i in before if texts[i] in _BRACKETS), None)
    closing = next((i for i in after if texts[i] in _BRACKETS), None)
    if opening is None or closing is None or texts[opening] != "(" or texts[closing] != ")":
        return None
    return opening, closing


@cache
def registry_words(section: str, key: str = "words") -> frozenset[str]:
    """A word list of data/actors.json outside the registry itself (checked on first use);
    `key`: a second list a section may hold ('levels' of place_body_nouns, 'after' of
    media_nouns)."""
    record = load_json("actors.json")[section]
    allowed = {"_note", "words", "example", *_SECOND_LISTS.get(section, ())}
    require_keys(record, allowed, allowed - {"_note"}, f"data/actors.json:{section}")
    return frozenset(record[key])


_SECOND_LISTS = {
    "place_body_nouns": ("levels",),
    "media_nouns": ("after", "qualified", "qualifiers"),
    "police_names": ("after",),
}


def _bare_name(span: Span) -> bool:
    """Two or three capitalised words with no organisation word: a person's name."""
    return (
        2 <= len(span) <= 3
        and all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in span)
        and not _has_kind_word(span)
    )


def state_word(doc: Doc, i: int, registry: Registry) -> str | None:
    """The state a capitalised word names as a demonym or a name ('Russian', 'Turkey'), read
    with a region word before it ('South Sudanese', not 'Latin American': region_demonym_state)."""
    text = doc[i].text
    if not text[:1].isupper() or _birthplace_word(doc, i):
        return None
    state = registry.demonyms.get(text) or registry.cased.get(text) or registry.aliases.get(text)
    if state is None:  # 'South Korean', 'Sri Lankan': a demonym of two words, at either word
        after = registry.demonyms.get(doc[i : i + 2].text) if i + 1 < len(doc) else None
        return after or (registry.demonyms.get(doc[i - 1 : i + 1].text) if i > 0 else None)
    if state is None or not state.startswith("state-"):
        return None
    return _longer_state_name(doc, i, registry) or region_demonym_state(doc, i, registry, state)


def _longer_state_name(doc: Doc, i: int, registry: Registry) -> str | None:
    """The state whose name of two to four words ends at token i: 'Sudan' of 'South Sudan
    President X' is South Sudan's, 'Guinea' of 'Papua New Guinea' Papua New Guinea's."""
    if i == 0 or not (doc[i - 1].text[:1].isupper() or doc[i - 1].lower_ == "of"):
        return None
    found = _state_name_ending(doc, i, registry)
    return found[1] if found is not None else None


def state_name_start(doc: Doc, i: int, registry: Registry, state: str) -> int:
    """First token of the state's name of up to four words ending at token i (i itself when
    the word alone names it)."""
    found = _state_name_ending(doc, i, registry)
    return found[0] if found is not None and found[1] == state else i


def _state_name_ending(doc: Doc, i: int, registry: Registry) -> tuple[int, str] | None:
    """(first token, state) of the longest state's name of two to four words ending at token i."""
    for first in range(max(0, i - 3), i):
        name = doc[first : i + 1].text
        state = registry.aliases.get(name) or registry.cased.get(name)
        if state is not None and state.startswith("state-"):
            return first, state
    return None


def _birthplace_word(doc: Doc, i: int) -> bool:
    """'a Somali-born preacher', 'US-born': where someone was born, not a state that acts or
    that the person serves."""
    after = doc[i + 1 : i + 3]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ == "born"


def _speaks_or_acts(noun: Token) -> bool:
    """The noun heads a subject or an agent, or owns what follows ('the embassy's statement')."""
    head = first_conjunct(noun)
    return head.dep_ in _ACTOR_DEPS or head.dep_ == "poss"


def _body_word(doc: Doc, end: int) -> str | None:
    """The state body the noun ending a match at `end` names (FORCE_WORDS), or None: 'guard'
    names one only after 'coast' (a coast guard), and 'coast' qualifies no other body noun;
    'staff' names one only after 'general' (a general staff), which qualifies nothing else;
    'guards' names one only after 'border' ('Iranian border guards', not 'Iranian guards'), and
    'border' qualifies only guards, forces and troops, in small letters."""
    noun, before = doc[end - 1].lower_, doc[end - 2].lower_
    body = FORCE_WORDS[noun]
    if (noun == "staff") != (before == "general"):
        return None  # "the Russian General Staff" commands the forces; 'Iraqi staff' is no body
    at_border = before == "border"
    if (noun == "guards") != at_border and not (at_border and noun in ("forces", "troops")):
        return None
    if at_border and not doc[end - 2].text.islower():
        return None  # 'the Georgian Border Police': a service's own name, the model's to read
    return None if (body == "coast guard") != (before == "coast") else body


def region_demonym_state(doc: Doc, i: int, registry: Registry, state: str) -> str | None:
    """The state of the demonym at token i read with a region word before it: 'South
    Sudanese' is South Sudan's, 'Latin American' and 'North American' a region's people, no
    state's (None); 'North Macedonian' is the state's whose name so opens."""
    opener = doc[i - 1].text if i > 0 else ""
    if opener not in REGION_OPENERS or doc[i].text not in registry.demonyms:
        return state
    pair = registry.demonyms.get(f"{opener} {doc[i].text}")
    if pair is None and not registry.entries[state].name.startswith(opener):
        return None
    return pair or state


# words before a demonym that may make a region's people of it
REGION_OPENERS = frozenset({"Latin", "North", "South", "Central", "East", "West"})


def state_owner_before(doc: Doc, start: int, registry: Registry) -> tuple[int, str] | None:
    """(first token, state id) of a state word owning what starts at `start`: 'Russian X',
    'Turkey's X', 'the United Kingdom's X' (a name of up to three words)."""
    if start > 0 and (state := state_word(doc, start - 1, registry)):
        return start - 1, state
    if start < 2 or doc[start - 1].text not in ("'s", "’s"):
        return None
    for first in range(start - 2, max(-1, start - 5), -1):
        name = doc[first : start - 1].text
        state = registered_state(registry, name)
        if state is not None and name[:1].isupper():
            return first, state
    return None


def in_place_name(span: Span) -> bool:
    """The span is part of a longer name the model reads as a place and a place noun makes
    one ('Lake Assad', 'Assad Dam', the noun itself in 'Camp Taji'; not 'Ms Izevbekhai', which
    the model may call a place)."""
    if span[0].ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    doc = span.doc
    start, end = entity_bounds(span[0])[0], entity_bounds(span[-1])[1]
    if end - start <= len(span):
        return False
    nouns = rule_words("place_nouns") | rule_words("site_openers")
    return any(t.lower_ in nouns for t in doc[start:end])


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """A generic alias ('Observatory', 'Red Crescent', 'Security Council') written inside a
    longer capitalised name: a name word before it ('Turkish Red Crescent', 'National Security
    Council'), or 'of'/'for'/'on' and a name word after it ('Observatory on Human Rights')."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.is_alpha and before.text[:1].isupper() and not before.is_sent_start:
        return before.lower_ not in ("the", "a", "an")
    joined = before is not None and before.lower_ in ("and", "&") and _joined_name_word(doc, start - 2)
    if joined and end - start > 1:
        # 'the National Defense and Security Council': 'and' inside one name ('Joint and
        # Coalition partners' are the Coalition's: a one-word alias stays)
        return True
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in ("of", "for", "on")
        and doc[end + 1].text[:1].isupper()
        and doc[end + 1].is_alpha
    )


def _joined_name_word(doc: Doc, i: int) -> bool:
    """Token i is a capitalised word of the same name the model reads as one organisation
    across the 'and' after it."""
    return i >= 0 and doc[i].text[:1].isupper() and doc[i].ent_type_ == "ORG" and doc[i + 2].ent_iob_ == "I"


def _owner_of_office(doc: Doc, start: int, entry: Entry, registry: Registry) -> tuple[int, str] | None:
    """The state word written before a registered office or force of a state ('Russian' in
    'the Russian Ministry of Defence', 'Britain's' in 'Britain's Foreign Office'): (first
    token, state id), or None. The caller compares the owner with the office's own state."""
    if entry.country is None or entry.kind == "state":
        return None
    return state_owner_before(doc, start, registry)  # its state ids are the registry's entries


def _phrases_by_actor(registry: Registry) -> dict[str, list[str]]:
    """Actor id -> its any-case and weak aliases (so a match checks its own, not every alias)."""
    out: dict[str, list[str]] = {}
    for phrase, pid in (*registry.aliases.items(), *registry.weak.items()):
        out.setdefault(pid, []).append(phrase)
    return out


def _case_fits(span: Span, phrases: dict[str, list[str]], actor_id: str) -> bool:
    """A capitalised alias must be capitalised in the text: 'Amnesty' the NGO, not 'amnesty'.
    `phrases`: _phrases_by_actor of the registry."""
    written = span.text
    if written.isupper() and len(written) > 3 and actor_id.startswith("state-"):
        return False  # "SYRIA (AFP) —": a shouted country name is a dateline, not an actor
    squeezed = "".join(written.split()).lower()  # "Task Force - Operation" == "Task Force-Operation"
    for phrase in phrases.get(actor_id, ()):
        if "".join(phrase.split()).lower() == squeezed:
            if _short_acronym(phrase) and not written.isupper():
                continue  # 'The Rt Hon X' is no mention of RT ('Isis', 'Nato' are listed as such)
            first = next((c for c in phrase if c.isalpha()), "")
            seen = next((c for c in written if c.isalpha()), "")
            if not first.isupper() or seen.isupper():
                return True
    return False


def _short_acronym(phrase: str) -> bool:
    """An alias of two or three capital letters ('RT', 'SDF', 'U.N.')."""
    letters = [c for c in phrase if c.isalpha()]
    return 2 <= len(letters) <= 3 and all(c.isupper() for c in letters)


def _with_formal_name(ent: Span) -> Span:
    """'the Hashemite Kingdom of | Jordan', 'The State of | Qatar': the state's formal name,
    written before the name the model found (data/actor_rules.json state_formal_nouns)."""
    doc, start = ent.doc, ent.start
    if ent[0].text in rule_words("state_formal_nouns") or ent[0].lower_ == "the":
        return ent  # the model has the formal name already ('The Kingdom of Saudi Arabia')
    if (
        start < 2
        or doc[start - 1].lower_ != "of"
        or doc[start - 2].text not in rule_words("state_formal_nouns")
    ):
        return ent
    first = start - 2
    while first > 0 and doc[first - 1].text[:1].isupper() and doc[first - 1].pos_ in ("PROPN", "ADJ"):
        first -= 1  # 'Hashemite', 'Islamic'
    if first > 0 and doc[first - 1].lower_ == "the":
        first -= 1
    return doc[first : ent.end]


# up to three words between the article and the speaker noun ('a senior Kurdish official')
_SPEAKER_MODIFIERS: list[dict[str, Any]] = [
    {
        "IS_PUNCT": False,
        "POS": {"NOT_IN": ["VERB", "AUX", "ADP", "PRON", "DET"]},
        "LOWER": {"NOT_IN": ["of", "said", "told"]},
        "OP": "{0,3}",
    }
]
# an age before them: 'a 34-year-old mother', 'a 7-month-old'
_AGE: list[dict[str, Any]] = [
    {"LIKE_NUM": True},
    {"ORTH": "-"},
    {"LOWER": {"IN": ["year", "month", "week", "day"]}},
    {"ORTH": "-"},
    {"LOWER": "old"},
]


def _opens_a_body_name(span: Span) -> bool:
    """'United Kingdom' of 'the United Kingdom Maritime Trade Operations center': a state's name
    opening a longer name the model reads as an organisation, three capitalised words or more
    after it ('U.S. Embassy', 'U.S. State Department' are the state's own office: it stays)."""
    doc = span.doc
    if doc[span.start].ent_type_ != "ORG":
        return False
    rest = 0
    for tok in doc[span.end : span.end + _BODY_NAME_REST]:  # the same entity goes on
        if tok.ent_iob_ != "I" or tok.ent_type_ != "ORG":
            break
        rest += tok.text[:1].isupper()
    return rest >= _BODY_NAME_REST


_BODY_NAME_REST = 3


def _trades_with_another(ent: Span) -> bool:
    """'Armenia and Azerbaijan trade blame', 'Kyrgyzstan and Tajikistan exchange fire': two
    sides trading charges, fire or prisoners both act, read from the words (a headline's
    parse often breaks there)."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ == "and":
        j = ent.end + 1  # the first side: the other's capitalised name, then the verb
        while j < min(len(doc), ent.end + 4) and doc[j].text[:1].isupper():
            j += 1
        if j == ent.end + 1:
            return False
    elif ent.start > 1 and doc[ent.start - 1].lower_ == "and" and doc[ent.start - 2].text[:1].isupper():
        j = ent.end  # the second side
    else:
        return False
    return j + 1 < len(doc) and doc[j].lower_ in _TRADE_VERBS and doc[j + 1].lower_ in _TRADED


_TRADE_VERBS = frozenset(
    {"trade", "trades", "traded", "exchange", "exchanges", "exchanged", "swap", "swapped"}
)
_TRADED = frozenset(
    {"blame", "accusations", "charges", "barbs", "insults", "threats", "fire", "gunfire", "shots",
     "strikes", "blows", "prisoners", "detainees", "captives", "bodies"}
)


def alone_on_its_line(ent: Span) -> bool:
    """The name (an article aside) is all its line holds: a heading ('Syria' above '- Near Al
    Bab, six strikes ...')."""
    doc = ent.doc
    start = ent.start - (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    opens = start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_
    closes = ent.end == len(doc) or "\n" in doc[ent.end].text or "\n" in doc[ent.end - 1].whitespace_
    return opens and closes


def _joined_to_a_place_object(ent: Span) -> bool:
    """'in Iraq and Syria': the name right after 'and' that joins it to a place a place
    preposition governs."""
    doc, i = ent.doc, ent.start
    if i < 3 or doc[i - 1].lower_ not in ("and", "or"):
        return False
    before = doc[i - 2]
    return (
        before.ent_type_ == "GPE"
        and before.dep_ == "pobj"
        and before.head.lower_ in _PLACE_OBJECT_PREPOSITIONS
        and before.head.i == before.i - 1
    )


# prepositions whose object is where something happens (not 'with', 'by', 'for': partners)
_PLACE_OBJECT_PREPOSITIONS = frozenset({"in", "across", "throughout", "inside", "near", "into"})


def _acts(ent: Span) -> bool:
    """A state name used as an actor: subject of a verb, agent of a passive, or their conjunct."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 2]
    if any(t.lower_ in SPONSOR_WORDS for t in after) and (
        not len(after) or after[0].text in _SPONSOR_JOINERS
    ):
        return True  # "US-backed", "Russian-led": the state sponsors someone
    if not doc.has_annotation("DEP"):
        return False
    if alone_on_its_line(ent):
        return False  # 'Syria' heading a list of strikes: a section's place
    if ent.start > 0 and doc[ent.start - 1].lower_ in rule_words("ally_nouns"):
        return True  # "thank our ally Turkey": whatever the parse makes of the noun before
    if _opens_lede_as_subject(ent) or acts_in_relative_clause(ent):
        return True
    if _listed_partner(ent) or _hyphened_party(ent) or _trades_with_another(ent):
        return True
    if _joined_to_a_place_object(ent):
        return False  # 'targets in Iraq and Syria also limits ...': the parser may make Syria a subject
    head = first_conjunct(ent.root)
    governor = head.head
    if any(c.dep_ == "amod" and c.lower_ in rule_words("placing_words") for c in head.children):
        return False  # 'attacked northern Togo and Benin': a part of the land, a place
    if head.dep_ == "nsubj" and governor.lemma_ in _SCENE_VERBS and not views_as(governor):
        return False  # 'Syria saw heavy fighting', 'Lebanon suffered floods': the scene
    if head.dep_ == "nsubj" and described_as_a_land(governor):
        return False  # 'Honduras is one of the most dangerous countries for land defenders'
    if head.dep_ in _ACTOR_DEPS:
        return True
    if head.dep_ == "pobj":
        return partner_object(governor) or subject_glued_to_date(head, governor)
    if head.dep_ in ("dobj", "attr") and governor.lemma_ == "include":
        return _lists_states(governor)  # "Coalition nations ... include Australia, Canada"
    if head.dep_ in ("poss", "compound", "nmod"):
        if head.dep_ != "poss" and _owned_by_another(head, governor):
            return False  # "the EU's Syria sanctions": the state is what the act is about
        # "the UK's commitment", "a U.S. strike": a state that owns an act; "Russia's
        # annexation", after a possessive only (not 'the Kuwait invasion')
        deed = head.dep_ == "poss" and governor.lower_ in rule_words("possessor_deed_nouns")
        return deed or governor.lower_ in rule_words("state_action_nouns")
    if head.dep_ == "dobj":  # "thank Turkey", "supplying Pyongyang with technology"
        return (
            governor.lemma_ in rule_words("actor_object_verbs")
            or _brought_together(governor)
            or governor.lemma_ in rule_words("recipient_verbs")
            or object_control(governor) is not None
        )
    if head.dep_ == "dative":
        return governor.lemma_ in rule_words("recipient_verbs")  # "gives Iraq 10 million"
    if head.dep_ == "appos":
        # "our ally Turkey"; 'thank host countries, notably Jordan and Lebanon'
        return governor.lower_ in rule_words("ally_nouns") or _named_in_acting_group(governor)
    return False


def subject_glued_to_date(name: Token, prep: Token) -> bool:
    """'On 4 June 2018 Turkey and the United States agreed a roadmap': the parser reads the
    subject as the object of the date's preposition ('On ... Turkey'). A name (its first
    conjunct's head) right after the date that fills the phrase, before a verb whose subject
    slot it leaves empty (or fills only with the name's own conjunct), is that verb's subject."""
    doc = name.doc
    if prep.lower_ not in _DATE_PREPOSITIONS or prep.dep_ != "prep":
        return False
    start, end = entity_bounds(name)
    date = doc[prep.i + 1 : start]
    if not len(date) or any(t.ent_type_ not in ("DATE", "TIME") for t in date):
        return False
    verb = prep.head
    if verb.i < end or verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects:
        return True
    # 'On Monday Turkey and the United States agreed': the second name alone is the subject
    return end < len(doc) and doc[end].lower_ == "and" and all(s.i > end for s in subjects)


def entity_bounds(tok: Token) -> tuple[int, int]:
    """The token bounds of the entity holding `tok` (the token alone outside one)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


_DATE_PREPOSITIONS = frozenset({"on", "in", "at", "by", "since", "during"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def described_as_a_land(verb: Token) -> bool:
    """'X is one of the most dangerous countries', 'X remains a popular destination': the
    subject of 'be' (or 'remain') said to be a country or a place is described as a land."""
    if verb.lemma_ not in ("be", "remain"):
        return False
    return any(_a_land_word(attr) for attr in verb.children if attr.dep_ == "attr")


def _a_land_word(noun: Token) -> bool:
    """'a country', and the noun after 'one of' ('one of the most dangerous countries'); not one
    a clause says does something ('one of the first countries to send troops', 'a country one
    should listen to')."""
    nouns = [noun]
    if noun.lower_ == "one":
        of = (c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children)
        nouns.append(next((c for c in of if c.dep_ == "pobj"), noun))
    clause = any(c.dep_ in ("relcl", "acl") for n in nouns for c in n.children)
    return nouns[-1].lemma_ in _LAND_WORDS and not clause


_LAND_WORDS = frozenset({"country", "nation", "place", "destination", "land", "region", "home"})


def _owned_by_another(name: Token, noun: Token) -> bool:
    """'the EU's Syria sanctions', 'Britain's Syria envoy', 'their U.S. chocolate operations':
    another name (a possessive, or a name before the state's) owns what the state's name
    modifies, so the state is its subject matter or its land."""
    return any(
        c.i != name.i and (c.dep_ == "poss" or (c.dep_ == "compound" and c.i < name.i and c.ent_type_))
        for c in noun.children
    )


def _brought_together(verb: Token) -> bool:
    """'The Small Group brings together Egypt, France and Jordan': the states a forum
    gathers are its members (the verb's 'together', not 'brought aid to')."""
    return any(c.lower_ == "together" and c.dep_ in ("advmod", "prt") for c in verb.children)


def _named_in_acting_group(group: Token) -> bool:
    """'host countries' of 'thank host countries, notably Jordan': a set of states that
    acts (a subject) or is thanked, whose members the apposition names."""
    if group.lower_ not in rule_words("group_of_states"):
        return False
    if group.dep_ in _ACTOR_DEPS:
        return True
    return group.dep_ == "dobj" and group.head.lemma_ in rule_words("actor_object_verbs")


def acts_in_relative_clause(ent: Span) -> bool:
    """'pressure from Bangkok, which cut electricity', 'Algeria, which rejected the text': a name
    whose relative clause has it do, actively, what governments do (data/actor_rules.json
    government_act_verbs; not every reporting verb: 'Kenya, which boasts game parks')."""
    for rel in ent.root.children:
        if rel.dep_ != "relcl" or rel.pos_ != "VERB":
            continue
        # an active clause ('which cut'), not a passive one ('which was shelled': nsubjpass)
        subject = next((c for c in rel.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in ("which", "that"):
            continue
        return rel.lemma_ in rule_words("government_act_verbs")
    return False


def object_control(verb: Token) -> Token | None:
    """The to-infinitive whose subject is the verb's object ('prompting Islamabad to
    retaliate', 'forced Kyiv to withdraw'): the object does what it says."""
    for child in verb.children:
        infinitive = any(t.dep_ == "aux" and t.lower_ == "to" for t in child.children)
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX") and infinitive:
            return child
    return None


def _opens_lede_as_subject(ent: Span) -> bool:
    """'KYIV, Ukraine - Ukraine expelled ...': a state opening the lede after its dateline,
    a finite verb next. The parse most often hangs it on the dateline's city, so its own
    dependency says nothing."""
    doc = ent.doc
    if ent.start == 0 or ent.end >= len(doc) or doc[ent.end].tag_ not in _FINITE_TAGS:
        return False
    return ends_dateline(doc, ent.start - 1)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


# verbs whose subject is where something happens, not who acts ('Syria saw heavy fighting');
# narrower than the place verbs of a capital (reconcile/actor_resolve.py _PLACE_VERBS): a
# state named as a subject acts far more often than a city does
_SCENE_VERBS = frozenset({"see", "witness", "experience", "suffer", "endure", "border", "lie"})


def _hyphened_party(ent: Span) -> bool:
    """'the Iran-Iraq War', 'the US-Iran talks': a state joined by a hyphen to another name
    before a noun of war or of dealings (data/actor_rules.json partner_words) is a party."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].text[:1].isupper():
        noun_at = ent.end + 2  # 'Iran' of 'Iran-Iraq War': past the other name's words
        while noun_at < min(len(doc), ent.end + 5) and doc[noun_at].text[:1].isupper():
            if _partner_noun(doc[noun_at]):
                break
            noun_at += 1
    elif ent.start >= 2 and doc[ent.start - 1].text == "-" and doc[ent.start - 2].text[:1].isupper():
        noun_at = ent.end  # 'Iraq' of 'Iran-Iraq War'
    else:
        return False
    return noun_at < len(doc) and _partner_noun(doc[noun_at])


def _partner_noun(tok: Token) -> bool:
    return tok.lower_ in rule_words("partner_words") and tok.pos_ in ("NOUN", "PROPN")


def first_conjunct(tok: Token) -> Token:
    """The first of the words `tok` is joined to ('Russia' of 'Russia and Iran warned'): the
    one the parser hangs the shared verb on."""
    while (tok.dep_ == "conj" or _listed_as_apposition(tok)) and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _listed_as_apposition(tok: Token) -> bool:
    """'Japan, Australia, the United States and the EU': the parser may hang the second name
    of a list on the first as an apposition, the rest joined to it; a name of the same type
    that others are joined to is one more item (not 'Aleppo, Syria': no list goes on)."""
    return (
        tok.dep_ == "appos"
        and bool(tok.ent_type_)
        and tok.ent_type_ == tok.head.ent_type_
        and any(c.dep_ == "conj" for c in tok.children)
    )


def conjoined_heads(verb: Token) -> Iterator[Token]:
    """`verb`, then each verb it is joined to, up to the first of them ('renamed' of 'broke
    with the junta and renamed itself', then 'broke'): where a subject they share stands."""
    yield verb
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        yield verb


def views_as(verb: Token) -> bool:
    """'Turkey sees the YPG as a terrorist group': a view held, the state acts."""
    return any(t.lower_ == "as" for t in verb.children)


def _listed_partner(ent: Span) -> bool:
    """'working together with the U.S. and Royal Navy': a state opening a list after a partner
    preposition, which the parser often hangs on the last item's noun."""
    doc = ent.doc
    before = ent.start - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    if before < 0 or ent.end >= len(doc) or doc[ent.end].text not in ("and", ","):
        return False
    prep = doc[before]
    return prep.dep_ == "prep" and partner_object(prep)


def partner_object(prep: Token) -> bool:
    """'by Turkey', 'against the United States', 'relations between the UK and X',
    'working closely with Turkey', 'the community, including Russia': a state as a party."""
    word = prep.lower_
    if word in ("by", "against"):
        return True
    if word == "including":
        return _lists_states(prep)
    if word in ("on", "upon") and prep.head.lemma_ == "call":
        return True  # "called on Iran to release the sailors": whom the demand addresses
    if word == "of" and prep.head.lower_ == "behalf":
        return True  # "a statement on behalf of the United Kingdom": in whose name it is made
    if word == "of" and _ally_noun(prep.head):
        return True  # "Iran, a key ally of Damascus": the state allied with
    if word == "as" and _such_as_states(prep):
        return True  # "Member States such as France and Germany"
    if word == "from" and prep.head.lower_ in rule_words("envoy_nouns"):
        return True  # "his counterpart from Turkey", "negotiators from Iran": the state they serve
    if word == "to" and prep.head.lemma_ in rule_words("recipient_verbs"):
        return True  # "has given 10 million pounds to Lebanon": a state receives (not "sent to")
    if word == "to" and prep.head.lower_ in rule_words("recipient_nouns"):
        return True  # "expresses its appreciation to Japan": a state thanked
    if word == "to" and _thanked(prep):
        return True  # "thank you to Canada, Germany and Japan for co-hosting"
    if word == "from" and prep.head.pos_ == "NOUN" and prep.head.lower_ in _SENT_FORCE_NOUNS:
        return True  # "aircraft from France, Australia and Jordan": the state's own
    if word == "to" and prep.head.lemma_ == "turn" and any(c.lower_ == "for" for c in prep.head.children):
        return True  # "turned to Moscow for security help": a partner sought (not "turned to Mosul")
    if word == "to" and _opens_a_viewpoint(prep):
        return True  # "To Beijing, Taiwan is a province": whose view the sentence gives
    if word == "of" and _state_office(prep.head):
        return True  # 'the Foreign Ministers of Iran, Saudi Arabia and Turkey': the states' own
    if word in ("from", "of") and _source_noun(prep.head):
        return True  # "support from Iran", "with the help of Turkey": whose act it is
    if word == "from" and _source_noun_before_of(prep.head):
        return True  # 'offers of talks from Seoul'
    if word == "over" and prep.head.lemma_ == "win":
        return True  # "has won over Washington": a side persuaded (the parser reads 'over' as a preposition)
    if word == "with" and any(c.lower_ == "together" for c in prep.children):
        return True  # "the action we have taken, together with the United States and France"
    if word == "with" and prep.head.lower_ == "along" and prep.head.dep_ == "prep":
        return True  # 'The UK, along with Germany and Kuwait, will co-host': a partner in the act
    if word in ("with", "between", "among", "amongst"):
        head = prep.head
        if head.pos_ == "ADV" and head.head.i != head.i:
            head = head.head  # "working together with", "cooperate closely with"
        elif head.dep_ == "dobj" and head.head.lemma_.lower() in rule_words("partner_words"):
            head = head.head  # "sharing information with", "raised the issue with"
        words = rule_words("partner_words")
        return head.lemma_.lower() in words or head.lower_ in words or _hyphened_partner(head, words)
    return False


def _hyphened_partner(word: Token, words: frozenset[str]) -> bool:
    """'co-ordinated with the United States', 'co-operating with Jordan': the tokenizer splits
    the hyphened verb, so its last part alone heads 'with'; the whole word, its ending cut as
    a lemma would, is looked up."""
    doc, i = word.doc, word.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return False
    whole = f"{doc[i - 2].lower_}-{word.lower_}"
    stems = [whole]
    for ending, restored in (("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("s", "")):
        if whole.endswith(ending):
            stems.append(whole[: -len(ending)] + restored)
    return any(stem in words for stem in stems)


def _ally_noun(noun: Token) -> bool:
    """'ally' of 'a key ally of Damascus' (not 'members of', whose object is a body)."""
    return noun.pos_ == "NOUN" and noun.lower_ in rule_words("ally_nouns") and noun.lemma_ != "member"


def _such_as_states(prep: Token) -> bool:
    """'as' of 'such as' after a set of states that acts ('Member States such as France have
    offered'; not 'countries such as Mexico have suffered': the scene)."""
    group = prep.head
    if not any(c.lower_ == "such" for c in prep.children) or not _named_in_acting_group(group):
        return False
    return group.head.lemma_ not in _SCENE_VERBS


def _thanked(prep: Token) -> bool:
    """'to' after 'thank you' ('thank you to Canada'): whom the speaker thanks."""
    head = prep.head
    if head.lower_ == "you":
        head = head.head
    return head.lemma_.lower() == "thank"


# what a state sends, written before 'from' and the state ('aircraft from France'; a verb's
# 'from' is not read here: 'withdrew troops from Syria' names the land)
_SENT_FORCE_NOUNS = frozenset(
    {"aircraft", "jets", "warplanes", "troops", "soldiers", "warships", "personnel", "contingents"}
    | {"peacekeepers"}
)


def _opens_a_viewpoint(prep: Token) -> bool:
    """'To' opening a sentence, its object set off by a comma ('To Washington, it says the
    drills have a cost'): the party whose view follows, not a way to the place."""
    sent = prep.sent
    first = sent.start + (1 if sent[0].is_quote or sent[0].is_punct else 0)
    if prep.i != first or prep.text != "To":
        return False
    last = max((t.i for t in prep.subtree), default=prep.i)
    return last + 1 < sent.end and prep.doc[last + 1].text == ","


def _source_noun(head: Token) -> bool:
    """'support' of "support from Iran", and of 'seen goodwill from Damascus', where the parser
    hangs 'from' on the verb whose object the noun is."""
    if head.pos_ in ("VERB", "AUX"):
        head = next((c for c in head.children if c.dep_ == "dobj"), head)
    return head.lower_ in rule_words("source_nouns")


def _source_noun_before_of(head: Token) -> bool:
    """'offers of talks from Seoul', 'threats of sanctions from Washington': the noun 'from'
    hangs on is the object of 'of' after a source noun."""
    return head.dep_ == "pobj" and head.head.lower_ == "of" and _source_noun(head.head.head)


def _state_office(noun: Token) -> bool:
    """An office or envoy a state has ('ministers', 'ambassador'), or a portfolio naming one
    ('the Ministers of Foreign Affairs of Iran': 'Affairs' of 'Ministers of')."""
    offices = rule_words("state_office_nouns")
    if noun.lower_ in offices:
        return True
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in offices and noun.text[:1].isupper()


def _lists_states(word: Token) -> bool:
    """'including'/'include' whose owner is a set of states ('nations', 'the community')."""
    owner = word.head if word.dep_ == "prep" else None
    if owner is None:
        owner = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return owner is not None and owner.lower_ in rule_words("group_of_states")


def _longest_per_end(spans: list[Span]) -> list[Span]:
    best: dict[tuple[str, int], Span] = {}
    for span in spans:
        key = (span.label_, span.end)
        if key not in best or span.start < best[key].start:
            best[key] = span
    return list(best.values())


def acronym_spans(doc: Doc, registry: Registry | None = None) -> list[Span]:
    """'Syrian Democratic Forces (SDF)': the long form, the short form, and later uses of it.

    With a registry, a state word just before the long form belongs to it: 'U.S. Naval
    Forces Central Command (NAVCENT)' (short forms often leave the country out)."""
    out: list[Span] = []
    defined: dict[str, int] = {}
    hyphened: dict[tuple[str, ...], int] = {}  # 'MDAT-GoG', split by the tokenizer in three
    for tok in tokens_among(doc, ("(",), 1, -1):
        short_end = _bracketed_short_end(doc, tok.i)
        if tok.text != "(" or short_end is None:
            continue
        acronym = doc[tok.i + 1 : short_end].text
        if short_end > tok.i + 2 and _registered_part(doc[tok.i + 1 : short_end], registry):
            continue  # '(SPLA-IO)': the registry reads a registered body's hyphened name
        long_start = _long_form_start(doc, tok.i, acronym, registry)
        if long_start is None:
            long_start = _lower_long_form_start(doc, tok.i, acronym)
        if long_start is None:
            long_start = _translated_long_form_start(doc, tok.i, acronym)
        if long_start is None:
            long_start = _reordered_long_form_start(doc, tok.i, acronym)
        if long_start is None or _designation(doc[long_start : tok.i]):
            continue  # '... as a Specially Designated Global Terrorist (SDGT)': a category
        if registry is not None and long_start > 0 and state_word(doc, long_start - 1, registry):
            long_start -= 1
        out.append(Span(doc, long_start, last_word(doc, tok.i), label="acronym_long", kb_id=acronym))
        out.append(Span(doc, tok.i + 1, short_end, label="acronym_short", kb_id=acronym))
        if short_end == tok.i + 2:
            defined.setdefault(acronym, tok.i + 1)
        else:
            hyphened.setdefault(tuple(t.text for t in doc[tok.i + 1 : short_end]), tok.i + 1)
    out.extend(_numbered_short_forms(doc))
    out.extend(_hyphened_uses(doc, hyphened))
    # 'the Commission of Inquiry (CoI)' ... 'the COI': a later use may be all capitals
    shouted = {a.upper(): a for a in defined if not a.isupper()}
    for tok in tokens_among(doc, {*defined, *shouted}):
        short = tok.text if tok.text in defined else shouted.get(tok.text)
        if (
            short is not None
            and tok.i != defined[short]
            and not (
                tok.i > 0
                and doc[tok.i - 1].text == "("
                and tok.i + 1 < len(doc)
                and doc[tok.i + 1].text == ")"
            )
        ):
            if _faction_after_hyphen(doc, tok.i):
                continue  # 'FLEC-FAC': a faction's own name (faction_name_spans)
            out.append(Span(doc, tok.i, tok.i + 1, label="acronym_use", kb_id=short))
    return out


def faction_name_spans(doc: Doc) -> list[Span]:
    """'FRUD-armé', 'FLEC-FAC': an acronym of three letters or more joined by a hyphen to a
    faction's word is that faction's own name, a body's (the registry's own hyphened names,
    'SPLA-IO', outrank it)."""
    out = []
    for tok in tokens_among(doc, ("-",), 1, -1):
        acronym = doc[tok.i - 1].text
        if len(acronym) >= 3 and is_acronym(acronym) and _faction_after_hyphen(doc, tok.i - 1):
            out.append(Span(doc, tok.i - 1, tok.i + 2, label="body_name"))
    return out


def _faction_after_hyphen(doc: Doc, i: int) -> bool:
    """Token i is joined by a hyphen, written without spaces, to another acronym or to a word
    of another language ('FLEC-FAC', 'FRUD-armé'): the whole is a faction's own name, not a
    use of the acronym; not an English word ('SDF-led', 'Hamas-run'), a name ('NATO-Russia'),
    a station's band ('WPXI-TV') or one word of a longer hyphened name ('PORT-AU-PRINCE')."""
    if i + 2 >= len(doc) or doc[i].whitespace_ or doc[i + 1].text != "-" or doc[i + 1].whitespace_:
        return False
    if i + 3 < len(doc) and doc[i + 3].text == "-" and not doc[i + 2].whitespace_:
        return False
    word = doc[i + 2].text
    if not word.isalpha() or word in _BAND_WORDS:
        return False
    return (word.isupper() and len(word) >= 2) or (word.islower() and not word.isascii())


_BAND_WORDS = frozenset({"TV", "FM", "AM", "DT", "LP", "HD"})


def _numbered_short_forms(doc: Doc) -> list[Span]:
    """'the Internal Security Operations Command Region 4 Forward Command (ISOC Region 4)',
    'the Joint Force Command Brunssum (JFC Brunssum)': letters and the number or unit words
    after them, the letters spelling the words before those in the long form; with the later
    uses of the whole short form."""
    out: list[Span] = []
    things = rule_words("thing_name_heads")
    for tok in tokens_among(doc, ("(",), 1, -2):
        close = next((i for i in range(tok.i + 3, min(len(doc), tok.i + 6)) if doc[i].text == ")"), None)
        short = doc[tok.i + 1 : close] if close is not None else None
        if short is None or not is_acronym(short[0].text) or not all(map(_unit_word, short[1:])):
            continue
        if _TASK_ACRONYM.match(short[0].text):
            continue  # 'Combined Task Force 150 (CTF 150)': a task force's, read by its designation
        tail = [t.text for t in short[1:]]
        long_start = _start_before_tail(doc, tok.i, short[0].text, tail)
        if long_start is None or any(t.lower_ in things for t in doc[long_start : tok.i]):
            continue  # 'Security Council Resolution 2231 (UNSCR 2231)': a thing's number
        key = short.text
        out.append(Span(doc, long_start, last_word(doc, tok.i), label="acronym_long", kb_id=key))
        out.append(Span(doc, short.start, short.end, label="acronym_short", kb_id=key))
        texts = [t.text for t in short]
        for first in tokens_among(doc, (texts[0],)):
            at = first.i
            if at != short.start and [t.text for t in doc[at : at + len(texts)]] == texts:
                out.append(Span(doc, at, at + len(texts), label="acronym_use", kb_id=key))
    return out


def _unit_word(tok: Token) -> bool:
    """A number or a capitalised word after the letters of a short form ('150', 'Region')."""
    return tok.is_digit or (tok.text[:1].isupper() and tok.is_alpha)


def _start_before_tail(doc: Doc, paren: int, letters: str, tail: list[str]) -> int | None:
    """Where the long form opens: the words the letters spell, right before the tail's words
    in the name ending at the bracket ('Joint Force Command' before 'Brunssum'), within ten
    words."""
    for at in range(paren - len(tail), max(0, paren - 10), -1):
        inside = doc[at:paren]
        if [t.text for t in doc[at : at + len(tail)]] != tail:
            continue
        if not all(t.is_digit or t.text[:1].isupper() for t in inside):
            return None  # the name before the bracket ends before the tail's words
        start = _long_form_start(doc, at, letters)
        if start is not None:
            return start
    return None


_MIXED_ACRONYM = re.compile(r"^[A-Z][a-z]?[A-Z][A-Za-z]{0,3}$")  # CoI, MoD, DoD, MoFA


def _bracketed_short_end(doc: Doc, paren: int) -> int | None:
    """End of a short form in brackets opening at token `paren`: one word ('(SDF)'), or two
    joined by a hyphen the tokenizer split off ('(MDAT-GoG)'); None when there is none."""
    i = paren + 1
    if i + 1 < len(doc) and doc[i + 1].text == ")" and _bracketed_acronym(doc[i].text):
        return i + 1
    joined = i + 3 < len(doc) and doc[i + 1].text == "-" and doc[i + 3].text == ")"
    if joined and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        return i + 3 if _bracketed_acronym(doc[i].text) and _bracketed_acronym(doc[i + 2].text) else None
    return None


def _registered_part(short: Span, registry: Registry | None) -> bool:
    """The hyphened short form, or a part of it, is a registered name ('SPLA-IO', 'SPLA')."""
    if registry is None:
        return False
    names = (short.text, short[0].text, short[-1].text)
    return any(registry.cased.get(n) or registry.aliases.get(n) for n in names)


def _hyphened_uses(doc: Doc, defined: dict[tuple[str, ...], int]) -> list[Span]:
    """Later uses of a hyphened short form defined in brackets ('MDAT-GoG said')."""
    out = []
    for texts, at in defined.items():
        for first in tokens_among(doc, (texts[0],)):
            i = first.i
            if i != at and [t.text for t in doc[i : i + len(texts)]] == list(texts):
                out.append(Span(doc, i, i + len(texts), label="acronym_use", kb_id="".join(texts)))
    return out


def _bracketed_acronym(text: str) -> bool:
    """A short form in brackets: all capitals ('SDF'), or capitals with small joining
    letters ('CoI' for Commission of Inquiry, 'MoD')."""
    return is_acronym(text) or bool(_MIXED_ACRONYM.match(text))


def last_word(doc: Doc, paren: int) -> int:
    return paren - 1 if doc[paren - 1].text in ("'s", "’s") else paren


def _long_form_start(doc: Doc, paren: int, acronym: str, registry: Registry | None = None) -> int | None:
    """Walk back over capitalised words (and 'of', 'the', 'and' inside them) until they fit."""
    start = paren
    words: list[str] = []
    last = paren - 1
    if last > 0 and doc[last].text in ("'s", "’s"):
        last -= 1  # "U.S. Naval Forces Central Command's (NAVCENT)"
    for i in range(last, max(-1, paren - 12), -1):
        text = doc[i].text
        hyphenated = i + 1 < len(doc) and doc[i + 1].text == "-" and text.isalpha()  # "ez" in Deir ez-Zor
        if (
            text[:1].isupper()
            or hyphenated
            or (
                text.lower() in _LONG_FORM_JOINERS
                and words
                and (text != "in" or _place_at(doc, i + 1, registry))
            )
            or _listing_comma(doc, i, words)
        ):
            words.insert(0, text)
            start = i
            if text[:1].isupper() and _fits_long_form(acronym, words):
                return _with_skipped_head(doc, start)
        else:
            break
    return None


def _fits_long_form(acronym: str, words: list[str]) -> bool:
    """The short form abbreviates the words; across a listing comma only when it spells every
    content word's initial ('Population, Refugees, and Migration (PRM)', not 'AU-PRINCE,
    Haiti (AP)')."""
    if "," not in words:
        return fits_acronym(acronym, [w for w in words if w not in ("-", "–")])
    content = [w for w in words if w not in ("-", "–", ",")]
    return re.sub(r"[^A-Za-z]", "", acronym).upper() == initials(content)


def _listing_comma(doc: Doc, i: int, words: list[str]) -> bool:
    """A comma between the listed words of a name ('Population, Refugees, and Migration'):
    a capitalised word or 'and' follows it."""
    return doc[i].text == "," and bool(words) and (words[0][:1].isupper() or words[0] == "and")


def _with_skipped_head(doc: Doc, start: int) -> int:
    """'the Bureau of Population, Refugees, and Migration (PRM)': the short form spells only
    what the body is 'of'; the long form still opens at its head."""
    heads = rule_words("acronym_skipped_heads")
    if start >= 2 and doc[start - 1].text == "of" and doc[start - 2].text in heads:
        return start - 2
    return start


# small words and marks inside a long form: "Leaders' Forum", 'Mission in Afghanistan' ('in'
# before a place only: 'a Professional in Human Resources (PHR)' is a certificate)
_LONG_FORM_JOINERS = frozenset(
    {"of", "for", "on", "and", "the", "al", "-", "'s", "in", "'", "’"}
    # an en dash between a name's parts: 'Maritime Domain Awareness for Trade – Gulf of Guinea'
    | {"–"}
    # the same small words in French, Spanish, Portuguese, Italian names: 'Centro de Estudios
    # Públicos (CEP)', 'Front de libération nationale (FLN)'
    | {"de", "del", "des", "du", "di", "da", "do", "dos", "das", "la", "le", "les", "el", "y", "et", "e"}
    # 'and' in Bengali and Urdu names ('Ain o Salish Kendra (ASK)'), 'or' in Spanish
    | {"o"}
)


def _place_at(doc: Doc, i: int, registry: Registry | None = None) -> bool:
    """A place opens at token i: one the places stage found, or a state's name, which the
    model may have read into the body's name ('Peacekeeping Force in Cyprus')."""
    if any(p.start == i for p in doc.spans.get("bx_places", ())):
        return True
    return registry is not None and _state_name_at(doc, i, registry) is not None


def _translated_long_form_start(doc: Doc, paren: int, acronym: str) -> int | None:
    """'the Free Democrats (FDP)', 'Alternative for Germany (AfD)': a short form of the name in
    its own language; a run of two to six capitalised words (joiners inside) right before the
    bracket counts when its first word opens with the short form's first letter and is no
    title ('President Joe Biden (PD)' is no long form)."""
    letters = acronym.replace(".", "").replace("-", "")
    if not letters.isalpha() or not 2 <= len(letters) <= 5 or acronym in rule_words("thing_acronyms"):
        return None
    start, named = _capitalised_run(doc, paren, 8, _LOWER_JOINERS, set())
    if not 2 <= len(named) <= 6 or not _untitled_body_words(named):
        return None
    return start if named[0].text[0] == letters[0].upper() else None


_LOWER_JOINERS = {"of", "for", "on", "and"}


def _capitalised_run(
    doc: Doc, paren: int, limit: int, joiners: set[str], openers: set[str]
) -> tuple[int, list[Token]]:
    """(start, capitalised words) of the run of capitalised words and joiners right before
    token `paren`, at most `limit` tokens; neither a joiner nor one of `openers` (an article
    opening a sentence) opens it."""
    start = paren
    while start > 0 and paren - start < limit:
        text = doc[start - 1].text
        if not (text[:1].isupper() and text.isalpha()) and text.lower() not in joiners:
            break
        start -= 1
    while start < paren and (not doc[start].text[:1].isupper() or doc[start].lower_ in openers):
        start += 1
    return start, [t for t in doc[start:paren] if t.text[:1].isupper()]


def _untitled_body_words(named: list[Token]) -> bool:
    """No title phrase opens the words ('President Joe Biden (PD)'; a word of one alone does
    not: 'Field Action Coordination Cell (CCAT)'), and no word names a thing ('the Strategic
    Arms Reduction Treaty (START)')."""
    opener = named[0]
    return _title_at(opener.doc, opener.i) == opener.i and not any(
        t.lower_ in rule_words("thing_name_heads") for t in named
    )


def _reordered_long_form_start(doc: Doc, paren: int, acronym: str) -> int | None:
    """'the National Front for the Defence of the Constitution (FNDC)', 'the Kanak and
    Socialist National Liberation Front (FLNKS)': an English name for a body known by the
    short form of its French or Spanish name, whose word order differs. Three to six
    capitalised words right before the bracket whose initials are the short form's letters
    in another order, one letter apart at most for four letters or more ('National Council
    for the Safeguard of the Homeland (CNSP)': Patrie is the Homeland)."""
    letters = acronym.replace(".", "").replace("-", "").upper()
    if not letters.isalpha() or not 3 <= len(letters) <= 6 or acronym in rule_words("thing_acronyms"):
        return None
    start, named = _capitalised_run(doc, paren, 12, {*_LOWER_JOINERS, "the"}, {"the", "a", "an"})
    if not 3 <= len(named) <= 6 or not _untitled_body_words(named):
        return None
    initials = Counter(t.text[0].upper() for t in named)
    wanted = Counter(letters)
    apart = 1 if len(letters) >= 4 else 0
    missing, extra = sum((wanted - initials).values()), sum((initials - wanted).values())
    return start if missing <= apart and extra <= apart else None


def _lower_long_form_start(doc: Doc, paren: int, acronym: str) -> int | None:
    """'commission of inquiry (COI)', 'the ceasefire monitoring committee (CMC)': a lower-case
    long form counts when every word's initial spells the short form exactly and one word
    names a body (a thing's long form, 'unmanned aerial vehicle (UAV)', does not)."""
    letters = acronym.replace(".", "").replace("-", "")
    if not letters.isalpha() or not 2 <= len(letters) <= 6 or acronym in rule_words("thing_acronyms"):
        return None
    for start in range(paren - 2, max(-1, paren - len(letters) - 3), -1):
        words = doc[start:paren]
        if not all(t.is_alpha and t.text.islower() for t in words):
            break
        if words[0].lower_ in _LOWER_JOINERS:
            continue
        if words[-1].text.endswith("s") and not words[-1].text.endswith("ss"):
            return None  # a plural long form ('non-governmental organizations') names a kind
        spelled = "".join(t.text[0] for t in words).upper()
        content = "".join(t.text[0] for t in words if t.lower_ not in _LOWER_JOINERS).upper()
        if letters in (spelled, content) and any(t.lower_ in kind_words() for t in words):
            return start
    return None


# honorifics before a person's name, as written (the roles stage reads them in lower case)
HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady"})
_NOT_NAMES = {
    "ORG",
    "GPE",
    "LOC",
    "FAC",
    "NORP",
    "DATE",
    "TIME",
    "EVENT",
    "PRODUCT",
    "LAW",
    "WORK_OF_ART",
    "CARDINAL",
    "ORDINAL",
    "QUANTITY",
    "MONEY",
    "PERCENT",
}


@lru_cache(maxsize=1)
def _titles() -> tuple[tuple[str, ...], ...]:
    """Title phrases as word tuples, longest first ('Secretary of State' before 'Secretary')."""
    phrases = {tuple(p.split()) for p in rule_words("titles")}
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


@lru_cache(maxsize=1)
def _titles_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Title phrases indexed by their lower-cased first word, longest first within each.

    Called for every token, so one dict lookup replaces a scan of every title phrase.
    """
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _titles():
        index.setdefault(phrase[0].lower(), []).append(phrase)
    return {word: tuple(phrases) for word, phrases in index.items()}


def _title_at(doc: Doc, i: int) -> int:
    """End of the longest title phrase starting at token i, or i when there is none; an
    ordinal may open one ('Second Lieutenant', 'First Vice-President'; not 'First of
    America')."""
    text = token_texts(doc)[i]  # read from the doc's array: called for every token
    if text in _TITLE_ORDINALS and i + 1 < len(doc):
        end = _title_at(doc, i + 1)
        return end if end > i + 1 else i
    index = _titles_by_first_word()
    lower = token_lowers(doc)[i]
    # "Lt" may open "Lt Gen" or, its period split off, "Lt. Gen.": try both, longest first
    if lower not in index and lower + "." not in index:
        return i
    phrases = sorted((*index.get(lower, ()), *index.get(lower + ".", ())), key=lambda p: -len(p))
    words, ends = _merged_words(doc, i, len(phrases[0]))
    for phrase in phrases:
        n = len(phrase)
        if len(words) < n:
            continue
        lowered = tuple(w.lower() for w in words[:n])
        if tuple(words[:n]) == phrase or (
            doc[i].text[:1].isupper() and lowered == tuple(w.lower() for w in phrase)
        ):
            return ends[n - 1]
        if _undotted(phrase, words[:n]) and _name_word_at(doc, ends[n - 1]):
            return ends[n - 1]
    return i


_TITLE_ORDINALS = frozenset({"First", "Second", "Third", "1st", "2nd", "3rd"})


def _undotted(phrase: tuple[str, ...], words: list[str]) -> bool:
    """'Gen', 'Lt Col' written without the abbreviation's period (as British news does)."""
    return any(w.endswith(".") for w in phrase) and tuple(w.rstrip(".") for w in phrase) == tuple(words)


def _name_word_at(doc: Doc, i: int) -> bool:
    """A capitalised word of two or more letters ('Hill', not 'Z' of 'Gen Z') at token i."""
    return i < len(doc) and doc[i].is_title and doc[i].is_alpha and len(doc[i]) > 1


def _merged_words(doc: Doc, i: int, limit: int) -> tuple[list[str], list[int]]:
    """Up to `limit` words from token i, an abbreviation's split-off period joined back on
    ('Lt' '.' -> 'Lt.'); with the token index after each word."""
    words: list[str] = []
    ends: list[int] = []
    j = i
    while j < len(doc) and len(words) < limit:
        if abbreviation_dot(doc, j + 1):
            words.append(doc[j].text + ".")
            j += 2
        else:
            words.append(doc[j].text)
            j += 1
        ends.append(j)
    return words, ends


def _style_inside_a_name(doc: Doc, i: int, titles: dict, registry: Registry) -> bool:
    """'Abdullahi Sheikh Hassan', 'Hassan Sheikh Mohamud': a style written after a given name
    (no title word, no people's name) is part of the name, no title of the words after it."""
    if i == 0 or doc[i].lower_ not in rule_words("name_part_styles") or not _name_word_at(doc, i - 1):
        return False
    before = doc[i - 1]
    return before.lower_ not in titles and before.ent_type_ != "NORP" and before.text not in registry.demonyms


def abbreviation_dot(doc: Doc, i: int) -> bool:
    """Token i is a period the tokenizer split off a title abbreviation ('Lt' '.', 'Col' '.')."""
    if i <= 0 or i >= len(doc) or doc[i].text != "." or doc[i - 1].whitespace_:
        return False
    return (doc[i - 1].lower_ + ".") in title_words()


def titled_spans(doc: Doc, registry: Registry) -> list[Span]:
    """'Secretary Kerry' (a name the model missed); 'the Iraqi Foreign Minister' (a role alone)."""
    out = []
    index = _titles_by_first_word()
    lowers = token_lowers(doc)
    i = 0
    while i < len(doc):
        if lowers[i] not in index and lowers[i] + "." not in index:
            i += 1  # no title opens here (what _title_at would find, without its Token objects)
            continue
        end = _title_at(doc, i)
        if end == i or not doc[i].text[:1].isupper() or _style_inside_a_name(doc, i, index, registry):
            i += 1
            continue
        name_start, name_end = _portfolio(doc, end) if end < len(doc) else (end, end)
        if name_start > end:  # "Minister for the Middle East Tobias Ellwood"
            end = name_start
        else:
            while name_end < min(len(doc), end + 3) and _name_token(doc[name_end]):
                name_end += 1
            if name_end > end:  # "Special Envoy Staffan de Mistura"
                name_end = _through_particles(doc, name_end)
        if name_end > end:
            # not "Premier League": a title word opening an organisation's name; not 'Chief
            # Financial | Officer X': a title word after the words is a longer title going on
            body = doc[name_end - 1].lower_ in registry_words("org_heads")
            # not 'one General Purpose Machine Gun': a thing's name
            thing = doc[name_end - 1].lower_ in rule_words("thing_name_heads")
            if not body and not thing and not _title_goes_on(doc, name_end):
                out.append(Span(doc, end, name_end, label="title_person"))
        elif doc[i].text not in HONORIFICS and not _capitalised_name_goes_on(doc, end):
            start = _role_start(doc, i, registry)
            if start is not None:
                state = registry.demonyms.get(doc[start + 1].text) if start + 1 < i else None
                out.append(Span(doc, start, end, label="role_actor", kb_id=state or ""))
        i = max(name_end, i + 1)
    return out


_PORTFOLIO_JOINERS = {"the", "and", "of", "&"}


def _capitalised_name_goes_on(doc: Doc, i: int) -> bool:
    """The token at `i` carries a capitalised name on: a capitalised word inside the sentence
    that is no date. 'the General Staff', 'the President Hotel': the title opens a name."""
    if i >= len(doc):
        return False
    tok = doc[i]
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start and tok.ent_type_ != "DATE"


def _title_goes_on(doc: Doc, i: int) -> bool:
    """A capitalised title word at token i, right after the words read as a name."""
    return i < len(doc) and doc[i].text[:1].isupper() and _title_at(doc, i) > i


def _portfolio(doc: Doc, end: int) -> tuple[int, int]:
    """'[Minister] for the Middle East Tobias Ellwood', '[Secretary of State] for Foreign and
    Commonwealth Affairs', '[Minister] of Labour Tom Hale': the office's portfolio after 'for'
    (or 'of' or 'to', when a name follows) and the name after it (the
    model's PERSON, else the last two name words of a longer run): (name start, name end);
    with no name both are the portfolio's end; (end, end) when there is no portfolio."""
    if not _portfolio_joiner(doc, end):
        return end, end
    i = end + 1
    particles = registry_words("name_joiners")
    while i < min(len(doc), end + 10) and (
        (doc[i].text[:1].isupper() and doc[i].is_alpha)
        or doc[i].lower_ in _PORTFOLIO_JOINERS
        or (doc[i].lower_ == "for" and doc[i - 1].text == "State")  # 'Minister of State for ...'
        or (doc[i].text in particles and i + 1 < len(doc) and doc[i + 1].text[:1].isupper())
        or _hyphened_particle(doc, i)  # 'Salim al-Jabouri': 'al', '-', then the name
    ):
        i += 1
    while i > end + 1 and doc[i - 1].lower_ in _PORTFOLIO_JOINERS:
        i -= 1
    run = doc[end + 1 : i]
    if not any(t.text[:1].isupper() for t in run):
        return end, end
    person = next((t.i for t in run[1:] if t.ent_type_ == "PERSON" and t.ent_iob_ == "B"), None)
    apposed = i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].ent_type_ == "PERSON"
    if person is None and len(run) >= 4 and run[-2].text in particles and _name_pair(run[-3], run[-1]):
        person = i - 3  # 'Special Envoy for Syria | Staffan de Mistura'
    if person is None and len(run) >= 5 and run[-3].text in particles and run[-2].text == "-" \
            and _name_pair(run[-4], run[-1]):
        person = i - 4  # 'Speaker of the Council of Representatives | Salim al-Jabouri'
    if person is None and len(run) >= 3 and _name_pair(run[-2], run[-1]) and not apposed:
        person = i - 2  # not '... and Security Policy, Federica Mogherini': the name is apposed
    peer = next((t.i for t in run[1:-1] if t.text in _PEERAGE and doc[t.i + 1].text[:1].isupper()), None)
    if person is None and peer is not None:
        # 'Minister for the Middle East | Lord Ahmad | of Wimbledon': a peer's title opens the
        # name; the territorial 'of X' after it is no part of the portfolio nor of the name
        stop = next((t.i for t in doc[peer + 1 : i] if t.lower_ == "of"), i)
        return peer, stop
    if person is None:
        # 'the Ambassador of the Kingdom of Thailand': a portfolio after 'of' is read only
        # with a name after it ('Minister of Labour Tom Hale'); else the words are the office's
        return (i, i) if doc[end].lower_ == "for" else (end, end)
    person = _given_name_before(doc, person, end + 2)
    # 'Assistant Secretary for Near Eastern Affairs | Stuart Jones | and Ambassador Douglas
    # Silliman': a joiner after the name starts a second person
    name_end = next((t.i for t in doc[person:i] if t.lower_ in ("and", "&")), i)
    return person, name_end


def _hyphened_particle(doc: Doc, i: int) -> bool:
    """Token i is a particle or the hyphen after it, before a capitalised word: 'al-Jabouri'."""
    particles = registry_words("name_joiners")
    if i + 2 < len(doc) and doc[i].text in particles and doc[i + 1].text == "-":
        return doc[i + 2].text[:1].isupper()
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and doc[i - 1].text in particles \
        and doc[i + 1].text[:1].isupper()


def _portfolio_joiner(doc: Doc, end: int) -> bool:
    """Token `end` joins a portfolio to the title before it: 'for' or 'of' after an office's
    head ('Minister for', 'Commissioner of'), 'to' after an envoy's ('Ambassador to Syria'), not
    before another title ('Adviser to | President X' names the president)."""
    word, head = doc[end].lower_, doc[end - 1].lower_
    if word in ("for", "of"):
        return head in _PORTFOLIO_HEADS
    if word != "to" or head not in _ENVOY_HEADS:
        return False
    after = end + 1 + (end + 2 < len(doc) and doc[end + 1].lower_ == "the")
    return after < len(doc) and doc[after].lower_ not in title_words()


# offices sent to a state or body, whose portfolio follows 'to'
_ENVOY_HEADS = frozenset({"ambassador", "envoy", "representative", "adviser", "advisor", "consul"})


def _given_name_before(doc: Doc, person: int, first: int) -> int:
    """'Commissioner of Police | Jaskaran Singh Aulakh', 'Director General of Police | Arvind
    Kumar Bhalla': a name of three words, where the model's name (or the last two words) starts
    one word late. The word before it opens the name when it says nothing of an office and a
    portfolio's word comes right before it; `first` is the earliest token the name may take."""
    if person - 1 < first:
        return person
    before, portfolio = doc[person - 1], doc[person - 2]
    if not (before.is_alpha and before.text[:1].isupper()) or _portfolio_word(before):
        return person
    return person - 1 if _portfolio_word(portfolio) else person


def _portfolio_word(tok: Token) -> bool:
    word = tok.lower_
    return word in _PORTFOLIO_WORDS or word in rule_words("minister_portfolios") or (
        word in registry_words("org_heads")
    )


# words of a portfolio beside those of ministers' portfolios and bodies' heads
_PORTFOLIO_WORDS = frozenset(
    {"affairs", "state", "staff", "police", "prisons", "customs", "revenue", "armed", "forces", "navy"}
    | {"air", "operations", "development", "relations", "cooperation", "co-operation", "rights"}
)


# titles of peers and knights, written between a portfolio and the name
_PEERAGE = frozenset({"Lord", "Baroness", "Lady", "Sir", "Dame", "Baron", "Earl", "Viscount"})


def portfolio_person_start(doc: Doc, start: int) -> int | None:
    """Where a person's name begins inside the words from token `start` when they are a title's
    portfolio and the name after it ('Minister for | the Middle East Alistair Burt', which the
    model reads as one place; for the places stage); None when no name follows a portfolio."""
    k = start - 1 - (start > 0 and doc[start - 1].lower_ == "the")
    if k < 1 or doc[k].lower_ != "for":
        return None
    name_start, name_end = _portfolio(doc, k)
    return name_start if k + 1 < name_start < name_end else None


def _name_pair(first: Token, last: Token) -> bool:
    """Two name words ending a portfolio; words the model read into a place ('the Middle East
    Alistair Burt' as one LOC) only after a common given name ('North Africa' stays a place)."""
    if last.lower_ in rule_words("thing_name_heads"):
        return False  # '... Employer Support Freedom Award': a thing's name ends the run
    if _loose_name_token(first) and _loose_name_token(last):
        return True
    given = first.lower_ in gender_words("given_names")
    return given and _loose_name_token(first, True) and _loose_name_token(last, True)


_PORTFOLIO_HEADS = {
    "minister",
    "secretary",
    "state",
    "representative",
    "envoy",
    "advisor",
    "adviser",
    "commissioner",
    "coordinator",
    "ambassador",
    "general",  # 'Director General of Police X', 'Inspector General of Police X'
    "director",
    "chief",
    # 'Speaker of the Council of Representatives X', 'President of the Commission X'
    "speaker",
    "president",
    "chairman",
    "governor",
}


def _name_token(tok: Token) -> bool:
    return (
        tok.text[:1].isupper()
        and tok.pos_ in ("PROPN", "")
        and not tok.is_stop
        and tok.ent_type_ not in _NOT_NAMES
        and not tok.text.isupper()
        and tok.is_alpha
        and tok.lower_ not in title_words()
    )


def _loose_name_token(
    tok: Token, places_too: bool = False, any_tag: bool = False, any_entity: bool = False
) -> bool:
    """A name word whatever the model's entity type ('Knox Thames' read as an ORG); with
    `places_too`, one the model read as a place as well; with `any_entity`, one it read as a
    place or a facility ('Ndèye Fatou Badji'); with `any_tag`, whatever part of speech it was
    given (a name it does not know may be tagged a verb: 'Khaing')."""
    skipped = _NOT_LOOSE_NAMES - {"GPE", "LOC"} if places_too else _NOT_LOOSE_NAMES
    if any_entity:
        skipped = _NOT_LOOSE_NAMES - {"GPE", "LOC", "FAC"}
    return (
        tok.text[:1].isupper()
        and tok.is_alpha
        and not tok.text.isupper()
        and not tok.is_stop
        and (any_tag or tok.pos_ in ("PROPN", ""))
        and tok.ent_type_ not in skipped
        and tok.lower_ not in title_words()
    )


_NOT_LOOSE_NAMES = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT"})


def _apposed_name_start(doc: Doc, comma: int) -> int | None:
    """First token of two or three name words before the comma at `comma` whose apposition
    opens with an office or a role ('Knox Thames, the Special Advisor', 'Jamal Khashoggi, a
    Saudi journalist'); None when there is none. Words the model read as a place count only
    after a common given name (data/quote_rules.json given_names): 'New York, the mayor
    said' names no one."""
    heads = rule_words("role_heads")
    k = comma + 1
    if k < len(doc) and doc[k].lower_ in _LIST_JOINERS:
        return None  # 'X Y, and the president ...': a list goes on, no apposition
    if k < len(doc) and doc[k].lower_ in ("the", "a", "an", "its", "their"):
        k += 1
    window = range(k, min(len(doc), k + 3))
    near = any(_title_at(doc, j) > j or doc[j].lower_ in heads for j in window) or _role_after_a_name(doc, k)
    if not near and not _closed_office_apposition(doc, comma):
        return None
    for places_too in (False, True):
        start = comma
        while start > max(0, comma - 3) and _loose_name_token(doc[start - 1], places_too):
            start -= 1
        before = doc[start - 1] if start > 0 else None
        if comma - start < 2 or (
            before is not None and (before.text[:1].isupper() or before.lower_ in ("the", "of"))
        ):
            continue  # a longer capitalised run or "the X Y," is no bare name
        if places_too and doc[start].lower_ not in gender_words("given_names"):
            # 'Kosrat Rasul, the PUK's first deputy secretary-general, blamed': a body's office
            # closed by a comma is said of a person, not of a place
            return start if _closed_office_apposition(doc, comma) else None
        return start
    return None


def _role_after_a_name(doc: Doc, k: int) -> bool:
    """'the Nobel Peace Prize laureate,': a role noun after up to four capitalised words of a
    name (a prize, a body), closed by a comma."""
    j = _proper_run_end(doc, k, 4)
    return (
        j > k
        and j + 1 < len(doc)
        and doc[j].lower_ in rule_words("role_heads")
        and doc[j + 1].text == ","
    )


def _proper_run_end(doc: Doc, k: int, most: int) -> int:
    """End of the run of at most `most` capitalised proper nouns from token k (k when none)."""
    j = k
    while j < min(len(doc), k + most) and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN":
        j += 1
    return j


def _closed_office_apposition(doc: Doc, comma: int) -> bool:
    """After the comma at `comma`: 'the PUK's first deputy secretary-general,' — a body's
    possessive, then describing words and a role noun, and a comma closing it (no verb)."""
    k = comma + 1 + (comma + 1 < len(doc) and doc[comma + 1].lower_ == "the")
    j = _proper_run_end(doc, k, 3)
    if j == k or j >= len(doc) - 2 or doc[j].text not in POSSESSIVE_ENDS[:2]:
        return False
    heads = rule_words("role_heads")
    for tok in doc[j + 1 : j + 7]:
        if tok.text == ",":
            return doc[tok.i - 1].lower_ in heads or doc[tok.i - 1].lower_.rsplit("-", 1)[0] in heads
        if tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";", ":"):
            return False
    return False


def _name_of_a_place(doc: Doc, comma: int) -> int | None:
    """'Jane Doyle, of Akron, brought ...': a common given name and a surname before ', of' and a
    capitalised place say where a person is from (local news writes people so). The name's
    first token, or None."""
    if comma + 2 >= len(doc) or doc[comma + 1].lower_ != "of" or not doc[comma + 2].text[:1].isupper():
        return None
    start = comma
    while start > max(0, comma - 3) and _loose_name_token(doc[start - 1]):
        start -= 1
    before = doc[start - 1] if start > 0 else None
    longer = before is not None and (before.text[:1].isupper() or before.lower_ in ("the", "of"))
    if comma - start < 2 or longer:
        return None  # a longer capitalised run or "the X Y," is no bare name
    return start if doc[start].lower_ in gender_words("given_names") else None


def _reported_lone_name(doc: Doc, comma: int) -> int | None:
    """'..., said Britanni, a high school senior': one capitalised word between a reporting
    verb and an apposition describing a person is that person's name."""
    name = comma - 1
    if name < 1 or not _loose_name_token(doc[name]):
        return None
    if doc[name - 1].lemma_ not in rule_words("reporting_verbs"):
        return None
    k = comma + 1
    if k >= len(doc) or doc[k].lower_ not in ("a", "an", "the"):
        return None
    window = doc[k + 1 : min(len(doc), k + 5)]
    return name if _names_a_person_among(window) else None


def _aged_lone_name(doc: Doc, comma: int, registry: Registry) -> int | None:
    """'Mahjouba, a 38-year-old teacher, said': one capitalised word set before an apposition
    that gives an age and a noun for a person is that person's first name, whatever the
    model read it as (a place, often); not a state's or a capital's name."""
    name = comma - 1
    if name < 0 or not _loose_name_token(doc[name], places_too=True, any_tag=True):
        return None
    if name > 0 and _capitalised_word(doc[name - 1]) and not doc[name].is_sent_start:
        return None  # the last word of a longer name: the model's reading of that stands
    word = doc[name].text
    if registry.keys.get(name_key(word), "").startswith("state-") or registry.capital_of(word):
        return None
    return name if _aged_apposition(doc, comma) else None


def _aged_apposition(doc: Doc, comma: int) -> bool:
    """', a 38-year-old teacher': an apposition after the comma that gives an age and a noun
    for a person."""
    k = comma + 1
    if k >= len(doc) or doc[k].lower_ not in ("a", "an") or (after := _age_end(doc, k + 1)) is None:
        return False
    window = doc[after : min(len(doc), after + 3)]
    return _names_a_person_among(window)


def _names_a_person_among(words: Span) -> bool:
    """A noun for a person among the words ('a high school senior', 'a 38-year-old teacher')."""
    return any(t.lower_ in person_nouns() or t.lower_ in _YOUNG_NOUNS for t in words)


def _age_end(doc: Doc, i: int) -> int | None:
    """The token after an age that opens at token i ('38-year-old', as the tokenizer splits
    it: '38', '-', 'year', '-', 'old'); None when no age opens there."""
    words = [t.lower_ for t in doc[i : i + 5]]
    if len(words) == 5 and doc[i].like_num and words[1:] == ["-", "year", "-", "old"]:
        return i + 5
    return None


@cache
def person_nouns() -> frozenset[str]:
    """Nouns that describe a person, lower-cased: the role heads and the unnamed-speaker nouns
    (data/actor_rules.json). Appositions, role speakers and lone names all read this one set."""
    return rule_words("role_heads") | frozenset(w.lower() for w in rule_words("speaker_nouns"))


# what a young speaker is described as ('a high school senior', 'a sixth-grader')
_YOUNG_NOUNS = frozenset(
    {"senior", "junior", "sophomore", "freshman", "grader", "pupil", "child", "girl", "boy"}
)


def apposed_person_at(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end are a name with a person's apposition after them (for the places
    stage: 'Nadia Murad, a Yazidi activist' is no town the model took it for)."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    return _apposed_name_start(doc, end) == start or (end - start == 1 and _aged_apposition(doc, end))


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Every lower-case word of the title phrases (data/actor_rules.json titles)."""
    return frozenset(w.lower() for p in rule_words("titles") for w in p.split())


_ADDRESS_HONORIFICS = frozenset({"Mr", "Mr.", "Mister", "Madam", "Madame"})


def _role_start(doc: Doc, i: int, registry: Registry) -> int | None:
    """'the [Iraqi|US] Foreign Minister': a definite article, at most one state word between;
    'Mr President', 'Madam Speaker': an office addressed as such."""
    if i > 0 and doc[i - 1].lower_ == "the":
        return i - 1
    if i > 0 and doc[i - 1].text in _ADDRESS_HONORIFICS:
        return i - 1  # 'Thank you, Mr President': the one the speech addresses by office
    if (i == 0 or doc[i].is_sent_start or doc[i - 1].is_space) and _verb_follows(doc, i):
        return i  # "Foreign Secretary welcomes new sanctions": a headline names the office
    if (
        i > 1
        and doc[i - 2].lower_ == "the"
        and (doc[i - 1].text in registry.demonyms or doc[i - 1].text in registry.cased)
    ):
        return i - 2
    return None


def _verb_follows(doc: Doc, i: int) -> bool:
    """'Foreign Secretary welcomes ...', 'Foreign Secretary statement on ...': a headline
    office followed by its act (a verb, or a noun for something said: data/actors.json
    office_act_nouns)."""
    end = _title_at(doc, i)
    if end >= len(doc):
        return False
    if doc[end].lower_ in registry_words("office_act_nouns"):
        return True
    return doc[end].pos_ in ("VERB", "AUX") and doc[end].tag_ != "VBN"


_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
UNIT_HEADS = frozenset(
    {
        "wing",
        "squadron",
        "group",
        "fleet",
        "division",
        "brigade",
        "battalion",
        "regiment",
        "unit",
        "corps",
        "command",
        "force",
        "army",
        "company",
        "flotilla",
        "detachment",
        "team",  # '2nd Brigade Combat Team'
        "platoon",
        "troop",
    }
)


def unit_spans(doc: Doc) -> list[Span]:
    """'the 158th Fighter Wing', '407th AEG', '5th Fleet': an ordinal opening capitalised words
    that end in a unit word (or an acronym) names a military unit."""
    out = []
    for tok in tokens_with(doc, _ORDINAL.match):
        if not _ORDINAL.match(tok.text):
            continue
        end = tok.i + 1
        last_ok = None
        while end < min(len(doc), tok.i + 6) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
            word = doc[end - 1]
            if word.lower_ in UNIT_HEADS or (is_acronym(word.text) and end == tok.i + 2):
                last_ok = end
        if last_ok is not None:
            out.append(Span(doc, tok.i, last_ok, label="unit_name"))
    numbers = tokens_with(doc, _UNIT_NUMBER.match)
    out += _numbered_unit_spans(doc, numbers) + _unit_then_number_spans(doc, numbers)
    return out + task_force_spans(doc)


def _unit_then_number_spans(doc: Doc, numbers: list[Token]) -> list[Span]:
    """'Carrier Air Wing 3', 'Carrier Strike Group 10', 'Strike Fighter Squadron 131': capitalised
    words ending in a unit's head word, then the unit's number (task forces are read apart)."""
    out = []
    for tok in numbers:
        head = tok.i - 1
        if head < 1 or doc[head].lower_ not in UNIT_HEADS or not doc[head].text[:1].isupper():
            continue
        if doc[head].text == "Force" and doc[head - 1].text == "Task":
            continue  # 'Task Force 55': task_force_spans
        start = head
        while start > max(0, head - 4) and _unit_name_word(doc[start - 1]):
            start -= 1
        if start < head:  # 'Group 7' alone names no unit
            out.append(Span(doc, start, tok.i + 1, label="unit_name"))
    return out


def _unit_name_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_stop


def _numbered_unit_spans(doc: Doc, numbers: list[Token]) -> list[Span]:
    """'32 Engineer Regiment', '16 Air Assault Brigade', '3 Commando Brigade': British units
    are numbered by a plain number before capitalised words that end in one of their heads
    (singular: '30 Army Battalions' counts units)."""
    out = []
    for tok in numbers:
        end, last_ok = tok.i + 1, None
        while end < min(len(doc), tok.i + 5) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
            if doc[end - 1].lower_ in _NUMBERED_UNIT_HEADS:
                last_ok = end
        if last_ok is not None:
            out.append(Span(doc, tok.i, last_ok, label="unit_name"))
    return out


_UNIT_NUMBER = re.compile(r"^[1-9]\d{0,2}$")
_NUMBERED_UNIT_HEADS = frozenset(
    {"regiment", "brigade", "battalion", "squadron", "wing", "division", "flotilla", "commando"}
)


# "CTF", "TF", "CJTF", "CTG": a task force, group or unit's short form
_TASK_ACRONYM = re.compile(r"^[A-Z]{0,3}T[FGU]$")
_TASK_DESIGNATION = re.compile(r"^([A-Z]{0,3}T[FGU])-?(\d{1,4}(?:\.\d{1,2})*)$")
_TASK_NUMBER = re.compile(r"^\d{1,4}(?:\.\d{1,2})*$")
_TASK_HEADS = {"Force", "Group", "Unit"}
_TASK_QUALIFIERS = {"Combined", "Joint", "Naval", "Special", "Maritime"}


def task_force_spans(doc: Doc) -> list[Span]:
    """'Task Force 55', 'Combined Task Force (CTF) 150', 'CTF 50', 'TF-51': numbered task
    forces. kb_id is the short designation ('CTF 150'), so the long and short names are one."""
    out = []
    for tok in tokens_with(doc, _task_force_word):
        designation = _TASK_DESIGNATION.match(tok.text)
        number = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
        if designation:
            out.append(Span(doc, tok.i, tok.i + 1, label="unit_name", kb_id=" ".join(designation.groups())))
        elif _TASK_ACRONYM.match(tok.text) and _TASK_NUMBER.match(number):
            out.append(Span(doc, tok.i, tok.i + 2, label="unit_name", kb_id=f"{tok.text} {number}"))
        elif tok.text == "Task" and tok.i + 2 < len(doc) and doc[tok.i + 1].text in _TASK_HEADS:
            span = _task_force_long(doc, tok.i) or _task_force_named(doc, tok.i)
            if span is not None:
                out.append(span)
    return out


def _task_force_named(doc: Doc, task: int) -> Span | None:
    """'Task Force Taji', 'Task Group Spartan', '[Combined Joint] Task Force Iraq': a task force
    named by the one or two capitalised words after it (not a day or month: 'the Task Force
    Monday'; not a verb: 'Task Force Said')."""
    end = task + 2
    while end < min(len(doc), task + 4) and _task_name_word(doc[end]):
        end += 1
    if end == task + 2:
        return None
    start = task
    while start > max(0, task - 3) and doc[start - 1].text in _TASK_QUALIFIERS:
        start -= 1
    return Span(doc, start, end, label="unit_name")


def _task_name_word(tok: Token) -> bool:
    """A capitalised word, not written in capitals ('Task Force SAFE' is a civic programme's
    acronym more often than a military unit's name)."""
    return (
        tok.is_alpha
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and tok.pos_ in ("PROPN", "NOUN", "ADJ")
        and tok.lower_ not in CALENDAR_WORDS
    )




def _task_force_word(text: str) -> bool:
    # every form holds a capital T ('CTF', 'TG-51', 'Task'): most words are out at once
    return "T" in text and (
        text == "Task" or bool(_TASK_DESIGNATION.match(text) or _TASK_ACRONYM.match(text))
    )


def _task_force_long(doc: Doc, task: int) -> Span | None:
    """'[Combined Joint] Task Force [(CJTF)] 150': capitalised words before, the number after."""
    end = task + 2
    short = None
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        short, end = doc[end + 1].text, end + 3
    if end >= len(doc) or not _TASK_NUMBER.match(doc[end].text):
        return None
    start = task
    while start > max(0, task - 3) and doc[start - 1].text in _TASK_QUALIFIERS:
        start -= 1
    if short is None or not _TASK_ACRONYM.match(short):
        short = "".join(t.text[0] for t in doc[start : task + 2])
    return Span(doc, start, end + 1, label="unit_name", kb_id=f"{short} {doc[end].text}")


def speaker_label_spans(doc: Doc) -> list[Span]:
    """Transcript lines 'MR KIRBY: ...', 'MS. PSAKI: ...': the capitalised name after an
    honorific at the start of a line, before a colon, is a person ('QUESTION:' is not)."""
    out = []
    for tok in tokens_with(doc, _speaker_honorific):
        if tok.text.rstrip(".").lower() not in {"mr", "ms", "mrs", "dr"} or not tok.text.isupper():
            continue
        if not _opens_line(doc, tok.i):
            continue
        start = tok.i + 2 if abbreviation_dot(doc, tok.i + 1) else tok.i + 1
        end = start
        while end < min(len(doc), start + 3) and doc[end].is_alpha and doc[end].text.isupper():
            end += 1
        if start < end < len(doc) and doc[end].text == ":":
            out.append(Span(doc, start, end, label="speaker_label"))
    return out


def quoted_speaker_spans(doc: Doc, quotes: list[Span]) -> list[Span]:
    """'"...," explains Haidar.', 'Sajed concludes, "..."', 'Rahme paused and said, "..."': a
    lone capitalised word the model leaves untagged (or calls a product) that is the subject
    of a reporting verb right next to a direct quote names the one who speaks. Read as the
    model's person, so every guard on a lone name (places, bodies' words) still applies."""
    if not quotes:
        return []
    verbs = rule_words("reporting_verbs")
    inside = {i for q in quotes for i in range(q.start, q.end)}
    out = []
    for quote in quotes:
        for verb in _verbs_beside(doc, quote, verbs, inside):
            subject = _lone_subject(verb)
            if subject is not None and subject.i not in inside:
                out.append(Span(doc, subject.i, subject.i + 1, label="ner_person"))
        if (name := _name_before_verb(doc, quote.end, verbs)) is not None:
            out.append(name)
        if (name := _name_after_verb(doc, quote.end, verbs)) is not None:
            out.append(name)
    return list({(s.start, s.end): s for s in out}.values())


def _name_after_verb(doc: Doc, end: int, verbs: frozenset[str]) -> Span | None:
    """'"...," said Ndèye Fatou Badji, a coordinator with ...': two to four capitalised words
    between the reporting verb right after a quote and an apposition that gives a person's
    role name the speaker, whatever the model read them as (names it does not know it may
    call places, bodies or nothing)."""
    i = end
    while i < len(doc) and doc[i].is_punct and i - end < 2:
        i += 1
    if i >= len(doc) or doc[i].lemma_.lower() not in verbs or doc[i].tag_ not in ("VBD", "VBZ"):
        return None
    start = i = i + 1
    # any entity type but a nationality's or a time's: the role after it says it is a name
    while i < len(doc) and i - start < 4 and _loose_name_token(doc[i], any_tag=True, any_entity=True):
        i += 1
    words = doc[start:i]
    if len(words) < 2 or any(t.lower_ in kind_words() for t in words):
        return None
    # read as a name with a role in apposition, which outranks the model's organisation there
    return Span(doc, start, i, label="appos_person") if _role_apposition_at(doc, i) else None


def _role_apposition_at(doc: Doc, comma: int) -> bool:
    """', a coordinator with ...', ', the army spokesman': a comma and an apposition whose
    first few words hold a noun for a person or a role."""
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ not in ("a", "an", "the"):
        return False
    nouns = person_nouns() | rule_words("role_heads")
    return any(t.lower_ in nouns for t in doc[comma + 2 : comma + 6])


def month_surname_spans(doc: Doc) -> list[Span]:
    """'Theresa May said', 'Mrs May told MPs': a month's name that is a surname (see
    gender_lexicon.month_surname), which the model reads as a date or not at all."""
    out = []
    texts = token_texts(doc)  # no Token object for the words that are no month
    for i in (i for i in range(1, len(doc)) if texts[i] in MONTH_SURNAMES):
        before = month_surname(doc, i)
        if before == "honorific":
            out.append(Span(doc, i, i + 1, label="title_person"))
        elif before == "given":
            out.append(Span(doc, i - 1, i + 1, label="ner_person"))
    return out


def given_name_apposed_spans(doc: Doc) -> list[Span]:
    """'Ganesh Madkam, also known as Rajesh', 'his Personal Envoy on Cyprus, María Ángela Holguín
    Cuéllar': two to four name words opening with a common given name, before an alias cue or
    apposed after a person's noun or title, name a person whatever the model read them as (it
    calls names it does not know places, facilities, bodies or nothing)."""
    given = gender_words("given_names")
    texts = token_texts(doc)
    out = []
    for i, text in enumerate(texts):
        if not text[:1].isupper() or (text.lower() if text.isascii() else name_key(text)) not in given:
            continue
        end = i
        while end < len(doc) and end - i < 4 and _loose_name_token(doc[end], any_tag=True, any_entity=True):
            end += 1
        if end - i >= 2 and (_alias_cue_after(texts, end) or _apposed_to_a_person(doc, i)):
            out.append(Span(doc, i, end, label="appos_person"))
    return out


def signature_name_spans(doc: Doc) -> list[Span]:
    """A signature block's name: 'Press Statement | Heather Nauert | Department Spokesperson':
    two to four name words alone on a line, over a short line that holds a role's head word
    ('Director, Defence Media Operations'), name a person. The model seldom tags a name with
    no sentence around it."""
    out = []
    for tok in tokens_among(doc, ("\n", "\n\n"), 1):
        end = signature_name_end(doc, tok.i + 1)
        if end is not None:
            out.append(Span(doc, tok.i + 1, end, label="appos_person"))
    return out


def signature_name_end(doc: Doc, start: int) -> int | None:
    """The end of a signature's name line opening at `start` (see signature_name_spans), the
    line break after it; None when the line is no name over a role."""
    end = start
    while end < len(doc) and end - start < 5 and _loose_name_token(doc[end], any_entity=True):
        end += 1
    if not 2 <= end - start <= 4 or end >= len(doc) or doc[end].text != "\n":
        return None
    return end if signature_role_end(doc, end + 1) is not None else None


_SIGNATURE_JOINERS = frozenset({"of", "for", "and", "the"})


def signature_role_end(doc: Doc, start: int) -> int | None:
    """The end of a signature's role line opening at `start` ('Department Spokesperson',
    'Director, Defence Media Operations'): up to eight capitalised words, commas and joiners,
    one of them a role's head word, then a line break; None otherwise."""
    heads = rule_words("role_heads")
    end, headed = start, False
    while end < len(doc) and end - start < 9 and not doc[end].is_space:
        tok = doc[end]
        if not (tok.text[:1].isupper() or tok.text in (",", "&") or tok.lower_ in _SIGNATURE_JOINERS):
            return None
        headed = headed or tok.lower_ in heads
        end += 1
    ends = end >= len(doc) or doc[end].is_space
    return end if headed and ends and end > start and doc[start].text[:1].isupper() else None


def bracketed_age_spans(doc: Doc) -> list[Span]:
    """'identified as Thokchom Ibomcha Singh (48) and Laishram Tomba Singh (52)': two to four
    name words right before an age in brackets name a person whatever the model read them as
    (South Asian and British reports write ages so)."""
    out = []
    for tok in tokens_among(doc, ("(",), 2, -2):
        i = tok.i
        if not (doc[i + 1].like_num and doc[i + 1].text.isdigit() and doc[i + 2].text == ")"):
            continue
        if not 0 < int(doc[i + 1].text) < 110 or not doc[i - 1].whitespace_:
            continue
        start = i
        while start > max(0, i - 4) and name_word(doc[start - 1]) and _untagged_name_word(doc[start - 1]):
            start -= 1
        longer = start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start
        if i - start >= 2 and not longer:
            out.append(Span(doc, start, i, label="appos_person"))
    return out


def _alias_cue_after(texts: list[str], end: int) -> bool:
    """', also known as', ', better known as', ', known as' (data alias_cues, the bare ones) at
    token `end`."""
    if end >= len(texts) or texts[end] != ",":
        return False
    after = " ".join(texts[end + 1 : end + 6]).lower() + " "
    return after.startswith(_bare_alias_cues())


@cache
def _bare_alias_cues() -> tuple[str, ...]:
    """The cues of data alias_cues that need no comma of their own, each with a space after."""
    return tuple(f"{w.lower()} " for r in actor_rules()["alias_cues"] if r.get("bare") for w in r["words"])


def _apposed_to_a_person(doc: Doc, start: int) -> bool:
    """A comma right before `start`, and before it, within four words and no verb or stop, a
    noun for a person or a title ('an Iraqi official, X', 'his Personal Envoy on Cyprus, X')."""
    if start < 2 or doc[start - 1].text != ",":
        return False
    nouns = person_nouns()
    for tok in reversed(list(doc[max(0, start - 6) : start - 1])):
        if tok.is_punct or tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.lower_ in nouns or (tok.text[:1].isupper() and tok.lower_ in title_words()):
            return True
    return False


def _name_before_verb(doc: Doc, end: int, verbs: frozenset[str]) -> Span | None:
    """'"...," Khaing Min Naing said.': two or three capitalised words between a quote's end and
    a reporting verb name the speaker, whatever the model read them as (a name it does not
    know may be tagged a verb). Read as the model's person, so every guard on names holds."""
    i = end
    while i < len(doc) and doc[i].is_punct and i - end < 2:
        i += 1
    start = i
    while i < len(doc) and i - start < 3 and _loose_name_token(doc[i], any_tag=True):
        i += 1
    if i - start < 2 or i >= len(doc) or doc[i].tag_ not in ("VBD", "VBZ"):
        return None
    if doc[i].lemma_.lower() not in verbs:
        return None
    return Span(doc, start, i, label="ner_person")


def _verbs_beside(doc: Doc, quote: Span, verbs: frozenset[str], inside: set[int]) -> list[Token]:
    """Reporting verbs outside quotes within the quote's sentence and the few words after it
    ('"...," says X'), or the few words before it ('X concludes, "...'): at most six tokens
    away, no full stop between."""
    found = []
    for step, edge in ((1, quote.end), (-1, quote.start - 1)):
        i = edge
        for _ in range(6):
            if not 0 <= i < len(doc) or i in inside or doc[i].text in (".", "!", "?") or "\n" in doc[i].text:
                break
            if doc[i].lemma_.lower() in verbs and doc[i].pos_ == "VERB":
                found.append(doc[i])
                break
            i += step
    return found


def _lone_subject(verb: Token) -> Token | None:
    """The verb's subject (or the first verb's, for 'X paused and said') when it is one plain
    capitalised proper noun with no entity type but a product's."""
    owner = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else verb
    subject = next((t for t in owner.children if t.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or any(True for _ in subject.children):
        return None
    text = subject.text
    if len(text) < 3 or not text.isalpha() or not text[:1].isupper() or text.isupper():
        return None
    if subject.ent_type_ not in ("", "PRODUCT", "WORK_OF_ART") or subject.is_stop:
        return None
    lower = subject.lower_
    if lower in title_words() or lower in kind_words() or lower in registry_words("org_heads"):
        return None
    return subject


def role_named_speaker_spans(doc: Doc) -> list[Span]:
    """'mission chief El-Ghassim Wane said': a run of two to four capitalised words the model
    leaves untagged, between a small-letter noun for a person and a reporting verb whose
    subject the run is, names that person."""
    out = []
    nouns = person_nouns()
    for noun in tokens_among(doc, nouns):
        end = _name_run_end(doc, noun.i + 1)
        if end is None or end >= len(doc):
            continue
        verb, last = doc[end], doc[end - 1]
        if verb.pos_ == "VERB" and verb.lemma_ in rule_words("reporting_verbs") and last.head.i == verb.i:
            out.append(Span(doc, noun.i + 1, end, label="ner_person"))
    return out


def _name_run_end(doc: Doc, start: int) -> int | None:
    """The end of two to four untagged capitalised words from `start` (a hyphen may join two,
    'El-Ghassim'), or None."""
    i, words = start, 0
    while i < len(doc) and words < 5:
        tok = doc[i]
        if tok.text == "-" and words and not doc[i - 1].whitespace_ and i + 1 < len(doc):
            i += 1  # the second half of a hyphened name is the same word
            continue
        if not (tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()):
            break
        misread = tok.ent_type_ in _MISREAD_NAME_LABELS and not _entity_opens_before(doc, i, start)
        if tok.ent_type_ and not misread:
            break  # a date or a number, or the model's name goes on before the run
        if tok.lower_ in title_words() or tok.is_stop:
            return None  # 'spokesman Col. X' is the titled-name rules' to read
        words += 1
        i += 1
    return i if 2 <= words <= 4 else None


# the last word of a state's body named in capitals after the state's possessive ("Russia's
# Border Service"); the force heads make it military
_STATE_FORCE_HEADS = frozenset({"Troops", "Forces", "Army", "Navy", "Guard", "Command"} | {"Corps"})
_STATE_BODY_HEADS = _STATE_FORCE_HEADS | frozenset(
    {"Service", "Committee", "Council", "Agency", "Directorate", "Bureau"}
)

# what the model calls a run of name words it does not know ('Singh Sekhon': ORG)
_MISREAD_NAME_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE", "FAC", "PRODUCT"})


def _entity_opens_before(doc: Doc, i: int, start: int) -> bool:
    """Whether the model's entity at token i opened before token `start`."""
    return entity_bounds(doc[i])[0] < start


def _speaker_honorific(text: str) -> bool:
    return text.isupper() and text.rstrip(".").lower() in {"mr", "ms", "mrs", "dr"}


SERVICES = (
    ("Air", "National", "Guard"),
    ("National", "Guard"),
    ("Air", "Force"),
    ("Marine", "Corps"),
    ("Coast", "Guard"),
    ("Space", "Force"),
    ("Army",),
    ("Navy",),
    ("Marines",),
)


def service_spans(doc: Doc) -> list[Span]:
    """'Navy Capt. Jeff Davis', 'Army Lt. Gen. X': the armed service written before a rank is
    the officer's service (an organisation), not part of the name."""
    out = []
    firsts = {w[0] for w in SERVICES}
    for tok in tokens_among(doc, firsts):
        if tok.text not in firsts:
            continue
        for words in SERVICES:
            end = tok.i + len(words)
            if end < len(doc) and tuple(t.text for t in doc[tok.i : end]) == words:
                if _title_at(doc, end) > end and _military_title(doc, end):
                    out.append(Span(doc, tok.i, end, label="service"))
                break
    return out


def _military_title(doc: Doc, i: int) -> bool:
    words = military_title_phrases()
    return doc[i].lower_ in words or doc[i].lower_ + "." in words


@lru_cache(maxsize=1)
def military_title_phrases() -> frozenset[str]:
    """The military ranks ('gen.', 'lt. gen.', 'staff sergeant'), lower-cased."""
    return frozenset(
        w.lower() for r in actor_rules()["titles"] if r["id"] == "title-military" for w in r["phrases"]
    )


def apposed_name_spans(doc: Doc, registry: Registry) -> list[Span]:
    """'Knox Thames, the Special Advisor to ...': two or three name words before a comma and
    an apposition that opens with an office or role name a person the model may have missed."""
    out = []
    for tok in tokens_among(doc, (",",), 2, -2):
        if tok.text != ",":
            continue
        start = _apposed_name_start(doc, tok.i)
        if start is None:
            start = _reported_lone_name(doc, tok.i)
        if start is None:
            start = _aged_lone_name(doc, tok.i, registry)
        if start is None:
            start = _name_of_a_place(doc, tok.i)
        if start is not None:
            name = doc[start : tok.i]
        elif (end := _name_after_role(doc, tok.i)) is not None:
            name = doc[tok.i + 1 : end]
        else:
            continue
        if registry.keys.get(name_key(name.text)) or _has_kind_word(name):
            continue
        if name[-1].lower_ in registry_words("company_trade_words") or portfolio_item(doc, name.start):
            continue  # "The ship's manager, Poseidon Bulk Carriers, said": a company; a portfolio
        out.append(Span(doc, name.start, name.end, label="appos_person"))
    return out


def _name_after_role(doc: Doc, comma: int) -> int | None:
    """End of two or three name words set off by commas after a role ("Ukraine's Defence
    Minister, Rustem Umerov, thanked ...", 'The Labour MP for Hampstead, Tulip Siddiq, who
    ...'): the phrase before the comma, back to the sentence's start or the comma before,
    holds a role's head word. The model often misses such a name, or calls it a product."""
    end = comma + 1
    while end < min(len(doc), comma + 4) and _loose_name_token(doc[end]):
        end += 1
    if end - comma - 1 < 2 or end >= len(doc) or doc[end].text != ",":
        return None
    heads = rule_words("role_heads")
    start = comma
    while start > max(0, comma - 10) and not doc[start - 1].is_sent_end and doc[start - 1].text not in ",;:":
        start -= 1
    phrase = doc[start:comma]
    if not any(t.lower_ in heads and t.pos_ in ("NOUN", "PROPN") for t in phrase):
        return None
    return end


# entity types a place's name cannot have (the model often calls a town an ORG, a NORP or
# even a PERSON: 'Gainesville residents')
_NOT_PLACES = frozenset(_NOT_NAMES - {"ORG", "GPE", "LOC", "FAC", "NORP"} | {"LANGUAGE"})


def place_people_spans(doc: Doc, registry: Registry) -> list[Span]:
    """'the residents of Mosul', 'the people of Mosul', 'Camp Hurriya residents': the people of
    a named place that is not a state (kb_id: the place's name, so every form is one actor)."""
    nouns = registry_words("place_people_nouns")
    out = []
    for tok in tokens_among(doc, nouns, lower=True):
        if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of":
            start = tok.i + 2 + (doc[tok.i + 2].lower_ == "the")
            end = start
            while end < min(len(doc), start + 4) and _place_word(doc[end], _NOT_PLACES):
                end += 1
            span_start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ == "the" else tok.i
            place, span_end = doc[start:end], end
        else:
            # before the noun a NORP is a people's adjective ('Kurdish residents'), not a place
            start = tok.i
            while start > max(0, tok.i - 4) and _place_word(doc[start - 1], _NOT_PLACES | {"NORP"}):
                start -= 1
            place, span_start, span_end = doc[start : tok.i], start, tok.i + 1
        if len(place) and not _state_place(place, registry):
            out.append(Span(doc, span_start, span_end, label="place_people", kb_id=place.text))
    return out


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def party_member_spans(doc: Doc) -> list[Span]:
    """'Republicans blocked the bill', 'the leader of the Liberal Democrats': a party's members
    named by it (data party_member_names), which the model calls a nationality or group
    (NORP); a body, where the model makes no organisation of them."""
    names = rule_words("party_member_names")
    out = []
    for ent in doc_ents(doc):
        if ent.label_ != "NORP":
            continue
        start = ent.start + (ent[0].lower_ == "the")
        if start < ent.end and doc[start : ent.end].text in names:
            out.append(Span(doc, start, ent.end, label="body_name"))
    return out


def media_name_spans(doc: Doc) -> list[Span]:
    """'Turkish broadcaster TRT Haber', 'the news agency Firat', 'The Daily Star newspaper',
    'the Interfax news agency': a capitalised name right after a media noun in small letters,
    or right before one, names a news outlet (the model often reads it as a person)."""
    before, after = registry_words("media_nouns"), registry_words("media_nouns", "after")
    qualified = registry_words("media_nouns", "qualified")
    qualifiers = registry_words("media_nouns", "qualifiers")
    out = []
    for tok in tokens_among(doc, (before | after | qualified)):  # small letters only
        # 'the news agency Firat', not 'the security agency UKMTO'
        qualified_here = tok.text in qualified and tok.i > 0 and doc[tok.i - 1].lower_ in qualifiers
        if tok.text in before or qualified_here:
            end = tok.i + 1
            while end < min(len(doc), tok.i + 7) and _outlet_word(doc, end):
                end += 1
            name = doc[tok.i + 1 : end]
            if _outlet_name(name, _NOT_OUTLETS):  # 'the news agency Firat' (read as a river)
                out.append(Span(doc, name.start, name.end, label="media_name"))
        named_after = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].is_title
        if tok.text in after or (qualified_here and not named_after):
            # 'The Daily Star newspaper'; 'the Interfax news agency': before the qualifier (not
            # 'the Abkhaz news agency, Apsnipress', whose name follows: a people's word is before)
            last = tok.i - 1 if qualified_here else tok.i
            start = last
            while start > max(0, last - 4) and _outlet_word(doc, start - 1):
                start -= 1
            name = doc[start:last]
            # a name takes no 'a': 'a Swahili newspaper' is a kind of paper; 'its Telegram
            # channel' is the owner's channel on a platform, no outlet
            described = start > 0 and doc[start - 1].lower_ in ("a", "an", *_OWNING_WORDS)
            if not described and _outlet_name(name, _NOT_OUTLETS | _PLACE_TYPES):
                out.append(Span(doc, start, last, label="media_name"))
    return out


_OWNING_WORDS = ("its", "his", "her", "their", "our", "my", "your")


def told_outlet_spans(doc: Doc) -> list[Span]:
    """'she told SIBC', 'a resident told NTV': a word in capitals that someone tells, which the
    model tags as nothing or as an organisation, is the news outlet reporting it."""
    out = []
    for tok in tokens_among(doc, _TELL_FORMS):
        obj = next((c for c in tok.rights if c.dep_ in ("dobj", "dative")), None)
        if obj is None or obj.i != tok.i + 1 or obj.ent_type_ not in ("", "ORG"):
            continue
        text = obj.text
        if 3 <= len(text) <= 6 and text.isalpha() and text.isupper():
            out.append(Span(doc, obj.i, obj.i + 1, label="media_name"))
    return out


_TELL_FORMS = frozenset({"told", "tells", "tell", "telling"})


def company_name_spans(doc: Doc) -> list[Span]:
    """'the German company Zublin', 'the Chinese telecom giant Huawei': a capitalised name right
    after a company noun in small letters names a company (the model reads such names as
    anything from a person to a work of art). Not when a title or a common given name opens
    the name ('the company President Jo Lee', 'the contractor John Smith'). 'operator' only
    after what a company runs ('the U.S. DNS infrastructure operator Network Solutions')."""
    nouns = registry_words("company_nouns")
    out = []
    for tok in tokens_among(doc, {*nouns, "operator"}):  # small letters only
        if tok.text == "operator" and (tok.i == 0 or doc[tok.i - 1].lower_ not in _NETWORK_WORDS):
            continue  # 'the crane operator John Smith'; 'the DNS infrastructure operator X' is a company
        end = tok.i + 1
        while end < min(len(doc), tok.i + 6) and _company_word(doc, end):
            end += 1
        name = doc[tok.i + 1 : end]
        if not len(name) or not _outlet_name(name, _NOT_OUTLETS) or _person_opens(name[0]):
            continue
        out.append(Span(doc, name.start, name.end, label="company_name"))
    return out


def legal_form_company_spans(doc: Doc) -> list[Span]:
    """'Amazon.com Inc and Salesforce Inc have ...': capitalised words closed by a company's
    legal form name that company when the model reads no organisation there."""
    out = []
    for tok in tokens_with(doc, lambda w: w.rstrip(".") in _LEGAL_FORMS):
        if tok.ent_type_ == "ORG":
            continue  # the model's name (and the kind its words give) stands
        start = tok.i
        while start > max(0, tok.i - 4) and _company_name_word(doc[start - 1]):
            start -= 1
        if start < tok.i and not _person_opens(doc[start]):
            end = tok.i + 1
            out.append(Span(doc, start, end, label="company_name"))
    return out


def _company_name_word(tok: Token) -> bool:
    """A word of a company's name: capitalised ('Salesforce', 'Amazon.com', 'AT&T'), or '&'."""
    if tok.text == "&":
        return True
    label = tok.text.isupper() and len(tok.text) > 4 and "&" not in tok.text  # 'CORPORATES Sun ... Inc.'
    return (
        tok.text[:1].isupper()
        and not label
        and not tok.is_stop
        and not tok.is_punct
        and tok.text.rstrip(".") not in _LEGAL_FORMS | {"Co"}
        and tok.ent_type_ not in _NOT_OUTLETS
    )


# legal forms written after a company's name, capitalised as the name is ('Co.' is also an
# Irish county's abbreviation: 'Co Cork')
_LEGAL_FORMS = frozenset({"Inc", "Corp", "Ltd", "LLC", "PLC", "plc", "GmbH", "Incorporated", "Corporation"})


def state_media_spans(doc: Doc, registry: Registry) -> list[Span]:
    """'Syrian state media', "Iran's state television", 'Iraqi state TV': a state's own news
    outlets, written in small letters after the state's word (kb_id: the state). Without a
    state named ('state media said') the outlet is nobody's in particular: no actor."""
    out = []
    for tok in tokens_among(doc, _STATE_WORDS):
        end = _state_media_end(doc, tok.i + 1)
        owner = state_owner_before(doc, tok.i, registry) if end else None
        if end is not None and owner is not None:
            start = owner[0] - (owner[0] > 0 and doc[owner[0] - 1].lower_ == "the")
            out.append(Span(doc, start, end, label="state_media", kb_id=owner[1]))
        elif tok.text == "state" and (state := _the_state(doc, tok.i, registry)) is not None:
            out.append(Span(doc, tok.i - 2, tok.i + 1, label="state_actor", kb_id=state))
    for tok in tokens_among(doc, _NATIONAL_MEDIA, 1):
        state = registry.state_of_demonym(doc[tok.i - 1].text)
        if state is not None and _reports(tok):
            out.append(Span(doc, tok.i - 1, tok.i + 1, label="state_media", kb_id=state))
    return out


# 'Iraqi television said', 'Syrian TV reported': a nation's broadcaster that reports is its
# state's ('said on Cuban television', 'Irish radio played' name no one)
_NATIONAL_MEDIA = frozenset({"television", "TV", "radio"})


def _reports(tok: Token) -> bool:
    """The subject of a verb of reporting ('said', 'reported', 'quoted', 'showed')."""
    verb = tok.head.lemma_
    return tok.dep_ == "nsubj" and (verb in rule_words("reporting_verbs") or verb in _SHOWING)


_SHOWING = frozenset({"quote", "show", "broadcast", "air", "publish"})


def _the_state(doc: Doc, i: int, registry: Registry) -> str | None:
    """'associated with the Syrian state': the state itself, named by 'the', its demonym and
    'state' ending the noun phrase (not 'the Syrian state media', 'the Iraqi state of ...')."""
    if i < 2 or doc[i - 2].lower_ != "the" or _modifies_a_noun(doc, i):
        return None
    if i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        return None
    return registry.state_of_demonym(doc[i - 1].text)


def _modifies_a_noun(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and (doc[i + 1].pos_ in ("NOUN", "PROPN") or doc[i + 1].text == "-")


_STATE_WORDS = frozenset({"state", "State"})
_STATE_OUTLETS = frozenset({"media", "television", "tv", "radio", "broadcaster", "press"})


def _state_media_end(doc: Doc, i: int) -> int | None:
    """End of the outlet word(s) after 'state' at token i ('media', 'news agency'), or None."""
    if i >= len(doc):
        return None
    word = doc[i].lower_
    if word in _STATE_OUTLETS:
        return i + 1
    if word == "news" and i + 1 < len(doc) and doc[i + 1].lower_ == "agency":
        return i + 2  # 'news' only as 'state news agency'
    return None


def branch_spans(doc: Doc, registered: list[Span], registry: Registry) -> list[Span]:
    """'ISIS-Somalia', 'ISIS-K': a registered armed group's name joined by a hyphen to a place
    or a letter names a branch of the group (kb_id: the parent's id and the place), not the group itself
    nor the place; not a compound before a noun ('the Hamas-Israel war'), but a branch's
    members or leader ('ISIS-Somalia leader X') still."""
    out = []
    for span in registered:
        entry = registry.entries.get(span.kb_id_)
        end = span.end
        if entry is None or entry.kind != "armed_group" or end + 1 >= len(doc):
            continue
        if (province := _province_end(doc, end, registry)) is not None:
            territory = doc[end : province - 1].text
            out.append(Span(doc, span.start, province, label="armed_branch", kb_id=f"{entry.id}|{territory}"))
            continue
        hyphen, word = doc[end], doc[end + 1]
        joined = hyphen.text == "-" and not doc[end - 1].whitespace_ and not hyphen.whitespace_
        place = word.ent_type_ in ("GPE", "LOC") or state_word(doc, end + 1, registry) is not None
        inside = word.ent_type_ == "ORG" and word.ent_iob_ == "I"  # the model's 'ISIS-Somalia'
        if not joined or not (place or inside or _single_capital(word.text)):
            continue
        after = doc[end + 2] if end + 2 < len(doc) else None
        if after is not None and after.pos_ == "NOUN" and not _branch_people(after.lower_):
            continue  # 'the Hamas-Israel war'; not 'ISIS-Somalia leader X', 'ISIS-K fighters'
        out.append(Span(doc, span.start, end + 2, label="armed_branch", kb_id=f"{entry.id}|{word.text}"))
    return out


def _province_end(doc: Doc, end: int, registry: Registry) -> int | None:
    """'the Islamic State Somalia Province', 'Islamic State Sahel Branch': a group's name, a
    place of one or two words, then a word for a branch's territory: the end of the branch's
    name, else None."""
    for words in (1, 2):
        last = end + words
        if last >= len(doc) or doc[last].text not in _PROVINCE_WORDS:
            continue
        place = doc[end:last]
        named = all(t.text[:1].isupper() for t in place)
        if named and (state_word(doc, end, registry) or all(t.ent_type_ in ("GPE", "LOC") for t in place)):
            return last + 1
    return None


# words a branch of an armed group names its territory with
_PROVINCE_WORDS = frozenset({"Province", "Branch", "Wilayat", "Wilaya"})


def _branch_people(word: str) -> bool:
    return word in person_nouns() or word in _MEMBER_WORDS


def _single_capital(text: str) -> bool:
    return len(text) == 1 and text.isupper()


_MEMBER_WORDS = frozenset(
    {"fighters", "militants", "members", "affiliate", "branch", "cell", "cells"}
    | {"operatives", "commanders", "leaders", "insurgents", "jihadists", "gunmen", "loyalists", "recruits"}
)


def described_body_spans(doc: Doc) -> list[Span]:
    """'Ukrenergo, the national grid operator, said': a one-word name the model calls a person
    or an organisation, with a description apposed after it whose head noun only a body takes
    (a company noun of data/actors.json company_nouns, or a body's noun below), names that
    body, a company, though no other word says so. Not a common given name."""
    out = []
    for ent in doc_ents(doc):
        if ent.label_ not in NER_LABELS or ent.text.lower() in gender_words("given_names"):
            continue
        if len(ent) == 1 and _described_as_a_body(doc, ent.end):
            out.append(Span(doc, ent.start, ent.end, label="company_name"))
        elif ent.label_ == "PERSON" and (said := _apposed_group_description(doc, ent.end)) is not None:
            out.append(Span(doc, ent.start, ent.end, label="body_name", kb_id=said.text))
    return out


def _apposed_group_description(doc: Doc, end: int) -> Span | None:
    """', the Al-Qaeda-linked network behind the attacks,' or ', a militant group,' right after
    a name the model read as a person's: 'the' or 'a', then a noun phrase whose head (its last
    noun before a preposition, a clause or the comma) is a group's noun. The head decides: 'the
    head of the group' and "the group's leader" describe a person."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an"):
        return None
    head = None
    for tok in doc[end + 2 : min(len(doc), end + 9)]:
        if tok.tag_ in _FINITE_TAGS:
            return None  # 'Under Jawlani, the group has carried out ...': a subject, no apposition
        if tok.pos_ in ("ADP", "CCONJ") or tok.tag_ in ("WDT", "WP") or (tok.is_punct and tok.text != "-"):
            break
        if head is not None and tok.pos_ in ("DET", "PRON"):
            break  # a clause with no 'that': 'an electrician the task force hired'
        if tok.text in ("'s", "’s"):
            head = None  # a possessor is no head: "the group's leader"
        elif tok.pos_ == "NOUN":
            head = tok
    else:
        return None  # the phrase runs on past the words read: its head is not known
    heads = rule_words("group_name_heads") | rule_words("institution_heads") | _DESCRIBED_BODY_NOUNS
    if head is None or head.lower_ not in heads or doc[head.i + 1].pos_ in ("NOUN", "PROPN", "ADJ"):
        return None
    return doc[end + 2 : head.i + 1]


# a finite verb's tags: the words before it are its subject
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def acting_acronym_spans(doc: Doc, registered: Sequence[Span] = ()) -> list[Span]:
    """'COGAT said ...', 'COGAT, the Israeli defence ministry agency that coordinates aid, said':
    an acronym the model left untagged names a body where only a body stands (see
    _stands_as_a_body). Not a thing's acronym ('VBIED'), nor a word of a shouted line
    ('BREAKING NEWS'), nor a registered name (`registered`: the registry's spans)."""
    out: list[Span] = []
    found = tokens_with(doc, _acronym_shaped)
    if not found:
        return out
    named = [span for span in registered if span.label_ != "dateline_context"]  # ('COGAT, the ...')
    tagged = {i for ent in [*doc_ents(doc), *named] for i in range(ent.start, ent.end)}
    text, small = doc_text(doc), lower_words(doc)
    for tok in found:
        if tok.i in tagged or tok.text in rule_words("thing_acronyms") or shouted_line(text, tok.idx):
            continue
        if _capitals_for_style(doc, text, tok, small):
            continue
        description = apposed_body_description(doc, tok.i + 1)
        if description is not None or _stands_as_a_body(doc, tok):
            # kb_id: the words that say what the body is, for its kind ('peacekeeping force')
            said = description.text if description is not None else _member_noun(doc, tok)
            out.append(Span(doc, tok.i, tok.i + 1, label="body_name", kb_id=said))
    return out


def _member_noun(doc: Doc, tok: Token) -> str:
    """'unit' of 'the elite GIGN unit': the noun the short form modifies, if it is one of its
    members' or parts' nouns; else nothing."""
    if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.lower_ in _MEMBER_NOUNS:
        return tok.head.text
    return ""


def _stands_as_a_body(doc: Doc, tok: Token) -> bool:
    """A verb's subject ('EUFOR said'), an owner ("EUFOR's commander"), the short form before
    its members or unit ('the elite GIGN unit', 'MRTV reporters'), the source a report is by
    or according to ('polls by the CEP'), an outlet the state runs ('state-run MRTV'), or the
    word an 'acronym' cue gives ('known by its French acronym MINURSO')."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        return True
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None:
        if after.tag_ in ("VBD", "VBZ") and after.lemma_ in rule_words("reporting_verbs"):
            return True  # 'COGAT said' the parser read as two sentences
        if after.text in ("'s", "’s"):
            return True
    if _member_noun(doc, tok):
        return True
    if tok.dep_ == "pobj" and _source_preposition(tok.head):
        return True
    before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    return before in _ACRONYM_CUES or (tok.i > 2 and doc[tok.i - 3 : tok.i].text.lower() in _STATE_RUN)


# nouns for a body's people or parts that a body's short form modifies ('EUFOR troops')
_MEMBER_NOUNS = frozenset(
    {"unit", "units", "force", "forces", "troops", "fighters", "militants", "members", "member"}
    | {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople"}
    | {"leader", "leaders", "commander", "commanders", "chief", "delegation", "mission"}
    | {"soldiers", "personnel", "officers", "agents", "staff", "envoy", "statement", "reporters"}
)
_ACRONYM_CUES = frozenset({"acronym", "abbreviation", "initials"})
_STATE_RUN = frozenset({"state-run", "state-owned", "state-controlled"})


def _source_preposition(prep: Token) -> bool:
    """'by' of a passive or a noun ('polls by the CEP'), 'to' of 'according to'."""
    if prep.lower_ == "by":
        return prep.dep_ in ("agent", "prep") and prep.head.pos_ in ("VERB", "NOUN", "PROPN")
    return prep.lower_ == "to" and prep.head.lower_ == "according"


def _capitals_for_style(doc: Doc, text: str, tok: Token, small: frozenset[str]) -> bool:
    """Capitals that are no acronym: a word of a capitalised phrase ('KANSAS CITY', 'DEIR
    EZ-ZOR'), a dateline ('HUME – A member ...', 'SALINA, Kan.'), a label ('SLUG: coldcase'),
    a lede's first word ('A SPATE of ...', 'WOMEN raced ...': a word the text also writes in
    small letters, or one longer than most short forms)."""
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if before is not None and (before.lower_ in ("a", "an", "-") or _capitals(before.text)):
        return True
    if after is not None and (after.text in (":", "–", "—", "-", "--") or _capitals(after.text)):
        return True
    opens = before is None or "\n" in text[before.idx : tok.idx] or before.text in (".", "!", "?")
    if opens and len(tok.text) > 6:
        return True  # 'SHOPPERS are being offered ...': a long word in capitals opening a lede
    dateline = opens and after is not None and after.text in (",", "(")
    if dateline and apposed_body_description(doc, tok.i + 1) is None:
        return True  # 'SALINA, Kan. Strong winds ...', 'GENEVA (Reuters) -'
    return tok.lower_ in small


def _capitals(text: str) -> bool:
    return len(text) > 1 and text.isalpha() and text.isupper()


def _acronym_shaped(text: str) -> bool:
    """Three to eight capitals: 'SDF', 'EUFOR', 'MINURSO', 'MONUSCO'."""
    return 3 <= len(text) <= 8 and text.isalpha() and text.isupper()


def shouted_line(text: str, at: int) -> bool:
    """The line holding char `at` has few small-letter words: a headline or a label in capitals."""
    return len(_SMALL_WORD.findall(_line_at(text, at))) < 3


def _line_at(text: str, at: int) -> str:
    """The line of `text` that holds char `at`."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


_SMALL_WORD = re.compile(r"\b[a-z]+\b")


def apposed_body_description(doc: Doc, end: int) -> Span | None:
    """', the Israeli defence ministry agency that ...', ', a rights group,': a comma, an article,
    then within six words a body's head noun; the words after the article up to that noun."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("the", "a", "an"):
        return None
    heads = rule_words("institution_heads") | _DESCRIBED_BODY_NOUNS
    for tok in doc[end + 2 : min(len(doc), end + 8)]:
        if tok.is_punct or tok.tag_ in ("WDT", "WP"):
            return None
        if tok.pos_ == "NOUN" and tok.lower_ in heads and tok.dep_ != "compound":
            return doc[end + 2 : tok.i + 1]
    return None


# heads of a description that make what it is apposed to a body, besides institution_heads
_DESCRIBED_BODY_NOUNS = frozenset(
    {"group", "ministry", "department", "militia", "monitor", "watchdog", "charity", "regulator"}
    | {"body", "unit", "force", "mission", "coalition", "alliance", "movement", "party", "broadcaster"}
)


def conjoined_body_spans(doc: Doc) -> list[Span]:
    """'commander of U.S. 5th Fleet and Combined Maritime Forces': a capitalised name of two
    words or more that the model left untagged, ending in a body's head noun (data actors.json
    org_heads), joined by 'and' to an organisation the model tagged, names a body too: read
    as the model's own organisation would be."""
    heads = registry_words("org_heads")
    tagged = {i for ent in doc_ents(doc) if ent.label_ not in _MISREAD_LABELS
              for i in range(ent.start, ent.end)}
    out = []
    for ent in doc_ents(doc):
        if ent.label_ != "ORG":
            continue
        after = _untagged_run(doc, ent.end + 1, 1, tagged) if _and_at(doc, ent.end) else None
        before = _untagged_run(doc, ent.start - 2, -1, tagged) if _and_at(doc, ent.start - 1) else None
        for run in (after, before):
            if run is not None and len(run) >= 2 and run[-1].lower_ in heads and not _person_opens(run[0]):
                out.append(Span(doc, run.start, run.end, label="ner_org"))
    return out


def group_ministry_spans(doc: Doc, registered: list[Span]) -> list[Span]:
    """'the Taliban interior ministry', 'the Houthi health ministry': a group's name (one the
    registry holds, or one the model tagged), then one or two small-letter words of a portfolio
    and 'ministry', name that ministry (a state's, 'the Russian defence ministry', the registry
    reads)."""
    groups = {s.end - 1: s.start for s in registered if not s.kb_id_.startswith("state-")}
    out = []
    for tok in tokens_among(doc, ("ministry",)):
        first = tok.i
        while first > 0 and tok.i - first < 2 and _ministry_portfolio_word(doc[first - 1]):
            first -= 1
        if first == tok.i or first == 0:
            continue
        opening = groups.get(first - 1)
        if opening is None and _tagged_group_word(doc[first - 1]):
            opening = first - 1
        if opening is not None:
            out.append(Span(doc, opening, tok.i + 1, label="ner_org"))
    return out


def _tagged_group_word(tok: Token) -> bool:
    """A one-word name the model tagged as a body or a people ('Hamas', 'Houthi')."""
    doc = tok.doc
    alone = tok.ent_iob_ == "B" and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I")
    return alone and tok.ent_type_ in ("ORG", "NORP")


def _ministry_portfolio_word(tok: Token) -> bool:
    """A small-letter word of a ministry's portfolio ('interior', 'health'; the model may call
    'interior' a proper noun), not an article or a verb."""
    return tok.is_lower and tok.is_alpha and tok.pos_ in ("NOUN", "ADJ", "PROPN")


def _and_at(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].lower_ == "and"


def _untagged_run(doc: Doc, i: int, step: int, tagged: set[int]) -> Span | None:
    """The capitalised words the model left untagged from token i on, forwards (step 1) or
    backwards (-1), at most six; None if there are none or the run goes on into a tagged word
    or a proper noun it may not hold ('and the X Forces' gives none: 'the' is no such word)."""
    stop = i
    while 0 <= stop < len(doc) and abs(stop - i) < 6 and stop not in tagged and _capitalised_word(doc[stop]):
        stop += step
    if stop == i or (0 <= stop < len(doc) and (stop in tagged or doc[stop].pos_ == "PROPN")):
        return None
    return doc[i : stop] if step > 0 else doc[stop + 1 : i + 1]


def described_group_spans(doc: Doc) -> list[Span]:
    """'The Emergency Lawyers, a rights group tracking violence, said': a capitalised name of
    two words or more that the model left untagged (or called a work of art, a product, an
    event), with 'a' or 'an' and a group's noun apposed after it, names that group."""
    out = []
    tagged = {i for ent in doc_ents(doc) if ent.label_ not in _MISREAD_LABELS
              for i in range(ent.start, ent.end)}
    texts = token_texts(doc)
    for i in range(2, len(texts) - 2):
        if texts[i] != "," or texts[i + 1] not in ("a", "an") or not _described_as_a_group(doc, i):
            continue  # the cheap tests first: a comma, then 'a' or 'an'
        start = i
        while start > 0 and i - start < 5 and _capitalised_word(doc[start - 1]):
            start -= 1
        if i - start < 2 or any(k in tagged for k in range(start, i)):
            continue
        start += doc[start].lower_ == "the"
        if i - start >= 2 and not _person_opens(doc[start]):
            out.append(Span(doc, start, i, label="body_name"))
    return out


def group_name_spans(doc: Doc, registered: list[Span]) -> list[Span]:
    """'the Viv Ansanm coalition', 'the Kata Tiga militia', 'the Sinaloa cartel': 'the', one to
    three capitalised words the model tagged as no person, people or date, then a group's noun in
    small letters (group_name_heads) names that group. The noun stays in the name: the words
    before it are often a place's ('Sinaloa') and the noun says what kind of body it is. A
    registered name before the noun ('the NATO alliance') is left to the registry."""
    heads = rule_words("group_name_heads")
    found = tokens_among(doc, heads)
    if not found:
        return []
    not_names = {i for ent in doc_ents(doc) if ent.label_ in _NOT_GROUP_NAMES
                 for i in range(ent.start, ent.end)}
    not_names.update(i for span in registered for i in range(span.start, span.end))
    # an organisation's name the model read is whole before the bare 'group': 'The North
    # Arlington Neighbors group' (a kind's own noun stays: the model's 'Sinaloa' is no body)
    named_orgs = {i for ent in doc_ents(doc) if ent.label_ == "ORG" for i in range(ent.start, ent.end)}
    out = []
    for head in found:
        if head.pos_ != "NOUN" or (head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "of"):
            continue  # 'the Cambridge group of the Macular Disease Society' is that society's branch
        skip = not_names | named_orgs if head.lower_ == "group" else not_names
        start = head.i
        while start > 0 and head.i - start < 3 and _group_name_word(doc[start - 1], skip):
            start -= 1
        if start == head.i or start == 0 or doc[start - 1].lower_ != "the" or _person_opens(doc[start]):
            continue
        out.append(Span(doc, start, head.i + 1, label="group_name"))
    return out


def _group_name_word(tok: Token, not_names: set[int]) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.i not in not_names and not tok.is_stop


# what the model tags there is no group's name: 'the Trump coalition', 'the Shia militia'
_NOT_GROUP_NAMES = frozenset({"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL"})


def _described_as_a_group(doc: Doc, comma: int) -> bool:
    """', a rights group', ', an anti-war coalition' right after token `comma`: 'a' or 'an',
    then up to four words in small letters, the last a group's noun that no noun for a person,
    'of' or a possessive follows ('a group leader', 'a group of ...')."""
    if comma + 2 >= len(doc) or doc[comma + 1].lower_ not in ("a", "an"):
        return False
    for i in range(comma + 2, min(len(doc), comma + 7)):
        word = doc[i].text
        if word in _GROUP_NOUNS:
            after = doc[i + 1].text if i + 1 < len(doc) else ""
            return not names_a_person(after) and after not in ("of", "'s", "’s")
        if not (word.islower() or word == "-"):
            return False
    return False


# what the model calls a body's name it does not know: 'The Emergency Lawyers' a work of art
_MISREAD_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"})
# what a group of people is called in a description ('a rights group', 'an aid charity')
_GROUP_NOUNS = frozenset(
    {"group", "organisation", "organization", "network", "coalition", "alliance", "movement", "charity",
     "NGO", "collective", "association", "initiative", "campaign"}
)


def _described_as_a_body(doc: Doc, end: int) -> bool:
    """', the national grid operator,' right after a name: 'the', then up to five words ending
    at a comma in a body's head noun ('operator' only after a network's word: a crane
    operator is a person)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "the":
        return False
    for i in range(end + 3, min(len(doc), end + 8)):
        if doc[i].text == ",":
            head, before = doc[i - 1].lower_, doc[i - 2].lower_
            if head == "operator":
                return before in _NETWORK_WORDS
            return head in _BODY_HEADS or head in registry_words("company_nouns")
        if doc[i].is_punct and doc[i].text != "-":
            return False
    return False


# head nouns of a description only a body takes ('the country's power utility')
_BODY_HEADS = frozenset({"utility", "regulator", "watchdog", "broadcaster", "charity", "exporter"})
# what an operator runs when the operator is a company ('the national grid operator')
_NETWORK_WORDS = frozenset(
    {"grid", "network", "pipeline", "port", "rail", "railway", "telecom", "telecoms", "mobile", "satellite",
     "transmission", "airport", "system", "infrastructure"}
)


def _company_word(doc: Doc, i: int) -> bool:
    """An outlet's name word, or a capitalised one with digits ('G4S')."""
    tok = doc[i]
    return _outlet_word(doc, i) or (tok.text[:1].isupper() and tok.text.isalnum() and not tok.is_stop)


def _person_opens(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in title_words() or tok.lower_ in gender_words("given_names")


# what the model reads there is no outlet's name: 'the Turkish channel', 'told the agency Thursday'
_NOT_OUTLETS = frozenset({"NORP", "DATE", "TIME", "LANGUAGE", "CARDINAL", "ORDINAL"})


def _outlet_name(name: Span, not_types: frozenset[str]) -> bool:
    return (
        len(name) > 0
        and "-" not in (name[0].text, name[-1].text)
        and not any(t.ent_type_ in not_types for t in name)
    )


def _outlet_word(doc: Doc, i: int) -> bool:
    """Token i is a word of an outlet's name: capitalised ('TRT', 'Haber'), not a stop word,
    or the hyphen inside 'Al-Quds'."""
    tok = doc[i]
    if tok.text == "-":
        return 0 < i < len(doc) - 1 and not tok.whitespace_ and doc[i + 1].text[:1].isupper()
    return tok.text[:1].isupper() and not tok.is_stop and tok.is_alpha


def place_body_spans(doc: Doc, registry: Registry) -> list[Span]:
    """'the Kirkuk police', 'the Diyala provincial council': a public body of a named place that
    is not a state, written in small letters after the place's name (a government body)."""
    nouns, levels = registry_words("place_body_nouns"), registry_words("place_body_nouns", "levels")
    out = []
    for tok in tokens_among(doc, nouns):  # small letters only: 'Police' opens names
        end = tok.i
        level = end > 0 and doc[end - 1].text in levels
        end -= level
        start = end
        not_places = _NOT_PLACES | {"NORP", "ORG", "PERSON"}
        while start > max(0, end - 3) and _place_word(doc[start - 1], not_places):
            start -= 1
        place = doc[start:end]
        # a level word or the model's place says it is a place: 'Riot police', 'City council' name none
        placed = level or (len(place) and place[-1].ent_type_ in _PLACE_TYPES)
        if not len(place) and (found := _found_place_before(doc, end, tok.i)) is not None:
            # 'the Balochistan government': the model calls the province an organisation, the
            # places stage found it in the gazetteer ('Michoacán state' with its level word)
            start, place, placed = found.start, found, True
        if len(place) and placed and not _state_place(place, registry):
            span_start = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
            out.append(Span(doc, span_start, tok.i + 1, label="place_body", kb_id=place.text))
    return out


def body_of_state_spans(doc: Doc, registry: Registry) -> list[Span]:
    """'the government of Ghana', 'the armed forces of Antigua and Barbuda': a state's body
    named before the state, read as 'the Ghanaian government' is. Not a capitalised name that
    goes on with 'of' ('the Revolutionary Armed Forces of Colombia' is an armed group)."""
    out = []
    for tok in tokens_among(doc, _BODY_OF_NOUNS, lower=True):
        start = tok.i - (tok.i > 0 and doc[tok.i - 1].lower_ in FORCE_QUALIFIERS)
        if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of" or _in_capitalised_name(doc, start):
            continue
        first = tok.i + 2 + (doc[tok.i + 2].lower_ == "the")
        found = _state_name_at(doc, first, registry)
        if found is not None and not (tok.lower_ == "embassy" and not _speaks_or_acts(tok)):
            body = FORCE_WORDS[tok.lower_]  # an embassy only as it speaks or acts, as in _state_body
            out.append(Span(doc, start, found[0], label="state_body", kb_id=f"{found[1]}|{body}"))
    return out


# the body nouns read before 'of' and a state's name (not 'officials', 'leaders' or 'troops':
# 'leaders of Iraq' may be anyone's, 'troops of Mali' is rare and often a unit's)
_BODY_OF_NOUNS = frozenset(
    {"government", "regime", "junta", "authorities", "army", "military", "forces", "navy", "police"}
    | {"embassy"}
)


def _in_capitalised_name(doc: Doc, start: int) -> bool:
    """Whether the word before token `start` is part of a capitalised name that the body noun
    goes on ('People's Army of ...', 'the Transitional Government of ...'); a sentence's
    opening 'The' is none."""
    if start == 0:
        return False
    before = doc[start - 1]
    return before.text[:1].isupper() and before.lower_ != "the" and not before.is_sent_start


def _state_name_at(doc: Doc, first: int, registry: Registry) -> tuple[int, str] | None:
    """(end token, state id) of the longest registered state name, capitalised, opening at
    token `first` ('Antigua and Barbuda', 'Ghana'); None when no state's name opens there."""
    if first >= len(doc) or not doc[first].text[:1].isupper():
        return None
    for end in range(min(len(doc), first + 6), first, -1):
        state = registered_state(registry, doc[first:end].text)
        if state is not None:
            return end, state
    return None


def registered_state(registry: Registry, name: str) -> str | None:
    """The id of the registered state this is the name of, as written or in any case ('Ghana',
    'DRC'; not a demonym: 'Syrian' names no state here), or None."""
    state = registry.cased.get(name) or registry.aliases.get(name)
    return state if state is not None and state.startswith("state-") else None


def _found_place_before(doc: Doc, end: int, noun: int) -> Span | None:
    """A place the places stage found that ends at token `end` (before a level word) or at
    the body's noun (the level word read into the place); not a word of a person's full name
    the text gives ('the Clinton administration': Clinton is also a town)."""
    found = next((p for p in doc.spans.get("bx_places", ()) if p.end in (end, noun) and p.start < end), None)
    if found is None or (doc[noun].lower_ == "administration" and end == noun):
        return None  # an administration is most often a president's (not 'the X district administration')
    # a word of a person's full name the text gives ('Bill Clinton'); a lone word the model
    # calls a person is no name by that ('The Chhattisgarh government')
    people = {t.text for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1 for t in e}
    return None if any(t.text in people for t in found) else found


def named_police_spans(doc: Doc, registry: Registry) -> list[Span]:
    """'West Midlands Police', 'Avon and Somerset Police', 'Thames Valley Police Service': a
    police force named by its place in capitals (data/actors.json police_names), which the
    model often leaves out or cuts ('Somerset Police'). Not a state's police ('Iraqi Police',
    'Kenya Police': the state rules read those), nor a line in title case ('Protesters Clash
    With Riot Police')."""
    heads, tails = registry_words("police_names"), registry_words("police_names", "after")
    out: list[Span] = []
    found = tokens_among(doc, heads)  # capitalised: 'the Kirkuk police' is place_body's
    text = doc_text(doc) if found else ""
    for tok in found:
        start = _police_place_start(doc, tok.i)
        if start is None or state_word(doc, start, registry) or _title_case_line(text, tok.idx):
            continue
        end = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text in tails)
        span_start = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
        out.append(Span(doc, span_start, end, label="place_body", kb_id=doc[start : tok.i].text))
    return out


def _police_place_start(doc: Doc, head: int) -> int | None:
    """First token of the place's name right before token `head`: up to four capitalised name
    words, or two one-word places joined by 'and' ('Avon and Somerset'; not 'the Drug Unit
    Investigators and Brownsboro Police'); None when there is none."""
    start = head
    while start > max(0, head - 4) and _police_place_word(doc[start - 1]):
        start -= 1
    if start == head:
        return None
    joined = start == head - 1 and start >= 2 and doc[start - 1].lower_ == "and"
    if joined and _police_place_word(doc[start - 2]):
        opens = start == 2 or not _police_place_word(doc[start - 3])
        return start - 2 if opens else start
    return start


def _police_place_word(tok: Token) -> bool:
    return (
        tok.text[:1].isupper()
        and tok.is_alpha
        and not tok.is_stop
        and (tok.pos_ == "PROPN" or tok.ent_type_ in _PLACE_TYPES)
        and tok.ent_type_ not in ("PERSON", "NORP", "DATE", "TIME")
    )


def _title_case_line(text: str, at: int) -> bool:
    """The line holding char `at` writes every word of four letters or more with a capital."""
    words = re.findall(r"[A-Za-z]{4,}", _line_at(text, at))
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _place_word(tok: Token, not_types: frozenset[str]) -> bool:
    return (
        tok.text[:1].isupper()
        and tok.is_alpha
        and (tok.pos_ in ("PROPN", "") or tok.ent_type_ != "")  # the tagger may call it a noun
        and not tok.is_stop
        and tok.ent_type_ not in not_types
        and not tok.text.isupper()
    )


def _state_place(place: Span, registry: Registry) -> bool:
    """A state's (or its demonym's) people are the population rule's: 'the people of Iraq';
    a registered actor's name is no place of its own."""
    return any(state_word(place.doc, t.i, registry) for t in place) or name_key(place.text) in registry.keys


def tribe_spans(doc: Doc) -> list[Span]:
    """'the Al Bu Nimr tribe', 'the Shammar clan': capitalised name words (lower-case Arabic
    joiners inside) before a tribe noun name a tribe."""
    nouns = registry_words("tribe_nouns")
    joiners = registry_words("name_joiners")
    out = []
    for tok in tokens_among(doc, nouns, lower=True):
        start = tok.i
        while start > max(0, tok.i - 5) and (
            _loose_name_token(doc[start - 1]) or (doc[start - 1].lower_ in joiners and start < tok.i)
        ):
            start -= 1
        while start < tok.i and doc[start].text in joiners:
            start += 1  # a name opens with a capitalised word ('Al' may, 'al' may not)
        if start == tok.i:
            continue
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        out.append(Span(doc, start, tok.i + 1, label="tribe"))
    return out


def _has_kind_word(span: Span) -> bool:
    return any(t.lower_ in kind_words() for t in span)


@lru_cache(maxsize=1)
def kind_words() -> frozenset[str]:
    """Every word for a kind of body (data/actor_rules.json kind_keywords), lower case."""
    return frozenset(w.lower() for r in actor_rules()["kind_keywords"] for w in r["words"])


def quote_spans(doc: Doc) -> list[Span]:
    out = []
    for quote in find_quotes(doc_text(doc)):
        group = f"q{quote.start}"
        for start, end in quote.segments:
            span = doc.char_span(start, end, label=quote.style, kb_id=group, alignment_mode="expand")
            if span is not None:
                out.append(span)
    return out


@Language.factory(
    "bx_actors", default_config={"extra_registries": []}, assigns=["doc.spans", "doc.user_data"]
)
def make_finder(nlp: Language, name: str, extra_registries: list[str]) -> ActorFinder:
    return ActorFinder(nlp, load_registry(tuple(extra_registries)))
