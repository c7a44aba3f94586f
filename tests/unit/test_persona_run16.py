"""What persona run 16 found, in general terms: emergency numbers said in words and the person's own advice
line, the way to the help, a fear played down at the opening, stiffness and durations misread, corrections
missed, calm answers taken for crisis, questions the outcome already answers, and practical questions
below an escalation."""
import datetime as dt

import pytest

from actions.conversation import ActionStandFirm
from actions.knowledge import ActionAnswerQuestion
from clinical import moves, parsing
from clinical.triage import interpret
from tests.conftest import make_tracker, slots_of, user_event
from tests.unit.readings import possible_codes, reported_codes
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)

TUESDAY = dt.date(2026, 12, 8)


async def stand_firm(dispatcher, domain, text, slots):
    tracker = make_tracker([user_event(text, "ask_getting_help")], slots=slots)
    events = await ActionStandFirm().run(dispatcher, tracker, domain)
    return said(dispatcher), events


# --------------------------------------------------------------------------- numbers and the way there


@pytest.mark.parametrize("text, number", [("111? thought it was triple zero", "000"),
                                          ("righto ringin triple zero", "000"),
                                          ("do I dial nine nine nine?", "999")])
def test_an_emergency_number_said_in_words_is_read(text, number):
    assert number in moves.numbers_named(text) and moves.asks_about_number(text)


async def test_both_numbers_of_a_doubt_are_placed_so_an_australian_is_not_told_111_again(dispatcher, domain):
    # y12: an Australian told to call 111 (the default region's) said "thought it was triple zero" and was
    # told "Call 111" twice more
    await stand_firm(dispatcher, domain, "111? thought it was triple zero", {"triage_level": "emergency"})
    placed = {m["named_number"]: m["named_regions"] for m in dispatcher.messages
              if m["response"] == "utter_number_is_emergency"}
    assert placed == {"111": "New Zealand", "000": "Australia"}


async def test_the_persons_own_advice_line_is_agreed_to_below_an_emergency(dispatcher, domain):
    # y10, in the UK after `urgent`: "Ring 111 now in a minute then" was told 111 is New Zealand's emergency
    # number and that he did not need it
    responses, _ = await stand_firm(dispatcher, domain, "Right. Ring 111 now in a minute then. Ta.",
                                    {"triage_level": "urgent", "region": "UK"})
    assert responses[0] == "utter_number_is_own_advice_line"
    assert "utter_number_for_signs" not in responses


async def test_no_way_there_beside_a_wish_to_wait_gets_the_ambulance_line_too(dispatcher, domain):
    # y12: "wife's got the car" was passed over after an emergency
    responses, _ = await stand_firm(dispatcher, domain,
                                    "cant i just lie down n see if it settles. wifes got the car",
                                    {"triage_level": "emergency"})
    assert responses[:2] == ["utter_firm_emergency", "utter_firm_emergency_transport"]


def test_asking_whether_the_emergency_department_is_necessary_is_a_question_about_going():
    # y11: "Is A&E honestly necessary?" got a general list of warning signs, with "see a GP ... a physio"
    text = "Is A&E honestly necessary? I've got 40 kids coming in and we're short staffed"
    assert moves.getting_help_question(text) == "go_now"


async def test_going_to_ring_the_gp_with_a_cheers_after_urgent_is_agreed(dispatcher, domain):
    # replay of y09: "Righto. I'll ring the GP. Cheers" got "Please don't leave it"
    responses, _ = await stand_firm(dispatcher, domain, "Righto. I'll ring the GP. Cheers",
                                    {"triage_level": "urgent"})
    assert responses[0] == "utter_going_urgent"


async def test_going_to_ring_another_regions_emergency_number_takes_that_region(dispatcher, domain):
    # replay of y12: "ok ill ring triple zero" was agreed to, then told to call 111 for an ambulance
    responses, events = await stand_firm(dispatcher, domain, "ok ill ring triple zero",
                                         {"triage_level": "emergency"})
    assert slots_of(events)["region"] == "AU" and slots_of(events)["emergency_number"] == "000"
    assert responses == ["utter_region_set", "utter_going_emergency"]
    assert dispatcher.messages[1]["emergency_number"] == "000"


async def test_ringing_them_now_after_urgent_is_agreed_not_read_as_a_plan_report(dispatcher, domain):
    # y10: "Tidy. Ringing them now." was offered an activity plan
    assert moves.says_calling_for_help("Tidy. Ringing them now.")
    assert not moves.says_calling_for_help("did my walk today, ringing in my ears though")
    responses, _ = await stand_firm(dispatcher, domain, "Tidy. Ringing them now.", {"triage_level": "urgent"})
    assert responses[0] == "utter_going_urgent"


# --------------------------------------------------------------------------- openings and held questions


