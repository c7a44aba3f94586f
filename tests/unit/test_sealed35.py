"""Rules changed in the session of blind set 35, each said in other words than the set's."""
import pytest

from clinical.language import find_mentions, normalise
from clinical.triage import answer_check, interpret, someone_elses_red_flag
from tests.unit.readings import possible_codes, reported_codes, routed


@pytest.mark.parametrize("text, code", [
    # a carer who tells of their own back speaks for themselves: the client's sign stays the client's
    ("I'm a care worker, one of my clients can't feel her bottom since the weekend, and my own back is sore "
     "from the hoist", "saddle_numbness"),
    ("carer here, my client wet himself twice today and I've hurt my back lifting him", "bladder_bowel"),
    # a Spanish word for a relative
    ("my hijo has wet the bed twice since his fall, my back is sore from carrying him", "bladder_bowel"),
    ("my hija fell off the trampoline and can't move her legs, my back is fine", "progressive_weakness"),
    # a clinician's shorthand for a patient
    ("paramedic here, took a pt in with cauda equina tonight, my back's just stiff from the stretcher",
     "bladder_bowel"),
])
def test_someone_elses_sign_is_not_the_persons(text, code):
    assert code not in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    # the carer's own words about the patient still count when no own back is told
    ("I'm her carer, she has wet herself and can't feel her bum", "bladder_bowel"),
    ("I'm a carer for Mrs Hale, she's had a fever of 39 since yesterday", "fever"),
])
def test_a_carer_writing_for_someone_still_speaks_for_them(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("my nan had numbness round her back passage, and now I've got the same thing", "saddle_numbness"),
    ("my brother had a fever with his back pain last week and now I've got it too", "fever"),
])
def test_someone_elses_sign_that_the_person_now_has_too_is_checked(text, code):
    assert code in possible_codes(text) | reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "thought I was running a temperature but the thermometer says 36.6",
    "I thought I had a fever but turns out it's normal, back just stiff",
    "thought I might have a fever but no",
])
def test_a_fever_believed_then_measured_normal_is_denied(text):
    assert "fever" not in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I thought I had a fever but the thermometer says 38.7",
    # (a high reading later, chills, or a reading under a fever-lowering medicine: still a fever)
    "thought I had a fever but it was 36.9. Then it jumped to 39.5 after lunch",
    "I thought I had a fever but it's 37.1, I've got chills though",
    "thought I had a fever but it was 36.8 with paracetamol in me",
    "I thought I had a fever but it's 37.8",
    "I thought I had a fever but i dont have a thermometer, burning up",
    "thought I had a temperature but it's not going down, 39.1 now",
])
def test_a_fever_believed_then_measured_high_is_reported(text):
    assert "fever" in reported_codes(text), find_mentions(text)


def test_a_crash_checked_clear_with_the_pain_now_mild_in_words_is_checked_not_escalated():
    text = "fell off my motorbike three weeks ago, x-rays were clear, pain is only mild now"
    assert "major_trauma" in possible_codes(text) and "major_trauma" not in reported_codes(text)


def test_a_crash_checked_clear_with_severe_pain_still_escalates():
    text = "fell off my motorbike on Sunday, x-rays were clear, but the pain is severe"
    assert "major_trauma" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "my legs feel dead after the half marathon and my back is tight",
    "legs are dead from the hike yesterday, back a bit achy",
])
def test_legs_dead_after_exertion_already_explained_are_not_escalated(text):
    assert not {"both_legs", "progressive_weakness"} & reported_codes(text), find_mentions(text)


