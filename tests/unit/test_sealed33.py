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
    "took prednisolone until 2014, nothing since, back's sore from digging",
    "bad fever over Christmas, all gone by January, now just a stiff back from moving house",
])
def test_hypotheticals_and_things_long_over_are_no_report(text):
    assert not reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "sat so long on the couch my bum went numb",
    "sat so long at my desk that my backside went numb",
])
def test_a_numb_bottom_after_long_sitting_is_checked_not_escalated(text):
    assert "saddle_numbness" in possible_codes(text) - reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["on steroids since 2015 for my lungs",
                                  "on methotrexate till 2026 at least"])
def test_a_medicine_taken_since_or_until_a_year_to_come_is_still_taken(text):
    assert "immunosuppression" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, guess, intent", [
    ("not now, I'll come back to it later", "deny", "dismiss"),
    ("nah, maybe later", "deny", "dismiss"),
    ("ur just a bot, what would a robot know", "ask_question", "bot_challenge"),
    ("so scared I'll lose my job over this, we've got rent and bills", "ask_getting_help", "express_worry"),
    ("does having to see a doctor today mean there's something wrong?", "ask_question", "express_worry"),
    ("the physio waiting list is six weeks, is that too long?", "ask_question", "ask_getting_help"),
    ("GP can't see me for a month, should I try another clinic?", "ask_question", "ask_getting_help"),
])
def test_set_33s_routing_misses_in_other_words(text, guess, intent):
    assert routed(text, guess) == intent


# A review of the first version of these fixes found each of these dropped or downgraded by it

@pytest.mark.parametrize("text, code", [
    ("I was completely fine now I've got no feeling in my saddle area", "saddle_numbness"),
    ("my bladder was totally fine now it keeps leaking", "bladder_bowel"),
    ("should i start to worry i have no feeling down there when i wipe", "saddle_numbness"),
    ("if I start to walk both my legs go numb and weak", "both_legs"),
    ("a heavy box fell off the top shelf onto my lower back at work", "major_trauma"),
    ("this old body fell off a horse yesterday", "major_trauma"),
    ("me and the ladder fell off the roof yesterday, landed on my back", "major_trauma"),
    ("the car fell off the jack and landed on my back while I was under it", "major_trauma"),
    ("hoping the fever will be gone by the weekend", "fever"),
    ("the fever was gone by the next day but it's back tonight, 38.7", "fever"),
    ("was on steroids until 2019 and back on them now for my asthma", "immunosuppression"),
    ("on prednisolone until 2020, restarted it in January", "immunosuppression"),
    ("temp normal with paracetamol but as soon as it wears off I'm drenched in sweat", "fever"),
    ("temp was normal at the GP on Monday but since then I've been sweating buckets every night and shaking",
     "fever"),
    ("the kilos have just fallen off without trying, 8kg in 2 months", "weight_loss"),
])
def test_signs_the_first_version_of_the_fixes_dropped_are_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


def test_shaking_beside_denied_sweats_is_still_checked():
    text = "temperature normal and no night sweats, just shaking uncontrollably under the duvet"
    assert "fever" in possible_codes(text) | reported_codes(text), find_mentions(text)


def test_a_fall_of_weight_is_no_fall():
    text = "the kilos have just fallen off without trying, 8kg in 2 months"
    assert "major_trauma" not in reported_codes(text)


@pytest.mark.parametrize("text, guess, intent", [
    ("I can't afford to go to hospital, I have a mortgage", "inform", "ask_getting_help"),
    ("I can't go to A&E, I can't afford to lose my job", "ask_question", "ask_getting_help"),
    ("yes, if this goes on I'll end up losing my job", "affirm", "affirm"),
])
def test_care_that_cannot_be_afforded_is_still_a_getting_help_question_and_a_yes_stays_a_yes(text, guess,
                                                                                             intent):
    assert routed(text, guess) == intent


@pytest.mark.parametrize("text", [
    "I was wondering, is etanercept the same thing as Enbrel, and do they use it for back pain?",
    "just wondering whether prednisolone is something they use for sciatica",
])
def test_a_question_about_what_a_medicine_is_no_report_of_taking_it(text):
    assert "immunosuppression" not in reported_codes(text), find_mentions(text)


