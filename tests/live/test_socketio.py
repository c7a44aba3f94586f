"""The socket.io channel with a real socket.io client: replies reach the page as one event each, a check
question and an emergency arrive with their payload, and bad messages get a clear answer."""
from __future__ import annotations

import uuid

from tests.live.socketio_page import Page, urgency


async def test_a_greeting_is_answered_with_the_introduction():
    page = Page()
    await page.open()
    replies = await page.say("hi")
    await page.close()
    assert any("back" in (r.get("text") or "").lower() for r in replies)


async def test_an_emergency_arrives_as_one_event_with_text_and_its_payload():
    page = Page()
    await page.open()
    replies = await page.say("I can't feel anything when I wipe and I've wet myself twice today")
    await page.close()
    assert urgency(replies) == "emergency"
    outcome = next(r for r in replies if (r.get("custom") or {}).get("triage", {}).get("urgency"))
    assert outcome.get("text"), "the escalation's words travel with its payload"
    # held back until after the escalation: the first thing said is the escalation, not the introduction
    first_payload = next(i for i, r in enumerate(replies) if r.get("custom"))
    assert all("i'm an automated" not in (r.get("text") or "").lower() for r in replies[:first_payload])


async def test_a_check_question_carries_its_code_and_buttons():
    page = Page()
    await page.open()
    await page.say("hi")
    replies = await page.say("is it normal if I wet myself when I stand up?")
    await page.close()
    check = next(r for r in replies if "confirm" in (r.get("custom") or {}).get("triage", {}))
    assert check["custom"]["triage"]["confirm"] == "bladder_bowel"
    assert {b["title"].lower() for b in check["buttons"]} >= {"yes", "no"}


async def test_a_reconnecting_page_goes_on_with_its_conversation():
    session_id = uuid.uuid4().hex
    first = Page()
    await first.open(session_id)
    await first.say("hi")
    await first.say("I've hurt my lower back")
    await first.close()
    again = Page()
    await again.open(session_id)
    assert again.session_id == session_id
    replies = await again.say("no")  # an answer to the question the first page was asked
    await again.close()
    assert not any("hello" in (r.get("text") or "").lower()[:40] for r in replies)


async def test_bad_messages_get_a_clear_answer_and_the_conversation_goes_on():
    page = Page()
    await page.open()
    for bad in ({"message": 42}, "just a string", {"message": "x" * 6_000}):
        if isinstance(bad, dict):
            await page.client.emit("user_uttered", {**bad, "session_id": page.session_id})
        else:
            await page.client.emit("user_uttered", bad)
        reply = (await page.collect())[0]
        assert "sorry" in reply["text"].lower()
        assert "x" * 50 not in reply["text"]
    replies = await page.say("hi")
    await page.close()
    assert replies and replies[0].get("text")
