"""What blind set 58's first scoring found (team sport, shops and building sites, travel, later life), in
general terms: a bottom numb on a coach ride that came straight back on standing escalated; a rugby tackle
eight weeks past with nothing severe said escalated as a fresh injury; a netball coach's player and a
foreman read as the writer; a rheumatologist who only brought up Humira read as weakened immunity; and
messages routed by their opening words (a restart asked at the end, a plan to display again, a greeting
asking after the assistant, thanks before a question, a treatment turned down, tablets not wanted)."""
import datetime as dt

import pytest

from clinical import medicines, moves
from clinical.language import find_mentions
from clinical.triage import interpret
from components.clinical_facts import _conversation_move

TODAY = dt.date(2026, 12, 6)


def read(text, requested=None):
    return interpret(text, "inform", requested, {}, [], today=TODAY)


def test_numbness_on_a_coach_ride_that_came_straight_back_is_checked_not_escalated():
    update = read("Bum went numb on a 6 hour coach ride, came straight back the moment I stood up and has "
                  "been normal all day. Back a touch stiff.")
    assert update.values.get("saddle_numbness") is None and "saddle_numbness" in update.to_check


def test_a_tackle_weeks_past_with_nothing_severe_is_checked():
    update = read("Back pain since a rugby tackle 8 weeks ago and it's not getting any better, same every "
                  "week.")
    assert update.values.get("major_trauma") is None and "major_trauma" in update.to_check


@pytest.mark.parametrize("text", [
    "rugby tackle on saturday, back is sore",
    "Got speared into the ground in a rugby tackle 3 weeks ago, severe pain since"])
def test_a_fresh_or_severe_tackle_still_escalates(text):
    assert read(text).values.get("major_trauma") == "yes"


@pytest.mark.parametrize("text", [
    "Our club physio asked me to check: one of my netball players has a temp of 39 and back pain.",
    "My foreman has prostate cancer and now back pain. Should I tell him to ring the doctor today?"])
def test_a_player_or_a_foreman_is_someone_else(text):
    assert not any(m.about_user and m.status == "present" for m in find_mentions(text))


def test_a_biologic_only_brought_up_is_checked():
    mentions = find_mentions("I'm seeing a rheumatologist who brought up Humira. What are biologic medicines "
                             "for?")
    assert [m.status for m in mentions if m.code == "immunosuppression"] == ["possible"]


@pytest.mark.parametrize("text, guess, move", [
    ("Scrap all that, I put the wrong answers in because my grandson was distracting me. Can we start again "
     "from the top?", "correct_answer", "start_over"),
    ("Please display the plan once more. I would like to print it out and stick it on my fridge.",
     "ask_activity_plan", "show_plan"),
    ("hiya bot hows your day going? mines been flat out at the warehouse, 10 hr shift, finally sat down with "
     "a cuppa", "report_progress", "greet"),
    ("thanks for that. quick one though, heat or ice? got both at home after a day shifting pallets", "thank",
     "ask_question"),
    ("Please don't suggest meditation or mindfulness, not my thing. My netball girls would laugh at me.",
     "ask_activity_plan", "dismiss")])
def test_the_move_a_message_makes(text, guess, move):
    assert _conversation_move(text, {"name": guess}, named_place=False) == move


def test_a_restart_is_not_asking_when_to_start_an_activity_again():
    assert not moves.asks_plainly_to_start_over("When may I start again?")


def test_tablets_not_wanted_make_no_medicine_question():
    assert medicines.referral_reasons("What might I do at home for a back I strained moving boxes? I am 72 "
                                      "and would rather not take tablets.") == []
    assert medicines.referral_reason("I am 72, can I take ibuprofen?") == "condition"
