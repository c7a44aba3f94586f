"""Stored activity plans: the inputs and the week reached; the weeks themselves are rebuilt from the inputs
with clinical.activity.build_plan, so the arithmetic lives in one place."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Column, DateTime, Integer, String

from clinical.activity import Plan, build_plan
from clinical.db import Base, session


class ActivityPlan(Base):
    __tablename__ = "activity_plans"
    conversation_id = Column(String(255), primary_key=True)
    activity = Column(String(64), nullable=False)
    tolerance_minutes = Column(Integer, nullable=False)
    days = Column(Integer, nullable=False)
    current_week = Column(Integer, nullable=False)
    updated_at = Column(DateTime, nullable=False)


@dataclass(frozen=True)
class StoredPlan:
    plan: Plan
    current_week: int
    tolerance_minutes: int  # the inputs the weeks were built from
    days: int


def save_plan(conversation_id: str, activity: str, tolerance_minutes: int, days: int,
              current_week: int = 1, url: str | None = None) -> StoredPlan:
    plan = build_plan(activity, tolerance_minutes, days)
    with session(url) as s:
        row = s.get(ActivityPlan, conversation_id) or ActivityPlan(conversation_id=conversation_id)
        row.activity, row.tolerance_minutes, row.days = activity, tolerance_minutes, days
        row.current_week, row.updated_at = current_week, dt.datetime.now(dt.timezone.utc)
        s.add(row)
    return StoredPlan(plan, current_week, tolerance_minutes, days)


def load_plan(conversation_id: str, url: str | None = None) -> StoredPlan | None:
    with session(url) as s:
        row = s.get(ActivityPlan, conversation_id)
        if row is None:
            return None
        return StoredPlan(build_plan(row.activity, row.tolerance_minutes, row.days), row.current_week,
                          row.tolerance_minutes, row.days)


def move_to_week(conversation_id: str, week: int, url: str | None = None) -> None:
    with session(url) as s:
        row = s.get(ActivityPlan, conversation_id)
        if row is not None:
            row.current_week, row.updated_at = week, dt.datetime.now(dt.timezone.utc)
