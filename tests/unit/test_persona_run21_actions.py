"""Conversation faults found by persona run 21: another possible red flag told in the reply to a check
question, and the outcome's reason disputed afterwards."""
import pytest

from actions.conversation import ActionCorrectAnswer
from actions.triage import ValidateTriageForm
from clinical.triage import CHECK_SLOT
from tests.conftest import make_tracker, slots_of, user_event
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)
from tests.unit.test_red_flag_checks import payloads

_BLADDER_CHECK = {"code": "bladder_bowel",
                  "words": "no not that i know. he did a wee when he went to the toilet"}


_OPENING = user_event("hi im typing for my grandad hes 84. his back got really bad all of a sudden like half "
                      "an hour ago, he was grand at dinner. what should he do", "describe_pain")


async def _validate(dispatcher, domain, text, intent="inform", **slots):
    tracker = make_tracker([_OPENING, user_event(text, intent)], slots=slots, active_loop="triage_form")
    return slots_of(await ValidateTriageForm().run(dispatcher, tracker, domain))


async def test_another_possible_flag_in_an_unreadable_check_reply_is_asked_about_first(dispatcher, domain):
    # s12: "went all grey and sweaty and said he was going to pass out ... his tummy hurts" to the bladder
    # check got "Sorry, I didn't quite get that" and the bladder check again, twice
    text = ("he tried to go to the toilet and went all grey and sweaty and said he was going to pass out. "
            "and hes saying his tummy hurts now too")
    slots = await _validate(dispatcher, domain, text, requested_slot=CHECK_SLOT,
                            red_flag_check=_BLADDER_CHECK)
    assert payloads(dispatcher) == [{"triage": {"confirm": "vascular"}}]
    assert "utter_triage_missed" not in said(dispatcher)
    assert slots["requested_slot"] == CHECK_SLOT
    assert slots[CHECK_SLOT]["code"] == "vascular" and slots[CHECK_SLOT]["then"] == _BLADDER_CHECK


async def test_the_check_put_off_is_asked_once_the_other_is_settled(dispatcher, domain):
    pending = {"code": "vascular", "words": "went all grey", "then": _BLADDER_CHECK}
    slots = await _validate(dispatcher, domain, "/deny", "deny", requested_slot=CHECK_SLOT,
                            red_flag_check=pending)
    assert slots["vascular"] == "no"
    assert payloads(dispatcher) == [{"triage": {"confirm": "bladder_bowel"}}]
    assert slots[CHECK_SLOT] == _BLADDER_CHECK and slots["requested_slot"] == CHECK_SLOT


async def test_a_new_possible_flag_beside_the_checks_answer_is_checked_next(dispatcher, domain):
    # "no he did a wee fine, but his tummy hurts": the bladder check answered, the belly pain not dropped
    slots = await _validate(dispatcher, domain, "no he did a wee fine. but his tummy hurts too",
                            requested_slot=CHECK_SLOT, red_flag_check=_BLADDER_CHECK)
    assert slots["bladder_bowel"] == "no"
    assert payloads(dispatcher) == [{"triage": {"confirm": "vascular"}}]
    assert slots[CHECK_SLOT]["code"] == "vascular"


async def test_a_settled_check_with_nothing_more_closes(dispatcher, domain):
    slots = await _validate(dispatcher, domain, "no, he did a wee fine", requested_slot=CHECK_SLOT,
                            red_flag_check=_BLADDER_CHECK)
    assert slots[CHECK_SLOT] is None and slots["requested_slot"] != CHECK_SLOT
    assert payloads(dispatcher) == []


