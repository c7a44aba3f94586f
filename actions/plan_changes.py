"""A stored activity plan shown, and changed when the person asks in words ("can we make it 5 minutes
instead?", "I can only manage 3 days a week"): rebuilt from week 1 with the new minutes or days, whatever
the classifier took the message for (a progress report, a question, a correction)."""
from __future__ import annotations

import logging

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.common import contacts
from clinical import activity, plans

logger = logging.getLogger(__name__)


def say_plan(dispatcher: CollectingDispatcher, plan: activity.Plan, current_week: int) -> None:
    dispatcher.utter_message(text=activity.plan_table(plan, current_week),
                             json_message=activity.plan_payload(plan, current_week))


def change_plan_if_asked(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> bool:
    """True when the message asked to change the stored plan and was answered (changed, or why not). Not
    while a form is asking its questions: a plan being made is not the stored one."""
    change = activity.asked_plan_change(text)
    if change is None or tracker.active_loop_name:
        return False
    try:
        stored = plans.load_plan(tracker.sender_id)
        if stored is None:
            return False
        minutes = stored.tolerance_minutes if change.minutes is None else change.minutes
        days = change.days or stored.days
        if minutes == 0:  # a plan does not start from nothing
            raise activity.PlanInputError("no minutes")
        changed = plans.save_plan(tracker.sender_id, stored.plan.activity, minutes, days)
    except activity.PlanInputError:
        dispatcher.utter_message(response="utter_plan_change_unusable",
                                 max_minutes=activity.MAX_TOLERANCE_MINUTES)
        return True
    except SQLAlchemyError as exc:
        logger.error("Plan store unavailable for a plan change (%s): check BACKCARE_DATABASE_URL",
                     type(exc).__name__)
        dispatcher.utter_message(response="utter_plan_store_unavailable", **contacts(tracker))
        return True
    first = changed.plan.week(1)
    dispatcher.utter_message(response="utter_plan_changed" if change.minutes else "utter_plan_changed_days",
                             minutes=first.minutes_per_session, days=first.days)
    say_plan(dispatcher, changed.plan, current_week=1)
    return True
