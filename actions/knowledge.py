"""Questions about back pain and its care, answered from the knowledge base with their sources."""
from __future__ import annotations

import logging
import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.common import (
    MAX_HELD_CHARS,
    announce_region,
    answers_from,
    contacts,
    introduce_questions,
    kept_facts,
    latest_text_and_intent,
    note_typing_for_someone,
    tell_of_someone_elses_red_flag,
    tells_what_raises_the_outcome,
)
from actions.firm import ESCALATED, TRIAGE_FORM, stand_firm
from actions.plan_changes import change_plan_if_asked
from clinical import knowledge, medicines, moves
from clinical.case_summary import summary_for_a_doctor
from clinical.findings import Urgency
from clinical.language import names_someone_elses_body, speaks_for_someone, tells_own_pain
from clinical.parsing import duration_band
from clinical.questions import (
    ACTIVITY_TOPIC,
    SEEKING_HELP_TOPIC,
    SELF_CARE_TOPIC,
    asks_about_an_activity_not_named,
    asks_about_an_aid_not_covered,
    asks_about_cancer_in_the_family,
    asks_about_work_certificate,
    asks_in_pregnancy,
    question_topics,
    separate_questions,
)

logger = logging.getLogger(__name__)
WHAT_TO_DO = {"emergency": "call {emergency_number} or go to an emergency department now",
              "urgent": "see a doctor today"}
# Why a medicine question goes to a pharmacist or doctor (clinical/medicines.py), said in the domain's words.
REFERRALS = {"someone_else": "utter_medicine_someone_else", "condition": "utter_medicine_condition",
             "stop_or_change": "utter_medicine_stop_or_change", "alcohol": "utter_medicine_alcohol",
             "combination": "utter_medicine_combination", "dose": "utter_medicine_ask_professional"}
MEDICINE_NOTES = {"not_in_sources": "utter_medicine_not_in_sources",
                  "contains_opioid": "utter_medicine_contains_opioid"}
# The red flags an answer names, each said at its own level (clinical/findings.py) with the region's numbers.
SIGNS_AT_LEVEL = {"emergency": "utter_knowledge_signs_emergency", "urgent": "utter_knowledge_signs_urgent"}


