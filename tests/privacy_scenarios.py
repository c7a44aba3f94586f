"""The privacy scenarios, shared by the SQLite tests (tests/unit/test_privacy.py) and the PostgreSQL ones
(tests/scaled/test_privacy_postgres.py): two people with a stored conversation, a triage record, an
activity plan and a staff case each; one person's data is deleted (in the chat, from the console, or by
the retention purge); every table then holds zero rows of theirs and all of the other person's."""
from __future__ import annotations

import datetime as dt
import secrets
import time
from typing import Any

import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa_sdk.executor import CollectingDispatcher

from actions.privacy import ActionDeleteMyData
from clinical.case_summary import case_summary
from clinical.erasure import PERSON, erase_everything, purge
from clinical.plans import save_plan
from clinical.records import save_triage
from console import store as console_store
from stores.tracker import ERASE_ACTION, GuardedSQLTrackerStore
from tests.conftest import load_domain, make_tracker, user_event

DOMAIN = Domain.from_dict({"intents": ["greet"], "responses": {"utter_greet": [{"text": "hi"}]}})
# What the person typed: it must never reach an audit line.
WORDS = "my secret words about my back {}"
DAY = 24 * 3600


def _tracker(sender: str, *events: Any) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, DOMAIN.slots)
    for event in events:
        tracker.update(event)
    return tracker


def conversation_events(sender: str, at: float) -> list[Any]:
    return [UserUttered(WORDS.format(sender), timestamp=at),
            BotUttered("How long has it hurt?", timestamp=at + 1),
            UserUttered("about a week", timestamp=at + 2), BotUttered("Any fever?", timestamp=at + 3)]


async def seed_person(tracker_store: GuardedSQLTrackerStore, url: str, prefix: str,
                      days_ago: float = 0) -> tuple[str, list[Any], int]:
    """A person with a stored conversation (two turns), a triage record, a plan, and a claimed staff case;
    everything dated `days_ago`. Returns the conversation id, its events and the case id."""
    sender = f"{prefix}-{secrets.token_hex(4)}"
    events = conversation_events(sender, time.time() - days_ago * DAY)
    await tracker_store.save(_tracker(sender, *events))
    save_triage(sender, "escalation", "urgent", [{"code": "fever", "words": WORDS.format(sender)}],
                {"fever": "yes"}, url=url)
    save_plan(sender, "walking", 10, 3, url=url)
    case_id = console_store.raise_case(sender, "escalated", case_summary({"fever": "yes"}), url=url)
    console_store.claim(case_id, "erin", url=url)
    if days_ago:
        then = dt.datetime.utcnow() - dt.timedelta(days=days_ago)
        engine = sa.create_engine(url)
        with engine.begin() as connection:
            for table, column in (("triage_records", "created_at"), ("activity_plans", "updated_at"),
                                  ("staff_cases", "created_at = :t, updated_at")):
                connection.execute(sa.text(f"UPDATE {table} SET {column} = :t WHERE conversation_id = :c"),
                                   {"t": then, "c": sender})
        engine.dispose()
    return sender, events, case_id


def rows_of(sender: str, case_id: int, url: str, tracker_url: str) -> dict[str, int]:
    """How many rows of this person each table holds (audit lines: those about their case, other than the
    line that says it was deleted)."""
    counts = {}
    tracker = sa.create_engine(tracker_url)
    with tracker.connect() as connection:
        counts["events"] = connection.execute(sa.text("SELECT count(*) FROM events WHERE sender_id = :s"),
                                              {"s": sender}).scalar()
    tracker.dispose()
    ours = sa.create_engine(url)
    with ours.connect() as connection:
        for table in ("triage_records", "activity_plans", "staff_cases"):
            counts[table] = connection.execute(sa.text(f"SELECT count(*) FROM {table} "
                                                       "WHERE conversation_id = :s"), {"s": sender}).scalar()
        counts["staff_audit"] = connection.execute(
            sa.text("SELECT count(*) FROM staff_audit WHERE case_id = :c AND action != 'data_deleted'"),
            {"c": case_id}).scalar()
    ours.dispose()
    return counts


def audit_lines(url: str, action: str) -> list[dict[str, Any]]:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT actor, action, case_id, detail FROM staff_audit "
                                          "WHERE action = :a ORDER BY id"), {"a": action}).mappings().all()
    engine.dispose()
    return [dict(row) for row in rows]


def all_audit_text(url: str) -> str:
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        text = " ".join(str(row) for row in connection.execute(sa.text("SELECT * FROM staff_audit")).all())
    engine.dispose()
    return text


