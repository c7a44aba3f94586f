"""Rules changed in the session of blind set 39, each said in other words than the set's."""
import pytest

from clinical import moves, triage
from clinical.language import find_mentions, normalise
from clinical.parsing import does_not_understand
from tests.unit.readings import possible_codes, reported_codes, routed, topics_for


@pytest.mark.parametrize("text", [
    "can't keep doing this. I've got the blades ready in the bathroom",
    "the noose is ready in the garage, the back pain has beaten me",
])
def test_a_means_made_ready_is_a_crisis(text):
    assert "self_harm" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I can't keep going like this, the pain is wearing me down",
])
def test_not_being_able_to_keep_going_is_checked_for_crisis(text):
    assert "self_harm" in possible_codes(text), find_mentions(text)
    assert "self_harm" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "got my tablets ready for the week in the dosette box",
    "my ice skate blades are ready for Saturday",
    "I need the nerve to do it, the injection I mean",
])
def test_things_made_ready_for_everyday_use_are_no_crisis(text):
    assert "self_harm" not in reported_codes(text), find_mentions(text)


def test_a_form_answered_with_dashes_denies_each_sign():
    text = ("Pasted from the booking form: Loss of bladder control - no. Numb saddle area - No. High "
            "temperature - no. Back ache 3 days after gardening.")
    assert not {"bladder_bowel", "saddle_numbness", "fever"} & reported_codes(text), find_mentions(text)


def test_a_dash_yes_on_a_form_stays_a_sign():
    text = "Loss of bladder control - yes, since this morning"
    assert "bladder_bowel" in reported_codes(text), find_mentions(text)


def test_a_leaflets_advice_then_i_have_not_got_it_is_no_sign():
    text = ("The leaflet from the practice: get help at once if you lose control of your bladder. How quick "
            "is at once? I haven't got that, just asking.")
    assert "bladder_bowel" not in reported_codes(text), find_mentions(text)


def test_a_safety_net_then_it_has_happened_is_still_a_sign():
    text = "the GP told me to ring if my bum went numb, and now I have got that"
    assert "saddle_numbness" in reported_codes(text), find_mentions(text)


def test_a_steroid_course_finished_long_ago_is_no_weak_immunity():
    text = "I had a week of prednisolone tablets for my chest two years ago, finished since. Back sore now."
    assert "immunosuppression" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "finished the antibiotics on Monday but my temperature is still 38.8",
    "my temp is still 39 this morning and the back is worse",
])
def test_a_temperature_still_high_is_a_fever(text):
    assert "fever" in reported_codes(text), find_mentions(text)


def test_a_chemotherapy_planned_is_still_a_weak_immunity():
    text = "chemotherapy to be started on Monday, new back pain since the weekend"
    assert "immunosuppression" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "Letter from rheumatology: biological treatment, such as adalimumab, to be considered. Is it a jab?",
    "adalimumab to be discussed at my next appointment, what is it?",
])
def test_a_treatment_a_letter_plans_is_not_yet_taken(text):
    assert "immunosuppression" not in reported_codes(text), find_mentions(text)


def test_a_treatment_taken_stays_taken_whatever_is_discussed():
    text = "on adalimumab for two years, the dose to be discussed at clinic"
    assert "immunosuppression" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "Referral note for our collie: weak hind legs getting worse, incontinent of urine. Any tips for dogs?",
])
def test_a_pets_signs_in_the_vets_words_are_not_the_writers(text):
    assert not {"bladder_bowel", "progressive_weakness", "both_legs"} & (reported_codes(text)
                                                                          | possible_codes(text))


