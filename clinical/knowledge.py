"""The knowledge base: content files under data/knowledge/ -> validated -> database -> cited answers.

    python -m clinical.knowledge load [DIR]     # validate the files, then load them (safe to repeat)
    python -m clinical.knowledge check [DIR]    # validate only

Content is written in our own words; every item names a registered source and the section it comes
from, the situations it applies to (duration band, leg symptoms) and when it was last reviewed.
Answers are read from the database on every question, so editing a file and loading it changes what
the assistant says without retraining.

Red flags are never described in content with urgency of its own. An item that names one declares it
(`red_flags: [bladder_bowel, ...]`); the answer then carries the flag's plain words and level from
clinical/findings.py, the same definition triage uses, and the action says what to do with the
region's numbers. The checks below refuse an item that names a red flag without declaring it, states
its own urgency or a phone number, or rests a red flag on a source still pending human review.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from sqlalchemy import JSON, Boolean, Column, Date, ForeignKey, Integer, String, Text

from clinical.db import Base, session
from clinical.findings import BY_CODE, FINDINGS, Urgency
from clinical.language import find_mentions, normalise
from clinical.regions import REGIONS

ROOT = Path(__file__).resolve().parents[1]
CONTENT_DIR = ROOT / "data" / "knowledge"
DURATIONS = {"acute", "subacute", "chronic", "any"}
LEG_SYMPTOMS = {"with", "without", "any"}
MAX_ITEMS_PER_ANSWER = 3
# How far a source has been checked by people, as the document itself says. A pending source is named
# as such in every citation, and no red-flag advice may rest on it.
PENDING_REVIEW = "machine-generated, pending human review"
SOURCE_STATUSES = {"reviewed", "not stated", PENDING_REVIEW}
# Words that state how soon to act. Only findings.py decides that, so content never says it itself.
URGENCY_WORDING = re.compile(
    r"\b(urgent\w*|emergenc\w*|a ?& ?e|accident and emergency|ambulance|same[- ]day|today|tonight|"
    r"straight away|right away|immediately|at once|without delay|as soon as possible|asap)(?![\w&])")
CRISIS = "self_harm"  # answered with the crisis response, not in the list of signs


class Source(Base):
    __tablename__ = "sources"
    id = Column(String(64), primary_key=True)
    title = Column(Text, nullable=False)
    publisher = Column(Text, nullable=False)
    type = Column(String(64), nullable=False)
    reviewed = Column(Date, nullable=True)
    file = Column(String(255), nullable=True)
    short = Column(String(255), nullable=False)
    status = Column(String(64), nullable=False)  # one of SOURCE_STATUSES


class Topic(Base):
    __tablename__ = "topics"
    id = Column(String(64), primary_key=True)
    title = Column(String(255), nullable=False)
    keywords = Column(JSON, nullable=False)


class KnowledgeItem(Base):
    __tablename__ = "knowledge_items"
    id = Column(String(64), primary_key=True)
    topic_id = Column(String(64), ForeignKey("topics.id"), nullable=False, index=True)
    source_id = Column(String(64), ForeignKey("sources.id"), nullable=False)
    section = Column(Text, nullable=False)
    text = Column(Text, nullable=False)
    durations = Column(JSON, nullable=False)
    leg_symptoms = Column(String(16), nullable=False)
    reviewed = Column(Date, nullable=False)
    position = Column(Integer, nullable=False)
    red_flags = Column(JSON, nullable=False)  # finding codes the text names (clinical/findings.py)
    # False for reassurance that self-care is enough: never said after an urgent or emergency outcome
    after_escalation = Column(Boolean, nullable=False, default=True)


# --------------------------------------------------------------------------- reading and checking files


@dataclass
class Content:
    sources: list[dict[str, Any]] = field(default_factory=list)
    topics: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _where(path: Path, node: Any) -> str:
    line = getattr(getattr(node, "lc", None), "line", None)
    rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    return f"{rel}:{line + 1}" if line is not None else str(rel)


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def read_content(directory: Path = CONTENT_DIR) -> Content:
    """All content files, checked; problems are collected as 'file:line: message' strings."""
    content = Content()
    yaml = YAML(typ="rt")
    files = sorted(directory.glob("*.yml"))
    if not files:
        content.errors.append(f"{directory}: no content files (*.yml) found")
    for path in files:
        try:
            data = yaml.load(path.read_text(encoding="utf-8")) or {}
        except Exception as exc:  # ruamel raises many error types; all mean "not valid YAML"
            content.errors.append(f"{_where(path, None)}: not valid YAML ({type(exc).__name__})")
            continue
        buckets = (("sources", content.sources), ("topics", content.topics), ("items", content.items))
        for key, bucket in buckets:
            for node in data.get(key) or []:
                bucket.append({"_where": _where(path, node), **dict(node)})
    _check(content)
    return content


def _require(record: dict[str, Any], fields: tuple[str, ...], kind: str, errors: list[str]) -> bool:
    missing = [f for f in fields if record.get(f) in (None, "", [])]
    for f in missing:
        errors.append(f"{record['_where']}: {kind} {record.get('id', '?')!r}: missing field '{f}'")
    return not missing


def _check(content: Content) -> None:
    errors = content.errors
    seen: dict[str, str] = {}
    for kind, records, fields in (
        ("source", content.sources, ("id", "title", "publisher", "type", "short", "status")),
        ("topic", content.topics, ("id", "title", "keywords")),
        ("item", content.items, ("id", "topic", "text", "applies_to", "source", "section", "reviewed")),
    ):
        for record in records:
            _require(record, fields, kind, errors)
            key = f"{kind}:{record.get('id')}"
            if record.get("id") and key in seen:
                errors.append(f"{record['_where']}: duplicate {kind} id {record['id']!r} "
                              f"(first at {seen[key]})")
            seen.setdefault(key, record["_where"])
    for source in content.sources:
        if source.get("status") and source["status"] not in SOURCE_STATUSES:
            errors.append(f"{source['_where']}: source {source.get('id', '?')!r}: status must be one of "
                          f"{sorted(SOURCE_STATUSES)}")
    pending = {s["id"] for s in content.sources if s.get("status") == PENDING_REVIEW}
    source_ids = {s["id"] for s in content.sources if s.get("id")}
    topic_ids = {t["id"] for t in content.topics if t.get("id")}
    texts: dict[str, str] = {}
    for item in content.items:
        where, name = item["_where"], item.get("id", "?")
        if item.get("source") and item["source"] not in source_ids:
            errors.append(f"{where}: item {name!r}: unknown source {item['source']!r} "
                          f"(registered: {', '.join(sorted(source_ids))})")
        if item.get("topic") and item["topic"] not in topic_ids:
            errors.append(f"{where}: item {name!r}: unknown topic {item['topic']!r}")
        applies = item.get("applies_to") or {}
        durations = applies.get("duration") or []
        if not durations or set(durations) - DURATIONS:
            errors.append(f"{where}: item {name!r}: applies_to.duration must list some of "
                          f"{sorted(DURATIONS)}")
        if applies.get("leg_symptoms", "any") not in LEG_SYMPTOMS:
            errors.append(f"{where}: item {name!r}: applies_to.leg_symptoms must be one of "
                          f"{sorted(LEG_SYMPTOMS)}")
        if not isinstance(applies.get("after_escalation", True), bool):
            errors.append(f"{where}: item {name!r}: applies_to.after_escalation must be true or false")
        if item.get("reviewed") and _as_date(item["reviewed"]) is None:
            errors.append(f"{where}: item {name!r}: reviewed must be a date like 2026-11-22")
        text = " ".join(str(item.get("text") or "").split())
        if text and text in texts:
            errors.append(f"{where}: item {name!r}: same text as item {texts[text]!r}")
        texts.setdefault(text, name)
        errors.extend(f"{where}: item {name!r}: {problem}" for problem in red_flag_problems(item, pending))


def red_flag_problems(item: dict[str, Any], pending_sources: set[str] = frozenset()) -> list[str]:
    """Why an item's red flags are not stated as triage states them (an empty list when they are).

    A red flag named in the text must be declared in `red_flags`, so the answer gives its level and what
    to do from clinical/findings.py. The text must not state urgency or numbers itself, and red-flag
    advice must not rest on a source pending human review alone.
    """
    problems = []
    declared = item.get("red_flags") or []
    if not isinstance(declared, list):
        return ["red_flags must be a list of finding codes, e.g. [bladder_bowel, saddle_numbness]"]
    for code in declared:
        if code not in BY_CODE or not BY_CODE[code].is_red_flag:
            known = ", ".join(f.code for f in FINDINGS if f.is_red_flag)
            problems.append(f"red_flags: {code!r} is not a red flag of clinical/findings.py ({known})")
    if len(set(declared)) != len(declared):
        problems.append("red_flags lists a code twice")
    text = " ".join(str(item.get("text") or "").split())
    for code in names_red_flags(text):
        if code not in declared:
            problems.append(f"the text names the red flag {code!r} ({BY_CODE[code].summary}) without "
                            f"declaring it: add it to red_flags, so the answer says its level and what to do")
    wording = URGENCY_WORDING.search(text.lower())
    if wording:
        problems.append(f"the text states its own urgency ({wording.group(0)!r}); declare the red flags "
                        f"instead, and their level and what to do come from clinical/findings.py")
    for number in _PHONE_NUMBERS:
        if re.search(rf"(?<!\d){re.escape(number)}(?!\d)", text):
            problems.append(f"the text contains the phone number {number!r}; numbers come from the "
                            f"configured region (clinical/regions.py)")
    if declared and item.get("source") in pending_sources:
        problems.append(f"red-flag advice rests on {item['source']!r} alone, which is {PENDING_REVIEW}; "
                        f"cite a reviewed source")
    return problems


# Every region's emergency number and the digits of its helplines and crisis lines.
_PHONE_NUMBERS = sorted({n for r in REGIONS.values()
                         for n in (r.emergency_number, *re.findall(r"\d[\d ]{2,}\d", r.helpline),
                                   *re.findall(r"\d[\d ]{2,}\d", r.crisis_line))})


def names_red_flags(text: str) -> list[str]:
    """Codes of the red flags a piece of content mentions ("no fever" names fever too).

    Left out: wordings that only make a flag possible (triage would ask a check question, not act), and
    findings recognised partly by medicine names (`named_by_medicines`, such as a weakened immune
    system), because content naming a medicine is not describing the sign.
    """
    found = {m.code for m in find_mentions(text) if m.status != "possible"}
    return [f.code for f in FINDINGS if f.code in found and f.is_red_flag and not f.named_by_medicines]


# --------------------------------------------------------------------------- loading


def load(directory: Path = CONTENT_DIR, url: str | None = None,
         content: Content | None = None) -> dict[str, int]:
    """Validate, then make the database match the files exactly (insert, update, delete). `content`: the
    files of `directory` already read (reading and checking them is most of the time taken)."""
    content = read_content(directory) if content is None else content
    if content.errors:
        raise ContentError(content.errors)
    counts = {"added": 0, "updated": 0, "removed": 0, "unchanged": 0}
    with session(url) as s:
        _sync(s, Source, [_source_row(r) for r in content.sources], counts)
        _sync(s, Topic, [{"id": r["id"], "title": r["title"], "keywords": [str(k) for k in r["keywords"]]}
                         for r in content.topics], counts)
        _sync(s, KnowledgeItem, [_item_row(r, i) for i, r in enumerate(content.items)], counts,
              delete_first=True)
    counts.update(sources=len(content.sources), topics=len(content.topics), items=len(content.items))
    return counts


class ContentError(ValueError):
    def __init__(self, errors: list[str]):
        super().__init__(f"{len(errors)} problem(s) in the knowledge files:\n" + "\n".join(errors))
        self.errors = errors


def _source_row(r: dict[str, Any]) -> dict[str, Any]:
    return {"id": r["id"], "title": str(r["title"]), "publisher": str(r["publisher"]), "type": str(r["type"]),
            "reviewed": _as_date(r.get("reviewed")), "file": r.get("file"), "short": str(r["short"]),
            "status": str(r["status"])}


def _item_row(r: dict[str, Any], position: int) -> dict[str, Any]:
    applies = r["applies_to"]
    return {"id": r["id"], "topic_id": r["topic"], "source_id": r["source"], "section": str(r["section"]),
            "text": " ".join(str(r["text"]).split()), "durations": [str(d) for d in applies["duration"]],
            "leg_symptoms": str(applies.get("leg_symptoms", "any")), "reviewed": _as_date(r["reviewed"]),
            "position": position, "red_flags": [str(code) for code in r.get("red_flags") or []],
            "after_escalation": bool(applies.get("after_escalation", True))}


def _sync(s: Any, model: Any, rows: list[dict[str, Any]], counts: dict[str, int],
          delete_first: bool = False) -> None:
    existing = {obj.id: obj for obj in s.query(model).all()}
    wanted = {row["id"] for row in rows}
    for obj_id in set(existing) - wanted:
        s.delete(existing[obj_id])
        counts["removed"] += 1
    if delete_first:
        s.flush()
    for row in rows:
        obj = existing.get(row["id"])
        if obj is None:
            s.add(model(**row))
            counts["added"] += 1
        elif any(getattr(obj, k) != v for k, v in row.items()):
            for k, v in row.items():
                setattr(obj, k, v)
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1


# --------------------------------------------------------------------------- answering


@dataclass(frozen=True)
class SignsAtLevel:
    level: str  # "emergency" or "urgent"
    codes: list[str]
    summaries: list[str]  # plain words from clinical/findings.py


@dataclass(frozen=True)
class Answer:
    topic_id: str
    topic_title: str
    texts: list[str]
    sources: list[str]  # each text's citation, "Healthify NZ (Imaging)"
    red_flags: tuple[str, ...] = ()  # declared by the items shown, in the order of clinical/findings.py

    @property
    def citation(self) -> str:
        """Every source of the answer once, in order: "Healthify NZ (Imaging); NICE NG59 (1.2)"."""
        return "; ".join(dict.fromkeys(self.sources))

    def as_text(self) -> str:
        """The answer as the assistant says it: the items, then their source. The red flags follow it,
        each with its level and what to do (see signs_by_level)."""
        return " ".join(self.texts) + f"\n(Source: {self.citation})"

    def payload(self) -> dict[str, Any]:
        """The answer for a page that can show each statement with its source small beneath it."""
        return {"knowledge": {"topic": self.topic_id, "title": self.topic_title,
                              "statements": [{"text": text, "source": source}
                                             for text, source in zip(self.texts, self.sources, strict=True)]}}

    def signs_by_level(self) -> list[SignsAtLevel]:
        """The declared red flags grouped by their level (most urgent first), as triage grades them.
        Crisis wording (self-harm, overdose) is left out: it gets the crisis response instead."""
        groups = []
        for level in (Urgency.EMERGENCY, Urgency.URGENT):
            codes = [c for c in self.red_flags if BY_CODE[c].urgency == level and c != CRISIS]
            if codes:
                groups.append(SignsAtLevel(level.label, codes, [BY_CODE[c].summary for c in codes]))
        return groups

    @property
    def names_crisis(self) -> bool:
        return CRISIS in self.red_flags


@lru_cache(maxsize=4096)  # topics are matched on every question; their keywords rarely change
def _keyword_pattern(keyword: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])" + re.escape(normalise(keyword)) + r"(?![a-z])")


def keyword_found(keyword: str, normalised_text: str) -> bool:
    return bool(_keyword_pattern(keyword).search(normalised_text))


def match_topics(text: str, topics: list[tuple[str, list[str]]]) -> list[str]:
    """Topic ids a question is about, best first. A longer matched phrase counts for more, so "steroid
    injection" beats "steroid"; on a tie the topic named first in the question wins ("is yoga ok while I
    wait for the appointment?" is about yoga), then the order of the topics file."""
    t = normalise(text)
    scores = []
    for index, (topic_id, keywords) in enumerate(topics):
        found = [(k, match) for k in keywords if (match := _keyword_pattern(k).search(t))]
        if found:
            score = sum(len(k.split()) + 1 for k, _ in found)
            scores.append((-score, min(m.start() for _, m in found), index, topic_id))
    return [topic_id for *_, topic_id in sorted(scores)]


