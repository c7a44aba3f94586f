"""Routing misses read from blind sealed set 21 at its one scoring (now development data), each tested in
other words. The topic questions are in tests/data/topic_questions.yml."""
import pytest

from clinical import moves


@pytest.mark.parametrize("text", ["I tapped no by accident, I am on steroids",
                                  "sorry, I put 73 - it's 37, typed the digits the wrong way round"])
def test_a_wrong_button_or_swapped_digits_is_a_correction(text):
    assert moves.corrects(text)


def test_a_cantonese_sigh_then_never_mind_waves_it_away():
    assert moves.dismisses("aiyoh, never mind")
