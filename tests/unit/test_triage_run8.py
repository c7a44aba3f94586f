"""Readings missed in the eighth persona run (tests/data/personas/results_run8_*.md), each written here in
the persona's words and in new ones."""
import pytest

from clinical import moves
from clinical.language import find_mentions
from clinical.places import region_in
from clinical.triage import interpret


def answer(text, requested, answers=None, intent="inform"):
    return interpret(text, intent, requested, answers or {}, [])


def own(text):
    return {(m.code, m.status) for m in find_mentions(text) if m.about_user and not m.hypothetical}


@pytest.mark.parametrize("text", ["aus, brissy", "Tucson.", "hmm", "the blue one"])
def test_the_classifiers_guess_alone_never_answers_a_safety_question(text):
    # p04: "aus, brissy", read by the classifier as affirm, gave an emergency for bladder trouble
    update = answer(text, "bladder_bowel", intent="affirm")
    assert "bladder_bowel" not in update.values


@pytest.mark.parametrize("text, value", [
    ("yup", "yes"), ("uh huh", "yes"), ("afraid so", "yes"), ("a little", "yes"), ("I do", "yes"),
    ("nah mate", "no"), ("not that I know of", "no"), ("nothing like that", "no"),
])
def test_yes_and_no_said_in_words_still_answer_it(text, value):
    assert answer(text, "bladder_bowel").values.get("bladder_bowel") == value


def test_i_do_that_begins_a_description_is_no_yes():
    # p07: getting up at night to pass urine (long-standing, the prostate) is no bladder red flag
    text = "I do get up twice in the night to use the bathroom, I should mention"
    assert answer(text, "bladder_bowel", intent="affirm").values.get("bladder_bowel") != "yes"


@pytest.mark.parametrize("text", [
    "bit stiff when i get up but only about 15 min, hot shower sorts it",
    "No, just stiff for about 10 minutes when I get up, then I loosen up!",
    "stiff first thing, maybe twenty minutes",
])
def test_a_short_stiffness_is_no_to_the_long_stiffness_question(text):
    assert answer(text, "morning_stiffness").values["morning_stiffness"] == "no"


def test_a_long_stiffness_is_still_yes():
    assert answer("stiff as anything when I get up, about an hour", "morning_stiffness").values[
        "morning_stiffness"] == "yes"


@pytest.mark.parametrize("text", ["Bum goes numb on long drives too.", "my bum goes numb on long runs"])
def test_numbness_only_on_long_drives_or_runs_is_checked_not_escalated(text):
    update = answer(text, "bladder_bowel")
    assert "saddle_numbness" not in update.values and "saddle_numbness" in update.to_check


def test_no_erection_problems_is_a_denial_and_no_erection_is_the_symptom():
    assert ("sexual_dysfunction", "present") not in own(
        "Ha, well no erection problems as I'm a woman! But no, nothing's changed there either")
    assert ("sexual_dysfunction", "present") in own("no erection at all since my back went")


def test_night_sweats_put_down_to_the_menopause_in_another_clause_are_checked():
    text = "I do get night sweats but honestly that's the menopause, I've had those for ages"
    update = answer(text, "fever")
    assert update.values.get("fever") != "yes" and "fever" in update.to_check


def test_a_question_about_a_relatives_tumour_is_no_cancer_history():
    assert ("cancer_history", "present") not in own("Is a tumour likely, given my uncle had one?")
    assert ("cancer_history", "present") in own("I had breast cancer in 2016")


@pytest.mark.parametrize("text, code", [
    ("also bit weird when i wiped earlier couldnt really feel the loo roll, since yesterday",
     "saddle_numbness"),
    ("can barely feel the toilet roll when I wipe", "saddle_numbness"),
    ("took ages to start peeing this morning", "bladder_bowel"),
    ("i had to push to get my wee out", "bladder_bowel"),
])
def test_wiping_without_feeling_and_a_slow_start_to_peeing_are_red_flags(text, code):
    assert (code, "present") in own(text)


