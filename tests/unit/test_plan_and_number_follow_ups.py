"""Follow-ups read from their words (clinical/moves.py): a plan report told as a pain score that changed
or as sessions missed, and a question about which number to call. Wordings of our own, in the kinds that
the read blind sets showed being misread (tests/data/blind/README_sealed16.md to README_sealed18.md)."""
import pytest

from clinical import moves


@pytest.mark.parametrize(("text", "report"), [
    ("pain went from a 2 to a 6 after the walk", "report_flare"),
    ("from 3/10 up to 8/10 since Tuesday", "report_flare"),
    ("pain's down from 6 to 3 now", "report_progress"),
    ("back to square one today", "report_flare"),
    ("from a 4 to a 4, no change", None),
])
def test_a_plan_report_told_as_a_score_that_changed(text, report):
    assert moves.plan_report(text) == report


@pytest.mark.parametrize("text", [
    "missed two of the walks this week", "I skipped Wednesday and Thursday", "only managed 2 days out of 4",
    "didn't get round to the walks", "too busy with work to do them", "haven't done them since Monday",
])
def test_sessions_missed_are_told_apart(text):
    assert moves.missed_plan_sessions(text)


@pytest.mark.parametrize("text", [
    "did all four walks, felt fine", "managed every day", "I didn't miss a single day", "week 2 done",
])
def test_a_whole_week_done_is_not_a_missed_week(text):
    assert not moves.missed_plan_sessions(text)


# --------------------------------------------------------------------------- which number, in the chat


@pytest.fixture()
def records(tmp_path, monkeypatch):
    from clinical import knowledge
    monkeypatch.setenv("BACKCARE_DATABASE_URL", f"sqlite:///{tmp_path / 'records.db'}")
    knowledge.load()


