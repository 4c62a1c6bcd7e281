"""Bodies whose names carry no word for a kind of body, short names of bodies, kinds read from
phrases and bare names (the House, the Army), the Red Cross by context (needs the model)."""

from __future__ import annotations

import pytest
import spacy
from actor_lookup import actor_at, actor_named, actor_of, actor_with, affiliation_name, sheet

from bagouz_extract.components.actors import legal_form_company_spans

pytestmark = pytest.mark.model
BLANK = spacy.blank("en")


# text, the organisation's name as the sheet gives it
UNMARKED_BODY_CASES = [
    ("after-the", "He was kidnapped by guerrillas of the Khmer Rouge almost two years ago.", "Khmer Rouge"),
    (
        "central-bank",
        "Stocks rose because the Federal Reserve has made clear it expects growth.",
        "Federal Reserve",
    ),
    ("klan", "The center has long monitored such groups as the Ku Klux Klan.", "Ku Klux Klan"),
    ("company-suffix", "Xerox Corp. said its third-quarter profit fell.", "Xerox Corp."),
    ("plc", "Reed International PLC agreed to buy the unit.", "Reed International PLC"),
    # a name opening with a state's demonym is no person's, though shaped like one
    (
        "demonym-first",
        "The price of oil rose on Monday. Saudi Aramco declined to comment on the attack.",
        "Saudi Aramco",
    ),
    (
        "demonym-first-twice",
        "British Gas said it would raise prices. Shares of the utility fell.",
        "British Gas",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "name"), UNMARKED_BODY_CASES, ids=[c[0] for c in UNMARKED_BODY_CASES]
)
def test_a_body_the_model_names_without_a_kind_word_is_kept(case: str, text: str, name: str) -> None:
    actor = next((a for a in sheet(text).actors if a.name == name), None)
    assert actor is not None and actor.kind == "organization"


def test_a_company_named_without_its_legal_form_is_the_company() -> None:
    doc = sheet(
        "KBR Inc. won the contract in 2004. KBR is not responsible for the deaths, a spokeswoman said."
    )
    company = actor_named(doc, "KBR Inc.")
    assert company is not None and {m.text for m in company.mentions} == {"KBR Inc.", "KBR"}


# capitalised words closed by a legal form name a company the model may leave out; a label in
# capitals before the name is no word of it
def test_a_name_closed_by_a_legal_form_is_a_company() -> None:
    company = actor_named(sheet("Amazon.com Inc and Salesforce Inc have also announced deep cuts."),
                          "Salesforce Inc")
    assert company is not None and company.kind == "organization"


def test_a_bodys_name_without_the_plain_noun_after_it_is_the_body() -> None:
    s = sheet(
        "Protest\n\nThe ruling Georgian Dream party says the bill is needed. But Georgian Dream has "
        "enough votes in parliament to pass it.\n"
    )
    assert actor_of(s, "Georgian Dream party").id == actor_of(s, "Georgian Dream").id


LEGAL_FORM_SPANS = [
    ("left-out", "Amazon.com Inc and Salesforce Inc have cut jobs.", ["Amazon.com Inc", "Salesforce Inc"]),
    ("acronym-opens", "Shares of RMS International Inc. rose.", ["RMS International Inc."]),
    ("ampersand", "Shares of AT&T Inc. fell.", ["AT&T Inc."]),
    ("label-before", "CORPORATES Sun Microsystems Inc. said so.", ["Sun Microsystems Inc."]),
    ("another-legal-form-before", "Sony Corp. Columbia Acquisition Corp. bid.",
     ["Sony Corp.", "Columbia Acquisition Corp."]),
    ("title-opens", "Mr. Smith Inc. said so.", []),
]


@pytest.mark.parametrize(("case", "text", "names"), LEGAL_FORM_SPANS, ids=[c[0] for c in LEGAL_FORM_SPANS])
def test_the_words_a_legal_form_closes(case: str, text: str, names: list[str]) -> None:
    assert [s.text for s in legal_form_company_spans(BLANK(text))] == names


def test_a_bodys_name_opening_a_longer_one_without_a_legal_form_is_another_body() -> None:
    # the post is one of the Legion's; only a company's legal or business word marks the
    # longer name as the same body's
    doc = sheet(
        "The dinner was held at the American Legion Post 31 on Friday. "
        "The American Legion has backed the plan nationally."
    )
    assert actor_of(doc, "The American Legion").id != actor_of(doc, "American Legion Post").id


