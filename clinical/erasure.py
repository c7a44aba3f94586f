"""Deleting a person's data: on their request in the chat, by staff from the console, and after a retention
period. Plain SQLAlchemy, no Rasa, so the action server, the console and a scheduled command share it.

What is stored about a conversation, by its conversation id (the sender id):
- Rasa's tracker store, table `events`: every message and action of every session (TRACKER_STORE_URL, or
  the SQLite file TRACKER_DB, as console/transcript.py reads it);
- our own database (clinical.db): `triage_records`, `activity_plans`, `staff_cases` and the `staff_audit`
  lines about those cases (their details can name red flags).

A deletion keeps one audit line with counts only: that it happened, when and by whom ("the person" or the
staff name), never what was said.

    python -m clinical.erasure purge [--days N]   # delete what is older than N days
                                                   # (default BACKCARE_RETENTION_DAYS; unset: keep)
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from dataclasses import dataclass, fields
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from clinical.db import database_url, empty_write_ahead_log, session, zero_deleted_rows

PERSON = "the person"  # the audit's actor when the person asked in the chat
RETENTION = "retention"  # the audit's actor of a retention purge
RETENTION_SETTING = "BACKCARE_RETENTION_DAYS"

# Lightweight table handles (not the ORM classes): the console's tables are defined in console/store.py,
# which the clinical package does not import.
_records = sa.table("triage_records", sa.column("id"), sa.column("conversation_id"), sa.column("created_at"))
_plans = sa.table("activity_plans", sa.column("conversation_id"), sa.column("updated_at"))
_cases = sa.table("staff_cases", sa.column("id"), sa.column("conversation_id"), sa.column("updated_at"))
_audit = sa.table("staff_audit", sa.column("id"), sa.column("at"), sa.column("actor"), sa.column("action"),
                  sa.column("case_id"), sa.column("detail"))
_events = sa.table("events", sa.column("id"), sa.column("sender_id"), sa.column("timestamp"))


@dataclass
class Deleted:
    """How many rows a deletion removed, per kind (counts only: safe to print and to audit)."""
    conversations: int = 0
    events: int = 0
    triage_records: int = 0
    plans: int = 0
    cases: int = 0
    audit_lines: int = 0

    def __add__(self, other: Deleted) -> Deleted:
        return Deleted(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def describe(self) -> str:
        return ", ".join(f"{getattr(self, f.name)} {f.name.replace('_', ' ')}" for f in fields(self))


def tracker_store_url() -> str | None:
    """The tracker store endpoints.yml names, as console/transcript.py finds it."""
    if os.environ.get("TRACKER_STORE_URL"):
        return os.environ["TRACKER_STORE_URL"]
    path = os.environ.get("TRACKER_DB")
    return f"sqlite:///{path}" if path else None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)  # the tables store naive UTC


def _delete_cases(s: Any, case_ids: list[int]) -> tuple[int, int]:
    """The cases and their audit lines (whose details can name red flags); (cases, audit lines)."""
    if not case_ids:
        return 0, 0
    lines = s.execute(sa.delete(_audit).where(_audit.c.case_id.in_(case_ids))).rowcount
    cases = s.execute(sa.delete(_cases).where(_cases.c.id.in_(case_ids))).rowcount
    return cases, lines


def _audit_line(s: Any, actor: str, action: str, detail: str, case_id: int | None = None) -> None:
    s.execute(sa.insert(_audit).values(at=_now(), actor=actor[:80], action=action, case_id=case_id,
                                       detail=detail))


def erase_person_data(conversation_id: str, actor: str, url: str | None = None,
                      case_id: int | None = None) -> Deleted:
    """Delete the conversation's triage records, activity plan and staff cases from our database, in one
    transaction, and audit it (counts only). `case_id`: the case staff deleted it from, kept in the audit
    line so that whoever looks for that case sees what became of it."""
    with session(url) as s:
        case_ids = list(s.execute(sa.select(_cases.c.id).where(_cases.c.conversation_id == conversation_id))
                        .scalars())
        deleted = Deleted(
            triage_records=s.execute(sa.delete(_records).where(_records.c.conversation_id == conversation_id))
            .rowcount,
            plans=s.execute(sa.delete(_plans).where(_plans.c.conversation_id == conversation_id)).rowcount)
        deleted.cases, deleted.audit_lines = _delete_cases(s, case_ids)
        cases = f" (case {', '.join(map(str, sorted(case_ids)))})" if case_ids else ""
        _audit_line(s, actor, "data_deleted", f"on request: {deleted.describe()}{cases}", case_id)
    return deleted


def _tracker_engine(url: str) -> sa.engine.Engine | None:
    engine = zero_deleted_rows(sa.create_engine(url, future=True))
    if not sa.inspect(engine).has_table("events"):
        engine.dispose()
        return None  # nothing stored yet (no conversation has been saved)
    return engine


def erase_conversation_events(conversation_id: str, tracker_url: str | None = None) -> int:
    """Delete every stored event of the conversation, in all its sessions; how many. (In the chat the
    tracker store does this through `delete_events` when it saves the turn: stores/tracker.py.)"""
    url = tracker_url or tracker_store_url()
    engine = _tracker_engine(url) if url else None
    if engine is None:
        return 0
    try:
        return delete_events(engine, conversation_id)
    finally:
        engine.dispose()


def delete_events(engine: sa.engine.Engine, conversation_id: str) -> int:
    """Delete the conversation's stored events from the tracker store's database, and empty SQLite's
    write-ahead log of their copies; how many."""
    with engine.begin() as connection:
        deleted = connection.execute(sa.delete(_events).where(_events.c.sender_id == conversation_id)
                                     ).rowcount
    with engine.connect() as connection:
        empty_write_ahead_log(connection)
    return deleted


def erase_everything(conversation_id: str, actor: str, url: str | None = None, tracker_url: str | None = None,
                     case_id: int | None = None) -> Deleted:
    """Staff's deletion from the console: the stored conversation and everything in our database. The
    conversation goes first, so that if our database fails staff can simply try again."""
    events = erase_conversation_events(conversation_id, tracker_url)
    deleted = erase_person_data(conversation_id, actor, url, case_id=case_id)
    deleted.events, deleted.conversations = events, 1 if events else 0
    return deleted


# ---- retention --------------------------------------------------------------------------------------------

def retention_days() -> int | None:
    """BACKCARE_RETENTION_DAYS: a whole number of days, at least 1; unset or empty: keep everything.
    ValueError for anything else."""
    value = os.environ.get(RETENTION_SETTING, "").strip()
    if not value:
        return None
    if not value.isdigit() or int(value) < 1:
        raise ValueError(f"{RETENTION_SETTING} must be a whole number of days, 1 or more (it is {value!r})")
    return int(value)


def purge_conversations(cutoff: dt.datetime, tracker_url: str | None = None) -> tuple[int, int]:
    """Delete the conversations whose last event is older than `cutoff` (naive UTC); (conversations, events).
    One statement per conversation, which re-checks that it is still idle: a person who writes again while
    the purge runs keeps their conversation."""
    url = tracker_url or tracker_store_url()
    engine = _tracker_engine(url) if url else None
    if engine is None:
        return 0, 0
    before = cutoff.replace(tzinfo=dt.timezone.utc).timestamp()
    last_event = sa.func.max(_events.c.timestamp)
    try:
        with engine.connect() as connection:
            idle = list(connection.execute(sa.select(_events.c.sender_id).group_by(_events.c.sender_id)
                                           .having(last_event < before)).scalars())
        conversations = events = 0
        newer = _events.alias("newer")  # its own name, so that the check is not read as the row deleted
        for sender_id in idle:
            with engine.begin() as connection:
                still_idle = ~sa.exists().where(newer.c.sender_id == sender_id, newer.c.timestamp >= before)
                removed = connection.execute(sa.delete(_events).where(_events.c.sender_id == sender_id,
                                                                      still_idle)).rowcount
            conversations, events = conversations + (1 if removed else 0), events + removed
        with engine.connect() as connection:
            empty_write_ahead_log(connection)
        return conversations, events
    finally:
        engine.dispose()


def purge(days: int, url: str | None = None, tracker_url: str | None = None,
          now: dt.datetime | None = None) -> Deleted:
    """Delete conversations idle for more than `days` days, and triage records, plans and staff cases (with
    their audit lines) older than that; audited with the counts. Safe while the servers run: each
    statement is short, and a conversation that is written to meanwhile is kept."""
    if days < 1:
        raise ValueError("the retention period is at least 1 day")
    cutoff = (now or _now()) - dt.timedelta(days=days)
    conversations, events = purge_conversations(cutoff, tracker_url)
    with session(url) as s:
        deleted = Deleted(
            conversations=conversations, events=events,
            triage_records=s.execute(sa.delete(_records).where(_records.c.created_at < cutoff)).rowcount,
            plans=s.execute(sa.delete(_plans).where(_plans.c.updated_at < cutoff)).rowcount)
        old_cases = list(s.execute(sa.select(_cases.c.id).where(_cases.c.updated_at < cutoff)).scalars())
        deleted.cases, deleted.audit_lines = _delete_cases(s, old_cases)
        _audit_line(s, RETENTION, "retention_purge", f"older than {days} days: {deleted.describe()}")
    return deleted


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m clinical.erasure",
                                     description="Delete conversations, triage records, plans and staff "
                                                 "cases older than the retention period.")
    commands = parser.add_subparsers(dest="command", required=True)
    purge_command = commands.add_parser("purge", help="delete what is older than N days")
    purge_command.add_argument("--days", type=int,
                               help=f"the retention period (default: {RETENTION_SETTING})")
    args = parser.parse_args(argv)
    try:
        days = args.days if args.days is not None else retention_days()
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if days is None:
        print(f"{RETENTION_SETTING} is not set and no --days given: everything is kept, nothing deleted")
        return 0
    if days < 1:
        print("error: --days must be 1 or more", file=sys.stderr)
        return 2
    try:
        deleted = purge(days)
    except SQLAlchemyError as exc:
        print(f"error: a database could not be reached ({type(exc).__name__}); nothing more was deleted. "
              f"Check BACKCARE_DATABASE_URL ({database_url().split('@')[-1]}) and the tracker store.",
              file=sys.stderr)
        return 1
    print(f"deleted what was older than {days} days: {deleted.describe()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
