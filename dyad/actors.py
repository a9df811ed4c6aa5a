"""Actor recognition and resolution: which country/IGO and sector a noun phrase denotes.

Mentions are tagged once per Doc (longest match, names case-sensitive, sector nouns by lemma); then
``ActorResolver`` turns the argument of a predicate into ``Actor`` records, learning roles from the text
("President of Pakistan Arif Alvi" makes a later "Alvi" PAK GOV) and resolving references ("the
ambassador", "he", "this country") to what the document already introduced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from .fuzzy import MIN_SCORE, FuzzyIndex, fold, looks_like_name, similar_person
from .lexicon import SECTORS, Entry, Lexicon, name_key
from .nlp import by_agent, prep_objects, quoted, span_text, token_table
from .places import LOCATIVE, REGION_WORDS, City, Gazetteer
from .records import Actor, Event, Place

# Determiners and modifiers that do not change who the actor is.
_PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
_THING_PRONOUNS = {"it", "its"}
_PLURAL_PRONOUNS = {"they", "them", "their"}
_FIRST_PERSON = {"i", "we", "me", "us"}
_ANAPHORIC_DESCRIPTIONS = {  # "this country", "the fraternal country": the last state mentioned
    ("country",),
    ("nation",),
    ("state",),
    ("republic",),
    ("fraternal", "country"),
    ("brotherly", "country"),
    ("friendly", "country"),
    ("two", "country"),
}
_GROUP_SECTORS = frozenset({"OPP", "REB"})
# Heads that name a state's government whoever runs it: "the Taliban government", "Taliban
# authorities" govern, where "Taliban commanders" still belong to the group.
_GOVERNING_NOUNS = frozenset({"government", "administration", "authority", "cabinet", "regime"})
# Roles a state holds in an organisation: "NATO member Turkey", "ASEAN chair Malaysia".
_MEMBERSHIP_NOUNS = frozenset({"member", "chair", "ally", "partner", "state", "president"})
# Sectors that act inside their own state: police, crowds, lawmakers, judges, the opposition.
_DOMESTIC_SECTORS = frozenset({"COP", "CVL", "LEG", "JUD", "OPP", "LAB"})
# The quarters a state's name may begin with: "North and South Korea".
_QUARTERS = frozenset({"north", "south", "east", "west"})
# Bodies a leader's name before them marks as that leader's: "the Biden administration".
_LEADERS_BODIES = frozenset({"government", "administration", "cabinet", "regime", "team"})
# Sectors a state's officials and forces are in: "Western diplomats" are several states'.
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "COP", "SPY"})
# Where a crowd gathers at a state's own institution: 'outside parliament', 'at the court'.
_SITE_PREPOSITIONS = frozenset({"outside", "at", "near", "inside", "before"})
_SITE_NOUNS = frozenset({"parliament", "congress", "senate", "duma", "assembly", "court"})
# Nouns for the members of a body, whatever body it is: the body's sector is theirs.
_MEMBER_NOUNS = frozenset({"troop", "personnel", "unit", "member", "officer", "agent"})
# What picks out the members of a body: "most members", "the member states".
_MEMBERS_QUANTIFIERS = frozenset({"most", "all", "many", "several", "some", "the", "its", "other"})
# Plural nouns for people of no one sector: "the officers" are whoever the text said they were.
_PEOPLE_NOUNS = _MEMBER_NOUNS | {
    "fighter",
    "gunman",
    "settler",
    "delegate",
    "negotiator",
    "representative",
    "worker",
    "crew",
    "guard",
    "observer",
    "monitor",
    "inspector",
    "investigator",
    "expert",
    "volunteer",
    "resident",
    "villager",
    "student",
    "activist",
    "journalist",
}
# Words of a body's name, never a town's: "at Stanford University", "in the Supreme Court".
_INSTITUTION_WORDS = frozenset(
    {"university", "college", "school", "hospital", "court", "council", "ministry", "party",
     "congress", "parliament", "senate", "assembly", "committee", "commission", "bank", "group",
     "company", "corporation", "inc", "ltd", "agency", "institute", "foundation", "center",
     "centre", "museum", "hotel", "church", "mosque", "temple", "club", "union", "forum", "summit",
     "conference", "times", "post", "news", "house", "office", "department", "force", "army"}
)  # fmt: skip
# Place words that name an act when an "of" phrase says what of: "the settlement of disputes".
_ABSTRACT_OF = frozenset({"settlement"})
# Words for a settlement other than a city, town or village: "the port of Hodeidah".
_TOWN_WORDS = frozenset({"port", "harbour", "harbor", "suburb", "hamlet", "settlement", "township"})
# People away from their own state: where they are, or who speaks of them, is not theirs.
_UPROOTED = frozenset({"migrant", "refugee", "seeker", "asylum-seeker", "emigrant", "exile"})
# Installations only armed forces hold: "Indian posts", "Armenian positions", "a Russian base"
# are the state's military (its soldiers man them), not the state as a whole.
_MILITARY_OBJECTS = frozenset(
    {"position", "post", "outpost", "base", "airbase", "garrison", "barracks", "bunker",
     "trench", "fortification", "warship", "frigate", "patrol", "column", "unit"}
)  # fmt: skip
# Weapons in flight: the military they denote is whoever fired them, never the country where
# they landed ("a missile struck a market in Kharkiv" says nothing of Ukraine's forces).
_MUNITIONS = frozenset(
    {"missile", "rocket", "shell", "drone", "bomber", "airstrike", "strike", "warplane", "mortar",
     "equipment", "hardware", "weapon", "weaponry", "ammunition", "munition", "armament"}
)  # fmt: skip
# Groups that are sent or received, whose members say who they are: "a delegation of lawmakers".
_ENVOY_GROUPS = frozenset({"delegation", "team", "contingent", "detachment", "mission"})
# Words that count people: "several Afghans", "thousands of Georgians".
_PEOPLE_QUANTIFIERS = frozenset({"several", "many", "dozens", "hundreds", "thousands", "scores"})
_PEOPLE_QUANTITIES = frozenset(
    {"dozen", "hundred", "thousand", "million", "score", "number", "group", "crowd"}
)
# Of these, the words that also name a stance or a message ("Russia's position on Ukraine",
# "a post on X") are installations only in the plural and not "on" something.
_STANCE_OBJECTS = frozenset({"position", "post"})
# Words that make a single "post" or "position" a military one, not a job or a stance.
_OUTPOST_WORDS = frozenset({"border", "military", "army", "observation", "frontier", "guard"})
# A misspelling of a state the document names correctly needs less similarity ("Pakitsa": 80)
# than one standing alone, which needs fuzzy.MIN_SCORE and the tagger's GPE/NORP reading.
FUZZY_KNOWN_SCORE = MIN_SCORE - 5
# Military alliances whose members a story calls "the allies".
ALLIANCES = frozenset({"NATO", "CSTO"})
_IGO_DESCRIPTIONS = {
    "agency",  # "the agency's plan", in a story of the WHO or the IAEA
    "bloc",
    "alliance",
    "organisation",
    "organization",
    "union",
    "grouping",
    "body",
    "league",
    "community",
    "council",
}
_GROUP_DESCRIPTIONS = {
    "group",
    "movement",
    "militant",
    "insurgent",
    "rebel",
    "militia",
    "faction",
    "organisation",
    "organization",
    "fighter",
    "jihadist",
    "outfit",
}
_NOUNISH = {"NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"}


@dataclass(frozen=True)
class Mention:
    """A dictionary match inside a Doc."""

    start: int
    end: int
    entry: Entry


def tag_mentions(
    doc: Doc, lexicon: Lexicon
) -> tuple[dict[int, Mention], dict[int, tuple[int, str]]]:
    """Longest-match tagging of names (by exact text) and sector nouns (by lower-case lemma).

    Returns token index -> name Mention, and token index -> (end, sector) for sector nouns.
    """
    n = len(doc)
    table = token_table(doc)
    texts = [_norm(text) for text in table.text]
    names: dict[int, Mention] = {}
    candidates: list[Mention] = []
    name_lengths = lexicon.name_lengths
    for i in range(n):
        for length in name_lengths.get(texts[i], ()):
            if i + length > n:
                continue
            entry = lexicon.names.get(tuple(texts[i : i + length]))
            if entry is None:
                continue
            if (
                entry.ambiguous
                and table.ent_type[i] in ("PERSON", "PRODUCT", "WORK_OF_ART")
                and (table.ent_iob[i] == "I" or (i + 1 < n and table.ent_iob[i + 1] == "I"))
            ):
                # "Chad Daybell", "Jordan Bardella" are people; a lone "Niger" the tagger calls
                # a person or a title ("aid to Niger", "sanctions on Niger") is still the state
                continue
            if (
                entry.kind == "demonym"
                and table.ent_type[i] == "PERSON"
                and table.ent_iob[i] == "I"
            ):
                continue  # inside a person's name ("Ali Irani"), not "the Kazakh authorities"
            if (
                entry.kind == "capital"
                and length == 1
                and table.ent_type[i] == "PERSON"
                and i + 1 < n
                and table.ent_iob[i + 1] == "I"
                and table.ent_type[i + 1] == "PERSON"
            ):
                continue  # a person's first name ("Defence Minister Aden Duale"), not the city
            if (
                entry.kind in ("capital", "country")
                and i + length < n
                and table.lemma[i + length].lower() in TREATY_NOUNS
                and table.text[i + length][:1].isupper()
            ):
                break  # "the Vienna Convention", "the Paris Agreement" name a treaty, no state
            candidates.append(Mention(i, i + length, entry))
            break
    # The longest names win wherever they overlap: "the UN Security Council" is not "the UN".
    for m in sorted(candidates, key=lambda m: (m.start - m.end, m.start)):
        if all(j not in names for j in range(m.start, m.end)):
            for j in range(m.start, m.end):
                names[j] = m
    _tag_misspelled(doc, lexicon, names)
    _tag_shared(texts, lexicon, names)

    lower, lemma = table.lower, table.lemma
    sectors: dict[int, tuple[int, str]] = {}
    sector_lengths = lexicon.sector_lengths
    i = 0
    while i < n:
        for length in sector_lengths.get(lower[i], ()) + sector_lengths.get(lemma[i], ()):
            if i + length > n:
                continue
            prefix = tuple(lower[i : i + length - 1])
            last = i + length - 1
            sector = lexicon.sectors.get((*prefix, lemma[last])) or lexicon.sectors.get(
                (*prefix, lower[last])
            )
            if sector is None and length > 1:  # "heads of state", "ministers of defence"
                sector = lexicon.sectors.get((lemma[i], *prefix[1:], lemma[last]))
            if length == 1 and sector is None:
                sector = lexicon.sectors.get((lemma[i],))
            if sector:
                for j in range(i, i + length):
                    sectors[j] = (i + length, sector)
                i += length - 1
                break
        i += 1
    return names, sectors


def _tag_shared(texts: list[str], lexicon: Lexicon, names: dict[int, Mention]) -> None:
    """Tag a name two states share ("Korea", "Korean") as the one of them the document names
    otherwise ("the Republic of Korea", "Seoul"); where it names both or neither, leave it."""
    if not lexicon.shared:
        return
    named = {m.entry.country for m in names.values() if m.entry.country}
    for i, text in enumerate(texts):
        entries = lexicon.shared.get((text,))
        if entries is None or i in names:
            continue
        chosen = [e for e in entries if e.country in named]
        if len(chosen) == 1:
            names[i] = Mention(i, i + 1, chosen[0])


_FUZZY: dict[int, FuzzyIndex[Entry]] = {}


def _tag_misspelled(doc: Doc, lexicon: Lexicon, names: dict[int, Mention]) -> None:
    """Tag misspelled states and nationalities ("Pakitsa", "Azerbajan"): only proper nouns the
    tagger read as a place or nationality, or that misspell a state the text names correctly."""
    if id(lexicon) not in _FUZZY:
        _FUZZY[id(lexicon)] = FuzzyIndex.build(
            (key[0], entry)
            for key, entry in lexicon.names.items()
            if len(key) == 1 and entry.kind in ("country", "demonym", "capital") and entry.country
        )
    index = _FUZZY[id(lexicon)]
    named = {m.entry.country for m in names.values() if m.entry.country}
    table = token_table(doc)
    for i, text in enumerate(table.text):
        pos, ent_type = table.pos[i], table.ent_type[i]
        if i in names or pos not in ("PROPN", "NOUN") or not looks_like_name(text):
            continue
        if doc[i].is_upper or (pos == "NOUN" and ent_type):
            continue  # upper case is a dateline's, read on its own
        if fold(text) in index.values:
            continue  # an exact name the tagger rejected on purpose ("Niger" in a person's name)
        if ent_type == "PERSON" and (
            table.ent_iob[i] == "I" or (i + 1 < len(doc) and table.text[i + 1][:1].isupper())
        ):
            continue  # a word of a person's name ("Armen Grigoryan")
        if ent_type in ("DATE", "TIME", "MONEY", "ORDINAL", "CARDINAL", "PERCENT"):
            continue
        entry = index.match(text, min_score=FUZZY_KNOWN_SCORE)
        if entry is None or entry.country is None:
            continue
        if entry.country in named or (
            pos == "PROPN" and ent_type in ("GPE", "NORP") and index.match(text)
        ):
            names[i] = Mention(i, i + 1, entry)


def _norm(text: str) -> str:
    return text.replace("\u2019", "'")


@dataclass
class DocMemory:
    """What the document has introduced so far: people's roles, role nouns, recent actors."""

    people: dict[str, Actor] = field(default_factory=dict)  # full name or surname -> actor
    # (token index, role noun, actor): "the ambassador" is the last one titled so before it
    titled: list[tuple[int, str, Actor]] = field(default_factory=list)
    last_person: Actor | None = None
    last_subject: Actor | None = None  # the last person who was a clause's subject
    last_group: Actor | None = None  # last state, organisation or group
    countries: dict[str, int] = field(default_factory=dict)  # how often each country is named
    events: list = field(default_factory=list)  # events coded so far (for "condemned the raids")
    current_sources: list = field(default_factory=list)  # sources of the predicate being coded
    sentence_events: list = field(default_factory=list)  # events coded so far in this sentence
    author: Actor | None = None  # the first government or IGO the document names as a subject
    last_city: Place | None = None  # for "the city"
    # ids of events whose text names a place no gazetteer knows ("in the Red Sea"): unplaced,
    # and not to be placed by the paragraph or the dateline either
    placed_elsewhere: set[int] = field(default_factory=set)


# Nouns that make a place name part of a treaty's or a process's name ("the Minsk Agreements").
TREATY_NOUNS = frozenset(
    {"convention", "agreement", "accord", "accords", "treaty", "protocol", "declaration",
     "format", "process", "charter", "communique", "memorandum", "principles", "consensus"}
)  # fmt: skip
# Participles of coming together: "leaders meeting in Port of Spain" are not its own leaders.
GATHERING_VERBS = frozenset(
    {"meet", "gather", "assemble", "convene", "attend", "visit", "arrive", "travel", "come"}
)
# Words that make a capital a region's: "the provincial capital", "the state capital".
SUBNATIONAL = frozenset({"provincial", "regional", "state", "district", "county", "local", "rebel"})
# Verbs by which a government commands its own forces.
COMMAND_VERBS = frozenset(
    {"order", "instruct", "direct", "command", "deploy", "mobilise", "mobilize", "dispatch"}
)
# Nouns for people who lead: "the two leaders", "both presidents".
LEADER_WORDS = frozenset({"leader", "president", "premier", "minister", "head", "chancellor"})
# Nouns for the other side of a meeting: "thanked his host", "the guests", "his counterpart".
OTHER_PARTY_NOUNS = frozenset({"host", "guest", "visitor", "counterpart", "interlocutor"})
# Nouns for the two sides of a conflict or a negotiation, whoever they are.
# Sectors that fight for a state: two sides told by their forces are the two states.
FORCE_SECTORS = frozenset(["MIL", "COP"])
PARTY_WORDS = frozenset(["side", "party", "delegation", "belligerent", "camp", "rival", "foe"])
# Gatherings an organisation holds: "the summit" is the body's whose summit the text named.
GATHERINGS = frozenset({"summit", "ministerial", "plenary", "congress", "conference"})
# Generational suffixes that end a full name but are never used alone for the person.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# What force as a means is qualified by: "with full force", "excessive force".
MEANS_OF_FORCE = frozenset(
    {"full", "maximum", "overwhelming", "excessive", "lethal", "deadly", "necessary", "brute",
     "disproportionate", "military", "armed", "great", "massive", "decisive", "appropriate"}
)  # fmt: skip
# Titles of those who speak for a body: the body named before is the one they speak for.
SPOKESPERSON_WORDS = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# Accords and meetings named for the city that hosted them ("the Algiers agreement", "the
# Astana talks"): the city is no party.
NAMED_FOR_PLACE = frozenset(
    {"agreement", "accord", "treaty", "talk", "process", "format", "protocol", "convention",
     "declaration", "deal", "framework", "summit", "conference", "peace", "ceasefire", "truce"}
)  # fmt: skip
# The ones who negotiate for a side, and the acts they are told by.
NEGOTIATOR_WORDS = frozenset({"delegation", "negotiator", "envoy", "mediator"})
TALKING_TYPES = frozenset({"CONSULT", "SUPPORT", "AGREE"})
# Verbs by which an organ reports what its state did: "..., the foreign ministry said".
REPORTING_VERBS = frozenset({"say", "state", "announce", "add", "confirm", "report", "tell"})
# Verbs by which an actor states its own stand again: "reaffirmed its commitment" is its own.
RESTATING_VERBS = frozenset(
    {"reaffirm", "reiterate", "renew", "restate", "repeat", "underline", "underscore", "stress",
     "emphasise", "emphasize", "voice", "express", "confirm", "pledge", "declare"}
)  # fmt: skip
# What makes "parties" or "factions" the sides of a fight rather than political parties.
WARRING = frozenset({"warring", "opposing", "belligerent", "rival", "feuding", "fighting"})