def test_both_legs_weak_after_squats_still_escalate():
    # (a review found "squats" as an explanation took an emergency down to a check: the sign stands)
    text = "heavy squats yesterday and now both my legs feel weak and heavy"
    assert "both_legs" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "my legs are dead after the rugby match and my back is tight",
    "my legs are dead and numb since this morning",
])
def test_legs_dead_with_no_explanation_the_rules_accept_still_escalate(text):
    assert "both_legs" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    # asking when a function comes back tells that it has gone: checked
    ("how long before I can wee normally again?", "bladder_bowel"),
    ("will I ever be able to use the toilet properly again", "bladder_bowel"),
    ("when do I get the feeling back in my bum", "saddle_numbness"),
])
def test_asking_when_a_function_comes_back_is_checked(text, code):
    assert code in possible_codes(text) | reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "I can wee normally again now",
    "the toilet side of things is working properly again",
    "will I be able to walk normally again",
])
def test_a_function_back_to_normal_or_walking_is_no_check(text):
    assert not {"bladder_bowel", "saddle_numbness"} & (reported_codes(text) | possible_codes(text))


@pytest.mark.parametrize("text, expanded", [
    ("wen shud i c a dr", "when should i see a dr"),
    # ("dr" stays a title: "typing for Dr Patel's mother")
    ("typing for dr patel", "typing for dr patel"),
    ("wud a doc give me tabs 4 my back", "would a doctor give me tablets for my back"),
    ("taking 4 a day", "taking 4 a day"),
    ("hep c", "hep c"),
])
def test_phone_text_speak_is_read(text, expanded):
    assert normalise(text) == expanded


@pytest.mark.parametrize("text, guess, intent", [
    ("could we restart, I answered the wrong way", "correct_answer", "start_over"),
    ("forget all that, go back to the start", "report_progress", "start_over"),
    ("sorry I don't get the question", "ask_why", "unsure"),
    ("where can I see a GP today, it's Sunday", "ask_question", "ask_getting_help"),
    ("what if I lose my job because of my back", "ask_why", "express_worry"),
    ("I'd rather not say, move on", "ask_why", "dismiss"),
    # a correction that asks no restart stays a correction
    ("I put the wrong answer for the bladder one", "correct_answer", "correct_answer"),
])
def test_set_35s_routing_misses_in_other_words(text, guess, intent):
    assert routed(text, guess) == intent


@pytest.mark.parametrize("text, checked", [
    ("the pain goes down my leg, just the right one, nothing in the other leg", False),
    ("the pain goes down my right leg now, and the left one is tingling too", True),
    # the other leg joining in, with no symptom word of its own
    ("it was only one leg, but today the other one started too", True),
    ("just the right leg before, and now the other one is going as well", True),
])
def test_one_leg_said_plainly_is_not_checked_for_both(text, checked):
    update = interpret(text, "inform", None, {"leg_pain": "yes"}, [])
    assert ("both_legs" in update.to_check) is checked, update


@pytest.mark.parametrize("text", [
    "sorry, I don't get the question",
    # its "I don't" had been read as a no to the safety question
    "I don't understand",
    "i dont follow",
    "what do u mean",
])
def test_not_understanding_a_safety_question_explains_it_and_is_never_a_no(text):
    update = interpret(text, "deny", "bladder_bowel", {}, [])
    assert update.explain == "bladder_bowel" and "bladder_bowel" not in update.values, update


@pytest.mark.parametrize("text", ["I don't understand", "not sure what you mean"])
def test_not_understanding_a_check_question_is_never_a_no(text):
    update = answer_check(text, "deny", "saddle_numbness", "numb bum", {}, [])
    assert update.explain == "saddle_numbness" and "saddle_numbness" not in update.values, update


def test_a_plain_no_with_the_word_get_is_still_a_no():
    update = interpret("I don't get it at night", "deny", "night_pain", {}, [])
    assert update.values.get("night_pain") == "no", update


@pytest.mark.parametrize("text", [
    # a refusal or a comment that starts "I don't" had closed the safety question as a no
    "I don't want to say",
    "i dont wanna answer that",
    "I'm not telling you",
    "I don't see why that matters",
])
def test_a_refusal_is_never_a_no_to_a_safety_question(text):
    update = interpret(text, "deny", "saddle_numbness", {}, [])
    assert "saddle_numbness" not in update.values, update


@pytest.mark.parametrize("text", ["I don't remember", "haven't a clue", "I don't pay attention to that"])
def test_not_remembering_is_not_sure(text):
    update = interpret(text, "deny", "saddle_numbness", {}, [])
    assert update.explain == "saddle_numbness" and "saddle_numbness" not in update.values, update


