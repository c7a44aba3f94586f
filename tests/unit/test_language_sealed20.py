"""Wordings missed or wrongly escalated on blind sealed set 20 at its one scoring (said here in other words,
so that the set's own cases stay out of every test and training file)."""
import pytest

from tests.unit.readings import possible_codes, reported_codes


def test_weakness_a_little_then_and_worse_now_is_checked_for_worsening():
    text = "last week my right foot was only a bit weak, it was just a bit floppy, now it drags all the time"
    assert "progressive_weakness" in reported_codes(text) | possible_codes(text)


@pytest.mark.parametrize("text", [
    "I have spina bifida, no feeling in my bottom and never have. back sore from my new chair",
    "after the birth I was numb down below from the epidural for a few days. back aches from the pram",
])
def test_a_numb_saddle_always_so_or_long_past_is_not_an_emergency(text):
    assert "saddle_numbness" not in reported_codes(text)


@pytest.mark.parametrize(("text", "code"), [
    ("had a UTI with a fever in March, fully treated, back aches from digging", "fever"),
    ("injected drugs in my twenties, been clean for 15 years, back sore from moving", "immunosuppression"),
    ("lost 20 kilos after my gastric bypass, all planned. back sore from a new chair", "weight_loss"),
])
def test_a_risk_long_over_is_not_a_red_flag_now(text, code):
    assert code not in reported_codes(text)


@pytest.mark.parametrize(("text", "code"), [
    ("I inject heroin most days and my back is killing me", "immunosuppression"),
    ("had a kidney infection, treated, and now the fever is back", "fever"),
])
def test_a_risk_now_is_still_read(text, code):
    assert code in reported_codes(text)


@pytest.mark.parametrize("text", [
    "broke a bone in my spine when I fell with my brittle bones 4 years ago, healed well. this ache in my "
    "lower back is from moving furniture",
    "had a bad fall off a horse years ago, fully recovered. back sore for 2 weeks from gardening",
    "I fell off my bike in 2019. Back sore for a week from digging.",
])
def test_a_fall_long_past_is_neither_this_pain_s_onset_nor_its_time(text):
    from clinical.triage import interpret

    values = interpret(text, "describe_pain", None, {}, []).values
    assert values.get("onset") != "fall" and values.get("duration_days", 0) < 365


def test_a_fall_now_is_still_the_onset():
    from clinical.triage import interpret

    text = "I have thin bones and slipped on the ice yesterday, back really hurts"
    values = interpret(text, "describe_pain", None, {}, []).values
    assert values["onset"] == "fall" and values["osteoporotic_fall"] == "yes"


def test_a_denied_big_accident_keeps_the_slip_told_after_it():
    from clinical.triage import interpret

    text = "No big accident. I just slipped on the stairs yesterday and hurt my back."
    assert interpret(text, "describe_pain", None, {}, []).values["onset"] == "fall"


@pytest.mark.parametrize("text", ["my renal team said to ring if I ever get back pain with a temperature, "
                                  "what else should I look out for? my back doesn't hurt",
                                  "liver transplant last year, no back pain right now, what signs matter?"])
def test_a_risk_factor_asked_about_before_any_back_pain_is_a_question(text):
    assert "immunosuppression" not in reported_codes(text) | possible_codes(text)


@pytest.mark.parametrize("text", ["heart transplant, on tacrolimus, back pain for 5 days",
                                  "on methotrexate and my back has hurt for a week"])
def test_the_back_pains_own_duration_does_not_explain_away_a_weak_immune_system(text):
    assert "immunosuppression" in reported_codes(text)


def test_a_short_steroid_course_is_still_explained_away():
    assert "immunosuppression" not in reported_codes("I was on prednisone for 5 days in March, back sore now")
