"""Around the outcome (issue 10): standing firm, the crisis reply in force, corrections, kept questions and
facts, and a restart that needs confirming. Each test drives a real action with a tracker."""
import pytest

from actions.conversation import (
    ActionAcknowledgeWorry,
    ActionConfirmRestart,
    ActionCorrectAnswer,
    ActionHoldQuestion,
    ActionReplyInContext,
    ActionReplyToThanks,
    ActionStandFirm,
    ActionTriageProgress,
)
from actions.knowledge import ActionAnswerQuestion
from actions.outcome import ActionTriageOutcome
from clinical import knowledge
from clinical.triage import QUESTIONS
from tests.conftest import make_tracker, slots_of, user_event

ALL_NO = {q.slot: "no" for q in QUESTIONS if q.kind == "red_flag" and not q.follows}


def said(dispatcher):
    return [m["response"] or "text" for m in dispatcher.messages]



@pytest.fixture(autouse=True)
def temporary_database(tmp_path, monkeypatch):
    monkeypatch.setenv("BACKCARE_DATABASE_URL", f"sqlite:///{tmp_path / 'records.db'}")
    knowledge.load()


async def stand_firm(dispatcher, domain, text, slots):
    tracker = make_tracker([user_event(text, "ask_getting_help")], slots=slots)
    await ActionStandFirm().run(dispatcher, tracker, domain)
    return said(dispatcher)


@pytest.mark.parametrize("text, extra", [
    ("can I just wait till tomorrow?", None),
    ("my GP is closed, where should I go?", "utter_firm_emergency_no_gp"),
    ("how do I get there, I can't drive", "utter_firm_emergency_transport"),
    ("will it cost anything?", "utter_firm_cost"),
    ("it's probably nothing", "utter_firm_minimise"),
])
async def test_after_an_emergency_every_question_about_going_restates_it(dispatcher, domain, text, extra):
    responses = await stand_firm(dispatcher, domain, text, {"triage_level": "emergency"})
    assert responses[0] == "utter_firm_emergency"
    assert responses[1:] == ([extra] if extra else [])
    assert "utter_no_information" not in responses and "utter_out_of_scope" not in responses


@pytest.mark.parametrize("text", ["the surgery is closed, can it wait until Monday?", "I don't have a GP"])
async def test_after_urgent_a_closed_or_absent_gp_gets_where_to_go_today(dispatcher, domain, text):
    responses = await stand_firm(dispatcher, domain, text, {"triage_level": "urgent"})
    assert responses == ["utter_firm_urgent", "utter_firm_urgent_no_gp", "utter_emergency_signs"]
    firm = next(m for m in dispatcher.messages if m["response"] == "utter_firm_urgent_no_gp")
    assert "urgent care" in firm["after_hours"] and firm["helpline"]


@pytest.mark.parametrize("level, text", [("urgent", "We'll ring 111 now. Thank you"),
                                         ("emergency", "ok I'm going to call them now")])
async def test_saying_they_are_going_gets_agreement_not_the_warning_again(dispatcher, domain, level, text):
    # run 10, q10: "We'll ring 111 now. Thank you" was told "Please don't leave it" again
    responses = await stand_firm(dispatcher, domain, text, {"triage_level": level})
    assert responses[0] == f"utter_going_{level}" and "utter_firm_urgent" not in responses
    assert responses[1:] == (["utter_emergency_signs"] if level == "urgent" else [])
    assert dispatcher.messages[0]["emergency_number"]


async def test_before_any_outcome_a_question_about_going_is_answered_from_the_sources(dispatcher, domain):
    responses = await stand_firm(dispatcher, domain, "should I go to A&E with back pain?", {})
    assert responses[0] == "text"  # a cited answer, not a refusal


async def test_before_any_outcome_own_pain_told_beside_the_question_starts_the_questions(dispatcher, domain):
    # persona run 36, a04: a long opening with "is it alright to keep going in?" got answers, then a goodbye
    text = ("I'm 58 and last Tuesday I was lifting crates of tins onto the top shelves at the food bank, and "
            "by the afternoon my lower back on the left side was really sore. No pins and needles or "
            "anything in my legs, it's just the back. My husband had terrible sciatica down his leg last "
            "year. I've been taking Panadol. I'm on blood pressure tablets (amlodipine) so I wasn't sure "
            "about Nurofen. Anyway, is there anything else I should be doing, and is it alright to keep "
            "going in?")
    tracker = make_tracker([user_event(text, "ask_getting_help")])
    events = await ActionStandFirm().run(dispatcher, tracker, domain)
    assert said(dispatcher)[-1] == "utter_triage_start"
    assert any(e.get("event") == "followup" and e.get("name") == "triage_form" for e in events)


async def test_during_the_questions_going_is_answered_after_them(dispatcher, domain):
    tracker = make_tracker([user_event("can I wait and see?", "ask_getting_help")], active_loop="triage_form")
    await ActionStandFirm().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_firm_before_outcome"]


