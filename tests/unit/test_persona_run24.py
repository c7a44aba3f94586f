"""What persona run 24 found (tests/data/personas/results_run24*.md), each with the reading or the move that
failed."""
import pytest
from rasa_sdk.events import FollowupAction

from actions.conversation import ActionCorrectAnswer, ActionGoodbye, ActionReplyToThanks, ActionStandFirm
from actions.knowledge import ActionAnswerQuestion
from actions.triage import ValidateTriageForm
from clinical import moves, parsing
from clinical.triage import answer_check, interpret
from tests.conftest import make_tracker, slots_of, user_event
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)


def read(text, requested=None, answers=None, intent="describe_pain"):
    return interpret(text, intent, requested, answers or {}, [])


# --- m10: an 83-year-old's "bit of a sit-down on the back step" was a fall; her "needle for my thin bones",
# told after a self-care outcome, was answered with what osteoporosis is, and the level stayed ------------


@pytest.mark.parametrize("text", [
    "I think it's only because I had a bit of a sit-down on the back step on Sunday bringing the washing in.",
    "Only my bit of a sit-down on the back step.", "had an unexpected sit-down in the garden"])
def test_an_older_persons_sit_down_is_a_fall(text):
    assert parsing.onset(text) == "fall"


@pytest.mark.parametrize("text", ["I need a bit of a sit down after walking to the shops",
                                  "I had a sit down and a cup of tea and it eased"])
def test_sitting_down_to_rest_is_no_fall(text):
    assert parsing.onset(text) != "fall"


@pytest.mark.parametrize("text", ["my back has been very sore since Sunday and my daughter said I should "
                                  "ask the computer", "I'm scared I'll fall on the stairs now"])
def test_no_cause_in_asking_the_computer_or_a_fear_of_falling(text):
    assert parsing.onset(text) is None


def test_falling_asleep_on_the_couch_is_sleeping_not_a_fall():
    assert parsing.onset("I fell asleep on the couch and woke up sore") == "sleeping"


def test_a_fall_told_after_another_cause_was_read_replaces_it():
    # the cause read from the opening decided that the question about thin bones was never asked
    reading = read("Only my bit of a sit-down on the back step, dear.", requested="major_trauma",
                   answers={"onset": "sitting_or_driving"})
    assert reading.values["onset"] == "fall"


@pytest.mark.parametrize("text", ["Would it matter that I have the needle for my thin bones, dear?",
                                  "does it matter that I have osteoporosis?"])
def test_thin_bones_told_inside_a_question_are_told(text):
    assert read(text, requested=None, answers={"onset": "fall"}).values.get("osteoporosis") == "yes"


def test_a_needle_every_six_months_says_how_often_not_how_long():
    reading = read("thin bones, a needle every six months", requested="osteoporosis")
    assert "duration_days" not in reading.values


async def test_thin_bones_told_after_a_self_care_outcome_for_a_fall_recompute_it(dispatcher, domain):
    slots = {"triage_level": "self_care", "onset": "fall", "age": 83, "duration_days": 4}
    question = user_event("Would it matter that I have the needle for my thin bones, dear?", "ask_question")
    events = await ActionAnswerQuestion().run(dispatcher, make_tracker([question], slots=slots), domain)
    assert events == [FollowupAction("action_correct_answer")] and said(dispatcher) == []
    events = await ActionCorrectAnswer().run(dispatcher, make_tracker([question], slots=slots), domain)
    assert "utter_outcome_changed" in said(dispatcher)
    assert slots_of(events)["triage_level"] == "urgent" and slots_of(events)["osteoporosis"] == "yes"


# --- m02: a rider who answers in emoji was asked "How did the pain start?" seven times: each reply went to
# "not understood" or "I can only help with back pain", and the question came back with no count -------------

NO_RED_FLAGS = {slot: "no" for slot in ("bladder_bowel", "checklist_saddle", "saddle_numbness",
                                        "sexual_dysfunction", "leg_weakness", "leg_numbness", "major_trauma",
                                        "fever", "weight_loss", "cancer_history", "immunosuppression")}


@pytest.mark.parametrize("emoji, intent, answered_by", [("🤷", "nlu_fallback", "action_handle_fallback"),
                                                          ("🍺📦⬆️4️⃣🏢", "out_of_scope", "utter_out_of_scope")])
async def test_a_question_not_understood_twice_is_left_not_asked_for_ever(dispatcher, domain, emoji, intent,
                                                                       answered_by):
    slots = {**NO_RED_FLAGS, "age": 29, "location": "lower_back", "duration_days": 6, "details": "asked",
             "requested_slot": "onset"}
    reply = [user_event(emoji, intent)]
    first = slots_of(await ValidateTriageForm().run(dispatcher, make_tracker(
        reply, slots=slots, active_loop="triage_form", latest_action=answered_by), domain))
    assert first["triage_progress"]["misses"] == {"onset": 1} and first["requested_slot"] == "onset"
    second = slots_of(await ValidateTriageForm().run(dispatcher, make_tracker(
        reply, slots={**slots, "triage_progress": first["triage_progress"]}, active_loop="triage_form",
        latest_action=answered_by), domain))
    assert second["onset"] == "unknown" and second["requested_slot"] not in ("onset", None)


