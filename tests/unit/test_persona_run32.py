"""What persona run 32 and blind set 72 found (tests/data/personas/results_run32*.md,
tests/data/blind/README_sealed72.md), each with the reading that failed."""
import pytest
from rasa_sdk.events import FollowupAction

from actions.handoff import ActionAskForPerson
from actions.triage import ActionExplainQuestion, ValidateTriageForm
from clinical import parsing
from clinical.language import find_mentions
from clinical.triage import interpret
from tests.conftest import make_tracker, slots_of, user_event
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)


def read(text, requested=None, answers=None, intent="describe_pain"):
    return interpret(text, intent, requested, answers or {}, [])


# e02 (an emergency on the first message): "just about passed out when it grabbed me lol"
def test_nearly_passing_out_said_laughing_is_checked_not_escalated():
    update = read("g'day, did me back in yesterday arvo hauling a fender bag off the pontoon, just about "
                  "passed out when it grabbed me lol. what can i take for it")
    assert update.values.get("vascular") != "yes"
    assert "vascular" in update.to_check


def test_nearly_passing_out_with_a_sudden_tearing_pain_still_escalates():
    assert read("sudden tearing back pain and i nearly passed out").values.get("vascular") == "yes"


# e07 (soon for the wrong reason): "new dad here, 7 week old" was read as seven weeks of pain
@pytest.mark.parametrize("text", ["hey, new dad here, 7 week old, doing most of the night feeds",
                                  "my 3-month-old won't settle"])
def test_a_babys_age_is_no_length_of_pain(text):
    assert parsing.duration_days(text) is None


def test_a_length_of_pain_beside_a_babys_age_is_read():
    assert parsing.duration_days("my 6-month-old and I, back sore 2 weeks") == 14


# e06: "Never in my life, and nothing set it off ... I'm 63. Why does my age come into it?" was explained and
# then asked again word for word
async def test_facts_told_beside_why_are_kept(dispatcher, domain):
    text = ("Never in my life, and nothing set it off that I know of. That's what's odd about it. I'm 63. "
            "Why does my age come into it?")
    tracker = make_tracker([user_event(text, "ask_why")], slots={"requested_slot": "details"},
                           active_loop="triage_form")
    events = await ActionExplainQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher) in (["utter_explain_details"], ["utter_explain_generic"])
    assert slots_of(events)["age"] == 63 and slots_of(events)["onset"] == "no_clear_cause"


async def test_a_safety_answer_beside_why_is_left_to_the_form(dispatcher, domain):
    tracker = make_tracker([user_event("why do you ask? and yes I have wet myself", "ask_why")],
                           slots={"requested_slot": "bladder_bowel"}, active_loop="triage_form")
    events = await ActionExplainQuestion().run(dispatcher, tracker, domain)
    assert "bladder_bowel" not in slots_of(events)


# e01: "n. clothes fit same" to the weight question was not understood
def test_n_with_more_after_it_is_no():
    assert read("n. clothes fit same", "weight_loss", intent="deny").values.get("weight_loss") == "no"
    assert parsing.polarity("nan says hi") is None


# e04: "sorry!! 7 DAYS not weeks lol" and "theres no pain in my leg lol" were not understood
_E04 = {"duration_days": 49, "leg_pain": "yes", "onset": "lifting", "location": "lower_back"}


@pytest.mark.parametrize("text, days", [("sorry!! 7 DAYS not weeks lol. it was last monday", 7),
                                        ("sorry, 3 weeks not 3 days", 21)])
def test_a_unit_corrected_changes_the_length(text, days):
    update = read(text, "bladder_bowel", _E04, "inform")
    assert update.corrected["duration_days"] == (49, days)


def test_no_pain_in_the_leg_answers_whether_it_is_worse_and_takes_back_leg_pain():
    update = read("theres no pain in my leg lol, its just my back and the top of my right bum cheek",
                  "leg_pain_worse", _E04, "inform")
    assert update.values["leg_pain_worse"] == "no"
    assert update.corrected["leg_pain"] == ("yes", "no")


# --- set 72 -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("on a cruise contract for 9 months, what if my back goes and I start losing weight, who do I see on "
     "board", "weight_loss"),
    ("what would numbness between my legs mean if it happened? it hasn't, just curious as I sit all day",
     "saddle_numbness"),
])
def test_a_sign_supposed_is_not_told(text, code):
    assert not [m for m in find_mentions(text) if m.code == code and m.status == "present"
                and not m.hypothetical]


