"""After an urgent outcome told in the first message, the emergency questions it cut short are asked on the
running assistant (the outcome action hands over to the triage form, which `rasa test` stories cannot show),
and a yes to one of them gives the emergency (persona run 37: numbness in both legs never found)."""
from __future__ import annotations

import uuid

import requests

from tests.live.conftest import RASA_URL


def say(sender: str, message: str) -> list[dict]:
    response = requests.post(f"{RASA_URL}/webhooks/rest/webhook", json={"sender": sender, "message": message},
                             timeout=60)
    response.raise_for_status()
    return response.json()


def urgencies(replies: list[dict]) -> list[str]:
    return [((r.get("custom") or {}).get("triage") or {}).get("urgency") for r in replies
            if ((r.get("custom") or {}).get("triage") or {}).get("urgency")]


def texts(replies: list[dict]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def test_an_urgent_first_message_goes_on_to_the_emergency_questions_and_a_yes_escalates():
    sender = f"screen-{uuid.uuid4().hex}"
    first = say(sender, "my back has been sore for 3 weeks, I'm 45, I'm on methotrexate")
    assert urgencies(first) == ["urgent"]
    assert "an answer could make this an emergency" in texts(first)
    assert "bladder or bowels" in texts(first)  # the first emergency question, asked at once
    say(sender, "no")  # bladder and bowel
    say(sender, "None of these")  # the saddle area and sex
    say(sender, "no")  # leg weakness
    numbness = say(sender, "yes")  # numbness or tingling in a leg
    assert "both legs" in texts(numbness)
    last = say(sender, "both legs")
    assert urgencies(last) == ["emergency"]
