"""Conversation moves found by persona run 23's second replay (tests/data/personas/results_run23_replay2.md):
what is said around an emergency outcome."""
import pytest

from actions.outcome import ActionTriageOutcome
from clinical import moves, places
from clinical.regions import REGIONS
from tests.conftest import make_tracker, slots_of, user_event
from tests.unit.test_after_outcome_actions import said, temporary_database  # noqa: F401 (an autouse fixture)


async def test_a_question_held_before_an_emergency_is_left_to_the_team_who_sees_them(dispatcher, domain):
    # n12: "is it a disc?" answered right after "call 111 now" with "about 9 in 10 cases of back pain have no
    # serious cause", which a stoic man could read as "it's probably nothing"
    tracker = make_tracker([user_event("had a funny turn, went all woozy", "inform")],
                           slots={"vascular": "yes", "held_questions": ["is it a disc?"]})
    events = await ActionTriageOutcome().run(dispatcher, tracker, domain)
    responses = said(dispatcher)
    assert responses[0] == "utter_escalate_emergency"
    assert "utter_held_after_emergency" in responses and "utter_answering_held" not in responses
    assert "text" not in responses  # no cited knowledge after the emergency
    assert slots_of(events)["held_questions"] == []


@pytest.mark.parametrize("text", ["righto. hospital it is then. cheers", "righto ringin 000 now. cheers mate",
                                  "ok, the wife is driving me to the hospital now", "off to ED now"])
def test_going_said_in_so_many_words_is_going(text):
    assert moves.getting_help_question(text) == "going"


@pytest.mark.parametrize("text", ["I'll go to the hospital tomorrow", "I am going to the hospital tomorrow",
                                  "I will see my GP tomorrow", "ill go in tomorrow"])
def test_going_tomorrow_is_waiting(text):
    assert moves.getting_help_question(text) == "wait"


@pytest.mark.parametrize("text", ["im not going to the hospital", "going to the hospital if it gets worse",
                                  "I'm seeing the physio on monday for my plan"])
def test_no_going_now_in_a_refusal_a_condition_or_a_plan(text):
    assert moves.getting_help_question(text) not in ("going",)


@pytest.mark.parametrize("text", ["sorry. one more time. so I'm not dying?", "am I going to die from this?",
                                  "is this going to kill me?"])
def test_asking_whether_one_is_dying_is_a_fear_answered_kindly(text):
    # n11, second replay: "so I'm not dying?" after the outcome got "I don't have information on that"
    assert moves.fears_something_serious(text)


@pytest.mark.parametrize("text", ["this pain is killing me", "im not dying, just sore."])
def test_a_figure_of_speech_about_dying_is_no_such_question(text):
    assert not moves.fears_something_serious(text)


# --- n05, n09, n11 (both replays): an Australian and two Americans who never named their country were told
# to call 111 for an emergency, though they wrote "the ER", "98.4" and "ringin 000" -------------------------

@pytest.mark.parametrize("texts, hinted", [
    (["should i go to the ER tonight just to get a scan"], "US"),
    (["no, i took my temp 4 times today its 98.4 every time"], "US"),
    (["righto ringin 000 now"], "AU"), (["went to A&E last year"], "UK"),
    (["er, i think so"], None), (["temp 38.4"], None), (["call 111"], None),
    (["the ER tonight", "or A&E?"], None)])
def test_words_that_suggest_a_country_without_naming_it(texts, hinted):
    assert places.country_hinted(texts) == hinted


async def test_an_emergency_for_someone_whose_words_suggest_another_country_names_its_number(dispatcher,
                                                                                            domain):
    tracker = make_tracker([user_event("my temp is 98.4, i checked", "inform"),
                            user_event("both my legs went numb an hour ago", "inform")],
                           slots={"both_legs": "yes"})
    events = await ActionTriageOutcome().run(dispatcher, tracker, domain)
    hinted = [m for m in dispatcher.messages if m.get("response") == "utter_region_hinted"]
    assert len(hinted) == 1 and hinted[0]["hinted_emergency_number"] == "911"
    assert hinted[0]["emergency_number"] == "111"  # ours, said beside it (a deployment for New Zealand)
    assert slots_of(events)["region_asked"] is True


async def test_no_country_is_mentioned_once_the_person_has_said_where_they_are(dispatcher, domain):
    tracker = make_tracker([user_event("my temp is 98.4, both my legs went numb", "inform")],
                           slots={"both_legs": "yes", "region": "NZ"})
    await ActionTriageOutcome().run(dispatcher, tracker, domain)
    assert "utter_region_hinted" not in said(dispatcher)


def test_a_country_is_named_as_a_sentence_says_it():
    # "the emergency number in United States" (n07, both replays)
    assert [REGIONS[code].name_in_a_sentence for code in ("US", "UK", "NZ", "AU")] == [
        "the United States", "the United Kingdom", "New Zealand", "Australia"]
