"""Wordings missed on blind sealed set 15 at its one scoring (said here in other words, so that the set's
own cases stay out of every test and training file)."""
import pytest

from clinical import triage
from clinical.language import find_mentions
from clinical.recall import with_suggestions
from tests.unit.readings import own_readings, reported_codes


@pytest.mark.parametrize("text", ["some nights I think I'd rather just not wake up at all",
                                  "honestly I'd rather not wake up at all with this pain"])
def test_rather_not_waking_up_at_all_is_self_harm(text):
    assert "self_harm" in reported_codes(text)


def test_waking_up_stiff_is_still_no_crisis():
    assert "self_harm" not in reported_codes("I hope I don't wake up at 5 again with this back")


def test_a_kick_from_a_farm_animal_told_as_an_afterthought_is_major_trauma():
    text = "Which boots are best for the yard? PS got a kick from a horse in the lower back this morning"
    assert "major_trauma" in reported_codes(text)


@pytest.mark.parametrize("text", ["my old man has osteoporosis and had a fall on Sunday, he's been seen. I "
                                  "hurt my back lifting him",
                                  "the farmhand got kicked by a cow, he's in hospital; my back's sore from "
                                  "doing his work"])
def test_someone_elses_flag_beside_the_persons_ordinary_pain_is_theirs(text):
    assert not reported_codes(text) & {"osteoporotic_fall", "major_trauma"}


def test_my_old_fella_is_not_a_father():
    text = "since my back went on Friday my old fella won't work, if you get me"
    assert "sexual_dysfunction" in reported_codes(text)


@pytest.mark.parametrize("text", ["Dad phoned and said 'my legs have both gone numb', he's at the hospital. "
                                  "My back is just stiff from the drive",
                                  "a lad at work keeps saying 'I've wet myself twice since my back went', "
                                  "we sent him to the doctor. I've only got a crick"])
def test_a_symptom_quoted_from_someone_else_is_theirs(text):
    assert not reported_codes(text)


def test_a_symptom_in_a_quote_nobody_else_said_is_checked_not_escalated():
    text = "rehearsing my lines: 'Nurse, I can't feel my legs!' My own back's just tired from the set"
    assert not reported_codes(text)
    assert any(m.to_check for m in find_mentions(text))
    assert not reported_codes("The leaflet said 'go to ED if you can't feel your bottom'. Mine's just a "
                              "normal sore back")


def test_a_quote_said_to_the_person_about_them_is_not_given_to_the_speaker():
    mentions = find_mentions("my partner said 'you were dragging your foot all day'")
    assert not any(m.code == "leg_weakness" and m.status == "present" and m.about_user is False
                   and m.words.startswith("'") for m in mentions)


def test_a_list_of_signs_then_none_of_it_is_checked_not_escalated():
    text = "fever, weight loss, all the scary stuff, no, none of it. Just a sore back from the ute"
    assert not reported_codes(text)
    assert ("fever", "possible") in own_readings(text)


@pytest.mark.parametrize("text", ["had a fever with my back last year, antibiotics cleared it and the bloods "
                                  "were normal after, now just a stiff back",
                                  "injected drugs in my twenties, stopped long ago and tested clear since, "
                                  "back's sore from work"])
def test_an_infection_or_risk_cleared_long_ago_is_not_this_back_pain(text):
    assert not reported_codes(text) & {"fever", "immunosuppression"}


def test_a_description_of_the_asked_sign_with_fine_about_another_part_is_checked_not_read_as_no():
    text = ("got in the shower and couldn't feel the water on my bottom, my hands felt it fine. "
            "still numb now")
    mentions = with_suggestions(text, find_mentions(text))
    update = triage.interpret(text, "describe_pain", "saddle_numbness", {"bladder_bowel": "no"}, [],
                              mentions=mentions)
    assert update.values.get("saddle_numbness") != "no"
    assert update.values.get("saddle_numbness") == "yes" or "saddle_numbness" in update.to_check
