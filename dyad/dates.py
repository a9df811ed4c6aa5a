"""Event dates from what the text says, resolved against the publication date.

A stated date keeps the precision the text gives (day, month or year). Relative expressions ("on
Tuesday", "two days ago", "December 11" with no year, "last month") are resolved against the
publication date. With no usable date the publication date is a marked fallback.
dateparser does the parsing of complete expressions; vague spans it cannot handle ("earlier this
month", "last week") and the choice of precision are ours.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from .errors import DateError
from .nlp import DATELINE, participle_clause, quoted

if TYPE_CHECKING:
    from .records import Actor, Event

MONTHS = "january february march april may june july august september october november december"
MONTH_RE = re.compile(
    r"\b("
    + "|".join(
        f"{m}|{m[:3]}\\.?" + ("|sept\\.?" if m == "september" else "") for m in MONTHS.split()
    )
    + r")(?![a-z])",
    re.I,
)
YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
DAY_RE = re.compile(r"\b([0-3]?\d)(st|nd|rd|th)?\b")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DURATION_RE = re.compile(
    r"\b(decades?|centuries|for \w+|past|over the|since|during|\d+-day|\d+-year|years of|"
    r"recent|coming|next few|several|many|each|every|annual|anniversary|era|age|century|1\d{3}s|"
    r"20\d0s|half|quarter|period|times?)\b",
    re.I,
)
NUMERIC_DATE_RE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
SEASON_RE = re.compile(
    r"\b(last|previous|past|this|next)\s+(spring|summer|autumn|fall|winter)\b", re.I
)
AGO_RE = re.compile(r"\b(\w+|\d+)\s+(day|week|month|year)s?\s+ago\b", re.I)


def parse_iso_date(value: str | None) -> str | None:
    """Validate a user's YYYY-MM-DD date (``--date``) and return it; None passes through."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise DateError(f"not a date in YYYY-MM-DD form: {value!r}") from None


# Verbal reactions, said any day: a paragraph's day of another side's act does not date them
REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})


def _side(actor: Actor) -> str:
    """Whose act an event is: a state, or a body of no state by its own code ("ICJ")."""
    return actor.country or actor.code


