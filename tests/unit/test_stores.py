"""The guarded SQL tracker store and the channel guard: a database fault reaches the person as a clear
answer instead of a silently restarted conversation, a silent turn is never left silent, and "delete my
data" erases the stored conversation."""
from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest
import sqlalchemy as sa
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.lock_store import LockError
from rasa.core.tracker_store import FailSafeTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, ConversationPaused, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from redis.exceptions import ConnectionError as RedisConnectionError

from channels.availability import guarded, no_answer_text, unavailable_text
from stores.tracker import (
    ERASE_ACTION,
    GuardedSQLTrackerStore,
    SavedTurn,
    TrackerStoreUnavailable,
    last_saved_turn,
)

DOMAIN = Domain.from_dict({"intents": ["greet"], "slots": {"region": {"type": "text", "mappings": []}},
                           "responses": {"utter_greet": [{"text": "hi"}]}})


@pytest.fixture
def store(tmp_path) -> GuardedSQLTrackerStore:
    return GuardedSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "tracker.db"))


def tracker_with(sender: str, *events: Any) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, DOMAIN.slots)
    for event in events:
        tracker.update(event)
    return tracker


def break_database(store: GuardedSQLTrackerStore, tmp_path) -> None:
    """Point the store at a database file that cannot be opened (a directory)."""
    import sqlalchemy as sa
    (tmp_path / "not-a-file").mkdir()
    store.engine = sa.create_engine(f"sqlite:///{tmp_path / 'not-a-file'}")
    store.sessionmaker = sa.orm.session.sessionmaker(bind=store.engine)


async def test_a_database_fault_passes_through_rasas_fail_safe_wrapper_instead_of_a_fresh_conversation(
        store, tmp_path):
    await store.save(tracker_with("p1", UserUttered("hi"), BotUttered("hello")))
    break_database(store, tmp_path)
    wrapped = FailSafeTrackerStore(store)  # what Rasa's agent puts around every tracker store
    with pytest.raises(TrackerStoreUnavailable):
        await wrapped.retrieve("p1")
    with pytest.raises(TrackerStoreUnavailable):
        await wrapped.save(tracker_with("p1", UserUttered("again")))


async def test_the_conversation_is_intact_once_the_database_answers_again(store, tmp_path):
    await store.save(tracker_with("p1", UserUttered("hi"), BotUttered("hello")))
    working = store.engine, store.sessionmaker
    break_database(store, tmp_path)
    with pytest.raises(TrackerStoreUnavailable):
        await store.retrieve("p1")
    store.engine, store.sessionmaker = working
    tracker = await store.retrieve("p1")
    assert [e.text for e in tracker.events if isinstance(e, (UserUttered, BotUttered))] == ["hi", "hello"]


async def test_saving_a_turn_that_ran_the_erase_action_deletes_every_stored_event(store):
    await store.save(tracker_with("p1", UserUttered("hi"), BotUttered("hello")))
    await store.save(tracker_with("p2", UserUttered("other person")))
    erasing = tracker_with("p1", UserUttered("hi"), BotUttered("hello"), UserUttered("delete my data"),
                           ActionExecuted(ERASE_ACTION), BotUttered("deleted"))
    await store.save(erasing)
    assert await store.retrieve("p1") is None
    assert await store.retrieve("p2") is not None


async def test_an_erase_action_in_an_earlier_turn_does_not_erase_later_turns(store):
    tracker = tracker_with("p1", UserUttered("delete my data"), ActionExecuted(ERASE_ACTION),
                           UserUttered("hello again"), BotUttered("hi"))
    await store.save(tracker)
    assert await store.retrieve("p1") is not None


def stored_texts(db_path, sender: str) -> list[str]:
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute("SELECT data FROM events WHERE sender_id = ? ORDER BY id", (sender,))
        return [json.loads(data).get("text") for (data,) in rows if json.loads(data)["event"] == "user"]


async def test_each_turn_stores_its_new_events_once_when_two_servers_take_turns(tmp_path):
    path = str(tmp_path / "tracker.db")
    servers = [GuardedSQLTrackerStore(domain=DOMAIN, dialect="sqlite", db=path) for _ in range(2)]
    await servers[0].save(tracker_with("p1", UserUttered("turn 0")))
    for turn in range(1, 7):  # the lock store lets one server at a time handle the conversation
        server = servers[turn % 2 if turn < 4 else 0]
        tracker = await server.retrieve("p1")
        tracker.update(UserUttered(f"turn {turn}"))
        tracker.update(BotUttered("ok"))
        await server.save(tracker)
    assert stored_texts(path, "p1") == [f"turn {turn}" for turn in range(7)]


