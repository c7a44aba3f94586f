"""Misreadings found by persona run 23 (tests/data/personas/results_run23_*.md), each in the persona's own
words and in new ones."""
import datetime as dt

import pytest

from clinical import moves, parsing, places
from clinical.activity import minutes
from clinical.language import tells_own_pain
from clinical.triage import answer_check, interpret
from clinical.urgency import assess

SUNDAY = dt.date(2026, 12, 6)


def read(text, requested=None, answers=None, intent="inform"):
    return interpret(text, intent, requested, answers or {}, [], today=SUNDAY)


# --- n07: a pasted after-visit summary, "Denies fever, chills, unexplained weight loss, history of
# malignancy, IV drug use, chronic steroid use", read as weight loss, cancer and a weak immune system --------

_N07_HISTORY = ("HISTORY: 58 y.o. male presents with 5 days of bilateral low back pain, R>L, onset after "
                "shoveling heavy wet snow. Pain 6/10. Denies radiation to lower extremities. Denies "
                "numbness, tingling or weakness. Denies fever, chills, unexplained weight loss, history of "
                "malignancy, IV drug use, chronic steroid use. Similar episode age 45, resolved with "
                "conservative care.")


def test_a_clinicians_list_of_denials_denies_every_item():
    values = read(_N07_HISTORY).values
    assert {values.get(slot) for slot in ("weight_loss", "cancer_history", "immunosuppression")} == {"no"}
    assert values["age"] == 58 and assess(values).level.label == "self_care"


@pytest.mark.parametrize("text", ["denies fever, chills, lost 8 kg without trying",
                                  "denies fever, but I have lost 8 kg without trying"])
def test_an_item_of_its_own_after_a_denial_is_still_told(text):
    assert read(text).values.get("weight_loss") == "yes"


def test_i_denied_them_takes_back_what_was_read():
    update = read("The summary says I denied weight loss, cancer and steroid use. I haven't lost any "
                  "weight.", answers={"weight_loss": "yes", "cancer_history": "yes"})
    assert update.values.get("weight_loss") == "no" and update.values.get("cancer_history") == "no"


# --- n08: "my bottom goes numb on the deck loungers after an hour or so" read as saddle numbness (an
# emergency, no check); an opening about her own back named her husband, so it was no report of pain -------

@pytest.mark.parametrize("text", ["Only that my bottom goes numb on the deck loungers after an hour or so, "
                                  "but I expect that is the loungers.",
                                  "my bottom goes numb when I sit for an hour or so"])
def test_a_numb_bottom_after_long_sitting_is_checked_not_escalated(text):
    update = read(text, "saddle_numbness")
    assert update.values.get("saddle_numbness") != "yes" and "saddle_numbness" in update.to_check


@pytest.mark.parametrize("text", [
    "when I sit on the loo I can't feel the seat under my bum at all, since today",
    "my bum goes numb on the loungers and it stays numb even when I stand"])
def test_a_numb_bottom_that_is_no_sitting_matter_is_still_an_emergency(text):
    assert read(text).values.get("saddle_numbness") == "yes"


def test_numbness_gone_as_soon_as_she_stands_answers_the_check_no():
    assert read("my bum goes numb on the loungers but it goes as soon as I stand up").values.get(
        "saddle_numbness") == "no"


def test_a_husband_named_in_passing_leaves_the_pain_hers():
    assert tells_own_pain("Good afternoon. I am on a cruise ship with my husband and the internet is dear. I "
                          "have had an aching low back for about nine days. Should I see the ship's doctor?")
    assert not tells_own_pain("my husband has had back pain for 3 days, should he see a doctor?")


# --- n11: "no. thats a cancer sign isnt it. i havent though" to the weight-loss question recorded a cancer
# history (urgent); "i said my AUNT had it not me" changed nothing ----------------------------------------

def test_cancer_named_as_what_a_sign_may_mean_is_no_history():
    update = read("no. thats a cancer sign isnt it. i havent though", "weight_loss", {"cancer_history": "no"})
    assert update.values.get("cancer_history") != "yes" and update.values.get("weight_loss") == "no"


def test_a_cancer_had_is_still_read_beside_such_a_question():
    update = read("I had bowel cancer in 2019, is weight loss a sign of cancer coming back?")
    assert update.values.get("cancer_history") == "yes"


@pytest.mark.parametrize("text", ["wait WHAT do you mean i told you about cancer?? i said my AUNT had it not "
                                  "me. oh my god why do i need a doctor today",
                                  "my aunt had cancer, not me"])
def test_someone_elses_cancer_not_mine_takes_the_history_back(text):
    update = read(text, answers={"cancer_history": "yes"})
    assert update.values.get("cancer_history") == "no" and "cancer_history" in update.corrected


def test_the_check_answered_with_an_aunts_cancer_is_no():
    opening = "my aunt died of pancreatic cancer that started with back pain"
    update = answer_check("no not me, my aunt had it, pancreatic, 3 years ago", "express_worry",
                          "cancer_history", opening, {}, [])
    assert update.values.get("cancer_history") == "no"


# --- n12: "worst pain ive had eh, like something tore" and "reckons i look a bit pale" passed over (the
# blood-vessel question came 16th); "yeah nah none of that" read as yes beside them; "40 min ago" unread -----

def test_a_tearing_worst_pain_is_checked_for_the_blood_vessel_signs():
    update = read("back just went on me weeding the veges. worst pain ive had eh, like something tore. is it "
                  "a disc?")
    assert "vascular" in update.to_check and update.values.get("vascular") != "yes"


