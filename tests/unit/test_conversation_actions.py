import pytest

from actions.fallback import ActionHandleFallback
from actions.session import ActionRestart, ActionSessionStart
from tests.conftest import action_event, make_tracker, user_event


async def test_session_start_introduces_and_loads_contacts(dispatcher, domain):
    events = await ActionSessionStart().run(dispatcher, make_tracker(), domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_intro", "utter_intro_region"]
    assert dispatcher.messages[1]["region_name"] == "New Zealand"  # whose numbers, and they can be changed
    assert events[0]["event"] == "session_started"
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["emergency_number"] == "111"
    assert "Healthline" in slots["helpline"]
    assert (events[-1]["event"], events[-1]["name"]) == ("action", "action_listen")


def _slots_after_restart(events: list[dict]) -> dict:
    restart = next(i for i, e in enumerate(events) if e["event"] == "restart")
    return {e["name"]: e["value"] for e in events[restart:] if e["event"] == "slot"}


async def test_clearing_keeps_the_country_said_and_its_numbers(dispatcher, domain):
    # persona run 28: after "can we start over", a veteran in Australia was given New Zealand's crisis lines
    tracker = make_tracker(slots={"region": "AU", "region_asked": True, "triage_level": "soon",
                                  "duration_days": 3, "emergency_number": "000"})
    events = await ActionRestart().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_restart", "utter_restart_region_kept"]
    assert dispatcher.messages[1]["region_name"] == "Australia"
    slots = _slots_after_restart(events)
    assert slots["region"] == "AU" and slots["emergency_number"] == "000"
    assert "triage_level" not in slots and "duration_days" not in slots  # the answers go
    # the new session is started here: the next message must not start another and re-introduce us
    assert [e["event"] for e in events][:2] == ["restart", "session_started"]
    # no listening of its own: Rasa predicts it after the restart (one here left the policies predicting from
    # a listen with no message, ten fallbacks in a row)
    assert not [e for e in events if e["event"] == "action"]


async def test_clearing_after_a_crisis_keeps_it_in_force(dispatcher, domain):
    tracker = make_tracker(slots={"crisis_active": True, "triage_level": "emergency"})
    events = await ActionRestart().run(dispatcher, tracker, domain)
    slots = _slots_after_restart(events)
    assert slots["crisis_active"] is True and slots["emergency_number"] == "111"
    assert "triage_level" not in slots


async def test_clearing_with_nothing_to_keep_is_rasas_own_restart(dispatcher, domain):
    events = await ActionRestart().run(dispatcher, make_tracker(slots={"triage_level": "soon"}), domain)
    assert [e["event"] for e in events] == ["restart"]  # the next message starts a new session, as before
    assert [m["response"] for m in dispatcher.messages] == ["utter_restart"]


async def _fallback_response(events, dispatcher, domain):
    await ActionHandleFallback().run(dispatcher, make_tracker(events), domain)
    return dispatcher.messages[-1]["response"]


async def test_first_misunderstanding_asks_to_rephrase(dispatcher, domain):
    events = [user_event("hi", "greet"), action_event("utter_greet"), user_event("blorp", "nlu_fallback")]
    assert await _fallback_response(events, dispatcher, domain) == "utter_ask_rephrase"


async def test_second_misunderstanding_in_a_row_offers_a_person(dispatcher, domain):
    events = [user_event("blorp", "nlu_fallback"), action_event("action_extract_slots"),
              action_event("action_handle_fallback"), action_event("action_listen"),
              user_event("zorp", "nlu_fallback")]
    assert await _fallback_response(events, dispatcher, domain) == "utter_fallback_helpline"


async def test_an_understood_message_in_between_resets_the_count(dispatcher, domain):
    events = [user_event("blorp", "nlu_fallback"), action_event("action_handle_fallback"),
              user_event("hi", "greet"), action_event("utter_greet"),
              user_event("zorp", "nlu_fallback")]
    assert await _fallback_response(events, dispatcher, domain) == "utter_ask_rephrase"


async def test_as_the_core_fallback_after_an_answer_it_ends_the_turn_quietly(dispatcher, domain):
    # persona run 29's replay: after a reply no rule expected, this fallback ran nine times, each saying
    # "sorry?" and the outcome again, and every later message went unanswered
    events = [user_event("can it wait till friday", "report_progress"), action_event("action_update_plan"),
              action_event("action_stand_firm"), action_event("action_handle_fallback")]
    returned = await ActionHandleFallback().run(dispatcher, make_tracker(events), domain)
    assert dispatcher.messages == []
    assert [(e["event"], e.get("name")) for e in returned] == [("followup", "action_listen")]


async def test_a_red_flag_in_the_first_message_holds_the_introduction_back(dispatcher, domain):
    tracker = make_tracker(slots={"session_started_metadata": {"opening_text": "I can't control my bladder"}})
    events = await ActionSessionStart().run(dispatcher, tracker, domain)
    assert dispatcher.messages == []
    assert {"event": "slot", "name": "intro_pending", "value": True} in [
        {k: e[k] for k in ("event", "name", "value")} for e in events if e["event"] == "slot"]


async def test_the_held_back_introduction_follows_the_escalation(dispatcher, domain, tmp_path, monkeypatch):
    from actions.outcome import ActionTriageOutcome

    monkeypatch.setenv("BACKCARE_DATABASE_URL", f"sqlite:///{tmp_path / 'r.db'}")
    report = user_event("I can't control my bladder", "red_flag")
    tracker = make_tracker([report], slots={"intro_pending": True})
    await ActionTriageOutcome().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == [
        "utter_escalate_emergency", "utter_intro", "utter_intro_region"]


@pytest.mark.parametrize("opening, number, region_said", [
    ("hi, I'm in Brisbane and my back hurts", "000", "Australia"),
    ("hello from Toronto, sore back", "911", None),  # Canada's emergency number (no deployment of ours there)
    ("hello from Mumbai, sore back", "your local emergency number", None),  # no country's numbers to name
    ("hello from Cork, sore back", "112", None),  # Europe's emergency number, and no other line of ours
    ("my back hurts", "111", "New Zealand"),  # the deployment's (NZ by default)
])
async def test_the_greeting_names_the_emergency_number_of_the_place_the_first_message_says(
        dispatcher, domain, opening, number, region_said, monkeypatch):
    monkeypatch.delenv("BACKCARE_REGION", raising=False)
    tracker = make_tracker(slots={"session_started_metadata": {"opening_text": opening}})
    await ActionSessionStart().run(dispatcher, tracker, domain)
    assert dispatcher.messages[0]["response"] == "utter_intro"
    assert dispatcher.messages[0]["emergency_number"] == number
    named = [m["region_name"] for m in dispatcher.messages if m["response"] == "utter_intro_region"]
    assert named == ([region_said] if region_said else [])


@pytest.mark.parametrize(("text", "response"), [
    ("are you a real person?", "utter_iamabot"),
    ("can you speak Spanish?", "utter_about_language"),
    ("where do my answers go?", "utter_about_privacy"),
    ("who made you?", "utter_about_makers"),
])
async def test_a_question_about_the_assistant_gets_the_answer_for_what_it_asks(text, response, dispatcher,
                                                                                domain):
    from actions.conversation import ActionAboutTheAssistant
    await ActionAboutTheAssistant().run(dispatcher, make_tracker([user_event(text, "bot_challenge")]), domain)
    assert [m["response"] for m in dispatcher.messages] == [response]


def _bot_event(text: str, buttons=None, custom=None) -> dict:
    return {"event": "bot", "text": text, "data": {"buttons": buttons, "custom": custom}}


async def test_say_that_again_repeats_the_last_reply_with_its_buttons_and_payload(dispatcher, domain):
    from actions.conversation import ActionRepeatLast
    check = {"triage": {"confirm": "bladder_bowel"}}
    buttons = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]
    events = [user_event("hi", "greet"), _bot_event("Hello"),
              user_event("I keep wetting myself", "describe_pain"),
              _bot_event("Just to check: ...", buttons, check),
              user_event("say that again", "ask_repeat")]
    await ActionRepeatLast().run(dispatcher, make_tracker(events), domain)
    assert dispatcher.messages[0]["response"] == "utter_repeat_lead"
    repeated = dispatcher.messages[1]
    assert (repeated["text"], repeated["buttons"]) == ("Just to check: ...", buttons)
    assert repeated["custom"] == check
    assert len(dispatcher.messages) == 2  # the earlier "Hello" is not repeated


async def test_say_that_again_with_nothing_said_yet_asks_what_next(dispatcher, domain):
    from actions.conversation import ActionRepeatLast
    tracker = make_tracker([user_event("say that again", "ask_repeat")])
    await ActionRepeatLast().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_what_next"]
