"""Rules changed in the session of blind set 33: what was found before the set was opened (reading the code
and set 32's leftovers) and what its first scoring found, each said in other words than the set's."""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes, routed


@pytest.mark.parametrize("text", [
    # sweats told beside a normal temperature were escalated as a fever, or (said the other way round)
    # dropped without a word; either way it is one check question
    "night sweats but my temp is normal",
    "sweating buckets at night, temperature normal though",
    "normal temperature when I checked, just soaked through at night",
])
def test_sweats_beside_a_normal_temperature_are_checked(text):
    assert "fever" in possible_codes(text) and "fever" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I've got night sweats and my back is killing me",
    "temp normal this morning but had a fever last night",
    "sweating every night and a temperature of 38.5",
])
def test_sweats_or_a_fever_said_plainly_still_escalate(text):
    assert "fever" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["temp normal, no night sweats", "temperature normal, no chills or sweats"])
def test_sweats_denied_beside_a_normal_temperature_are_nothing(text):
    assert "fever" not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    # set 32's leftover: a sarcastic guess at the next question was escalated as a major fall
    "next you'll be asking whether my legs have fallen off",
    "my wheel has fallen off my bike and I bent down to fix it",
    "my toenail fell off, gross, and my back aches",
    "nearly fell off my chair when the pain hit",
])
def test_a_thing_that_fell_or_nearly_falling_is_no_major_fall(text):
    assert "major_trauma" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I fell off the roof yesterday", "fell off a ladder, agony",
    "the ladder fell from under me and I hit the concrete, agony",
    "the scaffold fell off the building with me on it",
    "the ladder slipped and I fell off, landed on my back, screaming pain",
])
def test_a_person_who_fell_is_still_a_major_fall(text):
    assert "major_trauma" in reported_codes(text), find_mentions(text)


# What set 33's first scoring found, said in other words than the set's

@pytest.mark.parametrize("text, code", [
    ("Saw my GP last week. Two nights ago I cut my wrists again, first time since uni.", "self_harm"),
    ("no pins and needles in my toes, but my backside has gone numb and stays numb when I walk about",
     "saddle_numbness"),
])
def test_signs_said_in_new_words_are_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    # histories said with how the person is now: still histories (these were dropped without a word)
    "had breast cancer, all good now", "bowel cancer in 2019, fine now", "prostate cancer, stable",
    "I have HIV, all good now, undetectable", "on long-term steroids for my asthma, all fine",
])
def test_a_history_stays_one_whatever_the_person_feels_now(text):
    assert reported_codes(text) & {"cancer_history", "immunosuppression"}, find_mentions(text)


@pytest.mark.parametrize("text", ["HIV neg", "cancer ruled out last year", "no cancer, all fine"])
def test_a_history_denied_is_still_denied(text):
    assert not reported_codes(text) & {"cancer_history", "immunosuppression"}, find_mentions(text)


@pytest.mark.parametrize("text", [
    "Were I to get numbness around my back passage, should I go straight to hospital? I don't have it now.",
    "Should I experience any bladder trouble, what do I do?",
    "took prednisolone until 2014, nothing since, back's sore from digging",
    "had a nasty temp last yr, all fine now, back sore from netball",
    "bad fever over Easter, gone by the end of the month, now just a stiff back from moving house",
])
def test_hypotheticals_and_things_long_over_are_no_report(text):
    assert not reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "sat on the couch so long my bum went numb",
    "sat for hours at my desk and my backside went numb",
])
def test_a_numb_bottom_after_long_sitting_is_checked_not_escalated(text):
    assert "saddle_numbness" in possible_codes(text) - reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["on steroids since 2015 for my lungs",
                                  "on methotrexate till 2026 at least"])
def test_a_medicine_taken_since_or_until_a_year_to_come_is_still_taken(text):
    assert "immunosuppression" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, guess, intent", [
    ("not now, I'll come back to it later", "deny", "dismiss"),
    ("nah I'm fine, maybe later", "deny", "dismiss"),
    ("ur just a bot, what would a robot know", "ask_question", "bot_challenge"),
    ("so scared I'll lose my job over this, we've got rent and bills", "ask_getting_help", "express_worry"),
    ("does having to see a doctor today mean there's something wrong?", "ask_question", "express_worry"),
    ("the physio waiting list is six weeks, is that too long?", "ask_question", "ask_getting_help"),
    ("GP can't see me for a month, should I try another clinic?", "ask_question", "ask_getting_help"),
])
def test_set_33s_routing_misses_in_other_words(text, guess, intent):
    assert routed(text, guess) == intent
