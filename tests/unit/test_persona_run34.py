"""What persona run 34 (tests/data/personas/results_run34*.md), vignette set 2 and blind set 74 found, each
with the reading that failed."""
import pytest

from clinical import moves, parsing
from clinical.language import tells_own_pain
from clinical.triage import answer_check, interpret


def read(text, requested=None, answers=None, intent="describe_pain"):
    return interpret(text, intent, requested, answers or {}, [])


# c03 (emergency for a tired baker): "in bed by 7 and out like a light till half 2" to the night-pain
# question,
# and "Nearly collapsed into bed after my shift", are sleep, not fainting
@pytest.mark.parametrize("text, requested", [
    ("No, I'm in bed by 7 and out like a light till half 2. Doesn't wake me.", "night_pain"),
    ("Hiya. Nearly collapsed into bed after my shift again, this back is doing me in. Two weeks now.", None),
    ("conked out on the sofa after tea, woke up stiff", None)])
def test_going_to_sleep_is_no_faint(text, requested):
    update = read(text, requested)
    assert update.values.get("vascular") != "yes" and "vascular" not in update.to_check


@pytest.mark.parametrize("text", [
    "I collapsed on the kitchen floor this morning and the back pain is terrible",
    "I collapsed in the garden and my back is killing me"])
def test_a_collapse_elsewhere_still_escalates(text):
    assert read(text).values.get("vascular") == "yes"


# c12: sudden tearing pain through to the belly, then "next thing I know I'm on the floor ..., must have been
# out a few seconds", got a check question before the emergency
@pytest.mark.parametrize("text", [
    "about an hour ago I got this sudden terrible pain in me lower back, proper tearing, and it goes right "
    "through to me belly, then I went all grey and light-headed and next thing I know I'm on the floor "
    "of the back office, must have been out a few seconds, I'm alright now but it's still bad",
    "my back went and next thing I knew I was on the floor",
    "back pain came on and I must have been out for a minute"])
def test_coming_to_on_the_floor_is_a_faint(text):
    assert read(text).values.get("vascular") == "yes"


# c08: "ugh ok fine. what was the question" (after asking for a person) was read as "none of these" to the
# groin
# and genitals list, which was never asked again
def test_asking_for_the_question_again_is_no_answer():
    assert moves.asks_to_repeat("ugh ok fine. what was the question")
    assert not moves.asks_to_repeat("ok fine, no")


# c06: "I had my daughter four months ago and for about three weeks now my lower back has been at me" was
# taken as four months of pain ("chronic")
def test_a_births_time_is_not_the_pains_length():
    assert parsing.duration_days("I had my daughter four months ago and for about three weeks now my lower "
                                 "back has been at me") == 21


def test_pain_dating_from_a_birth_keeps_its_time():
    assert parsing.duration_days("since I had my son 3 months ago my back has been sore") > 80


# vignette set 2, bv2_027 (emergency for a sore back after a nap on the sofa): "came off a horse about ten
# years ago but nothing recent" to the injury question raised a check, and the same words to the check were
# read as yes
def test_an_old_fall_with_nothing_recent_answers_no():
    text = "came off a horse about ten years ago but nothing recent"
    assert read(text, "major_trauma").values.get("major_trauma") == "no"
    assert answer_check(text, None, "major_trauma", text, {}, []).values.get("major_trauma") == "no"


def test_a_recent_crash_is_still_checked():
    update = read("came off my motorbike yesterday at speed", "major_trauma")
    assert update.values.get("major_trauma") == "yes" or "major_trauma" in update.to_check


# persona run 33, d10: "I have a backache that has been going on for about a week" after asking for a nurse
# was
# not read as the person's own pain, so no questions followed
def test_a_backache_told_is_own_pain():
    assert tells_own_pain("Good afternoon. Before we start, is there a nurse or a real person I could speak "
                          "to instead? I have a backache that has been going on for about a week.")


# persona run 33, d11: "righto. the missus can drive me. does it count as acc do you reckon" after the
# emergency
# got advice on putting plans on hold
def test_a_cost_question_in_the_last_sentence_is_asked():
    assert moves.asks_about_access("righto. the missus can drive me. does it count as acc do you reckon")
    assert not moves.asks_about_access("I paid for the physio myself. it helped")


# Found driving a check conversation to its outcome (an under-triage): "my lower back has hurt for 10 weeks
# and it isn't getting better" was read as getting better, so over six weeks and not improving gave self-care
@pytest.mark.parametrize("text", [
    "my lower back has hurt for 10 weeks and it isn't getting better", "it hasn't been getting better",
    "it doesn't seem to be getting better", "no sign of it easing", "it's not really getting any easier",
    "they arent getting better at all"])
def test_getting_better_denied_is_not_improving(text):
    assert parsing.improving(text) == "no"


@pytest.mark.parametrize("text", ["its getting better", "not sure, but it is getting better",
                                  "no pain at night, getting better", "not too bad and getting better"])
def test_getting_better_beside_another_denial_is_improving(text):
    assert parsing.improving(text) == "yes"


