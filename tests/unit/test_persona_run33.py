"""What persona run 33 found (tests/data/personas/results_run33*.md), each with the reading that failed."""
import pytest

from actions.knowledge import asks_advice_on_the_pain_told, opens_with_own_pain
from clinical import moves, parsing
from clinical.triage import answer_check, interpret
from tests.conftest import make_tracker, user_event
from tests.unit.test_after_outcome_actions import temporary_database  # noqa: F401 (an autouse fixture)


def read(text, requested=None, answers=None, intent="describe_pain"):
    return interpret(text, intent, requested, answers or {}, [])


# d08 (under-triage: soon given self-care): "I hadn't lifted a thing. I just woke up with it" was recorded as
# lifting, so the first-episode question (a first back pain at 60 with no clear cause) was never asked
@pytest.mark.parametrize("text, onset", [
    ("Wait, actually, I take that back. I was on vacation at my sister's that whole week and I hadn't "
     "lifted a thing. I just woke up with it on the Thursday.", "sleeping"),
    ("I hadn't lifted a thing", None), ("had not lifted anything heavy", None),
    ("I had lifted a box", "lifting")])
def test_a_lift_denied_is_no_cause(text, onset):
    assert parsing.onset(text) == onset


# d03 (emergency for a cheerful gardener): "Duw, no, nothing like that!" to the self-harm check was read as
# yes
@pytest.mark.parametrize("text", ["Duw, no, nothing like that! I'm cheerful as anything.", "och no",
                                  "whoa, no way"])
def test_a_no_after_an_exclamation_answers_the_crisis_check_no(text):
    assert answer_check(text, "deny", "self_harm", "words", {}, []).values.get("self_harm") == "no"


# d06 (urgent for a worried carer): "I've been googling back pain and cancer every night" was her own cancer
def test_searching_about_cancer_is_no_cancer_of_ones_own():
    update = read("Honestly, terrified. I've been googling back pain and cancer every night and I'm greetin' "
                  "most evenings. I keep thinking about my sister. Is it serious?", "mood",
                  {"cancer_history": "no"})
    assert update.values.get("cancer_history") != "yes"


def test_a_cancer_told_beside_searching_is_still_told():
    update = read("I had breast cancer, I've been googling whether it can come back in the spine")
    assert update.values.get("cancer_history") == "yes"


# d01 (emergency on the first message): "nearly shat myself when it went on the scaffold monday lol"
def test_nearly_soiling_oneself_from_fright_is_a_figure_of_speech():
    update = read("kia ora bro my back is cooked, nearly shat myself when it went on the scaffold monday lol")
    assert update.values.get("bladder_bowel") != "yes" and "bladder_bowel" not in update.to_check


def test_soiling_oneself_told_as_happening_still_escalates():
    assert read("I shat myself last night and couldn't stop it, back is killing me").values.get(
        "bladder_bowel") == "yes"


# d12: "I'm typing for my husband ... His back has suddenly gone really bad ... What should we do?" got an
# answer on how long back pain lasts; d10: "It has been going on for about a week and I should be grateful
# for some advice on it" got "I don't have information on that"
def test_a_pain_typed_for_someone_with_a_question_starts_the_questions():
    text = ("Hi I'm typing for my husband, he's 72. His back has suddenly gone really bad in the last half "
            "hour, he says it's the worst pain he's ever had. We're on a caravan trip. What should we do?")
    assert opens_with_own_pain(make_tracker([user_event(text, "ask_question")]), text)


def test_advice_asked_on_the_pain_told_with_no_subject_starts_the_questions():
    text = ("Yes, the backache itself, as I said. It has been going on for about a week and I should be "
            "grateful for some advice on it.")
    assert asks_advice_on_the_pain_told(make_tracker([user_event(text, "ask_question")]), text)
    text = "my back has hurt for a week, can I take ibuprofen?"  # a medicine question is answered at once
    assert not asks_advice_on_the_pain_told(make_tracker([user_event(text, "ask_question")]), text)


# d05: "roughly how much is a physio and do i need to see a gp first?" was dropped as answered by the outcome
@pytest.mark.parametrize("text", ["roughly how much is a physio and do i need to see a gp first?",
                                  "so what about the physio, roughly how much and do i need a gp first?"])
