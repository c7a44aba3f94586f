"""Cases for helpline staff: a conversation that needs a person is put in the staff console's queue with its
case summary (clinical/case_summary.py). A database failure never costs the person their answer."""
from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Tracker
from sqlalchemy.exc import SQLAlchemyError

from actions.common import answers_from, region_of
from clinical.case_summary import case_summary
from console import handoff, store

logger = logging.getLogger(__name__)


def raise_for_staff(tracker: Tracker, reason: str, answers: dict[str, Any] | None = None,
                    red_flag_words: dict[str, str] | None = None, waiting: bool = False) -> bool:
    """Queue this conversation for staff (or bring its open case up to date); False when the database
    could not be reached. `answers` and `red_flag_words` are the ones just decided, when the tracker does
    not hold them yet; `waiting`: the person waits on the chat for a member of staff."""
    region = region_of(tracker)
    summary = case_summary(answers if answers is not None else answers_from(tracker),
                           red_flag_words if red_flag_words is not None
                           else tracker.get_slot("red_flag_words") or {},
                           region=region.name, channel=tracker.get_latest_input_channel(),
                           activity={"activity": tracker.get_slot("activity"),
                                     "tolerance_minutes": tracker.get_slot("tolerance_minutes")})
    try:
        store.raise_case(tracker.sender_id, reason, summary, channel=summary["channel"], region=region.name,
                         handoff=waiting)
        return True
    except SQLAlchemyError as exc:
        logger.error("Could not queue the case for staff (%s): check BACKCARE_DATABASE_URL",
                     type(exc).__name__)
        return False


def staff_on_chat_now() -> bool:
    try:
        return handoff.staff_on_chat_now()
    except (SQLAlchemyError, ValueError) as exc:  # no database, or opening hours mistyped: no live chat
        logger.error("Cannot tell whether staff are on the console (%s)", type(exc).__name__)
        return False