@pytest.mark.parametrize("text", ["what number do I ring?", "I'm in NZ, what's the number?"])
async def test_which_number_before_any_outcome_gets_both_lines_not_no_information(text, dispatcher, domain,
                                                                                  records):
    from actions.conversation import ActionStandFirm
    from tests.conftest import make_tracker, user_event

    await ActionStandFirm().run(dispatcher, make_tracker([user_event(text, "ask_getting_help")]), domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_numbers_before_outcome"]
    assert dispatcher.messages[0]["emergency_number"] and dispatcher.messages[0]["helpline"]


async def test_which_number_after_an_urgent_outcome_restates_it_with_where_to_go(dispatcher, domain, records):
    from actions.conversation import ActionStandFirm
    from tests.conftest import make_tracker, user_event

    tracker = make_tracker([user_event("which number should I call?", "ask_getting_help")],
                           slots={"triage_level": "urgent"})
    await ActionStandFirm().run(dispatcher, tracker, domain)
    said = [m["response"] for m in dispatcher.messages]
    assert said[:2] == ["utter_firm_urgent", "utter_firm_urgent_no_gp"]


# --------------------------------------------------------------------------- the NLU component's decision


@pytest.mark.parametrize("first", ["nlu_fallback", "start_over"])
def test_a_plan_report_behind_an_unsure_or_refused_guess_is_decided_by_the_words(first):
    from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
    from rasa.shared.nlu.training_data.message import Message

    from components.clinical_facts import ClinicalFactExtractor

    ranking = [{"name": first, "confidence": 0.3}, {"name": "report_progress", "confidence": 0.17},
               {"name": "report_flare", "confidence": 0.15}]
    message = Message({TEXT: "back to square one today", INTENT: ranking[0], INTENT_RANKING_KEY: ranking})
    ClinicalFactExtractor().process([message])
    assert message.get(INTENT)["name"] == "report_flare"


def test_a_refused_move_never_falls_through_to_deleting_data():
    from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
    from rasa.shared.nlu.training_data.message import Message

    from components.clinical_facts import ClinicalFactExtractor

    # the classifier was sure of a move the words do not make; the next guess is a deletion at almost nothing
    ranking = [{"name": "start_over", "confidence": 0.99}, {"name": "delete_my_data", "confidence": 0.004},
               {"name": "inform", "confidence": 0.003}]
    message = Message({TEXT: "ok lets go with it", INTENT: ranking[0], INTENT_RANKING_KEY: ranking})
    ClinicalFactExtractor().process([message])
    assert message.get(INTENT)["name"] == "inform"


def test_a_place_and_which_number_is_a_question_about_getting_help():
    from tests.unit.readings import routed

    assert routed("I'm in NZ, what's the number?", guess="out_of_scope") == "ask_getting_help"


# --------------------------------------------------------------------------- changing the plan in words


@pytest.mark.parametrize(("text", "minutes", "days"), [
    ("can we make the walks 5 minutes instead? 8 is too much", 5, None),
    ("could we do 12 minute walks instead of 20?", 12, None),
    ("honestly I can only manage about 6 minutes", 6, None),
    ("can I do 3 days a week instead of 4", None, 3),
    ("make it 5 instead please", 5, None),
])
def test_a_change_to_the_plan_asked_in_words(text, minutes, days):
    from clinical.activity import PlanChange, asked_plan_change

    assert asked_plan_change(text) == PlanChange(minutes, days)


@pytest.mark.parametrize("text", ["I walked 20 minutes instead of 10", "did all 4 walks, 10 minutes each",
                                  "the walks are fine", "how long should each walk be?"])
def test_a_report_or_a_question_is_no_change(text):
    from clinical.activity import asked_plan_change

    assert asked_plan_change(text) is None


async def _planned(dispatcher, domain, sender):
    from actions.activity import ActionMakePlan
    from tests.conftest import make_tracker

    slots = {"activity": "walking", "tolerance_minutes": 10, "activity_days": 4, "duration_days": 200.0}
    await ActionMakePlan().run(dispatcher, make_tracker(slots=slots, sender_id=sender), domain)
    dispatcher.messages.clear()


@pytest.mark.parametrize(("action", "intent"), [("activity.ActionUpdatePlan", "report_progress"),
                                                ("knowledge.ActionAnswerQuestion", "ask_question"),
                                                ("conversation.ActionCorrectAnswer", "correct_answer")])
async def test_the_plan_is_rebuilt_from_week_1_with_the_minutes_asked_for(action, intent, dispatcher, domain,
                                                                        records):
    import importlib

    from clinical import plans
    from tests.conftest import make_tracker, user_event

    await _planned(dispatcher, domain, "c1")
    plans.move_to_week("c1", 3)
    module, name = action.split(".")
    action_class = getattr(importlib.import_module(f"actions.{module}"), name)
    tracker = make_tracker([user_event("can we make the walks 5 minutes instead? 8 is too much", intent)],
                           slots={"triage_level": "self_care"}, sender_id="c1")
    await action_class().run(dispatcher, tracker, domain)
    stored = plans.load_plan("c1")
    assert (stored.current_week, stored.tolerance_minutes, stored.days) == (1, 5, 4)
    assert dispatcher.messages[0]["response"] == "utter_plan_changed"
    assert dispatcher.messages[0]["minutes"] == stored.plan.week(1).minutes_per_session <= 5
    assert "Week 1" in dispatcher.messages[1]["text"]


async def test_days_alone_keep_the_minutes(dispatcher, domain, records):
    from actions.knowledge import ActionAnswerQuestion
    from clinical import plans
    from tests.conftest import make_tracker, user_event

    await _planned(dispatcher, domain, "c3")
    asked = user_event("can I do 3 days a week instead of 4?", "ask_question")
    tracker = make_tracker([asked], sender_id="c3")
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    stored = plans.load_plan("c3")
    assert (stored.tolerance_minutes, stored.days) == (10, 3)
    assert dispatcher.messages[0]["response"] == "utter_plan_changed_days"


async def test_a_change_the_plan_cannot_use_says_what_it_can(dispatcher, domain, records):
    from actions.activity import ActionUpdatePlan
    from clinical import plans
    from tests.conftest import make_tracker, user_event

    await _planned(dispatcher, domain, "c2")
    asked = user_event("can we make it 900 minutes instead?", "report_progress")
    tracker = make_tracker([asked], sender_id="c2")
    await ActionUpdatePlan().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_plan_change_unusable"]
    assert plans.load_plan("c2").tolerance_minutes == 10  # unchanged


async def test_no_change_to_the_stored_plan_while_a_new_one_is_being_made(dispatcher, domain, records):
    from actions.knowledge import ActionAnswerQuestion
    from clinical import plans
    from tests.conftest import make_tracker, user_event

    await _planned(dispatcher, domain, "c4")
    plans.move_to_week("c4", 3)
    asked = user_event("can we make it 5 minutes instead of 20?", "ask_question")
    tracker = make_tracker([asked], sender_id="c4", active_loop="activity_form")
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert (plans.load_plan("c4").tolerance_minutes, plans.load_plan("c4").current_week) == (10, 3)
    assert "utter_plan_changed" not in [m["response"] for m in dispatcher.messages]
