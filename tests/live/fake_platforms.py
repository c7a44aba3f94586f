"""The messaging platforms' APIs, faked on localhost for the live tests: the server's calls back to
Telegram, Twilio, Facebook and Slack (their addresses set in tests/live/platforms.env.sh) land here and are
recorded as what the person would receive. Also the platforms' side of a webhook: signed requests as each
platform sends them.

For another live test, one SMS through the Twilio webhook and what the person received:

    from tests.live.fake_platforms import fake_platform_apis, send_sms, urgency_said

    def test_something():
        with fake_platform_apis() as fake:
            texts = send_sms(fake, "+64210000001", "I've wet myself and can't feel anything when I wipe")
            assert urgency_said(texts) == "emergency"
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from twilio.request_validator import RequestValidator

from channels.plain_text import LEVEL_HEADLINES
from tests.live.conftest import RASA_URL

WEBHOOK_TIMEOUT = 60  # seconds; the first message of a session also loads the session
TWILIO_NUMBER = "+6498870001"


@dataclass
class Sent:
    """One message the server sent to a person through a platform's API."""

    platform: str
    to: str
    text: str
    buttons: list[str] = field(default_factory=list)  # the titles of buttons shown with it
    sender: str | None = None  # the number a Twilio message went from
    authorised: bool = False  # the call carried the platform credentials the server was given


@dataclass
class Call:
    """One call to a platform's API, whatever it was."""

    platform: str
    method: str
    fields: dict[str, Any]
    authorised: bool


