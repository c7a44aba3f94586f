"""Graded activity plans: the red-flag questions first (only those not yet answered in this conversation),
then what, how long and how often; build and store the plan, move it forward after progress and back after
a flare-up. The arithmetic and the choice of safety questions are in clinical/activity.py."""
from __future__ import annotations

import abc
import logging
import re
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.checks import explain, open_check, pending_check, read_check_reply
from actions.common import (
    answers_from,
    contacts,
    latest_reading,
    latest_text_and_intent,
    progress_from,
)
from actions.conversation import (
    correct,
    reply_standing_firm,
    reply_to_question_or_thanks,
    takes_back_an_answer,
)
from actions.firm import ESCALATED
from actions.knowledge import WHAT_TO_DO, start_questions
from actions.plan_changes import change_plan_if_asked, say_plan
from actions.privacy import about_deleting_data
from clinical import activity, knowledge, moves, plans
from clinical.language import looks_like_question
from clinical.parsing import duration_band
from clinical.triage import BY_SLOT, CHECK_SLOT, MAX_MISSES, interpret, slots_answered_by

logger = logging.getLogger(__name__)

NOT_NOW = "not_now"  # fills the form at once when a plan must wait until the person has been seen
PLAN_SLOTS = ("activity", "tolerance_minutes", "activity_days")
PLAN_ANSWER_SLOTS = (*PLAN_SLOTS, "tolerance_reason")
FORM_SLOTS = (*PLAN_SLOTS, "tolerance_reason")
# Set when the safety questions found a red flag (or a "not sure" on one): the rules then run the triage
# outcome instead of making a plan (data/rules/activity.yml).
SCREEN_FLAG = "plan_screen_red_flag"
MAX_ACTIVITY_WORDS = 4


def _reset() -> list[EventType]:
    return [SlotSet(slot, None) for slot in FORM_SLOTS]


def _red_flag_question(slot: Any) -> bool:
    return slot in BY_SLOT and BY_SLOT[slot].kind == "red_flag"


def _just_answered(tracker: Tracker) -> str | None:
    """The safety question this message answered (it was requested, and now has a value)."""
    requested = tracker.get_slot("requested_slot")
    return requested if _red_flag_question(requested) and tracker.get_slot(requested) is not None else None


class ActionStartActivityPlan(Action):
    """Before the questions: no plan after an urgent or emergency outcome; say that safety questions come
    first when some are still open; take an activity already named."""

    def name(self) -> str:
        return "action_start_activity_plan"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        events: list[EventType] = [*_reset(), SlotSet(SCREEN_FLAG, None), SlotSet("requested_slot", None)]
        if tracker.get_slot("triage_level") in WHAT_TO_DO:
            return events + [SlotSet(slot, NOT_NOW) for slot in PLAN_SLOTS]
        if activity.safety_question(answers_from(tracker)) is not None:
            dispatcher.utter_message(response="utter_plan_safety_first")
        text, _ = latest_text_and_intent(tracker)
        named = activity.activity_name(text)
        return events + ([SlotSet("activity", named)] if named else [])


