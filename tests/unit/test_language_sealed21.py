"""Wordings missed or wrongly escalated on blind sealed set 21 at its one scoring (said here in other words,
so that the set's own cases stay out of every test and training file)."""
import pytest

from clinical import parsing
from tests.unit.readings import possible_codes, reported_codes


def test_a_no_that_makes_weakness_worse_denies_nothing():
    text = "my right leg is weak - no, even worse, it buckled twice today and it's worse than yesterday"
    assert "leg_weakness" in reported_codes(text)


def test_no_worse_than_yesterday_is_still_a_denial_of_worsening():
    assert "progressive_weakness" not in reported_codes("no worse than yesterday, but the left leg is weak")


@pytest.mark.parametrize("text", [
    "the tramadol has me constipated, straining on the toilet each morning, back ache otherwise",
    "I thought I had a temperature - sorry no, it was the heater, 36.7 on the thermometer",
    "my nanay fell in the shower last week, she has thin bones. my back hurts from lifting her",
    "mi abuela has cancer and my back is sore from the drive to see her",
])
def test_side_effects_corrections_and_relatives_named_in_other_languages_are_not_red_flags(text):
    assert not reported_codes(text) & {"bladder_bowel", "fever", "osteoporotic_fall", "cancer_history"}


def test_straining_to_pee_on_codeine_is_still_retention():
    assert "bladder_bowel" in reported_codes("straining to pee and nothing comes out since I started codeine")


def test_a_name_and_here_is_the_person_herself():
    text = "Lola here, 81, thin bones. I slipped on the wet floor yesterday and my back has hurt since"
    assert "osteoporotic_fall" in reported_codes(text)


@pytest.mark.parametrize("text", [
    "I'm a kuia of 79 with thin bones, slipped off the couch yesterday and my back's sore since",
    "I'm a mama of 3 and I've had a fever since yesterday with this back pain",
])
def test_a_word_for_a_relative_said_of_oneself_is_the_person(text):
    assert reported_codes(text) & {"osteoporotic_fall", "fever"}


@pytest.mark.parametrize("text", ["my left foot catches on the kerb, it hasn't changed in a week",
                                  "the weak ankle is no different from Saturday"])
def test_weakness_said_to_have_not_changed_is_not_getting_worse(text):
    assert parsing.getting_worse(text) == "no"


@pytest.mark.parametrize("text", ["Thoughts of suicide? Nope, none. The back is just stiff from the mower",
                                  "harming myself? no, never. my back is sore though"])
def test_crisis_words_asked_back_and_denied_are_a_denial(text):
    assert "self_harm" not in reported_codes(text) | possible_codes(text)


def test_crisis_long_ago_with_no_such_thoughts_now_is_checked_not_escalated():
    text = "took an overdose when I was 17, but I have no thoughts like that these days. lower back ache"
    assert "self_harm" not in reported_codes(text)
    assert "self_harm" in possible_codes(text)


@pytest.mark.parametrize("text", ["self harm? yes, lately", "overdosed when I was 20 and I want to die now",
                                  "took an overdose as a teenager, but lately the thoughts are back"])
def test_crisis_words_said_now_still_escalate(text):
    assert "self_harm" in reported_codes(text)