class DateResolver:
    """Dates events of one document; caches each date expression it resolves."""

    def __init__(self, pub_date: str | None) -> None:
        self.pub = dt.date.fromisoformat(pub_date) if pub_date else None
        self._paragraph = -2
        self._carried: tuple[str | None, str] | None = None
        self._now: set[int] = set()  # where undated predicates in the present tense start
        self._earlier: set[int] = set()  # where predicates in the past perfect start
        self._described: set[int] = set()  # where predicates of relative clauses start
        self._since: set[int] = set()  # where predicates in the present perfect start
        # where the story is: before its lead (the first paragraph that tells events), in it,
        # in the paragraph after it, or past that
        self._phase = "before"
        self._tellers: set[str | None] = set()  # whose acts the carried date is of

    def carry(self, sent: Span, events: list, text: str) -> None:
        """An undated event continues the story of its paragraph: it takes the paragraph's date.

        Wire copy states the date once ("on Monday") and goes on; a later sentence of the same
        paragraph, or of the paragraph right after the lead, without a date of its own is about
        the same day, as a human coder reads it.
        """
        paragraph = text.rfind("\n\n", 0, sent.start_char)
        opening = paragraph != self._paragraph
        if opening:
            # the paragraph after the lead still tells the lead's day ("Security forces killed
            # all four attackers ..."); later ones start afresh
            self._paragraph = paragraph
            if self._phase == "lead":
                self._phase = "after"
            else:
                self._carried = None
                if self._phase == "after":
                    self._phase = "done"
        if (
            opening
            and self._phase == "after"
            and events
            and all(_starts_within(e.trigger_span, self._since) for e in events)
        ):
            # "Azerbaijan has since retaken Nagorno-Karabakh": a paragraph that opens on now
            # no longer tells the lead's day
            self._carried = None
        if events and self._phase == "before":
            self._phase = "lead"
        # acts told both ways ("the two leaders signed an agreement") are done together, not
        # one side's answer to the other
        joint = {(e.source.code, e.event_type, e.target.code if e.target else None) for e in events}
        for e in events:
            together = (
                e.target is not None and (e.target.code, e.event_type, e.source.code) in joint
            )
            if (
                e.date_basis == "publication"
                and self._carried is not None
                and not self._current(e.trigger_span)
                and (together or not self._other_sides_word(e))
            ):
                e.date, e.date_basis = self._carried
        accused = {e.target.code for e in events if e.event_type == "ACCUSE" and e.target}
        dated = [
            e
            for e in events
            if e.date_basis != "publication"
            and not e.negated
            # "Kyiv accused Russian forces of blowing up the dam on June 6": the day of the act
            # alleged is not the day the story has reached
            and not (e.event_type != "ACCUSE" and e.source.code in accused)
            # "the spokesman said RSF fighters had fired on Tuesday. The RSF denied ...": an act
            # reported in the past perfect is before the story's day, not where it has reached
            # (the narrator's own "had phoned on Monday night. He asked ..." goes on from it)
            and not (e.attributed_to is not None and self._told_earlier(e.trigger_span))
            # "suspend the agreement that the two Koreas signed in 2018. Pyongyang responded
            # ...": a relative clause describes a thing of another time, the story goes on
            and not _starts_within(e.trigger_span, self._described)
        ]
        if dated:
            # the date of the act told last, whatever order the events were coded in
            last = max(dated, key=lambda e: e.trigger_span[0] if e.trigger_span else -1)
            self._carried = (last.date, last.date_basis)
            self._tellers = {_side(e.source) for e in dated}
        elif (
            all(e.date_basis == "publication" for e in events)
            and (day := self._day_named(sent)) is not None
        ):
            # "Georgetown accepted the offer on Wednesday." coded nothing, yet it dates the
            # paragraph's story as much as a coded event would
            self._carried, self._tellers = day, {None}

    def _day_named(self, sent: Span) -> tuple[str, str] | None:
        """The last day of the news week (or month its main clause is set in) a sentence names
        for something done, not to come."""
        days = [
            e
            for e in _date_ents(sent.doc)
            if sent.start <= e.start < sent.end
            and (
                (NEWS_DAY_RE.search(e.text) and not MONTH_RE.search(e.text))
                # "The row deepened last October.": a month the story's main clause is set in
                or (MONTH_RE.search(e.text) and _clause_of(e.root).dep_ in ("ROOT", "conj"))
            )
            and not _will(_clause_of(e.root))  # "the summit would open on Thursday"
        ]
        if not days or self.pub is None:
            return None
        resolved = resolve_expression(days[-1].text, self.pub)
        return resolved if resolved is not None and len(resolved[0]) >= 7 else None

    def _other_sides_word(self, event: Event) -> bool:
        """'Peskov denounced the protests on Friday. Georgia's president called Russia an
        occupier': a verbal reaction by another state than the one whose act of this week the
        paragraph dated is news of the day it is reported, not of that act's day. (A story
        told by stated dates carries on: its reactions belong to it.)"""
        return (
            event.event_type in REACTION_TYPES
            and not event.negated  # "did not condemn the attack": an audit record of that day
            and self._carried is not None
            and self._carried[1] == "relative"
            and _side(event.source) not in self._tellers
            # a day named in a sentence that coded nothing: whose act it was is unknown, so
            # the paragraph's reactions are taken to go on with it
            and self._tellers != {None}
        )

    def for_predicate(self, token: Token, future: bool = False) -> tuple[str | None, str]:
        """(date, date_basis) for the event stated by ``token``."""
        own = _clause_of(token) if token.pos_ in ("NOUN", "PROPN") else token
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in own.children):
            self._earlier.add(token.idx)  # "said RSF fighters had fired on Tuesday": backstory
        if own.dep_ == "relcl":
            self._described.add(token.idx)  # "the agreement that the two Koreas signed in 2018"
        spans = _date_spans(token)
        for k, span in enumerate(spans):
            # a future event looks forward only from a date of its own clause: in "said on
            # Friday it would scrap the duties", Friday is when it was said, in the past
            # or from a clause itself to come ("will halt attacks from August 3, while the army
            # will suspend raids": August 3 is ahead for both)
            clause = _clause_of(span.root)
            ahead = (
                future
                and (clause.i == own.i or (clause.i != token.i and _will(clause)))
                and not _said_on(span, own)
            )
            resolved = (
                self._anaphoric(span, token)
                or self._counted_from_main(span)
                or self._in_story_year(span)
                or resolve_expression(span.text, self.pub, ahead)
            )
            if resolved is not None and not self._after_publication(resolved[0]):
                if len(resolved[0]) == 10 and _spread_over_days(token):
                    return resolved[0][:7], resolved[1]
                if len(resolved[0]) < 10 and token.pos_ in ("VERB", "AUX"):
                    # "struck early on Saturday ... earlier this month": a day of the clause
                    # within the month it names is the more precise of the two (an act its
                    # noun names, "in retaliation for the attack", keeps the month)
                    resolved = self._day_within(resolved, spans[k + 1 :], clause) or resolved
                return resolved
            # a day still to come dates the promised act, not the promise: PLOVER dates what
            # is said by when it is said ("will halt attacks from August 3")
        if _present(token) or (future and quoted(token)):
            # "has demanded", or "'we will never accept it,' the spokesperson said": news of
            # now, whatever the paragraph told
            self._now.add(token.idx)
            if not quoted(token) and token.tag_ != "VBP" and token.tag_ != "VBZ":
                self._since.add(token.idx)  # "has since retaken": told as done by now
        return (self.pub.isoformat() if self.pub else None), "publication"

    def _day_within(
        self, coarse: tuple[str, str], others: list[Span], clause: Token
    ) -> tuple[str, str] | None:
        """A day named in the same clause that falls within the coarser date ``coarse``."""
        for span in others:
            if _clause_of(span.root).i != clause.i or not NEWS_DAY_RE.search(span.text):
                continue
            day = resolve_expression(span.text, self.pub)
            if day is not None and len(day[0]) == 10 and day[0].startswith(coarse[0]):
                return day
        return None

    def _told_earlier(self, trigger: tuple[int, int] | None) -> bool:
        """Was the event told in the past perfect ('had fired')?"""
        return _starts_within(trigger, self._earlier)

    def _current(self, trigger: tuple[int, int] | None) -> bool:
        """Was the event told in the present or present perfect ('has demanded', 'says')?"""
        return _starts_within(trigger, self._now)

    def _in_story_year(self, span: Span) -> tuple[str, str] | None:
        """'In June 2018 Abiy flew to Asmara, and on July 9 the two leaders signed ...': a day of
        a month without a year continues the story its paragraph dates by month or day in
        another year, not the publication's year."""
        text = span.text
        if (
            self.pub is None
            or YEAR_RE.search(text)
            or not MONTH_RE.search(text)
            or _day_near_month(text.lower()) is None  # "in April" is too loose to carry a year
            or re.search(r"\byear\b", text, re.I)  # "May 5 last year" says its own
        ):
            return None
        doc_text = span.doc.text
        paragraph = doc_text.rfind("\n\n", 0, span.start_char) + 1
        anchor = None
        for ent in reversed(_date_ents(span.doc)):
            if ent.end <= span.start and ent.start_char >= paragraph and YEAR_RE.search(ent.text):
                anchor = resolve_expression(ent.text, self.pub)
                break
        if anchor is None or len(anchor[0]) < 7 or anchor[0][:4] == f"{self.pub.year:04d}":
            # a bare year ("recognised Azerbaijan in 1991") is background, not a story told by
            # months and days
            return None
        year = int(anchor[0][:4])
        resolved = resolve_expression(f"{text} {year}", None)
        if resolved is None:
            return None
        if resolved[0] < anchor[0][: len(resolved[0])]:  # "In December 2019 ... on March 3"
            resolved = resolve_expression(f"{text} {year + 1}", None)
        return (resolved[0], "stated") if resolved else None

    def _counted_later(self, span: Span, text: str) -> tuple[str, str] | None:
        """'A month later', 'two years earlier', 'three weeks later': counted from the date the
        story last stated, at the precision the count allows (a month later than June 9 is
        July, not July 9; weeks count from the last day named)."""
        m = re.fullmatch(
            r"(?:some |about )?(?P<n>a|an|one|\w+) (?P<unit>week|month|year)s? "
            r"(?P<dir>later|earlier|afterwards|before|after)",
            text.strip(),
        )
        n = _number(m.group("n")) if m else None
        if m is None or n is None:
            return None
        sign = -1 if m.group("dir") in ("earlier", "before") else 1
        if m.group("unit") == "week":
            last = self._last_day(span)
            if last is None:
                return None
            day = dt.date.fromisoformat(last[0]) + dt.timedelta(days=7 * n * sign)
            return day.isoformat(), last[1]
        anchor = self._last_stated(span)
        if anchor is None:
            return None
        if m.group("unit") == "year":
            return f"{int(anchor[:4]) + n * sign:04d}", "stated"
        if len(anchor) < 7:
            return None
        y, mth = _shift_month(int(anchor[:4]), int(anchor[5:7]), n * sign)
        return f"{y:04d}-{mth:02d}", "stated"

    def _after_publication(self, date: str) -> bool:
        """Is ``date`` (at its precision) later than the publication day?"""
        return self.pub is not None and date > self.pub.isoformat()[: len(date)]

    def _anaphoric(self, span: Span, token: Token) -> tuple[str, str] | None:
        """'December 1 of that year', 'later that year', 'the next day': dates that point back
        at the last stated date of the story, not at the publication date."""
        text = span.text.lower()
        year_ref = re.search(r"\b(that|the same|the following|the next|the previous) year\b", text)
        day_ref = re.search(
            r"\b(the )?(next|following|previous) day\b|\b(?P<n>a|\w+) days? (later|earlier)\b"
            r"|\bthe day before\b",
            text,
        )
        if day_ref and day_ref.group("n") and _number(day_ref.group("n")) is None:
            day_ref = None  # "several days later": no day to count to
        same_ref = re.search(
            r"^(on |later |earlier )?(the same|that) (day|night|morning|afternoon|evening)$"
            r"|^later that (day|night|morning|afternoon|evening)$|^hours (later|earlier)$",
            text.strip(),
        )
        if same_ref:
            # "welcomed the plan the same day": the day the story last named
            return self._last_day(span)
        month_ref = re.search(r"^(the )?(previous|following|next|same|that) month$", text.strip())
        if month_ref:
            # "tested a missile the previous month": counted from the month the story last named
            anchor = self._last_stated(span)
            if anchor is None or len(anchor) < 7:
                return None
            step = {"previous": -1, "following": 1, "next": 1}.get(month_ref.group(2), 0)
            y, mth = _shift_month(int(anchor[:4]), int(anchor[5:7]), step)
            return f"{y:04d}-{mth:02d}", "stated"
        counted = self._counted_later(span, text)
        if counted is not None:
            return counted
        if not (year_ref or day_ref):
            return None
        anchor, basis = self._last_stated(span), "stated"
        if day_ref and (last := self._last_day(span)):
            # "raided a village on Tuesday ... A day later": counted from the last day named,
            # not from an older date that states its year (a byline's)
            anchor, basis = last
        if anchor is None:
            return None
        if day_ref and len(anchor) == 10:
            step = _number(day_ref.group("n") or "a") or 1  # "four days later" counts four
            if re.search(r"previous|before|earlier", day_ref.group(0)):
                step = -step
            day = dt.date.fromisoformat(anchor) + dt.timedelta(days=step)
            return day.isoformat(), basis
        if year_ref:
            year = int(anchor[:4]) + {"following": 1, "next": 1, "previous": -1}.get(
                year_ref.group(1), 0
            )
            rest = re.sub(year_ref.re, "", text)
            resolved = resolve_expression(f"{rest} {year}", None)
            return resolved if resolved else (f"{year:04d}", "stated")
        return None

    def _counted_from_main(self, span: Span) -> tuple[str, str] | None:
        """'fired a missile on Wednesday, two days after Pyongyang accused Washington': a clause
        put so many days after (or before) its main clause is dated from the main clause's day."""
        m = re.fullmatch(r"(\w+) (day|week)s?", span.text.strip().lower())
        clause = span.root.head
        if clause.dep_ == "mark":  # "two days after Turkey bombed": the count may hang on "after"
            clause = clause.head
        if m is None or span.root.dep_ != "npadvmod" or clause.head.i == clause.i:
            return None
        n = _number(m.group(1))
        mark = next((c.lower_ for c in clause.children if c.dep_ == "mark"), None)
        if n is None or mark not in ("after", "before"):
            return None
        for other in _date_spans(clause.head):
            if clause.left_edge.i <= other.start <= clause.right_edge.i:
                continue  # the clause's own count
            resolved = self._in_story_year(other) or resolve_expression(other.text, self.pub)
            if resolved is not None and len(resolved[0]) == 10:
                days = n * (7 if m.group(2) == "week" else 1) * (-1 if mark == "after" else 1)
                day = dt.date.fromisoformat(resolved[0]) + dt.timedelta(days=days)
                return day.isoformat(), resolved[1]
            return None
        return None

    def _last_day(self, span: Span) -> tuple[str, str] | None:
        """The last date of day precision named before ``span`` in its paragraph or the one
        before; failing that, the story's first day (its lead's): "Two days earlier" after
        paragraphs that named no day counts from the day the story tells, not from a date of
        background three paragraphs up."""
        text = span.doc.text
        paragraph = text.rfind("\n\n", 0, span.start_char)
        previous = text.rfind("\n\n", 0, max(paragraph, 0)) if paragraph > 0 else -1
        before = [e for e in _date_ents(span.doc) if e.end <= span.start]

        def day(ent: Span) -> tuple[str, str] | None:
            resolved = self._in_story_year(ent) or resolve_expression(ent.text, self.pub)
            return resolved if resolved is not None and len(resolved[0]) == 10 else None

        for ent in reversed(before):
            if ent.start_char <= previous:
                break
            if (near := day(ent)) is not None:
                return near
        dateline = DATELINE.search(text[:400])  # (a dateline's day is the filing's)
        start = dateline.end() if dateline is not None else 0
        return next((d for e in before if e.start_char >= start and (d := day(e))), None)

    def _last_stated(self, span: Span) -> str | None:
        """The last date with a year stated before ``span`` in the document."""
        for ent in reversed(
            [e for e in span.doc.ents if e.label_ == "DATE" and e.end <= span.start]
        ):
            if YEAR_RE.search(ent.text):
                resolved = resolve_expression(ent.text, self.pub)
                if resolved is not None:
                    return resolved[0]
        return None


