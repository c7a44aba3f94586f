"""Misreadings found by blind set 61 (tests/data/blind/README_sealed61.md), each in the set's own words and in
new ones."""
import datetime as dt

import pytest

from actions.common import ANSWERING_FOR_SOMEONE
from actions.outcome import ActionTriageOutcome
from clinical import moves, parsing
from clinical.language import find_mentions
from clinical.triage import interpret
from tests.conftest import make_tracker, user_event
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)


def read(text, requested=None, answers=None, intent="describe_pain"):
    return interpret(text, intent, requested, answers or {}, [])


# --- a sign long over, said to be over, was checked; the over event's time was taken as the pain's --------

@pytest.mark.parametrize("text, code", [
    ("Had a spinal abscess with high fevers 6 years ago, treated with IV antibiotics and fully cleared. Now "
     "I'm a baker and just sore from kneading, no fever since.", "fever"),
    ("After my c-section 2 yrs ago I couldn't pee for a day and had a catheter, that sorted itself out long "
     "ago. Now just back ache from lugging the car seat.", "bladder_bowel"),
    ("kidney infection with a fever of 39 in 2019, fully cleared. back sore from the boat ramp", "fever")])
def test_a_sign_long_over_and_said_to_be_over_is_neither_escalated_nor_checked(text, code):
    update = read(text)
    assert update.values.get(code) != "yes" and code not in update.to_check


@pytest.mark.parametrize("text", [
    "couldnt pee last night but it sorted itself out, back is sore",
    "couldn't pee properly yesterday, sorted itself out this morning. my back is killing me"])
def test_a_sign_of_yesterday_that_passed_on_its_own_still_counts(text):
    update = read(text)
    assert update.values.get("bladder_bowel") == "yes" or "bladder_bowel" in update.to_check


@pytest.mark.parametrize("text", [
    "Had a spinal abscess with high fevers 6 years ago, treated with IV antibiotics and fully cleared. Now "
    "I'm a baker and just sore from kneading, no fever since.",
    "After my c-section 2 yrs ago I couldn't pee for a day and had a catheter, that sorted itself out long "
    "ago. Now just back ache from lugging the car seat."])
def test_the_time_of_an_event_long_over_is_not_how_long_the_pain_has_lasted(text):
    assert "duration_days" not in read(text).values


@pytest.mark.parametrize("text, days", [
    ("I had a disc operation 3 years ago, this back pain started on Monday", 6.0),
    ("did my back in 2 years ago lifting and it never settled", 730.0),
    ("Back pain. Started 2 years ago.", 730.0)])
def test_the_pains_own_time_still_counts(text, days):
    assert parsing.duration_days(text, dt.date(2026, 12, 6)) is not None
    update = interpret(text, "describe_pain", None, {}, [], today=dt.date(2026, 12, 6))
    assert update.values.get("duration_days") == days


@pytest.mark.parametrize("text", ["back ache from lugging the car seat",
                                  "lugged the kayak onto the roof rack"])
def test_lugging_is_carrying(text):
    assert parsing.onset(text) == "lifting"


def test_sitting_in_the_car_seat_is_still_sitting():
    assert parsing.onset("sore after 6 hours sitting in the car seat") == "sitting_or_driving"


@pytest.mark.parametrize("text", ["it never settled", "never really eased", "it never properly improved"])
def test_a_pain_that_never_settled_is_not_improving(text):
    assert parsing.improving(text) == "no"


# --- someone else's fall, named by their group at work, was taken as the writer's ----------------------

@pytest.mark.parametrize("text", [
    "one of the dishies at work just fell off the loading dock, about 2m, landed on his back and cant get "
    "up. im with him now, what do i do",
    "one of the other drivers came off his bike at 60k and cant feel his legs"])
def test_one_of_a_group_at_work_is_someone_else(text):
    mentions = [m for m in find_mentions(text) if m.status == "present"]
    assert mentions and not any(m.about_user for m in mentions)


def test_one_of_the_discs_is_still_the_writers_own():
    mentions = find_mentions("one of the discs in my back is bulging and I fell off a ladder 3m, cant move")
    assert any(m.code == "major_trauma" and m.about_user for m in mentions)


# --- an outcome at the opening for someone typed for said "you" with no word of whom it meant ---------------

@pytest.mark.parametrize("text", [
    "Asking for my daughter, 17, she's a pool lifeguard and has lost 8kg without trying, plus back pain. She "
    "won't ask herself.",
    "Care worker. One of my clients, an 84 yo with osteoporosis, slid off her chair this morning and now has "
    "back pain. My back is fine."])
async def test_an_outcome_at_the_opening_for_someone_typed_for_says_whom_it_means(dispatcher, domain, text):
    events = await ActionTriageOutcome().run(dispatcher, make_tracker([user_event(text, "red_flag")]), domain)
    responses = said(dispatcher)
    assert responses.index("utter_outcome_for_someone") == 1  # right after the level, never before it
    assert {"event": "slot", "name": ANSWERING_FOR_SOMEONE, "value": True} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events]


async def test_an_outcome_of_ones_own_says_nothing_of_someone_else(dispatcher, domain):
    text = "I've lost 8kg without trying and my back has ached for 3 weeks"
    await ActionTriageOutcome().run(dispatcher, make_tracker([user_event(text, "red_flag")]), domain)
    assert "utter_outcome_for_someone" not in said(dispatcher)


# --- "is there a physio or someone real I can chat to?" was answered as a question about getting help ------

@pytest.mark.parametrize("text, asks", [
    ("is there a physio or someone real I can chat to? happy to wait, I'm just sitting on the jetty", True),
    ("any real people i can talk to?", True),
    ("are you a real person", False),
    ("my physio is someone real i can talk to about it tomorrow", False)])
def test_someone_real_to_chat_to_is_a_request_for_a_person(text, asks):
    assert moves.asks_for_a_person_instead(text) is asks


# --- a workmate's fall, told with "what do i do", started the writer's own safety questions ---------

_WORKMATE_FELL = ("one of the dishies at work just fell off the loading dock, about 2m, landed on his back "
                  "and cant get up. im with him now, what do i do")


def test_his_back_is_not_the_writers_own_pain():
    from clinical.language import tells_own_pain

    assert not tells_own_pain(_WORKMATE_FELL)
    assert tells_own_pain("he fell on his back and now my back hurts too, what do i do")


async def test_someone_elses_emergency_asked_about_is_answered_with_the_emergency(dispatcher, domain):
    from actions.knowledge import ActionAnswerQuestion

    tracker = make_tracker([user_event(_WORKMATE_FELL, "ask_question")])
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_someone_elses_emergency"]


async def test_someone_elses_lesser_sign_beside_a_question_still_gets_the_answer(dispatcher, domain):
    from actions.knowledge import ActionAnswerQuestion

    text = "my husband has had a fever of 39 since yesterday. is heat or ice better for a sore back?"
    await ActionAnswerQuestion().run(dispatcher, make_tracker([user_event(text, "ask_question")]), domain)
    responses = said(dispatcher)
    assert responses[0] == "utter_someone_elses_urgent_sign" and len(dispatcher.messages) > 1
