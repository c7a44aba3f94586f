"""Wordings missed or wrongly escalated on blind sealed set 18 at its one scoring (said here in other words,
so that the set's own cases stay out of every test and training file)."""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import reported_codes


def test_leg_pain_worse_than_the_back_is_no_spreading_numbness():
    text = "pins and needles into my left foot, and that leg is much worse than my back. legs not weak"
    assert not reported_codes(text) & {"spreading_numbness", "progressive_weakness", "both_legs"}


def test_numbness_getting_worse_is_still_spreading():
    assert "spreading_numbness" in reported_codes("the numbness in my left leg is much worse than yesterday")


def test_a_treatment_starting_later_is_no_weakened_immunity():
    text = "I'm starting methotrexate in a fortnight for my arthritis, does that matter for a sore back?"
    assert "immunosuppression" not in reported_codes(text)


@pytest.mark.parametrize("text", ["I'm starting to wet myself since my back went",
                                  "I've been on Humira for three years"])
def test_starting_to_have_a_symptom_or_a_treatment_taken_now_is_still_read(text):
    assert reported_codes(text)


def test_a_falling_weight_log_is_checked():
    text = "my scales: 3 Feb 91.0, 3 Mar 88.2, 3 Apr 85.5. not dieting. back aches all day"
    assert any(m.code == "weight_loss" and m.status == "possible" for m in find_mentions(text))


@pytest.mark.parametrize("text", ["weighing in on a diet: 91.0, 88.2, 85.5 kg. back aches",
                                  "I'm 72, weigh 64 kg, pain for 35 days",
                                  "weights this week 80.1, 80.0, 79.9, back is stiff"])
def test_a_weight_log_with_a_diet_or_numbers_that_are_no_log_is_not_checked(text):
    assert not any(m.code == "weight_loss" for m in find_mentions(text))
