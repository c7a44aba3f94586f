"""A person who cannot make a voice call (Deaf, unable to speak, no phone) is told how else to reach help,
not given the same numbers again (persona run 23, n06: "me Deaf. phone no. text how?" met with voice lines
only)."""
import pytest

from actions.conversation import ActionStandFirm
from clinical import moves
from tests.conftest import make_tracker, user_event
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)


@pytest.mark.parametrize("text", [
    "me Deaf. phone no. text how?", "im deaf. cant phone. what do i do",
    "I'm deaf and can't use the phone, how do I call for help?",
    "I am hard of hearing, I can't hear on the phone",
    "my son is non-verbal and so am i, we cant make a call", "I can't speak on the phone, I'm mute",
    "I don't have a phone", "i cant make phone calls"])
def test_saying_one_cannot_make_a_voice_call(text):
    assert moves.getting_help_question(text) == "cannot_phone"


@pytest.mark.parametrize("text", [
    "what's the phone number for healthline?", "I can't talk long, I'm on my break",
    "my mum is deaf so I do the calls", "I can't call it pain exactly, more an ache",
    "no phone calls at work but I can text", "the doctor said to phone back if it got worse"])
def test_no_trouble_calling_said(text):
    assert moves.getting_help_question(text) != "cannot_phone"


async def test_after_an_emergency_the_ways_without_a_voice_call(dispatcher, domain):
    tracker = make_tracker([user_event("im deaf. cant phone. what do i do", "ask_getting_help")],
                           slots={"triage_level": "emergency"})
    await ActionStandFirm().run(dispatcher, tracker, domain)
    responses = said(dispatcher)
    assert responses[0] == "utter_firm_emergency" and "utter_cannot_phone" in responses
    line = next(m for m in dispatcher.messages if m["response"] == "utter_cannot_phone")
    assert line["emergency_number"] == "111"


async def test_after_urgent_the_ways_without_a_voice_call(dispatcher, domain):
    tracker = make_tracker([user_event("I'm deaf, how do I get a same day appointment without phoning?",
                                       "ask_getting_help")], slots={"triage_level": "urgent"})
    await ActionStandFirm().run(dispatcher, tracker, domain)
    responses = said(dispatcher)
    assert responses[0] == "utter_firm_urgent" and "utter_cannot_phone" in responses


async def test_before_any_outcome_the_ways_and_an_invitation_to_tell_the_pain(dispatcher, domain):
    tracker = make_tracker([user_event("I'm deaf and can't use the phone, how do I call for help?",
                                       "ask_getting_help")])
    await ActionStandFirm().run(dispatcher, tracker, domain)
    responses = said(dispatcher)
    assert responses == ["utter_firm_no_triage", "utter_cannot_phone"]
