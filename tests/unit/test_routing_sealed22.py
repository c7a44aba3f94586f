"""Routing misses read from blind sealed set 22 at its one scoring (now development data), each tested in
other words. The topic questions are in tests/data/topic_questions.yml."""
import pytest

from clinical import moves
from tests.unit.readings import routed


@pytest.mark.parametrize("text", ["what can you actually do?", "ok so how can you help me",
                                  "what's this chat for", "how does this work"])
def test_asking_what_the_assistant_can_do_is_answered_as_such(text):
    assert moves.about_the_assistant(text) == "abilities"
    assert routed(text, "ask_question") == "bot_challenge"


@pytest.mark.parametrize("text", ["what can you do for sciatica?", "what can you tell me about naproxen"])
def test_a_question_about_a_topic_is_not_about_the_assistant(text):
    assert moves.about_the_assistant(text) is None


@pytest.mark.parametrize("text", ["what was I meant to be doing on the plan today?",
                                  "am I meant to walk daily"])
def test_meant_to_in_a_question_is_no_correction(text):
    assert not moves.corrects(text)


@pytest.mark.parametrize("text", ["sorry, I meant to say yes", "I meant 3 weeks, not 3 days"])
def test_i_meant_is_still_a_correction(text):
    assert moves.corrects(text)


def test_heat_or_ice_tonight_is_self_care_not_getting_help():
    assert moves.getting_help_question("ice or a heat pack tonight then?") is None


@pytest.mark.parametrize("text", ["can I wait till tonight, I've got a wheat bag on it",
                                  "is tonight soon enough to see a doctor?"])
def test_waiting_until_tonight_is_still_about_getting_help(text):
    assert moves.getting_help_question(text) is not None


@pytest.mark.parametrize("text", ["and what would it take for you to send me to a doctor",
                                  "ok so when could I go back to the gym"])
def test_a_question_joined_on_with_and_or_so_is_still_a_question(text):
    assert routed(text, "nlu_fallback") == "ask_question"
