"""The activity-plan actions: no plan after an escalation, answers checked, plans stored and moved."""
import pytest

from actions.activity import (
    NOT_NOW,
    ActionMakePlan,
    ActionShowPlan,
    ActionStartActivityPlan,
    ActionUpdatePlan,
    ValidateActivityForm,
)
from clinical import plans
from tests.conftest import make_tracker, user_event


@pytest.fixture(autouse=True)
def temporary_database(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKCARE_DATABASE_URL", f"sqlite:///{tmp_path / 'plans.db'}")


def responses(dispatcher):
    return [m.get("response") for m in dispatcher.messages]


async def test_no_plan_questions_after_an_urgent_outcome(dispatcher, domain):
    request = user_event("/ask_activity_plan", "ask_activity_plan")
    tracker = make_tracker([request], slots={"triage_level": "urgent"})
    events = await ActionStartActivityPlan().run(dispatcher, tracker, domain)
    assert {e["name"]: e["value"] for e in events} == {"activity": NOT_NOW, "tolerance_minutes": NOT_NOW,
                                                        "activity_days": NOT_NOW}
    waiting = make_tracker(slots={"triage_level": "urgent", "activity": NOT_NOW})
    await ActionMakePlan().run(dispatcher, waiting, domain)
    assert responses(dispatcher) == ["utter_no_plan_until_seen"]


async def test_an_activity_named_in_the_request_is_taken(dispatcher, domain):
    tracker = make_tracker([user_event("can I have a swimming plan?", "ask_activity_plan")])
    events = await ActionStartActivityPlan().run(dispatcher, tracker, domain)
    assert [(e["name"], e["value"]) for e in events] == [("activity", "swimming")]


@pytest.mark.parametrize(("method", "value", "expected", "complaint"), [
    ("validate_tolerance_minutes", "half an hour", 30, None),
    ("validate_tolerance_minutes", "banana", None, "utter_minutes_unclear"),
    ("validate_tolerance_minutes", "9999 minutes", None, "utter_minutes_unclear"),
    ("validate_activity_days", "every day", 7, None),
    ("validate_activity_days", "9 days", None, "utter_days_unclear"),
    ("validate_activity", "I love walking the dog", "walking", None),
    ("validate_activity", "", None, "utter_activity_unclear"),
])
def test_answers_are_checked_with_a_clear_re_ask(dispatcher, domain, method, value, expected, complaint):
    result = getattr(ValidateActivityForm(), method)(value, dispatcher, make_tracker(), domain)
    assert list(result.values()) == [expected]
    assert responses(dispatcher) == ([complaint] if complaint else [])


async def test_plan_is_made_stored_shown_moved_on_and_eased_back(dispatcher, domain):
    slots = {"activity": "walking", "tolerance_minutes": 10, "activity_days": 4, "duration_days": 200.0}
    await ActionMakePlan().run(dispatcher, make_tracker(slots=slots, sender_id="p1"), domain)
    assert "utter_plan_intro" in responses(dispatcher)
    assert any("Week 1: 8 min, 4 days" in (m.get("text") or "") for m in dispatcher.messages)
    assert plans.load_plan("p1").current_week == 1

    await ActionUpdatePlan().run(dispatcher, make_tracker([user_event("I managed week 2", "report_progress")],
                                                          sender_id="p1"), domain)
    assert plans.load_plan("p1").current_week == 3
    await ActionUpdatePlan().run(dispatcher, make_tracker([user_event("it flared up", "report_flare")],
                                                          sender_id="p1"), domain)
    assert plans.load_plan("p1").current_week == 2
    assert responses(dispatcher)[-1] == "utter_plan_flare"
    await ActionShowPlan().run(dispatcher, make_tracker(sender_id="p1"), domain)
    assert dispatcher.messages[-2]["response"] == "utter_plan_now" and dispatcher.messages[-2]["week"] == 2


async def test_no_stored_plan_offers_to_make_one(dispatcher, domain):
    await ActionShowPlan().run(dispatcher, make_tracker(sender_id="nobody"), domain)
    assert responses(dispatcher) == ["utter_no_plan_yet"]
