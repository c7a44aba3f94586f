"""Answers misread in the third persona run (blind personas, tests/data/personas/results_run3_*.md),
each written here in new words as well as the persona's own."""
import pytest

from clinical import parsing
from clinical.triage import interpret


def answer(text, requested, answers=None, intent="inform"):
    return interpret(text, intent, requested, answers or {}, [])


@pytest.mark.parametrize("text, old, new", [
    ("actually closer to 3 weeks, lost track sorry", 14.0, 21.0),
    ("Sorry, it is actually 8 weeks, not about a month", 30.0, 56.0),
    ("my bad, it's been five days not two", 2.0, 5.0),
    ("oops, more like a fortnight", 3.0, 14.0),
])
def test_a_duration_corrected_while_another_question_waits_replaces_the_old_one(text, old, new):
    update = answer(text, "onset", {"duration_days": old})
    assert update.values["duration_days"] == new
    assert update.corrected["duration_days"] == (old, new)


def test_a_time_said_in_passing_without_a_correction_word_changes_nothing():
    update = answer("I had cancer nine years ago", None, {"duration_days": 21.0})
    assert "duration_days" not in update.values


@pytest.mark.parametrize("text, days, age", [
    ("Good afternoon. I am 84 years of age and live in Nelson. Two days ago I slipped off the bottom step "
     "of my back porch and sat down rather hard, and since then my back has been most painful.", 2, 84),
    ("I'm 67 years of age, and my back went a week ago", 7, 67),
])
def test_an_age_said_in_years_of_age_is_the_age_not_how_long_it_has_hurt(text, days, age):
    values = answer(text, None).values
    assert values["duration_days"] == days and values["age"] == age


@pytest.mark.parametrize("text, requested", [
    ("I have had a little leakage when I cough or sneeze for about thirty years, since my children were "
     "born. Otherwise I pass water normally.", "bladder_bowel"),
    ("had a bit of a temperature for two days last month, gone now", "fever"),
])
def test_a_time_in_an_answer_to_a_safety_question_is_about_that_symptom_not_the_pain(text, requested):
    assert "duration_days" not in answer(text, requested).values


def test_a_time_in_an_answer_to_a_safety_question_that_names_the_pain_is_kept():
    assert answer("no, but the pain has been there for 3 weeks", "fever").values["duration_days"] == 21.0


def test_a_few_years_back_is_a_time_not_the_back():
    update = answer("the doctor said something a few years back about my belly", None)
    assert "duration_days" not in update.values


@pytest.mark.parametrize("text, level", [
    ("bit annoyed mate, worried bout the money but not panicking", "not_high"),
    ("fed up more than anything. No scared", "not_high"),
    ("honestly not that worried, more irritated", "not_high"),
    ("I'm terrified it's something bad", "high"),
    ("not coping at all, I'm scared", "high"),
])
def test_a_denied_distress_word_is_calm_and_a_said_one_is_distress(text, level):
    assert parsing.distress(text) == level


@pytest.mark.parametrize("text, stiffness", [
    ("I sleep well and I'm only stiff for about 10 minutes", "no"),
    ("Sleep fine. Stiff in the morning 20 min maybe. Under half an hour anyway.", "no"),
    ("slept ok but stiff for a good hour every morning", "yes"),
])
def test_the_pattern_list_answered_in_words_takes_the_minutes_and_the_sleep_as_said(text, stiffness):
    values = answer(text, "checklist_pattern").values
    assert values["morning_stiffness"] == stiffness and values["night_pain"] == "no"
    assert "duration_days" not in values  # minutes of stiffness are not how long the pain has lasted
    assert "sleep_work_impact" not in values  # not said: asked on its own


def test_no_to_a_list_that_names_its_signs_as_absent_answers_every_sign_no():
    values = answer("nope to all of those, no fall or knock, no fever and my weight's the same",
                    "checklist_general").values
    assert values["checklist_general"] == "no"
    assert values["major_trauma"] == values["fever"] == values["weight_loss"] == "no"
    assert "onset" not in values  # "no fall or knock" is no cause