class ValidateActivityForm(FormValidationAction):
    """Every message while planning is read for red flags first. Open red-flag questions are asked before
    the plan questions, with triage's reading of answers (not sure: explain and ask again; still not sure
    is kept as "unsure", never "no"). A red flag ends the form with SCREEN_FLAG set, and no plan is made."""

    def name(self) -> str:
        return "validate_activity_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> list[EventType]:
        if tracker.get_slot("activity") == NOT_NOW:  # the plan must wait: nothing to ask
            return await super().run(dispatcher, tracker, domain)
        if about_deleting_data(tracker):  # not an answer to this form's question: step aside
            return [SlotSet("requested_slot", tracker.get_slot("requested_slot"))]
        pending = pending_check(tracker)
        if pending:  # the reply to a check question about a possible red flag
            answers, progress = answers_from(tracker), progress_from(tracker)
            reply = read_check_reply(dispatcher, tracker, domain, pending, answers, progress)
            if reply.still_open:
                return [*reply.events, SlotSet("requested_slot", CHECK_SLOT)]
            events = reply.events
        else:
            events = self._read_safety_answers(dispatcher, tracker, domain)
            if any(e.get("name") == CHECK_SLOT for e in events):  # a check question was asked instead
                return events
        tracker.slots.update({e["name"]: e["value"] for e in events})  # seen by required_slots below
        answers = answers_from(tracker)
        if (activity.safety_question(answers, _just_answered(tracker)) is None
                and activity.safety_stops_plan(answers)):
            return [*events, *_reset(), SlotSet(SCREEN_FLAG, True), SlotSet("requested_slot", None)]
        return [*events, *await super().run(dispatcher, tracker, domain)]

    @staticmethod
    def _read_safety_answers(dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: DomainDict) -> list[EventType]:
        """The answer to an open safety question, and any red flag said at any point while planning."""
        requested = tracker.get_slot("requested_slot")
        asking = requested if _red_flag_question(requested) else None
        progress = progress_from(tracker)
        text, intent = latest_text_and_intent(tracker)
        answers = answers_from(tracker)
        update = interpret(text, intent, asking, answers, progress["explained"],
                           checked=tuple(progress["checked"]), mentions=latest_reading(tracker))
        flagged = {slot for code in update.red_flag_words for slot in slots_answered_by(code)}
        # While a plan question is open, only red flags count: "3 days" is no answer about the pain.
        values = update.values if asking else {k: v for k, v in update.values.items() if k in flagged}
        events: list[EventType] = [SlotSet(slot, value) for slot, value in values.items()]
        if update.red_flag_words:
            words = {**(tracker.get_slot("red_flag_words") or {}), **update.red_flag_words}
            events.append(SlotSet("red_flag_words", words))
        check = open_check(dispatcher, update, {**answers, **values})  # only if it could raise the level
        if check:  # a possible red flag: one check question, and this message answers no plan question
            requested_plan_slot = [SlotSet(requested, None)] if requested in PLAN_ANSWER_SLOTS else []
            return [*events, *requested_plan_slot, *check]
        if asking and update.explain:
            progress["explained"].append(update.explain)
            explain(dispatcher, domain, update.explain)  # as triage explains it
            events.append(SlotSet("triage_progress", progress))
        elif asking and update.missed:
            misses = progress["misses"].get(asking, 0) + 1
            progress["misses"][asking] = misses
            if misses >= MAX_MISSES:  # move on; a red-flag question is never silently taken as "no"
                events.append(SlotSet(asking, "unsure"))
            else:
                dispatcher.utter_message(response="utter_triage_missed")
            events.append(SlotSet("triage_progress", progress))
        return events

    async def required_slots(self, domain_slots: list[str], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> list[str]:
        if tracker.get_slot("activity") == NOT_NOW:
            return list(PLAN_SLOTS)
        question = activity.safety_question(answers_from(tracker), _just_answered(tracker))
        # "None" today: ask why before any plan, instead of how many days.
        last = "tolerance_reason" if tracker.get_slot("tolerance_minutes") == 0 else "activity_days"
        return [*([question] if question else []), "activity", "tolerance_minutes", last]

    async def get_extraction_events(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> list[EventType]:
        return []  # nothing to extract here: safety answers are read in run(), plan answers are from_text

    async def next_requested_slot(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: DomainDict) -> EventType:
        required = await self.required_slots(self.domain_slots(domain), dispatcher, tracker, domain)
        return SlotSet("requested_slot", next((s for s in required if tracker.slots.get(s) is None), None))

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

    def validate_tolerance_reason(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker,
                                  domain: dict[str, Any]) -> dict[str, Any]:
        # A red flag in the reason has already ended the form in run(); any other reason is kept.
        return {"tolerance_reason": str(value or "").strip() or None}


class _PlanStoreAction(Action, abc.ABC):
    """An action that reads or writes the stored plan: with the database unavailable, the person gets a
    clear answer with the numbers to call instead of silence. Abstract, so the SDK does not register it."""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        try:
            return await self.run_with_store(dispatcher, tracker, domain)
        except SQLAlchemyError as exc:
            logger.error("Plan store unavailable in %s (%s): check BACKCARE_DATABASE_URL", self.name(),
                         type(exc).__name__)
            dispatcher.utter_message(response="utter_plan_store_unavailable", **contacts(tracker))
            return []

    @abc.abstractmethod
    async def run_with_store(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: dict[str, Any]) -> list[EventType]:
        ...


class ActionMakePlan(_PlanStoreAction):
    """The plan, always with the advice to check with a doctor or physio first and the 150-minute aim
    (cited, from data/knowledge/activity.yml); no plan from zero minutes, and none before being seen."""

    def name(self) -> str:
        return "action_make_plan"

    async def run_with_store(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: dict[str, Any]) -> list[EventType]:
        level = tracker.get_slot("triage_level")
        if tracker.get_slot("activity") == NOT_NOW or level in WHAT_TO_DO:
            what = WHAT_TO_DO.get(level, "see a doctor").format(**contacts(tracker))
            dispatcher.utter_message(response="utter_no_plan_until_seen", what_to_do=what)
            return _reset()
        band = duration_band(tracker.get_slot("duration_days"))
        tolerance = int(tracker.get_slot("tolerance_minutes"))
        if tolerance == 0:  # can't do it at all today, for a reason that is not a red flag
            dispatcher.utter_message(response="utter_plan_not_from_zero")
            self._say_guidance(dispatcher, "plan_cannot_start", band)
            return _reset()
        name = tracker.get_slot("activity")
        stored = plans.save_plan(tracker.sender_id, name, tolerance, int(tracker.get_slot("activity_days")))
        if band == "acute":
            self._say_guidance(dispatcher, "plan_acute", band)
        if len(stored.plan.weeks) == 1:
            dispatcher.utter_message(response="utter_plan_already_at_aim")
        else:
            dispatcher.utter_message(response="utter_plan_intro", activity=name)
            say_plan(dispatcher, stored.plan, current_week=1)
        self._say_guidance(dispatcher, "plan_before_start", band)
        self._say_guidance(dispatcher, "graded_activity", band)
        if band in ("subacute", "chronic"):
            self._say_guidance(dispatcher, "plan_chronic", band)
        return _reset()

    @staticmethod
    def _say_guidance(dispatcher: CollectingDispatcher, topic_id: str, band: str | None) -> None:
        result = knowledge.answer(topic_id, band)
        if result is not None:
            dispatcher.utter_message(text=result.as_text(), json_message=result.payload())


def _asks_of_something_else(text: str) -> bool:
    """"cool so can i work saturday brunch? its the worst shift of the week" (the replay of persona run 31 got
    "You don't have an activity plan with me yet": "week" is a word of plans): a question that does not name
    a plan is answered as a question."""
    asks = moves.question_in(text) or looks_like_question(text)
    return bool(asks) and not re.search(r"\bplans?\b", text.lower())


def _reply_with_no_plan(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> list[EventType]:
    """A message read as a report on a plan, from someone with no plan, that says nothing of one ("is sleeping
    on the couch bad for it", "I will telephone my daughter and see about going in today. Thank you kindly";
    both had got "You don't have an activity plan with me yet"): a correction, a question or thanks, as it
    is; only anything else gets the offer of a plan."""
    if correction := takes_back_an_answer(tracker):
        return correct(dispatcher, tracker, correction)
    question = moves.question_in(text) or (text if looks_like_question(text) else None)
    if question or moves.thanks(text) or moves.says_goodbye(text):
        reply_to_question_or_thanks(dispatcher, tracker, text, question)
        return []
    return _no_plan(dispatcher, tracker)


def _no_plan(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """No plan stored. After an escalation, anything read as about a plan is about getting help ("today? cant
    i just finish the week and go friday", "What shall I tell them when I ring?" had got "You don't have an
    activity plan with me yet": persona run 29), so it is answered as any reply in that state is; otherwise
    the offer of a plan."""
    if tracker.get_slot("triage_level") in ESCALATED:
        return reply_standing_firm(dispatcher, tracker)
    dispatcher.utter_message(response="utter_no_plan_yet")
    return []


class ActionShowPlan(_PlanStoreAction):
    def name(self) -> str:
        return "action_show_plan"

    async def run_with_store(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: dict[str, Any]) -> list[EventType]:
        stored = plans.load_plan(tracker.sender_id)
        if stored is None:
            return _no_plan(dispatcher, tracker)
        week = stored.plan.week(stored.current_week)
        dispatcher.utter_message(response="utter_plan_now", week=week.number, activity=stored.plan.activity,
                                 minutes=week.minutes_per_session, days=week.days)
        say_plan(dispatcher, stored.plan, current_week=week.number)
        return []


class ActionUpdatePlan(_PlanStoreAction):
    """'I managed week 2' moves the plan on; 'I missed two days' repeats the week; 'it flared up' eases it
    back a week, and says why."""

    def name(self) -> str:
        return "action_update_plan"

    async def run_with_store(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                             domain: dict[str, Any]) -> list[EventType]:
        if plans.load_plan(tracker.sender_id) is None and tracker.get_slot("triage_level") is None:
            # "done my back in at work last week": a report about the pain from someone with no plan and no
            # outcome yet is the start of the questions, not "you don't have a plan"
            return start_questions(dispatcher, tracker)
        text, intent = latest_text_and_intent(tracker)
        if change_plan_if_asked(dispatcher, tracker, text):  # "can we make it 5 minutes instead?"
            return []
        if plans.load_plan(tracker.sender_id) is None and (not moves.speaks_of_a_plan(text)
                                                           or _asks_of_something_else(text)):
            return _reply_with_no_plan(dispatcher, tracker, text)
        stored = plans.load_plan(tracker.sender_id)
        if stored is None:
            return _no_plan(dispatcher, tracker)
        said_week = re.search(r"\bweek\s*(\d{1,2})\b", text.lower())
        current = int(said_week.group(1)) if said_week else stored.current_week
        if intent == "report_flare":
            new_week = activity.after_flare(current)
            response = "utter_plan_flare"
        elif moves.missed_plan_sessions(text):
            new_week, response = current, "utter_plan_same_week"  # a week not all done is done again
        else:
            new_week = activity.after_progress(current, stored.plan)
            response = "utter_plan_finished" if new_week == current else "utter_plan_progress"
        plans.move_to_week(tracker.sender_id, new_week)
        week = stored.plan.week(new_week)
        dispatcher.utter_message(response=response, week=week.number, minutes=week.minutes_per_session,
                                 days=week.days, **contacts(tracker))
        if response == "utter_plan_flare":  # a flare is when the signs matter most
            dispatcher.utter_message(response="utter_emergency_signs", **contacts(tracker))
        return []