# texts whose model organisation names no body
NOT_BODY_CASES = [
    (
        "agreement",
        "The Cessation of Hostilities agreement held until the Cessation of Hostilities collapsed.",
    ),
    ("day", "The rally marked International Women's Day in the capital."),
    ("venue", "The concert moved to the LaBelle Theater downtown."),
]


@pytest.mark.parametrize(("case", "text"), NOT_BODY_CASES, ids=[c[0] for c in NOT_BODY_CASES])
def test_a_things_name_is_no_body(case: str, text: str) -> None:
    kinds = {a.name: a.kind for a in sheet(text).actors}
    assert not any(w in name for name in kinds for w in ("Cessation", "Women's Day", "LaBelle")), kinds


def test_the_red_cross_is_the_icrc_only_where_a_war_is_reported() -> None:
    local = sheet("The Red Cross opened a shelter for families displaced by the fire.")
    assert actor_of(local, "The Red Cross").id != "actor-icrc"
    war = sheet("The Red Cross visited detainees held by the SDF in Syria.")
    assert actor_of(war, "The Red Cross").id == "actor-icrc"


# text, mention, kind: a two-word kind keyword outranks the one-word one
KIND_PHRASE_CASES = [
    (
        "press-corps",
        "Members of the Capitol press corps asked the governor.",
        "the Capitol press corps",
        "media",
    ),
    ("marine-corps", "The Marine Corps deployed 2,000 troops.", "The Marine Corps", "military"),
]


@pytest.mark.parametrize(
    ("case", "text", "mention", "kind"), KIND_PHRASE_CASES, ids=[c[0] for c in KIND_PHRASE_CASES]
)
def test_a_kind_phrase_outranks_its_last_word(case: str, text: str, mention: str, kind: str) -> None:
    assert actor_of(sheet(text), mention).kind == kind


# text, the short name, the body it opens
OPENING_CASES = [
    (
        "company",
        "Unisys Corp. said its profit fell. Unisys is getting clobbered, an analyst said.",
        "Unisys",
        "Unisys Corp.",
    ),
    (
        "two-words",
        "Dow Jones & Co. extended its offer. Dow Jones owns 64 million shares.",
        "Dow Jones",
        "Dow Jones & Co.",
    ),
]


@pytest.mark.parametrize(("case", "text", "short", "body"), OPENING_CASES, ids=[c[0] for c in OPENING_CASES])
def test_a_body_named_by_its_opening_words_is_the_body(case: str, text: str, short: str, body: str) -> None:
    owner = actor_at(sheet(text), text.rindex(short))
    assert owner is not None and owner.name == body


def test_a_lone_name_that_opens_no_body_nor_acts_is_no_actor() -> None:
    # acting, it would be a body (test_actors_lone_bodies.py)
    s = sheet("Shares of Jaguar rose sharply on the news.")
    assert actor_with(s, "Jaguar") is None or actor_of(s, "Jaguar").kind != "organization"


# text, the person, the role, the body whose name the role's capitalised words open
OFFICE_OF_BODY_CASES = [
    (
        "chairman",
        "Upjohn Co. cut 1,100 jobs. Upjohn Chairman Theodore Cooper said the cuts were needed.",
        "Theodore Cooper",
        "Upjohn Chairman",
        "Upjohn Co.",
    ),
    (
        "president",
        "Unisys Corp. posted a loss. Unisys President James Unruh said the quarter was hard.",
        "James Unruh",
        "Unisys President",
        "Unisys Corp.",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "person", "role", "body"), OFFICE_OF_BODY_CASES, ids=[c[0] for c in OFFICE_OF_BODY_CASES]
)
def test_a_role_opening_with_a_bodys_name_is_affiliated_to_it(
    case: str, text: str, person: str, role: str, body: str
) -> None:
    s = sheet(text)
    actor = next(a for a in s.actors if a.name == person)
    assert actor.roles == [role]
    assert actor.affiliation == actor_of(s, body).id


def test_a_states_word_opening_a_role_is_no_bodys_name() -> None:
    s = sheet("The US Justice Department filed suit. US President Bill Clinton said nothing.")
    clinton = next(a for a in s.actors if a.name == "Bill Clinton")
    assert clinton.affiliation != actor_of(s, "The US Justice Department").id


@pytest.mark.parametrize(
    "text, mention",
    [
        ("The talks amongst the Syrian parties will see a transition.", "the Syrian parties"),
        ("Iraqi partners cleared the village on Monday.", "Iraqi partners"),
    ],
)
def test_a_demonym_before_parties_or_partners_names_a_group(text: str, mention: str) -> None:
    assert actor_of(sheet(text), mention).kind == "organization"


