"""The event pattern dictionary (data/patterns/*.yaml), loaded and validated against the ontology once."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from .datafiles import read_yaml
from .errors import DataError
from .ontology import PLOVER_TYPES, Ontology, load_ontology

SLOTS = ("dobj", "dative", "iobj", "poss", "compound", "nsubj", "attr")
FLAGS = ("mutual", "reverse", "complement", "territorial", "future")
KEYS = {
    "id",
    "verb",
    "noun",
    "cameo",
    "mode",
    "context",
    "target",
    "source",
    "object",
    "type",
    *FLAGS,
}


@dataclass(frozen=True)
class Pattern:
    """One way of stating an event: a verb (+ particle), a light verb + noun, or an event noun."""

    id: str
    event_type: str
    cameo: str
    # (lemma, words that must attach to it): "call on" -> ("call", ("on",)),
    # "come down hard on" -> ("come", ("down", "hard", "on")); the last word names the target's prep.
    verbs: tuple[tuple[str, tuple[str, ...]], ...]
    nouns: tuple[str, ...]
    mode: str | None
    context: tuple[str, ...]
    target: tuple[str, ...]
    source: tuple[str, ...]
    # "actor" | "thing" | "place" (a named place) | "reciprocal" (no object, a plural subject:
    # "A and B met") | None
    object: str | None
    mutual: bool
    reverse: bool
    complement: bool
    territorial: bool  # the target slots hold places taken or left: each stands for its state
    future: bool = False  # only of what is still to come: "Seoul would respond" (not "responded")
    # particles_for's answers for each of the verbs, sorted once (the coder asks for every verb)
    _particles: dict[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        particles = {
            lemma: tuple(sorted((p for v, p in self.verbs if v == lemma), key=len, reverse=True))
            for lemma, _ in self.verbs
        }
        object.__setattr__(self, "_particles", particles)

    @property
    def nominal(self) -> bool:
        """Whether the noun states the event by itself (no verb)."""
        return not self.verbs

    @property
    def specificity(self) -> int:
        """How much a match says: nouns, particles and object checks count."""
        particle = any(p for _, p in self.verbs)
        return (2 if self.nouns else 0) + (1 if particle else 0) + (1 if self.object else 0)

    def particles_for(self, lemma: str) -> tuple[tuple[str, ...], ...]:
        """Each way this pattern writes ``lemma`` (with its particles), most specific first."""
        return self._particles.get(lemma, ())


@dataclass(frozen=True)
class PatternBook:
    """Patterns indexed for lookup: by verb lemma and by noun lemma (nominal patterns)."""

    by_verb: dict[str, tuple[Pattern, ...]]
    by_noun: dict[str, tuple[Pattern, ...]]
    all: tuple[Pattern, ...]

    def for_verb(self, lemma: str) -> tuple[Pattern, ...]:
        """Patterns whose verb has this lemma."""
        return self.by_verb.get(lemma, ())

    def for_noun(self, lemma: str) -> tuple[Pattern, ...]:
        """Nominal patterns whose noun has this head."""
        return self.by_noun.get(lemma, ())


def _list(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise DataError(f"{where}: expected a string or list of strings, got {value!r}")


def _slots(value: Any, where: str, default: tuple[str, ...]) -> tuple[str, ...]:
    slots = _list(value, where) or default
    for slot in slots:
        if slot not in SLOTS and not (slot.startswith("prep:") and len(slot) > 5):
            raise DataError(f"{where}: unknown slot {slot!r} (use {', '.join(SLOTS)} or prep:X)")
    return slots


def parse_pattern(item: Any, file_type: str, where: str, onto: Ontology) -> Pattern:
    """Validate one YAML pattern entry into a Pattern; DataError names file and id."""
    if not isinstance(item, dict):
        raise DataError(f"{where}: a pattern must be a mapping")
    if unknown := set(item) - KEYS:
        raise DataError(f"{where}: unknown keys {sorted(unknown)}")
    pid = item.get("id")
    if not pid:
        raise DataError(f"{where}: pattern has no id")
    where = f"{where} ({pid})"
    etype = item.get("type", file_type)
    if etype not in PLOVER_TYPES:
        raise DataError(f"{where}: unknown PLOVER type {etype!r}")
    cameo = str(item.get("cameo", ""))
    if cameo not in onto.cameo:
        raise DataError(f"{where}: unknown CAMEO code {cameo!r} (write it as a quoted string)")
    mode = item.get("mode")
    if mode and (etype, mode) not in onto.modes:
        raise DataError(f"{where}: {mode!r} is not a PLOVER mode of {etype}")
    context = _list(item.get("context"), where)
    if bad := [c for c in context if c not in onto.contexts]:
        raise DataError(f"{where}: unknown PLOVER contexts {bad}")
    verbs_raw = _list(item.get("verb"), where)
    nouns = tuple(n.lower() for n in _list(item.get("noun"), where))
    if not verbs_raw and not nouns:
        raise DataError(f"{where}: a pattern needs a verb or a noun")
    if any(len(v.split()) > 5 for v in verbs_raw):
        raise DataError(f"{where}: a verb is a lemma plus at most four particles")
    verbs = tuple(
        (v.split()[0].lower(), tuple(w.lower() for w in v.split()[1:])) for v in verbs_raw
    )
    obj = item.get("object")
    if obj not in (None, "actor", "thing", "reciprocal", "place"):
        raise DataError(f"{where}: object must be 'actor', 'thing', 'place' or 'reciprocal'")
    flags = {f: item.get(f, False) for f in FLAGS}
    for f, v in flags.items():
        if not isinstance(v, bool):
            raise DataError(f"{where}: {f} must be true or false")
    default_target = ("prep:on", "prep:against", "prep:of") if not verbs else ("dobj",)
    return Pattern(
        id=pid,
        event_type=etype,
        cameo=cameo,
        verbs=verbs,
        nouns=nouns,
        mode=mode,
        context=context,
        target=_slots(item.get("target"), where, default_target),
        source=_slots(item.get("source"), where, ("poss", "prep:by", "compound")),
        object=obj,
        **flags,
    )


@cache
def load_event_references() -> dict[str, frozenset[str] | None]:
    """Nouns that refer back to a told event (data/references/event_nouns.yaml)."""
    label = "data/references/event_nouns.yaml"
    path = resources.files("dyad").joinpath("data", "references", "event_nouns.yaml")
    return parse_event_references(read_yaml(path, label), label)


def parse_event_references(data: Any, label: str) -> dict[str, frozenset[str] | None]:
    """Each noun with the PLOVER types it may refer to, or None for `any` type."""
    if not isinstance(data, dict) or not isinstance(data.get("nouns"), dict):
        raise DataError(f"{label}: expected a 'nouns' mapping")
    nouns: dict[str, frozenset[str] | None] = {}
    for noun, kinds in data["nouns"].items():
        where = f"{label}: {noun}"
        if not isinstance(noun, str) or noun != noun.lower() or not noun.strip():
            raise DataError(f"{where}: a noun is a lower-case lemma")
        if kinds == "any":
            nouns[noun] = None
            continue
        types = _list(kinds, where)
        if not types or any(t not in PLOVER_TYPES for t in types):
            raise DataError(f"{where}: expected 'any' or a list of PLOVER types, got {kinds!r}")
        nouns[noun] = frozenset(types)
    return nouns


@dataclass(frozen=True)
class ReactionAct:
    """A speech act a reaction answers ("rejected Yerevan's call"): the event its noun states."""

    pattern: Pattern  # nominal: the noun, its PLOVER type, CAMEO code and mode
    addressed: bool  # whether the one who answers it is the one it was made to
    clause: bool  # whether it states the act only with a content clause ("claim that ...")


ACT_KEYS = {"type", "cameo", "mode", "addressed", "clause"}


@cache
def load_reaction_acts() -> dict[str, ReactionAct]:
    """Speech-act nouns a reaction answers (the ``acts`` of data/references/event_nouns.yaml)."""
    label = "data/references/event_nouns.yaml"
    path = resources.files("dyad").joinpath("data", "references", "event_nouns.yaml")
    return parse_reaction_acts(read_yaml(path, label), label, load_ontology())


def parse_reaction_acts(data: Any, label: str, onto: Ontology) -> dict[str, ReactionAct]:
    """Each act noun with the event it states; a type, code or mode the ontology lacks, or a CAMEO
    code of another PLOVER type, is a DataError (the noun would silently code the wrong event)."""
    if not isinstance(data, dict) or not isinstance(data.get("acts", {}), dict):
        raise DataError(f"{label}: expected an 'acts' mapping")
    acts: dict[str, ReactionAct] = {}
    for noun, entry in data.get("acts", {}).items():
        where = f"{label}: acts: {noun}"
        if not isinstance(noun, str) or noun != noun.lower() or not noun.strip():
            raise DataError(f"{where}: a noun is a lower-case lemma")
        if not isinstance(entry, dict):
            raise DataError(f"{where}: expected a mapping with 'type' and 'cameo'")
        if unknown := set(entry) - ACT_KEYS:
            raise DataError(f"{where}: unknown keys {sorted(unknown)}")
        etype, cameo, mode = entry.get("type"), str(entry.get("cameo", "")), entry.get("mode")
        if etype not in PLOVER_TYPES:
            raise DataError(f"{where}: unknown PLOVER type {etype!r}")
        if cameo not in onto.cameo:
            raise DataError(f"{where}: unknown CAMEO code {cameo!r} (write it as a quoted string)")
        if onto.cameo[cameo].plover_type not in (None, etype):
            kind = onto.cameo[cameo].plover_type
            raise DataError(f"{where}: CAMEO {cameo} is {kind}, not {etype}")
        if mode is not None and (etype, mode) not in onto.modes:
            raise DataError(f"{where}: {mode!r} is not a PLOVER mode of {etype}")
        flags = {f: entry.get(f, f == "addressed") for f in ("addressed", "clause")}
        if any(not isinstance(v, bool) for v in flags.values()):
            raise DataError(f"{where}: addressed and clause must be true or false")
        pattern = Pattern(
            id=f"act.{noun}",
            event_type=etype,
            cameo=cameo,
            verbs=(),
            nouns=(noun,),
            mode=mode,
            context=(),
            target=("prep:on", "prep:upon", "prep:to", "prep:against"),
            source=("poss", "prep:by", "prep:from"),
            object=None,
            mutual=False,
            reverse=False,
            complement=False,
            territorial=False,
        )
        acts[noun] = ReactionAct(pattern, **flags)
    return acts


@cache
def load_patterns() -> PatternBook:
    """Load every data/patterns/*.yaml file, in a stable order, into one PatternBook."""
    onto = load_ontology()
    folder = resources.files("dyad").joinpath("data", "patterns")
    patterns: list[Pattern] = []
    seen: dict[str, str] = {}
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)
    for f in files:
        label = f"data/patterns/{f.name}"
        data = read_yaml(f, label)
        if not isinstance(data, dict) or "patterns" not in data:
            raise DataError(f"{label}: expected keys 'type' and 'patterns'")
        file_type = data.get("type")
        for i, item in enumerate(data["patterns"] or []):
            p = parse_pattern(item, file_type, f"{label}[{i}]", onto)
            if p.id in seen:
                raise DataError(f"{label}[{i}]: id {p.id} already used in {seen[p.id]}")
            seen[p.id] = label
            patterns.append(p)
    return index_patterns(patterns)


def index_patterns(patterns: list[Pattern]) -> PatternBook:
    """Index patterns by verb lemma and noun head, most specific first."""
    by_verb: dict[str, list[Pattern]] = defaultdict(list)
    by_noun: dict[str, list[Pattern]] = defaultdict(list)
    for p in patterns:
        if p.verbs:
            for v in dict.fromkeys(v for v, _ in p.verbs):
                by_verb[v].append(p)
        else:
            for n in p.nouns:
                words = n.split()
                by_noun[words[0] if len(words) >= 3 and words[1] == "of" else words[-1]].append(p)

    # Most specific first; file order breaks ties (sort is stable).
    def order(ps: list[Pattern]) -> tuple[Pattern, ...]:
        return tuple(sorted(ps, key=lambda p: -p.specificity))

    return PatternBook(
        by_verb={k: order(v) for k, v in by_verb.items()},
        by_noun={k: order(v) for k, v in by_noun.items()},
        all=tuple(patterns),
    )
