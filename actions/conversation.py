"""Around the outcome: stand firm after an escalation, keep the crisis reply in force, take corrections,
keep questions asked during the safety questions, say how many questions are left, answer worry kindly,
and confirm before clearing anything."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.checks import slot_events
from actions.common import (
    MAX_HELD_CHARS,
    MAX_HELD_QUESTIONS,
    announce_region,
    answers_from,
    contacts,
    kept_facts,
    latest_reading,
    latest_text_and_intent,
    raises_the_level,
    region_of,
    say_changes,
    say_region,
)
from actions.firm import ESCALATED, TRIAGE_FORM, say_about_number, say_goodbye, stand_firm
from actions.knowledge import (
    answer_question,
    answers_by_triage,
    opens_with_own_pain,
    questions_first,
    start_questions,
)
from actions.outcome import name_the_numbers_elsewhere, record_outcome, say_outcome
from actions.plan_changes import change_plan_if_asked
from clinical import medicines, moves
from clinical.language import looks_like_question, tells_own_pain
from clinical.outcome import build_outcome
from clinical.regions import where_number_is_emergency
from clinical.triage import Update, interpret, next_question, questions_left

BELOW_ESCALATION = ("self_care", "soon")
# Questions read as about getting help that, below an escalation, are better answered: "I'll be right to
# work Saturday?" (played down), "is it OK to go for a swim tonight?", "does ACC cover physio?"
ANSWERED_BELOW_ESCALATION = ("minimise", "later_today", "cost")


def is_own_line(tracker: Tracker, number: str) -> bool:
    """The number is the one to call in the person's region for the outcome in force: the emergency number,
    or below an emergency its advice line ("I'll ring 111 now" after `urgent` in the UK)."""
    region = region_of(tracker)
    return number == region.emergency_number or (tracker.get_slot("triage_level") != "emergency"
                                                 and region.is_advice_line(number))


def reading_of_latest(tracker: Tracker) -> Update:
    text, intent = latest_text_and_intent(tracker)
    return interpret(text, intent, None, answers_from(tracker), [], mentions=latest_reading(tracker))


def takes_back_an_answer(tracker: Tracker) -> Update | None:
    """After an outcome, a reply that replaces an earlier answer ("no, I don't have a fever") or tells a fact
    that raises the level, whatever it was routed as, is a correction (its reading is returned): the outcome
    is recomputed and the change said.
    Not while the crisis reply is in force: "I'm fine, I won't do anything" gets the lines again, gently."""
    if tracker.get_slot("triage_level") is None or tracker.get_slot("crisis_active"):
        return None
    update = reading_of_latest(tracker)
    return update if update.corrected or raises_the_level(answers_from(tracker), update) else None


class ActionStandFirm(Action):
    def name(self) -> str:
        return "action_stand_firm"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        return reply_standing_firm(dispatcher, tracker)


def reply_standing_firm(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """A reply about getting help: a correction taken, or the outcome in force restated with what the
    message asks (a number, the way there, a summary to tell them, a word explained)."""
    text, _ = latest_text_and_intent(tracker)
    if (tracker.get_slot("triage_level") in ESCALATED and looks_like_question(text)
            and medicines.referral_reason(text)):
        # "Should I stop the prednisone until my back is better?" after `urgent` (persona run 31: read as a
        # correction, the outcome restated and the question left): the reminder, then who can advise
        answer_question(dispatcher, tracker, text)
        return []
    if correction := takes_back_an_answer(tracker):
        return correct(dispatcher, tracker, correction)
    # ("whats a gp gonna sting me, im near cairns": the numbers of where they are, and it says so first)
    events = [*announce_region(dispatcher, tracker), *_reply_about_getting_help(dispatcher, tracker)]
    if tracker.get_slot("triage_level") in ESCALATED and not moves.numbers_named(text):
        # ("can I just go to urgent care tomorrow? The ER is 35 min away, my deductible ..." after "call
        # 111 now": the number where their words suggest they are, once; a number named is answered
        # where it works, above)
        events.extend(name_the_numbers_elsewhere(dispatcher, tracker, unconfirmed_too=False))
    return events


def _reply_about_getting_help(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    text, _ = latest_text_and_intent(tracker)
    term = moves.word_asked_about(text)
    if term:  # "wait what does inflammatory mean?": the word, then the outcome if escalated
        dispatcher.utter_message(response=f"utter_explain_{term}")
        if tracker.get_slot("triage_level") not in ESCALATED and not tracker.get_slot("crisis_active"):
            return []
    kind = moves.getting_help_question(text)
    numbers = moves.numbers_named(text) if moves.asks_about_number(text) else []
    going_to_ring = numbers[0] if kind == "going" and numbers else None
    found_where = take_region_from_number(dispatcher, tracker, going_to_ring) if going_to_ring else []
    if kind == "going" and all(is_own_line(tracker, number) for number in numbers):
        numbers = []  # "we'll ring 111 now", in New Zealand: agreed, nothing to add about the number
    if numbers:  # "911?": where that number applies, whatever the state
        say_about_number(dispatcher, tracker, numbers)
        if kind == "number" and tracker.get_slot("triage_level") in (None, "emergency"):
            # nothing else asked ("do I call 911 or get a lift?" asks the way there too); below an
            # emergency the outcome in force is restated, so "999 or the GP?" gets a plain answer
            return kept_facts(tracker)
    no_outcome_yet = tracker.get_slot("triage_level") is None and not tracker.get_slot("crisis_active")
    if kind == "which_number" and no_outcome_yet:  # "what number do I ring?": both, and which is for what
        dispatcher.utter_message(response="utter_numbers_before_outcome", **contacts(tracker))
        return kept_facts(tracker)
    if answers_by_triage(tracker, text):  # "should I wait or see a doctor?": the questions answer that
        return start_questions(dispatcher, tracker, "utter_triage_to_answer")
    if opens_with_own_pain(tracker, text):  # "Sore back ... probably just a bug. Anything I can take?"
        return questions_first(dispatcher, tracker, text)
    level = tracker.get_slot("triage_level")
    below_escalation = level in BELOW_ESCALATION and not tracker.get_slot("crisis_active")
    if below_escalation and kind in ANSWERED_BELOW_ESCALATION and (looks_like_question(text) or "?" in text):
        # "reckon I'll be right to shoot it Saturday??" after self-care: a question to answer, with
        # nothing to stand firm on
        answer_question(dispatcher, tracker, text)
    elif (no_outcome_yet and tracker.active_loop_name != TRIAGE_FORM and looks_like_question(text)
          and kind != "cannot_phone"):
        answer_question(dispatcher, tracker, text)  # "must I go to A&E with back pain?": the sources
        if tells_own_pain(text):
            # (a long opening with a medicine question and "is it alright to keep going in?" got answers and
            # then a goodbye, no safety questions: persona run 36)
            return [*found_where, *start_questions(dispatcher, tracker, "utter_triage_meanwhile")]
    else:
        stand_firm(dispatcher, tracker, kind)
    return [*found_where, *kept_facts(tracker)]


def take_region_from_number(dispatcher: CollectingDispatcher, tracker: Tracker,
                            number: str) -> list[EventType]:
    """"ok ill ring triple zero" with no place said: the person is where that number is the emergency number
    (of one region of ours), so that region's numbers are used from now on, and that is said."""
    places = where_number_is_emergency(number)
    if tracker.get_slot("region") or len(places) != 1 or places[0].code == region_of(tracker).code:
        return []
    tracker.slots["region"] = places[0].code  # read by contacts() for the rest of this reply
    return [SlotSet("region", places[0].code), *say_region(dispatcher, tracker)]


