"""The assistant's own database: one row per completed triage and per escalation.

The URL comes from BACKCARE_DATABASE_URL (default: SQLite file var/backcare.db under the project root;
PostgreSQL works with a postgresql:// URL). Only structured answers are stored, plus the user's words
for each red flag (what staff need to see why it escalated), never the whole conversation.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Integer, String, create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, declarative_base, sessionmaker

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_URL = f"sqlite:///{ROOT / 'var' / 'backcare.db'}"
Base = declarative_base()


class TriageRecord(Base):
    __tablename__ = "triage_records"

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    created_at = Column(DateTime, nullable=False, default=lambda: dt.datetime.now(dt.timezone.utc))
    kind = Column(String(20), nullable=False)  # "completed" (all questions answered) or "escalation"
    level = Column(String(20), nullable=False)  # emergency | urgent | soon | self_care
    red_flags = Column(JSON, nullable=False, default=list)  # [{"code": ..., "words": ...}]
    answers = Column(JSON, nullable=False, default=dict)


def database_url() -> str:
    return os.environ.get("BACKCARE_DATABASE_URL") or DEFAULT_URL


@lru_cache(maxsize=4)
def engine_for(url: str) -> Engine:
    """One engine per URL and process; tables are created on first use."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, future=True, pool_pre_ping=True)
    Base.metadata.create_all(engine)
    return engine


@contextmanager
def session(url: str | None = None) -> Iterator[Session]:
    """A short-lived session per unit of work, committed on success."""
    factory = sessionmaker(bind=engine_for(url or database_url()), future=True)
    with factory() as s, s.begin():
        yield s


def save_triage(conversation_id: str, kind: str, level: str, red_flags: list[dict[str, str]],
                answers: dict[str, Any], url: str | None = None) -> int:
    with session(url) as s:
        record = TriageRecord(conversation_id=conversation_id, kind=kind, level=level,
                              red_flags=red_flags, answers=answers)
        s.add(record)
        s.flush()
        return int(record.id)


def triage_history(conversation_id: str, url: str | None = None) -> list[dict[str, Any]]:
    with session(url) as s:
        rows = (s.query(TriageRecord).filter_by(conversation_id=conversation_id)
                .order_by(TriageRecord.id).all())
        return [{"kind": r.kind, "level": r.level, "red_flags": r.red_flags, "answers": r.answers,
                 "created_at": r.created_at} for r in rows]
