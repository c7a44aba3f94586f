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
    "my back is finished and so am I, nobody would miss me",
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


@pytest.mark.parametrize("text", [
    "the new physio will not be here anymore after June",
    "I took all the tablets the GP gave me and it still hurts",
    "the chemist sold me the whole strip of ibuprofen",
    "I just want this ache to disappear forever",
])
def test_everyday_sentences_with_crisis_words_do_not_escalate(text):
    assert "self_harm" not in reported_codes(text), find_mentions(text)


def test_a_form_answered_with_dashes_denies_each_sign():
    text = ("Pasted from the booking form: Loss of bladder control - no. Numb saddle area - No. High "
            "temperature - no. Back ache 3 days after gardening.")
    assert not {"bladder_bowel", "saddle_numbness", "fever"} & reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("Loss of bladder control - yes, since this morning", "bladder_bowel"),
    ("Peed myself again - no!", "bladder_bowel"),
    ("Numb down there since Sunday - no.", "saddle_numbness"),
])
def test_a_sign_told_before_a_dash_stays_a_sign(text, code):
    assert code in reported_codes(text), find_mentions(text)


def test_a_leaflets_advice_then_i_have_not_got_it_is_no_sign():
    text = ("The leaflet from the practice: get help at once if you lose control of your bladder. How quick "
            "is at once? I haven't got that, just asking.")
    assert "bladder_bowel" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("the GP told me to ring if my bum went numb, and now I have got that", "saddle_numbness"),
    ("111 said to call back if I couldn't wee, I haven't weed since breakfast", "bladder_bowel"),
])
def test_a_safety_net_then_it_has_happened_is_still_a_sign(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I had a week of prednisolone tablets for my chest two years ago, finished since. Back sore now.",
    "was on prednisolone for 10 days for a chest infection, finished ages ago, back sore since Monday",
])
def test_a_short_steroid_course_finished_long_ago_is_no_weak_immunity(text):
    assert "immunosuppression" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "on prednisolone for eight years for my lungs, the antibiotics finished since Monday",
    "methotrexate weekly for RA, the physio course finished long ago",
])
def test_something_else_finished_leaves_a_long_term_medicine_taken(text):
    assert "immunosuppression" in reported_codes(text), find_mentions(text)


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


@pytest.mark.parametrize("text", [
    "Spinal metastases to be discussed at the MDT next week",
    "plan is to start chemotherapy on Monday for the myeloma",
])
def test_a_cancer_to_be_discussed_or_its_treatment_planned_is_a_cancer_now(text):
    assert "cancer_history" in reported_codes(text), find_mentions(text)


def test_a_treatment_taken_stays_taken_whatever_is_discussed():
    text = "on adalimumab for two years, the dose to be discussed at clinic"
    assert "immunosuppression" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "Referral note for our collie: weak hind legs getting worse, incontinent of urine. Any tips for dogs?",
])
def test_a_pets_signs_in_the_vets_words_are_not_the_writers(text):
    assert not {"bladder_bowel", "progressive_weakness", "both_legs"} & (reported_codes(text)
                                                                          | possible_codes(text))


@pytest.mark.parametrize("text", [
    "took the cat to the vet and I wet myself in the waiting room without feeling it",
    "Navy vet here, lost control of my bladder this morning",
    "at the vets with the dog when I suddenly wet myself",
])
def test_the_writers_own_sign_beside_a_vet_stays_theirs(text):
    assert "bladder_bowel" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "They had to put a catheter in at A&E this morning, nothing would come out",
    "needed a catheter last night, over a litre drained",
])
def test_a_catheter_needed_now_is_retention(text):
    assert "bladder_bowel" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, codes", [
    ("aw the pain, naethin comes oot when I try tae pee since last night", {"bladder_bowel"}),
    ("I've got sciatica doon baith legs at once since Friday", {"both_legs"}),
    ("not able to control my susu since this morning, it just comes", {"bladder_bowel"}),
    ("I keep messing myself since the back went, can't feel it coming", {"bladder_bowel"}),
    ("since my back went I'm not getting an erection at all", {"sexual_dysfunction"}),
    ("honestly I'd rather not be here any more with this pain", {"self_harm"}),
    ("I haven't got any feeling in my bottom since last night", {"saddle_numbness"}),
    ("I took all the pills at once an hour ago because of the pain", {"self_harm"}),
])
def test_signs_told_in_other_englishes_are_reported(text, codes):
    assert codes <= reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("stop messing myself about with the pillows, which is best?", "bladder_bowel"),
    ("I'm not getting any erection problems, it's just my back", "sexual_dysfunction"),
])
def test_everyday_phrases_with_sign_words_are_no_sign(text, code):
    assert code not in reported_codes(text), find_mentions(text)


def test_no_urine_coming_is_checked_not_escalated():
    # (as retention it also read "I cough and no urine comes out, so no leaks")
    text = "been to the toilet five times, no urine comes out at all"
    assert "bladder_bowel" in possible_codes(text), find_mentions(text)


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
    "not doing the walks, my back's too sore",
    "I'm not doing too well today",
    "the plan is not needed now, I'm much better",
])
def test_not_doing_with_a_reason_or_about_oneself_is_no_dismissal(text):
    assert not moves.dismisses(text)


@pytest.mark.parametrize("text", [
    "what is meaning of saddle? not clear to me",
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


@pytest.mark.parametrize("text, guess", [
    ("my lower back is so tense after sitting", "deny"),
    ("what if the pain is worse after the exercises?", "ask_question"),
    ("what is meaning of sciatica, is that what I have?", "ask_question"),
])
def test_a_description_or_a_practical_question_is_no_worry_or_doubt(text, guess):
    assert routed(text, guess) not in ("express_worry", "unsure")


def test_a_worry_with_the_back_described_starts_the_questions():
    assert routed("scared it's something serious, my back has been agony for a week", "describe_pain") == (
        "describe_pain")


@pytest.mark.parametrize("text, kind", [
    ("the surgery phone line is always engaged, what now?", "gp_closed"),
    ("where to go today, the public hospital or a private clinic?", "where"),
])
def test_getting_help_in_other_words(text, kind):
    assert moves.getting_help_question(text) == kind


@pytest.mark.parametrize("text", [
    "my phone is always busy with work calls, back aching",
    "I've been to the hospital or clinic loads, why won't it heal?",
])
def test_a_busy_phone_or_a_past_visit_is_no_getting_help_question(text):
    assert moves.getting_help_question(text) is None


@pytest.mark.parametrize("text, checked", [
    ("back sore for a fortnight and now the pain goes down my right leg to the knee", False),
    ("pins and needles in my left leg only, and my back is stiff as well", False),
])
def test_one_leg_told_after_the_back_asks_no_second_leg(text, checked):
    update = triage.interpret(text, "describe_pain", None, {"leg_pain": "yes"}, [])
    assert ("both_legs" in update.to_check) is checked


def test_a_second_side_named_after_the_back_is_still_checked():
    text = "back pain first, and now the left leg as well as the right"
    update = triage.interpret(text, "describe_pain", None, {"leg_pain": "yes"}, [])
    assert "both_legs" in update.to_check


def test_after_both_legs_was_denied_a_leg_told_now_is_checked_again():
    text = "back still sore, and now my left leg is tingling"
    update = triage.interpret(text, "describe_pain", None, {"leg_pain": "yes", "both_legs": "no"}, [])
    assert "both_legs" in update.to_check
