"""Answers read with their qualifiers, casual button words, answers that do not fit, and corrections
(issue 10): the person's own words decide, and an answer can be changed at any time."""
import datetime as dt

import pytest

from clinical import parsing
from clinical.triage import UNKNOWN, interpret

SUNDAY = dt.date(2026, 11, 22)


def answer(text, requested, answers=None, intent="inform", explained=()):
    return interpret(text, intent, requested, answers or {}, list(explained), today=SUNDAY)


@pytest.mark.parametrize("text, expected", [
    ("only stiff for about 10 minutes", "no"),
    ("My stiffness is NOT more than 30 minutes", "no"),
    ("less than half an hour", "no"),
    ("maybe 20 mins then it loosens up", "no"),
    ("yeah about an hour before I can move properly", "yes"),
    ("over 45 minutes most mornings", "yes"),
    ("a couple of hours", "yes"),
])
def test_minutes_of_stiffness_decide_the_stiffness_question(text, expected):
    update = answer(text, "morning_stiffness", intent="affirm")
    assert update.values.get("morning_stiffness") == expected
    assert "duration_days" not in update.values  # minutes of stiffness are not how long the pain has lasted


def test_a_duration_about_something_else_is_not_the_pains_duration():
    update = answer("no fever, just menopausal sweats I've had for a year", "fever")
    assert update.values == {"fever": "no"}


@pytest.mark.parametrize("text", ["4", "7", "10"])
def test_a_number_is_no_answer_to_a_yes_no_question(text):
    for intent in ("inform", "affirm"):
        update = answer(text, "night_pain", intent=intent)
        assert "night_pain" not in update.values and update.missed


@pytest.mark.parametrize("text", ["like a 4", "0", "150", "3"])
def test_an_age_that_is_no_age_is_asked_again(text):
    update = answer(text, "age")
    assert "age" not in update.values and update.missed


@pytest.mark.parametrize("text", ["4/10", "about a 6 out of 10"])
def test_a_pain_score_given_for_the_age_is_kept_as_the_score_and_the_age_asked_again(text):
    update = answer(text, "age")
    assert "age" not in update.values and update.values["severity"] in (4, 6)


def test_a_plain_age_is_still_taken():
    assert answer("67", "age").values["age"] == 67
    assert answer("I'm 34", "age").values["age"] == 34


@pytest.mark.parametrize("text, expected", [
    ("a lil", "partly"), ("lil bit", "partly"), ("kinda", "partly"), ("a tad", "partly"),
    ("nup", "no"), ("naw", "no"), ("yeh", "yes"), ("yh", "yes"),
])
def test_casual_forms_of_the_button_words(text, expected):
    assert answer(text, "sleep_work_impact").values.get("sleep_work_impact") == expected


def test_i_dont_know_to_a_nerve_question_is_explained_then_asked_again():
    first = answer("I don't know", "leg_pain")
    assert first.explain == "leg_pain" and "leg_pain" not in first.values
    second = answer("still don't know", "leg_pain", explained=["leg_pain"])
    assert second.values["leg_pain"] == UNKNOWN


def test_no_accident_means_no_injury():
    assert parsing.onset("no accident. just start") == "no_clear_cause"
    assert parsing.onset("it wasn't a fall, it just came on") == "no_clear_cause"
    assert parsing.onset("I didn't lift anything") is None
    assert parsing.onset("I fell off a ladder") == "fall"


# --- corrections ---------------------------------------------------------------------------------------

GIVEN = {"bladder_bowel": "no", "fever": "yes", "duration_days": 14.0, "sleep_work_impact": "yes",
         "night_pain": "yes", "morning_stiffness": "yes", "age": 54}


@pytest.mark.parametrize("text, slot, new", [
    ("that's wrong, it's only been 2 days", "duration_days", 2.0),
    ("I said I slept fine", "sleep_work_impact", "no"),
    ("My stiffness is NOT more than 30 minutes", "morning_stiffness", "no"),
    ("no, I don't have a fever", "fever", "no"),
    ("I'm 45 not 54, sorry, typo", "age", 45),
])
def test_a_correction_replaces_the_answer(text, slot, new):
    update = answer(text, None, dict(GIVEN))
    assert update.values[slot] == new
    assert update.corrected[slot] == (GIVEN[slot], new)


def test_a_correction_never_removes_a_crisis():
    update = answer("I said I'm fine, forget what I said about ending it", None, {"self_harm": "yes"})
    assert update.values.get("self_harm") != "no" and "self_harm" not in update.corrected


def test_without_a_correction_word_a_red_flag_is_not_taken_back():
    # "I'm peeing fine now" after "I can't pee" is news for a clinician, not a quiet change of level
    update = answer("I can wee fine now", None, {"bladder_bowel": "yes"})
    assert update.values.get("bladder_bowel") != "no"


def test_a_new_red_flag_always_counts_even_after_a_no():
    update = answer("actually I can't feel my bum when I wipe", None, {"saddle_numbness": "no"})
    assert update.values["saddle_numbness"] == "yes"


@pytest.mark.parametrize("text, slot", [
    ("I had breast cancer nine years ago", "duration_days"),
    ("only stiff for 10 min in the mornings", "duration_days"),
    ("hot flushes for 2 years now", "duration_days"),
    ("I do yoga twice a week", "onset"),
    ("it's a 9/10 worry for me honestly", "severity"),
])
def test_a_later_mention_in_passing_never_overwrites_an_answer(text, slot):
    given = {"duration_days": 21.0, "onset": "lifting", "severity": 5, "location": "lower_back"}
    update = answer(text, None, dict(given))
    assert slot not in update.corrected and update.values.get(slot, given[slot]) == given[slot]


def test_a_medicine_someone_is_not_on_is_not_a_medicine_tried():
    assert parsing.medicines("I'm not on steroids, just paracetamol") == ["paracetamol"]
    assert parsing.medicines("never taken ibuprofen") == []


def test_a_leading_no_takes_back_only_a_red_flag_never_a_duration():
    given = {"duration_days": 70.0, "onset": "no_clear_cause"}
    update = answer("No, no fall, it flares up every time I sit through a long meeting, which is most days",
                    None, dict(given))
    assert update.values.get("duration_days", 70.0) == 70.0 and "duration_days" not in update.corrected


def test_the_value_a_correction_denies_is_not_the_new_value():
    update = answer("Wait, what? I never said 3 days. It's been about ten weeks", None,
                    {"duration_days": 3.0})
    assert update.values["duration_days"] == 70.0
    update = answer("that's wrong, it's not 2 days, it's 2 weeks", None, {"duration_days": 2.0})
    assert update.values["duration_days"] == 14.0


@pytest.mark.parametrize("text, expected", [
    ("I've never had back trouble before", "yes"), ("first time my back has ever done this", "yes"),
    ("it's happened a few times before", "no"), ("my back goes every couple of years", None),
])
def test_a_first_episode_said_in_passing_is_kept(text, expected):
    assert parsing.first_episode(text) == expected
    if expected:
        assert answer(text, None).values.get("first_episode") == expected
