""""Delete my data" in the chat: the person confirmed (data/rules/privacy.yml), so their triage records,
activity plan and staff cases are deleted here (clinical/erasure.py), and saving this turn deletes the
stored conversation itself (stores/tracker.py, which watches for this action's name)."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.common import contacts, replies_to
from clinical.erasure import PERSON, erase_person_data

CONFIRM_QUESTION = "utter_confirm_delete_data"
DELETION_INTENTS = ("delete_my_data", "confirm_delete_data", "keep_my_data")
# A typed yes or no answers the deletion question when it comes right after it. (A red flag in the message
# gives it the intent red_flag instead: it goes its own way.)
TYPED_REPLIES = ("affirm", "deny")
# The same name as stores.tracker.ERASE_ACTION (a unit test checks it; the action server does not import
# the Rasa server's tracker store).
DELETE_MY_DATA = "action_delete_my_data"
logger = logging.getLogger(__name__)


def about_deleting_data(tracker: Tracker) -> bool:
    """Whether the latest message asks to delete the person's data or replies to "Do you want me to delete
    your data?". The triage and activity forms then step aside, so that the rules (data/rules/privacy.yml)
    answer it: neither is an answer to the form's question, and a typed "no" meant for the deletion
    question must never be taken as "no" to the safety question that waits."""
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    if intent in DELETION_INTENTS:
        return True
    return intent in TYPED_REPLIES and replies_to(tracker, CONFIRM_QUESTION)


class ActionDeleteMyData(Action):
    def name(self) -> str:
        return DELETE_MY_DATA

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        try:
            deleted = erase_person_data(tracker.sender_id, actor=PERSON)
            logger.info("A person's data was deleted at their request: %s", deleted.describe())
            dispatcher.utter_message(response="utter_data_deleted", **contacts(tracker))
        except SQLAlchemyError as exc:  # the conversation is still deleted; asking again deletes the rest
            logger.error("Could not delete a person's records on request (%s): check BACKCARE_DATABASE_URL",
                         type(exc).__name__)
            dispatcher.utter_message(response="utter_data_not_deleted", **contacts(tracker))
        # any question being asked stops: the conversation it belonged to is gone
        return [ActiveLoop(None)]