async def test_a_red_flag_question_not_understood_three_times_is_not_sure_never_no(dispatcher, domain):
    # (three tries for a safety question, the last asked plainly: persona run 26, test_persona_run26.py)
    slots = {"requested_slot": "bladder_bowel", "triage_progress": {"misses": {"bladder_bowel": 2}}}
    events = await ValidateTriageForm().run(dispatcher, make_tracker(
        [user_event("🤷", "nlu_fallback")], slots=slots, active_loop="triage_form",
        latest_action="action_handle_fallback"), domain)
    assert slots_of(events)["bladder_bowel"] == "unsure"


# --- m05: "none of em. wish i had lost weight lol" was read as weight loss (urgent), and "hang on mate i
# never lost any weight" did not take it back ------------------------------------------------------------

@pytest.mark.parametrize("requested", ["checklist_general", "weight_loss"])
def test_a_wish_to_have_lost_weight_is_no_weight_loss(requested):
    assert read("none of em. wish i had lost weight lol", requested=requested).values["weight_loss"] == "no"


def test_weight_lost_without_trying_is_still_weight_loss_beside_a_wish():
    reading = read("ive lost 6 kilos without trying, i wish i knew why", requested="weight_loss")
    assert reading.values["weight_loss"] == "yes"


def test_hang_on_mate_i_never_lost_any_weight_takes_it_back():
    reading = read("hang on mate i never lost any weight. said i wish i had", answers={"weight_loss": "yes"},
                   intent="correct_answer")
    assert reading.values["weight_loss"] == "no" and reading.corrected["weight_loss"] == ("yes", "no")


# --- m09, m11, m12: after an urgent or emergency outcome, "can I still be on call this weekend?", "is
# reffing Saturday off the cards?" and "do I need to cancel my 5am airport job?" got "keeping working is good
# for your back" ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("level", ["emergency", "urgent"])
@pytest.mark.parametrize("text", [
    "If I go in, can I still be on call this weekend?",
    "So is reffing Saturday off the cards then? It's 80 minutes of running. And do I need to take time off "
    "school?",
    "ive got an airport job booked for 5 oclock, do i need to cancel it"])
async def test_work_and_sport_after_an_escalation_wait_for_the_doctor(dispatcher, domain, level, text):
    tracker = make_tracker([user_event(text, "ask_question")], slots={"triage_level": level})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    responses = said(dispatcher)
    assert "utter_activity_after_escalation" in responses
    assert "text" not in responses  # no cited advice on keeping working


async def test_words_of_another_country_said_after_an_emergency_bring_its_number_once(dispatcher, domain):
    # m11: "The ER is 35 min away and with my deductible it's like $1500" after "call 111 now"
    text = ("Ok hold on, sorry, forget it, I'm fine honestly. Can I just wait and go to urgent care "
            "tomorrow? The ER is 35 min away and with my deductible it's like $1500.")
    tracker = make_tracker([user_event(text, "ask_getting_help")], slots={"triage_level": "emergency"})
    events = await ActionStandFirm().run(dispatcher, tracker, domain)
    hinted = [m for m in dispatcher.messages if m["response"] == "utter_region_hinted"]
    assert len(hinted) == 1 and hinted[0]["hinted_emergency_number"] == "911"
    assert slots_of(events)["region_asked"] is True and slots_of(events)["region_hinted"] is True
    # (once said; a hint after the other numbers were only listed is still said: test_persona_run26.py)
    asked_before = make_tracker([user_event(text, "ask_getting_help")],
                                slots={"triage_level": "emergency", "region_asked": True,
                                       "region_hinted": True})
    dispatcher.messages.clear()
    await ActionStandFirm().run(dispatcher, asked_before, domain)
    assert "utter_region_hinted" not in said(dispatcher)


# --- m08: "What is GP?", asked through a translation app after a `soon` outcome, got a list of emergency
# signs, then the menu -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["What is GP? Is it same as orthopedic clinic?",
                                  "Sorry, I do not understand. What is GP?"])
