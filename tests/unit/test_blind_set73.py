"""What blind set 73 found at its first scoring (tests/data/blind/README_sealed73.md), each with the reading
that failed."""
import pytest

from clinical import moves, parsing
from clinical.triage import interpret


def read(text, requested=None, answers=None, intent="describe_pain"):
    return interpret(text, intent, requested, answers or {}, [])


# a check question on a negative: trouble passing urine years ago, "sorted in a day", the waterworks fine now
def test_a_bladder_trouble_sorted_in_a_day_years_ago_is_over():
    update = read("had trouble peeing after a hysterectomy years ago, sorted in a day. back's sore now from "
                  "lifting pots but the waterworks are grand")
    assert "bladder_bowel" not in update.to_check and update.values.get("bladder_bowel") != "yes"


def test_a_bladder_trouble_last_night_sorted_in_a_day_is_still_checked():
    assert "bladder_bowel" in read("couldn't pee last night but it sorted in a day").to_check


@pytest.mark.parametrize("text", ["sorted in a day", "gone within a week", "cleared up in a few days"])
def test_how_long_something_else_took_to_clear_is_not_the_pains_length(text):
    assert parsing.duration_days(text) is None


# routing: a question about steroids as a treatment was an urgent red flag (weakened immunity)
def test_asking_whether_steroids_would_calm_the_back_is_not_taking_them():
    update = read("would steroid tablets like prednisone calm my back down quicker than this")
    assert update.values.get("immunosuppression") != "yes"


def test_taking_steroids_and_asking_whether_the_back_will_settle_is_still_told():
    update = read("I take prednisone daily, will my back settle")
    assert update.values.get("immunosuppression") == "yes"


# routing: advice turned down in everyday words was read as thanks, or as asking for a plan
@pytest.mark.parametrize("text", ["forget the heat packs mate, no time for that on site",
                                  "nah I won't be doing yoga, not my cup of tea, butt"])
def test_advice_turned_down_in_everyday_words(text):
    assert moves.turns_down_a_treatment(text)


@pytest.mark.parametrize("text", ["forget the heat packs, can I use ice?",
                                  "I won't be doing the gym, my back is too sore"])
def test_a_question_or_the_pain_beside_it_is_no_turn_down(text):
    assert not moves.turns_down_a_treatment(text)