async def test_a_tracker_the_store_did_not_read_is_counted_against_what_is_stored(store, tmp_path):
    await store.save(tracker_with("p1", UserUttered("one")))
    await store.save(tracker_with("p1", UserUttered("one"), UserUttered("two")))  # built elsewhere
    assert stored_texts(str(tmp_path / "tracker.db"), "p1") == ["one", "two"]


async def test_reading_gives_the_latest_session_as_rasas_query_does_and_the_full_tracker_all(store):
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.events import SessionStarted
    await store.save(tracker_with("p1", SessionStarted(timestamp=1), UserUttered("old", timestamp=2),
                                  SessionStarted(timestamp=3), UserUttered("new", timestamp=4)))
    latest = await store.retrieve("p1")
    stock = await SQLTrackerStore._retrieve(store, "p1", False)  # Rasa's own, through the ORM query
    assert list(latest.events) == list(stock.events)
    assert [e.text for e in latest.events if isinstance(e, UserUttered)] == ["new"]
    full = await store.retrieve_full_tracker("p1")
    assert [e.text for e in full.events if isinstance(e, UserUttered)] == ["old", "new"]


async def test_an_sqlite_file_keeps_its_connection_and_writes_ahead(store, tmp_path):
    await store.save(tracker_with("p1", UserUttered("hi")))
    await store.retrieve("p1")
    assert isinstance(store.engine.pool, sa.pool.QueuePool)
    assert store.engine.pool.checkedin() == 1  # one connection, kept open between the two calls
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


async def test_erased_events_leave_no_copy_in_the_database_file_or_its_log(store, tmp_path):
    await store.save(tracker_with("p1", UserUttered("my secret words about my back")))
    await store.save(tracker_with("p2", UserUttered("someone else stays")))
    store.erase("p1")
    files = [path.read_bytes() for path in tmp_path.iterdir() if path.name.startswith("tracker.db")]
    assert not any(b"my secret words" in content for content in files)
    assert await store.retrieve("p2") is not None


async def test_saving_reports_whether_staff_hold_the_conversation_and_its_region(store):
    await store.save(tracker_with("p1", UserUttered("hi"), SlotSet("region", "UK"), ConversationPaused()))
    assert last_saved_turn.get() == SavedTurn(paused=True, region="UK")


def message_to(output: CollectingOutputChannel) -> UserMessage:
    return UserMessage("hello", output, "p1")


@pytest.mark.parametrize("fault", [TrackerStoreUnavailable("down"), LockError("no lock"),
                                   RedisConnectionError("refused")])
async def test_storage_faults_are_told_to_the_person_with_the_emergency_number(fault):
    async def failing(message: UserMessage) -> None:
        raise fault
    output = CollectingOutputChannel()
    await guarded(failing)(message_to(output))
    assert [m["text"] for m in output.messages] == [unavailable_text()]
    assert "call 111 now" in unavailable_text()


async def test_a_turn_that_ends_in_silence_is_answered_with_the_numbers_for_the_persons_region():
    async def silent(message: UserMessage) -> None:
        last_saved_turn.set(SavedTurn(paused=False, region="UK"))
    output = CollectingOutputChannel()
    await guarded(silent)(message_to(output))
    assert [m["text"] for m in output.messages] == [no_answer_text("UK")]
    assert "call 999 now" in no_answer_text("UK")


async def test_an_unexpected_fault_gets_an_answer_without_its_details():
    async def broken(message: UserMessage) -> None:
        raise ValueError("secret detail from the user's text")
    output = CollectingOutputChannel()
    await guarded(broken)(message_to(output))
    assert [m["text"] for m in output.messages] == [no_answer_text()]


async def test_no_extra_answer_while_staff_hold_the_conversation_or_when_the_assistant_replied():
    async def paused(message: UserMessage) -> None:
        last_saved_turn.set(SavedTurn(paused=True, region=None))

    async def replies(message: UserMessage) -> None:
        await message.output_channel.send_response(message.sender_id, {"text": "Next question"})
        last_saved_turn.set(SavedTurn(paused=False, region=None))
    for handler, expected in ((paused, []), (replies, ["Next question"])):
        output = CollectingOutputChannel()
        await guarded(handler)(message_to(output))
        assert [m["text"] for m in output.messages] == expected
