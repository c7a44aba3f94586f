"""Rules changed in the session of blind set 33: what was found before the set was opened (reading the code
and set 32's leftovers) and what its first scoring found, each said in other words than the set's."""
import pytest

from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes


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
