"""Conversation faults found by persona run 21: another possible red flag told in the reply to a check
question, and the outcome's reason disputed afterwards."""
from actions.conversation import ActionCorrectAnswer
from actions.triage import ValidateTriageForm
from clinical.triage import CHECK_SLOT
from tests.conftest import make_tracker, slots_of, user_event
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)
from tests.unit.test_red_flag_checks import payloads

_BLADDER_CHECK = {"code": "bladder_bowel", "words": "no not that i know. he did a wee when he went to the toilet"}


_OPENING = user_event("hi im typing for my grandad hes 84. his back got really bad all of a sudden like half an "
                      "hour ago, he was grand at dinner. what should he do", "describe_pain")


async def _validate(dispatcher, domain, text, intent="inform", **slots):
    tracker = make_tracker([_OPENING, user_event(text, intent)], slots=slots, active_loop="triage_form")
    return slots_of(await ValidateTriageForm().run(dispatcher, tracker, domain))


async def test_another_possible_flag_in_an_unreadable_check_reply_is_asked_about_first(dispatcher, domain):
    # s12: "went all grey and sweaty and said he was going to pass out ... his tummy hurts" to the bladder
    # check got "Sorry, I didn't quite get that" and the bladder check again, twice
    text = ("he tried to go to the toilet and went all grey and sweaty and said he was going to pass out. and "
            "hes saying his tummy hurts now too")
    slots = await _validate(dispatcher, domain, text, requested_slot=CHECK_SLOT, red_flag_check=_BLADDER_CHECK)
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