@pytest.mark.parametrize("text", ["no fall or knock", "I didn't lift or twist anything",
                                  "no accident, injury or fall"])
def test_every_cause_in_a_denied_list_is_denied(text):
    assert parsing.onset(text) is None


def test_a_symptom_in_the_other_leg_said_later_is_checked_as_both_legs_and_keeps_the_duration():
    answers = {"leg_numbness": "yes", "both_legs": "no", "spreading_numbness": "no", "duration_days": 9.0}
    update = answer("actually sorry thats wrong, the left one started going tingly last night too, down the "
                    "back of the thigh", "checklist_general", answers)
    assert "both_legs" in update.to_check  # one plain question; yes is an emergency
    assert "duration_days" not in update.values  # "last night" is when the tingling started


def test_more_about_the_same_leg_is_not_checked_as_both_legs():
    answers = {"leg_numbness": "yes", "both_legs": "no"}
    assert "both_legs" not in answer("the tingling is still just in my right leg", "fever", answers).to_check


def test_a_sign_answered_i_dont_know_is_not_sure_and_asked_plainly_not_taken_as_yes():
    text = "Fever - I don't know. I have no thermometer. Weight yes, I lose maybe 7 kilo in two months"
    update = answer(text, "checklist_general")
    assert update.values.get("fever") is None  # not "yes": the fever question is asked on its own
    assert update.values["checklist_general"] == "unsure"


@pytest.mark.parametrize("text, code", [("I have a fever, I don't know why", "fever"),
                                        ("I don't know what is happening, I have wet myself twice",
                                         "bladder_bowel")])
def test_not_knowing_why_or_what_is_happening_does_not_make_a_sign_uncertain(text, code):
    assert answer(text, None).values[code] == "yes"


# --- the fourth persona run (results_run4_*.md)

@pytest.mark.parametrize("text, reply", [("yeah nah", "no"), ("yeah, nah", "no"), ("yeah", "yes")])
def test_yeah_nah_is_no(text, reply):
    assert parsing.polarity(text) == reply


def test_wishing_to_lose_weight_is_not_weight_loss_but_losing_it_without_trying_is():
    wish = answer("I rather wish I'd lose a few kilos!", "checklist_general")
    assert wish.values.get("weight_loss") != "yes"
    assert answer("I've lost 8 kilos without trying", "checklist_general").values["weight_loss"] == "yes"


def test_pins_n_needles_to_the_legs_list_is_numbness_in_the_leg_and_weakness_is_still_asked():
    values = answer("pins n needles yeah", "checklist_legs").values
    assert values["leg_numbness"] == "yes" and "leg_weakness" not in values


def test_a_little_tumble_is_a_fall_so_the_bones_question_follows():
    values = answer("a silly little tumble off the side of my bed, I am 88", None).values
    assert values["onset"] == "fall"


# --- the replay of run 4's personas on the final default (results_run5_*.md)

@pytest.mark.parametrize("text, answer_", [("nah couple minutes", "no"), ("a couple of minutes", "no"),
                                           ("yeah about an hour", "yes")])
def test_minutes_of_stiffness_are_read_from_the_words_not_from_inside_them(text, answer_):
    assert parsing.stiffness_minutes_answer(text) == answer_  # "nah" once read as "a" + "h": an hour


@pytest.mark.parametrize("text, value", [("No. No steroids, no immunosuppression, no IVDU. HIV neg.", "no"),
                                         ("HIV test came back negative", "no"), ("I have HIV", "yes")])
def test_a_negative_test_result_is_a_no(text, value):
    assert answer(text, "immunosuppression").values["immunosuppression"] == value


@pytest.mark.parametrize("text, requested", [("OK to keep doing nights?", "checklist_general"),
                                             ("is it ok if I still go to work?", "fever")])
def test_a_question_asked_in_place_of_an_answer_answers_nothing(text, requested):
    update = answer(text, requested, intent="ask_question")
    assert requested not in update.values and "fever" not in update.values


def test_a_plain_no_before_a_question_still_answers():
    assert answer("no, is that bad?", "fever").values["fever"] == "no"