class FakePlatforms:
    """An HTTP server answering as the four platforms' APIs do, recording every call."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.calls: list[Call] = []
        self.sent: list[Sent] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> FakePlatforms:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def messages(self, platform: str, to: str, since: int = 0) -> list[Sent]:
        """What `to` received on `platform`, from the `since`-th message of the whole record on."""
        with self.lock:
            return [sent for sent in self.sent[since:] if sent.platform == platform and sent.to == to]

    def mark(self) -> int:
        with self.lock:
            return len(self.sent)

    def wait_for_messages(self, platform: str, to: str, since: int, quiet: float = 1.5,
                          timeout: float = WEBHOOK_TIMEOUT) -> list[Sent]:
        """The messages of a turn answered after the webhook returned (Slack, Facebook): at least one, then
        until none has come for `quiet` seconds."""
        deadline = time.monotonic() + timeout
        seen, last_change = 0, time.monotonic()
        while time.monotonic() < deadline:
            count = len(self.messages(platform, to, since))
            if count != seen:
                seen, last_change = count, time.monotonic()
            elif seen and time.monotonic() - last_change >= quiet:
                break
            time.sleep(0.1)
        return self.messages(platform, to, since)

    def calls_to(self, platform: str, method: str) -> list[Call]:
        with self.lock:
            return [call for call in self.calls if call.platform == platform and call.method == method]

    def record(self, call: Call, sent: Sent | None) -> None:
        with self.lock:
            self.calls.append(call)
            if sent:
                self.sent.append(sent)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                status, answer = fake.answer(urlsplit(self.path), self.headers, body)
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_: Any) -> None:  # quiet: pytest shows failures
                pass

        return Handler

    def answer(self, url: Any, headers: Any, body: bytes) -> tuple[int, dict[str, Any]]:
        fields = _fields(headers.get("Content-Type", ""), body)
        query = {key: values[0] for key, values in parse_qs(url.query).items()}
        platform, _, rest = url.path.strip("/").partition("/")
        if platform == "telegram":
            return self.telegram(rest, fields)
        if platform == "twilio":
            return self.twilio(rest, headers, fields)
        if platform == "facebook":
            return self.facebook(rest, query, fields)
        if platform == "slack":
            return self.slack(rest, headers, fields)
        return 404, {"error": "unknown platform"}

    def telegram(self, path: str, fields: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        match = re.fullmatch(r"bot(?P<token>[^/]+)/(?P<method>\w+)", path)
        if not match:
            return 404, {"ok": False, "description": "Not Found"}
        method = match["method"]
        authorised = match["token"] == os.environ.get("TELEGRAM_TOKEN")
        sent = None
        if method == "sendMessage":
            markup = json.loads(fields.get("reply_markup") or "{}")
            titles = [key["text"] for row in markup.get("inline_keyboard", []) for key in row]
            sent = Sent("telegram", str(fields["chat_id"]), fields["text"], titles, authorised=authorised)
        self.record(Call("telegram", method, fields, authorised), sent)
        if method == "sendMessage":
            chat = {"id": int(fields["chat_id"]), "type": "private"}
            return 200, {"ok": True, "result": {"message_id": len(self.sent), "date": int(time.time()),
                                                "chat": chat, "text": fields["text"]}}
        return 200, {"ok": True, "result": True}

    def twilio(self, path: str, headers: Any, fields: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        match = re.fullmatch(r"2010-04-01/Accounts/(?P<sid>\w+)/Messages\.json", path)
        if not match:
            return 404, {"message": "Not Found"}
        expected = (os.environ.get("TWILIO_ACCOUNT_SID"), os.environ.get("TWILIO_AUTH_TOKEN"))
        authorised = match["sid"] == expected[0] and _basic_auth(headers) == expected
        sent = Sent("twilio", fields["To"], fields["Body"], sender=fields["From"], authorised=authorised)
        self.record(Call("twilio", "Messages", fields, authorised), sent)
        return 201, {"sid": f"SM{len(self.sent):032d}", "to": fields["To"], "from": fields["From"],
                     "body": fields["Body"], "status": "queued"}

    def facebook(self, path: str, query: dict[str, str], fields: dict[str, Any]
                 ) -> tuple[int, dict[str, Any]]:
        if not path.endswith("me/messages"):
            return 404, {"error": {"code": 803, "message": "Unknown path"}}
        authorised = query.get("access_token") == os.environ.get("FACEBOOK_PAGE_ACCESS_TOKEN")
        recipient = fields["recipient"]["id"]
        message = fields.get("message") or {}
        sent = None
        if "text" in message:
            titles = [reply["title"] for reply in message.get("quick_replies") or []]
            sent = Sent("facebook", recipient, message["text"], titles, authorised=authorised)
        self.record(Call("facebook", "messages", fields, authorised), sent)
        return 200, {"recipient_id": recipient, "message_id": f"m_{len(self.sent)}"}

    def slack(self, path: str, headers: Any, fields: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        method = path.rpartition("/")[2]
        authorised = headers.get("Authorization") == f"Bearer {os.environ.get('SLACK_BOT_TOKEN')}"
        sent = None
        if method == "chat.postMessage":
            blocks = fields.get("blocks") or []
            if isinstance(blocks, str):
                blocks = json.loads(blocks)
            titles = [element["text"]["text"] for block in blocks if block["type"] == "actions"
                      for element in block["elements"]]
            sent = Sent("slack", fields["channel"], fields["text"], titles, authorised=authorised)
        self.record(Call("slack", method, fields, authorised), sent)
        return 200, {"ok": True, "channel": fields.get("channel"), "ts": f"{time.time():.6f}"}


def _fields(content_type: str, body: bytes) -> dict[str, Any]:
    if content_type.startswith("application/json"):
        return json.loads(body or b"{}")
    return {key: values[0] for key, values in parse_qs(body.decode()).items()}


def _basic_auth(headers: Any) -> tuple[str, str] | None:
    scheme, _, encoded = (headers.get("Authorization") or "").partition(" ")
    if scheme != "Basic":
        return None
    user, _, password = base64.b64decode(encoded).decode().partition(":")
    return user, password


@contextmanager
def fake_platform_apis() -> Iterator[FakePlatforms]:
    """The fake platform APIs, running on the port the server was started with (FAKE_PLATFORMS_PORT);
    a test is skipped when the server was started without the messaging platforms."""
    if not os.environ.get("FAKE_PLATFORMS_PORT"):
        pytest.skip("messaging platforms not enabled: run through scripts/live-tests.sh")
    fake = FakePlatforms(int(os.environ["FAKE_PLATFORMS_PORT"])).start()
    try:
        yield fake
    finally:
        fake.stop()


# --- the platforms' side of the webhooks ------------------------------------------------------------------

def post_sms(sender: str, body: str, *, channel: str = "sms", signature: str | None = None,
             **extra: str) -> requests.Response:
    """Twilio's message webhook for an SMS (or, with channel="whatsapp", a WhatsApp message), signed as
    Twilio signs it: over the public webhook URL and the form fields."""
    prefix = "whatsapp:" if channel == "whatsapp" else ""
    form = {"MessageSid": f"SM{time.time_ns():032d}"[:34], "AccountSid": os.environ["TWILIO_ACCOUNT_SID"],
            "From": f"{prefix}{sender}", "To": f"{prefix}{TWILIO_NUMBER}", "Body": body,
            "NumMedia": "0", "NumSegments": "1", "SmsStatus": "received", "ApiVersion": "2010-04-01", **extra}
    if signature is None:
        signature = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"]).compute_signature(
            os.environ["TWILIO_WEBHOOK_URL"], form)
    return requests.post(f"{RASA_URL}/webhooks/twilio/webhook", data=form,
                         headers={"X-Twilio-Signature": signature}, timeout=WEBHOOK_TIMEOUT)


def send_sms(fake: FakePlatforms, sender: str, body: str, *, channel: str = "sms") -> list[str]:
    """One message through the Twilio webhook; the texts the person received in answer, in order."""
    since = fake.mark()
    answer = post_sms(sender, body, channel=channel)
    answer.raise_for_status()
    prefix = "whatsapp:" if channel == "whatsapp" else ""
    return [sent.text for sent in fake.messages("twilio", f"{prefix}{sender}", since)]


def urgency_said(texts: list[str]) -> str | None:
    """The urgency level a person was told in plain text ("EMERGENCY: call 111 now..." -> "emergency"),
    named as in the triage payload, from the first message that opens with one."""
    for text in texts:
        for level, headline in LEVEL_HEADLINES.items():
            if text.startswith(headline.split(":")[0] + ":"):
                return level
    return None


def post_telegram(update: dict[str, Any], secret: str | None = None) -> requests.Response:
    """Telegram's webhook call with an Update, and the secret token the webhook was registered with."""
    secret = os.environ["TELEGRAM_SECRET_TOKEN"] if secret is None else secret
    return requests.post(f"{RASA_URL}/webhooks/telegram/webhook", json=update, timeout=WEBHOOK_TIMEOUT,
                         headers={"X-Telegram-Bot-Api-Secret-Token": secret})