def test_a_slow_start_said_to_the_bladder_question_is_yes():
    assert answer("now u mention it took ages to get goin this mornin, had to push", "bladder_bowel").values[
        "bladder_bowel"] == "yes"


def test_a_slow_morning_is_no_bladder_sign_without_the_bladder():
    assert not own("took ages to get going this morning, stiff as a board") & {("bladder_bowel", "present")}


@pytest.mark.parametrize("text", [
    "hi its his mum typing, my son is 18 hes had a sore lower back 3 days and now hes hot and shivery since "
    "last night, sorry on my phone",
    "I'm messaging on behalf of my dad, he has a fever and the shivers",
])
def test_someone_writing_for_the_patient_reports_the_patients_red_flags(text):
    assert ("fever", "present") in own(text)


def test_someone_elses_symptom_without_writing_for_them_is_still_theirs():
    assert ("fever", "present") not in own("my son has a fever and my back hurts")


@pytest.mark.parametrize("text", ["What kind of doctor I need see for this?", "who should I see about this?",
                                  "Do I really need to book in?"])
def test_asking_who_to_see_is_asking_what_the_outcome_said(text):
    assert moves.asks_whether_to_see_someone(text)


def test_a_place_and_a_worry_about_the_numbers_switch_the_region():
    assert region_in("I'm in England, by the way, so I'm not sure those phone numbers apply to me") == "UK"


@pytest.mark.parametrize("text", ["I said no fall, just the boxes maybe",
                                  "no, no fall or anything. maybe lifting the boxes? not sure honestly"])
def test_no_fall_with_doubt_about_the_cause_is_no_injury(text):
    # p08 (replay): the doubt was about the boxes, and "unsure" gave an urgent outcome
    assert interpret(text, "inform", "major_trauma", {}, ["major_trauma"]).values["major_trauma"] == "no"


def test_doubt_about_a_fall_itself_stays_unsure():
    assert interpret("not sure, I might have fallen", "inform", "major_trauma", {}, ["major_trauma"]).values[
        "major_trauma"] != "no"


def test_either_leg_said_of_a_symptom_means_both_and_denied_means_neither():
    # third sealed set, after its one scoring: "can't feel either leg properly" was missed
    assert ("both_legs", "present") in own("can't feel either leg properly")
    assert ("both_legs", "present") not in own("no numbness in either leg")
    assert ("both_legs", "present") not in own("neither leg is numb or weak")


@pytest.mark.parametrize("text, code", [
    # third sealed set, after its one scoring
    ("no urge to pee at all since my back went on Friday, haven't been since last night", "bladder_bowel"),
    ("there's a swollen bit over my spine that's warm and angry-looking", "fever"),
])
def test_no_urge_to_pee_and_an_angry_warm_patch_are_red_flags(text, code):
    assert (code, "present") in own(text)


def test_no_problems_peeing_is_still_a_denial():
    assert ("bladder_bowel", "present") not in own("no problems peeing, no urge problems")


@pytest.mark.parametrize("text, code, theirs", [
    # third sealed set, after its one scoring: someone else's child, a stranger in a post
    ("Our 6 year old fell off the trampoline onto her back and won't stop crying", "major_trauma", False),
    ("Reading a post where a guy went numb in the saddle area after deadlifts", "saddle_numbness", False),
    ("I'm a 45 year old man and I fell off a ladder onto my back", "major_trauma", True),
    ("I'm a guy and my bum has gone numb", "saddle_numbness", True),
])
def test_a_child_or_a_stranger_is_someone_else_and_the_writer_stays_themselves(text, code, theirs):
    assert ((code, "present") in own(text)) is theirs


@pytest.mark.parametrize("text, days", [
    # p08: the correction named the old time first and the right one last
    ("Actually sorry, I said a month but it started before my birthday and that was early March, so it's "
     "more like nine weeks. Time flies.", 63),
    ("actually it's been 3 weeks not 2", 21),
])
def test_a_corrected_duration_is_the_time_said_last(text, days):
    update = interpret(text, "inform", "bladder_bowel", {"duration_days": 30.4}, [])
    assert update.values["duration_days"] == days and "duration_days" in update.corrected
