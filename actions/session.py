"""Session start: introduce the assistant and load the deployment's contacts into slots; a region the
person names switches them for the rest of the conversation."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, Restarted, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import REGION, introduce, region_of, say_region
from clinical.language import red_flag_spans
from clinical.places import where_person_is
from clinical.regions import RegionContacts, region_contacts


def contact_slots(region: RegionContacts = REGION) -> list[EventType]:
    return [SlotSet("emergency_number", region.emergency_number), SlotSet("helpline", region.helpline)]


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        opening = (tracker.get_slot("session_started_metadata") or {}).get("opening_text") or ""
        if red_flag_spans(str(opening)):
            # The escalation must be the first thing said; the outcome action introduces us after it.
            return [SessionStarted(), *contact_slots(), SlotSet("intro_pending", True),
                    ActionExecuted("action_listen")]
        introduce(dispatcher, _region_for(str(opening)))
        return [SessionStarted(), *contact_slots(), ActionExecuted("action_listen")]


# What clearing the conversation keeps: where the person is (their numbers) and a crisis told (its lines stay
# in force). The answers, the outcome and the plan go. Persona run 28: after "can we start over", a veteran in
# Australia was given New Zealand's crisis lines.
KEPT_ON_CLEARING = ("region", "region_asked", "region_hinted", "crisis_active")


class ActionRestart(Action):
    """Rasa's restart, keeping KEPT_ON_CLEARING. With nothing to keep it is Rasa's own (the next message
    starts a new session); otherwise the new session starts here, with the kept slots and their numbers, so
    that the next message does not start another (and lose them)."""

    def name(self) -> str:
        return "action_restart"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(response="utter_restart")
        kept = [SlotSet(slot, tracker.get_slot(slot)) for slot in KEPT_ON_CLEARING if tracker.get_slot(slot)]
        if not kept:
            return [Restarted()]
        region = region_of(tracker)
        if tracker.get_slot("region"):
            dispatcher.utter_message(response="utter_restart_region_kept", region_name=region.name)
        # (then Rasa predicts listening, as after its own restart)
        return [Restarted(), SessionStarted(), *kept, *contact_slots(region)]


def _region_for(opening: str) -> RegionContacts:
    """Whose numbers the greeting names: those of the place the first message says the person is in ("hi
    from Cork" must not be told to call New Zealand's 111), else the deployment's."""
    place = where_person_is(opening)
    return region_contacts(place) if place else REGION


class ActionSetRegion(Action):
    """"I'm in Australia": that region's numbers from now on, said plainly."""

    def name(self) -> str:
        return "action_set_region"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        if not tracker.get_slot("region"):  # no region from that place: ask
            dispatcher.utter_message(response="utter_ask_region")
            return [SlotSet("region_asked", True)]
        return say_region(dispatcher, tracker)
