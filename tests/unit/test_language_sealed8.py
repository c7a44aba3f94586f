"""Wordings missed on blind sealed set 8 at its one scoring (said here in other words, so that the set's
own cases stay out of every test and training file)."""
import pytest

from tests.unit.readings import own_readings


@pytest.mark.parametrize(("text", "code"), [
    ("back's wrecked and I can't tell when I need the dunny any more", "bladder_bowel"),
    ("I'm typing for my mum, she messed herself this morning and didn't know", "bladder_bowel"),
    ("typing this for my husband, he was kicked in the back by a horse an hour ago", "major_trauma"),
    ("down 6 kg since August without any change in my diet, and now my back aches", "weight_loss"),
    ("since my back went on Friday the old fella hasn't worked at all, no feeling", "sexual_dysfunction"),
])
def test_everyday_words_for_a_red_flag(text, code):
    assert (code, "present") in own_readings(text)


def test_a_fever_cleared_with_antibiotics_months_ago_is_not_a_fever_now():
    text = ("had a chest infection with a fever in March, sorted with antibiotics; this back pain came from "
            "lifting")
    assert ("fever", "present") not in own_readings(text)
