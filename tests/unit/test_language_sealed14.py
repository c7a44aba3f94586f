"""Wordings missed on blind sealed set 14 at its one scoring (said here in other words, so that the set's
own cases stay out of every test and training file)."""
import pytest

from clinical import parsing, triage
from clinical.language import names_someone_elses_body
from tests.unit.readings import own_readings, reported_codes


@pytest.mark.parametrize("text", ["nurse, asking about me not a patient: I have osteoporosis and slipped on "
                                  "the ward floor, back sore since",
                                  "support worker, this is about me, not a client. I've got osteoporosis and "
                                  "fell off a step yesterday"])
def test_a_health_worker_saying_it_is_about_them_denies_nothing(text):
    assert ("osteoporotic_fall", "present") in own_readings(text)


def test_a_patient_of_a_nurse_is_still_someone_else():
    text = "I'm a nurse and a patient of mine has osteoporosis and fell, my own back is fine"
    assert ("osteoporotic_fall", "present") not in own_readings(text)


@pytest.mark.parametrize("text", ["my left leg has given way three times this week",
                                  "both knees have given way on the stairs since the back went"])
def test_a_leg_that_has_given_way_is_weakness(text):
    assert {code for code, status in own_readings(text) if status == "present"} & {"leg_weakness",
                                                                                    "both_legs"}


@pytest.mark.parametrize(("text", "expected"), [("it has neither improved nor worsened", "no"),
                                                ("the weakness hasn't worsened since Monday", "no"),
                                                ("the foot has worsened since this morning", "yes")])
def test_worsened_in_the_perfect_tense_is_read(text, expected):
    assert parsing.getting_worse(text) == expected


@pytest.mark.parametrize("text", ["Should I ever lose feeling around my bottom, what ought I to do? I have "
                                  "no such trouble now.",
                                  "in the event that my bladder stopped working, where would I go"])
def test_a_condition_put_first_is_hypothetical(text):
    assert not reported_codes(text) & {"bladder_bowel", "saddle_numbness"}


def test_being_tested_for_a_cause_is_not_having_it():
    text = "my GP tested me for HIV and diabetes because of the back pain, all negative"
    assert "immunosuppression" not in reported_codes(text)
    assert "immunosuppression" in reported_codes("I have HIV and my back has been bad for 2 weeks")


def test_a_crash_long_past_with_only_ordinary_pain_now_is_not_major_trauma():
    text = "had a car accident back in March, got checked, and now it's just normal back ache"
    assert "major_trauma" not in reported_codes(text)
    assert "major_trauma" in reported_codes("I crashed my car this morning and now my back is agony")


def test_money_losing_weight_is_a_joke_about_money():
    assert "weight_loss" not in reported_codes("my wallet has lost more weight than I have this month lol, "
                                               "back sore from shopping")
    assert "weight_loss" in reported_codes("I've lost 8 kilos without trying and my back aches")


def test_an_answer_about_someone_elses_body_never_borrows_the_question():
    text = "one of the patients I look after can't feel her bottom, the doctor knows. my own back is tired"
    assert names_someone_elses_body(text)
    update = triage.interpret(text, "describe_pain", "saddle_numbness", {}, [])
    assert update.values.get("saddle_numbness") != "yes"
    assert triage.interpret("I push and nothing comes out", "describe_pain", "bladder_bowel", {},
                            []).values.get("bladder_bowel") == "yes"


def test_yes_to_the_fall_half_of_a_doubted_osteoporotic_fall_settles_the_check_and_asks_the_bones_again():
    words = "care worker here: i've got osteoporosis, slipped on a wet floor"
    update = triage.answer_check("/affirm", "affirm", "osteoporotic_fall", words, {"osteoporosis": "no"}, [])
    assert update.checked == "osteoporotic_fall"
    assert update.values["onset"] == "fall"
    assert "osteoporosis" in update.values and update.values["osteoporosis"] is None


def test_a_weakness_said_to_be_neither_better_nor_worse_is_not_progressing():
    readings = own_readings("my right foot went weak on Friday and has neither improved nor worsened")
    assert ("leg_weakness", "present") in readings
    assert ("progressive_weakness", "absent") in readings
    assert ("progressive_weakness", "present") in own_readings("my right foot went weak on Friday and it has "
                                                               "worsened since")


def test_now_after_a_named_leg_says_when_not_that_the_other_leg_joined_in():
    text = "the pain in my right leg is worse than the back now, five weeks of it"
    update = triage.interpret(text, "describe_pain", None, {"leg_pain": "yes"}, [])
    assert "both_legs" not in update.to_check
    later = triage.interpret("and the left one's going numb now", "inform", None, {"leg_pain": "yes"}, [])
    assert "both_legs" in later.to_check
