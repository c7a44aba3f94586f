"""Routing misses read from blind sealed set 20 at its one scoring (now development data), each tested in
other words. The topic questions are in tests/data/topic_questions.yml."""
import pytest

from clinical import moves


@pytest.mark.parametrize("text", ["ignore that last message", "ignore this one"])
def test_ignoring_the_last_message_waves_it_away(text):
    assert moves.dismisses(text)


@pytest.mark.parametrize("text", ["I typed 62 for my age but I'm really 26",
                                  "I put 3 for the days but actually it's 5"])
def test_a_number_given_and_then_put_right_is_a_correction(text):
    assert moves.corrects(text)