class ActorResolver:
    """Resolves argument tokens of one Doc to actors, keeping a document memory."""

    def __init__(
        self,
        doc: Doc,
        lexicon: Lexicon,
        pub_date: str | None,
        gazetteer: Gazetteer | None = None,
        event_nouns: frozenset[str] = frozenset(),  # "attack", "shelling": things, not actors
    ) -> None:
        self.doc = doc
        self.text = token_table(doc).doc_text
        self.ents = list(doc.ents)
        self._ent_at = {i: e for e in self.ents for i in range(e.start, e.end)}
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.pub_date = pub_date
        self.names, self.sectors = tag_mentions(doc, lexicon)
        self.memory = DocMemory()
        for m in {id(m): m for m in self.names.values()}.values():
            if m.entry.country:
                self.memory.countries[m.entry.country] = (
                    self.memory.countries.get(m.entry.country, 0) + 1
                )
        # The towns a story is set in count for their state, which it names too: a story about
        # Russian shelling of Kherson is about Ukraine. The small model's labels for town names
        # vary (GPE, LOC, FAC, ORG); the gazetteer decides.
        for ent in self.ents:
            if ent.label_ in ("GPE", "LOC", "FAC", "ORG") and ent.start not in self.names:
                city = self._trusted_city(ent.text)
                if city is not None and city.country in self.memory.countries:
                    self.memory.countries[city.country] += 1
        dateline = self._dateline_country()
        if dateline:
            # wire copy is about the place it is filed from ("TBILISI, June 21 (Reuters) -")
            self.memory.countries[dateline] = self.memory.countries.get(dateline, 0) + 2
        self.focus = _focus_country(self.memory.countries)
        self.speaker: Actor | None = None
        self._in_pronoun = False  # guards pronoun resolution against resolving itself
        self.speakers: list[Actor] = []  # all coordinated speakers of the current reporting verb
        self.event_nouns = event_nouns
        self._learn_people()

    def dateline_place(self) -> Place | None:
        """The city a dateline names ('MOGADISHU, Nov 10 (Example News) -'), as a place."""
        name = self._dateline_city()
        if name is None or self.gazetteer is None:
            return None
        country = self._dateline_country()
        return self.gazetteer.place(name, prefer=[country] if country else [])

    def _dateline_country(self) -> str | None:
        """The country of the city a dateline names, e.g. 'TBILISI/MOSCOW, June 21 -'."""
        place = self._dateline_city()
        if place is None:
            return None
        entry = self.lexicon.names.get(name_key(place))
        if entry is not None and entry.country:
            return entry.country
        city = self.gazetteer.lookup(place) if self.gazetteer else None
        return city.country if city else None

    def _dateline_city(self) -> str | None:
        """The first city a dateline at the top of the text names ('Tbilisi'), if any."""
        from .nlp import DATELINE

        m = DATELINE.search(self.text[:400])
        return re.split(r"[,/(]", m.group(0).strip())[0].strip().title() if m else None

    # -- learning roles from the text -------------------------------------------------------------

    def _learn_people(self) -> None:
        """Appositions and titles make a named person an actor for the rest of the document."""
        names = [self._trim_state(e) for e in self.ents if e.label_ == "PERSON"]
        names += self._titled_names()
        # a full name says more than a surname alone: "President of Pakistan Nadeem Razzan"
        # fixes who "Razzan" is, whatever a later "Razzan told Azerbaijani reporters" suggests
        names.sort(key=lambda e: len(e) == 1)
        for ent in names:
            actor = (
                self._person_in_context(ent)
                or self._comma_title_actor(ent)
                or self._lookup_person(ent.text)
            )
            if actor is not None:
                self._remember_person(ent, actor)

    def _trim_state(self, ent: Span) -> Span:
        """A person's name without the state or title the tagger swallowed from the words in
        front ('Prime Minister of [Nepal Pushpa Dahal]', '[Spokesperson Mao Ning]')."""
        start = ent.start
        while start < ent.end - 1:
            m = self.names.get(start)
            if m is not None and m.entry.kind in ("country", "demonym", "capital"):
                start = m.end
            elif start in self.sectors and self.sectors[start][0] < ent.end:
                start = self.sectors[start][0]  # "[Spokesperson Mao Ning]": the title is no name
            else:
                break
        return self.doc[start : ent.end] if start < ent.end else ent

    def _titled_names(self) -> list[Span]:
        """Names the entity tagger missed but a title introduces: 'Pakistani ambassador to
        Azerbaijan Bilal Hayee' (tagged a work of art), 'Foreign Minister Kwame Asante'."""
        found = []
        table = token_table(self.doc)
        pos, ent_type = table.pos, table.ent_type
        n = len(self.doc)
        i = 0
        while i < n:
            if pos[i] != "PROPN" or ent_type[i] == "PERSON" or i in self.names or i in self.sectors:
                i += 1
                continue
            j = i
            while (
                j < n
                and pos[j] == "PROPN"
                and j not in self.names
                and j not in self.sectors
                and ent_type[j] != "PERSON"
                and self.doc[j].is_title
            ):
                j += 1
            named = self.names[i - 1].start if i > 0 and i - 1 in self.names else None
            title = (
                i > 0
                and (
                    (i - 1 in self.sectors and table.lemma[i - 1].lower() in _PERSON_NOUNS)
                    or (named is not None and named > 0 and table.lower[named - 1] == "to")
                    or (  # "President of Pakistan Nadeem Razzan"
                        named is not None
                        and named > 1
                        and table.lower[named - 1] == "of"
                        and named - 2 in self.sectors
                        and table.lemma[named - 2] in _PERSON_NOUNS
                    )
                    or self._comma_title(self.doc[i:j]) is not None
                )
            )
            # a first name and a surname, up to four names ("Andrés Manuel López Obrador")
            if title and 1 < j - i <= 4:
                found.append(self.doc[i:j])
            i = max(j, i + 1)
        return found

    def _comma_title(self, ent: Span) -> Token | None:
        """The title word of a name set off by commas after it: 'the UN envoy for Sudan, Ramtane
        Lamamra, said' (a name and its preposition may follow the title word)."""
        table = token_table(self.doc)
        comma, after = ent.start - 1, ent.end
        if (
            comma < 1
            or table.text[comma] != ","
            or (after < len(self.doc) and table.text[after] not in (",", ".", ";"))
        ):
            return None
        for k in range(comma - 1, max(-1, comma - 6), -1):
            if table.lemma[k] in _PERSON_NOUNS and table.pos[k] == "NOUN":
                return self.doc[k]
            if table.pos[k] not in ("PROPN", "ADP", "DET") and k not in self.names:
                return None
        return None

    def _comma_title_actor(self, ent: Span) -> Actor | None:
        """Whom a comma-set title says the named person is: the title phrase's actor."""
        title = self._comma_title(ent)
        if title is None:
            return None
        self._in_pronoun = True  # no pronoun or person lookups while learning
        try:
            actor = self.resolve_one(title)
        finally:
            self._in_pronoun = False
        return _retext(actor, ent.text) if actor is not None else None

    def _remember_person(self, ent: Span, actor: Actor) -> None:
        """Later mentions may use the surname ("Alvi") or, for East Asian names, the first ("Xi"),
        or the title the text gave ("the ambassador" after "ambassador ... Bilal Hayee")."""
        names = [ent.text]
        for title in self._titles_of(ent):
            self.memory.titled.append((ent.start, title, actor))
        tokens = [t for t in ent if t.pos_ == "PROPN" and t.lower_.rstrip(".") not in NAME_SUFFIXES]
        if len(tokens) > 1:
            names += [tokens[-1].text, tokens[0].text]  # "Marcos" for "Ferdinand Marcos Jr."
        for name in names:
            known = self.memory.people.get(name)
            # the first mention that says whose the person is wins; a bare title ("President
            # Razzan", GOV of no state) gives way to "President of Pakistan Nadeem Razzan"
            if known is None or (
                known.country is None and known.code == known.sector and actor.country
            ):
                self.memory.people[name] = actor

    def _titles_of(self, ent: Span) -> list[str]:
        """The person nouns that title a name: 'ambassador', 'minister', 'president'; the rank in
        front and the office in apposition both ('Colonel Issoufou Maiga, the spokesman of the
        ruling council': a later 'the colonel' and 'the spokesman' are both Maiga)."""
        near = [t for t in self.doc[max(0, ent.start - 6) : ent.start] if _is_person_noun(t)]
        appos = [t for c in ent.root.children if c.dep_ == "appos" for t in c.subtree]
        titles = [t.lemma_.lower() for t in reversed(near) if t.i in self.sectors][:1]
        titles += [t.lemma_.lower() for t in appos if t.i in self.sectors][:1]
        owner = ent.root.head
        if ent.root.dep_ == "appos" and owner.i in self.sectors and _is_person_noun(owner):
            titles.append(owner.lemma_.lower())  # "The Official Spokesperson ..., Ambassador X"
        return list(dict.fromkeys(titles))

    def _title_window(self, ent: Span) -> list[Token]:
        """The title phrase right in front of a name, read linearly: up to eight words of nouns,
        adjectives, names and 'of'/'to', ending in a person noun ('Foreign Minister')."""
        end = ent.start - 1
        while end >= ent.sent.start and not (
            end in self.sectors and _is_person_noun(self.doc[end])
        ):
            if self.doc[end].pos_ not in ("PROPN", "ADP", "DET") or ent.start - end > 5:
                return []
            end -= 1  # "ambassador to Azerbaijan | Bilal Hayee": past the host's name
        start = end
        while (
            start - 1 >= max(ent.sent.start, end - 8)
            and self.doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "ADP", "DET")
            and self.doc[start - 1].lower_ not in ("by", "with", "and", "on", "at", "from")
        ):
            start -= 1
        return [t for t in self.doc[start : end + 1] if t.i not in range(end + 1, ent.start)]

    def _person_in_context(self, ent: Span) -> Actor | None:
        """Country + sector stated around a PERSON name: titles, 'of X', appositions."""
        tokens = set(range(ent.start, ent.end))
        root = ent.root
        scope: list[Token] = []
        # Titles in front and modifiers of the name ("President of Pakistan Arif Alvi").
        scope.extend(t for t in _phrase(root) if t.i not in tokens)
        head = root.head
        if root.dep_ in ("compound", "appos", "npadvmod", "nmod") and head.pos_ in (
            "NOUN",
            "PROPN",
        ):
            scope.extend(t for t in _phrase(head) if t.i not in tokens)
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i in self.sectors:
            # "President of Pakistan Arif Alvi", parsed as the president of "Pakistan Arif Alvi"
            scope.extend(t for t in _phrase(head.head) if t.i not in tokens)
        for child in root.children:
            if child.dep_ == "appos":
                scope.extend(child.subtree)
        before = self.doc[ent.start - 1] if ent.start > 0 else None
        if (
            before is not None
            and before.i in self.sectors
            and before.pos_ in ("NOUN", "PROPN")  # not "shelling Jermuk": a verb is no title
            and all(t.i != before.i for t in scope)
        ):
            # "his Tongan counterpart Siaosi Sovaleni", however the parser attached the name
            scope.extend(_phrase(before))
        # the title word right before the name states the role ("junta leader Goita" leads)
        titles = [t for t in scope if t.i < ent.start and t.i in self.sectors]
        country, igo, sector = self._country_sector(scope, titles[-1] if titles else None)
        if sector is None:
            # the parser lost the title ("Pakistani ambassador to Azerbaijan Bilal Hayee" parsed
            # as a fragment): read the words in front of the name as its title
            window = self._title_window(ent)
            country, igo, sector = self._country_sector(window, window[-1] if window else None)
        if sector is None:
            return None
        if country is None and igo is None:
            known = (
                self._lookup_person(ent.text) or self._body_of(scope) or self._kin_of(scope, ent)
            )
            if known is not None:
                country, igo = known.country, None if known.country else known.code
            else:
                # "Parliament speaker X" after "the Georgian parliament": that state's; "Borno
                # state governor Babagana Zulum": the document's state
                country = self._placed_before(
                    [t for t in scope if t.i in self.sectors]
                ) or self._spoken_for(titles)
                objects = self._objects(ent.root)
                if country is None and objects:
                    # "Prime Minister X accused Minsk" in a story about Belarus: the state the
                    # story is most about other than the one she acts on
                    rest = self.memory.countries.items()
                    country = _focus_country({c: n for c, n in rest if c not in objects})
                if country is None and self.focus not in objects:
                    country = self.focus
                if country is None and sector == "GOV":
                    country = self._other_state(ent.root)
        return self.actor(ent.text, country, igo, sector)

    def _kin_of(self, scope: list[Token], ent: Span) -> Actor | None:
        """'Kim Yo Jong, the powerful sister of leader Kim Jong Un': one known only as the kin
        or aide of a known person is of that person's state."""
        for other in self.ents:
            if (
                other.label_ == "PERSON"
                and other.start != ent.start
                and any(t.i == other.root.i for t in scope)
                and other.root.dep_ in ("pobj", "compound", "appos")
                and (known := self._lookup_person(self._trim_state(other).text)) is not None
                and known.country
            ):
                return known
        return None

    def _body_of(self, scope: list[Token]) -> Actor | None:
        """'The Official Spokesperson of the Ministry, Ambassador Rami Haddadin': the person
        speaks for the body his title names, whose state the text gave when it named it."""
        for t in scope:
            if not (t.dep_ == "pobj" and t.head.lower_ == "of" and t.i in self.sectors):
                continue
            # "the Ministry" is the one the text introduced before: resolve that mention, the
            # first that names its state ("Amman - The Ministry ...") rather than a headline's
            # bare "Foreign Ministry condemns attack in the West Bank"
            lemma = t.lemma_.lower()
            earlier = [
                u for u in self.doc[: t.i] if u.i in self.sectors and u.lemma_.lower() == lemma
            ]
            self._in_pronoun = True  # no pronoun or person lookups while learning
            try:
                first = next(
                    (u for u in earlier if any(self._country_sector(_phrase(u), u)[:2])),
                    earlier[0] if earlier else t,
                )
                body = self.resolve_one(first)
            finally:
                self._in_pronoun = False
            if body is not None and (body.country or body.code not in SECTORS):
                return body
        return None

    def _country_sector(
        self, tokens: list[Token], head: Token | None = None
    ) -> tuple[str | None, str | None, str | None]:
        """Country (or IGO) and sector named inside a phrase; the head noun's sector wins."""
        country = igo = sector = None
        owned: tuple[str | None, str | None] = (None, None)  # from "its", "his": names win
        owned_sector: str | None = None  # "its aircraft" after "the army said": its sector
        head_sector = self.sector_at(head.i) if head is not None else None
        if head_sector is None and head is not None and head.pos_ == "PROPN":
            # a name's role is the title word nearest it ("junta leader Mamady Doumbouya" leads)
            titles = [t for t in tokens if t.i < head.i and t.i in self.sectors]
            head_sector = self._title_sector(titles[-1]) if titles else None
        elif head is not None and head_sector is not None:
            head_sector = self._title_sector(head)
        if head_sector is None and head is not None and head.lemma_.lower() in _PEOPLE_QUANTITIES:
            # "thousands of junta supporters": the people counted, not who they support
            counted = _of_objects(head)
            head_sector = self.sector_at(counted[0].i) if counted else None
        if head is not None and head.lemma_.lower() in _ENVOY_GROUPS:
            # "a delegation of Japanese lawmakers", "a team of army engineers": those sent
            members = _of_objects(head)
            head_sector = (self.sector_at(members[0].i) if members else None) or head_sector
        for t in sorted(set(tokens), key=lambda t: t.i):
            m = self.names.get(t.i)
            if m and _allegiance(self.doc, m):
                continue  # "pro-Russian separatists", "Iran-backed militias": not their state
            if m and m.entry.kind in ("country", "demonym", "capital", "seat", "group"):
                if not _same(t, head) and t.dep_ == "pobj" and t.head.lower_ == "to":
                    continue  # "ambassador to Azerbaijan" names the host, not the envoy's state
                country = country or m.entry.country
                if m.entry.kind in ("seat", "group") or (
                    m.entry.kind == "capital" and (_same(t, head) or t.dep_ == "poss")
                ):
                    # "Belgrade's efforts" is the Serbian government's; "the Minsk office" is
                    # only somewhere in Belarus
                    sector = sector or m.entry.sector
            elif m and m.entry.kind == "igo":
                if country and t.dep_ == "compound" and t.head.i in self.sectors:
                    continue  # "China's U.N. ambassador" is China's envoy to the UN
                last = self.doc[m.end - 1]  # "the United Nations": its name's head word
                if not _same(last, head) and last.dep_ == "pobj" and last.head.lower_ == "to":
                    continue  # "the Kenyan envoy to the UN" is Kenya's, accredited to the UN
                if m.entry.national and self._state_before(m.start):
                    # "the Kenyan Red Cross", "Kenya Red Cross Society": the national society
                    country = country or self._state_before(m.start)
                    sector = sector or m.entry.national
                    continue
                igo = igo or m.entry.igo
            elif (
                t.dep_ == "poss"
                and t.pos_ == "PRON"
                and t.lower_ in ("its", "their", "his", "her", "our")
                and country is None
            ):
                # "its army", "his country's support": whose the pronoun points at
                owner = self._pronoun(t, self.speaker)
                if owner is not None:
                    owned = (owner.country, None if owner.country else owner.code)
                    if owner.sector in ("MIL", "COP") and head.lemma_.lower() in _CRAFT:
                        # "the army said its aircraft struck": the army's own craft
                        owned_sector = owner.sector
                    elif owner.sector == "REB" and owner.country:
                        # "the RSF said its forces had shot down a drone": the group's own
                        # fighters, not their state's army
                        owned_sector = "REB"
            elif (
                t.dep_ == "poss"
                and t.pos_ == "NOUN"
                and (t.lower_,) in _ANAPHORIC_DESCRIPTIONS
                and any(c.lower_ in ("the", "this") for c in t.children)
                and country is None
                and not _same(t, head)
            ):
                # "the country's coast guard", "the nation's army": the state just named
                named = self._nearest(t, "country", "")
                if named is not None:
                    owned = (named.country, None)
            elif (
                t.dep_ == "poss"
                and t.pos_ == "NOUN"
                and t.lower_ in _IGO_DESCRIPTIONS
                and any(c.lower_ in ("the", "this") for c in t.children)
                and country is None
                and igo is None
                and not _same(t, head)
            ):
                # "the bloc's leaders", "the alliance's members": the organisation just named
                named = self._nearest(t, "igo", "")
                if named is not None:
                    owned = (None, named.code)
            elif (
                (t.ent_type_ == "PERSON" or t.pos_ == "PROPN")
                and (
                    t.dep_ == "poss"
                    or (
                        t.dep_ == "compound"
                        and head is not None
                        and t.head.i == head.i
                        and head.lemma_.lower() in _LEADERS_BODIES
                    )
                )
                and country is None
                and igo is None
            ):
                # "Sandu's government", "the Trudeau government": the person's state
                person = self.memory.people.get(t.text) or self._lookup_person(t.text)
                if person is not None:
                    country = person.country
                    igo = None if person.country else person.code
            s = self.sectors.get(t.i)
            if s and sector is None:
                sector = s[1]
        if country and sector is None and head_sector is None and _military_object(head):
            return country, igo, "MIL"  # "opened fire on Armenian positions": ARMMIL
        if country is None and igo is None:
            country, igo = owned
            if (
                country
                and owned_sector == "REB"
                and sector in FORCE_SECTORS | {None}
                and head_sector in FORCE_SECTORS
            ):
                return country, igo, owned_sector
            if country and sector is None and head_sector is None and owned_sector:
                return country, igo, owned_sector
            if country and sector is None and head_sector is None and _military_object(head):
                return country, igo, "MIL"  # "opened fire on its positions": its army's
        if country is None and igo is None:
            # "the border town of Gisenyi": a city named inside the phrase gives the country
            country = next((c for t in tokens if not _same(t, head) and (c := self._city(t))), None)
        if head is not None and head.lemma_.lower() == "counterpart" and (country or igo):
            head_sector = self._counterpart_sector() or head_sector
        member = head is not None and head.lemma_.lower() in _MEMBER_NOUNS
        if member and sector not in (None, "CVL", "GOV"):
            # "Border Security Force troops", "Interior Ministry troops": the body they serve in
            # (a government's troops are still its military)
            return country, igo, sector
        named = self.names.get(head.i) if head is not None else None
        if named is not None and named.entry.kind == "group" and sector in _GROUP_SECTORS:
            return country, igo, sector  # a name that holds its own head: "Somaliland government"
        if named is not None and named.entry.kind == "seat" and named.entry.sector:
            return country, igo, named.entry.sector  # "the Kosovo Security Force" is its army
        if (
            sector in _GROUP_SECTORS
            and head_sector not in (None, sector)
            and not (head_sector == "GOV" and head.lemma_.lower() in _GOVERNING_NOUNS)
        ):
            # "opposition lawmakers", "the main opposition party", "rebel commander": CAMEO codes
            # the group the person or body belongs to
            return country, igo, sector
        return country, igo, head_sector or sector

    def _named_for_place(self, head: Token) -> bool:
        """'the Washington agreement', 'the Minsk accords', 'the Jeddah talks': a pact or meeting
        named by a capital's name is no actor of that capital's state (nor is it anyone's)."""
        if head.lemma_.lower() not in NAMED_FOR_PLACE or head.i in self.names:
            return False
        names = [c for c in head.children if c.i in self.names or c.dep_ == "poss"]
        return bool(names) and all(c.dep_ == "compound" and self.names_pact(c) for c in names)

    def names_pact(self, token: Token) -> bool:
        """Is ``token`` the capital a pact or meeting it qualifies is named for ('Washington' in
        'the Washington agreement'): where it was made, not who made it?"""
        return token.head.lemma_.lower() in NAMED_FOR_PLACE and self.is_capital(token)

    def _reported_state(self, head: Token) -> str | None:
        """'The Philippines summoned China's envoy, the foreign ministry said': an unnamed organ
        reporting what a state did speaks for that state, not for the others its report names."""
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_VERBS:
            return None
        for clause in verb.children:
            if clause.dep_ not in ("ccomp", "parataxis"):
                continue
            for subj in clause.children:
                m = self.names.get(subj.i)
                if (
                    subj.dep_ == "nsubj"
                    and m is not None
                    and m.entry.kind in ("country", "capital")
                    and m.entry.country
                    and self.sectors.get(subj.i) is None
                ):
                    return m.entry.country
        return None

    def _domestic_state(self) -> str | None:
        """Crowds, unions, the opposition, lawmakers, courts and police act inside their own
        state: 'protesters demanded the resignation of Interior Minister X' is of their state,
        whatever state the story is mostly about."""
        sources = self.memory.current_sources
        if not sources or any(not a.country or a.sector not in _DOMESTIC_SECTORS for a in sources):
            return None
        states = {a.country for a in sources}
        return states.pop() if len(states) == 1 else None

    def _counterpart_sector(self) -> str | None:
        """A counterpart holds the acting side's own role: 'Mali's junta signed a charter with its
        counterparts from Burkina Faso' names two other juntas, 'the army chief met his Indian
        counterpart' India's military; only when the acting side has one sector."""
        sectors = {a.sector for a in self.memory.current_sources}
        return sectors.pop() if len(sectors) == 1 else None

    def _other_state(self, token: Token) -> str | None:
        """Where no state leads the story, an official the text does not place is of the one
        state it names that his sentence does not name as another party: 'Prime Minister Ingrida
        Simonyte accused Minsk' in a story naming Lithuania and Belarus is Lithuania's. One
        accuses, meets or sanctions another state, not one's own."""
        others = self._other_parties(token)
        if not others:
            return None
        rest = {c: n for c, n in self.memory.countries.items() if c not in others}
        return _focus_country(rest) if len(rest) == 1 else None

    def _other_parties(self, token: Token) -> set[str]:
        """The states the sentence of ``token`` names, outside its phrase, other than as a
        clause's subject: those it acts on or speaks of ('accused Minsk' names Belarus)."""
        own = {t.i for t in token.subtree}
        return {
            m.entry.country
            for t in token.sent
            if t.i not in own
            and (m := self.names.get(t.i)) is not None
            and m.entry.country
            and m.entry.kind in ("country", "demonym", "capital")
            and t.dep_ not in ("nsubj", "nsubjpass")
        }

    def _objects(self, subject: Token) -> set[str]:
        """The states a subject's verb names as its direct object ('Simonyte accused Minsk'):
        one accuses, meets or sanctions another state, not one's own."""
        if subject.dep_ != "nsubj":
            return set()
        return {
            m.entry.country
            for c in subject.head.children
            if c.dep_ == "dobj"
            and (m := self.names.get(c.i)) is not None
            and m.entry.country
            and m.entry.kind in ("country", "capital")
        }

    def _led_coalition(self, head: Token) -> Actor | None:
        """'The coalition said ...' after 'the Saudi-led coalition': the coalition the text
        named, by the state that leads it; no coalition named, no actor."""
        if head.lemma_.lower() != "coalition" or not any(
            c.lower_ in ("the", "this") for c in head.children if c.dep_ == "det"
        ):
            return None
        return self._coalition_before(head.i)

    def _coalition_before(self, end: int) -> Actor | None:
        """The last coalition named before token ``end`` by the state that leads it."""
        for j in range(end - 1, -1, -1):
            t = self.doc[j]
            if t.lemma_.lower() != "coalition" or self.sector_at(j) != "MIL":
                continue
            tokens = _phrase(t)
            if t.dep_ == "compound":
                # "Saudi-led coalition warplanes": the leader is parsed onto the warplanes
                tokens += [x for x in _phrase(t.head) if x.i < t.i and x not in tokens]
            country, igo, sector = self._country_sector(tokens, t)
            if country or igo:
                return self.actor(t.text, country, igo, sector)
        return None

    def _member_state(self, head: Token) -> Token | None:
        """'NATO member Turkey', 'ASEAN chair Malaysia', parsed as the member with the state in
        apposition: the state acts, not the organisation that qualifies its role."""
        if head.lemma_.lower() not in _MEMBERSHIP_NOUNS:
            return None
        if not any(
            (m := self.names.get(c.i)) is not None and m.entry.kind == "igo"
            for c in head.children
            if c.dep_ in ("compound", "amod", "nmod")
        ):
            return None
        for c in head.children:
            m = self.names.get(c.i)
            if c.dep_ == "appos" and m is not None and m.entry.kind == "country":
                return c
        return None

    def _state_before(self, i: int) -> str | None:
        """The state whose name or nationality word ends right before token ``i``."""
        m = self.names.get(i - 1)
        if m is None or m.entry.kind not in ("country", "demonym") or _allegiance(self.doc, m):
            return None
        return m.entry.country

    def _lookup_person(self, name: str) -> Actor | None:
        if name in self.memory.people:
            return self.memory.people[name]
        variant = (
            similar_person(name, self.memory.people)
            if "'" not in name and name_key(name) not in self.lexicon.names
            else None
        )
        if variant is not None:
            return self.memory.people[variant]  # "Nadim Razan" for the "Nadeem Razzan" introduced
        entry = self.lexicon.names.get(name_key(name))
        if entry and entry.kind == "person":
            role = entry.role_on(self.pub_date)
            if role:
                return self.actor(name, role.country, role.igo, role.sector)
        return None

    # -- building records -------------------------------------------------------------------------

    def actor(self, text: str, country: str | None, igo: str | None, sector: str | None) -> Actor:
        """The Actor record of a country (or IGO) and sector, with its code and name."""
        if igo:
            return Actor(
                text=text, name=self.lexicon.igos.get(igo, igo), code=igo, country=None, sector=None
            )
        code = (country or "") + (sector or "")
        name = self.lexicon.country_name(country) or (sector or "")
        return Actor(text=text, name=name, code=code, country=country, sector=sector)

    # -- resolving an argument --------------------------------------------------------------------

    def resolve(self, token: Token, speaker: Actor | None = None) -> list[Actor]:
        """The actors denoted by the phrase headed by ``token`` (one per coordinated conjunct)."""
        if (
            speaker is not None
            and token.lower_ in ("they", "we", "them", "us")
            and len(self.speakers) > 1
        ):
            return [_retext(s, token.text) for s in self.speakers]  # "Germany and France said they"
        if speaker is None and token.lower_ == "they" and token.dep_ in ("nsubj", "nsubjpass"):
            # "The two presidents met in Ashgabat, where they agreed ...": both of them
            both = self._earlier_subjects(token, person=None)
            if len(both) > 1:
                return [_retext(a, token.text) for a in both]
            if len(both) == 1 and token.head.dep_ in ("ROOT", "conj"):
                # "Ankara brought the two neighbours together for talks, and they agreed ...":
                # a plural pronoun after one state is the several it acted on
                several = self._plural_object(token)
                if several:
                    return [_retext(a, token.text) for a in several]
        if token.lower_ == "both" and token.dep_ in ("nsubj", "nsubjpass") and not token.n_lefts:
            # "The two leaders initialled a text, and both thanked their hosts": the two of them
            both = self._earlier_subjects(token, person=None)
            if len(both) > 1:
                return [_retext(a, token.text) for a in both]
            return self.last_two(token)
        if token.lower_ == "them" and token.dep_ in ("dobj", "dative"):
            # "called both leaders and urged them to ...": each of those called
            shared = self._shared_object(token)
            several = self.resolve(shared, speaker) if shared is not None else []
            if len(several) > 1:
                return [_retext(a, token.text) for a in several]
        pair = self._sharers(token) or self._the_two(token) or self._their_several(token)
        if pair:
            return pair
        actors = []
        for head in self._listed(token):
            actor = self.resolve_one(head, speaker)
            if actor is not None:
                if actors and _bare_conjunct(head):
                    actor = _sharing_modifiers(actor, actors[0])
                twin = self._direction_twin(head)
                if twin is not None and twin.code not in {a.code for a in actors}:
                    actors.append(twin)
                actors.append(actor)
                actors.extend(self._coordinated_modifiers(head, actor))
        sectors = {a.sector for a in actors if a.sector}
        if len(actors) > 1 and len(sectors) == 1 and self._bare_demonym(token):
            # "Kyrgyz and Tajik border guards", parsed as "Kyrgyz" and "Tajik border guards":
            # the nationality word shares the noun its coordinated twin qualifies
            sector = sectors.pop()
            actors = [
                self.actor(a.text, a.country, None, sector) if a.country and not a.sector else a
                for a in actors
            ]
        return actors

    def _their_several(self, token: Token) -> list[Actor]:
        """'Kenya and Uganda agreed ... Their presidents signed': the plural office of each of
        the several states the story just made its subject."""
        sector = self.sector_at(token.i)
        if (
            token.tag_ != "NNS"
            or sector is None
            or not any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children)
        ):
            return []
        states = [a for a in self._earlier_subjects(token, person=None) if a.country]
        if len({a.country for a in states}) < 2:
            return []
        text = _text(_phrase(token))
        return [self.actor(text, a.country, None, sector) for a in states]

    def _bare_demonym(self, token: Token) -> bool:
        """A nationality word standing alone as a noun phrase's head ("Kyrgyz and ...")."""
        m = self.names.get(token.i)
        return (
            m is not None
            and m.entry.kind == "demonym"
            and not any(c.dep_ not in ("cc", "conj", "punct") for c in token.children)
        )

    def _sharers(self, token: Token) -> list[Actor]:
        """'the two Koreas': each state that shares the name the plural is of."""
        if not token.text.endswith("s") or token.pos_ not in ("PROPN", "NOUN"):
            return []
        entries = self.lexicon.shared.get((token.text[:-1],), ())
        if not entries or any(e.kind != "country" for e in entries):
            return []
        return [self.actor(token.text, e.country, None, None) for e in entries]

    def _direction_twin(self, head: Token) -> Actor | None:
        """'North and South Korea', 'East and West Germany': the state the bare first quarter
        names with the rest of the second's name."""
        m = self.names.get(head.i)
        if m is None or m.entry.kind != "country" or m.start < 2:
            return None
        first, rest = self.doc[m.start].lower_, [t.text for t in self.doc[m.start + 1 : m.end]]
        other = self.doc[m.start - 2]
        if (
            first not in _QUARTERS
            or self.doc[m.start - 1].lower_ != "and"
            or other.lower_ not in _QUARTERS
            or other.lower_ == first
            or not rest
        ):
            return None
        twin = self.lexicon.names.get(name_key(" ".join([other.text.capitalize(), *rest])))
        if twin is None or twin.kind != "country" or twin.country == m.entry.country:
            return None
        return self.actor(other.text, twin.country, None, None)

    def _listed(self, token: Token) -> list[Token]:
        """The heads of a coordinated list. The parser often reads "A, B and C" as A with the
        apposition B (and C as B's conjunct); a state is never in apposition to another state."""
        heads = _conjuncts(token)
        own = self.names.get(token.i)
        for child in token.children:
            other = self.names.get(child.i)
            if (
                child.dep_ == "appos"
                and own
                and other
                and other.entry is not own.entry
                and (
                    other.entry.kind in ("country", "igo") and own.entry.kind in ("country", "igo")
                )
            ):
                heads.extend(_conjuncts(child))
        return heads

    def _coordinated_modifiers(self, head: Token, actor: Actor) -> list[Actor]:
        """'Kyrgyz and Tajik troops', 'the presidents of Kyrgyzstan and Tajikistan': one actor each."""
        if actor.country is None or head.pos_ != "NOUN":
            return []
        out = []
        for t in _phrase(head):
            m = self.names.get(t.i)
            if m is None or m.entry.country != actor.country or t.i != m.end - 1:
                continue
            for conj in t.conjuncts:
                cm = self.names.get(conj.i)
                if (
                    cm
                    and cm.entry.country
                    and cm.entry.country != actor.country
                    and cm.entry.kind in ("country", "demonym", "capital")
                ):
                    out.append(self.actor(actor.text, cm.entry.country, None, actor.sector))
            break
        return out

    def resolve_one(self, head: Token, speaker: Actor | None = None) -> Actor | None:
        """The actor one head word denotes, or None when it names no actor."""
        self.speaker = speaker
        named = _named_companion(head) or self._member_state(head)
        if named is not None:
            head = named  # "my brother Ilham Aliyev", "our friends in Ankara": the one named
        half = self._half_named(head)
        if half is not None:
            return half
        leader = _leader_of(head)
        if leader is not None and any(t.i in self.names for t in _phrase(head)):
            leader = None  # "a Pakistani delegation led by Senator X": its own words say whose
        if leader is not None and (led := self.resolve_one(leader, speaker)) is not None:
            # "the delegation led by Iran's deputy foreign minister": the leader's side
            sector = self.sector_at(head.i) or led.sector
            igo = led.code if led.country is None and led.code not in SECTORS else None
            return self.actor(_text(_phrase(head)), led.country, igo, sector)
        owner = _whose_owner(head)
        if owner is not None and (owned := self.resolve_one(owner, speaker)) is not None:
            # "ECOWAS, whose mediators met Sall": the mediators are ECOWAS's
            sector = self.sector_at(head.i) or owned.sector
            igo = owned.code if owned.country is None and owned.code not in SECTORS else None
            return self.actor(_text(_phrase(head)), owned.country, igo, sector)
        lower = head.lower_
        if head.pos_ == "PRON" or lower in _PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS:
            return self._pronoun(head, speaker)
        if self._relation_of_another(head):
            return None  # "Ukraine's allies", "the neighbours of Sudan": not Ukraine, not Sudan
        if parties_to_dispute(head):
            return None  # "called on all parties to exercise restraint": whoever they are
        if _abstract_force(head):
            return None  # "would answer with full force", "took the town by force": no one
        if self._named_for_place(head):
            return None  # "criticised the Washington agreement": where it was made, not whose
        if head.lemma_.lower() in _ABSTRACT_OF and any(
            o.pos_ == "NOUN" for o in prep_objects(head, "of")
        ):
            return None  # "the settlement of disputes" settles, houses no one
        community = self._community(head)
        if community is not None:
            return self.actor(_text(_phrase(head)), community, None, "CVL")
        if (
            head.lemma_.lower() == "ally"
            and head.tag_ == "NNS"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        ):
            # "accused the allies of indecision", in a story of a NATO summit: the alliance
            return self._nearest_alliance(head)
        tokens = _phrase(head)
        tokens += self._trailing_origin(head, tokens)
        for t in list(tokens):
            m = self.names.get(t.i + 1)
            if t.lower_ == "of" and not list(t.children) and m is not None and m.start == t.i + 1:
                # "militants of Lashkar-e-Taiba" parsed with the name torn off the "of": it
                # still names whose they are
                tokens += list(self.doc[m.start : m.end])
        text = _text(tokens)
        head_match = self.names.get(head.i)
        if (
            head.lemma_.lower() in self.event_nouns
            and head.lemma_.lower() not in _ACTOR_NOUNS  # "side with": the side is no act
            and head_match is None
            and head.i not in self.sectors
        ):
            # "the shelling of Azerbaijani villages by Armenian forces" is a thing, not an actor:
            # only its own modifiers may name one ("Russian shelling" is still no actor here)
            # (but "a WHO-led team" is the WHO's: who leads a body acts through it)
            led = [c for c in head.children if c.dep_ == "amod" and c.lower_ == "led"]
            tokens = [
                t
                for t in tokens
                if t.i == head.i
                or (t.head.i == head.i and t.dep_ == "poss")
                or any(t.i in (x.i for x in c.subtree) for c in led)
            ]
        if not any(t.i in self.names for t in tokens) and (
            other := self._other_party(head, tokens)
        ):
            return _retext(other, text)  # "his host": not his own state, but the one he visited
        country, igo, sector = self._country_sector(tokens, head)
        person = self._person_at(head)
        if person is not None and not (country and sector and head_match is None):
            actor = replace(person, text=text)
            self.memory.last_person = actor
            if head.dep_ in ("nsubj", "nsubjpass"):
                self.memory.last_subject = actor
            return actor
        if head_match and head_match.entry.kind == "capital":
            sector = sector if self.sectors.get(head.i) else "GOV"  # "Kigali", "official Baku"
        if head_match and head_match.entry.kind == "country" and head_match.entry.country:
            # "ASEAN chair Malaysia", "NATO member Turkey": the state named as the head
            country, igo = head_match.entry.country, None
        if (
            head_match
            and head_match.entry.kind == "country"
            and not self._sector_modifier(tokens, head)
        ):
            # "Pakistan" is the state itself, unless a misparsed title follows ("Kuwait's emir")
            sector = self._detached_title(head)
        if (
            head_match
            and head_match.entry.kind == "demonym"
            and country
            and sector is None
            and _counted_people(head)
        ):
            sector = "CVL"  # "detained 30 Palestinians", "thousands of Georgians": its people
        if (
            country is None
            and igo is None
            and (sector in (None, "REB"))
            and head.lemma_.lower() in _GROUP_DESCRIPTIONS
            and any(c.lower_ in ("the", "this", "that") for c in head.children if c.dep_ == "det")
        ):
            named = self._nearest(head, "group", text)
            if named is not None:
                return named
        if country is None and igo is None and sector is None:
            led = self._led_coalition(head)
            if led is not None:
                return _retext(led, text)
        if (
            country is None
            and igo is None
            and any(c.dep_ == "compound" and c.lemma_.lower() == "coalition" for c in head.children)
        ):
            # "a coalition warship" after "the Saudi-led coalition": the coalition's, in its
            # own sector
            led = self._coalition_before(head.i)
            if led is not None:
                return self.actor(text, led.country, led.code if not led.country else None,
                                  sector or led.sector)  # fmt: skip
        named_group = head_match is not None and head_match.entry.kind == "group"
        if country is None and igo is None and sector == "GOV":
            summit = self._summit_body(head)
            if summit is not None:
                return _retext(summit, text)
        if (
            country is None
            and igo is None
            and sector in _STATE_SECTORS
            and not named_group
            and (region := self._region_named(tokens, head)) is not None
        ):
            # "Western diplomats", "Caribbean leaders": of several states, none of them coded;
            # "West African leaders" in a story of ECOWAS are the bloc
            bloc = self.lexicon.regions.get(region)
            named = bloc is not None and any(n.entry.igo == bloc for n in self.names.values())
            return self.actor(text, None, bloc, None) if named else None
        if country is None and igo is None and sector is not None and not named_group:
            owner = next(
                (c for c in head.children if c.dep_ == "poss" and self.sectors.get(c.i)), None
            )  # "the court's jurisdiction": the court's, whichever court the story named
            remembered = (
                (self._body_named_before(head, text) if not self._in_pronoun else None)
                or self._remembered_role(head, tokens)
                or self._apposed_person(head)
                or self._same_noun_before(head, text)
                or (self._same_noun_before(owner, text) if owner is not None else None)
            )
            if remembered is not None:
                return _retext(remembered, text)
            commander = self._commander(head) or self._insurgents_home(head)
            if commander is not None:
                return self.actor(text, commander, None, sector)
            if sector == "REB" and self._located_in(head) is None:
                # "a strike against al Shabaab fighters ..., killing 37 militants": the armed
                # group the sentence (or the one before) just named, not the speaker's or the
                # attacker's state ("rebels in the Tigray region" say where they are from)
                first = self._back_through_last_sentence(head).stop + 1
                named = self._nearest(head, "group", text, start=first)
                if named is not None and named.sector == "REB":
                    return named
            if head.lemma_.lower() in _MUNITIONS:
                return None  # an unattributed weapon: its owner is not where it struck
            if _uprooted(head):
                # "police fired tear gas at migrants": people from elsewhere, state unsaid
                return self.actor(text, None, None, sector)
            country = (
                self._located_in(head)
                or self._clause_location(head)
                or (speaker.country if speaker and not _spoken_to(head) else None)
                or (self._reported_state(head) if sector == "GOV" else None)
                or self._domestic_state()
                or self._sentence_country(head)
                or self._placed_before([head])
                or (self._institution_site(head) if sector in _DOMESTIC_SECTORS else None)
                or self.focus
                or (self._other_state(head) if sector == "GOV" else None)
            )
        if country is None and igo is None and sector is None:
            city = self._city(head)
            if city is not None:
                return self.actor(text, city, None, "CVL")
            if head.pos_ == "PROPN" and head_match is None and not self._in_pronoun:
                body = self._body_named_before(head, text)  # "requested the Mission to ..."
                if body is not None:
                    return body
            # a lower-case word the tagger calls a proper noun ("Last year the bloc signed") is
            # a common noun all the same
            words = tuple(
                t.lower_
                for t in tokens
                if t.pos_ in ("ADJ", "NOUN") or (t.pos_ == "PROPN" and t.is_lower)
            )
            if (
                head.lower_ in _STATE_FORMS
                and len(tokens) == 2
                and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children)
            ):
                return self._state_of_form(head, head.lower_, text)
            if _island_state(head, tokens):
                return self._state_of_form(head, "island", text)
            if (
                words in _ANAPHORIC_DESCRIPTIONS
                and head.dep_ != "compound"  # "a state visit" is no state
                and any(t.pos_ in ("DET", "PRON", "NUM") for t in tokens)
            ):
                return self._nearest(head, "country", text)
            own_words = [t for t in tokens if t.i < head.i and t.pos_ in ("ADJ", "NOUN")]
            if (
                head.lower_ in _IGO_DESCRIPTIONS
                and (head.lower_ != "agency" or not own_words)  # not "the migration agency"
                and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children)
            ):
                # ("the bloc of serving foreign interests", misparsed, is still the bloc)
                return self._nearest(head, "igo", text)
            if (
                (words[-1:] == ("members",) or words[-2:] in (("member", "states"),))
                and not any(c.dep_ == "prep" for c in head.children)
                and any(c.lower_ in _MEMBERS_QUANTIFIERS for c in head.children)
            ):
                # "G20 leaders adopted a declaration in which most members condemned ...": the
                # members of the body just named
                window = self._back_through_last_sentence(head)
                return self._nearest(head, "igo", text, start=window.stop + 1)
            if words == ("allies",) and any(c.lower_ == "the" for c in head.children):
                # "NATO leaders met in Vilnius ... Kyiv thanked the allies": the alliance just
                # named; no alliance named, the allies are no one the text says
                named = self._nearest(head, "igo", text)
                return named if named is not None and named.code in ALLIANCES else None
            if head.tag_ == "NNS" and head.lemma_.lower() in _PEOPLE_NOUNS:
                return self._same_noun_before(head, text)  # "the officers", "the settlers"
            if head.lemma_.lower() in GATHERINGS and [c.lower_ for c in head.children] == ["the"]:
                return self._gathering_body(head, text)  # "addressed the summit by video link"
            return None
        actor = self.actor(text, country, igo, sector)
        self._note(actor, head)
        return actor

    def _trailing_origin(self, head: Token, tokens: list[Token]) -> list[Token]:
        """'Yemeni forces and troops from the UAE', parsed with the 'from' phrase on the first
        conjunct: a phrase after the last conjunct that names no one else qualifies that one,
        when the first has a state of its own."""
        first = head.head
        if head.dep_ != "conj" or any(t.i in self.names for t in tokens):
            return []
        own = [t for t in _phrase(first) if t.i < first.i and t.i in self.names]
        for prep in first.children:
            if prep.dep_ == "prep" and prep.lower_ == "from" and prep.i > head.i and own:
                return [t for t in prep.subtree if t.i in self.names]
        return []

    def _summit_body(self, head: Token) -> Actor | None:
        """A bare 'the leaders' after 'leaders of the G20' or 'BRICS leaders': the organisation
        whose leaders the text last named ('In the declaration, the leaders pledged ...')."""
        lemma = head.lemma_.lower()
        if head.tag_ != "NNS" or lemma not in LEADER_WORDS:
            return None
        if [c.lower_ for c in head.children] != ["the"]:
            return None
        for j in range(head.i - 1, -1, -1):
            t = self.doc[j]
            if t.tag_ != "NNS" or t.lemma_.lower() != lemma:
                continue
            country, igo, _ = self._country_sector(_phrase(t), t)
            if country is not None:
                return None  # "the leaders" after "leaders of Japan and Korea": not a body's
            if igo is not None:
                return self.actor(head.text, None, igo, None)
        return None

    def _gathering_body(self, head: Token, text: str) -> Actor | None:
        """A bare 'the summit' after 'the BRICS summit' or 'G20 leaders opened their summit':
        the organisation whose gathering the text last named; else the one the story names last
        ('The BRICS group ... the summit's host')."""
        lemma = head.lemma_.lower()
        table = token_table(self.doc)
        for j in range(head.i - 1, -1, -1):
            if table.lemma[j].lower() != lemma or table.pos[j] != "NOUN":
                continue
            for actor in self._resolve_quietly(self.doc[j]):
                if actor.country is None and actor.code not in SECTORS:
                    return _retext(actor, text)
        return self._nearest(head, "igo", text)

    def _insurgents_home(self, head: Token) -> str | None:
        """'Taliban fighters attacked checkpoints, killing four policemen': those an armed group
        acts on, unplaced, are of the state the group fights in."""
        if head.dep_ not in ("dobj", "pobj", "nsubjpass"):
            return None
        sources = self.memory.current_sources
        if not sources or any(a.sector != "REB" or not a.country for a in sources):
            return None
        states = {a.country for a in sources}
        return states.pop() if len(states) == 1 else None

    def _commander(self, head: Token) -> str | None:
        """'Vucic ordered the army to raise its readiness': forces one commands are one's own."""
        if head.dep_ != "dobj" or head.head.lemma_.lower() not in COMMAND_VERBS:
            return None
        if self.sector_at(head.i) not in ("MIL", "COP", "SPY"):
            return None
        states = {a.country for a in self.memory.current_sources if a.country}
        return states.pop() if len(states) == 1 else None

    def _half_named(self, head: Token) -> Actor | None:
        """'the North' in a story about North Korea, 'the South' in one about South Sudan: the
        one state the document names whose name starts so."""
        if head.text not in ("North", "South") or head.i in self.names:
            return None
        if not any(c.lower_ == "the" for c in head.children) or any(
            c.dep_ in ("compound", "amod") for c in head.children
        ):
            return None
        states = set()
        for c in self.memory.countries:
            name = self.lexicon.country_name(c) or ""
            first, _, rest = name.partition(" ")
            if first not in ("North", "South") or not rest:
                continue
            if first == head.text:
                states.add(c)
            else:  # "South Korea and the US held drills. The North condemned them."
                other = self.lexicon.names.get(name_key(f"{head.text} {rest}"))
                if other is not None and other.kind == "country" and other.country:
                    states.add(other.country)
        if len(states) != 1:
            return None
        return self.actor(head.text, states.pop(), None, None)

    def _other_party(self, head: Token, tokens: list[Token]) -> Actor | None:
        """'thanked his host', 'received the visiting head of state', 'met his counterpart': the
        other side of the last meeting the story told between the acting state and another."""
        lemma = head.lemma_.lower()
        words = {t.lower_ for t in tokens}
        if lemma not in OTHER_PARTY_NOUNS and not (lemma == "head" and "state" in words):
            return None
        if not words & {"the", "his", "her", "their", "its", "visiting"}:
            return None
        own = {a.country for a in self.memory.current_sources if a.country}
        if not own:
            return None
        for e in reversed(self.memory.events[-20:]):
            if e.event_type != "CONSULT" or e.target is None:
                continue
            if e.source.country in own and e.target.country and e.target.country not in own:
                return e.target
            if e.target.country in own and e.source.country and e.source.country not in own:
                return e.source
        return None

    def _detached_title(self, owner: Token) -> str | None:
        """The sector of the title noun right after a possessive that the parser attached
        elsewhere ("Kuwait's emir held talks", read as "Kuwait's ... talks"): the title's."""
        if owner.dep_ != "poss":
            return None
        j = owner.i + 1
        if j < len(self.doc) and self.doc[j].dep_ == "case":
            j += 1
        noun = self.doc[j] if j < len(self.doc) else None
        if noun is None or noun.i == owner.head.i or not _is_person_noun(noun):
            return None
        return self.sector_at(noun.i)

    def _city(self, head: Token) -> str | None:
        """A named city as an argument ('shelled Ganja') stands for its civilians (PLOVER GSR rule)."""
        if self.gazetteer is None or head.pos_ != "PROPN":
            return None
        ent = self._ent_at.get(head.i)
        if head.ent_type_ in ("GPE", "LOC"):
            city = self._trusted_city(ent.text if ent is not None else head.text)
            return city.country if city else None
        # the small model often takes a town for a person ("the shelling of Ganja"): a lone
        # name in an object's place that is a town of a country the story names is that town
        if (
            head.dep_ not in ("dobj", "pobj", "nsubjpass")
            or (ent is not None and len(ent) > 1)
            or any(c.dep_ in ("compound", "amod", "poss", "appos") for c in head.children)
        ):
            return None
        city = self._trusted_city(head.text)
        return city.country if city is not None and city.country in self.memory.countries else None

    def _trusted_city(self, name: str) -> City | None:
        """The gazetteer's city of that name, in a country the story names or a big one; a small
        town abroad that shares the name ("Borno" in Germany) is no evidence."""
        city = self.gazetteer.lookup(name, prefer=self.memory.countries) if self.gazetteer else None
        if city is None or (
            city.country not in self.memory.countries and city.population < 200_000
        ):
            return None
        return city

    def is_capital_place(self, place: Place) -> bool:
        """Is the place its state's capital (a city of that name in that state)?"""
        return (
            place.precision == "city"
            and place.country is not None
            and name_key(_capitals(self.lexicon).get(place.country, "")) == name_key(place.name)
        )

    def unlisted_place(self, token: Token) -> Place | None:
        """A town the text names after a locative preposition ('at Landi Kotal', 'in Zubin
        Potok') that neither the gazetteer nor the dictionaries know: kept by its name alone,
        with no coordinates and no guessed country."""
        ent = self._ent_at.get(token.i)
        if (
            ent is None
            # the small model tags many an unknown town as a firm ("in Zubin Potok": ORG)
            or ent.label_ not in ("GPE", "FAC", "ORG")
            or token.i != ent.end - 1
            or any(
                t.pos_ != "PROPN"
                or t.i in self.names
                or self.sector_at(t.i)
                or t.lower_ in _INSTITUTION_WORDS
                for t in ent
            )
        ):
            return None
        return Place(span_text(self.doc, ent.start, ent.end), None, None, None, "city")

    def place_of(self, token: Token, after_preposition: bool = False) -> Place | None:
        """A place named by ``token``: a country (its centre), a named area, a first-level region
        or a city; never a guess, and never a country or region passed off as a city. After a
        locative preposition a name the tagger took for a person may still be a known city."""
        m = self.names.get(token.i)
        if self.gazetteer is not None and m is not None:
            # "the Gaza Strip", "Crimea": an area the lexicon reads as its state is still an area
            feature = self.gazetteer.feature(span_text(self.doc, m.start, m.end))
            if feature is not None:
                return feature.place()
        if m and m.entry.kind == "country" and m.entry.country:
            if self.gazetteer is None:
                return Place(m.entry.name, m.entry.country, None, None, "country")
            return self.gazetteer.country_place(m.entry.country, m.entry.name)
        if (
            m
            and m.entry.kind == "seat"
            and m.entry.country
            and self.gazetteer is not None
            and token.dep_ == "pobj"
            and token.head.lower_ in ("at", "in", "inside", "outside", "near")
        ):
            # "hosted Xi at the Kremlin", "protested outside the Blue House": in the capital
            capital = _capitals(self.lexicon).get(m.entry.country)
            if capital is not None:
                return self.gazetteer.place(capital, prefer=[m.entry.country])
        if m and m.entry.kind == "capital" and self.gazetteer is not None:
            text = span_text(self.doc, m.start, m.end)
            return self.gazetteer.place(text, prefer=[m.entry.country]) or Place(
                name=text, country=m.entry.country, lat=None, lon=None, precision="city"
            )
        if self.gazetteer is None:
            return None
        kind_word = token.lemma_.lower() in REGION_WORDS and token.pos_ == "NOUN"
        for name in self._place_names(token):
            feature = self.gazetteer.feature(name)
            if feature is not None:
                return feature.place()
            if kind_word and _proper(name):
                # "in Borno state", "the Tigray region": the kind word says it is a region
                # (but "the eastern region" names none)
                region = self.gazetteer.region(name, prefer=self.memory.countries)
                if region is not None:
                    return region.place()
        lemma = token.lemma_.lower()
        if lemma in _TOWN_WORDS and token.pos_ == "NOUN":
            # "Yemen's main port of Hodeidah": the town named, not the state that owns it
            return self._named_town(token)
        if lemma in ("capital", "city", "town", "village") and token.pos_ == "NOUN":
            named = self._named_town(token)
            if named is not None:
                return named
            if lemma == "capital":
                return self._capital(token)
            if lemma in ("city", "town") and any(c.lower_ == "the" for c in token.lefts):
                return self.memory.last_city  # "pulled out of the city"
            return None
        if kind_word or not (
            token.ent_type_ in ("GPE", "LOC", "FAC")
            or (after_preposition and token.pos_ == "PROPN" and token.ent_type_ != "DATE")
        ):
            return None
        ent = self._ent_at.get(token.i)
        name = ent.text if ent is not None else token.text
        if (
            after_preposition
            and ent is not None
            and ent.start < token.i
            and not any(t.head.i == token.i for t in self.doc[ent.start : token.i])
        ):
            # the tagger's "Near Durban" is Durban (but "University" is not all of "Cheikh Anta
            # Diop University")
            name = span_text(self.doc, token.i, ent.end)
        city = self._trusted_city(name)
        if city is not None:
            place = self.gazetteer.place(name, prefer=[city.country])
            self.memory.last_city = place
            return place
        region = self.gazetteer.region(name, prefer=self.memory.countries)
        if region is not None and region.country in self.memory.countries:
            return region.place()  # "in Tigray" where the story is about Ethiopia
        return None  # unknown places stay unresolved rather than guessed

    def clause_places(
        self, predicate: Token, whole_sentence: bool = False, skip: frozenset[int] = frozenset()
    ) -> list[Place]:
        """The distinct places the predicate's own clause puts something in, near or at, read from
        the words after each preposition whatever the parser made of them ('Near Durban, police
        fired ...'); places of its subject or of a relative clause ('the embassy in Dhaka', 'who
        lives in Vilnius') say where an actor is, not where the event happened. Positions in
        ``skip`` are passed over."""
        sent = predicate.sent
        table = token_table(self.doc)
        pos, dep, heads = table.pos, table.dep, table.head
        found: dict[str, Place] = {}
        for i in range(sent.start, sent.end):
            if table.lower[i] not in LOCATIVE or i + 1 >= sent.end or i in skip:
                continue
            if not whole_sentence and not _in_clause(i, predicate):
                continue
            j = i + 1
            while j < sent.end - 1 and pos[j] in ("DET", "ADJ", "NUM"):
                j += 1
            while (
                dep[j] in ("compound", "amod")
                and j < heads[j] < sent.end
                and pos[heads[j]] in ("NOUN", "PROPN")
            ):
                j = heads[j]
            place = self.place_of(self.doc[j], after_preposition=True)
            if place is not None:
                found.setdefault(place.name, place)
        return list(found.values())

    def is_capital(self, token: Token) -> bool:
        """Is ``token`` a capital's name ('Moscow'), which stands for its government?"""
        m = self.names.get(token.i)
        return m is not None and m.entry.kind in ("capital", "seat")

    def as_place(self, token: Token, actors: list[Actor], origin: bool = False) -> list[Actor]:
        """A capital's name resolved as its government ('Niamey' -> NERGOV), as the place instead:
        its state (NER). For a capital in a locative phrase: 'recalled its ambassador from Niamey'
        acts on Niger, not on a government that said or did anything. With ``origin`` (a 'from'
        phrase) a city, otherwise its civilians, is its state too."""
        m = self.names.get(token.i)
        if m is None and origin and (city := self._city(token) or self._town_state(token)):
            # "banned imports from Fukushima": goods from a city are its state's, not its people's
            return [
                self.actor(a.text, a.country, None, None)
                if a.country == city and a.sector == "CVL"
                else a
                for a in actors
            ]
        if m is None or m.entry.kind != "capital" or self.sectors.get(token.i):
            return actors
        return [
            self.actor(a.text, a.country, None, None) if a.country == m.entry.country else a
            for a in actors
        ]

    def _town_state(self, token: Token) -> str | None:
        """The state of the town a kind word names ('the border town of Tumeremo')."""
        if token.lemma_.lower() not in ("city", "town", "village") or token.pos_ != "NOUN":
            return None
        place = self.place_of(token)
        return place.country if place is not None else None

    def _place_names(self, token: Token) -> list[str]:
        """The names a place phrase may go by, longest first: 'the Line of Control', 'Borno'."""
        names = []
        ent = self._ent_at.get(token.i)
        if ent is not None:
            names.append(ent.text)
        left = min(
            (t.i for t in token.lefts if t.dep_ in ("compound", "amod", "det")), default=token.i
        )
        of = [c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"]
        right = of[0].right_edge.i if of else token.i
        if right - left < 6:
            names.append(span_text(self.doc, left, right + 1))
        modifiers = [t for t in token.lefts if t.dep_ in ("compound", "amod") and t.pos_ == "PROPN"]
        if modifiers:
            names.append(
                span_text(self.doc, modifiers[0].i, modifiers[-1].i + 1)
            )  # "Borno" of "Borno state"
        if of and token.lemma_.lower() in REGION_WORDS:
            obj = next((c for c in of[0].children if c.dep_ == "pobj"), None)
            if obj is not None:
                names.append(self._ent_at[obj.i].text if obj.i in self._ent_at else obj.text)
        if not modifiers:
            names.append(token.text)  # not "University" of "Cheikh Anta Diop University"
        return list(dict.fromkeys(names))

    def _named_town(self, token: Token) -> Place | None:
        """'the town of Chibok', 'the Saudi city of Jeddah': the named place, resolved where the
        gazetteer knows it, else kept by name alone (no coordinates, no guessed country)."""
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None or obj.pos_ != "PROPN":
            return None
        ent = self._ent_at.get(obj.i)
        name = ent.text if ent is not None else obj.text
        if self.gazetteer is not None:
            country = self._modifier_country(token)
            place = self.gazetteer.place(name, prefer=[country or "", *self.memory.countries])
            if place is not None and (
                place.country == country or (country is None and self._trusted_city(name))
            ):
                self.memory.last_city = place
                return place
        place = Place(name, None, None, None, "city")
        self.memory.last_city = place
        return place

    def _modifier_country(self, token: Token) -> str | None:
        """The state a place noun's modifiers name: 'the Saudi city of', 'the Lithuanian capital'."""
        for t in token.lefts:
            m = self.names.get(t.i)
            if m is not None and m.entry.kind in ("country", "demonym"):
                return m.entry.country
        return None

    def _capital(self, token: Token) -> Place | None:
        """'the Lithuanian capital' is Vilnius; a bare 'the capital' is that of the story's state;
        'the provincial capital' is no state's capital: the town named beside it, if any."""
        if any(c.lower_ in SUBNATIONAL for c in token.children if c.dep_ in ("amod", "compound")):
            named = next((c for c in token.children if c.dep_ == "appos"), None)
            return self.place_of(named, after_preposition=True) if named is not None else None
        country = self._modifier_country(token)
        if country is None and token.dep_ == "pobj":
            poss = [t for t in token.lefts if t.dep_ == "poss" and t.i in self.names]
            country = self.names[poss[0].i].entry.country if poss else None
        country = country or self.focus
        capital = _capitals(self.lexicon).get(country or "")
        if capital is None or self.gazetteer is None:
            return None
        return self.gazetteer.place(capital, prefer=[country or ""])

    def _region_named(self, tokens: list[Token], head: Token) -> str | None:
        """The region an adjective in the phrase names ('Western', 'Gulf Arab'), if any."""
        for t in tokens:
            m = self.names.get(t.i)
            if m is not None and m.entry.kind == "region" and t.i != head.i:
                return m.entry.name
        return None

    def _nearest(self, head: Token, kind: str, text: str, start: int = 0) -> Actor | None:
        """The closest state (or IGO) named before ``head`` (from ``start`` on): 'this country',
        'the bloc'; a state other than the speaker's and the acting subject's."""
        own = {a.country for a in self.memory.current_sources if a.country}
        if self.speaker is not None and self.speaker.country:
            own.add(self.speaker.country)
        for i in range(head.i - 1, start - 1, -1):
            m = self.names.get(i)
            if m is None or m.start != i:
                continue
            if kind == "igo" and m.entry.kind == "igo":
                return self.actor(text, None, m.entry.igo, None)
            if kind == "country" and m.entry.kind in ("country", "demonym") and m.entry.country:
                if m.entry.country in own:
                    continue  # "Azerbaijan's president said the fraternal country ...": another
                return self.actor(text, m.entry.country, None, None)
            if kind == "group" and m.entry.kind == "group":
                actor = self.actor(text, m.entry.country, None, m.entry.sector)
                return replace(actor, name=m.entry.name)
        return None

    def _state_of_form(self, head: Token, form: str, text: str) -> Actor | None:
        """'The Kingdom recalled its ambassador', 'drills around the self-ruled island': the last
        named state that is a kingdom (an island), its own speaker's too, else the story's
        focus if it is one."""
        states = self.lexicon.islands if form == "island" else _states_of_form(self.lexicon)[form]
        for i in range(head.i - 1, -1, -1):
            m = self.names.get(i)
            if m is not None and m.start == i and m.entry.country in states:
                return self.actor(text, m.entry.country, None, None)
        return self.actor(text, self.focus, None, None) if self.focus in states else None

    def _nearest_alliance(self, head: Token) -> Actor | None:
        """The alliance the story last named before ``head`` ('the allies' are its members)."""
        for i in range(head.i - 1, -1, -1):
            m = self.names.get(i)
            if m is not None and m.start == i and m.entry.igo in ALLIANCES:
                return self.actor(_text(_phrase(head)), None, m.entry.igo, None)
        return None

    def _the_two(self, head: Token) -> list[Actor]:
        """'the two governments', 'both armies', 'troops from the two countries': the last two
        states the text named."""
        if head.pos_ != "NOUN":
            return []
        counted = any(c.lower_ == "two" for c in head.children) and any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children
        )  # "the two governments" are the two sides; "two civilians" are two people
        if any(c.lower_ == "three" for c in head.children) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children
        ):
            return self._last_three(head)  # "the three leaders signed": the last three states
        if (
            counted
            or any(c.lower_ == "both" for c in head.children)
            or (
                head.lemma_.lower() in PARTY_WORDS
                and any(c.dep_ == "det" and c.lower_ in ("each", "either") for c in head.children)
            )
            or (
                head.lemma_.lower() in PARTY_WORDS | {"faction"}
                and head.tag_ == "NNS"
                and any(c.dep_ == "amod" and c.lower_ in WARRING for c in head.children)
            )
        ):  # "each side accused the other", "urged the warring parties": the two of them
            return self.last_two(head)
        if (
            (
                head.lower_ in ("sides", "belligerents", "rivals", "interlocutors")
                # "held a telephone conversation with X. The ministers agreed ...": the two
                # who just met (not a summit's leaders)
                or (
                    head.tag_ == "NNS"
                    and head.lemma_.lower() in LEADER_WORDS
                    and self._just_met() is not None
                )
            )
            and list(head.children)
            and all(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        ):
            # "received the envoy ... The sides exchanged views": the two of the last act
            # between two, else the last two named
            last = self._last_told_pair()
            if last is not None and last.target.code != last.source.code:
                return self._sides([last.source, last.target], _text(_phrase(head)))
            return self.last_two(head)
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
                for obj in prep.children:
                    if obj.lemma_.lower() in ("country", "side", "state", "nation", "neighbour",
                                              "neighbor") and any(
                        c.lower_ in ("two", "both", "three") for c in obj.children
                    ):  # fmt: skip
                        # "delegations from the three countries": the last three named
                        three = any(c.lower_ == "three" for c in obj.children)
                        pair = self._last_three(obj) if three else self.last_two(obj)
                        sector = self.sector_at(head.i)
                        return [self.actor(_text(_phrase(head)), a.country, None, sector)
                                for a in pair]  # fmt: skip
        return []

    def _recent_states(self, head: Token) -> list[str]:
        """The states named before ``head``, each once, the most recently named last; not the
        acting subject's own."""
        own = {a.country for a in self.memory.current_sources}
        last: list[str] = []
        for _, state in self._named_countries(head.i):
            if state in own:
                continue
            if state in last:
                last.remove(state)
            last.append(state)
        return last

    def _last_told_pair(self) -> Event | None:
        """The last event with a target that this sentence, else the last three events, told."""
        told = self.memory.sentence_events or self.memory.events[-3:]
        return next((e for e in reversed(told) if e.target is not None), None)

    def _just_met(self) -> Event | None:
        """The meeting between two states the last events told, if they told one."""
        last = self._last_told_pair()
        if (
            last is not None
            and last.event_type == "CONSULT"
            and last.source.country
            and last.target.country
            and last.source.country != last.target.country
        ):
            return last
        return None

    def _last_three(self, head: Token) -> list[Actor]:
        """The last three states named before ``head`` ('Egypt, Ethiopia and Sudan ... the three
        leaders'), with the sector ``head`` names."""
        tokens = _unplaced_phrase(head)
        country, igo, sector = self._country_sector(tokens, head)
        if country or igo:
            return []
        last = self._recent_states(head)
        if len(last) < 3:
            return []
        if head.lemma_.lower() in ("country", "nation", "state", "neighbour", "neighbor"):
            sector = None
        return [self.actor(_text(tokens), c, None, sector) for c in last[-3:]]

    def last_two(self, head: Token) -> list[Actor]:
        """The last two states named before ``head``, with the sector ``head`` names."""
        tokens = _unplaced_phrase(head)
        country, igo, sector = self._country_sector(tokens, head)
        if country or igo:
            return []
        if sector is None and head.lemma_.lower() == "capital":
            sector = "GOV"  # "urged both capitals to return to talks": their governments
        # "Chile and Colombia urged both governments ...": two others than the clause's subjects
        own = {a.country for a in self.memory.current_sources}
        last = self._recent_states(head)
        text = _text(tokens)
        pair = self._sentence_dyad(head)
        if head.lemma_.lower() in PARTY_WORDS and any(a.country in own for a in pair):
            # "Lavrov spoke with Mirzoyan and urged both sides to ...": the sides are others
            pair = []
        if head.lemma_.lower() in LEADER_WORDS and not (
            pair and all(a.sector == "GOV" for a in pair)
        ):
            # "Yoon and Kishida met ... North Korea fired a missile ..., and both leaders
            # condemned the launch": the last two people named for two states, not any states
            people = self._last_two_people(head.i, own)
            if people:
                return [self.actor(text, c, None, sector or "GOV") for c in people]
        if pair:
            # "A held talks with B, and the two leaders signed ...": the two who just met
            if sector is None and head.lemma_.lower() in PARTY_WORDS:
                return self._sides(pair, text)
            return [self.actor(text, a.country, None, sector) for a in pair]
        if head.lemma_.lower() in PARTY_WORDS:
            # "called on both sides to respect the truce": the two parties of the last event
            # between two actors, whatever the states named since (a civil war has one); "the
            # two delegations" are those of the last talks or pact
            talking = head.lemma_.lower() in NEGOTIATOR_WORDS
            parties = (talking and self._last_dyad(own, talking=True)) or self._last_dyad(own)
            if parties:
                sides = self._sides(parties, text)
                if talking:  # a state's delegation speaks for its government, not its army
                    sides = [
                        self.actor(text, a.country, None, "GOV")
                        if a.country and a.sector in FORCE_SECTORS | {None}
                        else a
                        for a in sides
                    ]
                return sides
        if len(last) < 2:
            return []
        if head.lemma_.lower() in ("country", "nation", "state", "neighbour", "neighbor"):
            sector = None
        named = self._named_pair(head)
        if named and set(named) <= set(last[-3:]):
            # "urged Ethiopia and Somalia to talk. Turkey offered to mediate, and the ministers
            # of the two countries met": the two named together, not the mediator
            return [self.actor(text, c, None, sector) for c in named]
        return [self.actor(text, c, None, sector) for c in last[-2:]]

    def _named_pair(self, head: Token) -> list[str]:
        """The last two states named together ("Ethiopia and Somalia") in this sentence or the
        one before, before ``head``."""
        table = token_table(self.doc)
        for i in self._back_through_last_sentence(head):
            m = self.names.get(i)
            if (
                m is None
                or m.start != i
                or not m.entry.country
                or m.entry.kind not in ("country", "capital")
            ):
                continue
            for j in range(m.end, min(m.end + 2, head.i)):
                other = self.names.get(j + 1) if table.lower[j] == "and" else None
                if (
                    other is not None
                    and other.entry.kind in ("country", "capital")
                    and other.entry.country
                    and other.entry.country != m.entry.country
                ):
                    return [m.entry.country, other.entry.country]
        return []

    def _sides(self, pair: list[Actor], text: str) -> list[Actor]:
        """The two sides of a dyad: two states when two states' forces were last told (the troops
        fought, but "each side" blames and talks as a state), else the two actors themselves
        (two governments that met; a civil war's government and rebels)."""
        countries = {a.country for a in pair}
        if (
            None not in countries
            and len(countries) == 2
            and all(a.sector in FORCE_SECTORS for a in pair)
        ):
            return [self.actor(text, a.country, None, None) for a in pair]
        if {a.sector for a in pair} == {"GOV", None} and all(a.country for a in pair):
            # "the minister thanked the fraternal country, and the two sides agreed": one side
            # is a government, so the other state talks through its government too
            return [self.actor(text, a.country, None, "GOV") for a in pair]
        return [_retext(a, text) for a in pair]

    def _last_two_people(self, end: int, own: set[str | None]) -> list[str]:
        """The states of the last two people of different states named before token ``end``."""
        last: list[str] = []
        table = token_table(self.doc)
        for i in range(end):
            ent = self._ent_at.get(i)
            if table.pos[i] != "PROPN" or ent is None or ent.label_ != "PERSON" or ent.start != i:
                continue
            person = self._person_at(self.doc[i])
            if person is None or not person.country or person.country in own:
                continue
            if person.country in last:
                last.remove(person.country)
            last.append(person.country)
        return last[-2:] if len(last) >= 2 else []

    def _community(self, head: Token) -> str | None:
        """'the Kosovo Serbs', 'Bosnian Serbs': a people named by its nation and the state it
        lives in are that state's civilians, not the other nation's state."""
        m = self.names.get(head.i)
        if m is None or m.entry.kind != "demonym" or not head.text.endswith("s"):
            return None
        for c in head.children:
            other = self.names.get(c.i)
            if (
                c.dep_ in ("compound", "amod")
                and other is not None
                and other.entry.kind in ("country", "demonym")
                and other.entry.country
                and other.entry.country != m.entry.country
            ):
                return other.entry.country
        return None

    def _relation_of_another(self, head: Token) -> bool:
        """'Ukraine's Western allies', 'the neighbours of Sudan': a relation noun whose possessor
        or 'of' phrase names whom they relate to, not who they are ('our Polish friends' are
        still named, by their nationality)."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in _RELATION_NOUNS:
            return False
        modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
        if any(
            (m := self.names.get(t.i)) is not None and (m.entry.country or m.entry.kind == "igo")
            for c in modifiers
            for t in (c, *c.conjuncts)
        ):
            return False
        return any(
            c.dep_ == "poss"
            or (
                c.dep_ == "prep"
                and c.lower_ == "of"
                and any(o.dep_ == "pobj" and o.i in self.names for o in c.children)
            )
            for c in head.children
        )

    def _named_countries(self, end: int) -> list[tuple[int, str]]:
        """(position, state) of each mention before token ``end``: states by name and the known
        people who stand for them ("Xi held talks with Ramaphosa, and the two leaders ...")."""
        found = [
            (i, m.entry.country)
            for i, m in self.names.items()
            if i < end
            and i == m.start
            and m.entry.country
            and m.entry.kind != "none"
            and not (m.entry.kind == "capital" and _venue_word(self.doc[i]))
        ]
        table = token_table(self.doc)
        for i in range(end):
            m = self.names.get(i)
            if table.pos[i] != "PROPN" or (m is not None and m.entry.kind != "person"):
                continue
            ent = self._ent_at.get(i)
            if ent is not None and ent.start != i:
                continue  # one mention per name
            person = self._person_at(self.doc[i])  # also short names the tagger missed
            if person is not None and person.country:
                found.append((i, person.country))
        return sorted(found)

    def _sentence_dyad(self, head: Token) -> list[Actor]:
        """The two states of the last event its own sentence told before ``head``, not one
        whose target is this very phrase ("offered to host a meeting between the two")."""
        text = _text(_phrase(head))
        starts = {t.idx: t for t in head.sent}
        for e in reversed(self.memory.sentence_events):
            trigger = starts.get(e.trigger_span[0]) if e.trigger_span else None
            if trigger is not None and trigger.dep_ == "relcl":
                continue  # "Turkey, which trains Somali troops, ...": a description, no dyad
            if (
                e.target is not None
                and e.target.text != text
                and (e.trigger_span or e.span)[0] < head.idx
                and e.source.country
                and e.target.country
                and e.source.country != e.target.country
            ):
                return [e.source, e.target]
        return []

    def _last_dyad(self, own: set[str | None], talking: bool = False) -> list[Actor]:
        """The two sides of the document's last interaction between two other actors: an event
        told both ways (they met, fought, signed) first, else the last event with a target;
        ``talking``: of the last talks or pact ("praised the two delegations"), whatever was
        fought since."""
        recent = [
            e
            for e in self.memory.events[-12:]
            if e.target is not None
            and (not talking or e.event_type in TALKING_TYPES)
            and e.target.code != e.source.code
            and e.source.country not in own
            and e.target.country not in own
            # "bombed residential areas ... called on both sides": victims are no side
            and e.target.sector not in ("CVL", "REF")
        ]
        pairs = {(e.source.code, e.target.code) for e in recent}
        for e in reversed(recent):
            if (e.target.code, e.source.code) in pairs:
                return [e.source, e.target]
        return [recent[-1].source, recent[-1].target] if recent else []

    def names_own_state(self, head: Token) -> bool:
        """Whether the noun phrase itself says whose it is ("Kenya's forces", "Ghanaian troops",
        "its army"), not only the story around it ("the missile", "additional battalions")."""
        country, igo, _ = self._country_sector(_phrase(head), head)
        return bool(country or igo)

    def _title_sector(self, title: Token) -> str | None:
        """The sector a title word gives its holder: a spokesman's is that of the body spoken
        for ("army spokesman", "a spokesman for the police"), any other title's its own."""
        if title.lemma_.lower() in _SPEAKS_FOR:
            bodies = [c for c in title.children if c.dep_ in ("compound", "amod", "poss")]
            bodies += [o for c in title.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                       for o in c.children if o.dep_ == "pobj"]  # fmt: skip
            for body in bodies:
                found = self.sectors.get(body.i)
                if found is not None and found != self.sectors.get(title.i):
                    return found[1]  # not a word of the title's own phrase
        return self.sector_at(title.i)

    def sector_at(self, i: int) -> str | None:
        """The sector of the sector noun (or phrase: "border guards") token ``i`` is part of."""
        found = self.sectors.get(i)
        return found[1] if found else None

    def _sector_modifier(self, tokens: list[Token], head: Token) -> bool:
        return any(self.sectors.get(t.i) for t in tokens if t.i != head.i)

    def _person_at(self, head: Token) -> Actor | None:
        if head.ent_type_ != "PERSON":
            # the NER model misses short names ("Modi and Xi spoke"): a known name still counts
            if head.pos_ == "PROPN" and (
                head.i not in self.names or self.names[head.i].entry.kind == "person"
            ):
                m = self.names.get(head.i)
                whole = self.doc[m.start : m.end].text if m is not None else head.text
                # ("López Obrador said": the whole listed name, not its last word alone)
                return (
                    self.memory.people.get(head.text)
                    or self._lookup_person(head.text)
                    or (self._lookup_person(whole) if whole != head.text else None)
                )
            return None
        ent = self._ent_at.get(head.i)
        if ent is None:
            return None
        return (
            self.memory.people.get(ent.text)
            or self.memory.people.get(head.text)
            or self._lookup_person(ent.text)
            or self._person_in_context(ent)
        )

    def _placed_before(self, nouns: list[Token]) -> str | None:
        """The state of the last earlier mention of the same body noun that named one: after
        'the Georgian parliament', a bare 'parliament' or 'Parliament speaker' is Georgia's even
        in a story that names Russia more often."""
        lemmas = {t.lemma_.lower() for t in nouns}
        if not lemmas:
            return None
        first = min(t.i for t in nouns)
        for j in range(first - 1, -1, -1):
            if j not in self.sectors or self.doc[j].lemma_.lower() not in lemmas:
                continue
            state = self._modifier_state(self.doc[j])
            if state is not None:
                return state
        return None

    def _spoken_for(self, titles: list[Token]) -> str | None:
        """ "China's foreign ministry rejected the charge. Spokesperson Mao Ning said ...": a
        spokesperson whose title names no state speaks for the state's body just named (its
        ministry or its military: "The Israeli military said ... spokesman X said")."""
        if not titles or titles[-1].lemma_.lower() not in SPOKESPERSON_WORDS:
            return None
        for j in self._back_through_last_sentence(titles[-1]):
            if self.sectors.get(j, (0, ""))[1] in ("GOV", "MIL") and self.doc[j].pos_ == "NOUN":
                state = self._modifier_state(self.doc[j])
                if state is not None:
                    return state
        return None

    def _institution_site(self, head: Token) -> str | None:
        """'Riot police fired at crowds outside the parliament building': police and crowds at a
        state's parliament or court are that state's, as the text placed that body (by its own
        modifier or an earlier mention). Embassies stand abroad, so they are no evidence."""
        sent = head.sent
        for t in sent:
            if t.lower_ not in _SITE_PREPOSITIONS or t.dep_ != "prep":
                continue
            for obj in (c for c in t.children if c.dep_ == "pobj"):
                bodies = [
                    u
                    for u in _phrase(obj)
                    if self.sector_at(u.i) in ("LEG", "JUD") and u.lemma_.lower() in _SITE_NOUNS
                ]
                if bodies:
                    return self._modifier_state(bodies[0]) or self._placed_before(bodies)
        return None

    def _modifier_state(self, noun: Token) -> str | None:
        """The state a body noun's own modifier names: 'the Georgian parliament'."""
        for c in noun.children:
            m = self.names.get(c.i)
            if (
                m is not None
                and c.dep_ in ("amod", "compound", "poss", "nmod")
                and m.entry.kind in ("country", "demonym", "capital")
                and m.entry.country
                and not _allegiance(self.doc, m)
            ):
                return m.entry.country
        return None

    def _apposed_person(self, head: Token) -> Actor | None:
        """'The Official Spokesperson of the Ministry, Ambassador Rami Haddadin, said': the title
        is the named person's, whose state the text gave where it introduced him."""
        if not _is_person_noun(head):
            return None
        for c in head.children:
            if c.dep_ == "appos" and c.ent_type_ == "PERSON":
                ent = self._ent_at.get(c.i)
                person = self.memory.people.get(ent.text if ent is not None else c.text)
                if person is not None and person.country:
                    return person
        return None

    def _remembered_role(self, head: Token, tokens: list[Token]) -> Actor | None:
        """'the ambassador', 'the ministry': the actor the text introduced with that role noun."""
        if not any(t.lower_ in ("the", "this", "that", "its", "his", "her") for t in tokens):
            return None
        author = self.memory.author
        if (
            author is not None
            and head.text[:1].isupper()
            and not head.is_sent_start
            and self.sector_at(head.i) == author.sector
            and all(
                t.i == head.i
                or t.pos_ == "DET"
                or (t.i not in self.names and self.sectors.get(t.i) != self.sectors.get(head.i))
                for t in tokens
            )
        ):
            # a statement's "The Ministry", "the Federal Government" (capitalised, as its
            # author writes of itself) is its author, whatever other ministry it answered
            # (but "the Interior Ministry" is a ministry by its name)
            return author
        lemma = head.lemma_.lower()
        earlier = [(i, a) for i, title, a in self.memory.titled if title == lemma and i < head.i]
        return max(earlier, key=lambda x: x[0])[1] if earlier else None

    def _same_noun_before(self, head: Token, text: str) -> Actor | None:
        """'Kenyan police officers arrived ... praised the officers': a definite plural (or role)
        noun that names no one itself is the one an earlier phrase with the same noun named, or
        the body whose name it heads ('the court' after the International Court of Justice)."""
        if self._in_pronoun or head.lemma_.lower() in self.event_nouns:
            return None
        body = self._body_named_before(head, text)
        if body is not None:
            return body
        if head.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in head.children
        ):
            return None
        lemma = head.lemma_.lower()
        table = token_table(self.doc)
        for i in range(head.i - 1, -1, -1):
            if table.lemma[i] != lemma or table.pos[i] != "NOUN":
                continue
            t = self.doc[i]
            if not any(
                x.i in self.names and self.names[x.i].entry.kind != "region"
                for x in _phrase(t)
                if x.i != t.i
            ):
                continue  # "the officers" again: no one named there either
            for actor in self._resolve_quietly(t):
                if actor.country or actor.code not in SECTORS:
                    return _retext(actor, text)
        return None

    def _body_named_before(self, head: Token, text: str) -> Actor | None:
        """'the International Court of Justice ... the court's jurisdiction', 'the OSCE Mission
        ... the Mission': the body whose name the definite singular noun heads, not one of the
        story's state."""
        if head.tag_ not in ("NN", "NNP") or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children
        ):
            return None
        lemma = head.lemma_.lower()
        table = token_table(self.doc)
        for i in range(head.i - 1, -1, -1):
            if table.lemma[i] != lemma or table.pos[i] != "PROPN":
                continue
            m = self.names.get(i)
            if m is None and i > 0 and self.doc[i - 1].head.i == i:
                m = self.names.get(i - 1)  # "the OSCE Mission": the IGO its name begins with
            if m is not None and m.entry.kind == "igo":
                return self.actor(text, None, m.entry.igo, None)
        return None

    def _located_in(self, head: Token, depth: int = 0) -> str | None:
        """'protesters in Lagos', 'police in Pakistan': a sector located in a named country;
        also through a participle ('families displaced by fighting in Enga province')."""
        for child in head.children:
            if (
                depth < 3
                and child.dep_ in ("acl", "agent", "pobj", "pcomp")
                and (child.dep_ != "acl" or child.tag_ in ("VBN", "VBG"))
                and child.lemma_.lower() not in GATHERING_VERBS
                and (found := self._located_in(child, depth + 1))
            ):
                return found
            if child.dep_ == "prep" and child.lower_ in ("in", "across", "from", "near"):
                for obj in child.children:
                    m = self.names.get(obj.i)
                    if m and m.entry.country and m.entry.kind in ("country", "capital"):
                        return m.entry.country
                    city = self._city(obj)
                    if city:
                        return city
                    place = self.place_of(obj) if obj.dep_ == "pobj" else None
                    if place is not None and place.country:
                        return place.country  # "farmers in Borno state"
        return None

    def _clause_location(self, head: Token) -> str | None:
        """'In Kinshasa, demonstrators stormed ...': the place the actor's clause is set in."""
        verb = head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.lemma_.lower() in GATHERING_VERBS:
            return None  # "leaders meeting in Port of Spain": where they came, not whose they are
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "across", "inside"):
                for obj in prep.children:
                    place = self.place_of(obj) if obj.dep_ == "pobj" else None
                    if place is not None:
                        return place.country
        return None

    def _sentence_country(self, head: Token) -> str | None:
        """'Gunmen killed 12 farmers in Borno state, police said': the police of the one country
        the sentence's places lie in."""
        places = self.clause_places(head, whole_sentence=True)
        countries = {p.country for p in places if p.country}
        return countries.pop() if len(countries) == 1 else None

    def sentence_countries(self, token: Token, places: bool = True) -> set[str]:
        """The states the sentence of ``token`` names other than as a clause's subject (those
        act): by name, nationality or capital, or (with ``places``) as the country of a place it
        puts something in."""
        sent = token.sent
        dep = token_table(self.doc).dep
        named = {
            m.entry.country
            for i in range(sent.start, sent.end)
            if (m := self.names.get(i)) is not None
            and m.entry.country
            and m.entry.kind in ("country", "demonym", "capital")
            and dep[i] not in ("nsubj", "nsubjpass")
        }
        if places:
            named.update(
                p.country for p in self.clause_places(token, whole_sentence=True) if p.country
            )
        return named

    def _note(self, actor: Actor, head: Token) -> None:
        """Remember the actor for later references: its role noun, and the last person or group."""
        if actor.sector and self.sectors.get(head.i):
            self.memory.titled.append((head.i, head.lemma_.lower(), actor))
        if _names_person(head) or (
            actor.sector == "GOV" and self.sectors.get(head.i) and _is_person_noun(head)
        ):
            self.memory.last_person = actor
            if head.dep_ in ("nsubj", "nsubjpass"):
                self.memory.last_subject = actor
        else:
            self.memory.last_group = actor

    def _pronoun(self, head: Token, speaker: Actor | None) -> Actor | None:
        lower = head.lower_
        if lower in _FIRST_PERSON or lower == "our":
            if speaker is not None:
                return _retext(speaker, head.text)
            # an official statement speaks in the first person throughout ("We call on the
            # international community ..."): its author is the first actor it names as a subject
            if self.memory.author is not None and not any(q in self.text for q in '"“”'):
                return _retext(self.memory.author, head.text)
            return None
        if lower == "they" and (fled := self._object_in_motion(head)) is not None:
            return _retext(fled, head.text)
        if speaker is not None and lower in ("he", "she", "it", "they", "his", "its", "their"):
            if not quoted(head):
                return _retext(speaker, head.text)  # "X said it would ...": the speaker
            if lower in ("they", "it") and head.dep_ in ("nsubj", "nsubjpass") and speaker.country:
                # in his own words the speaker is "we": "'They rammed our ship,' he said"
                other = self._earlier_subjects(
                    head, person=False, single=True, other_than=speaker.country
                )
                if other:
                    return _retext(other[0], head.text)
        restater = _restating_subject(head) if not self._in_pronoun else None
        if restater is not None and (own := self._resolve_guarded(restater, speaker)):
            # "condemned China's actions and reaffirmed its commitment": one restates one's own
            # stand, whoever was named between
            return _retext(own, head.text)
        if lower in ("him", "her") and head.dep_ in ("dobj", "dative", "pobj", "iobj"):
            # "summoned Cambodia's ambassador and handed him a note": an object pronoun is not
            # the clause's own subject, but the last other person named before it
            other = self._other_person(head)
            if other is not None:
                return _retext(other, head.text)
        if lower in _PERSON_PRONOUNS:
            # "Akar visited Baku, where he was received": the person the sentence began with
            for t in [] if self._in_pronoun else head.sent:
                if t.i >= head.i:
                    break
                if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and _names_person(t):
                    person = self._resolve_guarded(t, None)
                    if person is not None:
                        return _retext(person, head.text)
            if head.dep_ in ("nsubj", "nsubjpass"):
                # "President X has made it a cause. He telephoned Y": a subject pronoun continues
                # the subject of the sentences just before, whether or not it did anything
                earlier = self._earlier_subject(head, person=True)
                if earlier is not None:
                    return _retext(earlier, head.text)
            if head.dep_ in ("nsubj", "nsubjpass") and self.memory.last_subject is not None:
                # "Wang telephoned Aliyev. He invited ...": a subject pronoun continues the
                # last person who acted, not the last one named
                return _retext(self.memory.last_subject, head.text)
            return _retext(self.memory.last_person, head.text)
        if lower in _THING_PRONOUNS | _PLURAL_PRONOUNS:
            if (
                lower == "their"
                and len(self.memory.current_sources) > 1
                and head.head.lemma_.lower() in self.event_nouns
            ):
                return None  # "A and B met ..., their first talks": their own act, no other's
            if lower == "them" and head.dep_ in ("dobj", "dative"):
                # "thanked the allies ... but urged them to ...": the object of the verb it is
                # joined to, not the last state named
                shared = self._shared_object(head)
                actor = self.resolve_one(shared) if shared is not None else None
                if actor is not None:
                    return _retext(actor, head.text)
            if head.dep_ in ("dobj", "pobj", "dative") or (
                head.dep_ == "poss" and head.head.dep_ in ("dobj", "pobj")
            ):
                # "accusing it of ...": an object pronoun is not the clause's own subject
                own = {a.country or a.code for a in self.memory.current_sources}
                plural = self._nearest_plural(head, own) if lower == "them" else None
                found = plural or self._nearest_state(head, exclude=own)
                if found is not None:
                    return _retext(found, head.text)
            first = _first_conjunct_subject(head) if not self._in_pronoun else None
            if (
                first is not None
                and head.head.lemma_.lower() not in self.event_nouns
                and (owner := self._resolve_guarded(first, speaker))
            ):
                # "the EU sent a mission, and its observers have patrolled": the subject the
                # clause it is joined to began with (not "authorised the mission, but its
                # deployment was held up": an act's owner may be what it acts on)
                return _retext(owner, head.text)
            if lower == "its" and head.head.dep_ in ("nsubj", "nsubjpass"):
                # "Sudan has wavered. Its government backed ...": the state the sentence before
                # was about, however much was named since
                named = self._subject_named_before(head)
                if named is not None:
                    return _retext(named, head.text)
            if head.dep_ in ("nsubj", "nsubjpass"):
                # "Canberra took the case to the WTO. It filed a second complaint": the subject
                # of the sentences before, not the last actor some event involved
                earlier = self._earlier_subject(head, person=False)
                if earlier is not None:
                    return _retext(earlier, head.text)
            owner = self._main_subject_owner(head, speaker)
            if owner is not None:
                return _retext(owner, head.text)
            return _retext(self.memory.last_group, head.text)
        return None

    def _object_in_motion(self, head: Token) -> Actor | None:
        """'its air force struck the attackers as they withdrew': 'they' of a time clause on a
        verb with people as its plural object is those people."""
        clause = head.head
        if head.dep_ != "nsubj" or clause.dep_ != "advcl" or self._in_pronoun:
            return None
        if not any(
            c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in clause.children
        ):
            return None
        main = clause.head
        objects = [c for c in main.children if c.dep_ == "dobj"] + [
            o for p in main.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
        ]  # "fired tear gas at the protesters as they marched"
        people = [o for o in objects if o.i < head.i and o.tag_ == "NNS" and self.sector_at(o.i)]
        return self._resolve_guarded(max(people, key=lambda o: o.i), None) if people else None

    def _main_subject_owner(self, head: Token, speaker: Actor | None) -> Actor | None:
        """'Ukraine has kept a corridor open, with its navy escorting ships': the owner of a
        later clause's subject is the sentence's main subject, if the number agrees."""
        if head.lower_ not in ("its", "their") or head.head.dep_ not in ("nsubj", "nsubjpass"):
            return None
        if self._in_pronoun or head.head.lemma_.lower() in self.event_nouns:
            return None  # ("authorised the mission, but its deployment ...": the mission's)
        main = next(
            (
                t
                for t in head.sent.root.children
                if t.dep_ in ("nsubj", "nsubjpass") and t.i < head.i and t.pos_ != "PRON"
            ),
            None,
        )
        if main is None:
            return None
        plural = main.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in main.children)
        if plural != (head.lower_ == "their"):
            return None
        return self._resolve_guarded(main, speaker)

    def _resolve_guarded(self, token: Token, speaker: Actor | None) -> Actor | None:
        """``resolve_one`` from inside pronoun resolution, with no pronoun resolved again."""
        self._in_pronoun = True
        try:
            return self.resolve_one(token, speaker)
        finally:
            self._in_pronoun = False

    def _shared_object(self, head: Token) -> Token | None:
        """The plural object of the verb that ``head``'s verb is coordinated with ("thanked the
        allies for their help but urged them to ..."): the same people twice."""
        verb = head.head
        partners = [verb.head] if verb.dep_ == "conj" else []
        partners += [c for c in verb.children if c.dep_ == "conj"]
        for other in partners:
            for obj in other.children:
                if obj.dep_ == "dobj" and obj.tag_ == "NNS" and obj.i < head.i:
                    return obj
        return None

    def other_subject_before(self, head: Token) -> list[Actor]:
        """The actor of the nearest clause subject before ``head`` (in its sentence or the one
        before) that is not the one acting now: who did what 'the move' refers to."""
        acting = {a.country or a.code for a in self.memory.current_sources}
        for i in self._back_through_last_sentence(head):
            t = self.doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON":
                continue
            found = self._resolve_quietly(t)
            if len(found) == 1 and (found[0].country or found[0].code) not in acting:
                return [_retext(found[0], head.text)]
        return []

    def _subject_named_before(self, head: Token) -> Actor | None:
        """The state, body or group named as the main subject of the sentence before ``head``'s
        (by name: no pronoun is followed, so this is safe inside other lookups)."""
        if head.sent.start == 0 or any(
            t.dep_ in ("nsubj", "nsubjpass") for t in self.doc[head.sent.start : head.i]
        ):
            return None  # "New Delhi rejected the list, and its ministry ...": that subject's
        before = self.doc[head.sent.start - 1].sent
        for t in before:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "ROOT":
                continue
            m = self.names.get(t.i)
            if m is None or m.entry.kind in ("none", "person", "demonym"):
                return None
            entry = m.entry
            sector = entry.sector if entry.kind in ("group", "seat", "capital") else None
            return self.actor(t.text, entry.country, entry.igo, sector)
        return None

    def _earlier_subject(self, head: Token, person: bool) -> Actor | None:
        """The one actor of the nearest earlier subject naming a person (for 'he', 'she') or
        else a state, body or group (for 'it', 'they')."""
        found = self._earlier_subjects(head, person, single=True)
        return found[0] if found else None

    def _earlier_subjects(
        self, head: Token, person: bool | None, single: bool = False, other_than: str | None = None
    ) -> list[Actor]:
        """The actors of the nearest subject before ``head`` (in its own sentence, then in a main
        clause up to two sentences back) that names a person, or not one (``person`` None:
        either); other pronouns are passed over, and with ``single`` so are lists of actors.
        With ``other_than`` (a quoted speaker's state), those of that state are passed over and
        reported clauses count: in "'They rammed our ship,' the spokesman said" they are the
        other side the story told of."""
        if self._in_pronoun:
            return []
        sents = [head.sent]
        while len(sents) < 3 and sents[-1].start > 0:
            sents.append(self.doc[sents[-1].start - 1].sent)
        for sent in sents:
            for i in range(min(head.i, sent.end) - 1, sent.start - 1, -1):
                t = self.doc[i]
                if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON":
                    continue
                main = ("ROOT", "conj", "ccomp") if other_than else ("ROOT", "conj")
                if sent.start != head.sent.start and t.head.dep_ not in main:
                    continue  # "asked KFOR to let soldiers return": no subject of the story
                m = self.names.get(i)
                is_person = (
                    (m.entry.kind == "person")
                    if m is not None
                    else (_names_person(t) or (i in self.sectors and _is_person_noun(t)))
                )
                if person is not None and is_person != person:
                    continue
                found = self._resolve_quietly(t)
                if other_than and any(a.country == other_than for a in found):
                    continue
                if found and not (single and len(found) > 1):
                    return found
        return []

    def _back_through_last_sentence(self, head: Token) -> range:
        """The positions before ``head``, nearest first, back to the start of the sentence
        before its own."""
        start = head.sent.start
        if start > 0:
            start = self.doc[start - 1].sent.start
        return range(head.i - 1, start - 1, -1)

    def _plural_object(self, head: Token) -> list[Actor]:
        """The nearest object before ``head`` (in its sentence or the one before) that names
        several actors: coordinated states ("brought Somalia and Ethiopia together") or a
        plural that counts them ("the two neighbours")."""
        if self._in_pronoun:
            return []
        for i in self._back_through_last_sentence(head):
            t = self.doc[i]
            if t.dep_ not in ("dobj", "pobj") or t.pos_ == "PRON":
                continue
            if t.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in t.children):
                continue
            found = self._resolve_quietly(t)
            if len(found) > 1:
                return found
        return []

    def _nearest_plural(self, head: Token, exclude: set[str | None]) -> Actor | None:
        """'Ethiopian militiamen attacked the post, and Sudanese troops repelled them': the
        nearest plural noun before ``head`` (in its sentence or the one before) that names an
        actor other than the acting subject's, with its sector, not the bare state."""
        if self._in_pronoun:
            return None
        for i in self._back_through_last_sentence(head):
            t = self.doc[i]
            if t.tag_ != "NNS" or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
                continue
            found = self._resolve_quietly(t)
            if (
                len(found) == 1
                and found[0].sector
                and (found[0].country or found[0].code) not in exclude
            ):
                return found[0]
        return None

    def _resolve_quietly(self, token: Token) -> list[Actor]:
        """Resolve ``token`` for a reference without touching what the memory holds as the
        last person, subject and group, nor the speaker being coded."""
        memory, speaker, speakers = self.memory, self.speaker, self.speakers
        saved = (memory.last_person, memory.last_subject, memory.last_group, len(memory.titled))
        self._in_pronoun = True
        try:
            self.speakers = []
            return self.resolve(token)
        finally:
            self._in_pronoun = False
            self.speaker, self.speakers = speaker, speakers
            memory.last_person, memory.last_subject, memory.last_group = saved[:3]
            del memory.titled[saved[3] :]

    def _other_person(self, head: Token) -> Actor | None:
        """The last person (or titled official) named in the sentence before ``head`` who is not
        the acting subject."""
        if self._in_pronoun:
            return None
        own = {a.code for a in self.memory.current_sources}
        for i in range(head.i - 1, head.sent.start - 1, -1):
            t = self.doc[i]
            if t.dep_ in ("nsubj", "nsubjpass") or not (
                t.ent_type_ == "PERSON"
                or (self.sectors.get(i) and _is_person_noun(t))
                or _heads_body(t)
            ):
                continue
            if t.dep_ == "compound":
                continue  # a word inside a longer name: its head is tried
            person = self._resolve_guarded(t, None)
            if person is not None and person.code not in own:
                return person
        return None

    def _nearest_state(self, head: Token, exclude: set[str]) -> Actor | None:
        """The closest state, IGO or group named before ``head`` that is not in ``exclude``."""
        for i in range(head.i - 1, max(-1, head.i - 120), -1):
            m = self.names.get(i)
            if m is None or m.start != i or m.entry.kind in ("none", "person"):
                continue
            key = m.entry.country or m.entry.igo
            if key and key not in exclude:
                sector = m.entry.sector if m.entry.kind in ("group", "seat", "capital") else None
                return self.actor(head.text, m.entry.country, m.entry.igo, sector)
        return None