@pytest.mark.parametrize("text", ["I don't", "I don't think so", "I don't have any of that", "no I don't"])
def test_i_dont_alone_or_with_have_is_still_a_no(text):
    update = interpret(text, "deny", "saddle_numbness", {}, [])
    assert update.values.get("saddle_numbness") == "no", update


@pytest.mark.parametrize("text, code", [
    # the carer's own back told only in her own pain words; the client's words in quotes are the client's
    ("Carer here. I've got him back into bed but he's wet himself and can't feel his bottom",
     "bladder_bowel"),
    ("I'm his carer, I put him back to bed and now he can't pass urine at all", "bladder_bowel"),
    ('Caregiver here. She keeps saying "my back is agony" and she has wet herself twice today',
     "bladder_bowel"),
    ("I'm her carer and my back is fine, but she has lost control of her bladder", "bladder_bowel"),
])
def test_a_carer_who_tells_no_pain_of_her_own_still_speaks_for_the_client(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("I can pee normally again now, but my bum is still numb", "saddle_numbness"),
    ("I can walk properly again and my privates still feel strange", "saddle_numbness"),
])
def test_a_function_back_leaves_the_other_signs_in_the_message(text, code):
    assert code in possible_codes(text) | reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", [
    "Hit by a truck, nothing was broken, pain now mild, can't sit up though",
    "Crashed my car Friday, scanned and nothing broken, now mild but really hard to breathe",
])
def test_a_crash_checked_clear_with_mild_pain_but_another_bad_sign_still_escalates(text):
    assert "major_trauma" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    ("my husband can't pee since yesterday and his back is bad", "bladder_bowel"),
    ("my dad collapsed with back pain", "vascular"),
])
def test_someone_elses_emergency_sign_now_is_named(text, code):
    assert someone_elses_red_flag(find_mentions(text)) == code


@pytest.mark.parametrize("text", [
    "my dad fell off a roof in 1990 and broke his back",
    "my mum had breast cancer",
    "my friend took an overdose last year, she is fine now",
    "does loss of bladder control mean cauda equina?",
    "I can't pee since yesterday",
])
def test_no_emergency_of_someone_else_is_named_where_there_is_none(text):
    assert someone_elses_red_flag(find_mentions(text)) is None


@pytest.mark.parametrize("text, guess, intent", [
    # one answer corrected is no new start; a setback told is no request; a question after a refusal is asked
    ("can I reset my answer to the last question, I meant yes", "correct_answer", "correct_answer"),
    ("flared up again, feels like I have to go back to the beginning", "describe_pain", "describe_pain"),
    ("next question, can I still drive?", "ask_question", "ask_question"),
    ("skip this, when should I see a GP?", "ask_question", "ask_question"),
])
def test_what_the_review_found_the_first_routing_fixes_took(text, guess, intent):
    assert routed(text, guess) == intent


async def test_the_triage_tells_a_writer_to_get_emergency_help_for_someone_else(dispatcher, domain):
    from actions.triage import ActionStartTriage
    from tests.conftest import make_tracker, user_event
    tracker = make_tracker([user_event("my husband can't pee since yesterday and his back is bad",
                                       "describe_pain")])
    await ActionStartTriage().run(dispatcher, tracker, domain)
    told = [m for m in dispatcher.messages if m.get("response") == "utter_someone_elses_emergency"]
    assert len(told) == 1 and "passing urine" in told[0]["sign"] and told[0]["emergency_number"]


@pytest.mark.parametrize("text", [
    # a question about being given a medicine, with no question mark, is no report of taking it
    "could my GP give me steroid tablets for this",
    "can you prescribe me prednisone",
])
def test_asking_to_be_given_steroids_is_no_report_of_taking_them(text):
    assert "immunosuppression" not in reported_codes(text), find_mentions(text)


def test_steroids_given_years_ago_and_still_taken_are_reported():
    text = "the rheumatologist gave me prednisolone four years ago and I'm still on it"
    assert "immunosuppression" in reported_codes(text), find_mentions(text)
