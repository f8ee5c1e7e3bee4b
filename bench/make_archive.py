"""Write a deterministic archive of realistic quarterly-notice texts for benchmarks.

Run:  .venv/bin/python bench/make_archive.py OUT_DIR [--series 16] [--quarters 40] [--check]

Writes OUT_DIR/sNN_<district>/<period>.txt (by default 16 invented districts x 2014Q1..2023Q4 =
640 notices) and OUT_DIR/manifest.jsonl, one line per notice with what the generator meant: the
metadata, the damage applied, and every item with a stable id (the same id across quarters while
the item continues), its heading, task count and intended stages. Alignment benchmarks can score
against those ids. `--check` then parses every file with qdiff (bench/check_archive.py).

Each series keeps a list of live items and moves it forward a quarter at a time: named projects
climb the stage ladder (or stall, or slip), documents are drafted, issued and carried out,
numbers change, bodies are rewritten around what is kept, some items drop out and new or
seasonal ones come in. About 3% of notices get the website damage of the real copy and about 1%
are cut off after a number of bytes. Same arguments, same bytes: all randomness comes from
per-series `random.Random` instances seeded with a fixed string.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TypedDict

from archive_vocab import (
    AGENCIES,
    AIMS,
    COVID_YEARS,
    DISTRICTS,
    DOC_FRAMES,
    HUB_ENDINGS,
    MEASURE_TAILS,
    OBJECT_FRAMES,
    OBJECT_STAGE_WEIGHTS,
    OPTIONAL_SECTIONS,
    PLACE_FIRST,
    PLACE_SECOND,
    PROJECT_FRAMES,
    PROJECT_TAILS,
    ROAD_ENDINGS,
    SECTION_ORDER,
    SECTION_TITLES,
    STAGES,
    TOPICS,
    Topic,
)

SEED = "qdiff-bench-archive-1"
FIRST_YEAR = 2014
# Every 33rd notice of a series has website damage and every 100th is cut off, from an offset
# that differs per series: the rates stay near 3% and 1% however many notices are written.
DAMAGE_EVERY = 33
TRUNCATE_EVERY = 100
ITEMS_RANGE = (25, 35)
SECTION_ITEMS = (2, 7)
TASKS_RANGE = (3, 8)

CN_DIGITS = "零一二三四五六七八九"
QUARTER_NAMES = ("一", "二", "三", "四")
FULLWIDTH = str.maketrans({",": "，", ":": "：", "(": "（", ")": "）", ";": "；"})
SLOT = re.compile(r"\{(\w+)\}")
RANGE = re.compile(r"([(（])(\d{4})-(\d{4})(年?)([)）])")


def chinese_number(value: int) -> str:
    """1..999 as written in notices: 一, 十二, 二十, 一百零五."""
    hundreds, rest = divmod(value, 100)
    tens, ones = divmod(rest, 10)
    text = f"{CN_DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else CN_DIGITS[tens]) + "十"
    elif hundreds and ones:
        text += "零"
    if ones:
        text += CN_DIGITS[ones]
    return text


def five_year_plan(year: int) -> str:
    """The plan a notice talks about: the current one, or the next one in a plan's last year
    (that is when the next plan is drafted)."""
    if (year - 2015) % 5 == 0:
        year += 1
    return f"{chinese_number((year - 2011) // 5 + 12)}五"  # the 12th plan ran 2011-2015


def plan_range(year: int) -> str:
    start = year - (year - 2016) % 5 + (5 if (year - 2015) % 5 == 0 else 0)
    return f"{start}-{start + 4}年"


# ---------------------------------------------------------------------------------------------
# Periods


@dataclass(frozen=True)
class Quarter:
    year: int
    number: int  # 1..4

    @property
    def name(self) -> str:
        return f"{self.year}Q{self.number}"

    @property
    def words(self) -> str:
        return f"第{QUARTER_NAMES[self.number - 1]}季度"

    @property
    def short_words(self) -> str:
        return f"{QUARTER_NAMES[self.number - 1]}季度"


def quarter_list(count: int) -> list[Quarter]:
    return [Quarter(FIRST_YEAR + i // 4, i % 4 + 1) for i in range(count)]


# ---------------------------------------------------------------------------------------------
# A series: one invented district and its house style, fixed for all its notices.


@dataclass
class Profile:
    number: int
    name: str  # 渠江区
    city: str
    dialect: str  # "sh" | "prov"
    areas: list[str]
    roads: list[str]
    streets: list[str]
    hubs: list[str]
    sections: list[str]  # the sections this district has (covid joins them in its years)
    section_titles: dict[str, str]
    numbering: str  # "dot" | "dun" | "paren"
    numbering_switch: int | None  # year from which a "paren" series numbers items "1."
    fullwidth: bool
    long_title: bool
    show_published: bool
    drop_di: bool  # writes 二季度 instead of 第二季度
    cover_style: int
    addressees: str
    indent: str
    gap: str  # between paragraphs
    wordiness: float  # how often a task gets a second clause or a tail
    body_chars: int  # the length of the items' text this district's notices aim at
    edition_base: int
    congress_base: int

    @property
    def short(self) -> str:
        return self.name.removesuffix("区")

    @property
    def issuer(self) -> str:
        return f"{self.city}{self.name}人民政府"

    @property
    def doc_prefix(self) -> str:
        return f"{self.name[0]}府办"

    @property
    def folder(self) -> str:
        return f"s{self.number:02d}_{self.name}"

    def agency(self, key: str) -> str:
        name = AGENCIES[key][0 if self.dialect == "sh" else 1]
        return name.replace("{d}", self.short).replace("{hub1}", self.hubs[0])

    def present_sections(self, quarter: Quarter) -> list[str]:
        covid = COVID_YEARS[0] <= quarter.year <= COVID_YEARS[1]
        return [s for s in SECTION_ORDER if s in self.sections or (covid and s == "covid")]


def place_stems(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    stems: list[str] = []
    while len(stems) < count:
        stem = rng.choice(PLACE_FIRST) + rng.choice(PLACE_SECOND)
        if stem not in taken:
            taken.add(stem)
            stems.append(stem)
    return stems


def make_profile(number: int, rng: random.Random) -> Profile:
    name, city, dialect = DISTRICTS[(number - 1) % len(DISTRICTS)]
    taken: set[str] = set()
    areas = place_stems(rng, 14, taken)
    roads = [stem + rng.choice(ROAD_ENDINGS) for stem in place_stems(rng, 12, taken)]
    street_suffix = ("街道",) if dialect == "sh" else ("街道", "镇")
    streets = [stem + rng.choice(street_suffix) for stem in place_stems(rng, 8, taken)]
    hub_stems = [name[:2], *place_stems(rng, 2, taken)]
    endings = rng.sample(HUB_ENDINGS, 3)
    hubs = [stem + ending for stem, ending in zip(hub_stems, endings, strict=True)]
    optional = [s for s in OPTIONAL_SECTIONS if rng.random() < 0.65]
    numbering = rng.choices(("dot", "dun", "paren"), weights=(6, 2, 2))[0]
    return Profile(
        number=number,
        name=name,
        city=city,
        dialect=dialect,
        areas=areas,
        roads=roads,
        streets=streets,
        hubs=hubs,
        sections=[s for s in SECTION_ORDER if s not in ("covid", *OPTIONAL_SECTIONS)] + optional,
        section_titles={key: rng.choice(titles) for key, titles in SECTION_TITLES.items()},
        numbering=numbering,
        # One real issuer switched from (一) to 1. between two quarters; some series here do too.
        numbering_switch=rng.choice((None, 2017, 2019, 2021)) if numbering == "paren" else None,
        fullwidth=numbering == "dun" or rng.random() < 0.2,
        long_title=dialect == "prov" and rng.random() < 0.6,
        show_published=rng.random() < 0.8,
        drop_di=rng.random() < 0.12,
        cover_style=rng.randrange(3),
        addressees=addressees(dialect, hubs[0], rng),
        indent=rng.choice(("", " " * 21, " " * 18, "\u3000" * 8)),
        gap=rng.choices(("\n\n", "\n"), weights=(4, 1))[0],
        wordiness=rng.uniform(0.55, 1.0),
        body_chars=rng.randint(4600, 7000),
        edition_base=rng.randint(2004, 2012),
        congress_base=rng.randint(3, 16),
    )


def addressees(dialect: str, hub: str, rng: random.Random) -> str:
    if dialect == "sh":
        head = "区政府各委、办、局,各街道办事处"
        tails = ["", "及各有关单位", f",{hub}管委会", ",区属各集团公司"]
    else:
        head = "区政府各部门,各镇人民政府、街道办事处"
        tails = ["", f",{hub}管委会", ",区属各国有企业"]
    return head + rng.choice(tails) + ":"


# ---------------------------------------------------------------------------------------------
# Filling slots


@dataclass
class Context:
    """What slots draw from while one notice is written."""

    profile: Profile
    quarter: Quarter
    rng: random.Random
    projects: set[str]  # every project name the series has used: each names one project
    aims: set[str] = field(default_factory=set)  # tails used in the item being written

    def fill(self, template: str) -> str:
        used: set[str] = set()  # one sentence names different roads, plots, …

        def slot(match: re.Match[str]) -> str:
            return self.value(match.group(1), used)

        return SLOT.sub(slot, template)

    def value(self, slot: str, used: set[str]) -> str:
        p, year = self.profile, self.quarter.year
        if slot == "ord":
            return chinese_number(self.rng.randint(2, 9))
        if slot == "plot":
            return self.plot(used)
        fixed = {
            "d": p.short,
            "hub1": p.hubs[0],
            "group": p.agency("group"),
            "y": str(year),
            "ly": str(year - 1),
            "y1": str(year + 1),
            "qn": self.quarter.short_words,
            "fyp": five_year_plan(year),
            "range3": f"{year}-{year + 2}年",
            "range5": plan_range(year),
            "ed": chinese_number(year - p.edition_base),
        }
        if slot in fixed:
            return fixed[slot]
        pool = {"area": p.areas, "road": p.roads, "street": p.streets, "hub": p.hubs}[slot]
        choice = self.rng.choice([c for c in pool if c not in used] or pool)
        used.add(choice)
        return choice

    def plot(self, used: set[str]) -> str:
        while True:
            if self.profile.dialect == "sh":
                plot = f"{self.rng.randint(3, 268)}街坊"
            else:
                plot = f"{self.rng.choice(self.profile.areas)}片区"
            if plot not in used:
                used.add(plot)
                return plot


# ---------------------------------------------------------------------------------------------
# Item state, carried from quarter to quarter


@dataclass
class Project:
    name: str
    kind: str  # key of PROJECT_FRAMES
    stage: int  # index into STAGES
    repeat: bool = False  # still "complete" a quarter after it claimed completion: slipped


@dataclass
class Document:
    name: str
    stage: str  # study -> complete -> advance


@dataclass
class Measure:
    template: str
    low: int
    high: int
    value: int


@dataclass
class ItemState:
    uid: str
    topic: Topic
    section: str
    heading: str
    form: str  # clause form
    lead: list[str]
    support: list[str]
    projects: list[Project] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    last_generic: list[tuple[str, str]] = field(default_factory=list)  # (about, sentence)
    size: int = 5


@dataclass
class Rendered:
    """One item as it appears in one notice."""

    uid: str
    topic: str
    section: str
    heading: str
    tasks: list[tuple[str, str | None]]  # sentence without 。, intended stage where known
    clause: str
    generic: list[tuple[str, str]]  # the free sentences, which the next quarter may keep


def draw_value(rng: random.Random, low: int, high: int) -> int:
    value = rng.randint(low, high)
    # Real targets are round numbers once they pass a few dozen.
    for step in (1000, 100, 10):
        if value >= step * 5:
            return max(low, round(value / step) * step)
    return value


def new_project(ctx: Context, topic: Topic, start_low: bool) -> Project | None:
    """A project the series has not named before, or None if the topic ran out of names."""
    stage = ctx.rng.choice((0, 1)) if start_low else ctx.rng.choices((0, 1, 2), (3, 2, 4))[0]
    for _ in range(8):
        kind, template = ctx.rng.choice(topic.projects)
        name = ctx.fill(template)
        if name not in ctx.projects:
            ctx.projects.add(name)
            return Project(name, kind, stage)
    return None


def new_measure(rng: random.Random, topic: Topic, present: list[Measure]) -> Measure | None:
    """A quantity target the item does not state yet, if the topic has one left."""
    used = {m.template for m in present}
    options = [q for q in topic.quantities if q[0] not in used]
    if not options:
        return None
    template, low, high = rng.choice(options)
    return Measure(template, low, high, draw_value(rng, low, high))


def clause_form(rng: random.Random, topic: Topic) -> str:
    forms = ("single", "lead_support", "shared", "lead_streets", "shared_streets")
    weights = (3, 3, 3, 4, 2) if topic.streets else (4, 3, 3, 1, 0)
    return rng.choices(forms, weights)[0]


def new_item(ctx: Context, topic: Topic, section: str, uid: str) -> ItemState:
    rng = ctx.rng
    item = ItemState(
        uid=uid,
        topic=topic,
        section=section,
        heading=ctx.fill(rng.choice(topic.headings)),
        form=clause_form(rng, topic),
        lead=[ctx.profile.agency(k) for k in topic.lead],
        support=[ctx.profile.agency(k) for k in topic.support if rng.random() < 0.7],
        size=rng.randint(4, 7),
    )
    if topic.projects:
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            project = new_project(ctx, topic, False)
            if project is not None:
                item.projects.append(project)
    if topic.documents and rng.random() < 0.5:
        item.documents = [Document(ctx.fill(rng.choice(topic.documents)), "study")]
    for _ in range(rng.choice((0, 1, 1, 2))):
        measure = new_measure(rng, topic, item.measures)
        if measure is not None:
            item.measures.append(measure)
    return item


def advance_projects(ctx: Context, item: ItemState) -> None:
    """Move each named project up the ladder, or let it stall or slip."""
    rng = ctx.rng
    kept: list[Project] = []
    for project in item.projects:
        if project.stage == 3:
            # A completed project leaves the notice, unless the deadline slipped.
            if not project.repeat and rng.random() < 0.15:
                project.repeat = True
                kept.append(project)
            continue
        chance = (0.45, 0.7, 0.3)[project.stage]
        if rng.random() < chance:
            project.stage += 1
        kept.append(project)
    while item.topic.projects and len(kept) < 3 and rng.random() < 0.45:
        fresh = new_project(ctx, item.topic, True)
        if fresh is None:
            break
        kept.append(fresh)
    item.projects = kept


def advance_documents(ctx: Context, item: ItemState) -> None:
    rng = ctx.rng
    kept: list[Document] = []
    for doc in item.documents:
        if doc.stage == "study" and rng.random() < 0.5:
            doc.stage = "complete"
        elif doc.stage == "complete" and rng.random() < 0.85:
            doc.stage = "advance"
        elif doc.stage == "advance" and rng.random() < 0.5:
            continue  # carried out: the notice stops mentioning it
        kept.append(doc)
    if item.topic.documents and not kept and rng.random() < 0.12:
        kept.append(Document(ctx.fill(rng.choice(item.topic.documents)), "study"))
    item.documents = kept


def advance_item(ctx: Context, item: ItemState) -> None:
    """One quarter later: same item, moved on and reworded."""
    rng = ctx.rng
    advance_projects(ctx, item)
    advance_documents(ctx, item)
    for measure in item.measures:
        if rng.random() < 0.6:
            measure.value = draw_value(rng, measure.low, measure.high)
    if rng.random() < 0.25:
        # A target is dropped or a new one set (never two of the same kind).
        other = new_measure(rng, item.topic, item.measures)
        if item.measures and (other is None or len(item.measures) >= 2 or rng.random() < 0.5):
            item.measures.pop(rng.randrange(len(item.measures)))
        elif other is not None:
            item.measures.append(other)
    if rng.random() < 0.07:
        item.heading = ctx.fill(rng.choice(item.topic.headings))
    if rng.random() < 0.06:
        item.form = clause_form(rng, item.topic)
    item.size = max(TASKS_RANGE[0], min(TASKS_RANGE[1], item.size + rng.choice((-1, 0, 0, 1))))


# ---------------------------------------------------------------------------------------------
# Writing an item's sentences


def project_sentence(ctx: Context, project: Project) -> tuple[str, str]:
    stage = STAGES[project.stage]
    frame = ctx.rng.choice(PROJECT_FRAMES[project.kind][stage])
    if ctx.rng.random() < ctx.profile.wordiness:
        frame += "," + ctx.rng.choice(PROJECT_TAILS[stage])
    return ctx.fill(frame.replace("{p}", project.name)), stage


def document_sentence(ctx: Context, doc: Document) -> tuple[str, str]:
    frame = ctx.rng.choice(DOC_FRAMES[doc.stage])
    return frame.replace("{x}", doc.name), doc.stage


def measure_sentence(ctx: Context, measure: Measure) -> str:
    sentence = measure.template.replace("{n}", str(measure.value))
    if ctx.rng.random() < ctx.profile.wordiness:
        sentence += "," + ctx.rng.choice(MEASURE_TAILS)
    return ctx.fill(sentence)


def generic_sentence(ctx: Context, topic: Topic) -> tuple[str, str]:
    """A fresh task from the topic's year-round sentences or an object phrase in a stage frame.

    Returns (what it is about, sentence): one item never says two things about the same object.
    """
    rng = ctx.rng
    year_round = [text for fits, text in topic.sentences if fits == "1234"]
    if year_round and (not topic.objects or rng.random() < 0.3):
        template = rng.choice(year_round)
        return template, ctx.fill(template)
    stages = list(OBJECT_STAGE_WEIGHTS)
    stage = rng.choices(stages, [OBJECT_STAGE_WEIGHTS[s] for s in stages])[0]
    first, second = rng.sample(topic.objects, 2) if len(topic.objects) > 1 else topic.objects * 2
    sentence = rng.choice(OBJECT_FRAMES[stage]).replace("{o}", first)
    # Real tasks often chain two commitments in one sentence: 加强X,推进Y.
    if first != second and rng.random() < ctx.profile.wordiness * 0.8:
        sentence += "," + rng.choice(OBJECT_FRAMES["advance"][:8]).replace("{o}", second)
    if rng.random() < ctx.profile.wordiness:
        sentence += "," + aim(ctx)
    return first, ctx.fill(sentence)


def aim(ctx: Context) -> str:
    """A closing phrase the current item has not used yet."""
    fresh = [a for a in AIMS if a not in ctx.aims] or list(AIMS)
    choice = ctx.rng.choice(fresh)
    ctx.aims.add(choice)
    return choice


def seasonal_sentences(ctx: Context, topic: Topic) -> list[str]:
    """Sentences written for this quarter only (春节, 汛期, 开学 …): they come back each year."""
    quarter = str(ctx.quarter.number)
    return [ctx.fill(text) for fits, text in topic.sentences if fits != "1234" and quarter in fits]


def render_item(ctx: Context, item: ItemState) -> Rendered:
    rng = ctx.rng
    ctx.aims.clear()
    tasks: list[tuple[str, str | None]] = [document_sentence(ctx, d) for d in item.documents]
    tasks += [project_sentence(ctx, p) for p in item.projects]
    tasks += [(measure_sentence(ctx, m), None) for m in item.measures]
    tasks += [(s, None) for s in seasonal_sentences(ctx, item.topic)[:2] if rng.random() < 0.8]
    generic: list[tuple[str, str]] = []
    # Real continuations keep a sentence word for word now and then; most are rewritten.
    if item.last_generic and rng.random() < 0.35:
        generic.append(rng.choice(item.last_generic))
        tasks.append((generic[0][1], None))
    for _ in range(30):
        if len(tasks) >= item.size:
            break
        key, sentence = generic_sentence(ctx, item.topic)
        if all(key != about for about, _ in generic) and all(sentence != t for t, _ in tasks):
            tasks.append((sentence, None))
            generic.append((key, sentence))
    tasks = tasks[: TASKS_RANGE[1]]
    order = list(range(len(tasks)))
    # Mostly in the order written, with a neighbour swapped now and then.
    if len(order) > 2 and rng.random() < 0.5:
        i = rng.randrange(len(order) - 1)
        order[i], order[i + 1] = order[i + 1], order[i]
    return Rendered(
        uid=item.uid,
        topic=item.topic.key,
        section=item.section,
        heading=item.heading,
        tasks=[tasks[i] for i in order],
        clause=clause_text(ctx.profile, item),
        generic=generic,
    )


def render_to_length(ctx: Context, items: list[ItemState]) -> list[Rendered]:
    """Render all items, giving items more or fewer tasks until the body is near the district's
    usual length (real notices of one district vary less in length than in content)."""
    goal = ctx.profile.body_chars
    for _ in range(4):
        rendered = [render_item(ctx, item) for item in items]
        length = sum(len(r.heading) + sum(len(t) + 1 for t, _ in r.tasks) for r in rendered)
        if abs(length - goal) < goal * 0.06:
            break
        tasks = round((goal - length) / 36)  # a task is about 36 characters
        step = 1 if tasks > 0 else -1
        room = [i for i in items if TASKS_RANGE[0] <= i.size + step <= TASKS_RANGE[1]]
        for item in ctx.rng.sample(room, min(len(room), abs(tasks))):
            item.size += step
    for item, final in zip(items, rendered, strict=True):
        item.last_generic = final.generic or item.last_generic
    return rendered


def clause_text(profile: Profile, item: ItemState) -> str:
    """The responsibility clause in one of the real forms."""
    lead, units = item.lead[0], item.lead + item.support
    if item.form == "single":
        body = lead
    elif item.form == "lead_support":
        body = f"{lead}牵头,{'、'.join(item.support) or '相关单位'}配合"
    elif item.form.startswith("shared") and len(units) > 1:
        body = "、".join(units[:4]) + "按分工牵头"
    else:
        body = f"{lead}牵头"
    if item.form.endswith("streets"):
        body += ",各街道配合" if profile.dialect == "sh" else ",各镇街配合"
    return f"(责任单位:{body})"


# ---------------------------------------------------------------------------------------------
# The series through time: which items live in which section


def topic_fits(topic: Topic, profile: Profile, quarter: Quarter) -> bool:
    return (
        str(quarter.number) in topic.quarters
        and topic.years[0] <= quarter.year <= topic.years[1]
        and profile.dialect in topic.dialects.split()
    )


@dataclass
class Series:
    profile: Profile
    rng: random.Random
    items: list[ItemState] = field(default_factory=list)
    next_uid: int = 1
    target: int = 30
    serial: int = 0
    projects: set[str] = field(default_factory=set)

    def uid(self) -> str:
        self.next_uid += 1
        return f"s{self.profile.number:02d}-{self.next_uid - 1:04d}"

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for item in self.items:
            counts[item.section] = counts.get(item.section, 0) + 1
        return counts

    def candidates(self, ctx: Context, section: str | None) -> list[tuple[Topic, str]]:
        """Topics that could open a new item, with the section each would go to."""
        present = self.profile.present_sections(ctx.quarter)
        live = {item.topic.key for item in self.items}
        counts = self.counts()
        found = []
        for topic in TOPICS:
            if topic.key in live or not topic_fits(topic, self.profile, ctx.quarter):
                continue
            homes = [s for s in topic.sections if s in present]
            if not homes:
                continue
            home = section if section in homes else homes[0]
            if section is not None and home != section:
                continue
            if counts.get(home, 0) < SECTION_ITEMS[1]:
                found.append((topic, home))
        return found

    def add(self, ctx: Context, topic: Topic, section: str) -> None:
        item = new_item(ctx, topic, section, self.uid())
        same = [i for i, other in enumerate(self.items) if other.section == section]
        # New items usually join the end of their section, sometimes the middle.
        position = same[-1] + 1 if same else len(self.items)
        if same and self.rng.random() < 0.35:
            position = self.rng.choice(same) + 1
        self.items.insert(position, item)

    def step(self, ctx: Context, first: bool) -> None:
        rng = self.rng
        present = self.profile.present_sections(ctx.quarter)
        if not first:
            self.items = [
                item
                for item in self.items
                if item.section in present
                and topic_fits(item.topic, self.profile, ctx.quarter)
                and rng.random() > 0.06
            ]
            for item in self.items:
                advance_item(ctx, item)
            self.move_one(ctx, present)
        self.target = max(ITEMS_RANGE[0], min(ITEMS_RANGE[1], self.target + rng.randint(-2, 2)))
        self.add_seasonal(ctx)
        for section in present:
            while self.counts().get(section, 0) < SECTION_ITEMS[0]:
                options = self.candidates(ctx, section)
                if not options:
                    break
                self.add(ctx, *rng.choice(options))
        while len(self.items) < self.target:
            options = self.candidates(ctx, None)
            if not options:
                break
            self.add(ctx, *rng.choice(options))
        self.trim()
        self.items.sort(key=lambda item: present.index(item.section))

    def trim(self) -> None:
        """Drop items from the fuller sections until the notice is back under the maximum."""
        while len(self.items) > ITEMS_RANGE[1]:
            counts = self.counts()
            spare = [i for i in self.items if counts[i.section] > SECTION_ITEMS[0]]
            self.items.remove(self.rng.choice(spare))

    def add_seasonal(self, ctx: Context) -> None:
        for topic, section in self.candidates(ctx, None):
            full = len(self.items) >= ITEMS_RANGE[1]
            if topic.quarters != "1234" and not full and self.rng.random() < 0.75:
                self.add(ctx, topic, section)

    def move_one(self, ctx: Context, present: list[str]) -> None:
        """Now and then an item moves to another section it also belongs in."""
        if self.rng.random() > 0.25:
            return
        counts = self.counts()
        movable = [
            (item, s)
            for item in self.items
            for s in item.topic.sections
            if s in present
            and s != item.section
            and counts.get(s, 0) < SECTION_ITEMS[1]
            and counts.get(item.section, 0) > SECTION_ITEMS[0]
        ]
        if movable:
            item, section = self.rng.choice(movable)
            self.items.remove(item)
            item.section = section
            self.items.append(item)


# ---------------------------------------------------------------------------------------------
# The notice text


@dataclass
class Notice:
    """One generated notice and what the parser should find in it."""

    text: str
    doc_number: str
    signed_on: date
    published_on: date
    items: list[tuple[str, Rendered]]  # (label, item)
    item_starts: list[int] = field(default_factory=list)  # character offsets of the labels
    damage: list[str] = field(default_factory=list)


def item_label(profile: Profile, quarter: Quarter, index: int) -> str:
    style = profile.numbering
    if style == "paren" and profile.numbering_switch and quarter.year >= profile.numbering_switch:
        style = "dot"
    if style == "paren":
        return f"({chinese_number(index)})"
    return f"{index}{'、' if style == 'dun' else '.'}"


def publication_dates(rng: random.Random, quarter: Quarter) -> tuple[date, date]:
    """Published in the quarter's first weeks (Q1 after the Spring Festival), signed days before."""
    if quarter.number == 1:
        published = date(quarter.year, 1, 20) + timedelta(days=rng.randint(0, 45))
    else:
        first_day = 8 if quarter.number == 4 else 2
        published = date(quarter.year, quarter.number * 3 - 2, first_day)
        published += timedelta(days=rng.randint(0, 22))
    return published - timedelta(days=rng.randint(2, 8)), published


