"""The triage form: start it, read each answer, pick the next question, explain a question on request."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.checks import explain, open_check, pending_check, read_check_reply, slot_events
from actions.common import (
    announce_region,
    answers_from,
    answers_the_clearing_question,
    ask_details,
    asks_something,
    contacts,
    introduce_questions,
    latest_reading,
    latest_text_and_intent,
    note_typing_for_someone,
    progress_from,
    say_changes,
    tell_of_someone_elses_red_flag,
    tells_no_new_sign,
)
from actions.conversation import hold_question
from actions.firm import TRIAGE_FORM, stand_firm
from actions.knowledge import answers_by_triage, start_questions
from actions.outcome import outcome_payload
from actions.privacy import about_deleting_data
from clinical import moves
from clinical.findings import Urgency
from clinical.language import normalise
from clinical.outcome import build_outcome
from clinical.triage import (
    BY_SLOT,
    CHECK_SLOT,
    MAX_MISSES,
    MAX_RED_FLAG_MISSES,
    QUICK_PATH,
    UNKNOWN,
    Update,
    interpret,
    next_question,
    questions_left,
    quick_path_worth_offering,
)

URGENT = Urgency.URGENT.label


class ActionStartTriage(Action):
    """Reads the opening message (facts given before any question) and introduces the questions."""

    def name(self) -> str:
        return "action_start_triage"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        answers = answers_from(tracker)
        text, intent = latest_text_and_intent(tracker)
        update = interpret(text, intent, None, answers, [], mentions=latest_reading(tracker))
        say_changes(dispatcher, update.corrected)
        tell_of_someone_elses_red_flag(dispatcher, tracker)
        worry_answered = moves.worried(text)
        if worry_answered:  # "I'm scared it's serious": said kindly before any question
            dispatcher.utter_message(response="utter_worry", **contacts(tracker))
        events = announce_region(dispatcher, tracker)
        question = moves.side_question_after_answer(text) or moves.question_before_the_story(text)
        if worry_answered and question and moves.fears_something_serious(question):
            # ("I'm honestly frightened it's something serious. Can you tell me if it's cancer?": answered by
            # the kind words just said, not kept to be answered from the sources after the outcome)
            question = None
        if question and not moves.asks_whether_to_see_someone(question):
            # "sore since I lifted a couch on Sunday, how do I stop it happening again" (or the question
            # first): kept for after the safety questions, which the pain told starts (whether to see
            # someone they answer)
            # ("Should I take a few days off work?" after the outcome: no safety question comes before it)
            to_come = next_question({**answers, **update.values}) is not None
            events.extend(hold_question(dispatcher, tracker, question, questions_to_come=to_come))
        events.extend(note_typing_for_someone(dispatcher, tracker))
        if not answers and next_question({**answers, **update.values}) is not None:
            introduce_questions(dispatcher, {**answers, **update.values})
        return [*events, *slot_events(update, tracker)]


class ValidateTriageForm(FormValidationAction):
    """Every message during triage: take what it answers, check a possible red flag with one question,
    then choose the next question (or finish)."""

    def name(self) -> str:
        return "validate_triage_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        if about_deleting_data(tracker) or answers_the_clearing_question(tracker):
            # not an answer to this form's question: step aside (the question is asked again)
            return [SlotSet("requested_slot", tracker.get_slot("requested_slot"))]
        tell_of_someone_elses_red_flag(dispatcher, tracker)
        for_someone = note_typing_for_someone(dispatcher, tracker)  # "it's my son's back, not mine"
        answers = answers_from(tracker)
        progress = progress_from(tracker)
        pending = pending_check(tracker)
        if pending:
            reply = read_check_reply(dispatcher, tracker, domain, pending, answers, progress)
            if reply.still_open:
                return [*for_someone, *reply.events, SlotSet("requested_slot", CHECK_SLOT)]
            next_slot = next_question(answers)
            return [*for_someone, *reply.events,
                    *say_level_so_far(dispatcher, tracker, answers, progress, next_slot, reply.update),
                    SlotSet("requested_slot", next_slot)]

        requested = tracker.get_slot("requested_slot")
        text, intent = latest_text_and_intent(tracker)
        update = interpret(text, intent, requested, answers, progress["explained"],
                           checked=tuple(progress["checked"]), mentions=latest_reading(tracker))
        events = [*for_someone, *announce_region(dispatcher, tracker), *slot_events(update, tracker)]
        answers.update(update.values)
        say_changes(dispatcher, update.corrected)
        if (intent == "red_flag" and requested in BY_SLOT and requested not in update.values
                and tells_no_new_sign(tracker, update) and asks_something(text)):
            # "would I be alright taking ibuprofen with the methotrexate?" while the emergency questions are
            # asked after `urgent` (persona run 37 replay: the methotrexate read as the sign already told, and
            # the question passed over): kept for after the questions, and the question asked again
            return [*events, *hold_question(dispatcher, tracker, text), SlotSet("requested_slot", requested)]
        if (requested in BY_SLOT and requested not in update.values and not answers.get(QUICK_PATH)
                and moves.asks_for_the_lists(text)):
            # "Quicker, please" with no answer (persona run 32: taken as "why do you ask?"): the lists from
            # here on, starting with the question not yet answered
            dispatcher.utter_message(response="utter_quick_path_on")
            answers[QUICK_PATH] = True
            return [*events, SlotSet(QUICK_PATH, True), SlotSet("requested_slot", next_question(answers))]
        if update.explain:
            progress["explained"].append(update.explain)
            # ("not sure what you mean by saddle area" at the bladder question: the saddle area explained)
            explain(dispatcher, domain, moves.word_asked_about(text) or update.explain)
            events.append(SlotSet("triage_progress", progress))
        elif requested in BY_SLOT and requested not in update.values and moves.asks_for_a_moment(text):
            # "Hang on, I'll ask him." (persona run 34: "Sorry, I didn't quite get that"): no miss counted
            dispatcher.utter_message(response="utter_take_your_time")
        elif (update.missed and requested) or (requested in BY_SLOT and requested not in update.values
                                                  and (came_back_after_not_understood(tracker)
                                                       or said_again_to_the_same_question(tracker))):
            # ("🤷", "🍺📦⬆️" to the question of how it started: the fallback said it was not understood, and
            # the same question must not come back for ever)
            misses = progress["misses"].get(requested, 0) + 1
            progress["misses"][requested] = misses
            safety_question = BY_SLOT[requested].kind == "red_flag"
            if misses >= (MAX_RED_FLAG_MISSES if safety_question else MAX_MISSES):
                # move on; a red-flag question is never silently taken as "no"
                value = "unsure" if safety_question else UNKNOWN
                answers[requested] = value
                events.append(SlotSet(requested, value))
            elif safety_question and misses == MAX_RED_FLAG_MISSES - 1:
                dispatcher.utter_message(response="utter_triage_missed_plainly")
            elif update.missed:
                dispatcher.utter_message(response="utter_triage_missed")
            events.append(SlotSet("triage_progress", progress))

        # "no. also can I still drive the forklift?": the answer taken, the question kept. (The dialogue rule
        # that keeps a question runs only when the form finds no answer, so whatever the classifier said,
        # the question is kept here.)
        side_question = moves.side_question_after_answer(text) if requested in update.values else None
        if requested in update.values and moves.asks_for_the_lists(text) and not answers.get(QUICK_PATH):
            # "nah. can we do the quicker lists", "No. Nothing in the legs at all. Quicker: show them as
            # lists": the answer taken, and the lists from here on
            dispatcher.utter_message(response="utter_quick_path_on")
            answers[QUICK_PATH] = True
            events.append(SlotSet(QUICK_PATH, True))
        elif side_question and not moves.asks_for_the_lists(side_question):
            # (not "can we speed this up" once on the lists: kept, it was later "answered" with "I don't have
            # information on that", persona run 36)
            events.extend(hold_question(dispatcher, tracker, side_question))
        elif requested in update.values and moves.asks_how_many_more(text):  # "no. how many more questions?"
            dispatcher.utter_message(response="utter_triage_progress", count=questions_left(answers))
        elif requested in update.values and not update.explain:
            # "Why are you asking that? Do you think it's cancer? No, I've never had it": the answer taken,
            # and the questions said beside it answered, not passed over
            if moves.asks_why_it_is_asked(text):
                explain(dispatcher, domain, requested)
            if moves.fears_something_serious(text):
                dispatcher.utter_message(response="utter_worry", **contacts(tracker))
        check = open_check(dispatcher, update, answers)
        if check:
            return [*events, *check]
        # No answer at all (a side question): only requested_slot is returned, so the form steps aside
        # and the dialogue rules answer the side question, then come back to the same question.
        just_answered = requested if requested in update.values else None
        next_slot = next_question(answers, just_answered)
        if just_answered and requested != next_slot and not progress["quick_path_offered"] \
                and quick_path_worth_offering(answers, next_slot):
            # offered once more, when the length is felt: before the leg questions, with the count
            dispatcher.utter_message(response="utter_quick_path_reminder", count=questions_left(answers),
                                     quick_count=questions_left({**answers, QUICK_PATH: True}))
            progress["quick_path_offered"] = True
            events.append(SlotSet("triage_progress", progress))
        events.extend(say_level_so_far(dispatcher, tracker, answers, progress, next_slot, update))
        events.append(SlotSet("requested_slot", next_slot))
        return events


# Replies the dialogue rules answer with "not understood" or "I can only help with back pain" before the form
# comes back to its open question.
NOT_UNDERSTOOD = {"nlu_fallback": "action_handle_fallback", "out_of_scope": "utter_out_of_scope"}


def came_back_after_not_understood(tracker: Tracker) -> bool:
    """The form is back at its question after the message was answered as not understood: that counts as an
    unreadable answer to the question."""
    _, intent = latest_text_and_intent(tracker)
    return intent in NOT_UNDERSTOOD and tracker.latest_action_name == NOT_UNDERSTOOD[intent]


def said_again_to_the_same_question(tracker: Tracker) -> bool:
    """The same words sent again to the same question, with nothing read from them: no answer, however the
    dialogue rules took them the first time. ("just a small slip, nothing serious" to the thin-bones
    question was answered as asking how soon, and the question came back for ever: vignette probes.) A
    message is counted once: counted, it is answered as not understood, not set aside for the rules."""
    users = [i for i, e in enumerate(tracker.events) if e.get("event") == "user"]
    if len(users) < 2:
        return False
    before, now = tracker.events[users[-2]], tracker.events[users[-1]]
    asked = tracker.get_slot("requested_slot")
    moved_on = any(e.get("event") == "slot" and e.get("name") == "requested_slot" and e.get("value") != asked
                   for e in tracker.events[users[-2]:users[-1]])
    return not moved_on and normalise(before.get("text") or "") == normalise(now.get("text") or "")


def say_level_so_far(dispatcher: CollectingDispatcher, tracker: Tracker, answers: dict[str, Any],
                     progress: dict[str, Any], next_slot: str | None, update: Update) -> list[EventType]:
    """A red flag answered yes is told at once, with its level, when questions that could only raise that
    level still follow ("is the weakness getting worse?"): a person who stops answering has already been
    told to see a doctor today. The full outcome still comes after them."""
    if next_slot is None or progress["level_said"] == URGENT:
        return []
    words = {**(tracker.get_slot("red_flag_words") or {}), **update.red_flag_words}
    outcome = build_outcome(answers, words)
    if outcome.level != URGENT:
        return []  # (only `urgent` has follow-ups that can raise it: emergency is the top)
    lines = contacts(tracker)
    dispatcher.utter_message(response="utter_urgent_so_far", json_message=outcome_payload(outcome, lines,
                                                                                       so_far=True),
                             reasons=outcome.reasons_text, **lines)
    progress["level_said"] = URGENT
    return [SlotSet("triage_progress", progress)]


class ActionExplainQuestion(Action):
    """'Why do you ask?' / 'what does that mean?' during triage; and "don't want to answer that, move on":
    the safety question is not skipped, so why it is asked is said, with "not sure" as a way on."""

    def name(self) -> str:
        return "action_explain_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        requested = tracker.get_slot("requested_slot")
        text = tracker.latest_message.get("text") or ""
        if tracker.latest_message.get("intent", {}).get("name") == "dismiss":
            dispatcher.utter_message(response="utter_skip_not_offered")
        else:  # "what does saddle area mean?" at the bladder question explains the saddle area
            if moves.worried_by_the_question(text) and tracker.active_loop_name == TRIAGE_FORM:
                dispatcher.utter_message(response="utter_asked_of_everyone")
            requested = moves.explained_term(text) or requested
            if requested is None and tracker.get_slot("triage_level") and tracker.active_loop_name is None:
                # "What do you mean by that?" after the outcome asks about the outcome, not a question
                stand_firm(dispatcher, tracker, None)
                return []
            if requested is None and answers_by_triage(tracker, text):
                # "I asked how quickly I need to see my doctor about my back" before any question (persona
                # run 32: "Each question helps me ..." twice, and no question): the questions answer it
                return start_questions(dispatcher, tracker, "utter_triage_to_answer")
        response = f"utter_explain_{requested}"
        if response not in domain.get("responses", {}):
            response = "utter_explain_generic"
        dispatcher.utter_message(response=response)
        asked = tracker.get_slot("requested_slot")  # (the form's question, not a word explained)
        if tracker.active_loop_name != TRIAGE_FORM or asked not in BY_SLOT:
            return []
        # "Never in my life ... nothing set it off ... I'm 63. Why does my age matter?" (persona run 32: asked
        # again word for word after the explanation): the facts told beside "why?" are kept, so the question
        # that follows asks only what is still missing. (Safety answers are left to the form, which reads
        # them with their checks.)
        update = interpret(text, "inform", asked, answers_from(tracker), [], mentions=latest_reading(tracker))
        return [SlotSet(slot, value) for slot, value in update.values.items()
                if slot in BY_SLOT and BY_SLOT[slot].kind != "red_flag"]


class ActionAskDetails(Action):
    """The triage form's open question for details (Rasa asks a form slot with `action_ask_<slot>`)."""

    def name(self) -> str:
        return "action_ask_details"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        ask_details(dispatcher, tracker, domain)
        return []


class ActionAskBothLegs(Action):
    """"Both legs or just one?", naming what was told: weakness (with the other signs), numbness or pain."""

    def name(self) -> str:
        return "action_ask_both_legs"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        told = {slot for slot in ("leg_weakness", "leg_numbness", "leg_pain")
                if tracker.get_slot(slot) == "yes"}
        response = ("utter_ask_both_legs" if "leg_weakness" in told or len(told) != 1
                    else "utter_ask_both_legs_numbness" if "leg_numbness" in told
                    else "utter_ask_both_legs_pain")
        dispatcher.utter_message(response=response)
        return []


class ActionChooseQuickPath(Action):
    """The person chose to see the safety questions as short lists; the form then asks the next list."""

    def name(self) -> str:
        return "action_choose_quick_path"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(response="utter_quick_path_on")
        return [SlotSet(QUICK_PATH, True)]
