"""Misreadings found by blind set 65 (tests/data/blind/README_sealed65.md), each in the set's own words and in
new ones."""
import pytest

from clinical import moves, parsing
from clinical.triage import interpret


def read(text, requested=None):
    return interpret(text, "describe_pain", requested, {}, [])


# --- an emergency read from a renovation: "ripping out the old kitchen cabinets" was a tearing pain --------

@pytest.mark.parametrize("text", [
    "When are steroids used for back problems? Just curious, my back's sore after ripping out the old "
    "kitchen cabinets and a mate swears by them.",
    "spent the weekend tearing up the old carpet and my back is sore",
    "my back is tearing me apart after the move"])
def test_ripping_or_tearing_things_out_is_no_tearing_pain(text):
    update = read(text)
    assert update.values.get("vascular") != "yes" and "vascular" not in update.to_check


@pytest.mark.parametrize("text", ["sudden tearing pain in my back going through to my stomach",
                                  "a ripping feeling in my back then I went dizzy",
                                  "the pain is tearing through my back"])
def test_a_tearing_pain_is_still_an_emergency_sign(text):
    assert read(text).values.get("vascular") == "yes"


# --- steroids long stopped, and a medicine "came off" ------------------------------------------------------

def test_steroids_stopped_years_ago_are_no_weakened_immunity_now():
    update = read("Junior footy coach, 36. In my 20s I was on long-term steroids for colitis, off them for "
                  "10 years now. Back a bit tight after marking the field lines.")
    assert update.values.get("immunosuppression") != "yes" and "immunosuppression" not in update.to_check
    assert "age" not in update.values  # "in my 20s I was ..." is a time gone by, not the age now


def test_coming_off_a_medicine_is_no_fall():
    assert parsing.onset("I have been on steroids for years, came off them last week, back sore") != "fall"
    assert parsing.onset("came off my bike yesterday") == "fall"


def test_a_daily_medicine_since_a_year_is_still_taken():
    update = read("Steroid tablets for my Crohn's every day since 2022, and now a brand new backache for a "
                  "week")
    assert update.values.get("immunosuppression") == "yes"


# --- routing ---------------------------------------------------------------------------------------------

def test_lessons_starting_again_do_not_clear_the_conversation():
    assert not moves.asks_to_start_over("Yes please, go ahead with that, the grandkids' swim lessons start "
                                        "again next week so I'd like to get going.")
    assert moves.asks_to_start_over("can we start again please")


def test_changing_a_pain_score_is_a_correction():
    assert moves.corrects("Actually change my pain score from 8 to 4, I was exaggerating because I was cross "
                          "with the flat pack instructions.")


def test_a_place_said_for_the_phone_numbers_asks_for_them():
    assert moves.asks_for_local_numbers("we're in Christchurch NZ, doing up an old villa, if that helps with "
                                        "the phone numbers")


def test_not_a_drop_of_wee_is_retention():
    # set 53's "since about 6 this morning I cannot get a drop of wee out" had been an emergency only through
    # "ripping out the old kitchen cabinets" read as a tearing pain; without that, it is read for itself
    update = read("Spent the weekend ripping out the old kitchen cabinets. Back is sore, fine, but since "
                  "about 6 this morning I cannot get a drop of wee out and it's now 1pm. Tried the running "
                  "tap trick, nothing.")
    assert update.values.get("bladder_bowel") == "yes" and update.values.get("vascular") != "yes"