def test_a_medicine_taken_is_still_reported_in_a_question_about_it():
    text = "I'm on Humira, is it the same as adalimumab?"
    assert "immunosuppression" in reported_codes(text), find_mentions(text)


# A second review found these made worse by the second version of the fixes

@pytest.mark.parametrize("text, code", [
    ("should I experience difficulty peeing with a bad back? can't go since this morning", "bladder_bowel"),
    ("I had chemo until 2019", "immunosuppression"),
    ("took prednisolone daily until 2023", "immunosuppression"),
    ("Fever was gone by Easter but it's been creeping up the last few days", "fever"),
    ("Drenched in sweat every night. My temperature is not normal either.", "fever"),
    ("My temp is normal in the day but spikes at night and I'm drenched in sweat", "fever"),
    ("the room temperature is normal but I'm still waking up soaked in sweat every night", "fever"),
    ("a tile fell off the roof and struck me between the shoulder blades, now severe pain", "major_trauma"),
    ("the wheel fell off my bike at speed and I went over the handlebars", "major_trauma"),
    ("I nearly fell off the ladder, then lost my footing and dropped 3 metres onto my back", "major_trauma"),
    ("the whole saddle area is numb, I've been sitting all day, and it stays when I stand up",
     "saddle_numbness"),
])
def test_signs_the_second_version_of_the_fixes_downgraded_are_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


def test_sweats_with_the_temperature_said_fine_are_checked():
    assert "fever" in possible_codes("sweating every night, temp fine")


def test_numb_buttocks_with_one_leg_are_not_the_saddle():
    text = "numbness in my buttocks and down one leg, sciatica I think"
    assert "saddle_numbness" not in reported_codes(text)


@pytest.mark.parametrize("text, guess, intent", [
    ("I can't afford urgent care, I've got rent and bills due", "ask_question", "ask_getting_help"),
    ("you're a computer, can someone from the practice ring me?", "ask_question", "request_human"),
    ("I know you're a robot, but my lower back has been agony since Tuesday, what should I do?",
     "describe_pain", "describe_pain"),
    ("can I go somewhere warm on holiday with my back?", "ask_question", "ask_question"),
])
def test_routing_the_second_review_found(text, guess, intent):
    assert routed(text, guess) == intent


@pytest.mark.parametrize("text", [
    # dropped before this session (found by the second review)
    "cut my thighs again last night, first time in months",
    "I burnt my wrist with a cigarette on purpose",
    "sometimes the pain makes me want to slash my wrists",
])
def test_self_harm_said_as_the_act_is_reported(text):
    assert "self_harm" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["I was in remission until 2021",
                                  "I'm in remission, back's been sore a week"])
def test_remission_with_no_illness_named_is_checked_for_cancer(text):
    # dropped before this session (found by the second review): remission is most often from a cancer
    assert "cancer_history" in possible_codes(text) | reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    # dropped before this session (found by the second review)
    ("my temperature goes from normal to 38.8 every evening and I'm soaked", "fever"),
    ("temp spiked up to 39 last night", "fever"),
    ("I feel faint and clammy with this back pain, temp normal though", "vascular"),
    ("numb round my back passage, bloods normal", "saddle_numbness"),
])
def test_a_normal_reading_says_nothing_of_another_sign(text, code):
    assert code in reported_codes(text), find_mentions(text)


def test_a_normal_temperature_still_ends_a_fever():
    assert "fever" not in reported_codes("had a fever on Monday, temp normal now")


# A third review, of the changes just above, found these

@pytest.mark.parametrize("text", [
    "sweats after my back surgery, temp is ok",
    "drenched every night and feel like I'm on fire, temp is normal",
])
def test_sweats_with_another_sign_of_a_fever_still_escalate_beside_a_normal_reading(text):
    assert "fever" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I take hot baths, water temp about 40 degrees",
    "temps around 100 here today, back is stiff",
    "temp went back to normal like 40 minutes ago",
    "cut my thighs shaving this morning",
])
def test_a_bath_the_weather_or_a_shaving_cut_is_no_sign(text):
    assert not reported_codes(text), find_mentions(text)


def test_a_negative_test_still_denies_a_history():
    assert "immunosuppression" not in reported_codes("HIV test came back negative")