def _all_there(counts: dict[str, int]) -> bool:
    return all(counts[table] > 0 for table in counts)


async def chat_deletion(tracker_store: GuardedSQLTrackerStore, url: str, tracker_url: str) -> None:
    """The person confirms in the chat: the action deletes our rows, saving the turn deletes the events.
    (BACKCARE_DATABASE_URL must name `url`: the action uses the configured database.)"""
    person, events, case_id = await seed_person(tracker_store, url, "chat-person")
    other, _, other_case = await seed_person(tracker_store, url, "chat-other")
    other_before = rows_of(other, other_case, url, tracker_url)
    assert _all_there(rows_of(person, case_id, url, tracker_url)) and _all_there(other_before)

    dispatcher = CollectingDispatcher()
    sdk_tracker = make_tracker([user_event("/confirm_delete_data", "confirm_delete_data")], sender_id=person)
    returned = await ActionDeleteMyData().run(dispatcher, sdk_tracker, load_domain())
    assert [m["response"] for m in dispatcher.messages] == ["utter_data_deleted"]
    assert returned == [{"event": "active_loop", "name": None, "timestamp": None}]
    # Rasa then saves the turn, which ran the action: the tracker store deletes the conversation
    turn = [UserUttered("/confirm_delete_data"), ActionExecuted(ERASE_ACTION), BotUttered("Done")]
    await tracker_store.save(_tracker(person, *events, *turn))

    assert rows_of(person, case_id, url, tracker_url) == {table: 0 for table in other_before}
    assert rows_of(other, other_case, url, tracker_url) == other_before
    line = audit_lines(url, "data_deleted")[-1]
    assert line["actor"] == PERSON and "1 triage records" in line["detail"] and "1 cases" in line["detail"]
    assert WORDS.format(person) not in all_audit_text(url)
    assert await tracker_store.retrieve(person) is None  # writing again starts a new conversation


async def console_deletion(tracker_store: GuardedSQLTrackerStore, url: str, tracker_url: str) -> None:
    """Staff delete from a case page: the conversation (every session) and our rows, audited by name."""
    person, events, case_id = await seed_person(tracker_store, url, "console-person")
    # a second session of the same conversation: every session goes
    later = time.time() + 5
    second_session = [ActionExecuted("action_session_start", timestamp=later),
                      SessionStarted(timestamp=later), UserUttered("back again", timestamp=later)]
    await tracker_store.save(_tracker(person, *events, *second_session))
    other, _, other_case = await seed_person(tracker_store, url, "console-other")
    other_before = rows_of(other, other_case, url, tracker_url)
    before = rows_of(person, case_id, url, tracker_url)
    assert _all_there(before) and before["events"] == len(events) + 3

    deleted = erase_everything(person, actor="erin", url=url, tracker_url=tracker_url, case_id=case_id)

    assert (deleted.conversations, deleted.events, deleted.triage_records, deleted.plans, deleted.cases) == (
        1, before["events"], 1, 1, 1)
    assert rows_of(person, case_id, url, tracker_url) == {table: 0 for table in other_before}
    assert rows_of(other, other_case, url, tracker_url) == other_before
    line = audit_lines(url, "data_deleted")[-1]
    assert (line["actor"], line["case_id"]) == ("erin", case_id)
    assert WORDS.format(person) not in all_audit_text(url)


async def retention_purge(tracker_store: GuardedSQLTrackerStore, url: str, tracker_url: str) -> None:
    """Everything of a person last seen 40 days ago goes with a 30-day retention; a recent person stays."""
    old, _, old_case = await seed_person(tracker_store, url, "old-person", days_ago=40)
    recent, _, recent_case = await seed_person(tracker_store, url, "recent-person", days_ago=2)
    recent_before = rows_of(recent, recent_case, url, tracker_url)
    assert _all_there(rows_of(old, old_case, url, tracker_url)) and _all_there(recent_before)

    deleted = purge(30, url=url, tracker_url=tracker_url)

    assert deleted.conversations >= 1 and deleted.events >= 4 and deleted.cases >= 1
    assert rows_of(old, old_case, url, tracker_url) == {table: 0 for table in recent_before}
    assert rows_of(recent, recent_case, url, tracker_url) == recent_before
    line = audit_lines(url, "retention_purge")[-1]
    assert line["actor"] == "retention" and "older than 30 days" in line["detail"]
    assert WORDS.format(old) not in all_audit_text(url)
