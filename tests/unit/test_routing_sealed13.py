"""Routing misses read from blind sealed set 13 at its one scoring (now development data), each tested in
other words: English learned later, and a few topic words."""
import pytest

from clinical import moves


@pytest.mark.parametrize("text", ["I made mistake, it should be no", "I answered no but I mean yes",
                                  "hang on, it's 3 months ago not 3 weeks",
                                  "change my answer please, it's 40"])
def test_corrections_in_plainer_english(text):
    assert moves.corrects(text)


def test_a_correction_led_by_wait_is_no_question_about_waiting():
    assert moves.getting_help_question("wait no, it began 5 days ago not 5 weeks") is None
    assert moves.getting_help_question("can I wait until Friday?") == "wait"


@pytest.mark.parametrize("text", ["please begin fresh, my daughter typed it wrong", "again from zero please"])
def test_starting_again_in_other_words(text):
    assert moves.asks_to_start_over(text)


@pytest.mark.parametrize("text", ["how much more to go?", "how many steps left", "we almost finish?",
                                  "how long it will take?"])
def test_how_many_more_in_other_words(text):
    assert moves.asks_how_many_more(text)


@pytest.mark.parametrize("text", ["where is the after-hours clinic?",
                                  "how can I find a doctor, I just moved"])
def test_where_to_be_seen_in_other_words(text):
    assert moves.getting_help_question(text) == "where"




@pytest.mark.parametrize(("text", "answer"), [("hindi po", "no"), ("nahi ji", "no"), ("leai", "no"),
                                              ("opo", "yes"), ("haan ji", "yes"), ("si", "yes")])
def test_yes_and_no_in_tagalog_hindi_samoan_and_spanish(text, answer):
    from clinical.parsing import polarity

    assert polarity(text) == answer


def test_a_language_named_in_a_sentence_is_no_answer():
    from clinical.parsing import polarity

    assert polarity("Hindi speaker here, my back hurts") is None