def topics_in_database(url: str | None = None) -> list[tuple[str, list[str]]]:
    with session(url) as s:
        return [(t.id, list(t.keywords)) for t in s.query(Topic).all()]


def answer(topic_id: str, duration_band: str | None = None, leg_symptoms: bool | None = None,
           url: str | None = None, escalated: bool = False) -> Answer | None:
    """The items of a topic that fit what we know of the person, with their citation. After an urgent or
    emergency outcome (`escalated`), reassurance that self-care is enough is left out."""
    with session(url) as s:
        topic = s.get(Topic, topic_id)
        if topic is None:
            return None
        rows = (s.query(KnowledgeItem, Source).join(Source, KnowledgeItem.source_id == Source.id)
                .filter(KnowledgeItem.topic_id == topic_id).order_by(KnowledgeItem.position).all())
        chosen = [(item, source) for item, source in rows if _fits(item, duration_band, leg_symptoms)
                  and (item.after_escalation or not escalated)]
        chosen = chosen[:MAX_ITEMS_PER_ANSWER]
        if not chosen:
            return None
        declared = {code for item, _ in chosen for code in item.red_flags or []}
        red_flags = tuple(f.code for f in FINDINGS if f.code in declared)
        return Answer(topic.id, topic.title, [item.text for item, _ in chosen],
                      [_cite(item, source) for item, source in chosen], red_flags)


