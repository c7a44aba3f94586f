"""Routing misses read from blind sealed set 14 at its one scoring (now development data), each tested in
other words: text-speak, thanks, starting again with a reason, and how many questions are left. The topic
questions are in tests/data/topic_questions.yml."""
import pytest

from clinical import moves


@pytest.mark.parametrize("text", ["r we done yet", "is that the last one?", "is this the last question",
                                  "how long will this part take, I have a meeting"])
def test_how_many_more_in_text_speak_and_other_words(text):
    assert moves.asks_how_many_more(text)


def test_a_question_named_by_its_topic_is_not_a_question_about_how_many_are_left():
    assert not moves.asks_how_many_more("was it that question about the bladder?")


@pytest.mark.parametrize("text", ["restart - I typed my husband's answers", "reset: wrong person answering"])
def test_starting_again_then_saying_why(text):
    assert moves.asks_to_start_over(text)


def test_a_word_starting_with_restart_is_no_request():
    assert not moves.asks_to_start_over("restarting my walks has been hard this week")


@pytest.mark.parametrize("text", ["ok thx", "great, cheers mate", "thank you so much!", "ta very much"])
def test_thanks_with_only_an_acknowledgement_is_thanks(text):
    assert moves.only_thanks(text)


@pytest.mark.parametrize("text", ["thanks, can I still take naproxen?", "thanks but my leg is worse",
                                  "thanks, I'll see my GP next week", "thanks bye"])
def test_thanks_with_anything_more_is_read_for_the_rest(text):
    assert not moves.only_thanks(text)