async def test_an_outcome_reason_disputed_changes_the_outcome(dispatcher, domain):
    # s03: "hang on, i never had a fever" after an urgent outcome for chills he had denied got the
    # activity-plan offer, and the urgent outcome stood
    answers = {slot: "no" for slot in ("bladder_bowel", "saddle_numbness", "sexual_dysfunction",
                                       "leg_weakness", "leg_numbness", "major_trauma", "vascular",
                                       "weight_loss", "cancer_history", "immunosuppression", "leg_pain",
                                       "night_pain", "morning_stiffness", "sleep_work_impact", "improving")}
    slots = {**answers, "fever": "yes", "duration_days": 5.0, "age": 58, "location": "lower_back",
             "onset": "lifting", "first_episode": "no", "mood": "ok", "triage_level": "urgent"}
    tracker = make_tracker([user_event("hang on, i never had a fever. just cold in the shed first thing",
                                       "correct_answer")], slots=slots)
    events = slots_of(await ActionCorrectAnswer().run(dispatcher, tracker, domain))
    assert events["fever"] == "no"
    assert events["triage_level"] == "self_care"
    assert "utter_outcome_changed" in said(dispatcher)


_ALL_NO = {slot: "no" for slot in ("bladder_bowel", "saddle_numbness", "sexual_dysfunction", "leg_weakness",
                                   "leg_numbness", "major_trauma", "vascular", "fever", "weight_loss",
                                   "cancer_history", "immunosuppression", "leg_pain", "night_pain",
                                   "morning_stiffness", "sleep_work_impact", "improving")}


async def test_a_red_flag_told_instead_of_a_checks_answer_is_not_met_with_not_understood(dispatcher, domain):
    # s09: "actually ... i had bad shakes and woke up drenched" to the weight check got "Sorry, I didn't
    # quite get that" and the weight check, then URGENT in the same turn
    pending = {"code": "weight_loss", "words": "not eatin much last few days"}
    slots = await _validate(dispatcher, domain, "oh and he had a fever of 39 last night",
                            requested_slot=CHECK_SLOT, red_flag_check=pending)
    assert slots.get("fever") == "yes"
    assert "utter_triage_missed" not in said(dispatcher) and slots[CHECK_SLOT] is None


@pytest.mark.parametrize("text, expected", [
    ("is sleeping on the couch bad for it", None),  # s01: answered from the sources, not "no plan yet"
    ("I will telephone my daughter and see about going in today. Thank you kindly", "utter_thank")])
async def test_a_message_read_as_a_plan_report_with_no_plan_is_answered_as_what_it_is(dispatcher, domain,
                                                                                      text, expected):
    from actions.activity import ActionUpdatePlan
    tracker = make_tracker([user_event(text, "report_progress")],
                           slots={**_ALL_NO, "triage_level": "self_care", "duration_days": 5.0})
    await ActionUpdatePlan().run(dispatcher, tracker, domain)
    assert "utter_no_plan_yet" not in said(dispatcher)
    if expected:
        assert expected in said(dispatcher)
    else:
        assert any(m.get("text") for m in dispatcher.messages)  # the sources' answer


async def test_a_held_question_right_after_an_escalation_gets_that_outcome_restated(dispatcher, domain):
    # s09 to s12: "Now, the question you asked earlier:" was followed by "I can tell you how soon to get help
    # once I know a little about your back pain", after the outcome had just been given
    from actions.outcome import ActionTriageOutcome
    slots = {**_ALL_NO, "fever": "yes", "duration_days": 7.0, "age": 44, "location": "lower_back",
             "onset": "lifting", "mood": "ok", "held_questions": ["how do i get through it"]}
    tracker = make_tracker([user_event("no", "deny")], slots=slots)
    await ActionTriageOutcome().run(dispatcher, tracker, domain)
    assert "utter_firm_no_triage" not in said(dispatcher)


async def test_urgent_care_asked_about_after_the_outcome_is_explained(dispatcher, domain):
    from actions.knowledge import ActionAnswerQuestion
    tracker = make_tracker([user_event("What exactly is urgent care, dear? Is that the same as the emergency "
                                       "room?", "ask_question")], slots={"triage_level": "urgent"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_explain_urgent_care"
