"""A synthetic news corpus for the scale benchmarks: short wire stories from our own templates.

Deterministic for a given seed. Each article has a dateline and four to eight sentences: events
(agreements, visits, condemnations, shelling, sanctions, protests, aid, recalls...) between
varied states, dated by weekday or by day of the month, plus background sentences that state no
event. About a fifth of the stories are re-reported by another outlet a day later in other words,
so cross-document deduplication has something to find. Usage:

    .venv/bin/python benchmarks/corpus.py --articles 2000 --out /tmp/corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

# name, adjective, capital, another city
STATES = [
    ("Pakistan", "Pakistani", "Islamabad", "Lahore"),
    ("Azerbaijan", "Azerbaijani", "Baku", "Ganja"),
    ("Armenia", "Armenian", "Yerevan", "Gyumri"),
    ("Turkey", "Turkish", "Ankara", "Istanbul"),
    ("India", "Indian", "New Delhi", "Mumbai"),
    ("China", "Chinese", "Beijing", "Shanghai"),
    ("Japan", "Japanese", "Tokyo", "Osaka"),
    ("South Korea", "South Korean", "Seoul", "Busan"),
    ("Egypt", "Egyptian", "Cairo", "Alexandria"),
    ("Sudan", "Sudanese", "Khartoum", "Port Sudan"),
    ("Ethiopia", "Ethiopian", "Addis Ababa", "Mekelle"),
    ("Kenya", "Kenyan", "Nairobi", "Mombasa"),
    ("Somalia", "Somali", "Mogadishu", "Kismayo"),
    ("Nigeria", "Nigerian", "Abuja", "Lagos"),
    ("Mali", "Malian", "Bamako", "Gao"),
    ("France", "French", "Paris", "Marseille"),
    ("Germany", "German", "Berlin", "Hamburg"),
    ("Poland", "Polish", "Warsaw", "Krakow"),
    ("Ukraine", "Ukrainian", "Kyiv", "Kharkiv"),
    ("Russia", "Russian", "Moscow", "Saint Petersburg"),
    ("Iran", "Iranian", "Tehran", "Isfahan"),
    ("Iraq", "Iraqi", "Baghdad", "Basra"),
    ("Israel", "Israeli", "Jerusalem", "Haifa"),
    ("Brazil", "Brazilian", "Brasilia", "Sao Paulo"),
    ("Argentina", "Argentine", "Buenos Aires", "Cordoba"),
    ("Chile", "Chilean", "Santiago", "Valparaiso"),
    ("Peru", "Peruvian", "Lima", "Cusco"),
    ("Mexico", "Mexican", "Mexico City", "Monterrey"),
]
OUTLETS = ["Example Wire", "The Daily Ledger", "Global Post", "Regional Herald", "Morning Courier"]
TOPICS = ["trade", "energy", "water sharing", "border security", "migration", "fisheries",
          "counter-terrorism", "climate", "railway links", "customs"]  # fmt: skip
ISSUES = ["fishing rights", "a border incident", "the treatment of its diplomats",
          "airspace violations", "a disputed election", "gas prices"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

EVENTS = [
    "{A} and {B} signed a {topic} agreement in {cityA} on {when}.",
    "The {adjA} foreign minister visited {B} on {when} to discuss {topic}.",
    "{A} condemned the shelling of {adjB} villages by {adjC} forces on {when}.",
    "{adjA} troops shelled {adjB} positions near {cityB} on {when}, the {adjB} defence ministry said.",
    "{A} recalled its ambassador from {B} on {when} after a dispute over {issue}.",
    "{A} imposed sanctions on {adjB} officials on {when} over {issue}.",
    "Protesters rallied outside the {adjA} embassy in {capB} on {when}.",
    "{A} accused {B} on {when} of violating the ceasefire near {cityB}.",
    "{A} sent humanitarian aid to {B} on {when} after floods near {cityB}.",
    "The {adjA} president hosted his {adjB} counterpart in {capA} on {when}.",
    "{A} and {B} agreed on {when} to hold talks on {topic} next month.",
    "{A} expelled two {adjB} diplomats on {when}, accusing them of espionage.",
    "{A} praised {B} on {when} for its support on {topic}.",
    "{adjA} police arrested dozens of protesters in {cityA} on {when}.",
    "{A} threatened on {when} to close its border with {B} over {issue}.",
    "{A} released {n} {adjB} prisoners on {when} as a goodwill gesture.",
]
BACKGROUND = [
    "Officials did not give further details.",
    "The two countries have had tense relations for years.",
    "Analysts said the move could affect trade in the region.",
    "The ministry's statement was published on its website.",
    "Talks between the two sides stalled last year.",
    "Markets in the region were calm.",
    "The decision follows months of negotiations.",
    "Local media reported heavy traffic near the capital.",
]
RESTATE = ["As reported earlier, ", "In a follow-up report, ", "", "Officials confirmed that "]


def generate(articles: int = 2000, seed: int = 2024) -> list[dict]:
    """``articles`` JSON Lines records {"id", "text", "date", "source", "title"}."""
    rng = random.Random(seed)
    out: list[dict] = []
    originals: list[dict] = []
    start = date(2019, 1, 1)
    while len(out) < articles:
        if originals and rng.random() < 0.2:
            out.append(_retell(rng.choice(originals[-100:]), len(out), rng))
            continue
        published = start + timedelta(days=rng.randrange(5 * 365))
        states = rng.sample(STATES, 3)
        sentences = [_event(rng, states, published) for _ in range(rng.randint(2, 4))]
        tail = sentences[1:] + rng.sample(BACKGROUND, rng.randint(1, 3))
        rng.shuffle(tail)
        sentences = sentences[:1] + tail
        lead = states[0]
        outlet = rng.choice(OUTLETS)
        dateline = f"{lead[2].upper()}, {published:%B} {published.day} ({outlet}) - "
        text = dateline + sentences[0] + "\n\n" + " ".join(sentences[1:]) + "\n"
        originals.append(
            {
                "id": f"syn-{len(out):05d}",
                "text": text,
                "date": published.isoformat(),
                "source": outlet,
                "title": f"{lead[0]} and {states[1][0]}: {rng.choice(TOPICS)}",
            }
        )
        out.append(originals[-1])
    return out


def _event(rng: random.Random, states: list[tuple], published: date) -> str:
    a, b, c = rng.sample(states, 3)
    when = _when(rng, published)
    return rng.choice(EVENTS).format(
        A=a[0], B=b[0], adjA=a[1], adjB=b[1], adjC=c[1], capA=a[2], capB=b[2], cityA=a[3],
        cityB=b[3], topic=rng.choice(TOPICS), issue=rng.choice(ISSUES), when=when,
        n=rng.choice(["three", "five", "twelve", "forty"]),
    )  # fmt: skip


def _when(rng: random.Random, published: date) -> str:
    back = rng.randint(0, 4)
    day = published - timedelta(days=back)
    if back == 0 or rng.random() < 0.6:
        return WEEKDAYS[day.weekday()]
    return f"{day:%B} {day.day}"


def _retell(story: dict, index: int, rng: random.Random) -> dict:
    """The same story from another outlet a day later, in slightly other words."""
    published = date.fromisoformat(story["date"]) + timedelta(days=rng.randint(0, 1))
    body = story["text"].split(" - ", 1)[1]
    first, _, rest = body.partition("\n\n")
    prefix = rng.choice(RESTATE)
    lead = prefix + (first[0].lower() + first[1:] if prefix and first[:3] == "The" else first)
    outlet = rng.choice([o for o in OUTLETS if o != story["source"]])
    text = f"{outlet.upper()} - {lead}\n\n{rng.choice(BACKGROUND)} {rest}"
    return {
        "id": f"syn-{index:05d}",
        "text": text,
        "date": published.isoformat(),
        "source": outlet,
        "title": story["title"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--out", type=Path, required=True, help="JSON Lines file to write")
    args = parser.parse_args()
    records = generate(args.articles, args.seed)
    with args.out.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    words = sum(len(r["text"].split()) for r in records)
    print(f"{len(records)} articles, {words} words, written to {args.out}")


if __name__ == "__main__":
    main()