def test_over_six_weeks_and_not_getting_better_is_soon():
    update = read("my lower back has hurt for 10 weeks and it isn't getting better")
    assert update.values.get("duration_days") == 70 and update.values.get("improving") == "no"


# set 74's false escalations (past, figurative, hypothetical), each with the sign said now still escalating
@pytest.mark.parametrize("text, code", [
    ("Back in 2017 I lost feeling in my bottom after a heavy glider landing, it came back within the week "
     "and scans were clear. Today only mild stiffness after a long-haul sector.", "saddle_numbness"),
    ("sore back from feeding the baby hunched over. the only thing leaking round here is breast milk lol, "
     "wee and poo normal, no numbness", "bladder_bowel"),
    ("Purely as a matter of hypothesis, should I develop a fever in conjunction with this backache, at what "
     "point would it be appropriate to seek medical attention?", "fever"),
    ("after my daughter's birth I couldn't wee for a day and had a catheter, that sorted itself out within 2 "
     "days. that was in march. now just a sore back from carrying her", "bladder_bowel"),
    ("had a fever of 39 with the flu a fortnight ago but it's gone, temp is 36.8 every day this week. back's "
     "just stiff from sitting at the phones", "fever"),
    ("my legs went numb sitting cross-legged on my bed revising, but the feeling came back the second I "
     "stood up. back's a bit achy", "both_legs")])
def test_signs_past_figurative_or_supposed_do_not_escalate(text, code):
    assert read(text).values.get(code) != "yes"


@pytest.mark.parametrize("text, code", [
    ("I've been leaking wee since the back went and can't stop it", "bladder_bowel"),
    ("I've got a fever of 39 with this backache", "fever"),
    ("I lost feeling in my bottom yesterday and it hasn't come back", "saddle_numbness")])
def test_the_same_signs_now_still_escalate(text, code):
    assert read(text).values.get(code) == "yes"


def test_a_request_to_repeat_answers_nothing():
    update = read("ugh ok fine. what was the question", "checklist_saddle", intent="ask_repeat")
    assert update.values == {}


# c09: "Hang on, I'll ask him." (typing for her father) got "Sorry, I didn't quite get that"
@pytest.mark.parametrize("text, waits", [("Hang on, I'll ask him.", True), ("one sec", True),
                                         ("let me check with mum", True), ("hang on no actually yes", False),
                                         ("I'll ask my GP about it next week when I see her", False)])
def test_an_answer_being_fetched(text, waits):
    assert moves.asks_for_a_moment(text) is waits


# c07: "Good morning. 54, airline pilot, first time I've ever had back trouble." - the age and the first
# episode
# were asked again
def test_an_age_and_a_first_time_said_in_passing():
    text = "Good morning. 54, airline pilot, first time I've ever had back trouble. Dull ache low down."
    assert parsing.age(text) == 54 and parsing.first_episode(text) == "yes"


@pytest.mark.parametrize("text", ["7, pretty bad", "hi. 30, weeks of pain", "18, and it hurts"])
def test_a_number_and_a_comma_is_no_age_without_who(text):
    assert parsing.age(text) is None


# bv2_027 again: the old fall kept as this pain's start brought the thin-bones and tender-spine questions,
# which
# the patient answered with the old fall again (soon for self-care)
def test_an_old_fall_is_not_this_pains_start():
    assert "onset" not in read("came off a horse about ten years ago but nothing recent",
                               "major_trauma").values
    update = read("cracked a vertebra when I fell 3 years ago, healed fine. This week's ache came on lifting")
    assert update.values.get("onset") == "lifting"


def test_a_recent_fall_is_this_pains_start():
    assert read("I slipped on the ice yesterday and my back is sore").values.get("onset") == "fall"


# c04: "And I'm not worried about it, just a bit annoyed tbh!" with the work answer, then asked how she felt;
# c06: "I'm really scared it's something serious" in the opening is high distress
@pytest.mark.parametrize("text, mood", [
    ("Not really, still teaching full time. And I'm not worried about it, just a bit annoyed tbh!",
     "not_high"),
    ("for about three weeks now my lower back has been at me, I'm really scared it's something serious",
     "high"),
    ("I'm terrified of needles but my back is sore", None), ("im a bit worried its a disc", None)])
def test_a_feeling_told_before_it_is_asked(text, mood):
    assert read(text, "sleep_work_impact").values.get("mood") == mood


# c02 (a dairy-shed hand): "sore back from liftin a calf" was read as pain in the leg, so the both-legs and
# leg-pain-worse questions were asked of someone with no leg pain
def test_a_calf_lifted_is_no_leg():
    assert "leg_pain" not in read("sore back from liftin a calf. bout a week n a half").values


@pytest.mark.parametrize("text", ["pain down into my calf", "carrying the calves all week, back is stuffed, "
                                                             "pain goes into my right calf"])
def test_pain_in_a_calf_is_leg_pain(text):
    assert read(text).values.get("leg_pain") == "yes"


