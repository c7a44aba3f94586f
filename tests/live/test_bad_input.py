"""Bad input against the running assistant, over REST and socket.io: each gets a clear answer or a 4xx with a
reason, never a stack trace or the raw input back, and the same conversation then goes on. Messages past
the rate limits are refused with the reason (429 over REST, a bot message over socket.io). The server's
log holds no message text.

scripts/live-tests.sh starts the server as behind a proxy (SANIC_PROXIES_COUNT=1), so these tests speak
from documentation addresses (X-Forwarded-For: 203.0.113.x) that the limits apply to.
"""
from __future__ import annotations

import asyncio
import json
import os
import uuid
from pathlib import Path

import pytest
import requests
import socketio

from tests.live.conftest import RASA_URL
from tests.live.fake_platforms import fake_platform_apis, post_facebook, post_sms, post_telegram, send_sms
from tests.live.socketio_page import Page

WEBHOOK = f"{RASA_URL}/webhooks/rest/webhook"
MARKER = "quokkazebra"  # in every bad message, so the log can be searched for it
LOG = Path(os.environ.get("LOG_DIR", "var/logs")) / "rasa.log"
JSON = {"Content-Type": "application/json"}

# Messages the assistant reads (they are text): each gets an answer that does not repeat it.
TEXTS = {
    "empty": "",
    "whitespace": " \t\n ",
    "control characters": f"\x00\x07\x1b[31m{MARKER}\x1b[0m\x7f",
    "lone surrogate": f"\ud800{MARKER}",
    "emoji only": "😀🔥🙈",
    "Japanese": f"腰が痛いです {MARKER}",
    "Spanish": f"me duele la espalda desde hace tres días {MARKER}",
    "HTML and script": f"<script>alert('{MARKER}')</script><img src=x onerror=alert(1)>",
    "SQL": f"'; DROP TABLE events; -- {MARKER}",
    "100 KB": MARKER + "a" * 100_000,
}
# Requests that are not a message: 4xx with a reason.
BAD_BODIES = {
    "malformed JSON": f'{{"sender": "s", "message": "{MARKER}'.encode(),
    "binary": b"\x00\xff\xfe\x89PNG\r\n\x1a\n" + MARKER.encode(),
    "invalid UTF-8": b'{"sender": "s", "message": "\xff\xfe ' + MARKER.encode() + b'"}',
    "a list": json.dumps([MARKER]).encode(),
    "message a number": json.dumps({"sender": "s", "message": 42}).encode(),
    "message an object": json.dumps({"sender": "s", "message": {"text": MARKER}}).encode(),
    "no sender": json.dumps({"message": MARKER}).encode(),
    "huge sender": json.dumps({"sender": "x" * 10_000, "message": MARKER}).encode(),
    "sender with control characters": json.dumps({"sender": "a\u0000b", "message": MARKER}).encode(),
    "metadata a string": json.dumps({"sender": "s", "message": MARKER, "metadata": MARKER}).encode(),
}


ADDRESSES = (f"198.51.100.{number}" for number in range(1, 255))  # documentation addresses, each used once


def address() -> str:
    """A fresh client address for each test, so the rate limits of one test do not touch another. With one
    trusted proxy (SANIC_PROXIES_COUNT=1) the server reads the last address, the one the proxy added."""
    return f"203.0.113.1, {next(ADDRESSES)}"


def assert_clear(text: str) -> None:
    assert text.strip(), "an empty answer"
    assert "Traceback" not in text and 'File "' not in text, "a stack trace"
    assert MARKER not in text, "the raw input came back"


def say(sender: str, message, forwarded: str) -> requests.Response:
    return requests.post(WEBHOOK, json={"sender": sender, "message": message}, timeout=60,
                         headers={"X-Forwarded-For": forwarded})


