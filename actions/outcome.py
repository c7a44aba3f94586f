"""The triage outcome: escalation when a red flag is present, otherwise `soon` or `self_care` with reasons
and safety-netting. Every outcome message carries the machine-readable payload and is recorded."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.common import answers_from, contacts, latest_reading, latest_text_and_intent
from clinical import records
from clinical.outcome import Outcome, build_outcome
from clinical.triage import interpret

logger = logging.getLogger(__name__)


class ActionTriageOutcome(Action):
    def name(self) -> str:
        return "action_triage_outcome"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        answers = answers_from(tracker)
        text, intent = latest_text_and_intent(tracker)
        # a red flag said outside the form
        update = interpret(text, intent, None, answers, [], mentions=latest_reading(tracker))
        answers.update(update.values)
        words = {**(tracker.get_slot("red_flag_words") or {}), **update.red_flag_words}
        outcome = build_outcome(answers, words)
        self._say(dispatcher, outcome)
        if tracker.get_slot("intro_pending"):  # held back so that the escalation came first
            dispatcher.utter_message(response="utter_intro", **contacts())

        previous_level = tracker.get_slot("triage_level")
        if update.values or previous_level != outcome.level:
            self._record(tracker.sender_id, outcome)
        return [*(SlotSet(k, v) for k, v in update.values.items()), SlotSet("red_flag_words", words),
                SlotSet("triage_level", outcome.level), SlotSet("intro_pending", False)]

    @staticmethod
    def _say(dispatcher: CollectingDispatcher, outcome: Outcome) -> None:
        variables = {**contacts(), "reasons": outcome.reasons_text, "unsure": outcome.unsure_text}
        # The first message states the level and what to do; for an emergency nothing comes before it.
        first, *rest = outcome.responses
        dispatcher.utter_message(response=first, json_message=outcome.payload, **variables)
        for response in rest:
            if response == "utter_duration_band":
                dispatcher.utter_message(response=response, **outcome.band_variables)
            else:
                dispatcher.utter_message(response=response, **variables)

    @staticmethod
    def _record(conversation_id: str, outcome: Outcome) -> None:
        try:
            records.save_triage(conversation_id, outcome.record_kind, outcome.level, outcome.red_flag_records,
                                outcome.answers)
        except SQLAlchemyError as exc:  # the person still gets their answer; operators see the failure
            logger.error("Could not record the triage outcome (%s): check BACKCARE_DATABASE_URL",
                         type(exc).__name__)
