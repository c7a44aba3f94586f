"""Wordings wrongly escalated or checked on blind sealed set 22 at its one scoring (said here in other words,
so that the set's own cases stay out of every test and training file)."""
import pytest

from tests.unit.readings import own_readings, possible_codes, reported_codes


@pytest.mark.parametrize("text", ["me mam's legs both went weak and she's in hospital, hurt my back helping",
                                  "my mammy had cancer, my back is sore from carrying boxes"])
def test_a_mother_called_mam_or_mammy_is_someone_else(text):
    assert not reported_codes(text) & {"both_legs", "cancer_history", "leg_weakness"}


def test_legs_said_to_be_fine_and_strong_are_no_sign_in_both_legs():
    text = "no temperature, both legs fine and strong, just a stiff back from digging"
    assert "both_legs" not in reported_codes(text) | possible_codes(text)


def test_both_legs_strong_denies_both_legs_beside_pain_in_one_leg():
    text = "pain down the right leg only, worse than my back, both legs are strong"
    assert ("both_legs", "absent") in own_readings(text)


def test_both_legs_numb_is_still_both_legs():
    assert "both_legs" in reported_codes("both legs are numb since lunchtime")


def test_a_sign_sorted_long_before_this_back_pain_is_past():
    text = "had trouble with erections years back from stress, sorted long before this back ache started"
    assert ("sexual_dysfunction", "absent") in own_readings(text)
    assert "sexual_dysfunction" not in possible_codes(text)
