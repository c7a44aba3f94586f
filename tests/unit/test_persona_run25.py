"""What persona run 25 found (tests/data/personas/results_run25*.md), each with the reading that failed."""
import pytest

from clinical import moves, parsing, places
from clinical.triage import interpret


def read(text, requested=None, answers=None, intent="describe_pain"):
    return interpret(text, intent, requested, answers or {}, [])


# --- l03: "oh right. nah all normal mate", after the bladder question was explained, was read as yes: an
# emergency for a man with nothing wrong --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["oh right. nah all normal mate", "oh right. no, all normal",
                                  "ah ok, no nothing like that", "fair enough. no"])
def test_an_explanation_acknowledged_before_a_no_is_a_no(text):
    assert read(text, "bladder_bowel").values.get("bladder_bowel") == "no"


@pytest.mark.parametrize("text, said", [("right", "yes"), ("ok. yes I have", "yes"), ("ah ok, yes", "yes")])
def test_a_yes_after_an_acknowledgement_is_still_yes(text, said):
    assert parsing.polarity(text) == said


# --- l01: "No, I am afraid not! After a church feast I could lose some weight" was read as weight loss ------

def test_weight_that_could_be_lost_is_no_weight_loss():
    update = read("No, I am afraid not! After a church feast I could lose some weight, my wife would agree.",
                  "weight_loss")
    assert update.values.get("weight_loss") == "no"


def test_weight_lost_without_trying_beside_more_to_lose_is_still_weight_loss():
    update = read("I have lost weight without trying, I could lose more", "weight_loss")
    assert update.values.get("weight_loss") == "yes"


def test_i_only_said_takes_the_weight_loss_back():
    update = read("Forgive me, I am a little confused. Why must I see a doctor today? I have not lost any "
                  "weight, I only said I could lose some.", answers={"weight_loss": "yes"},
                  intent="correct_answer")
    assert update.values.get("weight_loss") == "no"


# --- l08: a first episode at 63 with no clear cause got self-care: "Col and the boys do all the heavy work"
# was read as her lifting, and "Regards, Marg" ended the questions as a goodbye -------------------------

def test_someone_elses_heavy_work_is_no_cause_and_no_reason_known_is_none():
    text = ("I've had a pain in my lower back for about ten days now and I can't for the life of me think "
            "why. I haven't lifted anything, Col and the boys do all the heavy work on the station, I mostly "
            "do the books. Never had back trouble in my life. Regards, Marg")
    assert parsing.onset(text) == "no_clear_cause"
    assert parsing.onset("I do all the heavy lifting at work") == "lifting"


def test_a_letters_sign_off_is_no_goodbye():
    assert not moves.ends_with_goodbye("Central west Queensland, about two and a half hours out of Longreach "
                                       "on a cattle station. Regards, Marg")
    assert moves.ends_with_goodbye("Thank you for the help. Kind regards.")


# --- l11: "ripping up jarrah floorboards" was a tearing pain: an emergency for the wrong reason ------------

def test_ripping_up_floorboards_is_no_sign_of_a_blood_vessel_cause():
    update = read("mate I'm renovating an old 60s house, spent last weekend ripping up jarrah floorboards "
                  "and carting them out to the skip. back's been killing me since.")
    assert update.values.get("vascular") != "yes" and "vascular" not in update.to_check


# --- l07: "ok honestly could this be AS? ..." asked while the leg-numbness question was open was taken as a
# no to it (the leading "ok" read as "I'm fine"), so the question was never answered -------------------------

def test_a_question_opened_with_ok_answers_nothing():
    update = read("ok honestly could this be AS? we literally just had a lecture on ankylosing spondylitis "
                  "and now I'm side-eyeing my own spine lol", "leg_numbness", intent="ask_question")
    assert "leg_numbness" not in update.values


@pytest.mark.parametrize("text", ["ok", "legs are ok", "im ok", "ok, no"])
def test_ok_on_its_own_or_said_of_oneself_is_still_no(text):
    assert parsing.polarity(text) == "no"


# --- l08 at the replay: "I'd like to know if it's worth the drive" was her cause (sitting or driving), so a
# first episode at 63 told with "I can't for the life of me think why" was still self-care ------------------

def test_no_cause_known_outranks_a_word_of_sitting_or_driving():
    text = ("I've had a pain in my lower back for about ten days now and I can't for the life of me think "
            "why. I mostly do the books. The nearest hospital is two and a half hours away so I'd like to "
            "know if it's worth the drive. Regards, Marg")
    assert parsing.onset(text) == "no_clear_cause"


@pytest.mark.parametrize("text, cause", [("I fell, no idea why", "fall"),
                                         ("started after a long drive", "sitting_or_driving")])
def test_a_strain_or_a_cause_told_plainly_stays(text, cause):
    assert parsing.onset(text) == cause


@pytest.mark.parametrize("text", ["Central west Queensland, about two and a half hours out of Longreach on a "
                                  "cattle station. Regards, Marg", "rural Queensland"])
def test_an_area_of_a_state_said_first_is_where_the_person_is(text):
    # l08 was given New Zealand numbers to the end
    assert places.where_person_is(text) == "AU"


def test_an_area_named_in_a_story_is_not():
    assert places.where_person_is("North Sydney is where my sister lives") is None
