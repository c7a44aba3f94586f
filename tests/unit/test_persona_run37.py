"""Persona run 37 (tests/data/personas/results_run37_*.md) and blind vignette set 5's development part: what
they found, mended."""

from actions.outcome import ActionTriageOutcome
from clinical.triage import EMERGENCY_SCREEN, next_question
from tests.conftest import make_tracker, slots_of, user_event
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)


# aa12: "had colon cancer 5 yrs ago ... now he says his legs feel weird" gave `urgent` and no more questions,
# so numbness in both legs (an emergency) was never found
def test_an_urgent_sign_alone_ends_the_questions_as_before():
    assert next_question({"cancer_history": "yes", "age": 74}) is None


def test_after_an_early_urgent_outcome_the_emergency_questions_are_asked():
    answers = {"cancer_history": "yes", "age": 74, EMERGENCY_SCREEN: True}
    asked = []
    while (slot := next_question(answers)) is not None:
        asked.append(slot)
        answers[slot] = "no"
        if slot == "checklist_saddle":
            answers.update(saddle_numbness="no", sexual_dysfunction="no")
    assert asked == ["bladder_bowel", "checklist_saddle", "leg_weakness", "leg_numbness", "major_trauma",
                     "vascular"]
    assert "fever" not in asked and "night_pain" not in asked  # (they cannot raise it to an emergency)


def test_a_yes_on_the_screen_brings_its_follow_up():
    answers = {"cancer_history": "yes", EMERGENCY_SCREEN: True, "bladder_bowel": "no",
               "saddle_numbness": "no", "sexual_dysfunction": "no", "checklist_saddle": "no",
               "leg_weakness": "no", "leg_numbness": "yes"}
    assert next_question(answers, "leg_numbness") == "both_legs"


def test_the_injury_question_is_left_out_when_the_start_is_known_to_be_something_else():
    answers = {"immunosuppression": "yes", "onset": "lifting", "age": 40, EMERGENCY_SCREEN: True,
               "bladder_bowel": "no", "saddle_numbness": "no", "sexual_dysfunction": "no",
               "checklist_saddle": "no", "leg_weakness": "no", "leg_numbness": "no"}
    assert next_question(answers) is None


async def test_an_urgent_outcome_in_the_first_message_goes_on_to_the_emergency_questions(dispatcher, domain):
    text = ("hi, typing this for my dad, he's 74. his back has been bad for 3 weeks. he had colon cancer "
            "5 yrs ago but got the all clear")
    tracker = make_tracker([user_event(text, "red_flag")], slots={"cancer_history": "yes", "age": 74})
    events = await ActionTriageOutcome().run(dispatcher, tracker, domain)
    responses = said(dispatcher)
    assert responses[0] == "utter_escalate_urgent"
    assert responses[-1] == "utter_emergency_screen"
    assert slots_of(events)[EMERGENCY_SCREEN] is True
    assert slots_of(events)["triage_progress"]["level_said"] == "urgent"  # (no "URGENT so far" again)
    assert any(e.get("event") == "followup" and e["name"] == "triage_form" for e in events)


async def test_the_screen_is_not_started_twice_nor_after_the_questions(dispatcher, domain):
    done = {"cancer_history": "yes", "bladder_bowel": "no", "saddle_numbness": "no", "leg_weakness": "no",
            "leg_numbness": "no"}
    tracker = make_tracker([user_event("no", "deny")], slots=done)
    events = await ActionTriageOutcome().run(dispatcher, tracker, domain)
    assert "utter_emergency_screen" not in said(dispatcher)
    assert not any(e.get("event") == "followup" for e in events)


async def test_no_screen_after_an_emergency(dispatcher, domain):
    tracker = make_tracker([user_event("I've wet myself and I had cancer", "red_flag")],
                           slots={"cancer_history": "yes", "bladder_bowel": "yes"})
    await ActionTriageOutcome().run(dispatcher, tracker, domain)
    assert "utter_emergency_screen" not in said(dispatcher)
