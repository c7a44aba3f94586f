"""What persona run 20 found, in general terms: a calm woman's "embarrassed to have hurt myself gardening",
told to the mood question, was read as self-harm and given the crisis reply (an emergency for a self-care
case), and her "there has been a misunderstanding, I have no thoughts of harming myself" changed nothing."""
import datetime as dt

import pytest

from clinical import medicines, moves, parsing
from clinical.recall import detector
from clinical.triage import answer_check, interpret
from clinical.urgency import assess

TODAY = dt.date(2026, 12, 6)


def read(text, requested=None, answers=None, intent="inform"):
    return interpret(text, intent, requested, answers or {}, [], today=TODAY)


@pytest.mark.parametrize("text", [
    "Quite calm, thank you. A little embarrassed to have hurt myself gardening, but not worried.",
    "I hurt myself lifting the washing", "I hurt myself at work on Monday",
    "hurt myself playing rugby saturday", "I hurt myself again lifting the baby",
    "hurt myself badly at the gym"])
@pytest.mark.parametrize("requested", [None, "mood"])
def test_hurting_oneself_in_doing_something_is_an_injury(text, requested):
    assert read(text, requested).values.get("self_harm") is None


@pytest.mark.parametrize("text", [
    "I hurt myself on purpose last night to take my mind off the back pain",
    "I keep wanting to hurt myself when the pain is this bad",
    "If this pain doesnt stop soon Im going to hurt myself",
    "I hurt myself again last night, cut my arm", "been hurting myself on purpose", "I hurt myself",
    "I want to hurt myself lifting is agony", "I have been hurting myself"])
def test_hurting_oneself_on_purpose_or_wishing_to_is_still_self_harm(text):
    assert read(text, "mood").values.get("self_harm") == "yes"


def test_the_injury_is_not_suggested_as_self_harm_either():
    # (the recall reader had learnt "hurt myself" from crisis talk only)
    text = "Embarrassed to have hurt myself gardening, but not worried."
    assert "self_harm" not in detector().possible(text)


OPENING_T08 = ("G'day. Got a sore back, first time in my life. Came on about 12 days ago, no idea why. "
               "Daughter's getting married in London in a bit over 2 weeks and I'm flying over. "
               "Anything I can do to get it right before then?")


def test_a_first_episode_over_50_with_a_flight_to_come_is_soon():
    values = read(OPENING_T08, intent="describe_pain").values
    assert values["onset"] == "no_clear_cause" and values["first_episode"] == "yes"
    assert values["duration_days"] == 12
    signs_no = {code: "no" for code in (
        "bladder_bowel", "saddle_numbness", "sexual_dysfunction", "leg_weakness", "leg_numbness",
        "major_trauma", "fever", "weight_loss", "cancer_history", "immunosuppression", "vascular",
        "self_harm")}
    assert assess({**signs_no, **values, "age": 63}).level.label == "soon"


@pytest.mark.parametrize("text", ["Daughter's getting married in a bit over 2 weeks",
                                  "flying out in three days", "in a fortnight's time I'm off to Bali",
                                  "the wedding is in 2 weeks"])
def test_a_time_still_to_come_is_not_the_pains_length(text):
    assert parsing.duration_days(text) is None


@pytest.mark.parametrize("text, days", [("in 3 weeks it has not improved", 21),
                                        ("flying out in three days, pain for 2 weeks", 14)])
def test_the_pains_length_beside_a_time_to_come(text, days):
    assert parsing.duration_days(text) == days


@pytest.mark.parametrize("text", ["I'm flying over for the wedding", "driving to Perth next week",
                                  "need to be fit for the flight"])
def test_sitting_still_to_come_is_no_onset(text):
    assert parsing.onset(text) is None


@pytest.mark.parametrize("text", ["started after a long flight", "I was driving when it started"])
def test_sitting_that_began_it_is_still_read(text):
    assert parsing.onset(text) == "sitting_or_driving"


@pytest.mark.parametrize("text", ["first time in my life", "my first ever bout of back pain"])
def test_a_first_episode_in_other_words(text):
    assert parsing.first_episode(text) == "yes"


def test_a_first_time_in_years_is_no_first_episode():
    assert parsing.first_episode("first time in 20 years") is None


T05_ANSWERS = {"duration_days": 120, "improving": "no", "location": "lower_back", "age": 16}


def test_weeks_better_than_others_are_neither_a_length_nor_improving():
    # t05: "Some weeks are better than others but it's never gone away" was read as 3 weeks and improving
    values = read("Mason is 16, like I said at the start. It came on gradually about four months ago, no "
                  "injury. Some weeks are better than others but it's never gone away.", "details",
                  T05_ANSWERS).values
    assert values.get("duration_days", 120) > 100 and values.get("improving") != "yes"
    assert parsing.improving("good days and bad days, up and down really") is None
    assert parsing.improving("it isn't improving") == "no"


def test_four_months_not_three_weeks_is_corrected_and_the_buttocks_are_no_new_place():
    update = read("Sorry, that's not right. It's been about four months, not 3 weeks, and it isn't "
                  "improving, some weeks are just better than others. And yes, it's deep in both buttocks, "
                  "sometimes more one side, sometimes the other, but nothing below that.", "leg_pain",
                  {**T05_ANSWERS, "duration_days": 21, "improving": "yes"}, intent="correct_answer")
    assert update.values["duration_days"] > 100 and update.values["improving"] == "no"
    assert "location" not in update.values


@pytest.mark.parametrize("text, leg_pain", [("Yes, into both buttocks. Not into his legs.", "no"),
                                            ("yes, my bum, not down the legs", "no"),
                                            ("yes into my bum and down the back of my left leg", "yes")])