def test_a_legislatures_chamber_is_a_government_body() -> None:
    s = sheet("The House voted 228-206 to impeach the president. The White House said nothing.")
    house = actor_of(s, "The House")
    assert house.kind == "government"
    assert house.id != actor_of(s, "The White House").id


def test_an_acronym_the_model_calls_a_person_is_a_body_when_it_acts() -> None:
    s = sheet("KBR's database lists 231 electric shock incidents. KBR said it had fixed the wiring.")
    assert actor_of(s, "KBR").kind == "organization"


def test_a_states_national_guard_is_military() -> None:
    s = sheet("Soldiers of the California Army National Guard were deployed on Monday.")
    assert actor_of(s, "the California Army National Guard").kind == "military"


def test_a_bare_service_name_is_a_states_military_not_an_armed_group() -> None:
    s = sheet("The Army said it would inspect every facility. The Mahdi Army clashed with police.")
    assert actor_of(s, "The Army").kind == "military"
    assert actor_of(s, "The Mahdi Army").kind == "armed_group"


# text, the short name, the body it names
STATELESS_NAME_CASES = [
    (
        "party",
        "The German People's Union was fined. The People's Union said it would appeal.",
        "The People's Union",
        "German People's Union",
    ),
    (
        "ministry",
        "The Georgian Interior Ministry named the suspects. The Interior Ministry said more would follow.",
        "The Interior Ministry",
        "Georgian Interior Ministry",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "short", "body"), STATELESS_NAME_CASES, ids=[c[0] for c in STATELESS_NAME_CASES]
)
def test_a_name_without_its_state_word_is_the_body(case: str, text: str, short: str, body: str) -> None:
    assert actor_of(sheet(text), short).name == body


def test_a_name_after_another_states_word_is_not_the_body() -> None:
    s = sheet("The Iraqi Foreign Ministry protested. Soviet Foreign Ministry spokesman Ivan Petrov said so.")
    assert [m.text for m in actor_of(s, "Iraqi Foreign Ministry").mentions] == ["The Iraqi Foreign Ministry"]


def test_a_state_office_takes_its_state_from_its_fuller_name() -> None:
    s = sheet(
        "The Interior Ministry said so. The Georgian Interior Ministry named the suspects."
        " Georgia asked Russia to hand them over."
    )
    assert affiliation_name(s, "The Georgian Interior Ministry") == "Georgia"


def test_a_lone_head_word_that_names_no_body_is_no_actor() -> None:
    s = sheet("The far-right People's Union was fined. Party spokesman Ali Hassan said it would appeal.")
    assert actor_with(s, "Party") is None


# text, the body, its kind: a bare body's word after a place the text names
PLACED_CHAMBER_CASES = [
    ("state-house", "The Ohio House passed the bill on Tuesday.", "Ohio House", "government"),
    ("federal-house", "The U.S. House will vote on the measure next week.", "U.S. House", "government"),
    ("no-place-before", "The Opera House reopened after repairs.", "Opera House", "organization"),
]


@pytest.mark.parametrize(
    ("case", "text", "name", "kind"), PLACED_CHAMBER_CASES, ids=[c[0] for c in PLACED_CHAMBER_CASES]
)
def test_a_chamber_named_after_a_place_is_its_government(case: str, text: str, name: str, kind: str) -> None:
    kinds = {a.name: a.kind for a in sheet(text).actors}
    assert kinds.get(name) == kind, kinds


# a public body of a named place that is not a state, in small letters after the place's name (a
# government body, or a security force for its police); a capitalised name right after a media
# noun, or right before 'newspaper' and the like, is a news outlet (the model often reads it as a
# person or a place)
BODIES_BY_NOUN = [
    ("Sources in the Kirkuk police told AFP the man was a contractor.\n", "Kirkuk police", "military"),
    ("The Diyala provincial council condemned the attack on Monday.\n", "Diyala provincial council",
     "government"),
    ("Turkish broadcaster TRT Haber said 12 fighters died.\n", "TRT Haber", "media"),
    ("The Kurdish news agency Firat reported the clashes.\n", "Firat", "media"),
    ("The pan-Arab daily Al-Quds Al-Arabi quoted a source.\n", "Al-Quds Al-Arabi", "media"),
    ("The Daily Star newspaper reported it on Monday.\n", "Daily Star", "media"),
    ("A police officer told the Interfax news agency that the gunmen fled.\n", "Interfax", "media"),
    # a word in capitals someone tells is the outlet reporting it
    ('"The police were two hundred metres away," she told SIBC, asking not to be named.\n', "SIBC",
     "media"),
    # a province the model calls an organisation, which the places stage found
    ("The Balochistan government said 14 people died.\n", "Balochistan government", "government"),
    ("The Michoacán state government said it was investigating.\n", "Michoacán state government",
     "government"),
    ("Puntland forces seized two more bases on Monday.\n", "Puntland forces", "military"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "kind"), BODIES_BY_NOUN)