NEWS_DAY_RE = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b"
    r"|\b(this|last) week\b",
    re.IGNORECASE,
)


def _superlative(noun: Token) -> bool:
    """A noun ranked by a superlative: 'the deadliest assault', 'the biggest protest'."""
    return noun.pos_ == "NOUN" and any(c.tag_ in ("JJS", "RBS") for c in noun.children)


def _years_of_described(verb: Token, ents: list[Span]) -> list[Span]:
    """The year qualifying the noun a relative clause hangs on, or the noun that one is 'of'."""
    if verb.dep_ != "relcl":
        return []
    noun = verb.head
    for _ in range(2):
        years = [
            e
            for e in ents
            if e.root.head.i == noun.i
            and e.root.dep_ in ("nummod", "compound", "amod")
            and YEAR_RE.fullmatch(e.text.strip())
        ]
        if years:
            return years
        if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.pos_ != "NOUN":
            break
        noun = noun.head.head
    return []


def _date_spans(token: Token) -> list[Span]:
    """DATE entities of the predicate's own clause first, then of the clauses above it."""
    sent = token.sent
    ents = [e for e in _date_ents(token.doc) if sent.start <= e.start < sent.end]
    if not ents:
        return []
    by_clause: dict[int, list[Span]] = {}
    for e in ents:
        if e.root.dep_ == "poss":
            continue  # "detained suspects over Friday's attack": Friday dates the attack only
        if e.root.dep_ == "npadvmod" and _superlative(e.root.head):
            continue  # "the deadliest assault on the army this year": the record's span
        if (
            e.root.dep_ in ("nummod", "compound", "amod")
            and e.root.head.pos_ in ("NOUN", "PROPN")
            and e.root.head.ent_type_ != "DATE"
            and YEAR_RE.fullmatch(e.text.strip())
            and not (
                e.root.head.dep_ == "pobj" and e.root.head.head.lower_ in ("during", "in", "amid")
            )  # "backed Armenia during the 2020 war": then
        ):
            continue  # "under their 1951 treaty", "a 2015 deal": the year names the thing
        by_clause.setdefault(_clause_of(e.root).i, []).append(e)
    for clause in by_clause.values():
        # a date on the verb itself before one on its arguments: in "talks in Jeddah on Tuesday
        # ..., after four states cut ties on Monday", Monday hangs on "cut", Tuesday on "talks"
        clause.sort(key=lambda e: (_hops(e.root), e.start))
    ordered: list[Span] = []
    t = _clause_of(token) if token.pos_ in ("NOUN", "PROPN") else token
    # "killed farmers harvesting beans two days ago": the participle's dates are the verb's
    clause = participle_clause(token) if token.pos_ in ("VERB", "AUX") else None
    participle_dates = by_clause.get(clause.i, []) if clause is not None else []
    if t.i == token.i and _present(t) and not _reported(t):
        # "Germany has pledged aid, and France said on Friday ...": news told in the present
        # or present perfect is of now; a date of a clause around it tells another act
        return by_clause.get(t.i, []) + participle_dates
    ordered.extend(participle_dates)
    pred = t
    for level in range(6):
        ordered.extend(by_clause.get(t.i, []))
        if level == 0:
            # "restored ties only when Santos took office a month later": the 'when' clause
            # below the predicate tells its time before a clause joined to it does
            ordered.extend(e for e in ents if e not in ordered and _in_when_clause(e.root, t))
            # "the 2023 ruling of the court, which ordered Caracas to ...": the year of the
            # thing a relative clause tells of dates what it tells
            ordered.extend(e for e in _years_of_described(t, ents) if e not in ordered)
        # "killed 19 farmers and abducted several women ... on Sunday": coordinated verbs
        # share the date one of them states
        # (the nearest first: in "in 1974 China seized ..., and on 14 March 1988 its forces
        # attacked and occupied the reef", the occupation is of 1988)
        for conj in sorted(t.conjuncts, key=lambda c: abs(c.i - t.i)):
            ordered.extend(by_clause.get(conj.i, []))
        if t.head.i == t.i:
            break
        t = _clause_of(t.head)
    # Dates of nominal predicates sit in their own subtree ("the shelling on September 27").
    if token.pos_ in ("NOUN", "PROPN"):
        inside = [
            e for e in ents if token.left_edge.i <= e.start and e.end <= token.right_edge.i + 1
        ]
        ordered = inside + ordered
    if not ordered:
        # "Kenya offered to mediate last month": no act can be promised for the past, so a
        # past-only date in the complement is when the offer was made
        ordered = [
            e
            for e in ents
            if PAST_ONLY_RE.search(e.text)
            and (clause := _clause_of(e.root)).dep_ == "xcomp"
            and clause.head.i == pred.i
        ]
    if not ordered:
        # "fired a missile hours before the plane left Seoul on Thursday": a sentence states
        # one story; a date in a clause below the predicate's is nearer the truth than the
        # publication day. Nearest first.
        # Only a day of the news week: a year or a month there dates background, not this.
        # Not a day of an act only promised or planned below it: "agreed to step down on
        # Wednesday" was agreed some other day.
        days = [
            e
            for e in ents
            if NEWS_DAY_RE.search(e.text)
            and not MONTH_RE.search(e.text)
            and e.root.dep_ != "poss"
            and not _in_prospect(e.root, t)
        ]
        ordered = sorted(days, key=lambda e: abs(e.root.i - token.i))
        # "rejected the ruling when it was issued in July 2016": a 'when' clause below the
        # predicate tells its time
        ordered += [e for e in ents if e not in ordered and _in_when_clause(e.root, t)]
    return ordered