def test_pain_as_far_as_the_buttocks_is_no_leg_pain(text, leg_pain):
    assert read(text, "leg_pain", T05_ANSWERS).values["leg_pain"] == leg_pain


def test_a_no_to_one_part_then_trouble_passing_urine_is_checked():
    # t06: "no accidents or anything. ... I've had to sit there ages to get it going" was read as no
    update = read("no accidents or anything. passing it... um kinda? since yesterday I've had to sit there "
                  "ages to get it going and it doesnt feel like much comes out. thought I was just "
                  "dehydrated so I've been drinking heaps", "bladder_bowel")
    assert update.values.get("bladder_bowel") != "no" and "bladder_bowel" in update.to_check


@pytest.mark.parametrize("text", ["No, nothing like that, I pee fine and my bowels are normal, just sore",
                                  "no. wee and poo all normal thanks, back just aches when I bend"])
def test_a_plain_no_with_the_rest_normal_stays_no(text):
    assert read(text, "bladder_bowel").values.get("bladder_bowel") == "no"


@pytest.mark.parametrize("text, reason", [
    # t02: a mate's tramadol offered got general opioid information, never "not someone else's"
    ("can u just tell me something stronger. my mate has tramadol he said i can have a few", "someone_else"),
    # t04: "how long should I stay off work?" beside "Advil with my Zoloft?" was answered as stopping
    ("can I take Advil with my Zoloft?\n4. how long should I stay off work? I have 2 PTO days left",
     "combination"),
    ("how long should I stay on naproxen?", "stop_or_change")])
def test_the_reason_a_medicine_question_goes_to_a_pharmacist(text, reason):
    assert medicines.referral_reason(text) == reason


@pytest.mark.parametrize("text", ["pissed off. im self employed cant afford to be crook", "cranky as"])
def test_anger_told_to_the_mood_question_is_an_answer(text):
    # t02: "pissed off ..." was not taken as an answer, and the mood question was asked again
    assert read(text, "mood").values.get("mood") == "not_high"


def test_a_relatives_age_after_who_is():
    # t05: "I'm asking for my son, who is 16" and then "how old are you?" twice
    assert parsing.relatives_age("Hi, I'm asking for my son, who is 16. He's had low back pain") == 16
    assert parsing.relatives_age("my mum, aged 81, has had a fall") == 81


@pytest.mark.parametrize("text", ["Should we be worried?",
                                  "Does Mason need to see a doctor about this, and how soon?",
                                  "Does he need to see his pediatrician?", "should I take him to the GP?"])
def test_whether_someone_should_be_seen_is_what_the_questions_answer(text):
    # t05: "Should we be worried?" about a son's four months of pain got general text and no questions
    assert moves.asks_whether_to_see_someone(text)


@pytest.mark.parametrize("text, days", [
    # t01: "last Thursday" and then "an away game ... which is 3 hours drive" was said back as under a day
    ("I hurt my lower back last Thursday lifting the net bowl post. We've got an away game on Saturday "
     "which is 3 hours drive, can I still go", 3),
    ("pain for 3 days, did a 10 hour shift yesterday", 3)])
def test_the_length_of_a_drive_or_a_shift_is_not_the_pains(text, days):
    assert parsing.duration_days(text, TODAY) == days


@pytest.mark.parametrize("text, bladder_bowel", [
    # t04: a pasted list with "- peeing fine, pooping fine" was asked the bladder question again
    ("- no numbness\n- no pain down my legs\n- peeing fine, pooping fine", "no"),
    ("toilet is normal, no numbness", "no"),
    ("peeing fine", None),  # the question asks about the bowels too
    ("bowels normal but I cant pee", "yes")])
def test_bladder_and_bowels_told_normal_in_an_opening(text, bladder_bowel):
    assert read(text, intent="describe_pain").values.get("bladder_bowel") == bladder_bowel


@pytest.mark.parametrize("text, intent, value", [
    # t06 replayed: "yeah i guess? ... taking ages to get going ..., no leaking tho" to the bladder check was
    # read as no (from "no leaking"), and the emergency came only on the next question
    ("yeah i guess? like I said its taking ages to get going since yesterday, no leaking tho", "affirm",
     "yes"),
    ("yeah, no leaking tho", "affirm", "yes"),
    ("yeah nah", "deny", "no"), ("yeah no, all good", "deny", "no"), ("no", "deny", "no")])
def test_a_leading_yes_answers_the_check(text, intent, value):
    update = answer_check(text, intent, "bladder_bowel", "had to sit there ages to get it going", {}, [])
    assert update.values["bladder_bowel"] == value


def test_the_same_question_asked_again_while_held_is_kept_once():
    # t06 replayed: the Saturday question, asked in the opening and again mid-triage, was answered twice
    assert moves.asks_the_same(
        "sorry this is prob a dumb question but will I be right for saturday? its a semi",
        "main thing is will I be right to play saturday? its a semi final")
    assert not moves.asks_the_same("can I take ibuprofen?", "do I need an x-ray?")


def test_a_part_of_a_list_refused_is_not_taken_as_no():
    # t05 replayed: "He says no, definitely not. Um, I'm not asking him that second one." to the saddle list
    # had answered the sex question no as well
    values = read("Hang on, let me ask him about the numbness. ... He says no, definitely not. Um, I'm not "
                  "asking him that second one.", "checklist_saddle").values
    assert values.get("saddle_numbness") == "no" and values.get("sexual_dysfunction") is None
    assert read("none of these", "checklist_saddle").values.get("sexual_dysfunction") == "no"
