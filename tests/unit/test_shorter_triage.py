"""A shorter triage when it is safe: the saddle area and sex asked together, and the details gathered in one
question; the mood question is still asked."""
import datetime as dt

import pytest

from actions.triage import ActionAskDetails, ActionStartTriage
from clinical.triage import QUESTIONS, QUICK_PATH, interpret, next_question, questions_left
from clinical.urgency import assess
from tests.conftest import make_tracker, user_event

SUNDAY = dt.date(2026, 11, 22)
SIGNS_NO = {q.slot: "no" for q in QUESTIONS if q.kind == "red_flag"}


def answer(text, requested, answers=None, intent="inform"):
    return interpret(text, intent, requested, answers or {}, [], today=SUNDAY)


# --------------------------------------------------------------------------- the saddle area and sex


def test_after_the_bladder_the_saddle_area_and_sex_are_asked_together():
    assert next_question({"bladder_bowel": "no"}) == "checklist_saddle"


def test_none_of_these_answers_both_signs_no():
    update = answer("no", "checklist_saddle", {"bladder_bowel": "no"}, intent="deny")
    assert update.values["saddle_numbness"] == "no" and update.values["sexual_dysfunction"] == "no"
    assert next_question({"bladder_bowel": "no", **update.values}) == "leg_weakness"


@pytest.mark.parametrize("text, intent", [("yes", "affirm"), ("not sure", "unsure")])
def test_a_yes_or_not_sure_brings_each_sign_on_its_own_and_assumes_neither(text, intent):
    answers = {"bladder_bowel": "no"}
    answers.update(answer(text, "checklist_saddle", answers, intent=intent).values)
    assert "saddle_numbness" not in answers and "sexual_dysfunction" not in answers
    assert next_question(answers) == "saddle_numbness"
    answers["saddle_numbness"] = "no"
    assert next_question(answers) == "sexual_dysfunction"


def test_a_sign_named_in_the_answer_escalates_at_once():
    update = answer("yes, I can't feel the toilet paper when I wipe", "checklist_saddle",
                    {"bladder_bowel": "no"}, intent="affirm")
    assert update.values["saddle_numbness"] == "yes"
    assert assess({"bladder_bowel": "no", **update.values}).level.label == "emergency"


def test_on_the_quick_path_the_nerve_list_already_names_both_and_the_pair_is_not_asked_again():
    answers = {QUICK_PATH: True, "checklist_nerves": "yes", "bladder_bowel": "no"}
    assert next_question(answers) == "saddle_numbness"  # after a yes to the list, one at a time


# --------------------------------------------------------------------------- the details in one question


def test_the_details_are_asked_together_once_the_safety_signs_are_answered():
    assert next_question(SIGNS_NO) == "details"


def test_a_reply_with_every_detail_answers_each_and_none_is_asked_again():
    update = answer("lower back, 3 weeks, lifting the kids, 41", "details", SIGNS_NO)
    assert {k: update.values[k] for k in ("location", "duration_days", "onset", "age")} == {
        "location": "lower_back", "duration_days": 21.0, "onset": "lifting", "age": 41}
    answers = {**SIGNS_NO, **update.values}
    assert next_question(answers) == "leg_pain"


def test_what_the_reply_leaves_out_is_asked_on_its_own():
    update = answer("about a fortnight, no idea how it started", "details", SIGNS_NO)
    answers = {**SIGNS_NO, **update.values}
    assert answers["details"] == "asked" and answers["duration_days"] == 14
    assert next_question(answers) == "location"  # then, after the pain's pattern, the age


def test_a_number_alone_is_the_age_but_years_alone_could_be_either_and_is_neither():
    assert answer("middle of my back, since tuesday, 63", "details", SIGNS_NO).values["age"] == 63
    update = answer("45 years", "details", SIGNS_NO)
    assert "age" not in update.values and "duration_days" not in update.values
    assert update.values["details"] == "asked"


def test_a_number_alone_while_the_duration_is_untold_could_be_either_and_is_neither():
    # "lower back, 14, lifting": fourteen years old, or fourteen days of pain? Both are asked on their own.
    update = answer("lower back, 14, lifting", "details", SIGNS_NO)
    assert "age" not in update.values and "duration_days" not in update.values
    assert update.values["location"] == "lower_back" and update.values["details"] == "asked"
    answers = {**SIGNS_NO, **update.values}
    assert next_question(answers) == "duration_days"


