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
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.exc import SQLAlchemyError

# The action that answers "delete my data" (actions/privacy.py): once it has run in a turn, saving that
# turn deletes every stored event of the conversation instead of adding the turn's events.
ERASE_ACTION = "action_delete_my_data"


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
        # Check each pooled connection before use, so that the first message after a database restart is
        # answered instead of failing on a connection the restart closed.
        created_by_rasa = self.engine
        self.engine = sa.create_engine(created_by_rasa.url, pool_pre_ping=True,
                                       **create_engine_kwargs(created_by_rasa.url))
        created_by_rasa.dispose()  # its pooled connections would otherwise stay open, unused
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

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
                await super().save(tracker)
        except SQLAlchemyError as error:
            raise TrackerStoreUnavailable("the conversation store cannot be written") from error
        region = tracker.get_slot("region") if "region" in tracker.slots else None
        last_saved_turn.set(SavedTurn(paused=tracker.is_paused(), region=region))

    def erase(self, sender_id: str) -> int:
        """Delete every stored event of the conversation, in all its sessions; returns how many."""
        with self.session_scope() as session:
            deleted = session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
            session.commit()
        return deleted
