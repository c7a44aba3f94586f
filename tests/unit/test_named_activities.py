"""A question about doing an activity no source names (netball, touch rugby, flying, a round of golf) is told
so before the general advice on keeping active, even when the activity's name is a keyword that routes the
question there (run 19, u01 and u12: netball answered in general, as if the sources spoke of it); work,
walking, exercise and rest, which the sources do speak of, get the advice without that caveat."""
import pytest

from actions.knowledge import ActionAnswerQuestion
from tests.conftest import make_tracker, user_event
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)


async def answer(dispatcher, domain, text):
    tracker = make_tracker([user_event(text, "ask_question")], slots={"triage_level": "self_care"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    return said(dispatcher)


@pytest.mark.parametrize("text", ["can I still play netball on saturday with my sore back?",
                                  "is it ok to fly to Spain next week? 3 hour flight",
                                  "can I play touch rugby this weekend", "ok to go tramping on Sunday?",
                                  # persona run 34: a powerlifting meet, a concert, a pilot's "operate"
                                  "can i compete or not", "Must I cancel Saturday's concert? It is two hours "
                                  "seated.", "rostered for a 13-hour sector Thursday. Am I OK to operate?"])
async def test_an_activity_no_source_names_is_said_to_be_outside_them(dispatcher, domain, text):
    responses = await answer(dispatcher, domain, text)
    assert responses[0] == "utter_activity_not_covered"
    assert "text" in responses  # then what the sources say about keeping active


@pytest.mark.parametrize("text", ["can I still go to work tomorrow?", "can I still go for a walk each day?",
                                  "should I rest or can I still play golf?"])
async def test_what_the_sources_speak_of_is_answered_without_the_caveat(dispatcher, domain, text):
    responses = await answer(dispatcher, domain, text)
    assert "utter_activity_not_covered" not in responses
    assert "text" in responses


def test_every_activity_said_to_be_outside_the_sources_routes_to_keeping_active():
    # (the list names keywords of the topics file: one renamed there would silently drop its caveat)
    from clinical import knowledge, questions
    topic = next(t for t in knowledge.read_content().topics if t["id"] == questions.ACTIVITY_TOPIC)
    assert set(topic["keywords"]) >= questions._ACTIVITIES_NOT_IN_SOURCES
    assert set(topic["keywords"]) >= questions._NAMES_NO_ACTIVITY
