"""Rules changed for blind sets 53 and 54, each said in other words than the sets'."""
import pytest

from clinical import moves, triage
from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes, routed


# --- safety: signs the first scoring passed over ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "retired GP here: there's a pulsatile swelling above my umbilicus and the back ache won't shift",
    "I can feel an expansile lump in my tummy, back pain since yesterday",
])
def test_a_pulsing_mass_in_clinical_words_is_vascular(text):
    assert "vascular" in reported_codes(text), find_mentions(text)


def test_a_yes_to_the_fall_when_thin_bones_were_told_escalates_at_once():
    # the check asked only about the fall, because the words told of thin bones that were not recorded
    words = "went over on the wet deck, only a little fall. back hurts. should say i have osteoporosis"
    assert triage.osteoporotic_fall_check_asks(words) == "fall"
    reply = triage.answer_check("/affirm", "affirm", "osteoporotic_fall", words, {}, [])
    assert reply.values.get("osteoporosis") == "yes" and reply.values.get("onset") == "fall", reply


def test_a_fall_told_beside_someone_elses_thin_bones_is_checked_for_the_persons_own():
    # (the fall was told; whose thin bones is what the check asks since persona run 26 and set 66)
    words = "slipped on the stairs at mum's, she has osteoporosis, back sore"
    assert triage.osteoporotic_fall_check_asks(words) == "osteoporosis"
    reply = triage.answer_check("/deny", "deny", "osteoporotic_fall", words, {}, [])
    assert reply.values.get("osteoporosis") != "yes", reply


# --- negatives the first scoring escalated ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "sweating like mad in that heat all afternoon, thermometer in the bathroom says 36.6 for me, back sore",
    "shivering after an ice bath at the gym, took my temp and it's 36.5, back tight",
])
def test_sweats_in_heat_or_shivers_after_cold_water_beside_a_normal_reading_are_no_fever(text):
    assert "fever" not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "my backside went numb on the 11 hour flight home but came back the minute I stood up",
    "numb bum on the coach trip to the match, came back once I stood, back just stiff",
])
def test_numbness_from_sitting_that_came_back_on_standing_is_no_saddle_sign(text):
    assert "saddle_numbness" not in reported_codes(text), find_mentions(text)


def test_which_back_symptoms_asked_in_general_is_no_report():
    text = "what back symptoms would mean hospital straight away, like if my legs went numb? all fine so far"
    assert "both_legs" not in reported_codes(text), find_mentions(text)


def test_a_small_slip_said_so_with_mild_pain_is_checked_not_escalated():
    text = "fell off a step stool in the kitchen, only a small slip, pain is mild, I'm 30"
    assert "major_trauma" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "was on long-term prednisone for asthma, stopped in 2016, back sore from the gym",
    "had methotrexate for my arthritis, came off in 2019, back ache from gardening",
])
def test_a_treatment_stopped_years_ago_is_no_weakened_immunity_now(text):
    assert "immunosuppression" not in reported_codes(text), find_mentions(text)


def test_a_treatment_stopped_this_year_still_counts():
    text = "on prednisone for years for my lungs, stopped in March, back pain since Monday"
    assert "immunosuppression" in reported_codes(text) | possible_codes(text), find_mentions(text)


# --- routing ----------------------------------------------------------------------------------------------
def test_forgetting_the_offered_stuff_is_a_dismissal():
    assert routed("forget the breathing stuff, not my thing", "report_progress") == "dismiss"


def test_a_number_taken_back_across_sentences_is_a_correction():
    assert moves.corrects("I typed 8. hold on. more like a 5 honestly")


def test_a_scans_time_is_not_the_pains():
    text = "slipped on the step, back hurts now. I have osteoporosis, bone density scan last year"
    assert triage.interpret(text, "describe_pain", None, {}, []).values.get("duration_days") is None


def test_the_pains_own_time_beside_a_scan_is_kept():
    text = "back hurts since 3 days ago, mri last year was clear"
    assert triage.interpret(text, "describe_pain", None, {}, []).values.get("duration_days") == 3


@pytest.mark.parametrize("text", [
    # the reason must be said of the sweats or shivers, and not denied; lasting sweats stay
    "drenched in sweat every night, temp 36.8 this morning, I work in a bakery by day",
    "shivering all night, temp 36.9, it isn't from the swim, I got out hours ago",
    "night sweats for three weeks, temp 36.7, menopause I suppose",
])
def test_sweats_or_shivers_with_a_reason_said_elsewhere_denied_or_lasting_stay(text):
    assert "fever" in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "numb round my back passage since the long coach trip on Sunday and it's not gone",
    "bum went numb on the plane and it's still numb now, two days on",
])
def test_numbness_from_sitting_that_stays_is_still_reported(text):
    assert "saddle_numbness" in reported_codes(text), find_mentions(text)


def test_heartburn_in_the_epigastrium_is_no_vascular_sign():
    text = "sudden heartburn in my epigastrium after a curry, back sore from the couch"
    assert "vascular" not in reported_codes(text), find_mentions(text)


def test_a_small_spill_at_speed_or_with_a_knock_out_still_escalates():
    text = "came off my mountain bike downhill, just a small spill, back sore"
    assert "major_trauma" in reported_codes(text), find_mentions(text)
