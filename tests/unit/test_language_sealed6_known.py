"""Misses of the sixth sealed set's one scoring (tests/data/blind/README_sealed6.md), written here in new
words: the set is development material now."""
import pytest

from clinical.language import find_mentions


def own(text):
    return {(m.code, m.status) for m in find_mentions(text) if m.about_user and not m.hypothetical}


@pytest.mark.parametrize("text, code", [
    ("my bladder just let go when I stood up, back's been agony", "bladder_bowel"),
    ("tingling down both legs ever since I put my back out at the gym", "both_legs"),
    ("I've swallowed about 30 of the strong ones since lunch", "self_harm"),
    ("some nights I think about driving off the bridge, the pain is that bad", "self_harm"),
    ("honestly I could just step in front of a train some days", "self_harm"),
])
def test_told_in_new_words_it_is_found(text, code):
    found = own(text)
    assert (code, "present") in found or (code, "possible") in found


@pytest.mark.parametrize("text, code", [
    ("had a three day course of prednisolone for asthma last year, now my back aches", "immunosuppression"),
    ("down 4 kilos since eating better and walking, back sore from digging", "weight_loss"),
])
def test_explained_it_is_not_a_red_flag(text, code):
    assert (code, "present") not in own(text)


@pytest.mark.parametrize("text", ["I let go of the rope and my back twinged",
                                  "should I go off it, the naproxen?",
                                  "step in front of a mirror to check your posture",
                                  "I've had 2 of the extra strength ones today"])
def test_everyday_words_stay_everyday(text):
    assert not {code for code, status in own(text) if status != "absent"} & {"bladder_bowel", "self_harm"}


@pytest.mark.parametrize("text", ["nah forget it, it's not important", "ok whatever, never mind then"])
def test_waving_it_away_after_a_lead_in_word_is_a_dismissal(text):
    from clinical import moves
    assert moves.dismisses(text)


def test_scratch_that_corrects_an_answer():
    from clinical import moves
    assert moves.corrects("scratch that, it's the right side not the left")
