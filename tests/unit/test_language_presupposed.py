"""A question that takes a sign as the person's own is no general question: "does it matter that I wet myself
last night?" tells the sign; "does the numbness in both legs mean something serious?" presupposes it (one
check question); "does numbness in both legs mean cauda equina?" asks in general. All three were read as
general questions before, and the first two were dropped without a word."""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes


@pytest.mark.parametrize("text, code", [
    ("does it matter that I wet myself last night?", "bladder_bowel"),
    ("do I need to worry about the fact I've wet myself?", "bladder_bowel"),
    ("Could I still take ibuprofen, I've wet myself twice?", "bladder_bowel"),
    ("Do I still take the naproxen now that both my legs are numb?", "both_legs"),
])
def test_a_sign_told_inside_a_question_is_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("does the numbness in both legs mean something serious?", "both_legs"),
    ("would the leaking be from the back?", "bladder_bowel"),
    ("does it count if I wet myself last night?", "bladder_bowel"),
])
def test_a_sign_the_question_takes_as_given_is_checked(text, code):
    assert code in possible_codes(text) | reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "does numbness in both legs mean cauda equina?",
    "does the numbness in your bum come on suddenly with cauda equina?",
    "If my legs went numb would I need an ambulance?",
    "would it matter if I wet myself?",
    "If I came off the bike again and hurt my back badly, when should I ring 111? Just a sore back now.",
])
def test_a_general_or_conditional_question_reports_nothing(text):
    assert not reported_codes(text), find_mentions(text)


def test_a_report_inside_a_question_stays_reported():
    text = ("can i take naproxen with my pills? and also my lady bits have gone numb since the back started, "
            "is that normal??")
    assert "saddle_numbness" in reported_codes(text), find_mentions(text)