def test_a_body_named_beside_its_noun_has_the_nouns_kind(text: str, name: str, kind: str) -> None:
    body = actor_named(sheet(text), name)
    assert body is not None and body.kind == kind


@pytest.mark.model
def test_a_presidents_administration_is_no_towns() -> None:
    # Clinton is also a town the gazetteer knows: the administration stays the president's
    text = "The Clinton administration said the talks would go on. Clinton said he was pleased.\n"
    s = sheet(text)
    last = text.rindex("Clinton")
    holder = next(a for a in s.actors if any(m.start == last for m in a.mentions))
    assert holder.kind == "person"
    assert not [a for a in s.actors if any(m.rule == "place_body" for m in a.mentions)]


@pytest.mark.model
@pytest.mark.parametrize("text", ["Riot police fired tear gas on Monday.\n", "City council met on Monday.\n"])
def test_no_places_body_without_a_place(text: str) -> None:
    assert not [a for a in sheet(text).actors if a.name.endswith(("police", "council"))]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Uhuru, a Swahili newspaper owned by the ruling party, said so.\n",
        "A Turkish channel said 12 fighters died.\n",
        "He told the news agency Thursday that the talks failed.\n",
        # the owner's channel on a platform
        "Clashes\n\nThe group said on its Telegram channel that its fighters had killed six soldiers.\n",
    ],
)
def test_no_outlet_from_a_kind_a_people_or_a_day(text: str) -> None:
    media = [a.name for a in sheet(text).actors if a.kind == "media"]
    assert not {"Swahili", "Turkish", "Thursday", "Telegram"} & set(media)


@pytest.mark.model
def test_what_fighters_are_of_is_an_armed_group_and_its_other_name_no_persons() -> None:
    text = "In Mozambique, fighters of Ahlu Sunnah Wal Jama'a, known locally as al-Shabab, attacked Palma.\n"
    s = sheet(text)
    group = actor_at(s, text.index("Ahlu"))
    assert group is not None and group.kind == "armed_group"
    assert not [a for a in s.actors if a.kind == "person"]


@pytest.mark.model
def test_the_revolutionary_guards_are_irans_where_the_text_names_iran() -> None:
    s = sheet("Iran's Revolutionary Guards fired missiles at bases in Iraq.\n")
    assert "Islamic Revolutionary Guard Corps" in [a.name for a in s.actors]


@pytest.mark.model
def test_the_guards_are_the_revolutionary_guards_the_text_names() -> None:
    s = sheet("Talks\n\nThe Islamic Revolutionary Guard Corps said it had sent reinforcements. A senior "
              "commander of the Guards said the border was closed.\n")
    assert actor_of(s, "the Guards").name == "Islamic Revolutionary Guard Corps"
    assert "Guards" not in [a.name for a in s.actors]


@pytest.mark.model
def test_guards_in_small_letters_or_in_no_iranian_story_are_no_revolutionary_guards() -> None:
    s = sheet("Talks\n\nIran said the prison was calm. The guards said the inmates were safe.\n")
    assert "Islamic Revolutionary Guard Corps" not in [a.name for a in s.actors]
    s = sheet("Talks\n\nThe Coldstream Guards marched in London. The Guards said the parade was over.\n")
    assert "Islamic Revolutionary Guard Corps" not in [a.name for a in s.actors]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Standoff\n\nThe Massachusetts State Police said he gave up.\n", "Massachusetts State Police"),
        ("Crash\n\nOne was hurt, according to a release from Gainesville Police.\n", "Gainesville Police"),
    ],
    ids=["state-police", "town-police"],
)
def test_a_police_forces_head_word_is_no_rank_to_cut_off(text: str, body: str) -> None:
    assert body in [a.name for a in sheet(text).actors]


def test_a_lone_name_where_people_work_is_a_body_though_the_model_reads_a_person() -> None:
    s = sheet("Blackouts\n\nEngineers at Ukrenergo worked all night. Ukrenergo said power would return.\n")
    body = actor_named(s, "Ukrenergo")
    assert body is not None and body.kind == "organization" and len(body.mentions) == 2