def post_facebook(body: dict[str, Any], app_secret: str | None = None) -> requests.Response:
    """Messenger's webhook call, signed with the app secret (X-Hub-Signature-256)."""
    data = json.dumps(body).encode()
    secret = (os.environ["FACEBOOK_APP_SECRET"] if app_secret is None else app_secret).encode()
    signature = "sha256=" + hmac.new(secret, data, hashlib.sha256).hexdigest()
    return requests.post(f"{RASA_URL}/webhooks/facebook/webhook", data=data, timeout=WEBHOOK_TIMEOUT,
                         headers={"Content-Type": "application/json", "X-Hub-Signature-256": signature})


def post_slack(body: bytes, content_type: str, signing_secret: str | None = None) -> requests.Response:
    """A Slack request (Events API JSON, or an interaction's form), signed as Slack signs it."""
    timestamp = str(int(time.time()))
    secret = (os.environ["SLACK_SIGNING_SECRET"] if signing_secret is None else signing_secret).encode()
    signature = "v0=" + hmac.new(secret, f"v0:{timestamp}:".encode() + body, hashlib.sha256).hexdigest()
    return requests.post(f"{RASA_URL}/webhooks/slack/webhook", data=body, timeout=WEBHOOK_TIMEOUT,
                         headers={"Content-Type": content_type, "X-Slack-Request-Timestamp": timestamp,
                                  "X-Slack-Signature": signature})
