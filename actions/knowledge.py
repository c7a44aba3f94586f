"""Questions about back pain and its care, answered from the knowledge base with their sources."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.common import contacts, latest_text_and_intent
from clinical import knowledge
from clinical.medicines import needs_pharmacist_or_doctor
from clinical.parsing import duration_band

logger = logging.getLogger(__name__)
WHAT_TO_DO = {"emergency": "call {emergency_number} or go to an emergency department now",
              "urgent": "see a doctor today"}
# The red flags an answer names, each said at its own level (clinical/findings.py) with the region's numbers.
SIGNS_AT_LEVEL = {"emergency": "utter_knowledge_signs_emergency", "urgent": "utter_knowledge_signs_urgent"}


class ActionAnswerQuestion(Action):
    def name(self) -> str:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        text, _ = latest_text_and_intent(tracker)
        if needs_pharmacist_or_doctor(text):  # never a dose, never start/stop/combine advice
            dispatcher.utter_message(response="utter_medicine_ask_professional", **contacts())
            return []
        try:
            topics = knowledge.match_topics(text, knowledge.topics_in_database())
            band = duration_band(tracker.get_slot("duration_days"))
            legs = {"yes": True, "no": False}.get(tracker.get_slot("leg_pain"))
            result = knowledge.answer(topics[0], band, legs) if topics else None
        except SQLAlchemyError as exc:
            logger.error("Knowledge base unavailable (%s): check BACKCARE_DATABASE_URL and run "
                         "`python -m clinical.knowledge load`", type(exc).__name__)
            result = None
        if result is None:
            dispatcher.utter_message(response="utter_no_information", **contacts())
            return []
        level = tracker.get_slot("triage_level")
        if level in WHAT_TO_DO:  # after an escalation, never answer as if nothing happened
            dispatcher.utter_message(response="utter_reminder_after_escalation",
                                     what_to_do=WHAT_TO_DO[level].format(**contacts()))
        dispatcher.utter_message(text=result.as_text())
        say_signs(dispatcher, result)
        return []


def say_signs(dispatcher: CollectingDispatcher, result: knowledge.Answer) -> None:
    """After the answer, each red flag it names with what to do at that flag's level, as triage says it."""
    for group in result.signs_by_level():
        dispatcher.utter_message(response=SIGNS_AT_LEVEL[group.level], **contacts(),
                                 signs="\n".join(f"- {summary}" for summary in group.summaries))
    if result.names_crisis:
        dispatcher.utter_message(response="utter_escalate_crisis", **contacts())