def test_a_firm_named_after_a_person_leaves_the_persons_surname_alone() -> None:
    s = sheet(
        '"Unisys is getting clobbered," said Ulric Weil, an analyst at Weil amp Associates who had once been '
        'high on the company.\n\nMr. Weil of Weil amp Associates said he will remain at $1 a share.\n'
    )
    person = actor_named(s, "Ulric Weil")
    assert person is not None and "Mr. Weil" in [m.text for m in person.mentions]


def test_an_outlets_edition_for_a_region_is_an_outlet() -> None:
    s = sheet("Syria talks\n\nThe commander told Sky News Arabia that the fighting would end soon.\n")
    outlet = actor_named(s, "Sky News Arabia")
    assert outlet is not None and outlet.kind == "media"


# An acronym the model leaves untagged names a body when it acts or a body is apposed to it;
# capitals for style do not. (text, the acronym, is it a body)
UNTAGGED_ACRONYM_CASES = [
    ("acts", "Aid blocked\n\nCOGAT said the convoy had not been registered.", "COGAT", True),
    ("apposed",
     "Aid blocked\n\nCOGAT, the Israeli defence ministry agency that coordinates aid, said the "
     "convoy had not been registered.",
     "COGAT", True),
    ("a-thing", "Probe\n\nDNA found at the scene was a probable match to the suspect, police said.",
     "DNA", False),
    ("lede-capitals",
     "Pill scheme\n\nA SCHEME to allow schoolchildren to ask for the pill by text was launched on Monday.",
     "SCHEME", False),
    ("lede-word-written-small",
     "Clothes swap\n\nWOMEN raced to get their hands on the clothes. Many women came.", "WOMEN", False),
    ("dateline", "Storm\n\nSALINA, Kan. Strong winds toppled 13 vehicles in central Kansas.",
     "SALINA", False),
    ("dateline-of-two-words",
     "Strikes\n\nSOUTHWEST ASIA, March 14, 2017 — Coalition forces struck 12 targets.", "ASIA", False),
    ("label", "Cold case\n\nSLUG: coldcase PHOTO DATE: NA. The photo was taken in 2009 by the family.",
     "SLUG", False),
]


@pytest.mark.parametrize(
    ("case", "text", "acronym", "body"),
    UNTAGGED_ACRONYM_CASES,
    ids=[c[0] for c in UNTAGGED_ACRONYM_CASES],
)
def test_an_untagged_acronym_names_a_body_when_it_acts(
    case: str, text: str, acronym: str, body: bool
) -> None:
    actor = actor_at(sheet(text), text.index(acronym))
    assert (actor is not None and actor.name == acronym and actor.kind == "organization") is body


# Where else only a body stands, an untagged acronym names one, of the kind its describing noun
# gives; a registered short form stays its registered actor. (text, the acronym, its kind or
# None for no actor named so)
ACRONYM_AS_A_BODY_CASES = [
    ("apposed-force",
     "Vote\n\nThe laws were passed. EUFOR, the international peacekeeping force, said it had brought in "
     "reserve troops.",
     "EUFOR", "military"),
    ("before-its-unit",
     "Riots\n\nFrance said 300 gendarmes, including members of the elite GIGN unit, would be flown in.",
     "GIGN", "military"),
    ("state-run-outlet",
     "Strikes\n\nThe spokesman said in a statement broadcast on state-run MRTV that the air force "
     "had struck.",
     "MRTV", "organization"),
    ("acronym-cue",
     "Vote\n\nThe council renewed the mandate of the UN mission in the territory, known by its French "
     "acronym MINURSO.",
     "MINURSO", "organization"),
    ("poll-by", "Crime\n\nPolls by the CEP have consistently ranked crime first.", "CEP", "organization"),
    ("owner", "Vote\n\nThe vote came as SIPOL's director resigned.", "SIPOL", "organization"),
    ("long-lede-word", "Bells\n\nShops give away bells. SHOPPERS are being offered tiny bells.",
     "SHOPPERS", None),
    ("a-kind-of-unit", "Siege\n\nSWAT officers soon surrounded the home.", "SWAT", None),
]


