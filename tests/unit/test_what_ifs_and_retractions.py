"""What-ifs told as now, what-ifs behind a short opening, signs taken back, and a fever said to be over in the
next sentence: each checked with one question, never dropped and never escalated outright."""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes


@pytest.mark.parametrize(("text", "code"), [
    ("if I can't pee at all right now, do I need A&E?", "bladder_bowel"),
    ("If my bum has no feeling at the moment, is that an emergency?", "saddle_numbness"),
    ("if I can't feel either leg today what should I do", "both_legs"),
])
def test_a_condition_told_as_now_is_checked_not_dropped(text, code):
    assert code in possible_codes(text) and code not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "if my legs went numb, should I ring an ambulance?",
    "If I lost control of my bladder would I need to go in tonight?",  # the time is the question's
])
def test_a_plain_what_if_is_still_a_what_if(text):
    readings = reported_codes(text) | possible_codes(text)
    assert not readings & {"both_legs", "bladder_bowel"}, find_mentions(text)


@pytest.mark.parametrize(("text", "code"), [
    ("Out of curiosity, if a motorbike crash hurt my back, would that be an ED thing?", "major_trauma"),
    ("Quick one: if I lost feeling in both legs who would I call?", "both_legs"),
    ("Just asking - if I lost control of my bladder, is that serious?", "bladder_bowel"),
])
def test_a_what_if_behind_a_short_opening_is_checked(text, code):
    assert code in possible_codes(text) and code not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize(("text", "code"), [
    # a condition told as happening behind the opening stays a report
    ("quick one, if I've had no feeling down below since lunch what do I do?", "saddle_numbness"),
    # "if anything" is no condition
    ("honestly, if anything my legs are weaker than this morning, is that ok?", "progressive_weakness"),
])
def test_an_opening_does_not_soften_what_is_happening(text, code):
    readings = reported_codes(text) | possible_codes(text)
    assert code in readings, find_mentions(text)


def test_hypothetically_said_alone_still_heads_the_if():
    text = "asking hypothetically. if my ankle went floppy after a jump. would that be bad. it hasn't"
    assert "leg_weakness" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize(("text", "code"), [
    ("my leg went weak. no wait, scratch that. it was pins and needles from kneeling", "leg_weakness"),
    ("I've wet myself. Ignore that, autocorrect, I meant I'm wet from the rain", "bladder_bowel"),
])
def test_a_sign_taken_back_in_the_next_sentence_is_checked(text, code):
    assert code in possible_codes(text) and code not in reported_codes(text), find_mentions(text)


def test_a_sign_not_taken_back_stays_reported():
    text = "I've wet myself twice today. Scratches on my arm from the cat too"
    assert "bladder_bowel" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "back sore from surfing. had a fever on Sunday with a cold. gone now.",
    "I had a temperature of 38.5 a few days ago. It's gone now and my back just aches",
])
def test_a_fever_said_over_in_the_next_sentence_is_checked(text):
    assert "fever" in possible_codes(text) and "fever" not in reported_codes(text), find_mentions(text)


def test_a_fever_said_back_in_the_next_sentence_stays_reported():
    text = "had a fever on Sunday. It's back again tonight, 38.6"
    assert "fever" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "Update, if I stand up my legs go numb",  # an "if" that means "whenever": told, not asked
    "Quick update: if I sit for more than ten minutes both legs go numb",
])
def test_an_opening_before_a_habitual_if_leaves_the_sign_told(text):
    assert "both_legs" in reported_codes(text), find_mentions(text)


# --- what the review of these rules found: signs they must not soften -------------------------------------
@pytest.mark.parametrize(("text", "code"), [
    # a condition told as a present state, or as happening, behind an opening
    ("Quick one, if I haven't been able to wee since breakfast, should I go in?", "bladder_bowel"),
    ("just wondering, if my bum's been numb for two days, is that ED?", "saddle_numbness"),
    ("quick question, if I'm having chemo, is back pain a worry?", "immunosuppression"),
    # a plea, and a sign outside the condition
    ("Help: if my legs are numb and I can't pee what do I do", "bladder_bowel"),
    ("Just wondering, if I see the GP will they check why my saddle area is numb?", "saddle_numbness"),
    # an "ignore that" about something else, or a correction upwards
    ("Can't feel my bum. Ignore that the nurse said it's nothing, I'm scared.", "saddle_numbness"),
    ("Temp 38.9. Scratch that, it's 39.5 now.", "fever"),
    # a fever said gone but back, masked, or within the last day
    ("Had a fever on Friday. Gone now, but it's back tonight at 38.7.", "fever"),
    ("Had a temperature this morning. Gone now after two panadol.", "fever"),
    # the sign itself came back
    ("My fever came back fully overnight, 39.2", "fever"),
    ("The numbness in my saddle area came back completely this morning", "saddle_numbness"),
])
def test_a_sign_told_as_happening_stays_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize(("text", "code"), [
    ("If I wet myself at the moment of a big laugh, is that normal after kids?", "bladder_bowel"),
    ("If my legs go numb now and then on long drives, is that sciatica?", "both_legs"),
])
def test_a_what_if_with_words_that_only_look_like_now_is_not_checked(text, code):
    assert code not in reported_codes(text) | possible_codes(text), find_mentions(text)


# --- real signs the review found neither version read: each now gets one check question ------------------
@pytest.mark.parametrize(("text", "code"), [
    ("Is it bad if I can't wee right now? Been trying since lunch", "bladder_bowel"),
    ("what do I do if I can't pee right now", "bladder_bowel"),
    ("If I still can't feel anything down below when I wipe, should I go in?", "saddle_numbness"),
    ("my bladder isn't working at all this evening", "bladder_bowel"),
])
def test_a_sign_asked_about_as_happening_now_is_checked(text, code):
    assert code in possible_codes(text) | reported_codes(text), find_mentions(text)


def test_not_at_all_right_through_the_night_is_no_all_right():
    text = "I haven't been able to pee at all right through the night"
    assert "bladder_bowel" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "what should I do if I get a fever on holiday?",
    "is it serious if I leak a bit when I sneeze? had three kids",
])
def test_a_what_if_behind_a_question_frame_with_no_time_now_stays_a_what_if(text):
    assert not (possible_codes(text) | reported_codes(text)) & {"fever", "bladder_bowel"}, find_mentions(text)


def test_a_take_back_that_goes_on_to_tell_the_sign_again_leaves_it_reported():
    text = "I can't wee. Scratch that, I can but only a dribble, and no feeling down there since Monday"
    assert {"bladder_bowel", "saddle_numbness"} <= reported_codes(text), find_mentions(text)
