"""Our own database and Rasa's conversations on PostgreSQL: the migrations apply, and the guarded tracker
store reports a stopped database and resumes the same conversation when it is back."""
from __future__ import annotations

import pytest
from rasa.core.tracker_store import FailSafeTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import create_engine, inspect

from clinical import db
from stores.tracker import GuardedSQLTrackerStore, TrackerStoreUnavailable

DOMAIN = Domain.from_dict({"intents": ["greet"]})


def test_our_schema_migrates_on_postgresql(postgres):
    url = postgres.url("backcare")
    db.upgrade(url)
    tables = set(inspect(create_engine(url)).get_table_names())
    assert {"alembic_version", "triage_records", "staff_cases"} <= tables


def tracker_with(sender: str, *texts: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, DOMAIN.slots)
    for index, text in enumerate(texts):
        tracker.update(UserUttered(text) if index % 2 == 0 else BotUttered(text))
    return tracker


async def test_a_stopped_database_is_reported_and_the_conversation_resumes_when_it_returns(postgres):
    store = GuardedSQLTrackerStore(domain=DOMAIN, dialect="postgresql", host="127.0.0.1", port=postgres.port,
                                   db="tracker", username="backcare", password=postgres.password)
    wrapped = FailSafeTrackerStore(store)
    await wrapped.save(tracker_with("resume-1", "hi", "hello", "my back hurts"))
    postgres.stop()
    try:
        with pytest.raises(TrackerStoreUnavailable):
            await wrapped.retrieve("resume-1")
        with pytest.raises(TrackerStoreUnavailable):
            await wrapped.save(tracker_with("resume-1", "hi", "hello", "my back hurts", "q", "answer"))
    finally:
        postgres.start()
    tracker = await wrapped.retrieve("resume-1")  # the pool's closed connections are replaced, not used
    assert [e.text for e in tracker.events if isinstance(e, (UserUttered, BotUttered))] == [
        "hi", "hello", "my back hurts"]
