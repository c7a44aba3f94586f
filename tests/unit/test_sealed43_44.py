"""Rules changed in the session of blind sets 43 and 44, each said in other words than the sets'."""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes


# --- a sign said to be back -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "numb around my bottom in the spring, that cleared up, and now it has come back",
    "the pins and needles in my saddle area came right back the minute I stood up",
])
def test_a_sign_said_to_be_back_after_it_cleared_is_not_read_as_over(text):
    assert "saddle_numbness" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_numbness_that_came_right_and_stayed_away_is_still_over():
    text = "my bum went numb on a long drive in 2019 but it came right and has been fine ever since"
    assert "saddle_numbness" not in reported_codes(text) | possible_codes(text), find_mentions(text)


# --- a "can't" left bare after the question it answers ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "not sure why it matters whether I can wee, I can't at all",
    "you keep asking if i can pee. i can't though",
])
def test_a_bare_cannot_after_asking_whether_one_can_pass_urine_tells_retention(text):
    assert "bladder_bowel" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_a_bare_can_after_the_same_question_tells_nothing():
    text = "why does it matter whether I can wee, I can"
    assert "bladder_bowel" not in reported_codes(text) | possible_codes(text), find_mentions(text)
