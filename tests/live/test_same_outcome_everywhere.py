"""One brain on every channel: the same scripted conversations through REST, socket.io and SMS (Twilio's
webhook, answered through the local fake of Twilio's API) end in the same urgency, with the same words
for it and its reasons, and the same red flags where a channel carries the payload. The scripts reach each
of the four levels by triage, and one reports a red flag in its own words in the middle of triage."""
from __future__ import annotations

import asyncio
import random
import uuid
from dataclasses import dataclass

import aiohttp
import pytest

from tests.live.conftest import RASA_URL
from tests.live.fake_platforms import FakePlatforms, fake_platform_apis, send_sms, urgency_said
from tests.live.socketio_page import Page

OPENING = "I strained my back gardening two days ago"
NO_TO_THE_SAFETY_QUESTIONS = ["no"] * 9  # the saddle area and sex are one question
# where and how old in one reply, then leg pain, night pain, stiffness, daily life and mood
AFTER_THE_SAFETY_QUESTIONS = ["lower back, I'm 34", "no", "no", "no", "no", "ok I guess"]

SCRIPTS = {  # name: (messages, expected urgency, expected red flags)
    "self care": ([OPENING, *NO_TO_THE_SAFETY_QUESTIONS, *AFTER_THE_SAFETY_QUESTIONS], "self_care", []),
    "soon (pain for three months)": (["my lower back has hurt for three months", *NO_TO_THE_SAFETY_QUESTIONS,
                                      "no idea how it started, I'm 34", "no", "ok I guess"],  # not improving
                                     "soon", []),
    "urgent (yes to fever)": ([OPENING, "no", "no", "no", "no", "no", "yes"], "urgent", ["fever"]),
    "emergency (yes to bladder)": ([OPENING, "yes"], "emergency", ["bladder_bowel"]),
    "red flag said mid-triage": ([OPENING, "no", "no", "hang on, my legs are getting weaker since then"],
                                 "emergency", ["progressive_weakness", "leg_weakness"]),
}


@dataclass(frozen=True)
class Told:
    urgency: str
    words: str  # the outcome's first message: the level, what to do and the reasons
    red_flags: list[str] | None  # from the payload (None where a channel shows plain text only)


def outcome_of(replies: list[dict]) -> Told | None:
    """The first outcome among one turn's replies (REST sends the payload just after its text)."""
    for index, reply in enumerate(replies):
        triage = (reply.get("custom") or {}).get("triage") or {}
        if triage.get("urgency"):
            words = reply.get("text") or replies[index - 1].get("text", "")
            return Told(triage["urgency"], words, triage["red_flags"])
    return None


async def through_rest(messages: list[str], _: FakePlatforms) -> Told | None:
    sender = f"same-rest-{uuid.uuid4().hex}"
    async with aiohttp.ClientSession() as http:
        for message in messages:
            async with http.post(f"{RASA_URL}/webhooks/rest/webhook",
                                 json={"sender": sender, "message": message}) as response:
                told = outcome_of(await response.json())
            if told:
                return told
    return None


async def through_socketio(messages: list[str], _: FakePlatforms) -> Told | None:
    page = Page()
    await page.open()
    try:
        for message in messages:
            told = outcome_of(await page.say(message, quiet=0.7))
            if told:
                return told
        return None
    finally:
        await page.close()


async def through_sms(messages: list[str], fake: FakePlatforms) -> Told | None:
    number = f"+6421{random.randrange(10**7):07d}"
    for message in messages:
        texts = await asyncio.to_thread(send_sms, fake, number, message)
        urgency = urgency_said(texts)
        if urgency:
            words = next(t for t in texts if t.startswith(urgency.replace("_", "-").upper() + ":"))
            return Told(urgency, words, None)
    return None


CHANNELS = {"REST": through_rest, "socket.io": through_socketio, "SMS": through_sms}


@pytest.mark.parametrize("name", SCRIPTS)
async def test_the_same_conversation_ends_the_same_on_every_channel(name):
    messages, urgency, red_flags = SCRIPTS[name]
    with fake_platform_apis() as fake:
        told = dict(zip(CHANNELS, await asyncio.gather(*(talk(messages, fake) for talk in CHANNELS.values())),
                        strict=True))
    assert all(told.values()), f"no outcome on {[channel for channel, t in told.items() if not t]}"
    assert {channel: t.urgency for channel, t in told.items()} == {channel: urgency for channel in CHANNELS}
    assert told["REST"].red_flags == told["socket.io"].red_flags == red_flags
    assert told["REST"].words == told["socket.io"].words
    assert told["REST"].words in told["SMS"].words  # an SMS may be led by its level, never worded otherwise
