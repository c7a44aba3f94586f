"""Input not understood (low NLU confidence, or no dialogue rule fits): ask to rephrase once, then
offer a person, so nobody is left in a loop of "sorry?"."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions.firm import ESCALATED, stand_firm
from actions.staff import raise_for_staff

ACTION_NAME = "action_handle_fallback"
# Actions Rasa runs around every user message; they say nothing about whether it was understood.
BOOKKEEPING_ACTIONS = {"action_listen", "action_extract_slots"}


def earlier_misunderstood_in_a_row(events: list[dict[str, Any]]) -> int:
    """How many user messages directly before the current one were also answered by this action."""
    replies: list[str | None] = []  # per user message: the first real action that answered it
    for event in events:
        if event.get("event") == "user":
            replies.append(None)
        elif (event.get("event") == "action" and replies and replies[-1] is None
              and event.get("name") not in BOOKKEEPING_ACTIONS):
            replies[-1] = event.get("name")
    count = 0
    for reply in reversed(replies[:-1]):  # the last entry is the message being handled now
        if reply != ACTION_NAME:
            break
        count += 1
    return count


def answered_already(events: list[dict[str, Any]]) -> bool:
    """Whether another action has already answered the current message: then this is Rasa's core fallback,
    run because no rule knows what comes after that action."""
    for event in reversed(events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "action" and event.get("name") not in BOOKKEEPING_ACTIONS | {ACTION_NAME}:
            return True
    return False


class ActionHandleFallback(Action):
    def name(self) -> str:
        return ACTION_NAME

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        if answered_already(tracker.events):
            # The message has its reply: nothing more is said and the turn ends. (Returning nothing, the
            # policies predicted this fallback again until Rasa's limit of ten, each saying "sorry?", and
            # every later message went unanswered: persona run 29's replay.)
            return [FollowupAction("action_listen")]
        if earlier_misunderstood_in_a_row(tracker.events) >= 1:
            dispatcher.utter_message(response="utter_fallback_helpline")
            raise_for_staff(tracker, "not_understood")  # twice in a row: a person may do better
        else:
            dispatcher.utter_message(response="utter_ask_rephrase")
        if tracker.get_slot("crisis_active") or tracker.get_slot("triage_level") in ESCALATED:
            stand_firm(dispatcher, tracker, None)  # whatever was not understood, the outcome stands
        return []
