"""What persona run 31 and blind set 71 found (tests/data/personas/results_run31*.md,
tests/data/blind/README_sealed71.md), and two faults left from run 30, each with the reading that failed."""
import pytest

from actions.conversation import ActionAcknowledgeWorry, ActionStandFirm
from actions.knowledge import ActionAnswerQuestion
from actions.triage import ActionStartTriage, ValidateTriageForm
from clinical import moves, parsing, places
from clinical.findings import Urgency
from clinical.language import find_mentions
from clinical.places import where_person_is
from clinical.recall import with_suggestions
from clinical.regions import region_contacts
from clinical.triage import BY_SLOT, interpret, next_question, someone_elses_red_flag
from clinical.urgency import assess
from tests.conftest import make_tracker, slots_of, user_event
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)

_OPENING = user_event("my lower back has been sore for 2 weeks since I lifted a box, no leg pain, I'm 48",
                      "describe_pain")


async def _validate(dispatcher, domain, text, intent="inform", **slots):
    tracker = make_tracker([_OPENING, user_event(text, intent)], slots=slots, active_loop="triage_form")
    return slots_of(await ValidateTriageForm().run(dispatcher, tracker, domain))


# --- run 30, g06: "Honestly 9 out of 10. I cry in the bathroom" to the mood question was asked again --------

@pytest.mark.parametrize("text", ["Honestly 9 out of 10. I cry in the bathroom", "in tears most nights",
                                  "i often cry about it", "I've been crying a lot"])
def test_crying_is_high_distress(text):
    assert parsing.distress(text) == "high"


# (run 30, g05: "sweet as" to the same question was not understood)
@pytest.mark.parametrize("text", ["fine, I cried once at the start but ok now", "ok thanks", "sweet as",
                                  "not too bad", "meh"])
def test_a_cry_long_past_or_a_calm_answer_is_not(text):
    assert parsing.distress(text) == "not_high"


# --- run 30, g07: "Why are you asking that? Do you think it's cancer? No, I've never had it": the questions
# beside the answer were passed over ----------------------------------------------------------------------

async def test_why_and_a_fear_beside_an_answer_are_both_answered(dispatcher, domain):
    slots = await _validate(dispatcher, domain,
                            "Why are you asking that? Do you think it's cancer? No, I've never had it",
                            "ask_question", requested_slot="cancer_history")
    assert slots["cancer_history"] == "no"
    assert "utter_explain_cancer_history" in said(dispatcher)
    assert "utter_worry" in said(dispatcher)


async def test_a_plain_answer_gets_no_explanation(dispatcher, domain):
    slots = await _validate(dispatcher, domain, "No, I've never had it", requested_slot="cancer_history")
    assert slots["cancer_history"] == "no"
    assert not {"utter_explain_cancer_history", "utter_worry"} & set(said(dispatcher))


@pytest.mark.parametrize("text", ["Do you think it's cancer?", "is it cancer?"])
def test_asking_whether_it_is_cancer_is_a_fear(text):
    assert moves.fears_something_serious(text)


def test_a_statement_about_cancer_is_no_fear_asked():
    assert not moves.fears_something_serious("it is cancer free for 10 years now")


# --- found trying practical questions after a self-care outcome: "how much does it cost to see a GP?" got
# "the guides don't cover costs" and then the whole list of warning signs ------------------------------------

