"""What persona run 26 and blind set 66 found (tests/data/personas/results_run26*.md,
tests/data/blind/README_sealed66.md), each with the reading that failed."""
import pytest

from actions.conversation import ActionStandFirm
from actions.knowledge import ActionAnswerQuestion
from actions.triage import ValidateTriageForm
from clinical import moves, parsing, places
from clinical.case_summary import summary_for_a_doctor
from clinical.triage import answer_check, interpret, osteoporotic_fall_check_asks
from tests.conftest import make_tracker, slots_of, user_event
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)


def read(text, requested=None, answers=None, intent="describe_pain"):
    return interpret(text, intent, requested, answers or {}, [])


# --- k06: "eh? no nothing like that mate" to the self-harm check was read as yes: the crisis reply, an
# emergency, for a baker with a stiff back ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["eh? no nothing like that mate. and its been 5 weeks not a day",
                                  "huh? no, nothing like that", "what? no way", "whoa. no"])
def test_surprise_before_a_no_is_still_a_no(text):
    assert parsing.polarity(text, None, words_only=True) == "no"
    update = answer_check(text, "deny", "self_harm", "thinking about it", {}, [])
    assert update.values.get("self_harm") == "no"


@pytest.mark.parametrize("text, said_", [("eh?", "unsure"), ("what? yes", "yes"), ("hmm... yes", "yes")])
def test_surprise_alone_or_before_a_yes(text, said_):
    assert parsing.polarity(text, None, words_only=True) == said_


# --- k06: "nah hang on, thinking about it its more like an hour. doesnt loosen off till ive shaped the first
# batch" (his morning stiffness corrected from 20 minutes) changed the pain's length to under a day, answered
# the serious-injury question no, and brought a self-harm check --------------------------------------------

def test_an_hour_to_loosen_off_corrects_the_stiffness_not_the_pains_length():
    update = read("nah hang on, thinking about it its more like an hour. doesnt loosen off till ive shaped "
                  "the first batch", "major_trauma", {"duration_days": 35, "morning_stiffness": "no"})
    assert update.values.get("morning_stiffness") == "yes"
    assert "duration_days" not in update.values and "major_trauma" not in update.values
    assert "self_harm" not in update.to_check


@pytest.mark.parametrize("text", ["takes me about an hour to loosen up in the morning",
                                  "thinking about it, it's more like 3 weeks"])
def test_calm_words_bring_no_self_harm_check(text):
    assert "self_harm" not in read(text, "morning_stiffness").to_check


def test_a_crisis_said_with_thinking_about_it_is_still_checked():
    update = read("ive been thinking about it a lot. whats the point of going on")
    assert update.values.get("self_harm") == "yes" or "self_harm" in update.to_check


def test_nah_before_a_correction_answers_nothing_but_a_no_after_it_does():
    assert read("nah hang on, no fever at all", "fever").values.get("fever") == "no"
    assert read("nah hang on, I'm 52 not 42", "major_trauma").values.get("major_trauma") is None


# --- blind set 66: "dragging it out killed my back" (a deer) was a foot that drags: urgent ------------------

def test_dragging_something_out_is_no_weak_foot():
    update = read("went stalking with my dad and shot my first deer!! dragging it out killed my back haha")
    assert "leg_weakness" not in update.values and "progressive_weakness" not in update.to_check


def test_a_foot_dragged_is_still_weakness():
    assert read("my left foot, I keep dragging it").values.get("leg_weakness") == "yes"


# --- k01: a teenager who sends each answer in three pieces had two pieces of other answers ("walked to
# school", "mine are well old") taken as two misses of the serious-injury question: kept as "not sure", so
# `urgent` ------------------------------------------------------------------------------------------------

async def test_a_safety_question_twice_not_understood_is_asked_plainly_once_more(dispatcher, domain):
    answered = {slot: "no" for slot in ("bladder_bowel", "checklist_saddle", "saddle_numbness",
                                        "sexual_dysfunction", "leg_weakness", "leg_numbness")}
    slots = {**answered, "age": 16, "location": "lower_back", "duration_days": 3, "details": "asked",
             "requested_slot": "major_trauma", "triage_progress": {"misses": {"major_trauma": 1}}}
    events = slots_of(await ValidateTriageForm().run(dispatcher, make_tracker(
        [user_event("mine are well old", "inform")], slots=slots, active_loop="triage_form"), domain))
    assert "utter_triage_missed_plainly" in said(dispatcher)
    assert events.get("major_trauma") is None and events["requested_slot"] == "major_trauma"
    assert events["triage_progress"]["misses"] == {"major_trauma": 2}


# --- k03: a lab technician who answers in numbers ("0 = none") had each answer not understood, twice a
# question kept as "not sure", and `urgent` ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["0 = none", "0, none", "zero - nothing", "0 = no"])
def test_a_count_of_none_is_a_no(text):
    assert read(text, "bladder_bowel").values.get("bladder_bowel") == "no"


