"""Rules changed for blind sets 51 and 52, each said in other words than the sets'."""
import pytest

from clinical import moves, triage
from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes, routed


# --- safety: signs the first scoring passed over ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "since the fall off the trailer I can hardly start a pee, it just won't come",
    "back went on the night shift and now I can barely start a wee even when I'm bursting",
    "nurse here, my own back: haven't voided since 6am despite trying, and suprapubic ache",
    "suprapubic ache and can't pass much, began with the back pain two days ago",
])
def test_trouble_starting_or_not_voiding_is_retention(text):
    assert "bladder_bowel" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I can't void my gym contract because of my back, annoying",
    "wee bit stiff this morning and can barely start the car in the frost, back aches",
])
def test_void_or_start_in_other_senses_is_no_bladder_sign(text):
    assert "bladder_bowel" not in reported_codes(text), find_mentions(text)


# --- negatives the first scoring escalated ----------------------------------------------------------------
@pytest.mark.parametrize("text, code", [
    ("got a 38.5 from covid in march, gone within a day, back's stiff from the couch", "fever"),
    ("glandular fever with high temps at uni, fully better for years, now a sore back from rowing", "fever"),
])
def test_a_sign_said_over_long_ago_is_not_reported(text, code):
    assert code not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("the codeine wore off within hours and then I wet myself", "bladder_bowel"),
    ("the painkillers wore off that evening and then both my legs went numb", "both_legs"),
])
def test_medicine_wearing_off_before_a_sign_says_nothing_is_over(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "the air con died in the office so I'm sweating like mad, temp is 36.7 though, back's sore from the desk",
    "shivering in bed cos the heater packed up, thermometer reads 36.3, back stiff from curling up",
    "perimenopausal night sweats again, temperature 36.8 this morning, back stiff from weeding",
])
def test_sweats_or_shivers_put_down_to_the_room_beside_a_normal_reading_are_no_fever(text):
    assert "fever" not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    # a high reading, a reading lowered by a medicine or remedy, a room's reading, or sweats with shivers
    "sweating buckets with the heating on full, temp 38.4, back aching",
    "night sweats, menopause I thought, temp 36.8 but I'd had two panadol",
    "heating's on full and I'm sweating buckets, temp 36.7 but that was after a lemsip",
    "heatwave, the room thermometer says 36.5 and I'm drenched in sweat, back sore",
    "sweating and shivering all night with the heating on, temp 36.9",
])
def test_sweats_beside_a_high_or_hidden_reading_stay(text):
    assert "fever" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_bedding_wet_with_sweat_is_no_bladder_sign():
    text = "night sweats from the hrt, my pillow was soaked through again, back a bit stiff"
    assert "bladder_bowel" not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "woke up and the sheets were soaked, I never used to do that, back agony",
    "sweaty night and then the bed was wet this morning, smelt of wee, first time ever",
])
def test_bedding_wet_with_no_sweat_or_a_sign_of_urine_is_still_a_bladder_sign(text):
    assert "bladder_bowel" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "hurt my back in a rugby tackle on sunday (wasn't a big one), bit sore now",
    "came off my push bike at walking pace on the gravel, hopped straight back on, back a little sore",
])
def test_a_crash_said_to_be_small_is_checked_not_escalated(text):
    assert "major_trauma" not in reported_codes(text), find_mentions(text)
    assert "major_trauma" in possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "rugby tackle last night, not a bad one, but the pain is excruciating",
    "came off my motorbike at 80km/h, wasn't a bad one, got straight back up, back is really sore",
    "hit by a van on my bike, not a big crash, they said, but my back is killing me",
    "fell off the scaffold, wasn't a big fall, pain 8 out of 10",
])
def test_a_crash_said_small_with_speed_a_vehicle_or_severe_pain_still_escalates(text):
    assert "major_trauma" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("sorry, if im bothering you, but i've been wetting myself since tuesday", "bladder_bowel"),
    ("my legs both went numb, if that helps, what should I do?", "both_legs"),
])
def test_an_if_that_opens_politely_leaves_the_sign_told(text, code):
    assert code in reported_codes(text), find_mentions(text)


# --- routing ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("guess", ["describe_pain", "ask_question"])
def test_asking_the_reason_for_a_question_is_asking_why(guess):
    text = "what's the reason for asking whether I've had cancer? odd thing to ask"
    assert routed(text, guess) == "ask_why"
    assert "cancer_history" not in reported_codes(text) | possible_codes(text), find_mentions(text)


# --- answers read with their question ---------------------------------------------------------------------
def test_a_question_about_what_might_happen_then_denied_is_no_yes_to_the_saddle_question():
    text = "If the steam room ever made my back go numb would I need to see someone? It doesn't, just asking."
    update = triage.interpret(text, "ask_question", "saddle_numbness", {"bladder_bowel": "no"}, [])
    assert update.values.get("saddle_numbness") != "yes", update


def test_a_yes_after_a_question_about_what_might_happen_is_still_a_yes():
    text = "If it was numb down there would that be an emergency? Yes it is, my bottom has gone numb."
    update = triage.interpret(text, "describe_pain", "saddle_numbness", {"bladder_bowel": "no"}, [])
    assert update.values.get("saddle_numbness") == "yes", update


@pytest.mark.parametrize("text, guess", [
    ("I think I'll skip the yoga, not really me", "nlu_fallback"),
    ("not stretching in a cold garage, forget it", "nlu_fallback"),
    ("no thank you, I don't want the meditation, it makes me fidget", "report_flare"),
])
def test_a_treatment_turned_down_is_a_dismissal(text, guess):
    assert routed(text, guess) == "dismiss"


@pytest.mark.parametrize("text", [
    "no, I don't want the stretches to make it worse, is that likely?",
    "not walking much lately because it hurts more",
])
def test_a_worry_or_a_report_about_a_treatment_is_no_dismissal(text):
    assert routed(text, "report_flare") != "dismiss"


@pytest.mark.parametrize("text", [
    "heaps better thanks, back at the warehouse and it's only a little sore",
    "sure, I'll give that a go after my shift",
])
def test_progress_or_agreeing_to_the_plan_is_no_question_about_getting_help(text):
    assert moves.getting_help_question(text) is None


@pytest.mark.parametrize("text", [
    "it's probably just a pulled muscle, can I leave it till Monday?",
    "feeling better, it's probably nothing, can I wait till tomorrow?",
    "can I wait until after work to go in?",
])
def test_waiting_or_playing_it_down_is_still_a_question_about_getting_help(text):
    assert moves.getting_help_question(text) is not None


def test_finding_a_same_day_doctor_is_a_question_about_getting_help():
    assert moves.getting_help_question("how can I find an after-hours doctor on a public holiday?") == "where"


def test_feeling_better_and_playing_it_down_is_still_played_down():
    # after an escalation this is the moment to stand firm (issue 10)
    assert moves.getting_help_question("feeling much better now, it's probably nothing") == "minimise"