def _in_when_clause(token: Token, top: Token) -> bool:
    """Does ``token`` sit in a 'when' clause that hangs on ``top``?"""
    t = _clause_of(token)
    for _ in range(8):
        if t.i == top.i or t.head.i == t.i:
            return False
        if t.dep_ == "advcl" and t.head.i == top.i:
            return any(c.lower_ == "when" and c.dep_ == "advmod" for c in t.children)
        t = _clause_of(t.head)
    return False


# Verbs whose infinitive is an act not yet done ("agreed to step down on Wednesday"); unlike
# "began to withdraw on Monday" or "moved to disperse them on Sunday", done that day.
PROSPECT_VERBS = frozenset(
    {"agree", "promise", "pledge", "vow", "plan", "offer", "threaten", "intend", "decide",
     "want", "hope", "expect", "prepare", "aim", "propose", "undertake", "commit", "schedule"}
)  # fmt: skip


def _spread_over_days(token: Token) -> bool:
    """'after days of clashes', 'weeks of protests': acts told as lasting days or weeks have
    no one day; the date a clause gives them holds to its month only."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    span = prep.head
    # "two days of talks" counts its days
    return span.lower_ in ("days", "weeks") and not any(c.dep_ == "nummod" for c in span.children)


def _present(token: Token) -> bool:
    """A verb in the present or present perfect: 'has demanded', 'demands', 'have agreed'."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if (
        not auxes
        and token.dep_ == "conj"
        and token.tag_ in ("VBN", "VBD")  # (the tagger's "warned" may be either)
        and token.head.tag_ == "VBN"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    ):
        # "ECOWAS has urged the juntas to reconsider and warned that ...": the auxiliary of
        # the verb it is joined to is its own
        return _present(token.head)
    if any(a.lower_ in ("has", "have", "'ve") for a in auxes) and token.tag_ == "VBN":
        return True
    return token.tag_ in ("VBZ", "VBP") and not auxes


