"""Rules changed in the session of blind set 34: first set 33's leftovers (before set 34 was opened), each
said in other words than the sets'."""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes


@pytest.mark.parametrize("text, code", [
    # a history answered "no" on a form had escalated: only the person's own "fine" was meant to be ignored
    ("HIV: negative", "immunosuppression"),
    ("HIV - negative", "immunosuppression"),
    ("Cancer history: nil", "cancer_history"),
    ("history of cancer: none", "cancer_history"),
    ("cancer history - no", "cancer_history"),
])
def test_a_history_answered_no_on_a_form_is_denied(text, code):
    assert code not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("had breast cancer, fine now", "cancer_history"),
    ("HIV, all good now", "immunosuppression"),
    ("cancer history: yes - breast 2019", "cancer_history"),
    ("Crohn's in remission, had bowel cancer in 2015", "cancer_history"),
    ("in remission from lymphoma", "cancer_history"),
])
def test_a_history_told_with_how_one_is_now_still_counts(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "my Crohn's has been in remission for years",
    "my MS is in remission",
    "my rheumatoid arthritis went into remission last year",
])
def test_remission_of_an_illness_that_is_no_cancer_is_no_cancer_check(text):
    assert "cancer_history" not in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_remission_with_no_illness_named_is_still_checked():
    text = "I was in remission until 2021"
    assert "cancer_history" in possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    # the sitting that would explain a numb bottom does not, when the person says the numbness stays
    "numb genitals after sitting for hours and it stays when I stand",
    "my bum went numb on the long drive and it's still numb when I get up",
    "numb down below after sitting, doesn't wear off",
])
def test_numbness_after_sitting_that_stays_on_getting_up_escalates(text):
    assert "saddle_numbness" in reported_codes(text), find_mentions(text)


def test_numbness_after_a_day_of_sitting_is_still_only_checked():
    text = "numb bum after sitting all day at work"
    assert "saddle_numbness" in possible_codes(text) and "saddle_numbness" not in reported_codes(text)


def test_numbness_from_sitting_that_goes_on_standing_is_nothing():
    text = "numb bum from sitting, goes when I stand"
    assert "saddle_numbness" not in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_steroids_taken_up_again_are_checked():
    # dropped before: "them" is the steroids, and "I take steroids" alone says nothing of how long
    text = "I was off the steroids for years but went back on them in March"
    assert "immunosuppression" in possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I had steroid injections before, might go back on them",
    "the steroids didn't help so I stopped, back on ibuprofen now",
    "stopped the steroids in 2015, never went back on them",
    "I use a steroid inhaler for my asthma",
])
def test_steroids_not_taken_up_again_as_tablets_are_nothing(text):
    assert "immunosuppression" not in reported_codes(text) | possible_codes(text), find_mentions(text)