def preamble(ctx: Context, when: str) -> str:
    p, q, rng = ctx.profile, ctx.quarter, ctx.rng
    if q.year <= 2017:
        guide = "深入贯彻党的十八大和十八届历次全会精神"
    elif q.year <= 2022:
        guide = (
            "坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大和十九届历次全会精神"
        )
    else:
        guide = "全面贯彻落实党的二十大精神"
    upper = "市委" if p.dialect == "sh" else "省委、市委"
    term = p.congress_base + (q.year - 2012) // 5
    session = (q.year - 2012) % 5 + 1
    middle = [
        f"认真落实{upper}和区委各项决策部署",
        f"围绕区{chinese_number(term)}届人大{chinese_number(session)}次会议确定的目标任务",
    ]
    if COVID_YEARS[0] <= q.year <= COVID_YEARS[1]:
        middle.append("统筹疫情防控和经济社会发展")
    middle.append(
        rng.choice(("把全年目标分解到季度", "抓重点、补短板、强弱项", "坚持稳中求进工作总基调"))
    )
    middle.append(rng.choice(("对标对表抓落实", "以钉钉子精神抓好工作落实", "奋发有为抓落实")))
    goal = quarter_goal(q, rng)
    opening = f"{q.year}年{when},区政府工作{rng.choice(('', '的'))}总体要求是:"
    return f"{opening}{guide},{','.join(middle)},{goal}。主要工作如下:"


