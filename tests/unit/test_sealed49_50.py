"""Rules changed for blind sets 49 and 50, each said in other words than the sets'."""
import pytest

from clinical import triage
from clinical.language import find_mentions
from tests.unit.readings import possible_codes, reported_codes, routed


# --- safety: signs the first scoring passed over ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "what's not funny is I wet the bed last night and never woke up",
    "the kids laughed at my shuffle but what isn't ok is I pooed myself in the car without knowing",
])
def test_a_not_about_the_joke_denies_no_sign(text):
    assert "bladder_bowel" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "sun: back aching. mon: got a rope. tue: the rafters in the shed will hold my weight",
    "my back has wrecked everything, I've tied a noose in the garage",
])
def test_a_way_to_hang_made_ready_is_checked(text):
    assert "self_harm" in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "can't stop thinking about hanging myself, the pain never lets up",
    "I'm finished with it all, got my tablets saved up in the drawer",
])
def test_hanging_or_tablets_saved_up_is_a_crisis(text):
    assert "self_harm" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "bought rope for the trailer and put my back out tying the load down",
    "the loft beams won't take my weight so I stayed on the ladder and hurt my back",
    "I hold the stair rail so it takes my weight off my sore back going down",
    "made a rope swing for the kids and the beam in the barn will take my weight, back a bit stiff",
    "scouts tonight, practised the noose knot, lower back sore from bending",
])
def test_rope_with_a_purpose_or_a_beam_alone_is_no_crisis(text):
    assert "self_harm" not in reported_codes(text) | possible_codes(text), find_mentions(text)


# --- negatives the first scoring escalated ----------------------------------------------------------------
def test_the_answer_is_no_denies_the_question_before_it():
    text = "my wife keeps asking if I've lost control of my bladder, the answer is no, I pee normally"
    assert "bladder_bowel" not in reported_codes(text), find_mentions(text)


def test_the_answer_is_yes_still_tells_it():
    text = "my wife keeps asking if I've lost control of my bladder and the answer is yes, I've leaked twice"
    assert "bladder_bowel" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("my bone density is poor and I'm scared that if I fall on the ice I'll break something; no falls",
     "osteoporotic_fall"),
    ("the coach told us if your bum goes numb after a tackle you stop playing. good to know, my back's tight",
     "saddle_numbness"),
    ("supposing I had chest pain with this backache, would that be serious? I don't, just asking",
     "vascular"),
    ("which symptoms mean I should go to hospital, say numb legs or a pulsing belly? right now only an ache",
     "vascular"),
])
def test_a_supposed_or_general_sign_is_no_report(text, code):
    assert code not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("suppose I should say I've wet myself twice since the fall", "bladder_bowel"),
    ("if I was to be honest I can't feel my bum on the toilet seat since monday", "saddle_numbness"),
    ("the nurse said if your legs go numb you come straight in. well both of mine have, since lunch",
     "both_legs"),
    ("if I fall asleep on the couch my groin goes numb and today it has stayed numb all day",
     "saddle_numbness"),
])
def test_a_report_after_suppose_or_if_stays_a_report(text, code):
    assert code in reported_codes(text), find_mentions(text)


def test_not_sure_whether_one_fell_or_fainted_keeps_its_check():
    text = "not sure if I fell or passed out, came to on the bathroom floor and both legs feel weak"
    assert "vascular" in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_a_high_reading_beside_normal_bloods_stays_a_fever():
    text = "temp 38.7 since Saturday and my bloods came back normal"
    assert "fever" in reported_codes(text), find_mentions(text)


def test_mine_hasnt_is_no_report_of_ones_own():
    text = "can a slipped disc make you lose control of your bowels? mine hasn't, luckily"
    assert "bladder_bowel" not in reported_codes(text) | possible_codes(text), find_mentions(text)


def test_feeling_that_came_back_to_normal_is_over():
    text = "in 2019 my legs both went numb from a disc, after the operation it came back to normal, now stiff"
    assert "both_legs" not in reported_codes(text), find_mentions(text)


def test_a_general_question_then_mine_has_is_checked():
    text = "what does it mean if your groin goes numb? because mine has since Sunday"
    assert "saddle_numbness" in reported_codes(text) | possible_codes(text), find_mentions(text)


# --- an answer about the back's own feeling is no yes to the saddle question ------------------------------
@pytest.mark.parametrize("text", [
    "I use a wheelchair and can't feel much across my lower back",
    "cannot feel a lot of my low back since the spinal cord injury",
])
def test_numbness_of_the_back_itself_is_no_saddle_answer(text):
    update = triage.interpret(text, "inform", "saddle_numbness", {"bladder_bowel": "no"}, [])
    assert update.values.get("saddle_numbness") != "yes"


@pytest.mark.parametrize("text", [
    "yes, I can't feel my lower back or my bum",
    "I can't feel my back passage",
])
def test_an_answer_that_tells_the_saddle_area_is_not_asked_again(text):
    update = triage.interpret(text, "inform", "saddle_numbness", {"bladder_bowel": "no"}, [])
    assert update.values.get("saddle_numbness") == "yes"


def test_numbness_of_the_saddle_and_the_back_is_still_yes():
    update = triage.interpret("yes, numb round my bum and my lower back", "inform", "saddle_numbness",
                              {"bladder_bowel": "no"}, [])
    assert update.values.get("saddle_numbness") == "yes"


# --- routing ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, guess, intent", [
    ("ji haan, yes", "nlu_fallback", "affirm"),
    ("nahin ji, no", "out_of_scope", "deny"),
    ("eh?", "ask_why", "unsure"),
    ("fa'afetai, cheers", "nlu_fallback", "thank"),
    ("gracias", "nlu_fallback", "thank"),
])
def test_a_plain_answer_or_thanks_after_words_of_another_language(text, guess, intent):
    assert routed(text, guess) == intent


def test_an_english_no_with_more_words_is_left_to_the_question():
    assert routed("no accident. just start", "nlu_fallback") == "nlu_fallback"


@pytest.mark.parametrize("text, intent", [
    ("gracias... dankie", "thank"),
    ("hasta la vista, hasta luego", "goodbye"),
    ("desde el principio por favor, start over", "start_over"),
])
def test_a_move_in_a_message_mostly_in_another_language(text, intent):
    assert routed(text, "nlu_fallback") == intent


# --- seen while timing the load benchmark ------------------------------------------------------------------
@pytest.mark.parametrize("text", ["just panadol", "ibuprofen and co-codamol now and then", "nurofen"])
def test_everyday_painkillers_named_to_the_immune_question_are_a_no(text):
    update = triage.interpret(text, "inform", "immunosuppression", {"bladder_bowel": "no"}, [])
    assert update.values.get("immunosuppression") == "no"


@pytest.mark.parametrize("text", ["paracetamol and methotrexate", "humira", "ibuprofen, and pred most days",
                                  "paracetamol and my transplant tablets"])
def test_another_medicine_named_with_them_is_never_a_no(text):
    update = triage.interpret(text, "inform", "immunosuppression", {"bladder_bowel": "no"}, [])
    assert update.values.get("immunosuppression") != "no"
