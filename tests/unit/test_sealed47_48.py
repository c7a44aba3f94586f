"""Rules changed for blind sets 47 and 48, each said in other words than the sets'."""
import pytest

from clinical.language import find_mentions, normalise
from tests.unit.readings import possible_codes, reported_codes


# --- someone else's signs ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "one of my recruits came off the climbing wall from 6 metres and can't move his legs, my back is stiff",
    "my cellie has been shivering all night with a temperature of 39.2, I'm ok, just a sore back",
    "my bf peed himself in his sleep twice this week and he has a bad back, should I worry",
])
def test_a_group_member_a_cellmate_or_a_partner_in_shorthand_is_someone_else(text):
    signs = {"major_trauma", "both_legs", "fever", "bladder_bowel"}
    assert not reported_codes(text) & signs, find_mentions(text)


def test_one_of_my_legs_is_still_mine():
    text = "one of my legs keeps giving way and it's worse every day"
    assert "progressive_weakness" in reported_codes(text) | possible_codes(text), find_mentions(text)


# --- a message that corrects itself -----------------------------------------------------------------------
def test_a_starred_correction_replaces_the_like_word_before_it():
    assert normalise("I cant move my legs. *can. stupid phone").startswith("i can move my legs.")
    assert not reported_codes("I cant move my legs. *can. stupid phone, only my back aches")


def test_a_starred_correction_can_make_a_sign_too():
    text = "I can feel my bum when I wipe. *can't. sorry"
    assert "saddle_numbness" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_a_high_reading_corrected_to_a_normal_one_is_no_fever():
    text = "I said I had a fever but the thermometer was the wrong way up, it says 37.1, not 39.1. no shivers"
    assert "fever" not in reported_codes(text), find_mentions(text)


def test_a_normal_reading_corrected_to_a_high_one_stays_a_fever():
    assert "fever" in reported_codes("temp 38.9, not 37.2 like I said earlier")


def test_a_fever_wondered_about_then_measured_normal_after_a_sauna_is_no_fever():
    text = "been sweating a lot in the sauna and wondered if it was a fever, so I checked my temp: 36.7"
    assert "fever" not in reported_codes(text), find_mentions(text)


def test_a_fever_wondered_about_then_measured_high_stays_a_fever():
    text = "wondered if it was a fever, so I checked my temp: 38.9"
    assert "fever" in reported_codes(text), find_mentions(text)


# --- old signs told as "back" and short courses -----------------------------------------------------------
def test_a_span_of_time_then_back_means_ago_but_not_before_pain():
    assert "a month ago," in normalise("had a temperature of 39 a month back, well since")
    assert normalise("I've had a few days back pain") == "i've had a few days back pain"


def test_a_fever_a_month_back_with_normal_temps_since_is_over():
    text = "Had a chest infection with a 39 fever two months back, temps have been normal for weeks."
    assert "fever" not in reported_codes(text), find_mentions(text)


def test_a_short_steroid_course_years_ago_is_over():
    assert "immunosuppression" not in reported_codes(
        "had a 5 day course of prednisolone for a rash 3 years ago, now my back is sore from rowing")


def test_steroids_years_ago_and_taken_since_are_still_told():
    assert "immunosuppression" in reported_codes("I started prednisolone 3 years ago and I'm still on it")


# --- lists of questions answered no, and what a page says --------------------------------------------------
def test_a_list_of_signs_each_answered_no_after_a_comma_is_denied():
    text = "Nurse asked: numbness between the legs, no. trouble passing urine, no. I strained my back at work"
    assert not reported_codes(text) & {"saddle_numbness", "bladder_bowel"}, find_mentions(text)


def test_a_sign_told_after_a_comma_is_still_the_writers():
    assert "bladder_bowel" in reported_codes("lost control of my bladder, no.")


@pytest.mark.parametrize("text", [
    "I read on reddit that a pulsing feeling in your tummy can be an aneurysm. I'm 30, nothing like that",
    "the article mentions numbness around the back passage. I don't have that, just a sore back",
])
def test_what_a_page_says_about_a_sign_is_not_the_writers(text):
    assert not reported_codes(text) & {"vascular", "saddle_numbness"}, find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("the leaflet says go to A&E if you can't pee, and I can't pee", "bladder_bowel"),
    ("saw on youtube that a numb bum is serious - mine has been numb since Sunday", "saddle_numbness"),
    ("the website lists a pulsing lump in the belly and I can feel one now", "vascular"),
])
def test_a_page_read_then_the_sign_told_as_ones_own_is_still_read(text, code):
    assert code in reported_codes(text), find_mentions(text)


