"""One brain on every channel: the same scripted conversations through REST, socket.io and a messaging
webhook end in the same urgency with the same red flags. The scripts reach each of the four levels by
triage, and one reports a red flag in its own words in the middle of triage."""
from __future__ import annotations

import asyncio
import uuid

import aiohttp
import pytest

from tests.live.conftest import RASA_URL
from tests.live.socketio_page import Page

OPENING = "I strained my back gardening two days ago"
NO_TO_THE_SAFETY_QUESTIONS = ["no"] * 10
AFTER_THE_SAFETY_QUESTIONS = ["lower back", "no", "no", "no", "no", "34", "no", "ok I guess"]

SCRIPTS = {  # name: (messages, expected urgency, expected red flags)
    "self care": ([OPENING, *NO_TO_THE_SAFETY_QUESTIONS, *AFTER_THE_SAFETY_QUESTIONS], "self_care", []),
    "soon (pain for three months)": (["my lower back has hurt for three months", *NO_TO_THE_SAFETY_QUESTIONS,
                                      "lower back", "no", "yes", "no", "no", "34", "no", "ok I guess"],
                                     "soon", []),
    "urgent (yes to fever)": ([OPENING, "no", "no", "no", "no", "no", "no", "yes"], "urgent", ["fever"]),
    "emergency (yes to bladder)": ([OPENING, "yes"], "emergency", ["bladder_bowel"]),
    "red flag said mid-triage": ([OPENING, "no", "no", "hang on, my legs are getting weaker since then"],
                                 "emergency", ["progressive_weakness", "leg_weakness"]),
}


def outcome_of(replies: list[dict]) -> tuple[str, list[str]] | None:
    """The urgency and red flags of the first outcome among the replies, if there is one."""
    for reply in replies:
        triage = (reply.get("custom") or {}).get("triage") or {}
        if triage.get("urgency"):
            return triage["urgency"], triage["red_flags"]
    return None


async def through_rest(messages: list[str]) -> tuple[str, list[str]] | None:
    sender = f"same-rest-{uuid.uuid4().hex}"
    async with aiohttp.ClientSession() as http:
        for message in messages:
            async with http.post(f"{RASA_URL}/webhooks/rest/webhook",
                                 json={"sender": sender, "message": message}) as response:
                outcome = outcome_of(await response.json())
            if outcome:
                return outcome
    return None


async def through_socketio(messages: list[str]) -> tuple[str, list[str]] | None:
    page = Page()
    await page.open()
    try:
        for message in messages:
            outcome = outcome_of(await page.say(message, quiet=0.7))
            if outcome:
                return outcome
        return None
    finally:
        await page.close()


CHANNELS = {"REST": through_rest, "socket.io": through_socketio}


@pytest.mark.parametrize("name", SCRIPTS)
async def test_the_same_conversation_ends_the_same_on_every_channel(name):
    messages, urgency, red_flags = SCRIPTS[name]
    outcomes = await asyncio.gather(*(talk(messages) for talk in CHANNELS.values()))
    expected = (urgency, red_flags)
    assert dict(zip(CHANNELS, outcomes, strict=True)) == {channel: expected for channel in CHANNELS}