async def test_forget_it_after_a_crisis_restates_the_lines(dispatcher, domain):
    tracker = make_tracker([user_event("sorry, forget it, it's fine", "dismiss")],
                           slots={"crisis_active": True, "triage_level": "emergency",
                                  "red_flag_words": {"self_harm": "want it all to stop"}})
    await ActionReplyInContext().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_crisis_still_here"]
    assert dispatcher.messages[0]["crisis_line"].startswith("1737")


async def test_forget_it_without_a_crisis_carries_on(dispatcher, domain):
    await ActionReplyInContext().run(dispatcher, make_tracker([user_event("never mind", "dismiss")]), domain)
    assert said(dispatcher) == ["utter_what_next"]


async def test_the_crisis_outcome_keeps_the_crisis_in_force(dispatcher, domain):
    report = user_event("I've got a full packet of pills here and I want it all to stop", "red_flag")
    events = await ActionTriageOutcome().run(dispatcher, make_tracker([report]), domain)
    assert said(dispatcher)[0] == "utter_escalate_crisis"
    assert slots_of(events)["crisis_active"] is True


async def test_a_correction_after_the_outcome_is_said_and_the_outcome_recomputed(dispatcher, domain):
    answers = {**ALL_NO, "location": "lower_back", "duration_days": 10, "onset": "lifting", "leg_pain": "no",
               "night_pain": "no", "morning_stiffness": "no", "sleep_work_impact": "yes", "age": 40,
               "severity": 4, "medication_tried": [], "mood": "not_high"}
    tracker = make_tracker([user_event("eh? I said I slept fine", "correct_answer")],
                           slots={**answers, "triage_level": "soon"})
    events = await ActionCorrectAnswer().run(dispatcher, tracker, domain)
    assert said(dispatcher)[:2] == ["utter_answer_changed", "utter_outcome_changed"]
    assert "now no (it was yes)" in dispatcher.messages[0]["changes"]
    assert dispatcher.messages[2]["response"] == "utter_outcome_self_care"
    assert slots_of(events)["triage_level"] == "self_care"


async def test_a_correction_that_changes_nothing_says_the_advice_stands(dispatcher, domain):
    tracker = make_tracker([user_event("that's wrong, it's only been 2 days", "correct_answer")],
                           slots={**ALL_NO, "duration_days": 5, "triage_level": "self_care"})
    await ActionCorrectAnswer().run(dispatcher, tracker, domain)
    assert said(dispatcher)[:3] == ["utter_answer_changed", "utter_outcome_unchanged", "utter_firm_self_care"]


@pytest.mark.parametrize("action_class", [ActionStandFirm, ActionReplyInContext])
async def test_a_plain_no_to_a_red_flag_after_its_outcome_is_taken_as_a_correction(dispatcher, domain,
                                                                                   action_class):
    answers = {**ALL_NO, "location": "lower_back", "duration_days": 2, "onset": "lifting", "leg_pain": "no",
               "night_pain": "no", "morning_stiffness": "no", "sleep_work_impact": "no", "age": 40,
               "mood": "not_high", "fever": "yes"}
    tracker = make_tracker([user_event("no, I don't have a fever", "deny")],
                           slots={**answers, "triage_level": "urgent"})
    events = await action_class().run(dispatcher, tracker, domain)
    assert said(dispatcher)[:2] == ["utter_answer_changed", "utter_outcome_changed"]
    assert slots_of(events)["fever"] == "no" and slots_of(events)["triage_level"] == "self_care"


async def test_while_the_crisis_reply_is_in_force_im_fine_takes_nothing_back(dispatcher, domain):
    tracker = make_tracker([user_event("I'm fine, I don't want to hurt myself", "dismiss")],
                           slots={"self_harm": "yes", "triage_level": "emergency", "crisis_active": True})
    events = await ActionReplyInContext().run(dispatcher, tracker, domain)
    assert "utter_outcome_changed" not in said(dispatcher)
    assert "self_harm" not in slots_of(events)


async def test_an_unclear_correction_asks_which_answer(dispatcher, domain):
    tracker = make_tracker([user_event("you got that wrong", "correct_answer")], slots={"fever": "yes"})
    await ActionCorrectAnswer().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_correction_unclear"]


async def test_a_question_during_triage_is_kept_and_answered_after_the_outcome(dispatcher, domain):
    held = await ActionHoldQuestion().run(
        dispatcher, make_tracker([user_event("can I go back to work tomorrow?", "ask_question")],
                                 active_loop="triage_form"), domain)
    assert said(dispatcher) == ["utter_question_held"]
    kept = slots_of(held)["held_questions"]
    assert kept == ["can I go back to work tomorrow?"]
    dispatcher.messages.clear()
    answers = {**ALL_NO, "location": "lower_back", "duration_days": 3, "onset": "lifting", "leg_pain": "no",
               "night_pain": "no", "morning_stiffness": "no", "sleep_work_impact": "no", "age": 30,
               "severity": 4, "medication_tried": [], "mood": "not_high"}
    tracker = make_tracker([user_event("fine", "inform")], slots={**answers, "held_questions": kept})
    events = await ActionTriageOutcome().run(dispatcher, tracker, domain)
    responses = said(dispatcher)
    assert responses[0] == "utter_outcome_self_care"
    assert responses.index("utter_answering_held") < responses.index("text")  # then the cited answer
    assert responses[-1] == "utter_offer_next" and responses.count("utter_offer_next") == 1  # then the menu
    assert slots_of(events)["held_questions"] == []


