"""What blind set 29's first scoring found, each said in other words than the set's: the person named beside
someone else ("me and my roommate") read as someone else; a medicine said to be stopped long ago escalated.
(A longer reach for a denial heading a list, and "feverish" or "passed out" explained by nerves or the sofa,
were tried and left out: two reviews found present signs they denied or made only possible.)"""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes


@pytest.mark.parametrize("text, code", [
    ("me and my flatmate have both got a fever and bad backs", "fever"),
    ("me and the wife have both lost weight without trying", "weight_loss"),
])
def test_the_person_named_with_someone_else_is_one_of_them(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["it's me and my husband, he has a fever, I just have a sore back",
                                  "My back is killing me and my husband has a fever"])
def test_someone_else_named_alone_is_still_someone_else(text):
    assert "fever" not in reported_codes(text), find_mentions(text)


def test_a_medicine_perhaps_stopped_long_ago_is_checked_not_escalated():
    text = "I had steroid tablets for my asthma for two years but I've been off them ever since 2009"
    assert "immunosuppression" in possible_codes(text), find_mentions(text)
    assert "immunosuppression" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I'm on long term steroids, I've been trying to wean off them ever since January",
    ("I've had a temperature of 39 for three days, I was on antibiotics but I've been off them ever "
     "since Friday"),
])
def test_a_medicine_still_taken_or_another_sign_is_not_taken_back(text):
    assert reported_codes(text) & {"immunosuppression", "fever"}, find_mentions(text)