def quarter_goal(q: Quarter, rng: random.Random) -> str:
    plan = five_year_plan(q.year)
    if q.number == 1 and (q.year - 2016) % 5 == 0:
        return f"确保“{plan}”实现良好开局"
    if q.number == 4 and (q.year - 2015) % 5 == 0:
        return f"为“{five_year_plan(q.year - 1)}”圆满收官打下坚实基础"
    goals = {
        1: ("为全年各项工作打开局面", "确保一季度实现良好开局"),
        2: ("确保上半年各项任务按进度推进", "力争实现时间过半、任务过半"),
        3: ("为全年目标任务打下坚实基础", "加快补齐进度缺口"),
        4: ("确保全年目标任务圆满收官", "全力冲刺全年目标"),
    }
    return rng.choice(goals[q.number])


def cover_note(profile: Profile, quarter: Quarter, when: str, rng: random.Random) -> str:
    plan = f"《{profile.issuer}{quarter.year}年{when}工作要点》"
    if profile.cover_style == 1:
        meeting = chinese_number(
            (quarter.year - 2012) % 5 * 24 + quarter.number * 6 + rng.randint(0, 5)
        )
        return (
            f"{plan}已经区政府第{meeting}次常务会议审议通过,现印发给你们,请结合实际认真组织实施。"
        )
    ending = ("请认真贯彻落实。", "请按照职责分工,认真抓好落实。", "请认真组织实施。")
    return f"经区政府同意,现将{plan}印发给你们,{ending[profile.cover_style]}"


