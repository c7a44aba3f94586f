"""Helpers shared by the actions: region contacts, the triage answers held in slots, the latest message."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from clinical.language import Mention
from clinical.regions import current_region
from clinical.triage import ANSWER_SLOTS

# Read once per process: a wrong BACKCARE_REGION stops the action server at start-up with a clear error.
REGION = current_region()


def contacts() -> dict[str, str]:
    """Template variables for responses that name a number to call."""
    return {"emergency_number": REGION.emergency_number, "helpline": REGION.helpline,
            "same_day_care": REGION.same_day_care, "crisis_line": REGION.crisis_line}


def answers_from(tracker: Tracker) -> dict[str, Any]:
    return {slot: tracker.get_slot(slot) for slot in ANSWER_SLOTS if tracker.get_slot(slot) is not None}


def latest_text_and_intent(tracker: Tracker) -> tuple[str, str | None]:
    message = tracker.latest_message or {}
    return str(message.get("text") or ""), (message.get("intent") or {}).get("name")


def latest_reading(tracker: Tracker) -> list[Mention] | None:
    """The mentions the NLU component read in the latest message (components/clinical_facts.py), or None
    when it did not (a button payload, or an older model): then the text is read again."""
    reading = (tracker.latest_message or {}).get("clinical_reading")
    if not isinstance(reading, dict) or not isinstance(reading.get("mentions"), list):
        return None
    try:
        return [Mention.from_dict(m) for m in reading["mentions"]]
    except (KeyError, TypeError):
        return None


def progress_from(tracker: Tracker) -> dict[str, Any]:
    """Bookkeeping of the triage form: explained "not sure" questions, missed answers per question, and
    possible red flags already checked and answered no."""
    stored = tracker.get_slot("triage_progress") or {}
    return {"explained": list(stored.get("explained", [])), "misses": dict(stored.get("misses", {})),
            "checked": list(stored.get("checked", []))}