async def test_what_a_gp_is_is_explained(dispatcher, domain, text):
    tracker = make_tracker([user_event(text, "ask_question")], slots={"triage_level": "soon"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_explain_gp"


@pytest.mark.parametrize("text", [
    "Hello. I am the cellist of orchestra in Seoul. I use translation app, so my English is strange, sorry. "
    "From about 2 weeks and half, my waist is painful.",
    "Sorry, I do not understand. I am writing English with the app. I live in Seoul, Korea."])
def test_writing_through_a_translation_app_asks_nothing_about_languages(text):
    # m08's opening was met with "I can only read and write English, sorry"
    assert moves.about_the_assistant(text) is None


@pytest.mark.parametrize("text", ["can you translate this into Korean?", "do you speak Korean?"])
def test_asking_for_another_language_still_does(text):
    assert moves.about_the_assistant(text) == "language"


@pytest.mark.parametrize("text", ["The waist, middle and both sides. It is dull.", "my waist is painful"])
def test_the_waist_is_the_low_back(text):
    assert parsing.location(text) == "lower_back"


# --- the replays (tests/data/personas/results_run24_replay_a.md, _b.md) -------------------------------------

def test_the_times_in_a_check_answer_are_the_signs_not_the_pains():
    # m05: "goes in a couple of minutes ... had it for years" about a numb bottom gave "less than a day"
    update = answer_check("nah, goes in a couple of minutes once im out walking round. had it for years",
                          "deny", "saddle_numbness", "me arse goes numb after a long stint in the cab",
                          {}, [])
    assert update.values == {"saddle_numbness": "no"}


def test_a_truckies_run_is_no_exercise():
    assert parsing.onset("got a crook back and now its going down me left leg. truckie, do the perth "
                         "adelaide run") is None
    assert parsing.onset("hurt it on my morning run") == "sport_or_exercise"


@pytest.mark.parametrize("text", ["In my life I never had the waist pain.",
                                  "I have never had back pain in my life"])
def test_never_had_the_pain_in_ones_life_is_a_first_episode(text):
    assert parsing.first_episode(text) == "yes"


@pytest.mark.parametrize("text, kind", [("Sweet as, I'll give the GP a bell. Chur", "going"),
                                        ("ok will give them a ring now", "going"),
                                        ("I'll give the GP a ring on Monday", "wait")])
def test_giving_the_gp_a_bell_is_going(text, kind):
    # m09 was told "Please don't leave it" for agreeing to ring
    assert moves.getting_help_question(text) == kind


@pytest.mark.parametrize("level, expected", [("emergency", ["utter_goodbye_emergency"]),
                                             ("urgent", ["utter_goodbye_urgent", "utter_emergency_signs"]),
                                             ("self_care", ["utter_goodbye"])])
async def test_a_goodbye_after_an_escalation_says_what_to_do_now(dispatcher, domain, level, expected):
    # m12: "alright bab. tara" after "call 999" got "come back if your pain gets worse"
    tracker = make_tracker([user_event("alright bab. tara", "goodbye")], slots={"triage_level": level})
    await ActionGoodbye().run(dispatcher, tracker, domain)
    assert said(dispatcher) == expected


async def test_thanks_after_an_emergency_is_no_time_for_anything_else(dispatcher, domain):
    tracker = make_tracker([user_event("ok thanks", "thank")], slots={"triage_level": "emergency"})
    await ActionReplyToThanks().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_goodbye_emergency"]


async def test_two_questions_about_activities_after_an_escalation_get_one_reply(dispatcher, domain):
    text = ("So is reffing Saturday off the cards then? It's 80 minutes of running. And do I need to take "
            "time off school?")
    tracker = make_tracker([user_event(text, "ask_question")], slots={"triage_level": "urgent"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher).count("utter_activity_after_escalation") == 1


def test_have_a_good_day_is_a_goodbye_not_a_question():
    text = "Thank you very much. I will go to the orthopedics clinic this week. Have a good day."
    assert moves.says_goodbye(text) and moves.question_in(text) is None


# --- m05, m06, m08, m12: people in Australia, the UK and Korea who never said where they were were told 111
# for an emergency -----------------------------------------------------------------------------------------

async def test_an_escalation_with_no_place_known_names_the_other_emergency_numbers_once(dispatcher, domain):
    from actions.outcome import ActionTriageOutcome

    tracker = make_tracker([user_event("both my legs went numb an hour ago", "red_flag")],
                           slots={"both_legs": "yes"})
    events = await ActionTriageOutcome().run(dispatcher, tracker, domain)
    line = next(m for m in dispatcher.messages if m["response"] == "utter_region_unconfirmed")
    assert line["region_name"] == "New Zealand"
    assert line["other_numbers"] == ("999 in the United Kingdom, 911 in the United States, 000 in Australia, "
                                     "112 in most of Europe")
    assert slots_of(events)["region_asked"] is True


@pytest.mark.parametrize("slots", [{"region": "NZ"}, {"region_asked": True}])
async def test_no_other_numbers_once_the_place_is_known_or_was_asked(dispatcher, domain, slots):
    from actions.outcome import ActionTriageOutcome

    tracker = make_tracker([user_event("both my legs went numb an hour ago", "red_flag")],
                           slots={"both_legs": "yes", **slots})
    await ActionTriageOutcome().run(dispatcher, tracker, domain)
    assert "utter_region_unconfirmed" not in said(dispatcher)