def _will(verb: Token) -> bool:
    """Is ``verb`` told as still to come ('will halt', 'would resume')?"""
    return any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children
    )


def _reported(verb: Token) -> bool:
    """Is ``verb`` (or the verb it is coordinated with) the content of a verb above it, as in
    '"We condemn the shelling," the ministry said on Monday'? Its time is the speaker's."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in ("ccomp", "parataxis", "xcomp", "advcl")


def _said_on(span: Span, clause: Token) -> bool:
    """'said on Friday it would scrap the duties', parsed with Friday under 'scrap': a date
    between the speech verb and the reported clause's subject is when it was said."""
    if clause.dep_ != "ccomp" or not clause.head.i < span.start:
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and span.end <= subject.i


def _in_prospect(token: Token, top: Token) -> bool:
    """Does ``token`` sit in an infinitive or a would/will clause below ``top``, after its verb?
    ('agreed on Monday to resume talks', misparsed with Monday under 'resume', was on Monday.)"""
    t = _clause_of(token)
    for _ in range(8):
        if t.i == top.i or t.head.i == t.i:
            return False
        if token.i > t.i and (
            (t.dep_ == "xcomp" and t.head.lemma_.lower() in PROSPECT_VERBS)
            or (t.dep_ == "ccomp" and any(c.lower_ in ("will", "would", "'ll") for c in t.children))
        ):
            return True
        t = _clause_of(t.head)
    return False