def test_a_cost_asked_beside_whether_to_see_someone_is_kept(text):
    assert moves.asks_about_access(text) and not moves.answered_by_the_outcome(text)


def test_whether_to_see_someone_alone_is_answered_by_the_outcome():
    assert moves.answered_by_the_outcome("do i need to see a gp?")


# d04: "not weak, no tingling" to the legs list, then asked about weakness and tingling one by one
def test_signs_of_the_legs_denied_in_words_answer_the_legs_list():
    values = read("not weak, no tingling", "checklist_legs", {"quick_path": True}, "deny").values
    assert values["leg_weakness"] == values["leg_numbness"] == values["checklist_legs"] == "no"


def test_a_sign_of_the_legs_told_beside_a_denial_is_kept():
    values = read("not weak but some tingling in my foot", "checklist_legs", {"quick_path": True}).values
    assert values["leg_weakness"] == "no" and values["leg_numbness"] == "yes"


# d08 (replay, still under-triaged): the lift taken back was kept, so no first-episode question followed
@pytest.mark.parametrize("text", [
    "Wait, actually, I take that back. I was on vacation at my sister's that whole week and I hadn't lifted "
    "a thing. I just woke up with it on the Thursday. Sorry! So no, no fall or accident or anything like "
    "that.",
    "But no, I didn't lift anything, I was on vacation! I just woke up with it."])
def test_a_cause_taken_back_replaces_the_one_recorded(text):
    update = read(text, "fever", {"onset": "lifting", "duration_days": 14, "age": 60}, "inform")
    assert update.values.get("onset") == "sleeping" and update.corrected["onset"] == ("lifting", "sleeping")


def test_a_first_back_pain_at_60_woken_up_with_is_asked_whether_it_is_the_first():
    from clinical.triage import next_question
    answers = {slot: "no" for slot in ("bladder_bowel", "checklist_saddle", "saddle_numbness",
                                      "sexual_dysfunction", "leg_weakness", "leg_numbness", "major_trauma",
                                      "fever", "weight_loss", "cancer_history", "immunosuppression",
                                      "leg_pain",
                                      "night_pain", "morning_stiffness", "sleep_work_impact", "vascular")}
    answers.update(location="lower_back", duration_days=14, onset="sleeping", age=60, details="asked")
    assert next_question(answers) == "first_episode"


def test_a_lift_told_to_the_injury_question_is_no_serious_injury():
    values = read("Oh I probably just lifted a stockpot wrong at work, it happens.", "major_trauma").values
    assert values.get("major_trauma") == "no" and values.get("onset") == "lifting"


# d08 (second replay): "on my feet all day" in the opening was the cause, and "I woke up with it" later
# changed nothing, so the first-episode question never came
def test_the_way_it_started_told_later_replaces_the_days_work():
    update = read("About 16 days now, I guess. I woke up with it on the Thursday of my vacation.", "vascular",
                  {"onset": "other_cause", "age": 60}, "inform")
    assert update.values.get("onset") == "sleeping"


# d12 (second replay): "We're at a caravan park just outside Port Augusta in South Australia. Is it 000
# here?" kept New Zealand's numbers through the emergency
@pytest.mark.parametrize("text, region", [
    ("We're at a caravan park just outside Port Augusta in South Australia. Is it 000 here?", "AU"),
    ("I'm at a holiday park near Taupo in New Zealand", "NZ"),
    ("my sister is just outside Perth in Scotland", None)])
def test_a_town_we_do_not_list_then_its_state(text, region):
    from clinical.places import where_person_is
    assert where_person_is(text) == region


# d08 (third replay, under-triaged again): "Never, not once in my life" to "is this the first time you've
# had back pain like this?" was read as no
@pytest.mark.parametrize("text, first", [("Never, not once in my life. That's why it's so odd.", "yes"),
                                         ("never", "yes"), ("Never had it before", "yes"),
                                         ("no, first time", "yes"), ("no", "no"),
                                         ("nope, had it loads of times", "no"),
                                         ("no, not the first time", "no")])
def test_never_before_is_a_first_time(text, first):
    answers = {"onset": "sleeping", "age": 60}
    assert read(text, "first_episode", answers, "deny").values.get("first_episode") == first
