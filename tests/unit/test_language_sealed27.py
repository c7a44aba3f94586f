"""What blind set 27's first scoring found, each said in other words than the set's: a list of signs answered
"no" one by one, a denial said modestly, someone else's child named by age in words, a sign that never came
back, a short steroid course that is over, a list denied at the start of the next sentence, and a cancer
feared in the past tense."""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes


@pytest.mark.parametrize("text, code", [
    ("temperature no, shivers no, weight steady, just a stiff back", "fever"),
    ("numb bum no. leaking no. legs fine", "saddle_numbness"),
])
def test_signs_answered_no_one_by_one_are_denied(text, code):
    assert code not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [("I wet myself no joke", "bladder_bowel"),
                                        ("fever, no doubt about it, 39.4", "fever")])
def test_a_no_that_belongs_to_other_words_denies_nothing(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["can't say I've had any numbness in the saddle area, just a sore back",
                                  "Cannot say I have noticed any numbness round my bottom"])
def test_a_modest_denial_denies(text):
    assert "saddle_numbness" not in reported_codes(text), find_mentions(text)


def test_someone_elses_child_named_by_age_in_words_is_not_the_person():
    text = "our eight year old wet himself at school and I strained my back lifting him"
    assert "bladder_bowel" not in reported_codes(text) | possible_codes(text)


def test_a_sign_long_ago_that_never_came_back_is_over():
    text = "had pins and needles round my groin for a few days in 2012 and it never came back, back's tight"
    assert "saddle_numbness" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["gone numb down below and the feeling hasn't come back all day",
                                  "went numb round my bottom on Monday and the feeling never came back"])
def test_a_feeling_that_has_not_come_back_is_a_sign_now(text):
    assert "saddle_numbness" in reported_codes(text), find_mentions(text)


def test_a_list_denied_at_the_start_of_the_next_sentence_is_checked_not_escalated():
    text = "The leaflet says not being able to pee and numbness near the bottom. None of those so far, phew."
    assert not reported_codes(text) & {"bladder_bowel", "saddle_numbness"}, find_mentions(text)


def test_nothing_like_it_before_keeps_a_new_sign_reported():
    text = "can't get an erection since the back went a week ago. Nothing like that before. Related?"
    assert "sexual_dysfunction" in reported_codes(text), find_mentions(text)


def test_a_cancer_feared_in_the_past_tense_and_then_denied_is_no_escalation():
    text = "I was worried it was cancer but I've never had cancer and my weight's steady"
    assert "cancer_history" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [("wet myself yes, fever no", "bladder_bowel"),
                                        ("numb bum yes, weight loss no", "saddle_numbness"),
                                        ("cant feel my legs no", "both_legs"),
                                        ("i wet myself oh no", "bladder_bowel")])
def test_a_no_denies_only_what_it_answers_in_a_list(text, code):
    assert code in reported_codes(text), find_mentions(text)


def test_a_next_sentence_that_says_more_than_none_keeps_the_signs_reported():
    text = "Cant pee and numb bum. None of them have gone away"
    assert {"bladder_bowel", "saddle_numbness"} <= reported_codes(text)


@pytest.mark.parametrize("text, code", [("finished the antibiotics, still got a temp of 39", "fever"),
                                        ("all finished at work, lost 2 stone without trying", "weight_loss"),
                                        ("on methotrexate for two weeks", "immunosuppression")])
def test_finishing_something_else_clears_no_sign(text, code):
    assert code in reported_codes(text), find_mentions(text)


def test_a_question_about_weight_loss_with_the_loss_explained_gets_no_check():
    text = ("At what stage is losing weight with back pain a concern? "
            "I am dieting on purpose and have lost 4 kg.")
    assert "weight_loss" not in reported_codes(text) | possible_codes(text), find_mentions(text)
