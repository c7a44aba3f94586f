"""Clearing the conversation ("start over", confirmed) against the running assistant: the answers go, where
the person said they are stays (persona run 28: after clearing, a man in Australia got New Zealand's crisis
lines), and the escalation that follows names that country's emergency number."""
from __future__ import annotations

import uuid

import requests

from tests.live.conftest import RASA_URL

WEBHOOK = f"{RASA_URL}/webhooks/rest/webhook"
RED_FLAG = "I've wet myself without noticing and I can't feel anything when I wipe"


def say(sender: str, text: str) -> str:
    reply = requests.post(WEBHOOK, json={"sender": sender, "message": text}, timeout=60)
    assert reply.status_code == 200, reply.text
    return " ".join(message.get("text") or "" for message in reply.json())


def test_clearing_keeps_the_country_and_its_emergency_number():
    sender = f"clearing-{uuid.uuid4().hex}"
    assert "Australia" in say(sender, "hi, I'm in Australia and my back hurts")
    say(sender, "can we start over")
    cleared = say(sender, "/restart")
    assert "cleared" in cleared and "Australia" in cleared
    escalation = say(sender, RED_FLAG)
    assert "000" in escalation and "111" not in escalation


def test_clearing_with_no_country_said_starts_afresh_with_the_deployments_numbers():
    sender = f"clearing-{uuid.uuid4().hex}"
    say(sender, "my back hurts")
    say(sender, "start over")
    assert "cleared" in say(sender, "/restart")
    assert "111" in say(sender, RED_FLAG)  # the deployment's (NZ in the tests)
