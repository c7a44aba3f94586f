"""Misreadings found by blind set 64 (tests/data/blind/README_sealed64.md), each in the set's own words and in
new ones."""
import pytest

from clinical.triage import interpret


def read(text, requested=None):
    return interpret(text, "describe_pain", requested, {}, [])


# --- a missed red flag: "was all fine before" read as a denial of the numbness it came before ---------------

@pytest.mark.parametrize("requested", [None, "bladder_bowel"])
def test_numbness_that_was_all_fine_before_is_new_not_denied(requested):
    update = read("courier, 38, back went on a 4th floor drop monday. Since then me and the missus have "
                  "tried twice and I can't feel a thing down below, was all fine before this back business",
                  requested)
    assert update.values.get("saddle_numbness") != "no"
    assert update.values.get("saddle_numbness") == "yes" or {"saddle_numbness", "sexual_dysfunction"} & set(
        update.to_check)


def test_all_fine_before_and_now_still_denies():
    assert read("numb down there? no, all fine").values.get("saddle_numbness") != "yes"


# --- false escalations: someone else's signs, a fever long gone, a figure of speech, a worry ---------------

@pytest.mark.parametrize("text, code", [
    ("my fellow umpire has had a temp of 39 and back pain since the weekend, she's seeing her GP today. my "
     "back just aches from running the court", "fever"),
    ("another driver at our depot fell off the bus steps onto his back, 1.5m, they took him in an ambulance. "
     "I'm fine, just shaken, my back's only a bit stiff from driving", "major_trauma"),
    ("fever 38.5 with a tummy bug on the 2nd of this month, gone within 48 hrs, 36.7 every day since. back "
     "sore from stacking chairs in the hall", "fever"),
    ("The crowd was at fever pitch at the final I reffed Saturday, felt like I ran a marathon. Lower back "
     "sore from 80 minutes of sprinting.", "fever"),
    ("Quick worry: could my back pain be cancer? I've never had cancer and nobody in my family has, I'm 30 "
     "and it started after refereeing on Saturday.", "cancer_history")])
def test_no_sign_of_the_writers_own(text, code):
    update = read(text)
    assert update.values.get(code) != "yes" and code not in update.to_check


@pytest.mark.parametrize("text, code", [
    ("I fell off the bus steps onto my back from 1.5m, another driver saw it", "major_trauma"),
    ("got a fever, pitch dark in here and I am shivering", "fever"),
    ("could this be because I cant pee?", "bladder_bowel"),
    ("help, could this be because I cant pee?", "bladder_bowel")])
def test_the_writers_own_sign_beside_those_words_still_counts(text, code):
    assert read(text).values.get(code) == "yes"
