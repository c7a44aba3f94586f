"""Patterns of wording found with the third persona run, each tested on sentences written for this file and
on the persona's own words as regression tests: a denial of one part of an answer does not deny the parts
said as present; back pain spreading into the belly is checked; a known aneurysm said in plain words is
recognised; an old cough-and-sneeze leak is checked, not escalated, while a new one still escalates."""
import pytest

from clinical.language import find_mentions, possible_red_flags
from clinical.triage import answer_check, interpret

VASCULAR_QUESTION = "vascular"


def read(text: str, requested: str | None = None):
    return interpret(text, "inform", requested, {}, [])


def reported(text: str) -> set[str]:
    return {m.code for m in find_mentions(text) if m.reported}


def checked(text: str) -> set[str]:
    return set(possible_red_flags(find_mentions(text)))


# --- 1. a denial of one part does not deny the parts said as present ---------------------------------------
PERSONA_VASCULAR_ANSWER = ("there's a thumping in my belly when I lean back and I kind of blacked out for a "
                           "few seconds in the bathroom and slid down against the tub felt all clammy no "
                           "chest pain though")


def test_persona_vascular_answer_with_a_trailing_denial_is_yes():
    update = read(PERSONA_VASCULAR_ANSWER, VASCULAR_QUESTION)
    assert update.values.get("vascular") == "yes", update
    assert "vascular" in update.red_flag_words


@pytest.mark.parametrize("text", [
    "I passed out on the kitchen floor this morning, though no pain in my chest",
    "my tummy has a funny pounding in it when I lie flat, no fainting",
    "there's a pounding feeling in my stomach, no chest pain or anything",
    "I went down like a sack of spuds in the shower, no chest pain",
    "my chest is fine but I did faint on the stairs",
])
def test_a_present_vascular_sign_beside_a_denied_one_is_yes(text):
    update = read(text, VASCULAR_QUESTION)
    assert update.values.get("vascular") == "yes", (update, find_mentions(text))


def test_a_present_sign_after_a_denied_one_without_or_is_checked_never_no():
    update = read("no chest pain, fainted twice though", VASCULAR_QUESTION)
    assert update.values.get("vascular") != "no"
    assert "vascular" in update.to_check or update.values.get("vascular") == "yes"


@pytest.mark.parametrize("text", [
    "no chest pain, no fainting, nothing like that",
    "no, none of those, no chest pain and I haven't fainted",
    "I don't have any chest pain or pulsing in my tummy or fainting at all",
    "nope, nothing in my belly, no chest pain, no fainting",
])
def test_a_denied_list_is_still_no(text):
    update = read(text, VASCULAR_QUESTION)
    assert update.values.get("vascular") == "no", (update, find_mentions(text))


@pytest.mark.parametrize("text", [
    "legs both numb, no problem peeing though",  # the persona-run example
    "both my legs are numb, no trouble with my bladder",
    "both my legs have gone weak, bowels are fine",
    "my legs are numb, the bladder is fine",
    "no problem peeing, legs both numb",
])
def test_a_denial_of_the_bladder_does_not_deny_the_legs(text):
    update = read(text)
    assert update.values.get("both_legs") == "yes", (update, find_mentions(text))


@pytest.mark.parametrize("text", [
    "no numbness, tingling or weakness in my legs",
    "legs are fine, no numbness",
    "no fever, chills or sweats",
])
def test_denied_lists_stay_denied(text):
    assert not reported(text) and not checked(text), find_mentions(text)


def test_a_minor_fall_with_osteoporosis_is_not_denied_by_another_denial():
    update = read("I slipped on the step last week, I do have osteoporosis, no head injury")
    assert update.values.get("osteoporotic_fall") == "yes", find_mentions(
        "I slipped on the step last week, I do have osteoporosis, no head injury")


def test_worsening_denied_is_not_read_back_from_the_days():
    text = "my left leg went from under me yesterday and it's still a bit weak today, no worse than yesterday"
    assert "progressive_weakness" not in reported(text) | checked(text), find_mentions(text)


# --- 2. sudden bad back pain spreading into the belly is checked ------------------------------------------
PERSONA_OPENING = ("ok so my back just went real bad about half an hour ago low down and it's kind of "
                   "wrapping around into my stomach I'm sitting in the recliner and I can't get "
                   "comfortable no matter what")


def test_persona_opening_with_pain_wrapping_into_the_stomach_is_checked():
    update = read(PERSONA_OPENING)
    assert "vascular" in update.to_check or update.values.get("vascular") == "yes", update


