"""Readings missed in the sixth persona run (tests/data/personas/results_run6_*.md), each written here in
new words as well as the persona's own."""
import pytest

from clinical import parsing
from clinical.language import find_mentions
from clinical.triage import answer_check, interpret


def answer(text, requested, answers=None, intent="inform"):
    return interpret(text, intent, requested, answers or {}, [])


def codes(text, status="present"):
    return {m.code for m in find_mentions(text) if m.status == status and m.about_user}


@pytest.mark.parametrize("text", [
    "no accidents, but i've barely peed since last night",
    "hardly had a wee all day and I still feel like I need to go",
    "my bladder never feels empty since this started",
])
def test_barely_passing_urine_or_a_bladder_that_never_empties_is_a_bladder_red_flag(text):
    assert "bladder_bowel" in codes(text)


def test_a_retention_story_told_mid_question_escalates_and_changes_no_fact_about_the_pain():
    text = ("no, feels normal down there, including when wiping. actually, re the bladder question: no "
            "accidents, but i've barely peed since last night. this morning it was just a trickle even "
            "though i had to push, and i still feel like i need to go. probably dehydrated from the flight?")
    before = {"bladder_bowel": "no", "duration_days": 10.0, "onset": "sport_or_exercise", "leg_pain": "yes"}
    update = answer(text, "saddle_numbness", before)
    assert update.values["bladder_bowel"] == "yes"
    assert "duration_days" not in update.values and "onset" not in update.values
    assert not update.corrected


@pytest.mark.parametrize("text", [
    "honestly some days i think itd be easier if i just didnt wake up",
    "ive thought about the pills in my drawer",
    "be easier for everyone if I never woke up",
])
def test_indirect_thoughts_of_ending_life_are_a_crisis(text):
    assert "self_harm" in codes(text)


def test_waking_late_is_not_a_crisis():
    assert not codes("I didn't wake up till 10 today")


@pytest.mark.parametrize("text", ["i dont know", "sometimes i guess", "i just told you. yeah",
                                  "ive thought about it, i havent done anything"])
def test_anything_but_a_plain_no_to_the_self_harm_check_is_yes(text):
    update = answer_check(text, "inform", "self_harm", "easier if i didn't wake up", {}, [])
    assert update.values.get("self_harm") == "yes"


def test_a_plain_no_to_the_self_harm_check_is_no():
    assert answer_check("no, nothing like that", "deny", "self_harm", "w", {}, []).values["self_harm"] == "no"


@pytest.mark.parametrize("text", ["no, had teh sweats well before my back",
                                  "no, had the sweats long before all this"])
def test_sweats_that_began_before_the_back_pain_are_not_a_fever(text):
    assert "fever" not in codes(text)
    update = answer_check(text, "deny", "fever", "night sweats", {}, [])
    assert update.values.get("fever") == "no"


@pytest.mark.parametrize("text", ["got home and collapsed on the bed the rest of the day",
                                  "just collapsed on the couch after work"])
def test_collapsing_onto_a_bed_or_sofa_is_lying_down_not_fainting(text):
    assert "vascular" not in codes(text)


def test_collapsing_elsewhere_is_still_a_sign():
    assert "vascular" in codes("I collapsed in the kitchen with the pain")


@pytest.mark.parametrize("text, age, days", [
    ("I have 63 years. The pain is since 5 days", 63, 5.0),
    ("I have 3 years of back pain", None, 1095.0),
])
def test_i_have_n_years_is_an_age_unless_it_is_years_of_something(text, age, days):
    assert parsing.age(text) == age
    assert parsing.duration_days(text) == days


@pytest.mark.parametrize("text", [
    "hang on i said no fever?? its jsut the change sweats, had them over a year",
                                  "wait, I told you no fever, those sweats are my menopause"])
def test_a_correction_that_denies_a_flag_first_takes_it_back_whatever_follows(text):
    update = answer(text, None, {"fever": "yes", "bladder_bowel": "no"})
    assert update.corrected.get("fever") == ("yes", "no")


@pytest.mark.parametrize("text, reply", [
    ("uh no?? everything works lol", "no"), ("Ha, no... Plumbing all in working order", "no"),
    ("Sadly not", "no"), ("lol yeah", "yes"), ("well, no", "no"),
])
def test_a_sound_or_filler_word_before_yes_or_no_does_not_hide_the_answer(text, reply):
    assert parsing.polarity(text) == reply


@pytest.mark.parametrize("text", ["never any steroid tablets", "I do not take steroids", "no ibuprofen"])
def test_a_medicine_denied_is_not_a_medicine_tried(text):
    assert parsing.medicines(text) == []


def test_woken_when_turning_over_is_pain_on_moving_not_night_pain():
    text = "no really worse at night. wakes me when a turn ower but a still get about 6 hours"
    assert answer(text, "night_pain").values.get("night_pain") == "no"
    assert answer("yes it wakes me up every night", "night_pain").values.get("night_pain") == "yes"


@pytest.mark.parametrize("text, kind", [
    ("When I sit long time in the bus, my bottom is sleeping a little. But this is many years.", None),
    ("I can't drive", "transport"), ("should I get a taxi?", "transport"),
    ("how do i get there", "transport"),
])
def test_a_bus_said_in_passing_is_no_question_about_getting_there(text, kind):
    from clinical import moves

    assert moves.getting_help_question(text) == kind


@pytest.mark.parametrize("text, region", [
    ("were in ballarat btw", "AU"), ("ok. were in ballarat", "AU"),
    ("we were in Perth last year", None), ("my folks were in Sydney", None),
])
def test_were_in_at_the_start_of_a_sentence_is_we_are_in(text, region):
    from clinical.places import where_person_is

    assert where_person_is(text) == region


@pytest.mark.parametrize("text, topic", [
    ("the GP surgery is closed, can it wait?", None), ("my surgery is closed till monday", None),
    ("will I need surgery?", "surgery"), ("is back surgery safe", "surgery"),
])
def test_a_doctors_surgery_is_the_practice_not_an_operation(text, topic):
    from tests.unit.readings import topics_for

    topics = topics_for(text)
    assert (topics[0] if topics else None) == topic if topic else "surgery" not in topics


@pytest.mark.parametrize("text, days", [
    # s11: the three weeks were the medicine's, the pain was years old
    ("gp started me on it 3 weeks ago, back has been bad for years", 730.0),
    ("been on tramadol for a month but my back's only been sore for 5 days", 5.0),
    ("my back has hurt for 2 weeks, been taking ibuprofen for 3 days", 14.0),
])
def test_a_time_said_about_a_medicine_is_not_how_long_the_pain_has_lasted(text, days):
    assert answer(text, None, intent="describe_pain").values.get("duration_days") == days


def test_a_time_said_only_about_a_medicine_gives_no_duration():
    assert "duration_days" not in answer("the gp started me on it 3 weeks ago", None).values


def test_a_question_about_combining_two_medicines_is_not_taken_for_an_overdose():
    assert not answer("can i take the amitriptyline with my tramadol?", None, intent="ask_question").to_check