async def test_a_medicine_question_that_needs_a_pharmacist_is_answered_at_once(dispatcher, domain):
    tracker = make_tracker([user_event("can I take ibuprofen with my prednisone?", "ask_question")],
                           active_loop="triage_form")
    events = await ActionHoldQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_medicine_combination"]
    assert "held_questions" not in slots_of(events)


async def test_what_a_word_of_the_questions_means_is_explained_at_once_not_held(dispatcher, domain):
    tracker = make_tracker([user_event("what is sciatica?", "ask_question")], active_loop="triage_form")
    events = await ActionHoldQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_explain_leg_pain"]
    assert "held_questions" not in slots_of(events)


async def test_facts_in_a_question_routed_elsewhere_are_kept(dispatcher, domain):
    text = "I'm 45, lower back pain for 3 days, about 6/10. Can I take paracetamol?"
    tracker = make_tracker([user_event(text, "ask_question")])
    slots = slots_of(await ActionAnswerQuestion().run(dispatcher, tracker, domain))
    kept = (slots["age"], slots["duration_days"], slots["location"], slots["severity"])
    assert kept == (45, 3.0, "lower_back", 6)


async def test_how_many_more_questions_counts_what_is_left(dispatcher, domain):
    tracker = make_tracker([user_event("how many more questions?", "ask_progress")],
                           slots={"bladder_bowel": "no"}, active_loop="triage_form")
    await ActionTriageProgress().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_triage_progress"]
    assert 5 < dispatcher.messages[0]["count"] < len(QUESTIONS)


async def test_starting_over_is_confirmed_with_buttons_first(dispatcher, domain):
    tracker = make_tracker([user_event("start again", "start_over")])
    await ActionConfirmRestart().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_confirm_restart"]
    buttons = domain["responses"]["utter_confirm_restart"][0]["buttons"]
    assert [b["payload"] for b in buttons] == ["/restart", "/keep_answers"]