@pytest.mark.parametrize("text", [
    "suddenly my back went, agony, and it's spreading round into my tummy",
    "it started an hour ago and now it's radiating through to my belly",
    "the pain in my back goes round to the front of my abdomen",
])
def test_back_pain_spreading_into_the_belly_is_checked_or_reported(text):
    update = read(text)
    assert "vascular" in update.to_check or update.values.get("vascular") == "yes", (update,
                                                                                    find_mentions(text))


@pytest.mark.parametrize("text", [
    "my back pain goes round to my side",
    "it radiates round to my ribs",
    "the ache kind of wraps round to my side and hip",
    "I had a thumping headache yesterday and a stomach bug",
])
def test_pain_going_round_to_the_side_is_not_a_vascular_sign(text):
    update = read(text)
    assert "vascular" not in update.to_check and update.values.get("vascular") != "yes", update


# --- 3. a known aneurysm in plain words ------------------------------------------------------------------
PERSONA_BULGE = ("now that I think about it the doctor said something a few years back about a bulge on the "
                 "big blood vessel in my belly I was supposed to go back and have it looked at again and "
                 "never did does that matter")


def test_persona_bulge_on_the_big_blood_vessel_is_checked():
    update = read(PERSONA_BULGE)
    assert "vascular" in update.to_check or update.values.get("vascular") == "yes", (update,
                                                                                    find_mentions(PERSONA_BULGE))
    mention = next(m for m in find_mentions(PERSONA_BULGE) if m.code == "vascular")
    assert mention.about_user and not mention.hypothetical


@pytest.mark.parametrize("text", [
    "my GP mentioned something about a swelling on my aorta",
    "I've got an aortic bulge they're keeping an eye on",
    "they told me I have a triple A",
    "I have a AAA and my back hurts",
    "the scan showed my main artery is a bit enlarged",
    "the specialist said something about a weak spot in the big artery in my tummy, is that bad?",
])
def test_an_aneurysm_in_plain_words_is_checked_or_reported(text):
    assert "vascular" in reported(text) | checked(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I've got an aortic valve problem",
    "my mum had a triple A",
    "is a triple A dangerous?",
    "My specialist said something about Humira if it turns out to be inflammatory",
])
def test_others_questions_and_other_vessels_are_not_reports(text):
    assert not reported(text) and not checked(text), find_mentions(text)


# --- 4. an old cough-and-sneeze leak is checked; a new one escalates ---------------------------------------
PERSONA_LEAK = ("I have had a little leakage when I cough or sneeze for about thirty years, since my "
                "children were born. Otherwise I pass water normally.")


def test_persona_old_cough_leak_is_checked_not_escalated():
    update = read(PERSONA_LEAK, "bladder_bowel")
    assert update.values.get("bladder_bowel") != "yes"
    assert "bladder_bowel" in update.to_check, update


def test_persona_no_to_the_check_is_no():
    update = answer_check("no, that is an old complaint and quite unchanged", "inform", "bladder_bowel",
                          "a little leakage when I cough", {}, [])
    assert update.values.get("bladder_bowel") == "no"
    assert update.checked == "bladder_bowel"


@pytest.mark.parametrize("text", [
    "I've leaked a bit of wee when I sneeze for about twenty years",
    "a little leakage when I laugh, have done for decades",
    "I dribble a bit when I cough, ever since I had the kids",
    "I leak urine when I cough",
])
def test_a_long_standing_or_stress_leak_is_checked(text):
    update = read(text, "bladder_bowel")
    assert update.values.get("bladder_bowel") != "yes"
    assert "bladder_bowel" in update.to_check, (update, find_mentions(text))


@pytest.mark.parametrize(("text", "requested"), [
    ("since the back pain started I've leaked when I cough", "bladder_bowel"),
    ("since the back pain started I've leaked a bit of wee when I cough", None),
    ("since my back went I leak when I cough, never used to", "bladder_bowel"),
    ("I've leaked when I cough for years but it's much worse since my back went", "bladder_bowel"),
    ("I wet myself every time I cough now, it started with this back pain", None),
    ("I wet myself yesterday and couldn't feel it", None),
])
def test_a_new_leak_still_escalates(text, requested):
    update = read(text, requested)
    assert update.values.get("bladder_bowel") == "yes", (update, find_mentions(text))


def test_the_back_pains_own_duration_does_not_make_a_new_symptom_long_standing():
    for text in ("I've had back pain for 3 years and yesterday I wet myself",
                 "I've had back pain for years and now I can't feel my bum"):
        assert reported(text) & {"bladder_bowel", "saddle_numbness"}, find_mentions(text)