async def test_an_opening_that_plays_down_ones_own_pain_starts_the_questions_and_keeps_the_question(
        dispatcher, domain):
    # y09: "Sore back ... feel like rubbish. Probably just a bug going round. Anything I can take?" got
    # medicine text, and the questions began only at her fourth message
    text = ("Sore back for a few days and I feel like rubbish. Probably just a bug going round. "
            "Anything I can take?")
    responses, events = await stand_firm(dispatcher, domain, text, {})
    assert responses == ["utter_triage_first", "utter_triage_start"]
    assert slots_of(events)["held_questions"] == [text]


@pytest.mark.parametrize("text", ["Hello. Since two months I have pain in low back. What I must do?",
                                  "Do I need to bother the GP or just ride it out?",
                                  "is this a physio thing or will it sort itself out?",
                                  "Should I be concerned?", "Should I have it examined?"])
def test_a_question_the_outcome_answers_is_not_answered_again_from_the_sources(text):
    # y05, y09, y01: "Now, the question you asked earlier:" then a general passage that answered nothing
    assert moves.answered_by_the_outcome(text)


@pytest.mark.parametrize("text", ["is massage any good?", "can I still do spin?", "what can I take for it?"])
def test_other_held_questions_are_still_answered(text):
    assert not moves.answered_by_the_outcome(text)


@pytest.mark.parametrize("text, asks", [("When may I start again?", False), ("start again", True),
                                        ("can I start running again next week?", False)])
def test_when_to_start_an_activity_again_is_no_request_to_clear_the_conversation(text, asks):
    # y04: "When may I start again?" (running) was taken for a restart
    assert moves.asks_to_start_over(text) is asks


# --------------------------------------------------------------------------- what the answers say


@pytest.mark.parametrize("text, answer", [
    ("No. I am stiff for about a quarter of an hour in the morning", "no"),
    ("three quarters of an hour most mornings", "yes"),
    ("about an hour", "yes"),
])
def test_stiffness_in_quarters_of_an_hour_is_read_by_its_minutes(text, answer):
    # y02: "a quarter of an hour" was read as an hour, which gave `soon` for 15 minutes of stiffness
    assert interpret(text, "inform", "morning_stiffness", {}, []).values["morning_stiffness"] == answer


def test_stiffness_told_in_passing_without_a_time_leaves_the_question_to_be_asked():
    # y07: "back stiff as every morning for months" became "stiffness lasting more than 30 minutes"
    update = interpret("back stiff as every morning for months", "describe_pain", None, {}, [])
    assert "morning_stiffness" not in update.values


@pytest.mark.parametrize("text, days", [
    ("so I shot a 12 hour wedding on saturday and now my lower back is sooo tight. it's been 3 days.", 3.0),
    ("bout 2 weeks, back started aching after a busy saturday, then the leg pain started a few days later",
     14.0),
    ("did an 8-hour shift and my back has hurt for 2 days", 2.0),
])
def test_a_time_of_another_event_is_not_how_long_the_pain_has_lasted(text, days):
    # y01 ("less than a day", from the 12-hour wedding) and y06 ("about 3 days", from the leg pain's start)
    assert interpret(text, "describe_pain", None, {}, [], today=TUESDAY).values["duration_days"] == days


@pytest.mark.parametrize("text, old, new", [
    ("Sorry, I've muddled that. I did the mulch on Friday afternoon, not Saturday, so it's three days now, "
     "not two.", 2.0, 3),
    ("Sorry, not two months exactly. Is eight weeks, maybe nine.", 60.8, 56),
    ("it's not 7 days, it's been 3 days! the wedding was saturday and today's tuesday", 7.0, 3.0),
])
def test_a_duration_corrected_in_everyday_words_replaces_the_old_one(text, old, new):
    # y02, y05 and y01: each correction was passed over and the outcome kept the old time
    update = interpret(text, "inform", None, {"duration_days": old}, [], today=TUESDAY)
    assert update.corrected["duration_days"] == (old, new)


def test_an_answer_that_the_pain_does_not_wake_her_is_no_and_draws_no_crisis_check():
    # y02: "As I said, it does not wake me" brought the self-harm check, and night pain was asked a third time
    update = interpret("As I said, it does not wake me. I sleep through the night.", "inform", "night_pain",
                       {}, [])
    assert update.values["night_pain"] == "no" and "self_harm" not in update.to_check


@pytest.mark.parametrize("text", [
    "It's probably just the flu though. Can I wait till tomorrow? I've got a full house tonight.",
    "As I said, it does not wake me. I sleep through the night.",
])
def test_calm_words_are_no_possible_crisis(text):
    assert "self_harm" not in possible_codes(text) | reported_codes(text)


@pytest.mark.parametrize("text", ["I just want to go to sleep and not wake up",
                                  "sometimes I hope I don't wake up"])
def test_not_wanting_to_wake_up_is_still_a_crisis(text):
    assert "self_harm" in reported_codes(text) | possible_codes(text)


@pytest.mark.parametrize("text, level", [
    ("tbh pretty worried lol. my mum had a slipped disc n surgery n im scared its the same thing. still "
     "working n sleeping ok tho", "not_high"),
    ("bit scared tbh but coping fine", "not_high"),
    ("really scared but still working", "high"),
    ("terrified, can't sleep, can't work", "high"),
])
def test_a_fear_said_mildly_or_beside_a_life_that_goes_on_is_not_high_distress(text, level):
    # y06: "pretty worried ... scared its the same thing. still working n sleeping ok" was "a lot of distress"
    assert parsing.distress(text) == level