class ActionReplyInContext(Action):
    """A reply to no question ("ok", "no", "forget it", "I'll ring them", something out of scope): after a
    crisis reply the lines are said again, gently; after an escalation the outcome stands, restated;
    otherwise we carry on."""

    def name(self) -> str:
        return "action_reply_in_context"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        if correction := takes_back_an_answer(tracker):
            return correct(dispatcher, tracker, correction)
        text, intent = latest_text_and_intent(tracker)
        term = moves.word_asked_about(text)
        if term:  # "not sure what you mean by saddle area" after the questions: the word explained
            dispatcher.utter_message(response=f"utter_explain_{term}")
        if tracker.get_slot("crisis_active") or tracker.get_slot("triage_level") in ESCALATED:
            stand_firm(dispatcher, tracker, None)
        elif not term:
            dispatcher.utter_message(response=_carrying_on(tracker, text, intent), **contacts(tracker))
        return []


# What we last asked that a plain "no" declines: "Is there anything else ...?", "What would you like to do
# next?"
OFFERS_OF_MORE = ("utter_thank", "utter_offer_next")


def _last_said(tracker: Tracker) -> str | None:
    """The response our last message came from, if it came from one."""
    for event in reversed(tracker.events):
        if event.get("event") == "bot":
            return (event.get("metadata") or {}).get("utter_action")
    return None


def _carrying_on(tracker: Tracker, text: str, intent: str | None) -> str:
    """The reply to an "ok", "no" or aside when nothing stands: thanks, out of scope, what next, or, to a
    "no" after we offered more ("nah all good", "No, that is all. Good afternoon."), goodbye."""
    if intent in ("deny", "dismiss") and _last_said(tracker) in OFFERS_OF_MORE:
        return "utter_goodbye"
    if moves.thanks(text):  # "ok thnx", "cheers": read from the words whatever the classifier said
        return "utter_thank"
    if intent == "out_of_scope":
        return "utter_out_of_scope"
    # (after advice, "ok" asks what next, not about the pain)
    return "utter_offer_next" if tracker.get_slot("triage_level") else "utter_what_next"


