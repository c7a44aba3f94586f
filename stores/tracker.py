"""Rasa's SQL tracker store, made to fail loudly and to erase a conversation on request.

Rasa wraps every tracker store in a FailSafeTrackerStore, which catches any Exception from the database,
starts a fresh conversation in memory and carries on: the person would silently lose the triage so far,
and their next answers would be lost too. Here a database error raises TrackerStoreUnavailable, which
derives from BaseException for exactly that reason, so it passes through the wrapper (and through
Rasa's `except Exception` handlers) to our channels, which answer "temporarily unavailable" with the
emergency number (channels/availability.py). Nothing is written, so the conversation resumes as it was
when the database returns.
"""
from __future__ import annotations

import contextvars
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.exc import SQLAlchemyError

from clinical.db import zero_deleted_rows
from clinical.erasure import delete_events

# The action that answers "delete my data" (actions/privacy.py): once it has run in a turn, saving that
# turn deletes every stored event of the conversation instead of adding the turn's events.
ERASE_ACTION = "action_delete_my_data"


# Set on a tracker this store read or saved: how many of its events are stored (see `_additional_events`).
_STORED_EVENTS = "_backcare_stored_event_count"


class TrackerStoreUnavailable(BaseException):
    """The conversation store cannot be read or written; see the module docstring for the base class."""


@dataclass(frozen=True)
class SavedTurn:
    """What the channels need to know about the turn just saved (channels/availability.py)."""
    paused: bool
    region: str | None


# Set by `save` in the task that handles the message, read by the channel after the message is handled.
last_saved_turn: contextvars.ContextVar[SavedTurn | None] = contextvars.ContextVar("last_saved_turn",
                                                                                   default=None)


def _turn_events(tracker: DialogueStateTracker) -> list[Any]:
    events = list(tracker.events)
    for index in range(len(events) - 1, -1, -1):
        if isinstance(events[index], UserUttered):
            return events[index:]
    return events


def erasure_requested(tracker: DialogueStateTracker) -> bool:
    return any(isinstance(event, ActionExecuted) and event.action_name == ERASE_ACTION
               for event in _turn_events(tracker))


class GuardedSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore whose database errors raise TrackerStoreUnavailable (see module docstring)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        created_by_rasa = self.engine
        url = created_by_rasa.url
        engine_kwargs = create_engine_kwargs(url)
        self._sqlite_file = url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")
        if self._sqlite_file:
            # SQLAlchemy 1.4 opens a new connection to an SQLite file for every query; keep them open
            # between turns instead. Rasa's server uses them from its one event-loop thread.
            engine_kwargs.update(poolclass=sa.pool.QueuePool, connect_args={"check_same_thread": False})
        # A database server's pooled connections are checked before use, so that the first message after a
        # restart of the database is answered instead of failing on a connection the restart closed.
        self.engine = sa.create_engine(url, pool_pre_ping=not self._sqlite_file, **engine_kwargs)
        if self._sqlite_file:
            sa.event.listen(self.engine, "connect", _write_ahead)
        zero_deleted_rows(self.engine)
        created_by_rasa.dispose()  # its pooled connections would otherwise stay open, unused
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        # Rasa's query for the latest session's events (`_event_query`) and its insert, built once here:
        # SQLAlchemy then reuses their compiled form instead of building and keying new ones every turn.
        events = self.SQLEvent.__table__
        sender = sa.bindparam("sender_id")
        session_start = (sa.select(sa.func.max(events.c.timestamp))
                         .where(events.c.sender_id == sender, events.c.type_name == SessionStarted.type_name)
                         .scalar_subquery())
        self._latest_session_data = (
            sa.select(events.c.data)
            .where(events.c.sender_id == sender,
                   sa.or_(events.c.timestamp >= session_start, session_start.is_(None)))
            .order_by(events.c.id))
        self._insert_event = events.insert()

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool
                        ) -> DialogueStateTracker | None:
        """Rasa's own query, reading only the events' data column; a tracker of the latest session also
        remembers how many of its events are stored (see `_additional_events`)."""
        with self.session_scope() as session:
            if fetch_events_from_all_sessions:
                rows = self._event_query(session, sender_id, True).with_entities(self.SQLEvent.data).all()
            else:
                rows = session.execute(self._latest_session_data, {"sender_id": sender_id}).all()
        if not (self.domain and rows):
            return None
        tracker = DialogueStateTracker.from_dict(sender_id, [json.loads(row.data) for row in rows],
                                                 self.domain.slots)
        if not fetch_events_from_all_sessions and len(tracker.events) == len(rows):
            setattr(tracker, _STORED_EVENTS, len(rows))
        return tracker

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Any]:
        """The events not stored yet. Rasa counts the stored ones with a second query at every save; a
        tracker read or saved by this store already knows the count. The lock store keeps other servers
        from writing this conversation between that read and this save. Any other tracker is counted."""
        stored = getattr(tracker, _STORED_EVENTS, None)
        if stored is None:
            return super()._additional_events(session, tracker)
        return itertools.islice(tracker.events, stored, len(tracker.events))

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        try:
            return await super().retrieve(sender_id)
        except SQLAlchemyError as error:
            raise TrackerStoreUnavailable("the conversation store cannot be read") from error

    async def retrieve_full_tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        try:
            return await super().retrieve_full_tracker(conversation_id)
        except SQLAlchemyError as error:
            raise TrackerStoreUnavailable("the conversation store cannot be read") from error

    async def keys(self) -> Any:
        try:
            return await super().keys()
        except SQLAlchemyError as error:
            raise TrackerStoreUnavailable("the conversation store cannot be read") from error

    async def save(self, tracker: DialogueStateTracker) -> None:
        try:
            if erasure_requested(tracker):
                self.erase(tracker.sender_id)
            else:
                await self._save_new_events(tracker)
                setattr(tracker, _STORED_EVENTS, len(tracker.events))
        except SQLAlchemyError as error:
            raise TrackerStoreUnavailable("the conversation store cannot be written") from error
        region = tracker.get_slot("region") if "region" in tracker.slots else None
        last_saved_turn.set(SavedTurn(paused=tracker.is_paused(), region=region))

    async def _save_new_events(self, tracker: DialogueStateTracker) -> None:
        """Rasa's `save`, inserting the turn's events in one statement rather than one ORM object each."""
        await self.stream_events(tracker)
        with self.session_scope() as session:
            new_events = self._additional_events(session, tracker)
            rows = [_event_row(tracker.sender_id, event) for event in new_events]
            if rows:
                session.execute(self._insert_event, rows)
            session.commit()

    def erase(self, sender_id: str) -> int:
        """Delete every stored event of the conversation, in all its sessions; returns how many."""
        return delete_events(self.engine, sender_id)


def _event_row(sender_id: str, event: Any) -> dict[str, Any]:
    """The columns Rasa's SQLTrackerStore.save fills for an event."""
    data = event.as_dict()
    return {"sender_id": sender_id, "type_name": event.type_name, "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"), "data": json.dumps(data)}


def _write_ahead(dbapi_connection: Any, _connection_record: Any) -> None:
    """Write-ahead logging: a turn's save appends to the log instead of rewriting and syncing a rollback
    journal, and readers no longer wait for writers. With synchronous=NORMAL a power cut can lose the
    last turns saved, never corrupt the file; a crash of the server loses nothing."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
