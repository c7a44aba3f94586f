"""Privacy against the running assistant: what people type never reaches the logs at INFO or above, and
"delete my data" (in the chat and from the console) leaves no row of the conversation in either database.

A distinctive word goes into an opening, a red flag (whose words are stored for staff), a request for a
person and a deletion request; staff open the case (the transcript shows the word, so it is there to
leak). Then rasa.log, actions.log and console.log (LOG_DIR, as scripts/live-tests.sh sets it; the servers
log at INFO, so anything in them is INFO or above, or unlevelled output such as a traceback) must not hold it.
"""
from __future__ import annotations

import os
import re
import time
import uuid
from pathlib import Path

import requests
import sqlalchemy as sa

from tests.live.conftest import CONSOLE_URL, RASA_URL
from tests.live.console_staff import Staff

WEBHOOK = f"{RASA_URL}/webhooks/rest/webhook"
MARKER = "wombatquasar"
LOG_DIR = Path(os.environ.get("LOG_DIR", "var/logs"))


def say(sender: str, text: str) -> list[dict]:
    reply = requests.post(WEBHOOK, json={"sender": sender, "message": text}, timeout=60)
    assert reply.status_code == 200, reply.text
    return reply.json()


def rows_of(sender: str) -> dict[str, int]:
    """The conversation's rows in the tracker store and in our database."""
    counts = {}
    tracker = sa.create_engine(f"sqlite:///{os.environ['TRACKER_DB']}")
    with tracker.connect() as connection:
        counts["events"] = connection.execute(sa.text("SELECT count(*) FROM events WHERE sender_id = :s"),
                                              {"s": sender}).scalar()
    tracker.dispose()
    ours = sa.create_engine(os.environ["BACKCARE_DATABASE_URL"])
    with ours.connect() as connection:
        for table in ("triage_records", "activity_plans", "staff_cases"):
            query = sa.text(f"SELECT count(*) FROM {table} WHERE conversation_id = :s")
            counts[table] = connection.execute(query, {"s": sender}).scalar()
    ours.dispose()
    return counts


def test_delete_my_data_in_the_chat_removes_the_conversation_and_its_records():
    sender = f"privacy-chat-{uuid.uuid4().hex[:8]}"
    say(sender, f"my lower back has hurt for 3 days since I lifted a {MARKER} crate")
    escalated = say(sender, f"I can't feel anything around my bum or privates, {MARKER}")
    assert any("emergency" in str(m.get("custom", "")) for m in escalated)
    before = rows_of(sender)
    assert before["events"] > 0 and before["triage_records"] > 0 and before["staff_cases"] > 0

    asked = say(sender, "please delete my data")
    buttons = [b["payload"] for m in asked for b in m.get("buttons", [])]
    assert buttons == ["/confirm_delete_data", "/keep_my_data"]
    assert "can't be undone" in " ".join(m.get("text", "") for m in asked)
    done = say(sender, "/confirm_delete_data")
    assert "deleted this conversation" in " ".join(m.get("text", "") for m in done)
    assert rows_of(sender) == {table: 0 for table in before}

    again = say(sender, "hello")  # a new conversation, with the introduction again
    assert again and rows_of(sender)["events"] > 0


def test_mid_triage_a_typed_no_asks_the_waiting_question_again_and_a_typed_yes_deletes():
    sender = f"privacy-no-{uuid.uuid4().hex[:8]}"
    question = say(sender, "my lower back hurts")[-1]["text"]
    say(sender, "forget everything I told you")
    kept = say(sender, "no")  # not an answer to the question that waits
    assert "haven't deleted anything" in kept[0]["text"]
    assert kept[-1]["text"] == question
    assert rows_of(sender)["events"] > 0
    say(sender, "actually, delete my data")
    done = say(sender, "yes")  # typed: the deletion question's answer, not the waiting question's
    assert "deleted this conversation" in done[0]["text"]
    assert rows_of(sender)["events"] == 0


def test_while_planning_a_no_carries_on_with_the_plan_question_and_a_yes_deletes():
    sender = f"privacy-plan-{uuid.uuid4().hex[:8]}"
    question = say(sender, "can you make me an activity plan?")[-1]["text"]
    say(sender, "delete my data")
    kept = say(sender, "no")
    assert "haven't deleted anything" in kept[0]["text"] and kept[-1]["text"] == question
    say(sender, "erase my conversation")
    done = say(sender, "/confirm_delete_data")
    assert "deleted this conversation" in done[0]["text"]
    assert rows_of(sender)["events"] == 0


def test_staff_delete_from_the_console_and_no_message_text_reaches_the_logs():
    sender = f"privacy-console-{uuid.uuid4().hex[:8]}"
    say(sender, f"my back hurts after moving a {MARKER} sofa")
    say(sender, f"I have a fever, {MARKER}")
    say(sender, f"can I talk to a nurse about the {MARKER}")
    staff = Staff()
    case = staff.case_of(sender)
    assert any(MARKER in line["text"] for line in case["transcript"])  # there to leak
    page = staff.browser.get(f"{CONSOLE_URL}/cases/{case['id']}/delete", timeout=10).text
    assert "cannot be undone" in page
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    deleted = staff.browser.post(f"{CONSOLE_URL}/cases/{case['id']}/delete", data={"csrf_token": token},
                                 timeout=20)
    assert deleted.status_code == 200 and "is deleted" in deleted.text
    assert rows_of(sender) == {"events": 0, "triage_records": 0, "activity_plans": 0, "staff_cases": 0}

    time.sleep(1)  # the servers write their last lines
    for name in ("rasa.log", "actions.log", "console.log"):
        log = (LOG_DIR / name).read_text(encoding="utf-8", errors="replace")
        assert log.strip(), f"{name} is empty: the check would prove nothing"
        leaks = [line for line in log.splitlines() if MARKER in line]
        assert not leaks, f"message text in {name}: {leaks[:3]}"
