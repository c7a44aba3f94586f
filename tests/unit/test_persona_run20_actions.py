"""Persona run 20, after the outcome: an emergency's "can I drive myself or not? partner's at work till 6" got
"don't wait" with nothing on how to get there, and an urgent outcome's "My daughter could drive me tomorrow
afternoon. Would that do?" got the outcome and then advice on keeping active (from "drive")."""
import pytest

from actions.conversation import ActionStandFirm
from actions.knowledge import ActionAnswerQuestion
from actions.outcome import ActionTriageOutcome
from actions.triage import ActionExplainQuestion, ActionStartTriage
from clinical import moves
from tests.conftest import make_tracker, user_event
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)


async def stand_firm(dispatcher, domain, text, level):
    tracker = make_tracker([user_event(text, "ask_getting_help")], slots={"triage_level": level})
    await ActionStandFirm().run(dispatcher, tracker, domain)
    return said(dispatcher)


async def test_driving_oneself_after_an_emergency_gets_the_way_there(dispatcher, domain):
    responses = await stand_firm(dispatcher, domain, "ok ok. but can I drive myself or not? partners at work "
                                                     "till 6", "emergency")
    assert responses[0] == "utter_firm_emergency" and "utter_firm_emergency_transport" in responses


@pytest.mark.parametrize("text", [
    "My daughter could drive me tomorrow afternoon, after her work. Would that do?",
    "I will see the GP tomorrow, would that be ok?"])
async def test_tomorrow_offered_after_an_urgent_outcome_is_a_wait(dispatcher, domain, text):
    assert moves.getting_help_question(text) == "wait"
    responses = await stand_firm(dispatcher, domain, text, "urgent")
    assert responses[:2] == ["utter_firm_urgent", "utter_firm_urgent_no_gp"]
    assert "text" not in responses  # no knowledge-base answer on keeping active


async def test_a_medicine_named_as_tried_in_an_opening_starts_the_questions(dispatcher, domain):
    # t02: "panadol does nothing. what can i do" got only a paragraph on paracetamol and no questions
    text = "got a crook back and its going down my left leg now. 2 weeks. panadol does nothing. what can i do"
    tracker = make_tracker([user_event(text, "ask_question")])
    events = await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert "utter_triage_first" in said(dispatcher)
    assert any(e.get("name") == "held_questions" and e.get("value") for e in events)


async def test_a_medicine_asked_about_in_an_opening_is_still_answered_at_once(dispatcher, domain):
    tracker = make_tracker([user_event("sore back since monday, can I take ibuprofen with my warfarin?",
                                       "ask_question")])
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert "utter_triage_first" not in said(dispatcher)


async def test_two_questions_on_one_topic_get_one_answer(dispatcher, domain):
    # t05: "Does Mason need to see a doctor, and how soon?" got the same block of warning signs twice
    tracker = make_tracker([user_event("do I need an x-ray and would an MRI show more?", "ask_question")],
                           slots={"triage_level": "self_care"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    topics = [m["custom"]["knowledge"]["topic"] for m in dispatcher.messages
              if (m.get("custom") or {}).get("knowledge")]
    assert topics == ["imaging"]


async def test_what_do_you_mean_after_the_outcome_restates_it(dispatcher, domain):
    # t08: "What do you mean by that?" after a self-care outcome got "Each question helps me work out ..."
    tracker = make_tracker([user_event("What do you mean by that?", "ask_why")],
                           slots={"triage_level": "self_care"})
    await ActionExplainQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_firm_self_care" and "utter_explain_generic" not in said(dispatcher)


def test_are_you_telling_me_its_something_nasty_is_a_fear():
    assert moves.fears_something_serious("What do you mean by that? Are you telling me it's something nasty?")


async def test_an_activity_question_after_an_emergency_is_left_to_the_doctor(dispatcher, domain):
    # t06 replayed: "will I be right to play saturday? its a semi" after "call 111 now" got advice on
    # keeping active ("some pain while you move is safe")
    tracker = make_tracker([user_event("will I be right to play saturday? its a semi final", "ask_question")],
                           slots={"triage_level": "emergency"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert "utter_activity_after_escalation" in said(dispatcher)
    assert not any("keeping working is good" in (m.get("text") or "") for m in dispatcher.messages)


async def test_a_check_confirmed_in_words_that_deny_one_part_is_not_taken_back_at_the_outcome(dispatcher,
                                                                                               domain):
    # found testing the replay's fix: the form took "yeah i guess? like I said ..., no leaking tho" as yes to
    # the bladder check; the outcome, reading the message again, took "like I said ... no leaking" for a
    # correction, gave self-care and never asked the other questions
    text = "yeah i guess? like I said its taking ages to get going since yesterday, no leaking tho"
    events = [user_event("sore lower back for about 9 days", "describe_pain"), user_event(text, "affirm"),
              {"event": "slot", "name": "bladder_bowel", "value": "yes"}]
    words = {"bladder_bowel": "sit there ages to get it going"}
    slots = {"bladder_bowel": "yes", "duration_days": 9.0, "red_flag_words": words}
    tracker = make_tracker(events, slots=slots)
    result = await ActionTriageOutcome().run(dispatcher, tracker, domain)
    level = next(e["value"] for e in result if e.get("name") == "triage_level")
    assert level == "emergency"
    assert "utter_corrected" not in said(dispatcher)


@pytest.mark.parametrize("text, for_someone", [
    ("Hi, I'm asking for my son, who is 16. He's had low back pain on and off for about four months.", True),
    ("My dad (74) just got a really bad pain in his back", True),
    ("I've had low back pain for four months", False)])
async def test_someone_typing_for_the_patient_is_told_who_you_means(dispatcher, domain, text, for_someone):
    # t05: a mother typing for her son of 16 was asked "how old are you?" and "how are you feeling?"
    tracker = make_tracker([user_event(text, "describe_pain")])
    await ActionStartTriage().run(dispatcher, tracker, domain)
    responses = said(dispatcher)
    assert ("utter_questions_for_someone" in responses) is for_someone
    assert "utter_triage_start" in responses