class ActionReplyToThanks(Action):
    """Thanks, read with the rest of the message: a question asked with it is answered ("Thank you. And
    the Aleve with my blood pressure tablet?"), a goodbye gets a goodbye, plain thanks a welcome."""

    def name(self) -> str:
        return "action_reply_to_thanks"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        if correction := takes_back_an_answer(tracker):
            # "ok well i literally cant sit for a shift so idk. thanks i guess" after self-care (persona run
            # 34's replay: "You're welcome"): a fact that raises the level, with the thanks
            return correct(dispatcher, tracker, correction)
        text, _ = latest_text_and_intent(tracker)
        reply_to_question_or_thanks(dispatcher, tracker, text, moves.question_in(text))
        return kept_facts(tracker)


def reply_to_question_or_thanks(dispatcher: CollectingDispatcher, tracker: Tracker, text: str,
                                question: str | None) -> None:
    """The question asked in the message answered (whether to see someone: the outcome restated), or else a
    goodbye or a welcome."""
    if question and tracker.get_slot("triage_level") and moves.asks_whether_to_see_someone(question):
        stand_firm(dispatcher, tracker, None)  # "so I don't need to phone the doctor then?"
    elif question:
        answer_question(dispatcher, tracker, question)
    elif moves.says_goodbye(text) or tracker.get_slot("triage_level") in ESCALATED:
        say_goodbye(dispatcher, tracker)  # (thanks after "call 111 now" is no time for "anything else?")
    else:
        dispatcher.utter_message(response="utter_thank")


class ActionGoodbye(Action):
    def name(self) -> str:
        return "action_goodbye"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        say_goodbye(dispatcher, tracker)
        return []


class ActionCorrectAnswer(Action):
    """An earlier answer corrected outside the questions: change it, say so, and recompute the outcome."""

    def name(self) -> str:
        return "action_correct_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        update = reading_of_latest(tracker)
        text, _ = latest_text_and_intent(tracker)
        if (not update.values and not tracker.get_slot("crisis_active")
                and change_plan_if_asked(dispatcher, tracker, text)):
            return []  # "actually make it 10 minutes": the plan's minutes, not a triage answer
        return correct(dispatcher, tracker, update)


def correct(dispatcher: CollectingDispatcher, tracker: Tracker, update: Update) -> list[EventType]:
    """Replace the answers a message corrects (its `update`), say so, and recompute the outcome."""
    answers = answers_from(tracker)
    if not update.values:
        if tracker.get_slot("crisis_active"):
            dispatcher.utter_message(response="utter_crisis_not_taken_back", **contacts(tracker))
        else:
            dispatcher.utter_message(response="utter_correction_unclear")
        return []
    say_changes(dispatcher, update.corrected)
    events = slot_events(update, tracker)
    previous = tracker.get_slot("triage_level")
    if previous is None:  # no outcome given yet: the change is kept for when it is
        return events
    answers.update(update.values)
    words = {**(tracker.get_slot("red_flag_words") or {}), **update.red_flag_words}
    outcome = build_outcome(answers, words)
    if next_question(answers) is not None and outcome.level != previous:
        # The outcome came early (a red flag ended the questions) and the correction took it back: the
        # questions it cut short are asked now, and the outcome follows them.
        dispatcher.utter_message(response="utter_triage_resume")
        return [*events, SlotSet("triage_level", None), FollowupAction(TRIAGE_FORM)]
    if outcome.level == previous:
        dispatcher.utter_message(response="utter_outcome_unchanged")
        stand_firm(dispatcher, tracker, None)  # the outcome in force, in the domain's words
    else:
        dispatcher.utter_message(response="utter_outcome_changed")
        say_outcome(dispatcher, outcome, tracker)
        record_outcome(tracker.sender_id, outcome)
    return [*events, SlotSet("triage_level", outcome.level),
            SlotSet("crisis_active", "self_harm" in outcome.payload["triage"]["red_flags"]
                    or bool(tracker.get_slot("crisis_active")))]


class ActionTriageProgress(Action):
    def name(self) -> str:
        return "action_triage_progress"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        # ("how many more of these ffs. im in cairns btw": the numbers change, and it says so)
        events = announce_region(dispatcher, tracker)
        if tracker.active_loop_name != TRIAGE_FORM:
            dispatcher.utter_message(response="utter_triage_progress_none")
            return events
        count = questions_left(answers_from(tracker))
        dispatcher.utter_message(response="utter_triage_progress", count=count)
        return events