@pytest.mark.parametrize("text, code", [
    ("what if it's serious and I have been losing weight for months", "weight_loss"),
    ("what would numbness between my legs mean? i have it now", "saddle_numbness"),
])
def test_a_sign_told_beside_a_what_if_is_still_told(text, code):
    assert [m for m in find_mentions(text) if m.code == code and m.status == "present" and not m.hypothetical]


def test_a_chest_infection_is_no_vascular_sign():
    text = "steroid tablets for a week in january for a chest thing, long finished. back ache now from bowls"
    assert not [m for m in find_mentions(text) if m.code == "vascular"]
    assert [m for m in find_mentions("chest pain and back pain, feel faint") if m.code == "vascular"]


# e09: "I've hurt my back lifting a car seat, nearly a week ago. Is there a number I can ring to speak to an
# actual nurse ...?" got the contact, and her pain was not asked about until her sixth message
async def test_a_request_for_a_person_with_own_pain_told_starts_the_questions_too(dispatcher, domain):
    text = ("I've hurt my back lifting a car seat, nearly a week ago. Is there a number I can ring to speak "
            "to an actual nurse rather than typing to a computer?")
    tracker = make_tracker([user_event(text, "request_human")])
    events = await ActionAskForPerson().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_handoff" and "utter_triage_meanwhile" in said(dispatcher)
    assert FollowupAction("triage_form") in events


async def test_a_request_for_a_person_alone_gets_only_the_contact(dispatcher, domain):
    tracker = make_tracker([user_event("can I talk to a real person please", "request_human")])
    events = await ActionAskForPerson().run(dispatcher, tracker, domain)
    assert "utter_triage_meanwhile" not in said(dispatcher) and events == []


# e09: "I asked how quickly I need to see my doctor about my back" before any question got "Each question
# helps me ..." twice, and no question
async def test_how_soon_to_see_a_doctor_asked_as_why_starts_the_questions(dispatcher, domain):
    tracker = make_tracker([user_event("You've said that already. I asked how quickly I need to see my "
                                       "doctor about my back.", "ask_why")])
    events = await ActionExplainQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_triage_to_answer"
    assert FollowupAction("triage_form") in events


# Replay of run 32 (results_run32_replay_a.md)
# e06 (urgent for a soon case): "I know what losing weight means. But why would it matter for my back?" was
# weight lost; "A bit uneasy after all the talk of cancer" was a cancer; "I told you that a minute ago" made
# three weeks of pain minutes old
def test_knowing_what_a_word_means_tells_nothing():
    update = read("I know what losing weight means. But why would it matter for my back?", "weight_loss",
                  intent="ask_why")
    assert "weight_loss" not in update.values
    assert read("i know what it is, i have lost 6 kilos without trying", "weight_loss",
                intent="inform").values["weight_loss"] == "yes"


def test_the_talk_of_cancer_is_no_cancer_and_uneasy_is_a_calm_answer():
    update = read("A bit uneasy after all the talk of cancer", "mood", {"duration_days": 21}, "inform")
    assert update.values == {"mood": "not_high"}


def test_when_something_was_said_is_no_length_of_pain():
    update = read("I told you that a minute ago", "details", {"duration_days": 21, "age": 63}, "inform")
    assert "duration_days" not in update.values


# e09: "Fine, go on then, but I'd still like a real person at the end of it" answered the bladder question no;
# "Quicker, please" was taken as "why do you ask?"
@pytest.mark.parametrize("text", ["Fine, go on then, but I'd still like a real person at the end of it",
                                  "go ahead"])
def test_consent_to_go_on_answers_no_question(text):
    assert "bladder_bowel" not in read(text, "bladder_bowel", intent="affirm").values


def test_an_answer_after_consent_is_still_taken():
    update = read("yes go on, no problems there", "bladder_bowel", intent="inform")
    assert update.values["bladder_bowel"] == "no"


async def test_quicker_please_turns_the_lists_on(dispatcher, domain):
    tracker = make_tracker([user_event("Quicker, please", "ask_why")],
                           slots={"requested_slot": "leg_weakness"}, active_loop="triage_form")
    slots = slots_of(await ValidateTriageForm().run(dispatcher, tracker, domain))
    assert slots["quick_path"] is True and "utter_quick_path_on" in said(dispatcher)
    assert slots["requested_slot"].startswith("checklist_")  # the first list not yet answered


# e05: "I've been sent home early four times and missed three full days" to the work question brought a
# bladder check and was asked again
def test_sent_home_and_missed_days_stop_work():
    update = read("I've been sent home early four times and missed three full days. I can't get through a "
                  "morning session without standing up.", "sleep_work_impact", intent="inform")
    assert update.values["sleep_work_impact"] == "yes" and not update.to_check
