"""The running assistant that scripts/live-tests.sh started (LIVE_RASA_URL), and a way to talk to it."""
from __future__ import annotations

import json
import os
import urllib.request
import uuid

import pytest

RASA_URL = os.environ.get("LIVE_RASA_URL", "http://127.0.0.1:5005")
WEB_URL = os.environ.get("LIVE_WEB_URL", "http://127.0.0.1:8000")


def rest(sender: str, message: str) -> list[dict]:
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(f"{RASA_URL}/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as reply:
        return json.loads(reply.read())


@pytest.fixture
def sender() -> str:
    return f"live-{uuid.uuid4().hex[:12]}"
