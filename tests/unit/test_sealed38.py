"""Rules changed in the session of blind set 38, each said in other words than the set's."""
import pytest

from clinical import moves
from clinical.language import find_mentions
from clinical.places import region_in
from tests.unit.readings import possible_codes, reported_codes, routed


@pytest.mark.parametrize("text", [
    "PMH prostate ca 2016, had radiotherapy, now new mid back pain for a fortnight",
    "known bone mets from my breast cancer, back sore since Monday",
    "hx of NSCLC, lower back pain getting worse at night",
])
def test_cancer_in_a_health_workers_shorthand_is_a_cancer_history(text):
    assert "cancer_history" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "fell from scaffolding, about 6 metres, onto my back",
])
def test_metres_are_not_misread_as_a_cancers_spread(text):
    assert "major_trauma" in reported_codes(text), find_mentions(text)
    assert "cancer_history" not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I'm a nurse: left plantarflexion 4/5 yesterday evening and 3/5 this morning",
    "Student physio here, checked myself: L hip flexion 4/5 at lunch, 2/5 by teatime",
])
def test_a_falling_muscle_grade_is_progressive_weakness(text):
    assert {"leg_weakness", "progressive_weakness"} <= reported_codes(text), find_mentions(text)


def test_a_muscle_grade_below_five_is_weakness_and_a_pain_out_of_five_is_not():
    assert "leg_weakness" in reported_codes("ankle dorsiflexion 3/5 on the right")
    assert "leg_weakness" not in reported_codes("back pain 4/5 today, legs fine")
    assert "leg_weakness" not in reported_codes("strength 5/5 in both legs when the GP checked")


@pytest.mark.parametrize("text", [
    "my left leg is weak, the right one is fine",
    "weak right foot since Sunday, left normal",
])
def test_the_other_side_fine_does_not_deny_the_first_sides_sign(text):
    assert "leg_weakness" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I can't wee normally since Saturday",
    "haven't been able to feel my backside normally since the fall",
])
def test_cannot_do_something_normally_is_a_sign(text):
    assert reported_codes(text) & {"bladder_bowel", "saddle_numbness"}, find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("my knee kept buckling in the spring, it's been strong since the summer and the GP said my strength "
     "is normal", "leg_weakness"),
    ("impotence for years with my blood pressure tablets, no different since my back pain began",
     "sexual_dysfunction"),
    ("everyone at work says I've got verbal diarrhoea, back aches though", "bladder_bowel"),
    ("the kitchen tap is leaking and I wrenched my back under the sink", "bladder_bowel"),
])
def test_over_long_standing_or_figurative_signs_do_not_escalate(text, code):
    assert code not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "last night I stood on a motorway bridge for ages, just looking down",
    "sat on the edge of the roof for too long last night",
    "I sometimes wonder if it's worth carrying on, the pain never stops",
])
def test_standing_at_a_drop_or_doubting_going_on_is_checked_for_crisis(text):
    assert "self_harm" in possible_codes(text) | reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "how come you're asking if I've had cancer?",
    "my specialist brought up methotrexate, what does it do?",
])
def test_asking_about_a_question_or_a_treatment_not_taken_is_no_sign(text):
    assert not reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, guess", [
    ("forget the exercises", "show_plan"),
    ("don't bother with the stretching plan, no time", "ask_activity_plan"),
    ("that was pointless, I knew all that already", "ask_why"),
])
def test_waving_away_what_was_offered_is_a_dismissal(text, guess):
    assert routed(text, guess) == "dismiss"


@pytest.mark.parametrize("text, kind", [
    ("what do I do if the practice says they're fully booked?", "gp_closed"),
    ("quickest way to get in with my doctor this week?", "where"),
])
def test_booking_and_a_full_practice_are_getting_help_questions(text, kind):
    assert moves.getting_help_question(text) == kind


@pytest.mark.parametrize("text, region", [
    ("please set my country to Australia", "AU"),
    ("switch the numbers to the UK", "UK"),
])
def test_setting_the_region_names_it(text, region):
    assert region_in(text) == region
    assert routed(text, "out_of_scope") == "tell_region"


@pytest.mark.parametrize("text", ["human", "A real person please"])
def test_a_bare_request_for_a_person(text):
    assert routed(text, "bot_challenge") == "request_human"


@pytest.mark.parametrize("text", [
    "my todger hasn't worked properly since I hurt my back on Saturday",
    "since the injury my penis won't work at all",
])
def test_a_sex_organ_named_in_slang_that_stopped_working_is_sexual_dysfunction(text):
    assert "sexual_dysfunction" in reported_codes(text), find_mentions(text)


# What the review of this session's rules found (its own messages, said in other words here)

@pytest.mark.parametrize("text, code", [
    ("I brought up the numb feeling round my backside with the practice nurse", "saddle_numbness"),
    ("brought up to my GP that I'd wet the bed twice this week", "bladder_bowel"),
    ("lost feeling in my bum, no different since the back pain came on this morning", "saddle_numbness"),
    ("i wouldnt say its agony i just cant hold my wee", "bladder_bowel"),
    ("Right ankle 4/5 on Monday, can't feel my bum since last night, 3/5 today", "saddle_numbness"),
    ("my right leg went weak yesterday, my arms are strong again after the flu", "leg_weakness"),
    ("the tap is leaking and so is my bladder", "bladder_bowel"),
    ("I stood on the railway bridge for ages thinking about jumping", "self_harm"),
])
def test_the_reviews_signs_stay_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("I work for the RCC as a planner and lifting files hurt my back", "cancer_history"),
    ("CRC bowel screening came back clear last month", "cancer_history"),
    ("sore calf 3/5 after the run yesterday", "leg_weakness"),
    ("did the leg raises 4/5 days this week", "leg_weakness"),
    ("EHL 3/5 last month, back to 5/5 now", "leg_weakness"),
    ("stood on the bridge watching the rowers for ages before my back went", "self_harm"),
    ("I wonder if it's worth going on the physio waiting list", "self_harm"),
])
def test_the_reviews_everyday_words_are_no_sign(text, code):
    assert code not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["not doing them, they make my leg ache", "yeah nah I'm fine"])
def test_an_answer_that_turns_something_down_is_not_made_a_dismissal(text):
    assert routed(text, "deny") != "dismiss"


@pytest.mark.parametrize("text", [
    "the doctor says it's booked in for next Tuesday, the scan",
    "the gym was fully booked so I walked instead",
])
def test_a_booking_that_is_no_closed_practice(text):
    assert moves.getting_help_question(text) != "gp_closed"