def _whose_owner(head: Token) -> Token | None:
    """The noun a 'whose' phrase belongs to: 'ECOWAS, whose mediators met ...' -> ECOWAS."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in head.children):
        return None
    clause = head.head
    for _ in range(3):
        if clause.dep_ == "relcl":
            return clause.head
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _of_objects(head: Token) -> list[Token]:
    """The objects of ``head``'s "of" phrases ("thousands of supporters", "a team of doctors")."""
    return prep_objects(head, "of")


def _venue_word(token: Token) -> bool:
    """Is this capital where something happened ("talks in Ankara", "at Addis Ababa"), a place
    rather than the government it may stand for?"""
    while token.dep_ == "compound" and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at")


# Titles of those who speak for a body: theirs is the body's sector ("army spokesman" is MIL).
_SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople"})

_PERSON_NOUNS = {
    "president",
    "minister",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "king",
    "leader",
    "chancellor",
    "governor",
    "mayor",
    "premier",
    "secretary",
    "emir",
    "prince",
    "general",
    "colonel",
    "brigadier",
    "admiral",
    "commander",
    "diplomat",
    "official",
}


def _focus_country(counts: dict[str, int]) -> str | None:
    """The country a document is mostly about: the only one it names, or one named at least
    twice and more than any other."""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1:
        return ranked[0][0]  # the one state the text names
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return None
    return ranked[0][0]


