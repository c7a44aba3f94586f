"""What blind set 28's first scoring found in routing, said in other words than the set's."""
import pytest

from clinical import moves


@pytest.mark.parametrize("text", ["Sorry, I'm 61, I typed 16 by mistake",
                                  "I tapped the wrong answer by accident, it's no"])
def test_an_answer_typed_by_mistake_is_a_correction(text):
    assert moves.corrects(text)


@pytest.mark.parametrize("text", ["I put my back out by accident lifting a box",
                                  "I twisted it by mistake reaching for the kettle",
                                  "I pressed on my back by accident and it hurt, no fever though",
                                  "I tapped my bottom by accident and couldn't feel it"])
def test_an_injury_by_accident_is_no_correction(text):
    assert not moves.corrects(text)
