"""Readings left open after blind set 37, each said in other words than the cases that showed them."""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes


@pytest.mark.parametrize("text", [
    "Temp's been 38.9 since lunch and the back is no better",
    "lower back sore and temp has been 101 all night",
])
def test_a_temp_reading_without_my_is_checked(text):
    # (not escalated: "temp's been 40 all week here", "temp has been 40 in the office" are the air's)
    assert "fever" in possible_codes(text) | reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "temp's been 36.8 all day, back stiff",
    "the temp has been 39 all week here, what a heatwave",
    "Temp's been 40 at the depot all week, no aircon, back aching from lifting",
    "temp's been 38 hours a week at the warehouse, lifting all day",
])
def test_a_normal_weather_or_work_temp_is_no_fever(text):
    assert "fever" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "Waterworks: same as before, still can't go",
    "bowels unchanged, still unable to go",
])
def test_unchanged_and_still_unable_to_go_is_checked_not_dropped(text):
    assert "bladder_bowel" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_bladder_unchanged_alone_is_no_sign():
    text = "bladder: no change from normal, back just stiff"
    assert "bladder_bowel" not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("wouldn't really call it numb round my backside, more of a dull ache", "saddle_numbness"),
    ("I wouldn't say my leg is weak, it just feels heavy after the walk", "leg_weakness"),
])
def test_a_hedged_denial_is_checked_not_escalated(text, code):
    assert code not in reported_codes(text), find_mentions(text)
    assert code in possible_codes(text), find_mentions(text)


def test_a_hedged_fever_word_with_a_high_reading_is_a_fever():
    text = "wouldn't call it a temperature as such, more like 38.6 on and off"
    assert "fever" in reported_codes(text), find_mentions(text)


def test_a_hedged_denial_with_at_all_stays_a_denial():
    text = "I wouldn't say my legs are numb at all, just tired"
    read = reported_codes(text) | possible_codes(text)
    assert not {"both_legs", "leg_weakness"} & read, find_mentions(text)


@pytest.mark.parametrize("text", [
    "is it normal to worry I'll never feel my bottom properly again?",
    "how long before the feeling in my privates comes back",
    "can physio help me get the feeling back in my groin",
])
def test_a_worry_that_says_the_feeling_is_gone_is_checked(text):
    assert "saddle_numbness" in possible_codes(text) | reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "the feeling in my bum came back once I stood up, all good now",
    "could this ever lead to numbness down below?",
])
def test_feeling_that_came_back_or_a_plain_worry_is_not_checked(text):
    assert "saddle_numbness" not in possible_codes(text) | reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("wee was fine on Sunday but since this morning I can't go at all", "bladder_bowel"),
])
def test_cannot_go_after_a_word_of_passing_urine_is_retention(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "honestly I can't tell whether I'm weeing properly",
    "not sure I can empty my bladder right now",
])
def test_a_doubt_about_passing_urine_is_checked(text):
    assert "bladder_bowel" in possible_codes(text) | reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "weeing is fine but I can't go to the gym",
    "I can tell I'm weeing normally, it's just my back",
])
def test_passing_urine_fine_and_going_elsewhere_is_no_sign(text):
    assert "bladder_bowel" not in possible_codes(text) | reported_codes(text), find_mentions(text)
