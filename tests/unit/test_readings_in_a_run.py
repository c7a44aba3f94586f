"""Temperatures told as a run of readings (a device's log, morning and night): a fever reading anywhere in
the run is read, a number that measures something else is not."""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes


@pytest.mark.parametrize("text", [
    "my temp was 36.8 this morning and 38.9 tonight",
    "temperature log: mon 37.1, tue 38.6, wed 38.9. lower back sore",
    "thermometer 37.2 at 7am, 38.4 at 10pm, lower back aching",
    "temp at 22:00 was 38.7 and my back is sore",
])
def test_a_fever_reading_later_in_a_run_is_a_fever(text):
    assert "fever" in reported_codes(text), find_mentions(text)


def test_a_normal_reading_then_a_high_one_is_never_passed_over():
    text = "temps normal in the morning but 39 at night, back is killing me"
    assert "fever" in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "temps 36.5, 36.8 and 37.0 all week, back stiff",
    "temp 36.9 then 37.2, back sore",
    "temp fine at night, 38 weeks pregnant and my back aches",
    "my temp was 36.6 at 9am, I'm 39 years old with a sore back",
    "skin temp 36.1, 38 min of deep sleep, back tight",
])
def test_normal_readings_and_numbers_of_other_things_are_no_fever(text):
    assert "fever" not in reported_codes(text), find_mentions(text)