def compose(series: Series, ctx: Context, rendered: list[Rendered], damaged: bool) -> Notice:
    """Lay the notice out like the website's copy: header, cover, heading, preamble, body."""
    p, q, rng = series.profile, ctx.quarter, series.rng
    when = q.short_words if p.drop_di else q.words
    signed, published = publication_dates(rng, q)
    if q.number == 1:
        series.serial = rng.randint(1, 8)
    else:
        series.serial += rng.randint(4, 14)
    doc_number = f"{p.doc_prefix}〔{q.year}〕{series.serial}号"
    subject = p.issuer if p.long_title else "区政府"
    title = f"关于印发{subject}{q.year}年{when}工作要点的通知"
    if p.show_published:
        title += f" {published.isoformat()}"
    # The damaged website copy pads the header with lines holding one NO-BREAK SPACE and
    # indents the signature with them.
    pad = ["\u00a0"] if damaged else []
    indent = "\u00a0" * 20 if damaged else p.indent
    paragraphs = [
        title,
        doc_number,
        *pad,
        p.addressees,
        cover_note(p, q, when, rng),
        *pad,
        *pad,
        indent + p.issuer + "办公室",
        indent + f"{signed.year}年{signed.month}月{signed.day}日",
        *pad,
        p.issuer,
        f"{q.year}年{when}工作要点",
        *pad,
        preamble(ctx, when),
    ]
    labelled: list[tuple[str, Rendered]] = []
    section_index, current, number = 0, "", 0
    for item in rendered:
        if item.section != current:
            current, section_index, number = item.section, section_index + 1, 0
            paragraphs.append(f"{chinese_number(section_index)}、{p.section_titles[item.section]}")
        number += 1
        label = item_label(p, q, number)
        labelled.append((label, item))
        body = "".join(text + "。" for text, _ in item.tasks)
        paragraphs.append(f"{label}{item.heading}。{body}{item.clause}")
    text = p.gap.join(paragraphs) + "\n"
    if p.fullwidth:
        text = text.translate(FULLWIDTH)
        labelled = [(label.translate(FULLWIDTH), item) for label, item in labelled]
        for _, item in labelled:
            item.heading = item.heading.translate(FULLWIDTH)
    notice = Notice(text, doc_number, signed, published, labelled)
    notice.item_starts = find_item_starts(notice)
    return notice