class ActionHoldQuestion(Action):
    """A question asked during the safety questions: a medicine that needs a pharmacist is answered at once
    (short, and safe whatever the outcome); anything else is kept and answered after the outcome."""

    def name(self) -> str:
        return "action_hold_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        text, _ = latest_text_and_intent(tracker)
        return [*kept_facts(tracker), *hold_question(dispatcher, tracker, text)]


def hold_question(dispatcher: CollectingDispatcher, tracker: Tracker, question: str,
                  questions_to_come: bool = True) -> list[EventType]:
    """A medicine question that needs a pharmacist is answered at once; any other is acknowledged and kept
    for after the outcome (with no question to come, it is kept without a word: the outcome follows at once
    and answers it)."""
    if medicines.referral_reason(question):
        answer_question(dispatcher, tracker, question)
        return []
    if moves.asks_who_is_on_chat(question):  # short and safe: answered at once, plainly
        dispatcher.utter_message(response="utter_handoff", **contacts(tracker))
        return []
    if moves.fears_something_serious(question):  # "could this be cancer?": kindly, at once
        dispatcher.utter_message(response="utter_worry", **contacts(tracker))
        return []
    term = moves.word_asked_about(question)
    if term:  # "what is sciatica?", "what mean 'numbness'?": a word from the questions, explained at once
        dispatcher.utter_message(response=f"utter_explain_{term}")
        return []
    held = list(tracker.get_slot("held_questions") or [])
    if len(held) < MAX_HELD_QUESTIONS and not any(moves.asks_the_same(question, earlier) for earlier in held):
        held.append(question[:MAX_HELD_CHARS])
    if questions_to_come:
        dispatcher.utter_message(response="utter_question_held")
    return [SlotSet("held_questions", held)]


class ActionAcknowledgeWorry(Action):
    def name(self) -> str:
        return "action_acknowledge_worry"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(response="utter_worry", **contacts(tracker))
        text, _ = latest_text_and_intent(tracker)
        if tracker.get_slot("triage_level") in ESCALATED:
            stand_firm(dispatcher, tracker, None)
        elif tracker.get_slot("triage_level") and moves.asks_whether_to_see_someone(text):
            # "Right so I should ring the GP then? I've been putting it off cos I'm dead scared" (persona run
            # 31, after `soon`: only the kind words): the outcome's answer too
            stand_firm(dispatcher, tracker, None)
        elif tracker.active_loop_name != TRIAGE_FORM and tracker.get_slot("triage_level") is None:
            own_fear = tells_own_pain(text) or moves.fears_something_serious(text)
            if own_fear and not tracker.get_slot("crisis_active"):
                # a fear about one's own pain ("could this be cancer?"): the questions are how we find out
                return start_questions(dispatcher, tracker)
            dispatcher.utter_message(response="utter_firm_no_triage", **contacts(tracker))
        return kept_facts(tracker)


class ActionConfirmRestart(Action):
    """Clearing the conversation is asked first: an answer misread as "start again" can never wipe it."""

    def name(self) -> str:
        return "action_confirm_restart"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        if tracker.get_slot("crisis_active"):
            dispatcher.utter_message(response="utter_crisis_still_here", **contacts(tracker))
        dispatcher.utter_message(response="utter_confirm_restart")
        return []


class ActionAboutTheAssistant(Action):
    """"Are you a bot?" and other questions about the assistant itself, each answered for what it asks:
    which languages it reads, where the answers go, who is behind it and where its advice comes from."""

    RESPONSES = {"language": "utter_about_language", "privacy": "utter_about_privacy",
                 "makers": "utter_about_makers", "abilities": "utter_about_abilities"}

    def name(self) -> str:
        return "action_about_the_assistant"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        text, _ = latest_text_and_intent(tracker)
        kind = moves.about_the_assistant(text)
        if kind == "numbers":  # "this number is for new zealand?": which country's, and how to change them
            dispatcher.utter_message(response="utter_intro_region", region_name=region_of(tracker).name)
            return []
        dispatcher.utter_message(response=self.RESPONSES.get(kind, "utter_iamabot"))
        return []


class ActionRepeatLast(Action):
    """"Say that again": the assistant's last reply once more, buttons and payloads included (a check
    question keeps its payload, so channels and staff still see it)."""

    def name(self) -> str:
        return "action_repeat_last"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        last_reply = _last_reply(tracker.events)
        if not last_reply:
            dispatcher.utter_message(response="utter_what_next")
            return []
        dispatcher.utter_message(response="utter_repeat_lead")
        for event in last_reply:
            data = event.get("data") or {}
            dispatcher.utter_message(text=event.get("text"), buttons=data.get("buttons") or [],
                                     json_message=data.get("custom"))
        return []


def _last_reply(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The bot messages between the two latest user messages."""
    users = [i for i, event in enumerate(events) if event.get("event") == "user"]
    if len(users) < 2:
        return []
    return [event for event in events[users[-2] + 1:users[-1]] if event.get("event") == "bot"]