def assert_goes_on(sender: str, forwarded: str) -> None:
    replies = say(sender, "I've hurt my lower back", forwarded).json()
    assert replies and all(reply.get("text") or reply.get("custom") for reply in replies)
    assert any("?" in (reply.get("text") or "") for reply in replies), "the triage asks its questions"


@pytest.mark.parametrize("name", TEXTS)
def test_rest_each_bad_text_gets_a_clear_answer_and_the_conversation_goes_on(name):
    sender, forwarded = f"bad-{uuid.uuid4().hex}", address()
    answer = say(sender, TEXTS[name], forwarded)
    assert answer.status_code == 200, answer.text
    replies = answer.json()
    assert replies, "no answer at all"
    for reply in replies:
        assert_clear(reply.get("text") or json.dumps(reply.get("custom")))
    assert_goes_on(sender, forwarded)


@pytest.mark.parametrize("name", BAD_BODIES)
def test_rest_each_bad_request_gets_a_4xx_with_a_reason_and_the_conversation_goes_on(name):
    sender, forwarded = f"bad-{uuid.uuid4().hex}", address()
    body = BAD_BODIES[name].replace(b'"sender": "s"', f'"sender": "{sender}"'.encode())
    answer = requests.post(WEBHOOK, data=body, headers={**JSON, "X-Forwarded-For": forwarded}, timeout=60)
    assert 400 <= answer.status_code < 500, (answer.status_code, answer.text[:200])
    assert_clear(answer.text)
    assert "bad request" in answer.text.lower()
    assert_goes_on(sender, forwarded)


def test_rest_the_31st_message_in_a_minute_from_one_conversation_is_refused_with_429():
    sender, forwarded = f"flood-{uuid.uuid4().hex}", address()
    long = "a" * 6_000  # over the length limit: answered at once without the assistant, but counted
    for _ in range(30):
        assert say(sender, long, forwarded).status_code == 200
    refused = say(sender, "hi", forwarded)
    assert refused.status_code == 429
    assert "at most 30 a minute in one conversation" in refused.json()["error"]
    other = say(f"other-{uuid.uuid4().hex}", "hi", forwarded)
    assert other.status_code == 200, "another conversation goes on"


def test_rest_the_121st_message_in_a_minute_from_one_address_is_refused_with_429():
    forwarded = address()
    for number in range(120):
        assert say(f"address-{number}-{uuid.uuid4().hex}", "a" * 6_000, forwarded).status_code == 200
    refused = say(f"address-new-{uuid.uuid4().hex}", "hi", forwarded)
    assert refused.status_code == 429 and "from your address" in refused.json()["error"]
    assert say(f"elsewhere-{uuid.uuid4().hex}", "hi", address()).status_code == 200


