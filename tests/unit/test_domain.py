"""The domain's safety wording and the links between actions and responses."""
import re

from rasa_sdk.executor import ActionExecutor

from tests.conftest import ROOT


def test_introduction_says_automated_not_a_diagnosis_and_gives_the_emergency_number(domain):
    intro = domain["responses"]["utter_intro"][0]["text"]
    assert "automated" in intro
    assert "diagnose" in intro and "clinician" in intro
    assert "{emergency_number}" in intro


def test_bot_challenge_answer_is_truthful(domain):
    answer = domain["responses"]["utter_iamabot"][0]["text"]
    assert "automated" in answer and "not a person" in answer


def test_every_response_named_in_actions_exists_in_the_domain(domain):
    named = set()
    for path in (ROOT / "actions").rglob("*.py"):
        named |= set(re.findall(r"response=\"(utter_\w+)\"", path.read_text()))
    assert named, "expected actions to call domain responses by name"
    assert named <= set(domain["responses"]), named - set(domain["responses"])


def test_every_custom_action_is_declared_in_the_domain_and_vice_versa(domain):
    executor = ActionExecutor()
    executor.register_package("actions")
    registered = set(executor.actions)
    assert registered == set(domain["actions"]), registered ^ set(domain["actions"])
