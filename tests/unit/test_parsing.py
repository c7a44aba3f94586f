"""Free-text facts: duration (and its band), severity, age, onset, location, medicines, yes/no answers."""
import datetime as dt

import pytest

from clinical import parsing

SUNDAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize(("text", "days"), [
    ("since last Tuesday", 5), ("since monday", 6), ("about three weeks", 21), ("a couple of months", 60.8),
    ("4/7", 4), ("3/52", 21), ("2/12", 60.8), ("since yesterday", 1), ("ten days", 10), ("6 months", 182.4),
    ("on and off for a year", 365), ("a fortnight", 14), ("a few days", 3), ("two weeks ago", 14),
    ("since this morning", 0.5), ("for years", 730), ("1.5 weeks", 10.5), ("since last week", 7),
    ("since March", 266),
])
def test_duration_in_days(text, days):
    assert parsing.duration_days(text, today=SUNDAY) == pytest.approx(days, abs=0.5)


def test_unreadable_duration_is_none():
    assert parsing.duration_days("it hurts a lot", today=SUNDAY) is None
    assert parsing.duration_days("", today=SUNDAY) is None


@pytest.mark.parametrize(("days", "band"), [(0.5, "acute"), (41, "acute"), (42, "subacute"), (84, "subacute"),
                                            (85, "chronic"), (None, None)])
def test_duration_bands_follow_the_clinical_guide(days, band):
    assert parsing.duration_band(days) == band


@pytest.mark.parametrize(("text", "score"), [("7 out of 10", 7), ("about 6/10", 6), ("it's unbearable", 9),
                                             ("mild", 3), ("severe", 8), ("not too bad", 3)])
def test_severity(text, score):
    assert parsing.severity(text) == score


def test_a_bare_number_is_an_age_only_when_age_was_asked():
    assert parsing.severity("5") is None
    assert parsing.age("36") is None
    assert parsing.age("36", bare_number_allowed=True) == 36
    assert parsing.age("sixty eight", bare_number_allowed=True) == 68


@pytest.mark.parametrize(("text", "years"), [("I'm 42", 42), ("I am 68 years old", 68), ("aged 36", 36),
                                             ("in my fifties", 55), ("42 yo", 42)])
def test_age(text, years):
    assert parsing.age(text) == years


@pytest.mark.parametrize(("text", "label"), [
    ("I twisted it vacuuming", "twisting"), ("lifting a heavy box", "lifting"), ("I slipped on ice", "fall"),
    ("no reason, it just came on", "no_clear_cause"), ("gradual", "no_clear_cause"),
    ("after a long flight", "sitting_or_driving"), ("at the gym", "sport_or_exercise"),
    # moving heavy things is lifting, however it is said
    ("sore for 3 days since I moved a couch", "lifting"), ("pushed the car out of a ditch", "lifting"),
    ("helped my mate move", "lifting"), ("we were moving house", "lifting"), ("I moved to bed", None),
])
def test_onset(text, label):
    assert parsing.onset(text) == label


@pytest.mark.parametrize(("text", "label"), [("lower back", "lower_back"), ("between my shoulder blades",
                                             "upper_back"), ("my neck", "neck"), ("the small of my back",
                                                                                    "lower_back")])
def test_location(text, label):
    assert parsing.location(text) == label


@pytest.mark.parametrize(("text", "generic"), [
    ("Panadol", ["paracetamol"]), ("tylenol", ["paracetamol"]), ("acetaminophen", ["paracetamol"]),
    ("some Nurofen", ["ibuprofen"]), ("Advil", ["ibuprofen"]), ("voltaren gel", ["diclofenac"]),
    ("Norflex", ["orphenadrine"]), ("paracetemol and ibuprofin", ["paracetamol", "ibuprofen"]),
])
def test_medicines_by_brand_generic_and_misspelling(text, generic):
    assert parsing.medicines(text) == generic


@pytest.mark.parametrize(("text", "answer"), [
    ("yes", "yes"), ("yeah a bit", "yes"), ("nope", "no"), ("not that I've noticed", "no"),
    ("I don't know", "unsure"), ("maybe?", "unsure"), ("I can pee fine", "no"), ("no problems", "no"),
    ("blue", None), ("neither applies", "no"), ("so I think not", "no"), ("not worse exactly", "no"),
    ("so yes", "yes"), ("i think not?", "unsure"), ("Oh sorry, no", "no"),
    ("I've asked her and she says no, nothing like that.", "no"),
])
def test_polarity_of_typed_answers(text, answer):
    assert parsing.polarity(text) == answer


def test_button_payloads_answer_through_their_intent():
    assert parsing.polarity("/affirm", "affirm") == "yes"
    assert parsing.polarity("/unsure", "unsure") == "unsure"


def test_explicit_only_ignores_leading_i_have_about_something_else():
    assert parsing.polarity("I have foot drop", explicit_only=True) is None
    assert parsing.polarity("no, but I have foot drop", explicit_only=True) == "no"


@pytest.mark.parametrize(("text", "level"), [("really scared", "high"), ("I can't cope", "high"),
                                             ("fine", "not_high"), ("a bit worried", "not_high")])
def test_distress(text, level):
    assert parsing.distress(text) == level


@pytest.mark.parametrize(("text", "number"), [("forty five", 45), ("twelve", 12), ("a couple of", 2),
                                              ("a walk", None), ("some days", None)])
def test_spelled_numbers(text, number):
    assert parsing.spelled_number(text) == number


def test_an_age_is_not_a_duration_and_a_time_ago_is_not_an_age():
    assert parsing.duration_days("I'm 45 years old and it started 3 days ago") == 3.0
    assert parsing.duration_days("I'm a 60-year-old man") is None
    assert parsing.age("kidney transplant 5 years ago") is None
    assert parsing.age("I'm 45 years old") == 45


@pytest.mark.parametrize(("text", "label"), [
    ("There was no particular reason that I can think of. It simply began. It is worse after I have been "
     "sitting at my desk all day.", "no_clear_cause"),
    ("I have never had back trouble before and I can't think of anything I did to cause it.",
     "no_clear_cause"),
    ("hurt it lifting a box, worse when I sit", "lifting"),
])
def test_onset_is_how_it_started_not_what_makes_it_worse(text, label):
    assert parsing.onset(text) == label


def test_a_medicine_name_is_never_corrected_to_an_english_word():
    from clinical.language import normalise
    assert "aleve" in normalise("Is it all right to take Aleve with it?")


@pytest.mark.parametrize(("text", "label"), [("She had a slip on the stairs on Thursday", "fall"),
                                             ("I have a slipped disc", None)])
def test_a_slip_is_a_fall_but_a_slipped_disc_is_not(text, label):
    assert parsing.onset(text) == label


@pytest.mark.parametrize(("text", "days"), [("on tues", 7.0), ("since weds", 6.0), ("since thurs", 5.0)])
def test_shortened_weekdays(text, days):
    assert parsing.duration_days(text, dt.date(2026, 12, 1)) == days


@pytest.mark.parametrize(("text", "days"), [("about a 7 the first couple of days", None),
                                            ("for the last few days", 3), ("the last 3 weeks", 21.0)])
def test_part_of_the_time_is_not_how_long_in_all(text, days):
    assert parsing.duration_days(text) == days
