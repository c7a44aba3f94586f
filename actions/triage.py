"""The triage form: start it, read each answer, pick the next question, explain a question on request."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import answers_from, latest_text_and_intent, progress_from
from clinical.findings import BY_CODE
from clinical.triage import (
    BY_SLOT,
    CHECK_SLOT,
    MAX_MISSES,
    UNKNOWN,
    Update,
    answer_check,
    interpret,
    next_question,
)
from clinical.urgency import assess


def _slot_events(update: Update, tracker: Tracker) -> list[EventType]:
    events: list[EventType] = [SlotSet(slot, value) for slot, value in update.values.items()]
    if update.red_flag_words:
        words = {**(tracker.get_slot("red_flag_words") or {}), **update.red_flag_words}
        events.append(SlotSet("red_flag_words", words))
    return events


class ActionStartTriage(Action):
    """Reads the opening message (facts given before any question) and introduces the questions."""

    def name(self) -> str:
        return "action_start_triage"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        answers = answers_from(tracker)
        text, intent = latest_text_and_intent(tracker)
        update = interpret(text, intent, None, answers, [])
        if not answers and next_question({**answers, **update.values}) is not None:
            dispatcher.utter_message(response="utter_triage_start")
        return _slot_events(update, tracker)


def ask_check(dispatcher: CollectingDispatcher, code: str) -> None:
    """The check question about a possible red flag, with the payload channels and staff can see."""
    dispatcher.utter_message(response=f"utter_check_{code}", json_message={"triage": {"confirm": code}})


def explain(dispatcher: CollectingDispatcher, domain: dict[str, Any], slot: str) -> None:
    response = f"utter_explain_{slot}"
    has_own = response in domain.get("responses", {})
    dispatcher.utter_message(response=response if has_own else "utter_explain_generic")


class ValidateTriageForm(FormValidationAction):
    """Every message during triage: take what it answers, check a possible red flag with one question,
    then choose the next question (or finish)."""

    def name(self) -> str:
        return "validate_triage_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        answers = answers_from(tracker)
        requested = tracker.get_slot("requested_slot")
        progress = progress_from(tracker)
        text, intent = latest_text_and_intent(tracker)
        pending = tracker.get_slot(CHECK_SLOT) if requested == CHECK_SLOT else None
        if pending:
            update = answer_check(text, intent, pending["code"], pending["words"], answers,
                                  progress["explained"])
            requested = f"check:{pending['code']}"  # misses of a check question are counted apart
        else:
            update = interpret(text, intent, requested, answers, progress["explained"],
                               checked=tuple(progress["checked"]))
        events = _slot_events(update, tracker)
        answers.update(update.values)
        if update.checked:
            progress["checked"].append(update.checked)
        if pending and (update.checked or pending["code"] in update.values):
            events += [SlotSet(CHECK_SLOT, None), SlotSet("triage_progress", progress)]
            pending = None

        if update.explain:
            progress["explained"].append(update.explain)
            explain(dispatcher, domain, update.explain)
            events.append(SlotSet("triage_progress", progress))
            if pending:
                ask_check(dispatcher, pending["code"])
                return [*events, SlotSet("requested_slot", CHECK_SLOT)]
        elif update.missed and pending:
            misses = progress["misses"].get(requested, 0) + 1
            progress["misses"][requested] = misses
            events.append(SlotSet("triage_progress", progress))
            if misses >= MAX_MISSES:  # never read as no: recorded as not sure
                answers[pending["code"]] = "unsure"
                events += [SlotSet(pending["code"], "unsure"), SlotSet(CHECK_SLOT, None)]
                pending = None
            else:
                dispatcher.utter_message(response="utter_triage_missed")
                ask_check(dispatcher, pending["code"])
                return [*events, SlotSet("requested_slot", CHECK_SLOT)]
        elif update.missed and requested:
            misses = progress["misses"].get(requested, 0) + 1
            progress["misses"][requested] = misses
            if misses >= MAX_MISSES:  # move on; a red-flag question is never silently taken as "no"
                value = "unsure" if BY_SLOT[requested].kind == "red_flag" else UNKNOWN
                answers[requested] = value
                events.append(SlotSet(requested, value))
            else:
                dispatcher.utter_message(response="utter_triage_missed")
            events.append(SlotSet("triage_progress", progress))

        assessment = assess(answers)
        if pending and not assessment.red_flags:  # still open (a side question): keep it open
            return [*events, SlotSet("requested_slot", CHECK_SLOT)]
        if pending:  # a red flag said instead of an answer decides the outcome
            events.append(SlotSet(CHECK_SLOT, None))
        level = assessment.level
        to_check = next((code for code in update.to_check if BY_CODE[code].urgency > level), None)
        if to_check:
            ask_check(dispatcher, to_check)
            return [*events, SlotSet(CHECK_SLOT, {"code": to_check, "words": update.to_check[to_check]}),
                    SlotSet("requested_slot", CHECK_SLOT)]
        # No answer at all (a side question): only requested_slot is returned, so the form steps aside
        # and the dialogue rules answer the side question, then come back to the same question.
        just_answered = requested if requested in update.values else None
        events.append(SlotSet("requested_slot", next_question(answers, just_answered)))
        return events


class ActionExplainQuestion(Action):
    """'Why do you ask?' / 'what does that mean?' during triage."""

    def name(self) -> str:
        return "action_explain_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        requested = tracker.get_slot("requested_slot")
        response = f"utter_explain_{requested}"
        if response not in domain.get("responses", {}):
            response = "utter_explain_generic"
        dispatcher.utter_message(response=response)
        return []
