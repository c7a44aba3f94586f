"""Routing misses read from blind sealed set 11 (now development data), each tested in other words: moves
read from the words, a request for a person that names none, a greeting spelt like a symptom, and topics."""
import pytest

from clinical import moves
from clinical.language import find_mentions, normalise
from tests.unit.readings import parsed


@pytest.mark.parametrize("text", ["nearly there? the kettle's boiled", "almost done?"])
def test_nearly_there_asked_mid_triage_asks_how_many_more(text):
    assert moves.asks_how_many_more(text)


def test_nearly_there_said_about_the_walking_is_no_question():
    assert not moves.asks_how_many_more("I'm nearly there with the walking")


@pytest.mark.parametrize("text", ["hang on, I'm 36 not 63", "oops my thumbs slipped, it's 52",
                                  "sorry fat fingered that, 4 days", "I mistyped my age"])
def test_a_mistyped_answer_is_a_correction(text):
    assert moves.corrects(text)


@pytest.mark.parametrize(("text", "restarts"), [
    ("flared up on Sunday, right back to square one", False),
    ("I'm back to square one with it", False),
    ("let's go back to square one", True),
    ("can we start from square one", True),
])
def test_back_to_square_one_restarts_only_when_asked(text, restarts):
    assert moves.asks_to_start_over(text) is restarts


@pytest.mark.parametrize("text", ["what if it never gets better", "what if this never gets right again"])
def test_a_fear_that_it_never_gets_better_is_a_worry(text):
    assert moves.fears_something_serious(text)


@pytest.mark.parametrize("text", ["mornings after breakfast suit me best for the walks",
                                  "after work suits me for the exercises"])
def test_when_to_do_the_plan_is_not_a_question_about_waiting_for_help(text):
    assert moves.getting_help_question(text) is None


def test_waiting_to_do_the_plan_asked_as_a_question_is_still_read():
    assert moves.getting_help_question("can I wait till tomorrow to go to the doctor?") == "wait"


@pytest.mark.parametrize("text", ["Caller says no to that one", "pt says yes", "she says not sure"])
def test_a_request_for_a_person_that_names_none_gives_way_to_the_next_guess(text):
    from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
    from rasa.shared.nlu.training_data.message import Message

    from components.clinical_facts import ClinicalFactExtractor

    message = Message({TEXT: text, INTENT: {"name": "request_human", "confidence": 0.5},
                       INTENT_RANKING_KEY: [{"name": "request_human", "confidence": 0.5},
                                            {"name": "deny", "confidence": 0.3}]})
    ClinicalFactExtractor().process([message])
    assert message.get(INTENT)["name"] == "deny"


@pytest.mark.parametrize("text", ["can I get a callback?", "number please", "can I talk to someone"])
def test_a_request_for_a_person_or_a_way_to_reach_one_stays(text):
    from rasa.shared.nlu.constants import INTENT

    assert parsed(text, "request_human").get(INTENT)["name"] == "request_human"


@pytest.mark.parametrize("text", ["Gidday there", "gidday, morena"])
def test_a_greeting_is_not_corrected_into_a_symptom(text):
    assert "giddy" not in normalise(text)
    assert not find_mentions(text)


def test_feeling_giddy_is_still_a_possible_vascular_sign():
    assert [m.code for m in find_mentions("I feel giddy and my back is tearing")] == ["vascular"]