# c08's replay (soon given self-care): "I've had to call out of work all week because I can't sit through
# a shift" in the opening, then "i read that list wrong, it DOES stop me working, thats literally why ive been
# off all week" were not read as pain that stops work
def test_work_missed_told_in_the_opening():
    update = read("hi my lower back has been killing me for like 2 and a half weeks and I've had to call out "
                  "of work all week because I can't sit through a shift")
    assert update.values.get("sleep_work_impact") == "yes"


def test_a_list_misread_and_corrected_is_no_supposition():
    update = read("sorry i thought that was the stiff question. im ok, not scared just frustrated and "
                  "stressed about money tbh. also wait i read that list wrong, it DOES stop me working, "
                  "thats literally why ive been off all week", "mood",
                  {"sleep_work_impact": "no", "checklist_pattern": "no"})
    assert update.values.get("sleep_work_impact") == "yes"


def test_something_read_about_is_still_a_supposition():
    assert read("I read that numbness in your bum is a bad sign").values.get("saddle_numbness") != "yes"


# c09 (Dundee): "111 online" and "urgent treatment centre" are NHS England's words; in Scotland 111 is NHS 24
@pytest.mark.parametrize("text, region", [("we're in Dundee, in Scotland, not New Zealand", "UK_SCOT"),
                                          ("am in glasgow", "UK_SCOT"), ("Perth, Scotland", "UK_SCOT"),
                                          ("I'm in Leeds", "UK"), ("I'm Scottish but live in London", "UK"),
                                          ("I live in Belfast", "UK_NI")])
def test_scotland_gets_nhs_24(text, region):
    from clinical.places import where_person_is
    from clinical.regions import region_contacts

    assert where_person_is(text) == region
    lines = region_contacts(region)
    assert lines.emergency_number == "999"
    assert ("NHS 24" in lines.helpline + lines.after_hours) is (region == "UK_SCOT")
    assert "online" not in lines.after_hours or region == "UK"


# c01: "bro thats not an answer. can i lift at the meet or not" after "anything else?" was read as "no", a
# goodbye
@pytest.mark.parametrize("text, intent, move", [
    ("bro thats not an answer. can i lift at the meet or not", "deny", "ask_question"),
    ("no thanks. all good", "deny", None), ("no. can I still drive to work?", "deny", None)])
def test_a_question_with_no_yes_or_no_is_asked(text, intent, move):
    from components.clinical_facts import _conversation_move

    assert _conversation_move(text, {"name": intent}, named_place=False) == move


# set 75, rs75_0042 (an emergency missed mid-triage, no check asked): "I have not any feeling in private part
# with
# my wife, before it was normal" to the groin list was read as "none of these"
def test_no_feeling_said_with_not_any_is_a_sign_checked():
    text = ("Salam, I am caretaker of mosque, I move heavy carpets and my back is injured since 5 days. Also "
            "from that time I have not any feeling in private part with my wife, before it was normal")
    update = read(text, "checklist_saddle", {"bladder_bowel": "no"})
    assert update.values.get("sexual_dysfunction") != "no"
    assert update.values.get("sexual_dysfunction") == "yes" or "sexual_dysfunction" in update.to_check


def test_a_plain_no_first_still_answers_the_list():
    update = read("No... not since the back started anyway", "checklist_saddle", {"bladder_bowel": "no"})
    assert update.values.get("checklist_saddle") == "no"


# set 75, rs75_0016 (urgent missed): thin bones told as a T-score, and "Missed the kerb and went down on my
# bottom" not read as a fall, so the check's yes to osteoporosis escalated nothing
def test_going_down_on_ones_bottom_is_a_fall():
    assert parsing.onset("Missed the kerb and went down on my bottom, nothing dramatic") == "fall"
    update = read("retired ward sister, DEXA T-score -3.1. Missed the kerb and went down on my bottom, "
                  "nothing dramatic, but my back's been sore since this morning")
    checked = answer_check("yes", "affirm", "osteoporotic_fall", update.to_check.get("osteoporotic_fall", ""),
                           dict(update.values), [])
    from clinical.urgency import assess
    assert assess({**update.values, **checked.values}).level.name == "URGENT"


# set 75, rs75_0126: "Couldn't pee after my hip replacement and had a catheter for a day, been going normally
# for
# months now" (an emergency for a stiff back)
def test_passing_urine_normally_for_months_is_over():
    assert read("Couldn't pee after my hip replacement and had a catheter for a day, been going normally for "
                "months now. Back is just stiff from gardening").values.get("bladder_bowel") != "yes"


# set 75's routing: a setback after camp, starting again, and advice turned down
@pytest.mark.parametrize("text, intent, move", [
    ("scrap all that and begin again, I gave wrong answers", "correct_answer", "start_over"),
    ("I'm not going anywhere near a pool, leave swimming out of it", "inform", "dismiss"),
    ("not interested in talking to a counsellor thanks, you can drop that bit", "thank", "dismiss")])
def test_set_75s_conversation_moves(text, intent, move):
    from components.clinical_facts import _conversation_move

    assert _conversation_move(text, {"name": intent}, named_place=False) == move


def test_a_camp_that_set_the_back_right_back_is_a_flare():
    text = "it was getting better but the scout camp has set me right back"
    assert moves.plan_report(text) == "report_flare"