def test_a_number_alone_once_the_duration_is_known_is_the_age():
    told = {**SIGNS_NO, "duration_days": 10.0}
    assert answer("lower back, 14, lifting", "details", told).values["age"] == 14


def test_a_reply_that_says_nothing_moves_on_to_the_single_questions_and_assumes_nothing():
    update = answer("hmm not sure really", "details", SIGNS_NO)
    assert update.values == {"details": "asked"}
    assert not update.missed


@pytest.mark.parametrize("intent", ["nlu_fallback", "out_of_scope"])
def test_a_reply_the_classifier_could_not_place_still_moves_on(intent):
    # (the simulated patient repeated "twisting while vacuuming", already told, and was asked forever)
    opening = answer("I twisted my back vacuuming yesterday", None).values
    answers = {**SIGNS_NO, **opening}
    assert next_question(answers) == "details"
    update = answer("twisting while vacuuming", "details", answers, intent=intent)
    assert update.values.get("details") == "asked"
    assert next_question({**answers, **update.values}) == "location"


def test_a_side_question_instead_leaves_the_details_question_open():
    update = answer("why do you need all that?", "details", SIGNS_NO, intent="ask_why")
    assert "details" not in update.values


def test_with_one_detail_left_its_own_question_is_asked():
    answers = {**SIGNS_NO, "location": "lower_back", "duration_days": 3, "onset": "lifting"}
    assert next_question(answers) == "age"  # before the pain's pattern: the blood-vessel question needs it
    assert "details" not in _asked({**answers, "leg_pain": "no", "night_pain": "no",
                                    "morning_stiffness": "no", "sleep_work_impact": "no"})


def _asked(answers):
    asked, answers = [], dict(answers)
    while (slot := next_question(answers)) is not None and len(asked) < 40:
        asked.append(slot)
        answers[slot] = "no"
    return asked


# --------------------------------------------------------------------------- mood, and the count


def test_mood_is_asked_even_once_another_reason_has_given_soon():
    # (skipping it saved a message, but it is the one question that invites someone to say how low they feel)
    done = {**SIGNS_NO, "location": "lower_back", "duration_days": 3, "onset": "lifting", "age": 40,
            "leg_pain": "no", "night_pain": "no", "morning_stiffness": "no", "sleep_work_impact": "no"}
    assert next_question(done) == "mood"
    assert next_question({**done, "night_pain": "yes"}) == "mood"


def test_without_red_flags_the_one_by_one_path_is_four_questions_shorter():
    assert questions_left({}) == 15  # it was 19: the pair, and where / how long / how / age in one
    assert questions_left({QUICK_PATH: True}) == 8


# --------------------------------------------------------------------------- the details question as said


async def test_the_details_question_names_only_what_was_not_told(dispatcher, domain):
    tracker = make_tracker([user_event("no", "deny")], slots={"duration_days": 1.0, "onset": "twisting"})
    await ActionAskDetails().run(dispatcher, tracker, domain)
    message = dispatcher.messages[0]
    assert message["response"] == "utter_ask_details"
    said = domain["responses"]["utter_ask_details"][0]["text"].format(wanted=message["wanted"])
    assert said == ("Now a few details, in one message if you like: "
                    "where exactly is the pain and how old are you?")


async def test_with_nothing_told_all_four_are_asked_for(dispatcher, domain):
    await ActionAskDetails().run(dispatcher, make_tracker([user_event("no", "deny")]), domain)
    assert dispatcher.messages[0]["wanted"] == ("where exactly is the pain, how long have you had it, "
                                                "how did it start and how old are you")


async def test_the_start_says_how_many_questions_one_at_a_time_and_as_lists(dispatcher, domain):
    opening = user_event("I've had lower back pain for 2 weeks after lifting", "describe_pain")
    await ActionStartTriage().run(dispatcher, make_tracker([opening]), domain)
    start = next(m for m in dispatcher.messages if m["response"] == "utter_triage_start")
    said = domain["responses"]["utter_triage_start"][0]["text"].format(**start)
    assert "about 15 in all" in said and "about 8 questions in all" in said  # the age is still to come
    assert start["count"] > start["quick_count"]