class ForwardedPage(Page):
    """A page whose requests come through a proxy from a client address of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.forwarded = address()

    async def open(self, session_id: str | None = None) -> None:
        connect = self.client.connect

        async def connect_forwarded(*args, **kwargs):
            await connect(*args, headers={"X-Forwarded-For": self.forwarded}, **kwargs)
        self.client.connect = connect_forwarded
        await super().open(session_id)

    async def send(self, event) -> list[dict]:
        await self.client.emit("user_uttered", event)
        return await self.collect()


SOCKET_EVENTS = {
    "not an object": "just a string " + MARKER,
    "binary": b"\x00\xff" + MARKER.encode(),
    "message a number": {"message": 42},
    "message missing": {"text": MARKER},
    "huge session id": {"message": MARKER, "session_id": "x" * 10_000},
    "metadata a string": {"message": MARKER, "metadata": MARKER},
}


async def test_socketio_each_bad_message_gets_a_clear_answer_and_the_conversation_goes_on():
    page = ForwardedPage()
    await page.open()
    for name, text in TEXTS.items():
        replies = await page.say(text)
        assert replies, name
        for reply in replies:
            assert_clear(reply.get("text") or json.dumps(reply.get("custom")))
    for name, event in SOCKET_EVENTS.items():
        if isinstance(event, dict) and "huge" not in name:
            event = {**event, "session_id": page.session_id}
        replies = await page.send(event)
        assert "sorry" in replies[0]["text"].lower(), name
        assert_clear(replies[0]["text"])
    replies = await page.say("I've hurt my lower back")
    await page.close()
    assert any("?" in (reply.get("text") or "") for reply in replies), "the triage asks its questions"


async def test_socketio_a_flood_from_one_conversation_is_told_to_slow_down():
    page = ForwardedPage()
    await page.open()
    for _ in range(30):
        await page.say("a" * 6_000, quiet=0.2)
    replies = await page.say("hi")
    await page.close()
    assert "at most 30 a minute in one conversation" in replies[0]["text"]


async def test_socketio_an_event_over_the_size_limit_is_dropped_and_the_conversation_goes_on():
    page = ForwardedPage()
    await page.open()
    try:
        await page.client.emit("user_uttered", {"message": "a" * 2_000_000, "session_id": page.session_id})
        await asyncio.sleep(2)
    except socketio.exceptions.SocketIOError:
        pass  # the transport may give up on the connection: the page reconnects, as the widget does
    await page.close()
    again = ForwardedPage()
    await again.open(page.session_id)
    replies = await again.say("I've hurt my lower back")
    await again.close()
    assert any("?" in (reply.get("text") or "") for reply in replies)


@pytest.fixture(scope="module")
def fake_platforms():
    with fake_platform_apis() as fake:
        yield fake


def test_messaging_updates_of_the_wrong_shape_are_refused_or_ignored_and_the_person_goes_on(fake_platforms):
    chat_id = uuid.uuid4().int % 10**9
    for update in ({"update_id": 1, "message": MARKER}, {"update_id": 2, "message": {"chat": 5}}):
        answer = post_telegram(update)
        assert answer.status_code == 400 and "not a Telegram update" in answer.text
    assert post_telegram({"update_id": 3, "message": {"message_id": 1, "date": 0, "text": 42,
                                                      "chat": {"id": chat_id, "type": "private"}}}).ok
    for body in ({"object": "page", "entry": MARKER}, {"object": "page", "entry": [{"messaging": [MARKER]}]},
                 {"object": "page", "entry": [{"messaging": [{"sender": "x", "message": [MARKER]}]}]}):
        answer = post_facebook(body)
        assert answer.ok and MARKER not in answer.text
    number = f"+6429{uuid.uuid4().int % 10**7:07d}"
    assert post_sms(number, f"\x00\x1b{MARKER}").ok
    assert any("?" in text for text in send_sms(fake_platforms, number, "I've hurt my lower back"))


def test_a_web_caller_cannot_join_a_conversation_held_on_a_messaging_platform(fake_platforms):
    number = f"+6422{uuid.uuid4().int % 10**7:07d}"
    assert send_sms(fake_platforms, number, "I've hurt my lower back")
    refused = say(number, "what did I tell you?", address())
    assert refused.status_code == 403 and "messaging platform" in refused.json()["error"]
    staff = requests.get(f"{WEBHOOK.rsplit('/', 1)[0]}/staff_messages", params={"sender": number}, timeout=30)
    assert staff.json() == []


async def test_a_page_cannot_take_a_messaging_platforms_conversation_id(fake_platforms):
    number = f"+6423{uuid.uuid4().int % 10**7:07d}"
    assert send_sms(fake_platforms, number, "hi")
    page = ForwardedPage()
    await page.open(number)
    assert page.session_id != number, "given a new conversation instead"
    replies = await page.send({"message": "hi", "session_id": number})
    await page.close()
    assert "messaging platform" in replies[0]["text"]


def test_the_server_log_holds_no_message_text():
    """Run last in this module (pytest keeps the file's order): every marker above has been sent."""
    text = LOG.read_text(encoding="utf-8", errors="replace")
    assert MARKER not in text
    assert "Traceback" not in text
