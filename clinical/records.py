"""Triage records: one row per completed triage and per escalation, in the assistant's own database.

Only structured answers are stored, plus the user's words for each red flag (what staff need to see why
it escalated), never the whole conversation.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Integer, String

from clinical.db import Base, session


class TriageRecord(Base):
    __tablename__ = "triage_records"

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    created_at = Column(DateTime, nullable=False, default=lambda: dt.datetime.now(dt.timezone.utc))
    kind = Column(String(20), nullable=False)  # "completed" (all questions answered) or "escalation"
    level = Column(String(20), nullable=False)  # emergency | urgent | soon | self_care
    red_flags = Column(JSON, nullable=False, default=list)  # [{"code": ..., "words": ...}]
    answers = Column(JSON, nullable=False, default=dict)


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