def find_item_starts(notice: Notice) -> list[int]:
    starts, position = [], 0
    for label, item in notice.items:
        position = notice.text.index(label + item.heading, position)
        starts.append(position)
    return starts


# ---------------------------------------------------------------------------------------------
# Website damage and truncation


def damage(notice: Notice, profile: Profile, rng: random.Random) -> None:
    """What the real site did to the text: drop 〔〕号 and 年月日, lose the dash in ranges,
    lose a clause's closing bracket. (The NBSP lines were laid out by `compose`.)"""
    text = notice.text
    prefix, rest = notice.doc_number.split("〔")
    year, serial = rest.removesuffix("号").split("〕")
    text = text.replace(notice.doc_number, f"{prefix}{year}{serial}", 1)
    signed = notice.signed_on
    written = f"{signed.year}年{signed.month}月{signed.day}日"
    text = text.replace(written, f"{signed.year}{signed.month}{signed.day}", 1)
    notice.damage += ["doc_number", "signature_date", "nbsp_lines"]
    if RANGE.search(text):
        text = RANGE.sub(r"\1\2\3\4\5", text)
        notice.damage.append("ranges")
    if rng.random() < 0.5:
        text = drop_one_closing_bracket(text, rng)
        notice.damage.append("clause_unclosed")
    notice.text = text
    notice.item_starts = find_item_starts(notice)


