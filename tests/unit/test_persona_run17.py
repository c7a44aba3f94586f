"""What persona run 17 and blind set 57 found, in general terms: a word's meaning asked taken for an answer,
a place told after "I should say", a "no" to our offer of more met with the offer again, and messages that
tell nothing of the body taken for a description of pain."""
import pytest

from actions.conversation import ActionReplyInContext
from actions.triage import ActionExplainQuestion
from clinical import moves
from clinical.places import where_person_is
from clinical.triage import interpret
from tests.conftest import make_tracker, user_event
from tests.unit.readings import routed
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)

SAFETY_SO_FAR = {"bladder_bowel": "no"}


@pytest.mark.parametrize("text", [
    "Sorry, what mean 'numbness'? My English is not so good.",
    "Please, I don't understand. What is numbness? I have only pain in back from work, making beds.",
])
def test_asking_what_a_word_means_answers_nothing(text):
    # z04: "what mean 'numbness'?" to the saddle question was read in context as numbness there: emergency
    update = interpret(text, "ask_question", "checklist_saddle", SAFETY_SO_FAR, [])
    assert update.values == {}
    assert moves.asks_a_word_meaning(text)


def test_a_sign_told_beside_the_word_asked_about_still_counts():
    update = interpret("what is numbness? cant feel my bum at all", "ask_question", "checklist_saddle",
                       SAFETY_SO_FAR, [])
    assert update.values["saddle_numbness"] == "yes"


async def test_the_word_asked_about_is_explained(dispatcher, domain):
    text = "Sorry, what mean 'numbness'? My English is not so good."
    tracker = make_tracker([user_event(text, "ask_why")], slots={"requested_slot": "checklist_saddle"})
    await ActionExplainQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_explain_numbness"]


async def test_the_word_asked_about_during_the_questions_is_explained_at_once(dispatcher, domain):
    from actions.conversation import ActionHoldQuestion

    text = "Sorry, what mean 'numbness'? My English is not so good."
    tracker = make_tracker([user_event(text, "ask_question")], slots={"requested_slot": "checklist_saddle"},
                           active_loop="triage_form")
    await ActionHoldQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_explain_numbness"]


def test_why_numbness_is_asked_still_explains_the_question():
    assert moves.explained_term("why do you ask about numbness?") is None
    assert moves.explained_term("what does saddle area mean?") == "saddle_numbness"


def test_a_second_language_correction_is_a_correction():
    # z04: "I don't say I have this" after the wrong emergency was passed over
    assert moves.corrects("I don't say I have this")


@pytest.mark.parametrize("text, region", [
    ("No, quite normal, thank you.  I should say that I am in Norwich, in England, not New Zealand.", "UK"),
    ("I must say that I live in Perth", "AU"),
    ("say I was in Leeds, what number would I ring?", None),  # supposed, not told
])
def test_a_place_told_after_i_should_say_is_where_the_person_is(text, region):
    # z09: told in her first answer, and given New Zealand's numbers (111 is the UK's advice line) throughout
    assert where_person_is(text) == region


@pytest.mark.parametrize("text, intent", [("nah all good", "dismiss"), ("nope that's it, later", "deny"),
                                          ("No, that is all. Good afternoon.", "deny")])
async def test_a_no_to_our_offer_of_more_is_a_goodbye(dispatcher, domain, text, intent):
    # z01, z03, z05, y07: "nah" to "Is there anything else ...?" brought the menu back
    offered = {"event": "bot", "text": "You're welcome. Is there anything else I can help with?",
               "metadata": {"utter_action": "utter_thank"}}
    tracker = make_tracker([offered, user_event(text, intent)], slots={"triage_level": "self_care"})
    await ActionReplyInContext().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_goodbye"]


async def test_a_no_to_nothing_in_particular_still_offers_what_next(dispatcher, domain):
    tracker = make_tracker([user_event("no", "deny")], slots={"triage_level": "self_care"})
    await ActionReplyInContext().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_offer_next"]


@pytest.mark.parametrize("text, second", [
    ("G'day mate, first time using one of these chat things, just knocked off a shift.", "greet"),
    ("No. Sitting in the cab now and honestly none of that applies to me.", "deny"),
])
def test_a_message_that_tells_nothing_of_the_body_is_not_a_description_of_pain(text, second):
    # blind set 57: greetings with small talk and plain denials that go on were routed as pain described
    assert routed(text, "describe_pain", second) == second


@pytest.mark.parametrize("text", ["my back went this morning", "can't get out of bed today",
                                  "I keep wetting myself", "I fell off the roof",
                                  "this back of mine is murder", "my lumbago's playing up something rotten",
                                  "Sharp catch on the left side when I twist round to reverse the car"])