# --- numbness from a cold seat -----------------------------------------------------------------------------
def test_a_numb_bottom_on_a_chairlift_is_checked_not_escalated():
    text = "bum went numb on the chairlift in the cold, fine once I skied off. back a bit tight"
    assert "saddle_numbness" not in reported_codes(text), find_mentions(text)


# --- a yes or no taken back, and routing ------------------------------------------------------------------
@pytest.mark.parametrize("text, answer", [("no.. hang on, yes", "yes"), ("yes, oops I misclicked, no", "no"),
                                          ("yes sorry", "yes"), ("sorry, no", "no")])
def test_the_answer_after_a_change_of_mind_is_the_answer(text, answer):
    from clinical.parsing import polarity
    assert polarity(text) == answer


@pytest.mark.parametrize("text", ["skip the yoga stuff, not for me",
                                  "Skip the breathing and the relaxation bit, really not my thing",
                                  "I'm not giving up the gym, so don't bother suggesting it",
                                  "I don't want the walking part, I'd rather swim"])
def test_a_treatment_skipped_or_not_to_be_suggested_again_is_turned_down(text):
    from clinical.moves import turns_down_a_treatment
    assert turns_down_a_treatment(text)


@pytest.mark.parametrize("text", ["don't mention it", "skip the stretches, my back hurts too much",
                                  "should I skip the yoga?"])
def test_a_courtesy_a_report_or_a_question_is_no_turn_down(text):
    from clinical.moves import turns_down_a_treatment
    assert not turns_down_a_treatment(text)


def test_thanks_with_praise_for_the_bot_is_only_thanks():
    from clinical.moves import only_thanks
    assert only_thanks("thx bot ur a legend")
    assert not only_thanks("thx bot, my legs have gone numb")


@pytest.mark.parametrize("text", ["I keep thinking it's my spine crumbling. am I being paranoid",
                                  "what if the doctors don't take me seriously again"])
def test_a_worry_said_as_a_thought_or_a_what_if_is_a_worry(text):
    from clinical.moves import worried
    assert worried(text)


# --- kept after the review (the reviewer's drops, in other words) -------------------------------------------
@pytest.mark.parametrize("text, code", [
    ("I'm one of the riders, came off at 60 km/h and can't move my legs", "both_legs"),
    ("gf diet here, and I've been wetting myself since Friday", "bladder_bowel"),
    ("Bladder issues, no. I just can't go at all", "bladder_bowel"),
    ("Numb bum, no. It has been numb since Tuesday", "saddle_numbness"),
    ("the page says a throbbing lump in the tummy is an aneurysm, which is what I've got", "vascular"),
    ("read on google that a numb saddle is serious. yep got that since monday", "saddle_numbness"),
    ("I said I had a fever but it read 37.0, then drenching sweats in bed at night, soaked through", "fever"),
    ("the GP said I had a fever but it's 37.1 at home", "fever"),
])
def test_signs_the_review_found_dropped_are_read_again(text, code):
    assert code in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_a_starred_slip_that_is_no_word_corrects_nothing():
    assert normalise("I cant feel my bum. *cnat").startswith("i can't feel my bum")


@pytest.mark.parametrize("text", ["swallowed a load of tablets an hour ago, feeling sleepy",
                                  "might just top myself, can't do this",
                                  "honestly dont wanna live like this",
                                  "thinking of how to unalive myself"])
def test_crisis_in_slang_and_an_overdose_told_plainly_are_reported(text):
    assert "self_harm" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["kms", "took a bottle of water on my walk",
                                  "took the lot like the GP said"])
def test_a_crisis_word_often_a_joke_or_an_everyday_bottle_is_at_most_checked(text):
    assert "self_harm" not in reported_codes(text), find_mentions(text)


def test_kms_is_checked():
    assert "self_harm" in possible_codes("kms")


@pytest.mark.parametrize("text", [
    "had a 5 day course of prednisolone 3 years ago and I'm still on it for my lungs",
    "a 5 day course of prednisone 2 years ago, been on it daily since",
])
def test_a_short_course_then_steroids_that_go_on_is_still_told(text):
    assert "immunosuppression" in reported_codes(text), find_mentions(text)