def _starts_within(trigger: tuple[int, int] | None, starts: set[int]) -> bool:
    """Does a predicate noted at one of ``starts`` begin inside the ``trigger`` span?"""
    return trigger is not None and any(trigger[0] <= i < trigger[1] for i in starts)


def _date_ents(doc: Doc) -> list[Span]:
    """The document's DATE entities, computed once per Doc."""
    ents = doc.user_data.get("dyad_dates")
    if ents is None:
        # (and times that name their day: "on Monday morning", "late on Tuesday night", "on
        # the night of June 15, 2020")
        ents = [
            e
            for e in doc.ents
            if e.label_ == "DATE"
            or (
                e.label_ == "TIME"
                and (
                    NEWS_DAY_RE.search(e.text)
                    or NIGHT_RE.search(e.text)
                    or (MONTH_RE.search(e.text) and DAY_RE.search(e.text))
                )
            )
        ]
        # "welcomed the plan the same day": the parser's entities miss most days told by
        # reference to the story's own; an adverbial "the same/next/following day" is a date
        for t in doc:
            if (
                t.lower_ in ANAPHORIC_DAYS
                and t.dep_ == "npadvmod"
                and not t.ent_type_
                and any(c.lower_ in ANAPHORIC_DAY_WORDS for c in t.children if c.dep_ == "amod")
            ):
                ents.append(doc[t.left_edge.i : t.i + 1])
        ents.sort(key=lambda e: e.start)
        doc.user_data["dyad_dates"] = ents
    return ents