async def test_after_an_escalation_self_care_is_framed_as_while_getting_help(dispatcher, domain):
    tracker = make_tracker([user_event("what can I do myself to ease it?", "ask_question")],
                           slots={"triage_level": "emergency"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_reminder_after_escalation"
    assert not any("usually enough" in (m.get("text") or "") for m in dispatcher.messages)


async def test_a_named_region_switches_the_numbers_and_says_so(dispatcher, domain):
    from actions.session import ActionSetRegion

    place = user_event("I'm in Australia", "tell_region", entities=[{"entity": "region", "value": "AU"}])
    events = await ActionSetRegion().run(dispatcher, make_tracker([place], slots={"region": "AU"}), domain)
    assert said(dispatcher) == ["utter_region_set"]
    assert dispatcher.messages[0]["emergency_number"] == "000"
    assert slots_of(events) == {"emergency_number": "000", "helpline": "healthdirect on 1800 022 222"}


async def test_after_a_named_region_an_escalation_gives_that_regions_number(dispatcher, domain):
    report = user_event("I'm in Devon and I can't feel my legs, both gone numb", "red_flag",
                        entities=[{"entity": "region", "value": "UK"}])
    await ActionTriageOutcome().run(dispatcher, make_tracker([report], slots={"region": "UK"}), domain)
    assert said(dispatcher)[0] == "utter_escalate_emergency"  # the escalation first, then the numbers note
    assert dispatcher.messages[0]["emergency_number"] == "999"
    assert "utter_region_set" in said(dispatcher)


async def test_several_countries_ask_where_after_an_escalation(dispatcher, domain, monkeypatch):
    import actions.outcome

    monkeypatch.setattr(actions.outcome, "SERVES_SEVERAL", True)
    report = user_event("I can't pee at all since this morning", "red_flag")
    events = await ActionTriageOutcome().run(dispatcher, make_tracker([report]), domain)
    assert said(dispatcher)[-1] == "utter_ask_region" and slots_of(events)["region_asked"] is True


@pytest.mark.parametrize("intent", ["affirm", "deny", "out_of_scope", "dismiss"])
async def test_after_an_escalation_any_reply_to_no_question_restates_the_outcome(dispatcher, domain, intent):
    tracker = make_tracker([user_event("k", intent)], slots={"triage_level": "urgent"})
    await ActionReplyInContext().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_firm_urgent"


async def test_out_of_scope_without_an_escalation_says_what_it_can_do(dispatcher, domain):
    tracker = make_tracker([user_event("book me a table", "out_of_scope")])
    await ActionReplyInContext().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_out_of_scope"]


async def test_after_an_escalation_a_question_without_an_answer_restates_the_outcome(dispatcher, domain):
    tracker = make_tracker([user_event("can I go after school pickup?", "ask_question")],
                           slots={"triage_level": "emergency"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    responses = said(dispatcher)
    assert "utter_no_information" not in responses and "utter_firm_emergency" in responses


async def test_in_a_crisis_a_medicine_question_gets_the_crisis_lines_not_medicine_information(dispatcher,
                                                                                                domain):
    tracker = make_tracker([user_event("how many paracetamol can I take?", "ask_question")],
                           slots={"triage_level": "emergency", "crisis_active": True,
                                  "red_flag_words": {"self_harm": "want it all to stop"}})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_crisis_still_here"]


async def test_fallback_after_an_escalation_restates_the_outcome(dispatcher, domain):
    from actions.fallback import ActionHandleFallback

    tracker = make_tracker([user_event("blorp", "nlu_fallback")], slots={"triage_level": "emergency"})
    await ActionHandleFallback().run(dispatcher, tracker, domain)
    assert said(dispatcher)[-1] == "utter_firm_emergency"


async def test_a_correction_that_takes_back_the_red_flag_that_ended_the_questions_resumes_them(dispatcher,
                                                                                               domain):
    tracker = make_tracker([user_event("I said no, I've never had cancer", "correct_answer")],
                           slots={"bladder_bowel": "no", "cancer_history": "yes", "triage_level": "urgent"})
    events = await ActionCorrectAnswer().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_answer_changed", "utter_triage_resume"]
    assert slots_of(events)["cancer_history"] == "no" and slots_of(events)["triage_level"] is None
    assert {"event": "followup", "name": "triage_form"} in [
        {k: e.get(k) for k in ("event", "name")} for e in events]


@pytest.mark.parametrize("action, intent", [(ActionAnswerQuestion, "ask_question"),
                                            (ActionStandFirm, "ask_getting_help")])
async def test_should_i_see_a_doctor_before_an_outcome_starts_the_questions(dispatcher, domain, action,
                                                                              intent):
    tracker = make_tracker([user_event("my back's been sore 5 months, should I get it checked?", intent)])
    events = await action().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_triage_to_answer", "utter_triage_start"]
    assert any(e["event"] == "followup" and e["name"] == "triage_form" for e in events)
    assert slots_of(events)["duration_days"] > 42  # the facts in it are kept


async def test_should_i_see_a_doctor_after_an_outcome_is_answered_not_asked_again(dispatcher, domain):
    tracker = make_tracker([user_event("should I see a doctor?", "ask_question")],
                           slots={"triage_level": "self_care"})
    events = await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert "utter_triage_to_answer" not in said(dispatcher)
    assert not any(e["event"] == "followup" for e in events)


@pytest.mark.parametrize("text", ["Hello. I have pain in back since 5 weeks. Is not going away. Is normal?",
                                  "lower back pain about a week. no injury. what should i do"])
async def test_an_opening_about_own_pain_with_a_general_question_starts_the_questions_and_keeps_it(
        dispatcher, domain, text):
    events = await ActionAnswerQuestion().run(dispatcher, make_tracker([user_event(text, "ask_question")]),
                                              domain)
    assert said(dispatcher) == ["utter_triage_first", "utter_triage_start"]
    assert slots_of(events)["held_questions"] == [text]  # answered after the outcome
    assert any(e["event"] == "followup" and e["name"] == "triage_form" for e in events)


@pytest.mark.parametrize("text", ["how long does back pain usually last?",
                                  "My mum has had back pain for a week. What should she do?"])
async def test_a_general_question_not_about_own_pain_is_answered_from_the_sources(dispatcher, domain, text):
    events = await ActionAnswerQuestion().run(dispatcher, make_tracker([user_event(text, "ask_question")]),
                                              domain)
    assert "utter_triage_first" not in said(dispatcher)
    assert not any(e["event"] == "followup" for e in events)


@pytest.mark.parametrize("text, intent, level, response", [
    ("ok thnx", "affirm", "self_care", "utter_thank"),
    ("cheers", "affirm", None, "utter_thank"),
    ("ok", "affirm", "soon", "utter_offer_next"),  # after advice: what next, not "tell me about your pain"
    ("ok", "affirm", None, "utter_what_next"),
])
async def test_a_reply_to_no_question_without_an_escalation_fits_where_the_conversation_is(
        dispatcher, domain, text, intent, level, response):
    tracker = make_tracker([user_event(text, intent)], slots={"triage_level": level})
    await ActionReplyInContext().run(dispatcher, tracker, domain)
    assert said(dispatcher) == [response]


async def test_an_opening_about_own_pain_with_a_topic_question_starts_the_questions_first(dispatcher, domain):
    text = "alright, got a bad back 3 weeks now and its going right down me leg. is this sciatca or what"
    events = await ActionAnswerQuestion().run(dispatcher, make_tracker([user_event(text, "ask_question")]),
                                              domain)
    assert said(dispatcher) == ["utter_triage_first", "utter_triage_start"]
    assert slots_of(events)["held_questions"] == [text]


async def test_a_country_outside_our_regions_gets_the_lines_in_general_not_ours(dispatcher, domain):
    from actions.session import ActionSetRegion

    place = user_event("I'm in Cork by the way", "tell_region",
                       entities=[{"entity": "region", "value": "ELSEWHERE"}])
    events = await ActionSetRegion().run(dispatcher, make_tracker([place], slots={"region": "ELSEWHERE"}),
                                         domain)
    assert said(dispatcher) == ["utter_region_elsewhere"]
    assert slots_of(events)["emergency_number"] == "your local emergency number"
    report = user_event("I can't feel my legs, both gone numb", "red_flag")
    dispatcher.messages.clear()
    await ActionTriageOutcome().run(dispatcher, make_tracker([report], slots={"region": "ELSEWHERE"}), domain)
    assert dispatcher.messages[0]["emergency_number"] == "your local emergency number"  # never NZ's 111


def test_the_region_note_is_said_once_though_two_actions_run_on_the_message(dispatcher):
    from actions.common import announce_region

    place = user_event("my back is killing me and I'm in Cork", "describe_pain",
                       entities=[{"entity": "region", "value": "ELSEWHERE"}])
    events = announce_region(dispatcher, make_tracker([place], slots={"region": "ELSEWHERE"}))
    assert said(dispatcher) == ["utter_region_elsewhere"]
    numbers = slots_of(events)
    announce_region(dispatcher, make_tracker([place], slots={"region": "ELSEWHERE", **numbers}))
    assert said(dispatcher) == ["utter_region_elsewhere"]  # not again


@pytest.mark.parametrize("text", ["could this actually be cancer??",
                                  "I'm so scared, my back has hurt for weeks"])
async def test_a_fear_about_ones_own_pain_before_any_outcome_starts_the_questions(dispatcher, domain, text):
    tracker = make_tracker([user_event(text, "express_worry")])
    events = await ActionAcknowledgeWorry().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_worry", "utter_triage_start"]
    assert {"event": "followup", "name": "triage_form"} in [
        {k: e.get(k) for k in ("event", "name")} for e in events]


async def test_a_worry_about_someone_else_does_not_start_questions_about_the_person(dispatcher, domain):
    tracker = make_tracker([user_event("I'm worried about my mum's back", "express_worry")])
    events = await ActionAcknowledgeWorry().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_worry", "utter_firm_no_triage"]
    assert not [e for e in events if e.get("event") == "followup"]


async def test_after_an_outcome_asking_whether_to_see_anyone_restates_it(dispatcher, domain):
    tracker = make_tracker([user_event("so do I need to see anyone?", "ask_question")],
                           slots={"triage_level": "self_care"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    responses = [m["response"] for m in dispatcher.messages]
    assert responses[0] == "utter_firm_self_care" and "utter_no_information" not in responses


async def test_two_questions_in_one_message_get_an_answer_each(dispatcher, domain):
    # run 7 replay, s06: the X-ray question was lost behind the Panadeine one
    text = "can i take my husbands panadeine? and do i need an xray"
    await ActionAnswerQuestion().run(dispatcher, make_tracker([user_event(text, "ask_question")]), domain)
    responses = said(dispatcher)
    assert responses[0] == "utter_medicine_someone_else"
    answers = [m["text"] for m in dispatcher.messages if m.get("text")]
    assert len(answers) == 1 and ("scan" in answers[0].lower() or "x-ray" in answers[0].lower())


async def test_after_an_escalation_two_questions_get_one_reminder(dispatcher, domain):
    text = "do I need an x-ray? and can I use heat on it?"
    tracker = make_tracker([user_event(text, "ask_question")], slots={"triage_level": "urgent"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    responses = said(dispatcher)
    assert responses.count("utter_reminder_after_escalation") == 1
    assert responses.count("text") == 2


async def test_a_medicine_and_the_condition_that_makes_it_risky_stay_one_question(dispatcher, domain):
    text = "can I take ibuprofen? I have asthma"
    await ActionAnswerQuestion().run(dispatcher, make_tracker([user_event(text, "ask_question")]), domain)
    assert said(dispatcher) == ["utter_medicine_condition"]


@pytest.mark.parametrize("text", ["911?", "do I call 911 then?"])
async def test_a_number_asked_about_after_an_emergency_says_where_it_is_the_emergency_number(
        dispatcher, domain, text):
    # a person on the (New Zealand) deployment asks about the United States' number: where it applies, and
    # whose numbers ours are, never "no person on this chat" or another restatement naming 111 only
    responses = await stand_firm(dispatcher, domain, text, {"triage_level": "emergency"})
    assert responses == ["utter_number_is_emergency", "utter_intro_region"]
    first = dispatcher.messages[0]
    assert first["named_number"] == "911" and first["named_regions"] == "the United States"
    assert dispatcher.messages[1]["region_name"] == "New Zealand"


async def test_111_is_confirmed_for_new_zealand_and_named_as_the_advice_line_in_the_uk(dispatcher, domain):
    responses = await stand_firm(dispatcher, domain, "is it 111?", {"triage_level": "emergency"})
    assert responses == ["utter_number_is_emergency", "utter_number_not_emergency"]
    not_here = dispatcher.messages[1]
    assert (not_here["region_name"], not_here["region_emergency"]) == ("United Kingdom", "999")


async def test_a_number_we_do_not_know_is_confirmed_only_as_the_local_emergency_number(dispatcher, domain):
    slots = {"triage_level": "emergency", "region": "ELSEWHERE"}
    responses = await stand_firm(dispatcher, domain, "112?", slots)
    assert responses == ["utter_number_if_local"]


async def test_a_person_in_europe_gets_112_and_the_other_lines_in_general(dispatcher, domain):
    from actions.session import ActionSetRegion

    place = user_event("I'm in Lisbon at the moment", "tell_region",
                       entities=[{"entity": "region", "value": "EUROPE"}])
    tracker = make_tracker([place], slots={"region": "EUROPE"})
    events = await ActionSetRegion().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_region_europe"]
    assert slots_of(events)["emergency_number"] == "112"
    assert slots_of(events)["helpline"] == "a local doctor or health advice line"
    report = user_event("I can't feel my legs, both gone numb", "red_flag")
    dispatcher.messages.clear()
    await ActionTriageOutcome().run(dispatcher, make_tracker([report], slots={"region": "EUROPE"}), domain)
    assert dispatcher.messages[0]["emergency_number"] == "112"


async def test_going_to_ring_the_local_emergency_number_is_agreed_without_more_on_numbers(dispatcher, domain):
    responses = await stand_firm(dispatcher, domain, "ok we'll ring 111 now", {"triage_level": "emergency"})
    assert responses == ["utter_going_emergency"]


async def test_going_to_ring_111_in_the_uk_is_told_that_999_is_the_emergency_number_there(dispatcher, domain):
    slots = {"triage_level": "emergency", "region": "UK"}
    responses = await stand_firm(dispatcher, domain, "ok we'll ring 111 now", slots)
    assert "utter_number_not_emergency" in responses and responses[-1] == "utter_going_emergency"
    warning = next(m for m in dispatcher.messages if m.get("response") == "utter_number_not_emergency")
    assert (warning["region_name"], warning["region_emergency"]) == ("United Kingdom", "999")


async def test_a_number_and_the_way_there_asked_together_are_both_answered(dispatcher, domain):
    responses = await stand_firm(dispatcher, domain, "do I call 911 or just get someone to drive me in",
                                 {"triage_level": "emergency"})
    assert responses[0] == "utter_number_is_emergency"
    assert "utter_firm_emergency_transport" in responses


async def test_a_number_asked_about_after_a_soon_outcome_is_for_the_signs_and_the_outcome_is_restated(
        dispatcher, domain):
    # r09 was at `soon` and asked "do I ring 000 then?": "yes: call 000 now" contradicted the outcome
    text = "righto, do I ring 000 then or is that a bit over the top?"
    responses = await stand_firm(dispatcher, domain, text, {"triage_level": "soon", "region": "AU"})
    assert responses[0] == "utter_number_for_signs" and "utter_firm_soon" in responses
    assert "utter_number_is_emergency" not in responses


async def test_999_or_the_gp_after_urgent_gets_the_number_for_the_signs_and_the_gp_today(dispatcher, domain):
    responses = await stand_firm(dispatcher, domain, "is this a 999 job or do I phone 111?",
                                 {"triage_level": "urgent", "region": "UK"})
    assert responses[0] == "utter_number_for_signs"
    # 111 is the person's own advice line, NHS 111: below an emergency, a good way to get seen today
    assert "utter_number_is_own_advice_line" in responses and "utter_firm_urgent" in responses


async def test_a_number_asked_about_before_any_outcome_leaves_the_choice_with_the_person(dispatcher, domain):
    responses = await stand_firm(dispatcher, domain, "should I just ring 111?", {})
    assert responses[0] == "utter_number_before_outcome"


async def test_thanks_with_a_question_gets_the_question_answered(dispatcher, domain):
    tracker = make_tracker([user_event("Thank you. And can I take Aleve with my lisinopril?", "thank")])
    await ActionReplyToThanks().run(dispatcher, tracker, domain)
    assert "utter_thank" not in said(dispatcher)
    assert "utter_medicine_combination" in said(dispatcher)


async def test_thanks_with_whether_to_see_a_doctor_restates_the_outcome(dispatcher, domain):
    text = "Brilliant, thank you. So I don't need to phone the doctor at all then?"
    tracker = make_tracker([user_event(text, "thank")], slots={"triage_level": "self_care"})
    await ActionReplyToThanks().run(dispatcher, tracker, domain)
    assert said(dispatcher) and "utter_thank" not in said(dispatcher)


@pytest.mark.parametrize("text, response", [
    ("Ah no bother, thanks very much, you've been very helpful! Bye", "utter_goodbye"),
    ("thanks very much", "utter_thank"),
])
async def test_thanks_and_goodbye(dispatcher, domain, text, response):
    await ActionReplyToThanks().run(dispatcher, make_tracker([user_event(text, "thank")]), domain)
    assert said(dispatcher) == [response]


@pytest.mark.parametrize("text, response", [
    ("Sorry, can I just ask, is this an actual person I'm talking to or is it automated?", "utter_handoff"),
    ("But I have to ask, could this be cancer? My brother-in-law's started as back pain.", "utter_worry"),
])
async def test_a_short_safe_question_during_the_questions_is_answered_at_once(dispatcher, domain, text,
                                                                               response):
    tracker = make_tracker([user_event(text, "ask_question")], active_loop="triage_form",
                           slots={"requested_slot": "leg_weakness"})
    events = await ActionHoldQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher) == [response]
    assert "held_questions" not in slots_of(events)


async def test_in_the_uk_ringing_nhs_111_after_urgent_is_agreed_without_the_new_zealand_number(dispatcher,
                                                                                              domain):
    # run 12, u09: "I'll ring 111 now" in Norwich was told "111 is the emergency number in New Zealand"
    responses = await stand_firm(dispatcher, domain, "I'll ring 111 now",
                                 {"triage_level": "urgent", "region": "UK"})
    assert responses[0] == "utter_going_urgent" and "utter_number_is_emergency" not in responses


async def test_in_the_uk_ringing_111_for_an_emergency_is_told_the_emergency_number(dispatcher, domain):
    responses = await stand_firm(dispatcher, domain, "I'll ring 111 now", {"triage_level": "emergency",
                                                                          "region": "UK"})
    assert "utter_number_not_emergency" in responses


async def test_after_an_emergency_a_question_about_getting_there_is_no_knowledge_question(dispatcher, domain):
    # run 12, u12: "an ambulance costs a fortune can my wife just drive me in the car" got advice on work
    tracker = make_tracker([user_event("an ambulance costs a fortune can my wife just drive me in the car",
                                       "ask_question")], slots={"triage_level": "emergency"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_firm_emergency", "utter_firm_emergency_transport"]


@pytest.mark.parametrize("level, first", [("urgent", "utter_going_urgent"),
                                          ("emergency", "utter_firm_emergency")])
async def test_later_today_is_agreed_for_urgent_but_not_for_an_emergency(dispatcher, domain, level, first):
    # run 12, u10: "righto. tonight then, after 5." after `urgent` was told not to put it off
    text = "righto. tonight then, after 5."
    responses = await stand_firm(dispatcher, domain, text, {"triage_level": level})
    assert responses[0] == first


@pytest.mark.parametrize("text", ["ok to ride the quad? bumpy as", "is climbing bad for it or no?",
                                  "Is it alright to get back on the rowing machine?"])
async def test_an_activity_the_sources_do_not_name_gets_the_general_advice_said_so(dispatcher, domain, text):
    # run 13: quad bike, climbing and rowing got "I don't have information on that"
    tracker = make_tracker([user_event(text, "ask_question")], slots={"triage_level": "self_care"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_activity_not_covered"
    assert "utter_no_information" not in said(dispatcher)
    assert "Source:" in dispatcher.messages[1]["text"]


@pytest.mark.parametrize("text", ["should I wear a back brace?", "can I use tiger balm?",
                                  "is a standing desk good for my back?", "would a TENS machine help?",
                                  "what mattress is best for a bad back"])
async def test_an_aid_the_sources_do_not_name_is_said_so_then_the_closest_advice(dispatcher, domain, text):
    # persona runs 14 and 15: a brace, Tiger Balm and a standing desk got general self-care advice as if it
    # answered them, or "I don't have information on that"
    tracker = make_tracker([user_event(text, "ask_question")], slots={"triage_level": "self_care"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_aid_not_covered"
    assert "utter_no_information" not in said(dispatcher)
    assert "Source:" in dispatcher.messages[1]["text"]


@pytest.mark.parametrize("text", ["is a heat pack ok?", "is massage any good for back pain?",
                                  "is it ok to brace my core when I lift?"])
async def test_aids_the_sources_do_cover_get_no_such_note(dispatcher, domain, text):
    tracker = make_tracker([user_event(text, "ask_question")], slots={"triage_level": "self_care"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert "utter_aid_not_covered" not in said(dispatcher)


@pytest.mark.parametrize("text", ["what about teh certificate for work",
                                  "do i need a medical certificate for work if im off more than a week? "
                                  "my boss is asking",
                                  "can the gp give me a sick note?"])
async def test_a_work_certificate_question_says_who_gives_one_then_what_the_sources_say_on_work(
        dispatcher, domain, text):
    # run 13, v07: asked three times, then "I don't have information on that"
    tracker = make_tracker([user_event(text, "ask_question")], slots={"triage_level": "soon"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher)[0] == "utter_work_certificate"
    assert "utter_no_information" not in said(dispatcher)
    assert "Source:" in dispatcher.messages[1]["text"]


@pytest.mark.parametrize("text", ["Should I tell the doctor that my sister had breast cancer?",
                                  "I wonder whether I ought to mention my sister's cancer to the doctor when "
                                  "I go.",
                                  "my mum died of bowel cancer, does that matter?"])
async def test_a_question_about_cancer_in_the_family_is_answered_as_such(dispatcher, domain, text):
    # run 13, v08: got a list of serious signs, and before that only "You're welcome"
    tracker = make_tracker([user_event(text, "ask_question")], slots={"triage_level": "soon"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_cancer_in_the_family"]


async def test_thanks_with_an_indirect_question_answers_the_question(dispatcher, domain):
    # run 13, v08: "Thank you, that is helpful. I wonder whether I ought to mention..." got "You're welcome"
    text = "Thank you, that is helpful. I wonder whether I ought to mention my sister's cancer to the doctor."
    tracker = make_tracker([user_event(text, "thank")], slots={"triage_level": "soon"})
    await ActionReplyToThanks().run(dispatcher, tracker, domain)
    assert "utter_cancer_in_the_family" in said(dispatcher)


async def test_a_worry_about_ones_own_cancer_is_not_taken_for_a_relatives(dispatcher, domain):
    tracker = make_tracker([user_event("my husband thinks it could be cancer, could it be?", "ask_question")],
                           slots={"triage_level": "soon"})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert "utter_cancer_in_the_family" not in said(dispatcher)


async def test_a_word_of_the_questions_asked_about_after_them_is_explained(dispatcher, domain):
    tracker = make_tracker([user_event("not sure what you mean by saddle area", "unsure")],
                           slots={"triage_level": "self_care"})
    await ActionReplyInContext().run(dispatcher, tracker, domain)
    assert said(dispatcher) == ["utter_explain_saddle_numbness"]


def test_a_place_named_during_a_crisis_gets_that_places_crisis_line(dispatcher):
    # run 19, u08: a night guard in Phoenix was given New Zealand's 1737 in every crisis reply, and the switch
    # to the United States gave only 911 and a nurse line
    from actions.common import announce_region

    place = user_event("whats 1737 anyway, thats not a thing in phoenix", "tell_region",
                       entities=[{"entity": "region", "value": "US"}])
    announce_region(dispatcher, make_tracker([place], slots={"region": "US", "crisis_active": True}))
    assert said(dispatcher) == ["utter_region_set", "utter_crisis_line_for_region"]
    assert dispatcher.messages[1]["crisis_line"].startswith("988")
    dispatcher.messages.clear()
    announce_region(dispatcher, make_tracker([place], slots={"region": "US"}))
    assert said(dispatcher) == ["utter_region_set"]  # no crisis: no crisis line


def test_not_getting_better_said_in_an_opening_question_is_kept():
    # run 19, u03: "a couple of months now and it's not getting any better. Do I need a scan?" kept the length
    # but not the improvement, so "is it slowly getting better?" was asked, then misread (a missed soon)
    from actions.common import kept_facts

    opening = user_event("G'day. Back's been sore for a couple of months now and it's not getting any "
                         "better. Do I need a scan or what?", "ask_question")
    kept = slots_of(kept_facts(make_tracker([opening])))
    assert kept["improving"] == "no" and kept["duration_days"] > 42


async def test_thanks_with_a_fact_that_raises_the_level_recomputes_the_outcome(dispatcher, domain):
    # persona run 34's replay, c08: "You're welcome" to pain that stops work, told after a self-care outcome
    text = "ok well i literally cant sit for a shift so idk. thanks i guess"
    tracker = make_tracker([user_event(text, "thank")],
                           slots={"triage_level": "self_care", "sleep_work_impact": "no",
                                  "duration_days": 17.5, "age": 35})
    events = await ActionReplyToThanks().run(dispatcher, tracker, domain)
    assert "utter_thank" not in said(dispatcher)
    told = [{k: e.get(k) for k in ("event", "name", "value")} for e in events]
    # the fact recorded, and the outcome worked out again by the triage form
    assert {"event": "slot", "name": "sleep_work_impact", "value": "yes"} in told
    assert {"event": "followup", "name": "triage_form", "value": None} in told


@pytest.mark.parametrize("level, restated", [("urgent", True), ("self_care", False)])
async def test_where_to_go_asked_after_urgent_restates_the_options(dispatcher, domain, level, restated):
    # set 75: "is ringing healthline ok ... or should i go to an urgent care clinic" after `urgent` got the
    # whole list of warning signs; with no escalation the sources' answer on when to get help stands
    text = "is ringing healthline ok for this or should i go to an urgent care clinic"
    tracker = make_tracker([user_event(text, "ask_question")], slots={"triage_level": level})
    await ActionAnswerQuestion().run(dispatcher, tracker, domain)
    assert ("utter_firm_urgent" in said(dispatcher)) is restated


async def test_heat_asked_beside_a_medicine_gets_both_answers(dispatcher, domain):
    # persona run 33, d08's replay: "keep taking Tylenol ... and using my heating pad?" got only the
    # medicine referral, and "I'll ask the pharmacist about the Tylenol. What about the heating pad ...?"
    # the referral again
    for text in ("In the meantime is it OK to keep taking Tylenol now and then and using my heating pad?",
                 "OK, I'll ask the pharmacist about the Tylenol. What about the heating pad though, is that "
                 "alright to keep using?"):
        dispatcher.messages.clear()
        tracker = make_tracker([user_event(text, "ask_question")], slots={"triage_level": "soon"})
        await ActionAnswerQuestion().run(dispatcher, tracker, domain)
        topics = [(m.get("custom") or {}).get("knowledge", {}).get("topic") for m in dispatcher.messages]
        assert "self_care" in topics, text
    assert "utter_medicine_stop_or_change" not in said(dispatcher)