@pytest.mark.parametrize(
    ("case", "text", "acronym", "kind"),
    ACRONYM_AS_A_BODY_CASES,
    ids=[c[0] for c in ACRONYM_AS_A_BODY_CASES],
)
def test_an_untagged_acronym_names_a_body_where_only_a_body_stands(
    case: str, text: str, acronym: str, kind: str | None
) -> None:
    at = text.index(acronym)
    actor = next((a for a in sheet(text).actors if any(m.start <= at < m.end for m in a.mentions)), None)
    named = actor if actor is not None and actor.name == acronym else None
    assert (named.kind if named is not None else None) == kind


def test_a_registered_short_form_before_a_members_noun_stays_registered() -> None:
    s = sheet(
        "Myanmar\n\nThe National Unity Government condemned the strikes. NUG spokesperson Kyaw Zaw said "
        '"the junta has lost control".\n'
    )
    holders = [a for a in s.actors if any(m.text == "NUG" for m in a.mentions)]
    assert len(holders) == 1 and holders[0].name != "NUG"


# A bracketed short form after the long form of a body in another language or with a word a
# title shares. (text, long form, short form)
ACRONYM_DEFINITION_CASES = [
    ("spanish-joiners",
     "Crime\n\nA researcher at the Centro de Estudios Públicos (CEP), a Santiago think tank, said so.",
     "Centro de Estudios Públicos", "CEP"),
    ("word-of-a-title-opens",
     "Riots\n\nThe Field Action Coordination Cell (CCAT), the pro-independence group, said it would march.",
     "Field Action Coordination Cell", "CCAT"),
]


@pytest.mark.parametrize(
    ("case", "text", "long", "short"),
    ACRONYM_DEFINITION_CASES,
    ids=[c[0] for c in ACRONYM_DEFINITION_CASES],
)
def test_a_bracketed_short_form_defines_the_body_before_it(
    case: str, text: str, long: str, short: str
) -> None:
    actor = actor_named(sheet(text), long)
    assert actor is not None and short in actor.aliases


def test_a_places_forces_are_the_one_force_named_after_the_place() -> None:
    text = ("Puntland forces claim gains\n\nBOSASO, Somalia - The Puntland Defence Forces (PDF) said its "
            "units, backed by the Puntland Maritime Police Force (PMPF), had taken the valley.")
    s = sheet(text)
    forces = actor_of(s, "Puntland forces")
    assert (forces.name, forces.kind) == ("Puntland Defence Forces", "military")
    assert actor_of(s, "PDF") is forces
    assert actor_of(s, "PMPF") is not forces


def test_a_places_forces_stay_apart_when_two_forces_are_named_after_it() -> None:
    text = ("Clashes\n\nPuntland forces moved north. The Puntland Defence Forces and the Puntland Security "
            "Forces both said they had taken the valley.")
    s = sheet(text)
    assert actor_of(s, "Puntland forces").name == "Puntland forces"


# a place's body where the model calls the place a person, or with a level word before
# 'administration' (no president's administration then)
PLACE_BODY_CASES = [
    ("model-person", "Raids\n\nIn India, the Chhattisgarh government has offered cash and land to rebels who "
     "surrender.",
     "Chhattisgarh government"),
    ("district-administration", "Curfew\n\nIn Bangladesh, the Bandarban district administration has "
     "suspended tourist movement in three upazilas.", "Bandarban district administration"),
    ("town-police-model-person", "Shoplifting\n\nA man Roswell police say shoplifted was arrested.",
     "Roswell police"),
]


@pytest.mark.parametrize(("case", "text", "body"), PLACE_BODY_CASES, ids=[c[0] for c in PLACE_BODY_CASES])
def test_a_places_body_is_read_whatever_the_model_calls_the_place(case: str, text: str, body: str) -> None:
    actor = actor_of(sheet(text), body)
    assert actor.name == body and actor.kind in ("government", "military")


def test_a_presidents_administration_is_no_place_body() -> None:
    s = sheet("Policy\n\nBill Clinton spoke in Hope. The Clinton administration said it would act.")
    assert all(m.rule != "place_body" for a in s.actors for m in a.mentions)


def test_a_short_form_may_keep_a_small_word_of_another_language() -> None:
    s = sheet("Rights\n\nRights organisation Ain o Salish Kendra (ASK) urged the authorities to act. "
              "ASK said 12 people had died.")
    assert actor_of(s, "ASK").name == "Ain o Salish Kendra"


@pytest.mark.model
def test_a_peoples_word_before_a_news_agency_named_after_it_is_no_outlet() -> None:
    s = sheet("Two servicemen were wounded on Monday, the Abkhaz news agency, Apsnipress, reported.\n")
    assert actor_named(s, "Abkhaz") is None