def _cite(item: KnowledgeItem, source: Source) -> str:
    """'Short name (section)'; a source pending human review says so wherever it is cited."""
    note = f"; {source.status}" if source.status == PENDING_REVIEW else ""
    return f"{source.short} ({item.section}{note})"


def _fits(item: KnowledgeItem, band: str | None, leg_symptoms: bool | None) -> bool:
    if band and "any" not in item.durations and band not in item.durations:
        return False
    if leg_symptoms is not None and item.leg_symptoms != "any":
        return (item.leg_symptoms == "with") == leg_symptoms
    return True


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("load", "check"):
        print("usage: python -m clinical.knowledge load|check [DIR]", file=sys.stderr)
        return 2
    directory = Path(argv[1]) if len(argv) > 1 else CONTENT_DIR
    content = read_content(directory)
    if content.errors:
        print(f"{len(content.errors)} problem(s) in the knowledge files; nothing was loaded:",
              file=sys.stderr)
        for error in content.errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    if argv[0] == "check":
        print(f"knowledge files are valid: {len(content.sources)} sources, {len(content.topics)} topics, "
              f"{len(content.items)} items")
        return 0
    counts = load(directory, content=content)
    print(f"knowledge loaded: {counts['sources']} sources, {counts['topics']} topics, "
          f"{counts['items']} items "
          f"({counts['added']} added, {counts['updated']} updated, {counts['removed']} removed, "
          f"{counts['unchanged']} unchanged)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
