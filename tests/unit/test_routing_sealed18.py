"""Routing misses read from blind sealed set 18 at its one scoring (now development data), each tested in
other words. The topic questions are in tests/data/topic_questions.yml."""
import pytest

from clinical import moves


def test_a_medicine_while_the_ambulance_comes_is_a_medicine_question():
    text = "the ambulance is coming, am I allowed some nurofen while I wait?"
    assert moves.getting_help_question(text) is None


@pytest.mark.parametrize("text", ["should I see the physio or the GP first?",
                                  "how can I get a same-day doctor's appt?"])
def test_which_help_first_and_a_same_day_appointment_are_getting_help(text):
    assert moves.getting_help_question(text) == "where"


def test_fearing_something_is_being_missed_is_a_worry():
    assert moves.fears_something_serious("what if it's something serious and the doctors are missing it")


def test_dont_worry_about_it_waves_it_away():
    assert moves.dismisses("nah, don't worry about it")


def test_the_other_side_said_plainly_is_a_correction():
    assert moves.corrects("its the left side, not the right")


@pytest.mark.parametrize("text", ["back pain for 3 days, any advice?",
                                  "sore lower back since Monday, any tips?"])
def test_own_pain_then_a_plea_for_advice_tells_own_pain(text):
    from clinical.language import tells_own_pain
    assert tells_own_pain(text)


def test_a_plea_for_advice_about_someone_else_tells_no_own_pain():
    from clinical.language import tells_own_pain
    assert not tells_own_pain("my mum has had back pain for a week, any tips?")