async def test_the_cost_of_a_gp_gets_who_can_tell_without_the_warning_signs(dispatcher, domain):
    tracker = make_tracker([user_event("how much does it cost to see a GP?", "ask_question")],
                           slots={"triage_level": "self_care"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_access_not_covered"]


async def test_whether_funding_covers_a_physio_still_gets_what_a_physio_does(dispatcher, domain):
    tracker = make_tracker([user_event("will ACC cover a physio?", "ask_question")],
                           slots={"triage_level": "self_care"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_access_not_covered"
    assert any((m.get("custom") or {}).get("knowledge", {}).get("topic") == "physiotherapy"
               for m in dispatcher.messages)


# --- run 31 -------------------------------------------------------------------------------------------------

def read(text, requested=None, answers=None, intent="describe_pain"):
    return interpret(text, intent, requested, answers or {}, [])


def reading(text):
    return {(m.code, m.status, m.about_user) for m in find_mentions(text)}


# f01 (an emergency on the first message): "back is killing me after a double, legs are dead" is checked,
# and "lol no the legs are fine" / "bro i said my legs are fine" take the legs' signs back
def test_dead_legs_after_a_long_shift_are_checked_not_escalated():
    update = read("back is killing me after a double, legs are dead and i crashed on the couch and woke up "
                  "stiff as a board. is this gonna get better or what")
    assert update.values.get("both_legs") != "yes"
    assert "both_legs" in update.to_check


@pytest.mark.parametrize("text", ["my legs are dead", "after a double my legs went dead and numb",
                                  "both legs numb since a long shift yesterday"])
def test_dead_legs_alone_or_numb_legs_after_a_shift_still_escalate(text):
    assert read(text).values.get("both_legs") == "yes"


_AFTER_LEGS_EMERGENCY = {"both_legs": "yes", "leg_numbness": "yes"}


@pytest.mark.parametrize("text", [
    "wait what?? emergency? lol no the legs are fine, dead = tired. 14 hrs on my feet. they work",
    "bro i said my legs are fine",
])
def test_legs_said_fine_as_a_correction_take_back_every_leg_sign(text):
    update = read(text, answers=_AFTER_LEGS_EMERGENCY, intent="deny")
    assert update.values == {"both_legs": "no", "leg_numbness": "no"}
    assert set(update.corrected) == {"both_legs", "leg_numbness"}


def test_legs_said_fine_with_more_told_of_them_keep_that_sign():
    update = read("no my legs are fine but the left one is a bit tingly", answers=_AFTER_LEGS_EMERGENCY,
                  intent="deny")
    assert update.values.get("leg_numbness") != "no"


# f09 (under-triage): a knock on the back and severe tenderness over a spine bone, never asked about
@pytest.mark.parametrize("onset, asked", [("injury", True), ("fall", True), ("lifting", False),
                                          ("no_clear_cause", False)])
def test_the_bony_tenderness_question_is_asked_after_a_knock_or_a_fall(onset, asked):
    answers = {slot: "no" for slot in BY_SLOT
               if BY_SLOT[slot].kind == "red_flag" and slot != "bony_tenderness"}
    answers.update({"onset": onset, "age": 36, "duration_days": 4, "location": "lower_back"})
    assert BY_SLOT["bony_tenderness"].ask_if(answers) is asked
    assert (next_question(answers) == "bony_tenderness") is asked


def test_a_tender_spine_bone_after_a_knock_is_urgent():
    answers = {"onset": "injury", "bony_tenderness": "yes"}
    assert read("yeah one bone, agony when she pressed it", "bony_tenderness", {"onset": "injury"}).values[
        "bony_tenderness"] == "yes"
    assert assess(answers).level == Urgency.URGENT


# f11 and f04 (the wrong emergency number): a country then a city, after a "yeah"
@pytest.mark.parametrize("text", ["yeah uk, manchester. so a cab's alright then or what",
                                  "yes UK - Manchester"])
def test_a_country_and_a_city_after_a_yeah_set_the_region(text):
    assert where_person_is(text) == "UK"


# f10 (no number at all): Canada has its own lines
def test_canada_gets_911_811_and_988():
    assert where_person_is("I'm in Ontario, Canada, not New Zealand. So that number is no good to me.") == \
        "CANADA"
    lines = region_contacts("CANADA")
    assert lines.emergency_number == "911"
    assert "811" in lines.helpline and "9-8-8" in lines.crisis_line


# f04 (soon for a calm drummer): "bit anxious about letting the band down ... but not stressing"
def test_letting_others_down_is_not_feeling_down():
    assert parsing.distress("yeah pretty ok mate. bit anxious about letting the band down i guess but not "
                            "stressing") == "not_high"
    assert parsing.distress("really down, letting everyone down") == "high"


# f08: "i havent done a shift in 8 days. tried tuesday and had to go home after 20 min" changed the pain's
# length to minutes; it says the pain stops work
def test_a_shift_given_up_after_minutes_is_work_stopped_not_a_new_length():
    update = read("wait actually thats not true sorry. i havent done a shift in 8 days. tried tuesday and "
                  "had to go home after 20 min, cant ride with it", None,
                  {"duration_days": 12, "sleep_work_impact": "no"}, "inform")
    assert update.values == {"sleep_work_impact": "yes"}


def test_a_corrected_start_this_morning_is_still_read():
    assert read("actually it only started this morning", None, {"duration_days": 21}, "inform").values[
        "duration_days"] < 1


# f02 (self-care raised to soon): "I really can't afford to be off work" is no work stopped, and "I think I
# have confused you ... I only meant" corrects
def test_not_affording_time_off_is_not_being_off_work():
    update = read("Oh, alright. Then what can I do to stop it happening again? I really can't afford to be "
                  "off work.", None, {"duration_days": 10, "sleep_work_impact": "no"}, "ask_question")
    assert "sleep_work_impact" not in update.values


def test_i_have_confused_you_corrects_the_answer():
    update = read("Sorry, I think I have confused you. The pain is not stopping me working, I am still doing "
                  "all my rooms. I only meant I can't take time off. How do I stop it coming back?", None,
                  {"duration_days": 10, "sleep_work_impact": "yes"}, "ask_question")
    assert update.corrected == {"sleep_work_impact": ("yes", "no")}


# f07: "Not me, no. Me mum. Her back pain turned out to be cancer ..." to the cancer question
def test_not_me_answers_no_for_the_writer():
    update = read("Not me, no. Me mum. Her back pain turned out to be cancer in her spine and she was gone "
                  "within the year. That's why I'm like this.", "cancer_history", intent="inform")
    assert update.values.get("cancer_history") == "no"


# f05: answers asked again
@pytest.mark.parametrize("text, slot", [
    ("Both perfectly normal, and no numbness anywhere down below either.", "bladder_bowel"),
    ("I've just told you, no. I weigh myself every week and it hasn't changed.", "weight_loss"),
    ("No temperature at all, and before you ask, my weight hasn't budged either.", "weight_loss"),
])
def test_plain_answers_said_another_way_are_taken(text, slot):
    requested = "fever" if "temperature" in text else slot
    assert read(text, requested, intent="deny").values.get(slot) == "no"


def test_a_weight_unchanged_beside_a_loss_told_still_escalates():
    text = "my weight hasnt changed but i have lost 5kg in a month"
    assert ("weight_loss", "present", True) in reading(text)


def test_whether_to_get_it_looked_at_is_answered_by_the_outcome():
    assert moves.asks_whether_to_see_someone("Is it something I should get looked at?")


# --- set 71 -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Patient on my placement ward has new saddle numbness and I'm worried the team is missing it. Not about "
     "me.", "saddle_numbness"),
    ("the shearer on the stand next to me lost heaps of weight this season and now his back's crook. me, im "
     "just a bit stiff", "weight_loss"),
    ("my head chef has had a temp of 39 and back pain for 2 days and wont go home, how do i convince him",
     "fever"),
    ("our nursing lecturer said back pain plus a numb saddle area is serious. what would i need to do if "
     "that happened to me", "saddle_numbness"),
])
def test_someone_elses_sign_is_not_the_writers(text, code):
    assert (code, "present", True) not in reading(text)


@pytest.mark.parametrize("text, code", [
    ("Patient states new saddle numbness since this morning", "saddle_numbness"),  # helpline staff typing
    ("chef here, temp of 39 and back pain for 2 days", "fever"),
    ("on my shift last night i wet myself", "bladder_bowel"),
])
def test_the_writers_own_sign_at_work_stays_theirs(text, code):
    assert (code, "present", True) in reading(text)


def test_sweats_in_a_hot_kitchen_with_a_normal_reading_are_no_fever():
    text = "sweating buckets in the kitchen, temp checked after at 36.9, back's sore from the pot wash"
    assert read(text).values.get("fever") == "no"
    assert "fever" in read("sweating buckets in the kitchen all week").to_check


def test_feeling_back_on_getting_off_the_seat_is_no_saddle_numbness():
    text = "numb bum after 6 hours on the tractor seat but the feeling came back the second i hopped off"
    assert read(text).values.get("saddle_numbness") == "no"
    # ("it came back" could be the numbness: checked, never dropped)
    it_came_back = read("numb bum after 6 hours on the tractor seat but it came back the second i hopped off")
    assert "saddle_numbness" in it_came_back.to_check
    came_back = read("numb bum on the tractor, the numbness came back when i got off")
    assert "saddle_numbness" in came_back.to_check


# f10: "Should I stop the prednisone until my back is better?" after `urgent`, read as a question about
# waiting, got the outcome restated and no word on the medicine
async def test_stopping_a_medicine_asked_after_urgent_gets_who_can_advise(dispatcher, domain):
    tracker = make_tracker([user_event("Should I stop the prednisone until my back is better?",
                                       "ask_getting_help")], slots={"triage_level": "urgent"})
    await ActionStandFirm().run(dispatcher, tracker, domain)
    assert "utter_medicine_stop_or_change" in said(dispatcher)


async def test_a_medicine_stopped_said_after_urgent_is_still_a_correction(dispatcher, domain):
    tracker = make_tracker([user_event("I stopped the prednisone two years ago, I'm not on any steroids now",
                                       "correct_answer")],
                           slots={"triage_level": "urgent", "immunosuppression": "yes"})
    await ActionStandFirm().run(dispatcher, tracker, domain)
    assert "utter_medicine_stop_or_change" not in said(dispatcher)


# f04: Adelaide named only as where the band plays tomorrow; he was told 111 all through
def test_a_place_of_ours_named_in_passing_hints_at_the_country():
    assert places.country_hinted(["we've got adelaide tomorrow night and it's like 9 hrs in the van"]) == "AU"
    assert places.country_hinted(["flying to sydney next week then london"]) is None


# f07: a baker terrified it is cancer. Her opening question was kept and answered after the outcome with
# advice on keeping active; "So you don't think it's cancer? Can I get a scan?" got only the scan; "Right so I
# should ring the GP then? ... dead scared" got only the kind words
async def test_a_fear_asked_at_the_opening_is_answered_then_not_kept(dispatcher, domain):
    text = ("Hiya, sorry it's the middle of the night, I'm up for work. My back's been bad for 9 days after "
            "lifting flour sacks and I'm honestly frightened it's something serious. Can you tell me if it's "
            "cancer?")
    tracker = make_tracker([user_event(text, "describe_pain")])
    events = await ActionStartTriage().run(dispatcher, tracker, domain)
    assert said(dispatcher).count("utter_worry") == 1
    assert not slots_of(events).get("held_questions")


async def test_a_fear_beside_a_question_after_the_outcome_is_answered_too(dispatcher, domain):
    tracker = make_tracker([user_event("So you don't think it's cancer? Can I get a scan to be sure?",
                                       "ask_question")], slots={"triage_level": "soon", "duration_days": 9})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_worry"
    assert any((m.get("custom") or {}).get("knowledge", {}).get("topic") == "imaging"
               for m in dispatcher.messages)


async def test_whether_to_ring_the_gp_said_with_fear_gets_the_outcome_too(dispatcher, domain):
    text = ("Right so I should ring the GP then? I've been putting it off cos I'm dead scared of what "
            "they'll say")
    tracker = make_tracker([user_event(text, "express_worry")], slots={"triage_level": "soon"})
    await ActionAcknowledgeWorry().run(dispatcher, tracker, domain)
    assert said(dispatcher)[:2] == ["utter_worry", "utter_firm_soon"]


# f08 (paid per delivery): "is there anything free i can do" got only "the guides don't cover costs"
async def test_anything_free_to_do_gets_self_care_beside_the_costs_line(dispatcher, domain):
    tracker = make_tracker([user_event("is there anything free i can do", "ask_question")],
                           slots={"triage_level": "soon"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_access_not_covered"
    assert any((m.get("custom") or {}).get("knowledge") for m in dispatcher.messages)


# Found writing this run's summary: another person's sign told and then asked about ("what should he do?")
# is read as only possible, and got "I don't have information" or advice on keeping working
@pytest.mark.parametrize("text", [
    "my husband hurt his back and has lost control of his bladder, what should he do?",
    "My boss has lost control of his bladder after hurting his back lifting a stockpot, what should he do?",
])
def test_someone_elses_sign_asked_about_is_said_to_them(text):
    assert someone_elses_red_flag(find_mentions(text)) == "bladder_bowel"


async def test_someone_elses_emergency_asked_about_gets_the_emergency_for_them(dispatcher, domain):
    tracker = make_tracker([user_event("my husband hurt his back and has lost control of his bladder, what "
                                       "should he do?", "ask_question")])
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_someone_elses_emergency"]


# Replay of f09: "... its getting worse not better. what can i take for it" (no question mark) was dropped
def test_a_what_question_after_the_story_is_kept():
    text = ("kia ora. shearer here, back's been giving me grief 4 days since i knocked it on a gate rail in "
            "the pens. still shearing but its getting worse not better. what can i take for it")
    assert moves.side_question_after_answer(text).endswith("what can i take for it")
    assert moves.side_question_after_answer("no. what i did was lift a box") is None


# Replay of f02: "I just want to know if I am doing the right things and how to stop it happening again" in
# the opening was neither kept nor answered; "A little worried about keeping up my room count, and tired, but
# I am managing" brought a self-harm check
def test_an_indirect_question_after_the_story_is_kept():
    text = ("I had something like this years ago and it went away. I just want to know if I am doing the "
            "right things and how to stop it happening again, because I can't afford to be off.")
    assert "how to stop it happening again" in moves.side_question_after_answer(text)


def test_tired_and_worried_but_managing_brings_no_self_harm_check():
    text = "Mostly OK. A little worried about keeping up my room count, and tired, but I am managing."
    assert not [m for m in with_suggestions(text, find_mentions(text)) if m.code == "self_harm"]