def test_a_bare_zero_answers_no_yes_or_no_question():
    # ("0" to "any trouble passing urine?" could be a count of wees): asked again, not taken as no
    assert "bladder_bowel" not in read("0", "bladder_bowel").values


# --- k08: "Only the pregnancy weight coming off slowly since she was born, which I expected" was weight loss
# without a reason (urgent), and "I didn't mean I'm losing weight for no reason" did not take it back -------

def test_weight_lost_after_a_birth_as_expected_is_no_weight_loss():
    update = read("Only the pregnancy weight coming off slowly since she was born, which I expected. "
                  "Nothing else. Is that bad?", "weight_loss")
    assert update.values.get("weight_loss") == "no" and "onset" not in update.values


def test_weight_lost_without_trying_after_a_birth_is_still_checked():
    update = read("lost 8 kg since the birth without trying, way more than the baby weight", "weight_loss")
    assert update.values.get("weight_loss") == "yes" or "weight_loss" in update.to_check


def test_i_didnt_mean_takes_the_weight_loss_back():
    update = read("Oh no. Sorry, I didn't mean I'm losing weight for no reason, it's just my pregnancy "
                  "weight coming off since I had her, that's all.", None,
                  {"weight_loss": "yes", "duration_days": 21})
    assert update.values.get("weight_loss") == "no"


@pytest.mark.parametrize("text, onset", [("the baby weight is coming off slowly", None),
                                         ("it's getting better slowly", None),
                                         ("it came on slowly over a week", "no_clear_cause")])
def test_slowly_is_no_clear_cause_only_of_the_pain_coming_on(text, onset):
    assert parsing.onset(text) == onset


# --- k09: "Can I drive the ute in myself or does the missus need to drive?" after `urgent` got "put driving
# on hold until you have been seen": he had two hours to drive to be seen -----------------------------------

@pytest.mark.parametrize("text", ["Righto. Can I drive the ute in myself or does the missus need to drive?",
                                  "can I drive in myself?"])
def test_driving_oneself_to_be_seen_is_a_question_of_getting_there(text):
    assert moves.getting_help_question(text) == "transport"


async def test_driving_in_after_urgent_gets_how_to_get_there(dispatcher, domain):
    tracker = make_tracker([user_event("Can I drive the ute in myself or does the missus need to drive?",
                                       "ask_question")], slots={"triage_level": "urgent", "fever": "yes"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert "utter_firm_urgent_transport" in said(dispatcher)
    assert "utter_activity_after_escalation" not in said(dispatcher)


# --- k10: "We'll ring our daughter and see if she can take me" was a request for a person on this chat -----

@pytest.mark.parametrize("text, own", [("We'll ring our daughter and see if she can take me.", True),
                                       ("I'll call my son to drive me", True),
                                       ("can I talk to a real person?", False)])
def test_ringing_ones_own_family_is_no_request_for_a_person(text, own):
    assert moves.rings_own_people(text) is own


# --- k11: US words ("ER", "no insurance") after the other countries' numbers had been listed at the emergency
# never brought 911: every later reply said 111 ------------------------------------------------------------

async def test_a_country_hinted_after_the_numbers_were_listed_is_named_once(dispatcher, domain):
    slots = {"triage_level": "emergency", "bladder_bowel": "yes", "region_asked": True}
    tracker = make_tracker([user_event("no insurance, the ER will cost me thousands. can I finish my shift?",
                                       "ask_getting_help")], slots=slots)
    events = await ActionStandFirm().run(dispatcher, tracker, domain)
    hinted = [m for m in dispatcher.messages if m.get("response") == "utter_region_hinted"]
    assert len(hinted) == 1 and hinted[0]["hinted_emergency_number"] == "911"
    assert slots_of(events)["region_hinted"] is True
    dispatcher.messages.clear()
    await ActionStandFirm().run(dispatcher, make_tracker(
        [user_event("the ER is far", "ask_getting_help")], slots={**slots, "region_hinted": True}), domain)
    assert "utter_region_hinted" not in said(dispatcher)


@pytest.mark.parametrize("texts, hinted", [(["can I take tylenol for it?"], "US"),
                                           (["it cost me 20 quid"], "UK"), (["my mum says rest"], None)])
def test_more_words_that_suggest_a_country(texts, hinted):
    assert places.country_hinted(texts) == hinted


# --- k01 and blind set 66 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["sore since sunday from bell ringing", "after kayaking all weekend"])
def test_an_activity_told_as_the_cause_is_sport_or_exercise(text):
    assert parsing.onset(text) == "sport_or_exercise"


def test_wiping_ones_answers_to_begin_afresh_starts_over():
    assert moves.asks_to_start_over("I'd like to wipe my answers and begin the questionnaire afresh, I "
                                    "answered for my colleague by mistake.")


def test_not_really_getting_the_question_is_not_understanding_it():
    assert parsing.does_not_understand("I don't really get the question, sorry, sleep deprived with a baby.")


# --- blind set 66: "Grandma, 69, osteoporosis on my last DEXA. Tripped over the baby's play mat ..." was
# checked with "did this back pain start after a fall?", which she had told; her yes left the thin bones
# unknown --------------------------------------------------------------------------------------------------

def test_thin_bones_of_unclear_owner_are_what_the_check_asks():
    words = ("grandma, 69, osteoporosis on my last dexa. tripped over the baby's play mat and landed on my "
             "bottom, back has hurt ever since yesterday.")
    update = read(words, intent="inform")
    assert "osteoporotic_fall" in update.to_check
    assert osteoporotic_fall_check_asks(update.to_check["osteoporotic_fall"]) == "osteoporosis"
    answered = answer_check("yes", "affirm", "osteoporotic_fall", words, dict(update.values), [])
    assert answered.values.get("osteoporosis") == "yes"


# --- k08 (replay): "the worrying that keeps me awake", "I cry most nights", after "the pain itself doesn't
# wake me", made night pain a reason of her outcome; "Tama" (her husband) was read as a medicine -----------

@pytest.mark.parametrize("text", ["It's more the worrying that keeps me awake than the pain.",
                                  "I cry most nights and end up googling back pain at 3am."])
def test_nights_said_in_passing_do_not_undo_a_no_to_night_pain(text):
    assert "night_pain" not in read(text, "feelings", {"night_pain": "no"}).values


def test_a_correction_still_changes_night_pain():
    assert read("actually it does wake me up every night", "feelings",
                {"night_pain": "no"}).values.get("night_pain") == "yes"


def test_a_short_name_is_no_medicine():
    assert "medication_tried" not in read("A little. Tama does bath time some nights.",
                                          "sleep_work_impact").values


def test_a_revision_taken_for_a_question_still_corrects():
    # k06 (replay): the classifier read his correction as a question, which was then held for later
    update = interpret("nah hang on, thinking about it its more like an hour. doesnt loosen off till ive "
                       "shaped the first batch", "ask_question", "major_trauma",
                       {"duration_days": 35, "morning_stiffness": "no"}, [])
    assert update.values.get("morning_stiffness") == "yes"


# --- k07: "Could you write me a short summary I can print and hand to Dr. Okafor?" got "I don't have
# information on that" --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, asks", [
    ("Could you write me a short summary I can print and hand to Dr. Okafor? She likes things brief.", True),
    ("can I have a copy of my answers for the GP?", True),
    ("the summary says I denied weight loss, that's wrong", False), ("what is sciatica?", False)])
