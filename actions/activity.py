"""Graded activity plans: ask what, how long and how often, build and store the plan, move it forward
after progress and back after a flare-up. The arithmetic is in clinical/activity.py."""
from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import contacts, latest_text_and_intent
from actions.knowledge import WHAT_TO_DO
from clinical import activity, knowledge, plans
from clinical.parsing import duration_band

NOT_NOW = "not_now"  # fills the form at once when a plan must wait until the person has been seen
PLAN_SLOTS = ("activity", "tolerance_minutes", "activity_days")
MAX_ACTIVITY_WORDS = 4


def _reset() -> list[EventType]:
    return [SlotSet(slot, None) for slot in PLAN_SLOTS]


class ActionStartActivityPlan(Action):
    """Before the questions: no plan after an urgent or emergency outcome; take an activity already named."""

    def name(self) -> str:
        return "action_start_activity_plan"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        if tracker.get_slot("triage_level") in WHAT_TO_DO:
            return [SlotSet(slot, NOT_NOW) for slot in PLAN_SLOTS]
        text, _ = latest_text_and_intent(tracker)
        named = activity.activity_name(text)
        return [SlotSet("activity", named)] if named else []


class ValidateActivityForm(FormValidationAction):
    def name(self) -> str:
        return "validate_activity_form"

    def validate_activity(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                          domain: dict[str, Any]) -> dict[str, Any]:
        if value is None or value == NOT_NOW:  # nothing to check yet, or the plan must wait
            return {"activity": value}
        text = str(value or "")
        named = activity.activity_name(text)
        words = re.findall(r"[A-Za-z]+", text)
        if named is None and 0 < len(words) <= MAX_ACTIVITY_WORDS and not text.startswith("/"):
            named = " ".join(words).lower()  # an activity we have no pattern for ("tai chi with friends")
        if named is None:
            dispatcher.utter_message(response="utter_activity_unclear")
        return {"activity": named}

    def validate_tolerance_minutes(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                   domain: dict[str, Any]) -> dict[str, Any]:
        if value is None or value == NOT_NOW:  # nothing to check yet, or the plan must wait
            return {"tolerance_minutes": value}
        found = activity.minutes(str(value or ""))
        if found is None or not 0 <= found <= activity.MAX_TOLERANCE_MINUTES:
            dispatcher.utter_message(response="utter_minutes_unclear")
            return {"tolerance_minutes": None}
        return {"tolerance_minutes": found}

    def validate_activity_days(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                               domain: dict[str, Any]) -> dict[str, Any]:
        if value is None or value == NOT_NOW:  # nothing to check yet, or the plan must wait
            return {"activity_days": value}
        found = activity.days_per_week(str(value or ""))
        if found is None or not 1 <= found <= 7:
            dispatcher.utter_message(response="utter_days_unclear")
            return {"activity_days": None}
        return {"activity_days": found}


class ActionMakePlan(Action):
    def name(self) -> str:
        return "action_make_plan"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        level = tracker.get_slot("triage_level")
        if tracker.get_slot("activity") == NOT_NOW or level in WHAT_TO_DO:
            what = WHAT_TO_DO.get(level, "see a doctor").format(**contacts())
            dispatcher.utter_message(response="utter_no_plan_until_seen", what_to_do=what)
            return _reset()
        name = tracker.get_slot("activity")
        stored = plans.save_plan(tracker.sender_id, name, int(tracker.get_slot("tolerance_minutes")),
                                 int(tracker.get_slot("activity_days")))
        band = duration_band(tracker.get_slot("duration_days"))
        if band == "acute":
            self._say_guidance(dispatcher, "plan_acute", band)
        if len(stored.plan.weeks) == 1:
            dispatcher.utter_message(response="utter_plan_already_at_aim")
        else:
            dispatcher.utter_message(response="utter_plan_intro", activity=name)
            dispatcher.utter_message(text=activity.plan_table(stored.plan, current_week=1))
        self._say_guidance(dispatcher, "graded_activity", band)
        if band in ("subacute", "chronic"):
            self._say_guidance(dispatcher, "plan_chronic", band)
        return _reset()

    @staticmethod
    def _say_guidance(dispatcher: CollectingDispatcher, topic_id: str, band: str | None) -> None:
        result = knowledge.answer(topic_id, band)
        if result is not None:
            dispatcher.utter_message(text=result.as_text())


def _stored_plan_or_offer(dispatcher: CollectingDispatcher, tracker: Tracker) -> plans.StoredPlan | None:
    stored = plans.load_plan(tracker.sender_id)
    if stored is None:
        dispatcher.utter_message(response="utter_no_plan_yet")
    return stored


class ActionShowPlan(Action):
    def name(self) -> str:
        return "action_show_plan"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        stored = _stored_plan_or_offer(dispatcher, tracker)
        if stored is None:
            return []
        week = stored.plan.week(stored.current_week)
        dispatcher.utter_message(response="utter_plan_now", week=week.number, activity=stored.plan.activity,
                                 minutes=week.minutes_per_session, days=week.days)
        dispatcher.utter_message(text=activity.plan_table(stored.plan, current_week=week.number))
        return []


class ActionUpdatePlan(Action):
    """'I managed week 2' moves the plan on; 'it flared up' eases it back a week, and says why."""

    def name(self) -> str:
        return "action_update_plan"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        stored = _stored_plan_or_offer(dispatcher, tracker)
        if stored is None:
            return []
        text, intent = latest_text_and_intent(tracker)
        said_week = re.search(r"\bweek\s*(\d{1,2})\b", text.lower())
        current = int(said_week.group(1)) if said_week else stored.current_week
        if intent == "report_flare":
            new_week = activity.after_flare(current)
            response = "utter_plan_flare"
        else:
            new_week = activity.after_progress(current, stored.plan)
            response = "utter_plan_finished" if new_week == current else "utter_plan_progress"
        plans.move_to_week(tracker.sender_id, new_week)
        week = stored.plan.week(new_week)
        dispatcher.utter_message(response=response, week=week.number, minutes=week.minutes_per_session,
                                 days=week.days, **contacts())
        return []
