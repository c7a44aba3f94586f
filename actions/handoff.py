"""The live handoff: a person who asks for someone while staff are on the console waits on the chat, and
the conversation is paused (Rasa's ConversationPaused) so that the assistant says nothing while staff talk.
The console ends the pause through the actions below: staff hand back, nobody was free in time, or the
person told a red flag while nobody had taken the chat yet."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import (
    ActionExecuted,
    ActiveLoop,
    ConversationPaused,
    ConversationResumed,
    EventType,
    SlotSet,
)
from rasa_sdk.executor import CollectingDispatcher

from actions.common import REGION, ask_details, contacts, latest_text_and_intent, region_of
from actions.firm import stand_firm
from actions.knowledge import before_any_outcome, start_questions
from actions.outcome import ActionTriageOutcome
from actions.staff import raise_for_staff, staff_on_chat_now
from clinical.language import tells_own_pain
from console import handoff

logger = logging.getLogger(__name__)
# Asked again after a handoff: the forms' open questions.
_FORMS = ("triage_form", "activity_form")


def _listening() -> EventType:
    """These actions run through Rasa's API, outside a turn: they end as a turn ends, listening, so that the
    person's next message is read as any message is (without it no dialogue rule matched)."""
    return ActionExecuted("action_listen")


class ActionAskForPerson(Action):
    """"I want to talk to a person": a member of staff joins the chat when one is there; otherwise how to
    reach one now. Either way the conversation is queued for staff."""

    def name(self) -> str:
        return "action_ask_for_person"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        if tracker.get_slot("crisis_active"):
            # ("If I call that number do they send cops to my house?" in a crisis): the crisis line is the
            # person to talk to now, said first, before any wait for staff or their hours
            dispatcher.utter_message(response="utter_crisis_still_here", **contacts(tracker))
        if staff_on_chat_now() and raise_for_staff(tracker, "asked_for_person", waiting=True):
            minutes = max(1, round(handoff.claim_timeout().total_seconds() / 60))
            dispatcher.utter_message(response="utter_handoff_waiting", minutes=minutes, **contacts(tracker))
            return [ConversationPaused()]
        raise_for_staff(tracker, "asked_for_person")
        if tracker.get_slot("triage_level") == "emergency":
            # ("can i talk to an actual person" after "go to the emergency department now", with nobody on
            # the console, persona run 29, got the helpline, "if this is an emergency", and its hours):
            # nobody here, and the people to talk to now are the emergency services
            dispatcher.utter_message(response="utter_no_person_here")
            stand_firm(dispatcher, tracker, None)
            return []
        hours = _opening_hours_words()
        dispatcher.utter_message(response="utter_handoff", **contacts(tracker))
        # (in another country the hours of our team, in our time, mean nothing: "hamilton, ontario" was told
        # of "08:00 to 20:00 (Auckland time)", persona run 36)
        if hours and _country(region_of(tracker).code) == _country(REGION.code):
            dispatcher.utter_message(response="utter_handoff_hours", hours=hours)
        text, _ = latest_text_and_intent(tracker)
        if before_any_outcome(tracker) and tells_own_pain(text):
            # "I've hurt my back lifting a car seat, nearly a week ago. Is there a number I can ring to speak
            # to an actual nurse?" (persona run 32: the pain left unasked until the fifth message)
            return start_questions(dispatcher, tracker, "utter_triage_meanwhile")
        return []


def _country(region_code: str) -> str:
    return region_code.split("_")[0]  # Scotland and Northern Ireland (UK_SCOT, UK_NI) are in the UK


def _opening_hours_words() -> str | None:
    try:
        return handoff.OpeningHours.from_environment().words()
    except ValueError:
        return None


def ask_open_question_again(dispatcher: CollectingDispatcher, tracker: Tracker,
                            domain: dict[str, Any]) -> list[EventType]:
    """Where the conversation was before the handoff: the open question of a form, asked again (its answer
    is taken afresh, whatever was said to staff), or an invitation to go on."""
    loop = (tracker.active_loop or {}).get("name")
    requested = tracker.get_slot("requested_slot")
    response = f"utter_ask_{requested}"
    if loop in _FORMS and requested == "details":
        ask_details(dispatcher, tracker, domain)
        return []
    if loop in _FORMS and requested and response in domain.get("responses", {}):
        dispatcher.utter_message(response=response, **contacts(tracker))
        return [SlotSet(requested, None)] if loop == "activity_form" else []
    dispatcher.utter_message(response="utter_what_next")
    return []


class ActionHandBack(Action):
    """Staff handed the conversation back: the assistant says so and carries on where it was."""

    def name(self) -> str:
        return "action_hand_back"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(response="utter_handed_back")
        return [ConversationResumed(), *ask_open_question_again(dispatcher, tracker, domain), _listening()]


class ActionNoStaffFree(Action):
    """Nobody took the chat in time: the helpline number, and the assistant carries on."""

    def name(self) -> str:
        return "action_no_staff_free"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(response="utter_no_staff_free", **contacts(tracker))
        return [ConversationResumed(), *ask_open_question_again(dispatcher, tracker, domain), _listening()]


class ActionHandoffRedFlag(Action):
    """A red flag told while waiting for staff, before anyone took the chat: the outcome at once (red flags
    always win), and the assistant has the conversation again. The case stays in the queue, marked."""

    def name(self) -> str:
        return "action_handoff_red_flag"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        events = await ActionTriageOutcome().run(dispatcher, tracker, domain)
        ended_form = [ActiveLoop(None), SlotSet("requested_slot", None)] if tracker.active_loop else []
        return [ConversationResumed(), *ended_form, *events, _listening()]