def test_the_writers_own_sign_beside_a_vet_visit_stays_theirs():
    text = "took the cat to the vet and I wet myself in the waiting room without feeling it"
    assert "bladder_bowel" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, codes", [
    ("aw the pain, naethin comes oot when I try tae pee since last night", {"bladder_bowel"}),
    ("I've got sciatica doon baith legs at once since Friday", {"both_legs"}),
    ("not able to control my susu since this morning, it just comes", {"bladder_bowel"}),
    ("I keep messing myself since the back went, can't feel it coming", {"bladder_bowel"}),
    ("been to the toilet five times, no urine comes out at all", {"bladder_bowel"}),
    ("since my back went I'm not getting an erection at all", {"sexual_dysfunction"}),
    ("my back is finished and so am I, nobody would miss me", {"self_harm"}),
    ("I took all the pills at once an hour ago because of the pain", {"self_harm"}),
])
def test_signs_told_in_other_englishes_are_reported(text, codes):
    assert codes <= reported_codes(text), find_mentions(text)


def test_nothing_numb_in_a_dialect_is_a_denial():
    text = "back stiff from the garden, nutten numb, mi foot dem strong"
    assert "leg_numbness" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("spoken, name", [
    ("can I take ibu pro fen with my blood pressure pills", "ibuprofen"),
    ("is tram a doll ok for sleeping", "tramadol"),
    ("how much para set a mol a day", "paracetamol"),
])
def test_a_medicine_name_heard_as_several_words_is_the_medicine(spoken, name):
    assert name in normalise(spoken).split()


@pytest.mark.parametrize("text", ["I had a code in the app", "he was at the bus stop a long time"])
def test_everyday_words_are_not_joined_into_a_medicine(text):
    assert normalise(text) == text.lower()


def test_a_spoken_medicine_question_finds_the_medicines_topic():
    assert topics_for("does tram a doll make you drowsy")[:1] == ["med_opioids"]


@pytest.mark.parametrize("text, guess", [
    ("Walking plan not needed, skip that bit", "report_progress"),
    ("no, I'm not interested in the relaxation stuff, leave it", "ask_question"),
    ("Yeah nah, not doing the yoga. Next.", "deny"),
    ("I'm not doing them exercises.", "inform"),
])
def test_turning_down_what_was_offered_is_a_dismissal(text, guess):
    assert routed(text, guess) == "dismiss"


@pytest.mark.parametrize("text", [
    "not doing the stretches, they hurt my knee",
    "I'm not doing too well today",
])
def test_not_doing_with_a_reason_or_about_oneself_is_no_dismissal(text):
    assert not moves.dismisses(text)


@pytest.mark.parametrize("text", [
    "what is meaning of numbness here?",
    "I don't know what you mean by bowel habit",
    "haven't a clue what you're asking me",
])
def test_not_understanding_the_question_in_other_words(text):
    assert does_not_understand(text)


@pytest.mark.parametrize("text, guess, intent", [
    ("how many more question?", "ask_why", "ask_progress"),
    ("I'm stressing it's something serious and nobody will tell me", "describe_pain", "express_worry"),
    ("Well, how's it goin?", "out_of_scope", "greet"),
    ("how come ye askin about ma waterworks?", "describe_pain", "ask_why"),
])
def test_moves_in_other_englishes(text, guess, intent):
    assert routed(text, guess) == intent


def test_a_worry_with_the_back_described_starts_the_questions():
    assert routed("scared it's something serious, my back has been agony for a week", "describe_pain") == (
        "describe_pain")


@pytest.mark.parametrize("text, kind", [
    ("the surgery phone line is always engaged, what now?", "gp_closed"),
    ("where to go today, the public hospital or a private clinic?", "where"),
])
def test_getting_help_in_other_words(text, kind):
    assert moves.getting_help_question(text) == kind


@pytest.mark.parametrize("text, checked", [
    ("back sore for a fortnight and now the pain goes down my right leg to the knee", False),
    ("pins and needles in my left leg only, and my back is stiff as well", False),
])
def test_one_leg_told_after_the_back_asks_no_second_leg(text, checked):
    update = triage.interpret(text, "describe_pain", None, {"leg_pain": "yes"}, [])
    assert ("both_legs" in update.to_check) is checked


def test_after_both_legs_was_denied_a_leg_told_now_is_checked_again():
    text = "back still sore, and now my left leg is tingling"
    update = triage.interpret(text, "describe_pain", None, {"leg_pain": "yes", "both_legs": "no"}, [])
    assert "both_legs" in update.to_check