def test_a_summary_asked_for(text, asks):
    assert moves.asks_for_a_summary(text) is asks


def test_the_summary_for_a_doctor_says_the_level_its_reasons_and_what_was_denied():
    answers = {"age": 63, "duration_days": 12, "location": "lower_back", "onset": "no_clear_cause",
               "first_episode": "yes", "fever": "no", "cancer_history": "unsure"}
    summary = summary_for_a_doctor(answers)
    assert "- Back pain for 12 days, in the lower back" in summary and "- Age: 63" in summary
    assert "Said no to: a fever" in summary and "Not sure about: cancer" in summary
    assert "weight loss" not in summary  # never asked: not said to be denied


async def test_a_summary_asked_for_after_the_outcome_is_given(dispatcher, domain):
    slots = {"triage_level": "soon", "age": 63, "duration_days": 12, "onset": "no_clear_cause",
             "first_episode": "yes", "bladder_bowel": "no"}
    tracker = make_tracker([user_event("Could you write me a short summary I can hand to my doctor?",
                                       "ask_question")], slots=slots)
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    summary = [m for m in dispatcher.messages if m.get("response") == "utter_summary_for_doctor"]
    assert len(summary) == 1 and "Said no to: loss of bladder or bowel control" in summary[0]["summary"]


# --- found by comparing every red-flag reading of all sets before and after these fixes ---------------------

def test_not_a_drop_of_trouble_with_the_waterworks_is_a_denial():
    update = read("Back's stiff after two days digging drains. Not a drop of trouble with the waterworks, "
                  "legs are grand, no numb bits anywhere.")
    assert update.values.get("bladder_bowel") != "yes"


def test_not_a_drop_of_wee_is_retention():
    assert read("not a drop of wee since last night").values.get("bladder_bowel") == "yes"


def test_a_weak_leg_dragged_across_the_yard_is_still_weakness():
    update = read("Couldn't get my right leg up into the ute this morning, it just wouldn't lift. Yesterday "
                  "it was only a bit slow. Now I'm dragging it across the yard.")
    assert update.values.get("leg_weakness") == "yes"


def test_baby_weight_said_to_drop_off_does_not_explain_an_unexplained_loss():
    update = read("Everyone says the baby weight drops off, but I'm ten months postpartum, not "
                  "breastfeeding, eating plenty, and I've dropped 9 kg in two months")
    assert update.values.get("weight_loss") == "yes" or "weight_loss" in update.to_check