class ActionAnswerQuestion(Action):
    def name(self) -> str:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[EventType]:
        # ("I'm in Galway btw not New Zealand haha. but is it just a rowing back ...?": the numbers changed
        # silently, persona run 35) where the person is, said before the answer
        return [*announce_region(dispatcher, tracker), *self._reply(dispatcher, tracker)]

    @staticmethod
    def _reply(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
        text, _ = latest_text_and_intent(tracker)
        if tells_what_raises_the_outcome(tracker):  # "would it matter that I have thin bones?" after a fall
            return [FollowupAction("action_correct_answer")]
        if tracker.get_slot("triage_level") in ESCALATED and moves.asks_for_a_summary(text):
            stand_firm(dispatcher, tracker, None)  # the summary to tell them, then the instruction
            return kept_facts(tracker)
        if tracker.get_slot("triage_level") and moves.asks_for_a_summary(text):
            # "could you write me a short summary I can hand to Dr. Okafor?" (persona run 26)
            dispatcher.utter_message(response="utter_summary_for_doctor", summary=summary_for_a_doctor(
                answers_from(tracker), tracker.get_slot("red_flag_words") or {}))
            return kept_facts(tracker)
        if answers_by_triage(tracker, text):  # "should I see a doctor?" is what the questions answer
            return start_questions(dispatcher, tracker, "utter_triage_to_answer")
        if change_plan_if_asked(dispatcher, tracker, text):  # "can I do 3 days a week instead of 4?"
            return kept_facts(tracker)
        term = moves.word_asked_about(text)
        if term in moves.OUTCOME_WORDS and tracker.get_slot("triage_level"):  # "What exactly is urgent care?"
            dispatcher.utter_message(response=f"utter_explain_{term}")
            if tracker.get_slot("triage_level") in ESCALATED:
                stand_firm(dispatcher, tracker, None)
            return kept_facts(tracker)
        if tracker.get_slot("triage_level") and moves.asks_whether_to_see_someone(text):
            stand_firm(dispatcher, tracker, None)  # "so do I need to see anyone?": the outcome, restated
            if moves.asks_about_access(text):  # "... roughly how much and do i need a gp first?": the cost
                dispatcher.utter_message(response="utter_access_not_covered", **contacts(tracker))
            return kept_facts(tracker)
        kind = moves.getting_help_question(text)
        if kind and tracker.get_slot("triage_level") in ESCALATED:
            # "can my wife just drive me in the car?" after an emergency: how to get the help, not knowledge
            stand_firm(dispatcher, tracker, kind)
            return kept_facts(tracker)
        if opens_with_own_pain(tracker, text):  # "pain in back since 5 weeks. Is normal?": safety first
            return questions_first(dispatcher, tracker, text)
        if tell_of_someone_elses_red_flag(dispatcher, tracker) == Urgency.EMERGENCY.label:
            # "one of the dishies just fell off the loading dock ... cant get up. what do i do": the emergency
            # for him is the answer (self-care advice after it would confuse)
            return kept_facts(tracker)
        if asks_advice_on_the_pain_told(tracker, text):
            # "Yes, the backache itself, as I said. It has been going on for about a week and I should be
            # grateful for some advice on it." (persona run 33: "I don't have information on that")
            return start_questions(dispatcher, tracker, "utter_triage_to_answer")
        if tracker.get_slot("triage_level") and moves.fears_something_serious(text):
            # "So you don't think it's cancer? Can I get a scan to be sure?" (persona run 31: only the scan
            # was answered): the fear first, kindly and honestly
            dispatcher.utter_message(response="utter_worry", **contacts(tracker))
        answer_question(dispatcher, tracker, text)
        if before_any_outcome(tracker) and tells_own_pain(text):
            # "threw my back out under a truck monday. need something stronger than advil, what should i
            # take" (persona run 35): the medicine question answered at once, then the safety questions,
            # which had never started (four messages went by)
            return start_questions(dispatcher, tracker, "utter_triage_meanwhile")
        return kept_facts(tracker)


def questions_first(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> list[EventType]:
    """The safety questions started, and the person's question kept to be answered after them."""
    held = [*(tracker.get_slot("held_questions") or []), text[:MAX_HELD_CHARS]]
    return [*start_questions(dispatcher, tracker, "utter_triage_first"), SlotSet("held_questions", held)]


def start_questions(dispatcher: CollectingDispatcher, tracker: Tracker,
                    why: str | None = None) -> list[EventType]:
    """The triage questions started from outside the triage rules: say why (a response), introduce them,
    keep the facts in the message (questions included: they are about the person's own pain) and hand
    over to the form."""
    if why:
        dispatcher.utter_message(response=why)
    for_someone = note_typing_for_someone(dispatcher, tracker)
    introduce_questions(dispatcher, answers_from(tracker))
    return [*for_someone, *kept_facts(tracker, questions_too=True), FollowupAction(TRIAGE_FORM)]


def before_any_outcome(tracker: Tracker) -> bool:
    return (tracker.get_slot("triage_level") is None and not tracker.get_slot("crisis_active")
            and tracker.active_loop_name is None)


def answers_by_triage(tracker: Tracker, text: str) -> bool:
    """A person with no outcome yet asks whether they should see someone: the triage answers that."""
    return before_any_outcome(tracker) and moves.asks_whether_to_see_someone(text)


# said to be typed for the person ("I'm typing for my husband"), not a question about someone ("My mum has had
# back pain for a week. What should she do?" is answered from the sources)
_TYPING_FOR = re.compile(r"\b(typing|writing|asking|messaging|chatting|texting|on here) (this )?"
                         r"(for|on behalf of)\b|\bon (his|her|their) behalf\b", re.IGNORECASE)


def opens_with_own_pain(tracker: Tracker, text: str) -> bool:
    """Someone tells of their own pain and asks something ("is it normal?", "is this sciatica?") before
    any outcome: the safety questions come first and the question is answered after them. A medicine
    question is answered at once (who to ask, never a dose), as it is during the questions; a medicine only
    named as tried ("panadol does nothing. what can i do") makes no medicine question."""
    question = moves.question_in(text)
    # ("Hot packs, nurofen, stretches, nothing works", with no question at all: vignette set 3, answered
    # with medicine information and no triage)
    asks_about_a_medicine = (bool(medicines.referral_reason(text))
                             or (question is not None and medicines.mentions_medicine(question)))
    # (typed for someone, their pain is the one asked about: "I'm typing for my husband ... his back has
    # suddenly gone really bad ... What should we do?" got an answer on how long back pain lasts: persona
    # run 33)
    told = tells_own_pain(text) or (bool(_TYPING_FOR.search(text)) and speaks_for_someone(text)
                                    and moves.tells_of_the_pain(text))
    return before_any_outcome(tracker) and told and not asks_about_a_medicine


def asks_advice_on_the_pain_told(tracker: Tracker, text: str) -> bool:
    """Before any outcome, the pain told and advice asked with no subject of the sources: the questions are
    the answer (not "I don't have information on that")."""
    if (not before_any_outcome(tracker) or not moves.tells_of_the_pain(text)
            or medicines.mentions_medicine(text)
            # ("My mum has had back pain for a week. What should she do?": a question about someone, answered)
            or ((speaks_for_someone(text) or names_someone_elses_body(text))
                and not _TYPING_FOR.search(text))):
        return False
    try:
        return not question_topics(text, knowledge.topics_in_database())
    except SQLAlchemyError:
        return False


def answer_question(dispatcher: CollectingDispatcher, tracker: Tracker, text: str,
                    level: str | None = None) -> None:
    """A question answered from the knowledge base with its source (after an escalation, after the reminder);
    a medicine question that needs a pharmacist or doctor gets who to ask and why. Two questions in one
    message ("can I take his Panadeine? and do I need an X-ray?") get an answer each. `level` is the outcome
    just given, when it is not in the tracker yet."""
    level = level or tracker.get_slot("triage_level")
    text = moves.without_plans_to_ask_someone(text)
    reason = medicines.referral_reason(text)
    if tracker.get_slot("crisis_active") and (reason or medicines.mentions_medicine(text)):
        stand_firm(dispatcher, tracker, None)  # in a crisis, never medicine information: the lines again
        return
    try:
        known = knowledge.topics_in_database()
        parts = [part for part in separate_questions(text)
                 if medicines.referral_reason(part) or question_topics(part, known)
                 or asks_about_work_certificate(part) or asks_about_cancer_in_the_family(part)] or [text]
        if reason and not any(medicines.referral_reason(part) for part in parts):
            parts = [text]  # "can I take ibuprofen? I have asthma": the reason to ask someone spans both
    except SQLAlchemyError as exc:
        logger.error("Knowledge base unavailable (%s): check BACKCARE_DATABASE_URL and run "
                     "`python -m clinical.knowledge load`", type(exc).__name__)
        known, parts = [], [text]
    answered: set[str] = set()
    for number, part in enumerate(parts):
        # ("do I need an x-ray and would an MRI show more?": two parts, one topic, answered once)
        topic = next(iter(question_topics(part, known)), None) if known and len(parts) > 1 else None
        if topic is not None and topic in answered and not medicines.referral_reason(part):
            continue
        answered.add(topic or f"part {number}")
        _answer_one(dispatcher, tracker, part, level, known, first=number == 0)


def _condition_told_before(tracker: Tracker, text: str) -> str | None:
    """"A girl at work says ibuprofen is fine. Can I take it?" from someone who said earlier in the chat
    that she is 28 weeks pregnant: what was told before still needs a pharmacist's or doctor's word."""
    if not medicines.asks_whether_to_take(text):
        return None
    earlier = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"][:-1]
    return "condition" if any(medicines.tells_of_a_condition(said) for said in earlier) else None


def _answer_one(dispatcher: CollectingDispatcher, tracker: Tracker, text: str, level: str | None,
                known: list[tuple[str, list[str]]], first: bool) -> None:
    """One question answered; the reminder after an escalation comes before the first answer only."""
    escalated = level in WHAT_TO_DO
    reason = medicines.referral_reason(text) or _condition_told_before(tracker, text)
    if reason:  # never a dose, never start/stop/combine advice: who to ask, and why
        if first:
            remind_after_escalation(dispatcher, level, tracker)
        dispatcher.utter_message(response=REFERRALS[reason], **contacts(tracker))
        # ("is it OK to keep taking Tylenol now and then and using my heating pad?", persona run 33: the heat
        # asked beside the medicine was never answered)
        besides = [topic for topic in question_topics(text, known) if not _is_about_medicines(topic)]
        if besides and level not in WHAT_TO_DO:
            _say_topic(dispatcher, tracker, besides[0], level)
        return
    if asks_about_cancer_in_the_family(text):  # not the red flag: say so, and tell the doctor anyway
        if first:
            remind_after_escalation(dispatcher, level, tracker)
        dispatcher.utter_message(response="utter_cancer_in_the_family", **contacts(tracker))
        return
    long_term = medicines.asks_about_long_term(text)  # "long-term" is about long-lasting pain
    in_general = certificate = False
    aid = asks_about_an_aid_not_covered(text)
    pregnancy = asks_in_pregnancy(text)
    access = moves.asks_about_access(text)
    try:
        topics = question_topics(text, known)
        certificate = asks_about_work_certificate(text)
        in_general = not certificate and not aid and asks_about_an_activity_not_named(text, topics, known)
        if in_general or certificate:
            topics = [ACTIVITY_TOPIC]
        elif (aid or pregnancy or (access and _WHAT_I_CAN_DO.search(text.lower()))) and not topics:
            # "can I use Tiger Balm?": the closest is self-care; so is "is there anything free i can do"
            # (persona run 31: only "the guides don't cover costs")
            topics = [SELF_CARE_TOPIC]
        result = _sources_on(topics[0], tracker, level, long_term) if topics else None
    except SQLAlchemyError as exc:
        logger.error("Knowledge base unavailable (%s): check BACKCARE_DATABASE_URL and run "
                     "`python -m clinical.knowledge load`", type(exc).__name__)
        result = None
    if escalated and (in_general or certificate or (topics and topics[0] in _WAIT_FOR_THE_DOCTOR)):
        # "will I be right to play Saturday?", "can I still be on call this weekend?" after "call 111 now":
        # not the sources on keeping active and working, but who can say, once seen
        if first:
            remind_after_escalation(dispatcher, level, tracker)
        if not any(m.get("response") == "utter_activity_after_escalation" for m in dispatcher.messages):
            # ("is reffing Saturday off the cards? And do I need to take time off school?": said once)
            dispatcher.utter_message(response="utter_activity_after_escalation", **contacts(tracker))
        if access:  # ("righto. the missus can drive me. does it count as acc do you reckon", persona run 33)
            dispatcher.utter_message(response="utter_access_not_covered", **contacts(tracker))
        return
    if escalated and topics and topics[0] == SEEKING_HELP_TOPIC and not access and first:
        # "is ringing healthline ok for this or should i go to an urgent care clinic" after `urgent` (set 75:
        # the whole list of warning signs): where to go now is the outcome's own options, restated
        stand_firm(dispatcher, tracker, None, level)
        return
    if result is None and escalated:  # never "I don't have information" after an escalation
        if first:  # (right after the outcome, "what should he do?" is answered by it, restated)
            stand_firm(dispatcher, tracker, None, level)
        return
    if first:
        remind_after_escalation(dispatcher, level, tracker)
    if access:  # "does ACC cover it?": said plainly to be outside the sources, with who can tell
        dispatcher.utter_message(response="utter_access_not_covered", **contacts(tracker))
        if result is not None and result.topic_id == SEEKING_HELP_TOPIC:
            # "how much does it cost to see a GP?": the cost was asked, not the list of warning signs
            return
    if result is None:
        if not access:
            dispatcher.utter_message(response="utter_no_information", **contacts(tracker))
        return
    if in_general:  # honest about what the sources do not cover, then what they do say
        dispatcher.utter_message(response="utter_activity_not_covered", **contacts(tracker))
    if aid:
        dispatcher.utter_message(response="utter_aid_not_covered", **contacts(tracker))
    if pregnancy:  # "Is this just pregnancy or should I be doing something?": who can say, then the general
        dispatcher.utter_message(response="utter_pregnancy_not_covered", **contacts(tracker))
    if certificate:  # who gives one, then what the sources say about work
        dispatcher.utter_message(response="utter_work_certificate", **contacts(tracker))
    for note, values in medicines.notes_before_answer(text, result.topic_id):
        dispatcher.utter_message(response=MEDICINE_NOTES[note], **contacts(tracker), **values)
    _say_answer(dispatcher, tracker, result)


def _sources_on(topic: str, tracker: Tracker, level: str | None,
                long_term: bool = False) -> knowledge.Answer | None:
    """What the sources say on one topic, for this person's length of pain and legs; after any outcome that
    asks to see someone, with no reassurance that self-care is enough."""
    band = "chronic" if long_term else duration_band(tracker.get_slot("duration_days"))
    legs = {"yes": True, "no": False}.get(tracker.get_slot("leg_pain"))
    return knowledge.answer(topic, band, legs, escalated=level in WHAT_TO_DO or level == "soon")


def _say_answer(dispatcher: CollectingDispatcher, tracker: Tracker, result: knowledge.Answer) -> None:
    dispatcher.utter_message(text=result.as_text(), json_message=result.payload())
    say_signs(dispatcher, result, tracker)


def _is_about_medicines(topic: str) -> bool:
    return topic == "medicines" or topic.startswith("med_")


def _say_topic(dispatcher: CollectingDispatcher, tracker: Tracker, topic: str, level: str | None) -> None:
    """What the sources say on one topic, for this person, with its sources and warning signs."""
    try:
        result = _sources_on(topic, tracker, level)
    except SQLAlchemyError as exc:
        logger.error("Knowledge base unavailable (%s): check BACKCARE_DATABASE_URL and run "
                     "`python -m clinical.knowledge load`", type(exc).__name__)
        return
    if result is not None:
        _say_answer(dispatcher, tracker, result)


# Topics whose advice (keep working, keep active, most pain settles in weeks) assumes nothing serious: after
# an escalation, whether to work, play or travel waits for the doctor who sees the person.
_WAIT_FOR_THE_DOCTOR = {ACTIVITY_TOPIC, "graded_activity", "recovery_time"}
_WHAT_I_CAN_DO = re.compile(r"\b(anything|something|what|things?) (\w+ )?(i|we) (can|could) (do|try)\b")


def remind_after_escalation(dispatcher: CollectingDispatcher, level: str | None, tracker: Tracker) -> None:
    """After an urgent or emergency outcome, never answer as if nothing happened."""
    if level in WHAT_TO_DO:
        dispatcher.utter_message(response="utter_reminder_after_escalation",
                                 what_to_do=WHAT_TO_DO[level].format(**contacts(tracker)))


def say_signs(dispatcher: CollectingDispatcher, result: knowledge.Answer, tracker: Tracker) -> None:
    """After the answer, each red flag it names with what to do at that flag's level, as triage says it."""
    for group in result.signs_by_level():
        dispatcher.utter_message(response=SIGNS_AT_LEVEL[group.level], **contacts(tracker),
                                 signs="\n".join(f"- {summary}" for summary in group.summaries))
    if result.names_crisis:
        dispatcher.utter_message(response="utter_escalate_crisis", **contacts(tracker))
