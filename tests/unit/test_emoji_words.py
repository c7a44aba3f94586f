"""Emoji typed for words are read as the words (clinical/language.py, _EMOJI_WORDS)."""
import pytest

from clinical.language import find_mentions, readable_as_english
from tests.unit.readings import possible_codes, reported_codes


@pytest.mark.parametrize("text, code", [
    ("numb 🍑 since this morning, can't feel the seat", "saddle_numbness"),
    ("🤒 39.1 since last night and my back is worse", "fever"),
    ("both 🦵 gone numb at once since Tuesday", "both_legs"),
    ("wet myself 👍", "bladder_bowel"),
])
def test_an_emoji_for_a_word_tells_the_sign(text, code):
    assert code in reported_codes(text), find_mentions(text)


def test_an_emoji_for_a_word_can_be_checked():
    text = "💩 in my pants this morning and I never felt it"
    assert "bladder_bowel" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_an_emoji_denied_stays_denied():
    text = "no 🤒, no numb 🍑, just a stiff back"
    assert not {"fever", "saddle_numbness"} & reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, readable", [("👍", True), ("👋", True), ("🚑", False), ("🙏", False),
                                             ("😀🙈", False), ("😭😭", False)])
def test_an_answer_emoji_alone_is_readable_and_other_emoji_alone_are_not(text, readable):
    # (an emoji-only message that tells a sign is read as one before this: the red flags come first)
    assert readable_as_english(text) == readable