# --------------------------------------------------------------------------- practical questions


async def test_costs_referrals_and_funding_are_said_to_be_outside_the_sources(dispatcher, domain):
    # y05 and y06: "NHS or private?", "do I need a referral?", "does ACC cover it?" were never answered
    text = "do i need a referral for physio or can i just book one? n does acc cover it if i didnt injure it"
    tracker = make_tracker([user_event(text, "ask_question")], slots={"triage_level": "soon"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_access_not_covered"
    assert "utter_no_information" not in said(dispatcher)


async def test_after_soon_no_answer_says_self_care_is_usually_enough(dispatcher, domain):
    # y05 and y08: "Looking after yourself is usually enough" right after being told to see a GP
    tracker = make_tracker([user_event("should I use a heat pack?", "ask_question")],
                           slots={"triage_level": "soon"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert not any("usually enough" in (m.get("text") or "") for m in dispatcher.messages)


async def test_a_question_about_working_after_self_care_is_answered_not_met_with_the_outcome(dispatcher,
                                                                                               domain):
    # y01 and y03: "reckon I'll be right to shoot it??" got "you don't need to see anyone today"
    text = "I've got another wedding this saturday out at Pokolbin, reckon I'll be right to shoot it??"
    responses, _ = await stand_firm(dispatcher, domain, text, {"triage_level": "self_care"})
    assert "utter_firm_self_care" not in responses
    assert responses[0] == "utter_activity_not_covered"


async def test_should_i_be_concerned_after_self_care_is_answered_by_the_outcome(dispatcher, domain):
    # y08 had got "I don't have information on that"; since run 20 ("Should we be worried?") whether to worry
    # is what the outcome answers: no one to see today, and the signs to act on
    tracker = make_tracker([user_event("Should I be concerned?", "ask_question")],
                           slots={"triage_level": "self_care"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher)[:2] == ["utter_firm_self_care", "utter_emergency_signs"]


@pytest.mark.parametrize("text, topic", [("Is it safe to resume running?", "keeping_active_and_work")])
async def test_everyday_questions_reach_their_topic(dispatcher, domain, text, topic):
    # y08, y04: "I don't have information on that", or a list of warning signs
    tracker = make_tracker([user_event(text, "ask_question")], slots={"triage_level": "self_care"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    topics = [m["custom"]["knowledge"]["topic"] for m in dispatcher.messages if (m.get("custom") or {}).get(
        "knowledge")]
    assert topics[:1] == [topic]


def test_the_person_a_carer_supports_is_someone_else():
    # blind set 57: "A lady I support has osteoporosis and slipped in the shower" was read as the writer's
    text = "A lady I support has osteoporosis and slipped in the shower this morning, now her back hurts"
    assert not reported_codes(text)
    assert "osteoporotic_fall" in reported_codes("I have osteoporosis and slipped in the shower this morning")


@pytest.mark.parametrize("text", [
    "We just moved from Auckland to Manchester, so I'm in England now, please update the country.",
    "I live in Dunedin, New Zealand. Can you switch it over to NZ?",
])
def test_a_request_to_change_the_country_is_a_request_for_local_numbers(text):
    # blind set 57: both were routed elsewhere (a report on a plan, out of scope)
    assert moves.asks_for_local_numbers(text)
    assert not moves.asks_for_local_numbers("switch to a different exercise please")


def test_none_to_a_list_with_its_signs_denied_in_words_answers_the_whole_list():
    # replay of y05: "None. Legs are strong, no numb, no tingling." to the legs list, then asked about
    # weakness on its own
    update = interpret("None. Legs are strong, no numb, no tingling.", "deny", "checklist_legs",
                       {"bladder_bowel": "no"}, [])
    assert update.values["checklist_legs"] == "no" and update.values["leg_weakness"] == "no"
    update = interpret("none, but I do have a fever", "deny", "checklist_legs", {"bladder_bowel": "no"}, [])
    assert update.values == {"fever": "yes"}  # a sign told beside it is no plain none


def test_a_correction_and_an_answer_in_one_message_take_both_and_read_no_cause_into_the_answer():
    # replay of y02: the correction was taken, but "Turning over in bed gives me a twinge" became a twisting
    # cause and the night-pain question was asked again
    text = ("Sorry, I've muddled that. I did the mulch on Friday afternoon, not Saturday, so it's three days "
            "now, not two. Turning over in bed gives me a twinge, but it doesn't keep me awake and I sleep "
            "through.")
    told = {"duration_days": 2.0, "onset": "bending", "location": "lower_back"}
    update = interpret(text, "inform", "night_pain", told, [], today=TUESDAY)
    assert update.values["night_pain"] == "no"
    assert update.corrected == {"duration_days": (2.0, 3)}