_CAPITALS: dict[int, dict[str, str]] = {}


# Words for a form of state that its long name states: "the Kingdom" is Jordan in a story of
# Jordan and Israel, whichever of the two was named last.
_STATE_FORMS = ("kingdom", "sultanate", "emirate", "emirates")
_FORMS: dict[int, dict[str, frozenset[str]]] = {}


def _states_of_form(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The states whose names say each form of state ("Hashemite Kingdom of Jordan")."""
    if id(lexicon) not in _FORMS:
        out: dict[str, set[str]] = {form: set() for form in _STATE_FORMS}
        for key, entry in lexicon.names.items():
            if entry.kind == "country" and entry.country:
                for word in key:
                    if word.lower() in out:
                        out[word.lower()].add(entry.country)
        _FORMS[id(lexicon)] = {form: frozenset(states) for form, states in out.items()}
    return _FORMS[id(lexicon)]


# Craft a force owns and acts through: "its aircraft", "their vessels".
_CRAFT = frozenset(
    {"aircraft", "plane", "helicopter", "ship", "vessel", "boat", "drone", "vehicle", "unit"}
)  # fmt: skip
# Bodies a person or state leads: "the delegation led by", "a team headed by".
_LED_BODIES = frozenset(
    {"delegation", "team", "mission", "force", "coalition", "group", "panel", "commission",
     "contingent", "convoy", "expedition"}
)  # fmt: skip


def _leader_of(head: Token) -> Token | None:
    """Who leads the body the noun names: 'the delegation led by the deputy minister'."""
    if head.lemma_.lower() not in _LED_BODIES:
        return None
    for acl in head.children:
        if (
            acl.dep_ == "acl"
            and acl.lemma_.lower() in ("lead", "head", "chair")
            and acl.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in acl.children)
        ):
            return by_agent(acl)
    return None


def _abstract_force(head: Token) -> bool:
    """'with full force', 'by force', 'the use of military force': force as a means, not a body
    of troops ('a multinational force', 'Kenyan forces', 'the force's commander' are)."""
    if head.lemma_.lower() != "force" or head.tag_ != "NN":
        return False
    return all(c.dep_ == "amod" and c.lower_ in MEANS_OF_FORCE for c in head.children)


def parties_to_dispute(head: Token) -> bool:
    """'all parties', 'the parties concerned', 'the parties to the conflict': the sides of a
    dispute left unnamed, not political parties (which a word such as 'political', 'ruling' or
    'opposition', or a name, would mark)."""
    if head.lemma_.lower() != "party" or head.tag_ != "NNS":
        return False
    return all(
        (c.dep_ in ("det", "predet") and c.lower_ in ("all", "the", "these", "those"))
        or (
            c.dep_ in ("amod", "acl") and c.lower_ in ("concerned", "involved", "relevant", "other")
        )
        or (c.dep_ == "prep" and c.lower_ == "to")
        for c in head.children
    ) and any(c.dep_ in ("det", "predet") for c in head.children)


def _first_conjunct_subject(head: Token) -> Token | None:
    """For 'its' or 'their' owning the subject of the second of two joined clauses, the subject
    of the first ("the EU sent a mission, and its observers patrolled")."""
    if head.dep_ != "poss" or head.lower_ not in ("its", "their"):
        return None
    noun = head.head
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj":
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _restating_subject(head: Token) -> Token | None:
    """The subject of the verb whose own stand a possessive pronoun's noun restates ("X
    reaffirmed its commitment", "reiterated their support"), climbing coordination for a shared
    subject; None for any other pronoun."""
    if head.dep_ != "poss" or head.lower_ not in ("its", "their", "his", "her"):
        return None
    noun = head.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in RESTATING_VERBS:
        return None
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _bare_conjunct(head: Token) -> bool:
    """A plural noun coordinated after another with no words of its own ('Saudi-led coalition
    warplanes and warships'): the first conjunct's modifiers qualify it too."""
    return (
        head.dep_ == "conj"
        and head.tag_ == "NNS"
        and all(c.dep_ in ("cc", "conj", "punct") for c in head.children)
        # not "Yemeni forces and troops from the UAE", the phrase hung on the first conjunct
        and not any(c.dep_ == "prep" and c.i > head.i for c in head.head.children)
    )


def _sharing_modifiers(actor: Actor, first: Actor) -> Actor:
    """The bare conjunct's actor with the first conjunct's state or organisation, when both are
    of one sector ("warplanes and warships" of the same coalition, not of where they struck)."""
    if actor.sector is None or actor.sector != first.sector or first.country is None:
        return actor
    return _retext(first, actor.text)


def _capitals(lexicon: Lexicon) -> dict[str, str]:
    """Each country's first listed capital, by ISO alpha-3 (computed once per lexicon)."""
    if id(lexicon) not in _CAPITALS:
        out: dict[str, str] = {}
        for key, entry in lexicon.names.items():
            if entry.kind == "capital" and entry.country:
                out.setdefault(entry.country, " ".join(key))
        _CAPITALS[id(lexicon)] = out
    return _CAPITALS[id(lexicon)]


_CLAUSE_BOUNDARIES = frozenset(
    {"nsubj", "nsubjpass", "relcl", "acl", "appos", "advcl", "ccomp", "xcomp", "conj", "csubj"}
)


def _in_clause(i: int, predicate: Token) -> bool:
    """Is token ``i`` inside ``predicate``'s own clause, outside its subject and any clause below?
    A clause the predicate is coordinated with or completes shares its places ('Near Durban,
    police fired ... and arrested 14', 'met in Vilnius and agreed to ...')."""
    table = token_table(predicate.doc)
    dep, head = table.dep, table.head
    heads = {predicate.i}
    p = predicate.i
    while dep[p] in ("conj", "xcomp") and head[p] != p:
        p = head[p]
        heads.add(p)
    t = i
    for _ in range(12):
        if t in heads:
            return True
        if dep[t] in _CLAUSE_BOUNDARIES or head[t] == t:
            return False
        t = head[t]
    return False


def _proper(name: str) -> bool:
    """A name with a capitalised word besides its article and kind word: 'Borno state'."""
    return any(w[:1].isupper() for w in name.split() if w.lower() not in REGION_WORDS | {"the"})


# "Iran-backed", "Russian-trained": the state named supports the actor, it is not the actor's.
_PATRON_WORDS = frozenset(
    {"backed", "funded", "sponsored", "supported", "armed", "trained", "allied", "aligned"}
)


# Nouns for those who stand in a relation to someone: "Ukraine's allies" are not Ukraine.
_RELATION_NOUNS = frozenset(
    {"ally", "partner", "neighbour", "neighbor", "rival", "enemy", "foe", "adversary", "critic",
     "opponent", "detractor", "friend"}
)  # fmt: skip
# Nouns that denote people, parties or units ("the head of the delegation", "the Kyrgyz side",
# "its allies", "a Kosovo police patrol"), some of them also verbs with an event pattern
# ("head", "side with", "ally", "patrol"): never read as event nouns.
_ACTOR_NOUNS = (
    LEADER_WORDS
    | PARTY_WORDS
    | OTHER_PARTY_NOUNS
    | _RELATION_NOUNS
    | frozenset(_PERSON_NOUNS)
    | frozenset({"patrol", "escort"})
)


def _allegiance(doc: Doc, m: Mention) -> bool:
    """A name inside 'pro-X', 'anti-X' or 'X-backed': it says whom the actor sides with."""
    lower = token_table(doc).lower
    before = m.start >= 2 and lower[m.start - 1] == "-" and lower[m.start - 2] in ("pro", "anti")
    after = m.end + 1 < len(doc) and lower[m.end] == "-" and lower[m.end + 1] in _PATRON_WORDS
    return before or after


def _counted_people(head: Token) -> bool:
    """Is a plural nationality noun counted ('more than 30 Palestinians', 'thousands of
    Georgians', 'several Afghans')? Counted heads are so many people of that nationality, not
    the state or its leadership ('the Palestinians rejected the plan')."""
    if head.tag_ not in ("NNS", "NNPS") and not head.text.endswith("s"):
        return False
    if any(c.dep_ == "nummod" or c.lower_ in _PEOPLE_QUANTIFIERS for c in head.children):
        return True
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ == "of"
        and (prep.head.lemma_.lower() in _PEOPLE_QUANTITIES or prep.head.pos_ == "NUM")
    )


def _military_object(head: Token | None) -> bool:
    """Is ``head`` an installation armed forces hold ('the Indian posts', 'Russian bases')?"""
    if head is None or head.pos_ != "NOUN" or head.lemma_.lower() not in _MILITARY_OBJECTS:
        return False
    if head.lemma_.lower() in _STANCE_OBJECTS:
        if any(c.dep_ == "compound" and c.lower_ in _OUTPOST_WORDS for c in head.children):
            return True  # "a Turkish border post", "an army position": a post held
        return head.tag_ == "NNS" and not any(
            c.dep_ == "prep" and c.lower_ in ("on", "regarding") for c in head.children
        )
    return True


def _unplaced_phrase(head: Token) -> list[Token]:
    """A noun's phrase without its locative phrases: "the three countries in Kinshasa" (a
    meeting's place the parser hung on the noun) names no fourth state."""
    placed = {
        t.i for c in head.children if c.dep_ == "prep" and c.lower_ in LOCATIVE for t in c.subtree
    }
    return [t for t in _phrase(head) if t.i not in placed]


def _island_state(head: Token, tokens: list[Token]) -> bool:
    """'the island', 'the self-ruled island', 'the island nation': a state told by its being
    an island, with no name or 'of' phrase of its own ("the island of Lesbos" is a place)."""
    lemma = head.lemma_.lower()
    island = lemma == "island" or (
        lemma in ("nation", "state", "country")
        and any(c.dep_ == "compound" and c.lemma_.lower() == "island" for c in head.children)
    )
    return (
        island
        and head.dep_ != "compound"
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
        and all(t.pos_ in ("DET", "ADJ", "NOUN", "PUNCT", "VERB") for t in tokens)
    )


def _uprooted(head: Token) -> bool:
    """Migrants, refugees, asylum seekers, or thousands of them."""
    if head.lemma_.lower() in _PEOPLE_QUANTITIES:
        return any(_uprooted(t) for t in _of_objects(head))
    return head.lemma_.lower() in _UPROOTED


def _spoken_to(head: Token) -> bool:
    """'said they ... urged the authorities to ...': the object of what the speaker itself
    (a pronoun subject, or none of its own) does to someone, not the speaker's own people."""
    verb = head.head
    if head.dep_ not in ("dobj", "dative") or verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return all(s.pos_ == "PRON" for s in subjects) and (bool(subjects) or verb.dep_ == "conj")


def _is_person_noun(token: Token) -> bool:
    return token.lemma_.lower() in _PERSON_NOUNS


def _names_person(token: Token) -> bool:
    """A person's name, also one the entity tagger cut short: in "Defence Minister [Vladimir
    Padrino] López" the last word, the head, is past the tagged name, but the title or the
    tagged words before it say whose it is."""
    if token.ent_type_ == "PERSON":
        return True
    return token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and (c.ent_type_ == "PERSON" or _is_person_noun(c))
        for c in token.children
    )


