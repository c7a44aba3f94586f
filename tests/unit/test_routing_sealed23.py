"""Routing misses read from blind sealed set 23 at its one scoring (now development data), each tested in
other words. The topic questions are in tests/data/topic_questions.yml."""
import pytest

from clinical import moves
from tests.unit.readings import topics_for


def test_going_back_to_the_beginning_is_starting_over():
    assert moves.asks_to_start_over("can we go back to the start?")


@pytest.mark.parametrize("text", ["how can I know your information is accurate?",
                                  "should I trust what you say?"])
def test_asking_whether_the_advice_can_be_trusted_is_about_its_sources(text):
    assert moves.about_the_assistant(text) == "makers"


def test_a_wrong_number_typed_is_a_correction_not_a_wait():
    text = "wait, I put 28 but it's 82"
    assert moves.corrects(text) and moves.getting_help_question(text) is None


@pytest.mark.parametrize("text", ["any good series to watch tonight?", "what's for dinner this evening"])
def test_tonight_without_getting_help_is_no_question_about_getting_help(text):
    assert moves.getting_help_question(text) is None


def test_saying_one_is_going_later_today_is_going():
    assert moves.getting_help_question("cheers, off to the GP this evening") == "going"


@pytest.mark.parametrize(("text", "topic"), [
    ("does pilates help or hurt a slipped disc?", "exercise_programmes"),
    ("would they ever operate on a herniated disc?", "surgery"),
    ("what is a herniated disc, and does pilates help?", "what_is_back_pain"),
    ("what really causes a slipped disc if the x-ray looks fine?", "what_is_back_pain"),
])
def test_a_condition_named_beside_a_treatment_is_the_setting_not_the_question(text, topic):
    assert topics_for(text)[0] == topic