def test_looking_pale_is_checked_and_yeah_nah_answers_the_list_no():
    update = read("yeah nah none of that. missus is fussing, reckons i look a bit pale. im right",
                  "checklist_saddle")
    assert update.values.get("checklist_saddle") == "no" and "vascular" in update.to_check


@pytest.mark.parametrize("text, answer", [("yeah nah", "no"), ("nah yeah", "yes"),
                                          ("yeah no worries", "yes"), ("yeah, nah, all good", "no")])
def test_yeah_nah_is_no_and_nah_yeah_is_yes(text, answer):
    assert parsing.polarity(text, None, explicit_only=True) == answer


@pytest.mark.parametrize("text, days", [("bout 40 min ago", 40 / 1440),
                                        ("told ya, 40 min. just happened", 40 / 1440),
                                        ("back went hitching up the van tuesday. bit better today", 5.0),
                                        ("my back went today, physio next tuesday", 0.5)])
def test_minutes_and_a_weekday_after_the_event_are_the_pains_time(text, days):
    assert parsing.duration_days(text, SUNDAY) == pytest.approx(days)


# --- n10: "were aussies mate. in WA just out of carnarvon" not read as Australia ---------------------------

def test_were_for_were_with_a_demonym_tells_the_country():
    assert places.region_in("were aussies mate. in WA just out of carnarvon, doin the big lap") == "AU"
    assert places.region_in("they were aussies") is None


# --- n06: "hour ok." to how many minutes he can do today was refused ---------------------------------------

@pytest.mark.parametrize("text, expected", [("hour ok.", 60), ("about hour", 60), ("half an hour", 30),
                                            ("hours and hours", None)])
def test_a_bare_hour_is_sixty_minutes(text, expected):
    assert minutes(text) == expected


# --- n02: a nurse's "no radicular sx, no saddle anaesthesia, no retention, afebrile" in the opening, then the
# same questions asked one by one --------------------------------------------------------------------------

def test_a_clinicians_shorthand_for_denied_signs_is_read():
    values = read("44F ED RN. acute mechanical LBP x4/7 after boosting a pt up the bed. L paraspinal, no "
                  "radicular sx, no saddle anaesthesia, no retention, afebrile, no trauma. improving.").values
    assert {values.get(slot) for slot in ("fever", "leg_pain", "saddle_numbness")} == {"no"}
    assert values["age"] == 44 and values["duration_days"] == 4.0


def test_fluid_retention_is_no_bladder_sign():
    assert "bladder_bowel" not in read("fluid retention from my tablets, back sore for 3 days").values


# --- replay at 4f3fed4: n12's answer to the new blood-vessel check ("my guts are aching too ... a funny turn,
# went all woozy ... fine now") read as no from its "fine now": soon for a suspected aneurysm ---------------

_N12_CHECK_REPLY = ("now you mention it my guts are aching too, deep in the middle, thought it was the "
                    "wifes curry. had a bit of a funny turn, went all woozy and had to sit down on the path, "
                    "the missus said i went grey. fine now")
_N12_OPENING = "worst pain i've had eh, like something tore"


def test_a_check_answered_by_describing_the_sign_is_yes():
    update = answer_check(_N12_CHECK_REPLY, "inform", "vascular", _N12_OPENING, {}, [])
    assert update.values.get("vascular") == "yes"
    assert assess(update.values).level.label == "emergency"


@pytest.mark.parametrize("text", ["no, just the curry, fine now", "nah, fine"])
def test_a_check_answered_no_is_still_no(text):
    assert answer_check(text, "inform", "vascular", _N12_OPENING, {}, []).values.get("vascular") == "no"


# --- replay: n11's "should my legs be tingling?? they're not" escalated as tingling in both legs -----------

@pytest.mark.parametrize("text", [
    "no none of those, i checked. should my legs be tingling?? they're not but is that a sign",
    "should my bum be numb after 10 hours in the truck? it still is"])
def test_whether_a_sign_should_be_there_is_checked_not_escalated(text):
    update = read(text, "checklist_saddle", {"quick_path": True})
    told = {slot for slot, value in update.values.items() if value == "yes"}
    assert not {"both_legs", "saddle_numbness"} & told
    assert {"both_legs", "saddle_numbness"} & set(update.to_check)


# --- replay: n07's pasted letter was no report of his own pain; "None of these. ... not sure it does
# anything ... Can I take two?" answered the list "not sure"; "the quicker version with the lists" ignored --

def test_a_pasted_clinicians_note_tells_the_writers_own_pain():
    assert tells_own_pain("My clinic gave me this. HISTORY: 58 y.o. male presents with 5 days of bilateral "
                          "low back pain, onset after shoveling heavy wet snow.")


def test_the_statement_before_a_side_question_is_no_part_of_the_answer():
    text = ("None of these. The cyclobenzaprine makes me groggy in the morning but I'm not sure it does "
            "anything for the back. Can I take two at bedtime instead of one?")
    assert read(text, "checklist_saddle", {"quick_path": True}).values.get("checklist_saddle") == "no"
    assert moves.side_question_after_answer(text).endswith("can i take two at bedtime instead of one?")


@pytest.mark.parametrize("text", [
    "No. That was in the same list I already answered. Let's do the quicker version with the lists, please.",
    "No. Nothing in the legs at all. Quicker: show them as lists"])
def test_asking_for_the_lists_beside_an_answer_is_heard(text):
    assert moves.asks_for_the_lists(text)
