"""What persona run 27 and blind set 67 found (tests/data/personas/results_run27*.md,
tests/data/blind/README_sealed67.md), each with the reading that failed."""
import pytest

from clinical import moves, parsing
from clinical.triage import interpret


def read(text, requested=None, answers=None, intent="describe_pain"):
    return interpret(text, intent, requested, answers or {}, [])


# --- set 67: "took my temp at lunch, 101.2 F" was no fever (an urgent sign missed) --------------------------

@pytest.mark.parametrize("text", ["back ache 6/10 after making beds at the motel all day, took my temp at "
                                  "lunch, 101.2 F. dont have any other symptoms", "temp at breakfast 38.6"])
def test_a_temperature_taken_at_a_mealtime_is_read(text):
    assert read(text).values.get("fever") == "yes"


# --- set 67: "The kitchen hit 40 today and I was sweating buckets. Checked my temp after, 36.8." was a fever
# (urgent), and "hit" an injury --------------------------------------------------------------------------

def test_sweating_in_a_hot_kitchen_is_checked_not_escalated():
    update = read("The kitchen hit 40 today and I was sweating buckets. Checked my temp after, 36.8. Back a "
                  "little sore from the stockpots.")
    assert update.values.get("fever") != "yes" and update.values.get("onset") != "injury"


# --- set 67: "I change incontinence pads for clients all day, part of the job" was an emergency -------------

def test_changing_clients_pads_is_checked_not_escalated():
    update = read("Home carer. I change incontinence pads for clients all day, part of the job. Anyway my "
                  "back's sore from all the bending.")
    assert update.values.get("bladder_bowel") is None and "bladder_bowel" in update.to_check


@pytest.mark.parametrize("text", ["I have become incontinent since the back pain started",
                                  "incontinent of urine since yesterday"])
def test_incontinence_of_ones_own_is_still_an_emergency_sign(text):
    assert read(text).values.get("bladder_bowel") == "yes"


# --- set 67: "the flyman on our show fell about 3 metres off the gallery, he's at A&E": the writer's fall -

def test_a_crewmates_fall_is_not_the_writers_trauma():
    update = read("the flyman on our show fell about 3 metres off the gallery this morning, he's at A&E. I "
                  "just want to check my own mild back strain from the get-in")
    assert update.values.get("major_trauma") != "yes"


# --- j01: "first 2 nights a bit sore when I turn over. now sleeping okay na po" was night pain (soon) -----

def test_sore_the_first_nights_and_sleeping_okay_now_is_no_night_pain():
    assert read("first 2 nights a bit sore when I turn over. now sleeping okay na po",
                "night_pain").values.get("night_pain") == "no"


# --- j11: "nahi sir", "nahi bhai, sab theek" (no, all fine) were not understood ---------------------------

@pytest.mark.parametrize("text", ["nahi sir", "nahi bhai, sab theek", "nahi yaar"])
def test_no_in_hindi_with_a_form_of_address(text):
    assert parsing.polarity(text) == "no"


def test_not_spreading_is_not_getting_worse():
    assert parsing.getting_worse("not spreading. same spot. worse if i'm sat in the van for 40 mins") == "no"


# --- set 67 routing: "HUMAN. NOW. I'm on my break at the prison and this is taking ages" asked whether this
# was a bot --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, asks", [
    ("HUMAN. NOW. I'm on my break at the prison and this is taking ages", True), ("are you human?", False)])
def test_human_now_asks_for_a_person(text, asks):
    assert moves.asks_for_a_person_instead(text) is asks