def test_a_message_with_any_word_of_the_body_or_a_sign_stays_a_description(text):
    assert routed(text, "describe_pain", "greet") in ("describe_pain", "red_flag")


def test_a_length_told_in_weeks_is_said_in_weeks_under_three_months():
    # z05: "ten weeks, not eight" was echoed as "now 2 months (it was 8 weeks)"
    from clinical.outcome import describe_days

    assert [describe_days(d) for d in (70, 56, 60.8, 91)] == ["10 weeks", "8 weeks", "2 months", "3 months"]


@pytest.mark.parametrize("text, legs", [
    ("Peeing's fine - though since last night my bottom and between my legs feel numb", False),
    ("like sitting on frozen peas but there's nothing there, numb between my legs and round my bum", False),
    ("my legs are numb and I'm numb between my legs", True),
])
def test_between_the_legs_is_the_saddle_area_not_both_legs(text, legs):
    # z11: "between my legs" gave "sciatica-type pain in both legs at once" for one leg's sciatica
    from tests.unit.readings import reported_codes

    codes = reported_codes(text)
    assert "saddle_numbness" in codes and ("both_legs" in codes) is legs


async def test_after_an_emergency_a_kept_question_brings_no_offer_of_plans_or_self_care(dispatcher, domain):
    # z11, z12: activity plan, self-care and medicine buttons beside "call 111 now"
    from actions.outcome import ActionTriageOutcome

    report = user_event("I can't feel my bum when I wipe", "red_flag")
    slots = {"held_questions": ["anything I can do in the meantime?"]}
    await ActionTriageOutcome().run(dispatcher, make_tracker([report], slots=slots), domain)
    assert "utter_offer_next" not in said(dispatcher)
    assert said(dispatcher)[0] == "utter_escalate_emergency"


@pytest.mark.parametrize("text, region", [("I live in Belfast", "UK_NI"), ("I'm in Derry", "UK_NI"),
                                          ("I'm in Leeds", "UK"),
                                          ("from Belfast but living in London now", "UK")])
def test_northern_ireland_gets_the_uks_numbers_without_nhs_111(text, region):
    # replay of z05 (Belfast): told to call NHS 111, which does not run in Northern Ireland
    from clinical.regions import region_contacts

    assert where_person_is(text) == region
    lines = region_contacts(region)
    assert lines.emergency_number == "999"
    assert ("111" in lines.helpline) is (region == "UK")


def test_a_length_said_again_in_days_is_the_pains():
    # replay of z04: "It is hurting since Friday, so 6 days" on a Sunday gave "about 2 days"
    import datetime as dt

    text = "low back, in middle and both sides. It is hurting since Friday, so 6 days. I am 44 years."
    update = interpret(text, "inform", "details", SAFETY_SO_FAR, [], today=dt.date(2026, 12, 6))
    assert update.values["duration_days"] == 6.0


async def test_what_can_i_do_is_answered_with_self_care(dispatcher, domain):
    # replay of z04: her opening "What I can do please?", kept, got "I don't have information on that"
    from actions.knowledge import ActionAnswerQuestion

    tracker = make_tracker([user_event("What I can do please?", "ask_question")],
                           slots={"triage_level": "self_care"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    topics = [m["custom"]["knowledge"]["topic"] for m in dispatcher.messages
              if (m.get("custom") or {}).get("knowledge")]
    assert topics == ["self_care"]


@pytest.mark.parametrize("text, onset", [
    ("lower back bit more on the left. 2 days. long shifts standing at work. 27", "other_cause"),
    ("on my feet all day at the shop", "other_cause"),
    ("it hurts when standing", None),
])
def test_a_days_load_told_as_the_cause_answers_how_it_started(text, onset):
    # z01: "long shifts standing at work" in the details reply, then "How did the pain start?" asked again
    from clinical import parsing

    assert parsing.onset(text) == onset


def test_weakness_named_on_the_legs_list_is_followed_by_one_question_about_worsening():
    # z10: the worsening check and then the form's own worsening question, three times in two turns
    from clinical.triage import QUICK_PATH, next_question

    told = {"checklist_nerves": "no", "bladder_bowel": "no", "saddle_numbness": "no",
            "sexual_dysfunction": "no", QUICK_PATH: True}
    text = "yeah left foot kinda slaps when i walk, caught my toes on a kerb fri. bit numb on top of the foot"
    update = interpret(text, "affirm", "checklist_legs", told, [])
    assert update.values["leg_weakness"] == "yes" and "progressive_weakness" not in update.to_check
    assert next_question({**told, **update.values}) == "progressive_weakness"