PAST_ONLY_RE = re.compile(r"\b(last|ago|yesterday|previous)\b", re.IGNORECASE)
NIGHT_RE = re.compile(r"\b(last night|overnight)\b", re.IGNORECASE)
ANAPHORIC_DAYS = frozenset({"day", "night", "morning", "afternoon", "evening"})
ANAPHORIC_DAY_WORDS = frozenset({"same", "next", "following", "previous"})


def _hops(token: Token) -> int:
    """How many arcs lie between a token and the head of its clause."""
    clause, hops = _clause_of(token), 0
    while token.i != clause.i and hops < 12:
        token, hops = token.head, hops + 1
    return hops


def _clause_of(token: Token) -> Token:
    t = token
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


@lru_cache(maxsize=4096)
def resolve_expression(
    text: str, pub: dt.date | None, future: bool = False
) -> tuple[str, str] | None:
    """Resolve one date expression to (YYYY[-MM[-DD]], basis) or None when it is no point in time."""
    t = text.strip().lower()
    t = re.sub(r"^(on|in|by|at|from|until|the|this|that)\s+", "", t)
    if NUMERIC_DATE_RE.search(t):
        return _dateparser(t, pub)  # "27/09/2020", "2020-09-27"
    has_year = YEAR_RE.search(t)
    has_month = MONTH_RE.search(t)
    if has_year and has_month:
        day = _day_near_month(t)
        year = int(has_year.group(1))
        month = _month_number(has_month.group(1))
        if day:
            return _safe(year, month, day, "stated")
        return f"{year:04d}-{month:02d}", "stated"
    if has_year:
        if DURATION_RE.search(t) and not re.fullmatch(r"(early|mid|late|in)?[- ]?\d{4}", t):
            return None
        return has_year.group(1), "stated"
    if pub is None:
        return None
    if has_month:
        month = _month_number(has_month.group(1))
        day = _day_near_month(t)
        year = pub.year
        shift = re.search(r"\b(last|previous|this|next) year\b", t)
        if shift:  # "in October last year", "March next year": the year is stated relative
            year += {"last": -1, "previous": -1, "this": 0, "next": 1}[shift.group(1)]
            if day:
                return _safe(year, month, day, "relative")
            return f"{year:04d}-{month:02d}", "relative"
        if day:
            candidate = _try_date(year, month, day)
            if candidate and (not future and candidate > pub + dt.timedelta(days=1)):
                year -= 1
            elif candidate and future and candidate < pub:
                year += 1
            return _safe(year, month, day, "relative")
        if (month > pub.month and not future) or (future and month < pub.month):
            year += -1 if not future else 1
        return f"{year:04d}-{month:02d}", "relative"
    return _relative(t, pub, future) or _dateparser(t, pub)