def _heads_body(token: Token) -> bool:
    """'the head of the army delegation', 'the chief of the mission': one person named by the
    body they lead."""
    return token.lemma_.lower() in ("head", "chief", "chairman", "chairwoman", "chair") and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children
    )


def _same(token: Token, other: Token | None) -> bool:
    """Token identity by position: spaCy makes a new Token object on every access."""
    return other is not None and token.i == other.i


def _retext(actor: Actor | None, text: str) -> Actor | None:
    """The same actor as named by other words ("he", "the ministry")."""
    return replace(actor, text=text) if actor is not None else None


_CLAUSE_DEPS = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "conj", "cc", "appos", "punct", "xcomp"}
)


KINSHIP_NOUNS = frozenset({"brother", "sister", "friend", "colleague", "partner", "counterpart"})


def _named_companion(head: Token) -> Token | None:
    """The name apposed to a possessed word of kinship ('my brother Ilham Aliyev', 'our dear
    friend Erdogan'): the speaker's brother is that person, not the speaker."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in KINSHIP_NOUNS:
        return None
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)


def _phrase(head: Token) -> list[Token]:
    """The tokens of a noun phrase, without its clauses, conjuncts and appositions."""
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSE_DEPS)
    out.sort(key=lambda t: t.i)
    split = _split_modifier(head, out[0].i)
    return _phrase(split) + out if split is not None else out


def _split_modifier(head: Token, start: int) -> Token | None:
    """A common noun the parser split off in front of a name as a second subject or object
    ("the main opposition | Pheu Thai party criticised"): it still qualifies the name."""
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj") or head.pos_ not in ("NOUN", "PROPN"):
        return None
    for sibling in head.head.children:
        if sibling.i >= start:
            break
        if (
            sibling.dep_ == head.dep_
            and sibling.pos_ == "NOUN"
            and sibling.right_edge.i == start - 1
            and any(t.pos_ == "PROPN" for t in head.doc[start : head.i + 1])
        ):
            return sibling
    return None


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    start, end = min(t.i for t in tokens), max(t.i for t in tokens)
    return span_text(tokens[0].doc, start, end + 1).strip(" ,")


def _conjuncts(token: Token) -> list[Token]:
    """'Egypt and Sudan': the head and its coordinated nouns."""
    out = [token]
    for t in token.conjuncts:
        if t.pos_ in _NOUNISH and t.i > token.i:
            out.append(t)
    return out