def drop_one_closing_bracket(text: str, rng: random.Random) -> str:
    closes = [m.end() - 1 for m in re.finditer(r"[(（]责任单位[:：][^)）\n]*[)）]", text)]
    if not closes:
        return text
    cut = rng.choice(closes[:-1] or closes)
    return text[:cut] + text[cut + 1 :]


def truncate(notice: Notice, rng: random.Random) -> tuple[bytes, int]:
    """Cut the page after a number of bytes, inside an item in the later part of the notice."""
    data = notice.text.encode("utf-8")
    index = rng.randrange(len(notice.items) // 3, len(notice.items))
    start = len(notice.text[: notice.item_starts[index]].encode("utf-8"))
    end = len(data) if index + 1 == len(notice.items) else start
    if index + 1 < len(notice.items):
        end = len(notice.text[: notice.item_starts[index + 1]].encode("utf-8"))
    cut = start + int((end - start) * rng.uniform(0.3, 0.85))
    return data[:cut], index + 1


# ---------------------------------------------------------------------------------------------
# The archive


class ItemRecord(TypedDict):
    id: str  # stable while the item continues from quarter to quarter
    topic: str
    section: str  # section key (economy, urban …), not its title
    label: str
    heading: str
    tasks: int
    stages: list[str | None]  # intended stage of each task where the generator knows it


class ManifestEntry(TypedDict):
    file: str
    series: int
    district: str
    issuer: str
    period: str
    doc_number: str  # as issued, before any damage
    signed_on: str
    published_on: str | None  # None when the title line shows no date
    damage: list[str]
    truncated_at_byte: int | None
    items_before_cut: int
    items: list[ItemRecord]


def manifest_entry(
    profile: Profile, quarter: Quarter, notice: Notice, cut: int | None, items_before_cut: int
) -> ManifestEntry:
    return {
        "file": f"{profile.folder}/{quarter.name}.txt",
        "series": profile.number,
        "district": profile.name,
        "issuer": profile.issuer,
        "period": quarter.name,
        "doc_number": notice.doc_number,
        "signed_on": notice.signed_on.isoformat(),
        "published_on": notice.published_on.isoformat() if profile.show_published else None,
        "damage": notice.damage,
        "truncated_at_byte": cut,
        "items_before_cut": items_before_cut if cut is not None else len(notice.items),
        "items": [
            {
                "id": item.uid,
                "topic": item.topic,
                "section": item.section,
                "label": label,
                "heading": item.heading,
                "tasks": len(item.tasks),
                "stages": [stage for _, stage in item.tasks],
            }
            for label, item in notice.items
        ],
    }


def write_series(number: int, quarters: list[Quarter], out_dir: Path) -> list[ManifestEntry]:
    rng = random.Random(f"{SEED}:{number}")
    series = Series(make_profile(number, rng), rng, target=rng.randint(*ITEMS_RANGE))
    folder = out_dir / series.profile.folder
    folder.mkdir(parents=True, exist_ok=True)
    # Multipliers coprime with the periods spread the damaged quarters over the series.
    damage_offset, truncate_offset = number * 13 % DAMAGE_EVERY, number * 61 % TRUNCATE_EVERY
    entries: list[ManifestEntry] = []
    for index, quarter in enumerate(quarters):
        ctx = Context(series.profile, quarter, rng, series.projects)
        series.step(ctx, first=index == 0)
        damaged = (index + damage_offset) % DAMAGE_EVERY == 0
        rendered = render_to_length(ctx, series.items)
        notice = compose(series, ctx, rendered, damaged)
        if damaged:
            damage(notice, series.profile, rng)
        data, cut, before_cut = notice.text.encode("utf-8"), None, 0
        if (index + truncate_offset) % TRUNCATE_EVERY == 0:
            data, before_cut = truncate(notice, rng)
            cut = len(data)
        (folder / f"{quarter.name}.txt").write_bytes(data)
        entries.append(manifest_entry(series.profile, quarter, notice, cut, before_cut))
    return entries


def summarize(out_dir: Path, entries: list[ManifestEntry], seconds: float) -> None:
    whole = [e for e in entries if e["truncated_at_byte"] is None]
    sizes = sorted((out_dir / e["file"]).stat().st_size for e in whole)
    chars = sorted(len((out_dir / e["file"]).read_text(encoding="utf-8")) for e in whole)
    items = sorted(len(e["items"]) for e in entries)
    damaged = sum(1 for e in entries if e["damage"])
    print(f"wrote {len(entries)} notices to {out_dir} in {seconds:.1f} s")
    print(f"  {len(whole)} whole notices (the cut ones are shorter by design):")
    print(f"    bytes  min {sizes[0]}  median {statistics.median(sizes):.0f}  max {sizes[-1]}")
    print(f"    chars  min {chars[0]}  median {statistics.median(chars):.0f}  max {chars[-1]}")
    print(f"  items  min {items[0]}  median {statistics.median(items):.0f}  max {items[-1]}")
    print(f"  website damage: {damaged} notices, cut off: {len(entries) - len(whole)} notices")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--series", type=int, default=16, choices=range(1, len(DISTRICTS) + 1))
    parser.add_argument("--quarters", type=int, default=40, help="consecutive quarters from 2014Q1")
    parser.add_argument("--check", action="store_true", help="parse every file with qdiff after")
    args = parser.parse_args(argv)
    if args.quarters < 1:
        parser.error("--quarters must be at least 1")
    start = time.perf_counter()
    quarters = quarter_list(args.quarters)
    entries: list[ManifestEntry] = []
    for number in range(1, args.series + 1):
        entries += write_series(number, quarters, args.out_dir)
    with (args.out_dir / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        for entry in entries:
            manifest.write(json.dumps(entry, ensure_ascii=False) + "\n")
    summarize(args.out_dir, entries, time.perf_counter() - start)
    if args.check:
        from check_archive import check_archive

        return check_archive(args.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