def _dateparser(t: str, pub: dt.date | None) -> tuple[str, str] | None:
    """Numeric and other complete forms ("27/09/2020", "2020-09-27") via dateparser."""
    if not NUMERIC_DATE_RE.search(t):
        return None  # "26 years", "77-year-old" are durations and ages, not dates
    import dateparser

    settings: dict = {
        "PREFER_DATES_FROM": "past",
        "STRICT_PARSING": True,
        "DATE_ORDER": "DMY",
    }  # news outside the US writes day first
    if pub is not None:
        settings["RELATIVE_BASE"] = dt.datetime(pub.year, pub.month, pub.day)
    parsed = dateparser.parse(t, languages=["en"], settings=settings)
    return (parsed.date().isoformat(), "stated") if parsed else None


def _relative(t: str, pub: dt.date, future: bool) -> tuple[str, str] | None:
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", t):
            delta = (pub.weekday() - i) % 7
            if future and delta:
                return (pub + dt.timedelta(days=7 - delta)).isoformat(), "relative"
            if "last" in t and delta == 0:
                delta = 7
            return (pub - dt.timedelta(days=delta)).isoformat(), "relative"
    simple = {
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "earlier today": 0,
        "yesterday": 1,
        "last night": 1,
        "overnight": 1,
        "tomorrow": -1,
        "the day before": 2,
        "day before yesterday": 2,
    }
    for phrase, back in simple.items():
        if re.search(rf"\b{phrase}\b", t):
            return (pub - dt.timedelta(days=back)).isoformat(), "relative"
    if m := AGO_RE.search(t):
        n = _number(m.group(1))
        unit = m.group(2).lower()
        if n is None:
            return None
        if unit == "day":
            return (pub - dt.timedelta(days=n)).isoformat(), "relative"
        if unit == "week":
            return (pub - dt.timedelta(weeks=n)).isoformat(), "relative"
        if unit == "month":
            y, mth = _shift_month(pub.year, pub.month, -n)
            return f"{y:04d}-{mth:02d}", "relative"
        return f"{pub.year - n:04d}", "relative"
    if re.search(
        r"\b(last|past) week\b|\bweekend\b|\bearlier (this|in the) week\b|\bthis week\b|^week$", t
    ):
        ref = pub - dt.timedelta(days=7 if "last" in t or "past" in t else 0)
        return f"{ref.year:04d}-{ref.month:02d}", "relative"
    if re.search(r"\b(earlier|this|late|later|end of)\s*(this )?month\b|^month$", t):
        return f"{pub.year:04d}-{pub.month:02d}", "relative"
    if re.search(r"\blast month\b|\bprevious month\b", t):
        y, mth = _shift_month(pub.year, pub.month, -1)
        return f"{y:04d}-{mth:02d}", "relative"
    if re.search(r"\bnext month\b", t):
        y, mth = _shift_month(pub.year, pub.month, 1)
        return f"{y:04d}-{mth:02d}", "relative"
    if m := SEASON_RE.search(t):
        # "last autumn" is the last one over before this one; "this summer" is this year's
        end = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}[m.group(2)]
        if m.group(1) in ("last", "previous", "past"):
            return f"{pub.year if pub.month > end else pub.year - 1:04d}", "relative"
        if m.group(1) == "this":
            return f"{pub.year:04d}", "relative"
        return None
    if re.search(r"\blast year\b|\bprevious year\b", t):
        return f"{pub.year - 1:04d}", "relative"
    if re.search(r"\b(earlier|this|later) year\b|^year$", t):
        return f"{pub.year:04d}", "relative"
    if re.search(r"\bnext year\b", t):
        return f"{pub.year + 1:04d}", "relative"
    return None


_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "few": None,
    "several": None,
}


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word.lower())


def _month_number(name: str) -> int:
    return (
        MONTHS.split().index(next(m for m in MONTHS.split() if m.startswith(name[:3].lower()))) + 1
    )


def _day_near_month(t: str) -> int | None:
    """The day number written next to the month name ('27 September', 'September 27th'); of a
    span of days, the first ('from 5 to 11 July': the act began on the 5th)."""
    span = re.search(
        r"\b([0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|till|through)\s*"
        r"[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3}",
        t,
    )
    if span and MONTH_RE.match(t[span.end() - 3 :]):
        return int(span.group(1))
    m = re.search(r"\b([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3}", t)
    if m and MONTH_RE.match(t[m.end() - 3 :]):
        return int(m.group(1))
    m = MONTH_RE.search(t)
    if m:
        after = re.match(r"\s*([0-3]?\d)(?:st|nd|rd|th)?\b(?!\d)", t[m.end() :])
        if after:
            return int(after.group(1))
    return None


def _try_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _safe(year: int, month: int, day: int, basis: str) -> tuple[str, str]:
    d = _try_date(year, month, day)
    return (d.isoformat(), basis) if d else (f"{year:04d}-{month:02d}", basis)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1
