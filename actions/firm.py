"""Standing firm: the outcome in force restated in one sentence with concrete options for its level and
region, whatever the person asks or says after it (the crisis lines first after a crisis reply)."""
from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import contacts

TRIAGE_FORM = "triage_form"
ESCALATED = ("emergency", "urgent")
FIRM = {"emergency": "utter_firm_emergency", "urgent": "utter_firm_urgent", "soon": "utter_firm_soon",
        "self_care": "utter_firm_self_care"}
GOING = {"emergency": "utter_going_emergency", "urgent": "utter_going_urgent"}
# Extra lines for the kind of question, after the outcome restated (clinical/moves.py names the kinds).
FIRM_EXTRAS = {
    "emergency": {"no_gp": "utter_firm_emergency_no_gp", "gp_closed": "utter_firm_emergency_no_gp",
                  "where": "utter_firm_emergency_no_gp", "transport": "utter_firm_emergency_transport",
                  "cost": "utter_firm_cost", "minimise": "utter_firm_minimise"},
    "urgent": {"no_gp": "utter_firm_urgent_no_gp", "gp_closed": "utter_firm_urgent_no_gp",
               "where": "utter_firm_urgent_no_gp", "wait": "utter_firm_urgent_no_gp",
               "transport": "utter_firm_urgent_transport", "cost": "utter_firm_cost",
               "minimise": "utter_firm_minimise"},
}


def stand_firm(dispatcher: CollectingDispatcher, tracker: Tracker, kind: str | None) -> None:
    """The outcome in force restated in one sentence with concrete options for its level and region."""
    level = tracker.get_slot("triage_level")
    if tracker.get_slot("crisis_active"):
        dispatcher.utter_message(response="utter_crisis_still_here", **contacts(tracker))
        if level != "emergency" or not _other_emergency(tracker):
            return
    if level in ESCALATED and kind == "going":  # "we'll ring now, thanks": agreed, not told off again
        dispatcher.utter_message(response=GOING[level], **contacts(tracker))
        if level == "urgent":
            dispatcher.utter_message(response="utter_emergency_signs", **contacts(tracker))
    elif level in ESCALATED:
        dispatcher.utter_message(response=FIRM[level], **contacts(tracker))
        extra = FIRM_EXTRAS[level].get(kind or "")
        if extra:
            dispatcher.utter_message(response=extra, **contacts(tracker))
        if level == "urgent":
            dispatcher.utter_message(response="utter_emergency_signs", **contacts(tracker))
    elif tracker.active_loop_name == TRIAGE_FORM:
        dispatcher.utter_message(response="utter_firm_before_outcome", **contacts(tracker))
    elif level in FIRM:
        dispatcher.utter_message(response=FIRM[level], **contacts(tracker))
        dispatcher.utter_message(response="utter_emergency_signs", **contacts(tracker))
    else:
        dispatcher.utter_message(response="utter_firm_no_triage", **contacts(tracker))


def _other_emergency(tracker: Tracker) -> bool:
    words = tracker.get_slot("red_flag_words") or {}
    return any(code != "self_harm" for code in words)


