"""NLU component: every message is read for red flags by the clinical rules, whatever the classifier says.

A message that reports a red flag (present, about the user, not a "what if") gets the intent `red_flag`
and one `red_flag` entity per finding, so the dialogue escalates at once in any state. A message the
classifier put under `red_flag` but in which the rules find none (for example "no bladder problems")
is given its next-best intent instead, so a negated mention never escalates. A message in which a red
flag is only possible ("my bum is numb from sitting", "I had a crash years ago"), or possibly more urgent
than the one reported, gets the intent `describe_pain`: the triage then asks one check question about it
first (actions/triage.py), so a possible red flag is never dropped silently. The reading includes the
recall-first classifier's suggestions (clinical/recall.py), which are possible flags too. A message with no
English words in it (empty, emoji, another language) is marked as not understood; an uncertain one that
is phrased as a question goes to the knowledge base.
"""
from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from clinical import moves
from clinical.findings import BY_CODE
from clinical.language import (
    describes_own_pain,
    find_mentions,
    looks_like_question,
    opens_with_a_plain_question,
    plainly_a_question,
    possible_red_flags,
    readable_as_english,
    red_flag_spans,
)
from clinical.parsing import answers_in_another_language, does_not_understand, polarity, unsure_in_other_words
from clinical.places import where_person_is
from clinical.questions import asks_about_work_certificate
from clinical.recall import detector, with_suggestions

RED_FLAG_INTENT = "red_flag"
FALLBACK_INTENT_WITHOUT_FLAG = "inform"
NOT_UNDERSTOOD_INTENT = "nlu_fallback"  # empty, emoji-only or non-English: ask to rephrase
QUESTION_INTENT = "ask_question"
READING_KEY = "clinical_reading"
REGION_ENTITY = "region"
# (a question is no goodbye: "should I take time off?" was read as one and ended the safety questions)
QUESTION_SHAPED_GUESSES = {NOT_UNDERSTOOD_INTENT, FALLBACK_INTENT_WITHOUT_FLAG, "goodbye"}
UNRELATED_INTENTS = {"out_of_scope", NOT_UNDERSTOOD_INTENT}
UNSURE_QUESTION = 0.5  # below it, a message guessed to be a question must look like one
SURE_GOODBYE = 0.6  # the classifier's confidence above which a goodbye is taken without a word of leaving
CHECK_INTENT = "describe_pain"  # starts (or continues) the triage, whose first step is the check question


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR],
    is_trainable=False,
)
class ClinicalFactExtractor(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> ClinicalFactExtractor:
        detector()  # loaded here (trained if no saved copy), so that the first message is not slow
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._process_one(message)
        return messages

    def _process_one(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        if text.startswith("/"):  # button payloads carry their intent already
            return
        region = where_person_is(text)
        if region:  # where the person is: that region's numbers from now on (a slot maps this entity)
            entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") != REGION_ENTITY]
            # spans the whole message: the place counts only with its context ("I'm in ...")
            found = {"entity": REGION_ENTITY, "value": region, "start": 0, "end": len(text),
                     "confidence": 1.0, "extractor": type(self).__name__}
            message.set(ENTITIES, [*entities, found], add_to_output=True)
        mentions = with_suggestions(text, find_mentions(text))
        # The one reading of this message, for the actions (they do not read the text again).
        message.set(READING_KEY, {"mentions": [m.as_dict() for m in mentions]}, add_to_output=True)
        flags = red_flag_spans(text, mentions)
        possible = possible_red_flags(mentions)
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != RED_FLAG_INTENT]
        guess = message.get(INTENT) or {}
        if possible and _level(possible[0]) > max((_level(code) for *_, code in flags), default=0):
            _lead_with(message, CHECK_INTENT, ranking)
        elif not flags and not readable_as_english(text):
            # mostly another language: a plain answer or a move its few English words make ("gracias...
            # dankie" thanks, "hasta la vista, hasta luego" says goodbye), or else not understood
            move = _conversation_move(text, {"name": NOT_UNDERSTOOD_INTENT}, named_place=bool(region))
            _lead_with(message, _plain_answer(text) or move or NOT_UNDERSTOOD_INTENT, ranking)
        elif flags:
            entities = list(message.get(ENTITIES) or [])
            for start, end, code in flags:
                entities.append({"entity": "red_flag", "value": code, "start": start, "end": end,
                                 "confidence": 1.0, "extractor": type(self).__name__})
            message.set(ENTITIES, entities, add_to_output=True)
            _lead_with(message, RED_FLAG_INTENT, ranking)
        elif (guess.get("name") in ("greet", "thank") and answers_in_another_language(text)
              and (answer := _plain_answer(text))):
            _lead_with(message, answer, ranking)  # "kāo" (no in te reo Māori) had been read as a greeting
        elif move_name := _conversation_move(text, guess, named_place=bool(region)):
            _lead_with(message, move_name, ranking)
        elif told := _plan_report_told(text, guess, ranking):
            _lead_with(message, told, ranking)  # "the exercises are too easy now": progress, not a flare
        elif _an_unsure_question_without_one(guess, text):
            # "Sorry, I did say earlier, it started while I was repositioning a heavy patient on a night
            # shift. I'm 44." (persona run 35: held as a question to answer later): no question in it
            _next_best(message, ranking, {QUESTION_INTENT})
        elif guess.get("name") == "ask_activity_plan" and not _ABOUT_A_PLAN.search(text.lower()):
            # "can you help me write my thesis introduction, it's due friday" (set 78): no plan, no activity
            _next_best(message, ranking, {"ask_activity_plan"})
        elif (guess.get("name") == "goodbye" and guess.get("confidence", 0.0) < SURE_GOODBYE
              and not moves.says_leaving(text) and not looks_like_question(text)):
            # a goodbye ends the questions: a guess with no word of leaving is not trusted with that
            # ("exhausted", to how the person feels, ended a triage one answer from its outcome)
            _next_best(message, ranking, {"goodbye"})
        elif guess.get("name") in MOVE_INTENTS:
            # the classifier saw a move its words do not make ("no accident, it just started" is no restart)
            _next_best(message, ranking, MOVE_INTENTS)
            if told := _plan_report_told(text, message.get(INTENT) or {}, ranking):
                _lead_with(message, told, ranking)  # "back to square one today" is no restart: a flare
        elif guess.get("name") == "request_human" and (not moves.asks_for_contact(text)
                                                       or asks_about_work_certificate(text)
                                                       or moves.rings_own_people(text)):
            # a request for a person names one, or a way to reach one: "Caller says no to that one" is a no;
            # "the paper for sick money, doctor can give me this?" asks for a certificate; "we'll ring our
            # daughter and see if she can take me" rings the person's own family
            _next_best(message, ranking, {"request_human"})
        elif guess.get("name") in UNRELATED_INTENTS and describes_own_pain(text):
            # Someone describing their own pain is never told it is out of scope: the triage starts.
            _lead_with(message, CHECK_INTENT, ranking)
        elif (guess.get("name") in (CHECK_INTENT, FALLBACK_INTENT_WITHOUT_FLAG, QUESTION_INTENT)
              and moves.asks_why_it_is_asked(text) and not _tells_a_finding(mentions)):
            _lead_with(message, "ask_why", ranking)  # "why does it matter if I've had a temperature?"
        elif (guess.get("name") in (CHECK_INTENT, FALLBACK_INTENT_WITHOUT_FLAG)
              and (plainly_a_question(text) or opens_with_a_plain_question(text))
              and not _tells_a_finding(mentions)):
            # "am I alright to keep driving with my back like this?": a question about one's own back, which
            # tells no symptom, is answered (any facts in it are kept), not met with the safety questions
            _lead_with(message, QUESTION_INTENT, ranking)
        elif guess.get("name") in QUESTION_SHAPED_GUESSES and looks_like_question(text):
            # An uncertain question, or one read as a bare fact ("how long until it goes away?"), goes to the
            # knowledge base, which says honestly when it has no answer; any facts in it are kept there too.
            _lead_with(message, QUESTION_INTENT, ranking)
        elif guess.get("name") == RED_FLAG_INTENT:
            _next_best(message, ranking, {RED_FLAG_INTENT})
        elif (guess.get("name") == CHECK_INTENT and not mentions and not region
              and moves.tells_nothing_of_the_body(text)):
            # "No. Sitting in the cab now and honestly none of that applies to me", "G'day mate, first time
            # using one of these chat things": nothing of the pain is told, so the next best guess
            _next_best(message, ranking, {CHECK_INTENT})


# Words any request for an activity plan has (every training example and blind case of one has one)
_ABOUT_A_PLAN = re.compile(
    # (not a walk-in clinic: "we'll take him to a walk-in this week", persona run 38, began a plan)
    r"\b(plan|programme|program|exercis\w*|stretch\w*|routine|activit\w*|walk(?!-in| in\b)\w*|move|moving|"
    r"mobil\w*|"
    r"going again|get(ting)? (back )?(active|moving|going)|schedule|steps?|build\w* (back )?up|workouts?|"
    r"day by day|each day|every day|daily|weekly|week by week|back to normal|get back|recover\w*|rehab\w*|"
    r"graded|gradual\w*|pace|pacing|do each|what to do|what should i do|what can i do|keep active|"
    r"stay active|fitness|fitter|fit|strength\w*|set me up|set out|follow|look like|timetable|"
    r"something to do|running|run|gym|sport|training|train)\b")
MIN_WORDS_OF_A_STORY = 8
# A clause that asks, without its question mark ("could that be why my back won't settle", "shouldnt i still
# get an xray"); "I honestly couldn't tell you how it started" asks nothing. (Not language's _QUESTION_START:
# its negative forms would make statements such as "isn't working" questions everywhere it is used.)
_ASKING_CLAUSE = re.compile(r"^\s*(what|whats|what's|how|when|why|where|which|who|should|shouldn'?t|shall|"
                            r"can|could|is|isn'?t|are|do|does|did|will|would|may|might|must)\b")
_ONES_OWN_STORY = re.compile(r"\b(i'?m|i am|i'?ve|i have|i was|i had|i did|i do|my)\b")
_ASKS_FOR_SOMETHING = re.compile(r"\b(tell me|want|wanna|would like|i'?d like|need|needs|info|information|"
                                 r"advice|advise|explain|know|recommend|suggest|please|pls|plz|show me|"
                                 r"give me|help|ideas?|tips?|options?|wondering|wonder|curious|any good|"
                                 r"worth)\b")
_WHY_WORDS = re.compile(r"\b(why|how come|what for|reason|got to do with|need to know|matter|relevant|"
                        r"point of|purpose)\b")


def _an_unsure_question_without_one(guess: dict[str, Any], text: str) -> bool:
    """A question guessed in a message with no question in it: "bit uneasy about that lump" (vignette set 3,
    taken for "why do you ask?" and then kept as a question to answer later)."""
    if "?" in text or looks_like_question(text):
        return False
    if guess.get("name") == "ask_why":
        return not (moves.asks_why_it_is_asked(text) or _WHY_WORDS.search(text.lower()))
    if guess.get("name") != QUESTION_INTENT:
        return False
    # ("I'm sixty-three. As I said, I honestly couldn't tell you how it started. It came on gradually ...",
    # persona run 36: a question with 0.81) a story of one's own that asks for nothing, however sure the guess
    # (a question after a comma counts: "doc offered tramadol for my back, how risky is it", set 78)
    clauses = re.split(r"[.,;:!?]+|\b(?:and|but|so)\b", text.lower())
    return guess.get("confidence", 0.0) < UNSURE_QUESTION or (
        len(text.split()) >= MIN_WORDS_OF_A_STORY and bool(_ONES_OWN_STORY.search(text.lower()))
        and not _ASKS_FOR_SOMETHING.search(text.lower())
        and not any(_ASKING_CLAUSE.match(clause) for clause in clauses if clause))


def _plan_report_told(text: str, guess: dict[str, Any], ranking: list[dict[str, Any]]) -> str | None:
    """The plan report the words make, where the classifier's guess was another plan report, or it was
    unsure and a plan report came first ("back to square one today"); None when the guess stands."""
    guessed = guess.get("name")
    if guessed == NOT_UNDERSTOOD_INTENT:
        guessed = next((r.get("name") for r in ranking if r.get("name") != NOT_UNDERSTOOD_INTENT), None)
    if guessed not in PLAN_REPORTS:
        return None
    told = moves.plan_report(text)
    return told if told not in (None, guess.get("name")) else None


def _tells_a_finding(mentions: list) -> bool:
    """Whether the message tells one of the person's own findings (not a denial, a worry or a question)."""
    return any(m.about_user and m.status != "absent" and not m.hypothetical for m in mentions)


def _lead_with(message: Message, intent_name: str, ranking: list[dict[str, Any]]) -> None:
    """The message's intent decided here, ahead of the classifier's ranking."""
    decided = {"name": intent_name, "confidence": 1.0}
    message.set(INTENT, decided, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [decided, *[r for r in ranking if r.get("name") != intent_name]],
                add_to_output=True)


# Decided only from its words (clinical/moves.py), read before any guess is refused: never a next best guess
# ("forget it I'm fine" is no request to delete data)
_NEVER_NEXT_BEST = {"delete_my_data"}


def _next_best(message: Message, ranking: list[dict[str, Any]], refused: set[str]) -> None:
    """The classifier's best guess that is none of `refused` (whose words the message does not say)."""
    text = message.get(TEXT) or ""
    rest = [r for r in ranking if r.get("name") not in refused | _NEVER_NEXT_BEST
            # thanks is a second guess only when thanks are said ("uneasy", to the blood-vessel question, was
            # answered "You're welcome": vignette set 5)
            and not (r.get("name") == "thank" and not moves.thanks(text))]
    if rest and _an_unsure_question_without_one(rest[0], text):
        rest = rest[1:]
    message.set(INTENT, rest[0] if rest else {"name": FALLBACK_INTENT_WITHOUT_FLAG, "confidence": 1.0},
                add_to_output=True)
    message.set(INTENT_RANKING_KEY, rest, add_to_output=True)


# Intents decided from the words (clinical/moves.py): the classifier's guess alone never makes one.
MOVE_INTENTS = {"start_over", "ask_getting_help", "dismiss", "correct_answer", "ask_progress",
                "express_worry", "tell_region", "ask_repeat"}
PLAN_REPORTS = {"report_progress", "report_flare"}
# What the person is doing with the message outranks these guesses; a description of the pain does not.
_MOVE_MAY_REPLACE = {"affirm", "deny", "unsure", "out_of_scope", "nlu_fallback", "ask_question", "greet",
                     "thank", "goodbye", "bot_challenge", "ask_why", *MOVE_INTENTS}


# Questions of where to go or what number to ring, which outrank a word about the assistant ("Where would I go
# here? I don't speak Portuguese")
_WHERE_TO_GO = ("where", "number", "which_number")


def _conversation_move(text: str, intent: dict[str, Any], named_place: bool) -> str | None:
    """The conversation move a message makes, if its words make one (`named_place`: it says where the
    person is). A plain request to start again and a correction win over anything; the others only over
    replies that are not a description of the pain."""
    name = intent.get("name")
    kind = moves.getting_help_question(text)  # a question about getting help, read once for every rule below
    # "dont want a plan" is no request for one; "not interested in a plan right now" no report of progress
    if name in ("ask_activity_plan", "show_plan", *PLAN_REPORTS, "inform") and len(text) <= SHORT_MESSAGE:
        if moves.declines_plan(text):
            return "deny"
        if moves.waves_away_the_offer(text):
            return "dismiss"  # "forget the advice", "don't bother with the walking plan"
    # ("I'm in England, so I'm not sure those phone numbers apply to me" asks for no person: it says where)
    only_where = ((name in _MOVE_MAY_REPLACE | {"inform", "tell_region"}
                   or (name == "request_human" and not moves.names_a_person_to_talk_to(text)))
                  and (len(text) <= SHORT_MESSAGE or (len(text) <= 2 * SHORT_MESSAGE
                                                      and moves.says_where_one_lives(text))))
    if only_where and not looks_like_question(text) and "?" not in text and named_place:
        return "tell_region"  # "I'm in Brisbane": only where they are
    # ("Please change the region to the UK, I've moved back to Manchester after 3 years working in Dubai.")
    if named_place and len(text) <= 3 * SHORT_MESSAGE and moves.asks_for_local_numbers(text):
        return "tell_region"  # "I'm in Perth, so can you give me the Australian numbers instead?"
    if name == "request_human" and moves.asks_for_a_summary(text):
        # "put that list up again so I can read it to them when I ring" (persona run 35)
        return QUESTION_INTENT
    if moves.asks_to_delete_data(text):  # before starting over: "forget everything I told you" is both
        return "delete_my_data"
    restarts_plainly = moves.asks_plainly_to_start_over(text)
    if moves.asks_to_start_over(text) and (not moves.corrects(text) or restarts_plainly):
        return "start_over"
    if moves.corrects(text):
        return "correct_answer"
    if name == "thank" and polarity(text, explicit_only=True) == "no" and "?" not in text:
        return "deny"  # "no that's grand, thanks" to "anything else?" (persona run 35: asked again)
    if moves.only_thanks(text):
        return "thank"  # "ok thx" is thanks, not a yes to whatever was offered
    if (name == "ask_question" and moves.thanks(text) and "?" not in text and not looks_like_question(text)
            and not kind and polarity(text, explicit_only=True) is None):
        return "thank"  # "Okay, ta! I'll ask my midwife next week then.": thanks and a plan, no question
    if name == "thank" and moves.greets_without_thanks(text):
        return "greet"  # "good evening, I hope this is the right place"
    if name in ("nlu_fallback", "out_of_scope") and (moves.asks_how_one_is(text) or moves.only_greets(text)):
        return "greet"  # "how's she cuttin?", "👋", "Assalamu alaikum"
    if (name in PLAN_REPORTS | {"ask_activity_plan", "inform", CHECK_INTENT}
            and moves.greets_with_small_talk(text)):
        return "greet"  # "hiya bot hows your day going? mines been flat out at the warehouse, 10 hr shift"
    if (name in PLAN_REPORTS | {"bot_challenge", "ask_question"} and not looks_like_question(text)
            and moves.only_greets(text)):
        return "greet"  # "good evening, first time using one of these": nothing of the back told
    if not re.search(r"[^\W\d_]", text) and (said := moves.emoji_answer(text)):
        return said  # "❌", "👍": an answer typed as an emoji
    if name in ("greet", "nlu_fallback", "out_of_scope") and moves.says_leaving(text):
        return "goodbye"  # "tofa soifua", "ka kite": a goodbye in words the classifier has seldom seen
    if (name in ("nlu_fallback", "out_of_scope") and moves.thanks(text) and "?" not in text
            and not looks_like_question(text) and not describes_own_pain(text)):
        # "ok sweet as ill just get my workmate to do em. cheers" (persona run 37: "Sorry, I didn't understand
        # that"): thanks, with a plan that asks nothing
        return "thank"
    # (not an answer: "no, that's all" says no to "anything else?")
    if (name in (_MOVE_MAY_REPLACE | PLAN_REPORTS | {"inform"}) - {"affirm", "deny", "unsure"}
            and "?" not in text and moves.ends_with_goodbye(text)
            and kind is None):
        return "goodbye"  # "need to be up early for the flight. Ta ra.": leaving, whatever came before
    if moves.asks_to_repeat(text):
        return "ask_repeat"  # ("ugh ok fine. what was the question", persona run 34: not "fine", a no)
    question = looks_like_question(text)
    if name == CHECK_INTENT and moves.asks_for_a_person_instead(text) and not describes_own_pain(text):
        return "request_human"  # "HUMAN PLEASE, i dont want to type all this out on my phone on a packed bus"
    if name in _MOVE_MAY_REPLACE or question:
        if moves.asks_to_be_rung(text) or moves.asks_for_a_person_instead(text):
            return "request_human"  # "can someone from the practice ring me?" (not the back operation)
        # ("Where would I actually go here? I don't speak Portuguese": where to go, not a language asked for)
        if moves.about_the_assistant(text) and kind not in _WHERE_TO_GO:
            return "bot_challenge"  # "can you speak Spanish?", "who sees my answers?": answered by its kind
    dismissal = moves.dismisses(text) and len(text) <= SHORT_MESSAGE
    # (a reason may follow: "physio? not a chance, can't afford it"; a question of who to see wins; "leave it"
    # and "can't afford it" here leave the treatment, not a question of waiting or cost, which turns_down_a_
    # treatment has already ruled out)
    # (a description of the pain guessed is replaced only when the message tells nothing of the pain)
    if ((name in _MOVE_MAY_REPLACE | PLAN_REPORTS | {"inform", "ask_activity_plan", "show_plan",
                                                     "ask_getting_help"}
         or (name == CHECK_INTENT and not describes_own_pain(text)))
            and kind in (None, "wait", "cost") and not moves.asks_where_to_get_help(text)
            and len(text) <= 1.5 * SHORT_MESSAGE and moves.turns_down_a_treatment(text)):
        return "dismiss"  # "meditation is rubbish, skip it", "nah not doing physio, waste of time"
    if kind in (None, "transport") and moves.asks_to_see_the_plan_again(text):
        return "show_plan"  # "Can you show me the plan again? I lost it when my phone died on the night bus."
    if kind in (None, "transport") and name != CHECK_INTENT and moves.asks_how_many_more(text):
        return "ask_progress"  # "are we nearly done? the bus gets to my stop in 5 mins"
    if not dismissal and kind not in (None, "going") and name not in (CHECK_INTENT, "ask_activity_plan"):
        return "ask_getting_help"  # "can it wait till Monday?": whatever the classifier guessed
    if name in PLAN_REPORTS and moves.says_calling_for_help(text):
        return "ask_getting_help"  # "Tidy. Ringing them now.": going for help, not a report on a plan
    if (name == "thank" and kind is None and (asked := moves.question_in(text))
            and len(asked.split()) >= 2 and not moves.about_the_assistant(asked)):
        return "ask_question"  # "thanks for that. quick one though, heat or ice?": the question is answered
    if (name in ("affirm", "deny") and kind is None and polarity(text, explicit_only=True) is None
            and (asked := moves.question_in(text)) and len(asked.split()) >= 4
            and not moves.about_the_assistant(asked)):
        # "bro thats not an answer. can i lift at the meet or not" (persona run 34: read as "no" to "anything
        # else?", a goodbye): no yes or no said, and a question asked
        return "ask_question"
    if name in PLAN_REPORTS and moves.fears_something_serious(text) and not moves.plan_report(text):
        return "express_worry"  # "scared I won't be able to play again this season": a fear, no report
    if (name in PLAN_REPORTS | {"ask_activity_plan", "ask_question"}
            and moves.asks_to_see_the_plan_again(text)):
        return "show_plan"  # "send the plan through again please, I want to print it out"
    if name in PLAN_REPORTS and moves.asks_how_many_more(text):
        return "ask_progress"  # "nearly done? on my lunch break"
    # "pata nahi", "ek weet nie": not sure, in words the classifier has seldom seen
    if (name in ("affirm", "deny", "nlu_fallback", "out_of_scope") and len(text) <= SHORT_ANSWER
            and unsure_in_other_words(text)):
        return "unsure"
    if name == "inform" and dismissal and moves.dismisses_plainly(text):
        return "dismiss"
    if name == CHECK_INTENT and moves.pain_score_rose(text):
        return "report_flare"  # "my pain app has me back up from 3 to 7 since Friday"
    if name == CHECK_INTENT and moves.fears_something_serious(text) and not describes_own_pain(text):
        return "express_worry"  # "I'm stressing it's something serious": a fear, nothing of the back told
    if name not in _MOVE_MAY_REPLACE and not question:
        return None
    # (a longer message too when it opens by saying so: "Sorry, I don't understand the question. Do you mean
    # right now, or at any point since it started?")
    if does_not_understand(text) and (len(text) <= SHORT_MESSAGE or (
            len(text) <= 2 * SHORT_MESSAGE and does_not_understand(text[:OPENING])
            and not moves.tells_of_the_pain(text))):
        return "unsure"
    if dismissal:
        return "dismiss"
    if kind:
        return "ask_getting_help"
    if moves.asks_how_many_more(text):
        return "ask_progress"
    # ("yes, if this goes on I'll end up losing my job": the yes is the answer)
    if moves.fears_something_serious(text) and not (name in ("affirm", "deny")
                                                    and polarity(text, explicit_only=True) in ("yes", "no")):
        return "express_worry"
    if moves.worried(text) and name != "ask_question" and not question:
        return "express_worry"
    return None


def _plain_answer(text: str) -> str | None:
    """"ji haan, yes", "nahin ji, no": a plain answer after words the classifier has seldom seen."""
    said = polarity(text, explicit_only=True) if len(text) <= SHORT_ANSWER else None
    return {"yes": "affirm", "no": "deny"}.get(said or "")


SHORT_ANSWER = 30  # characters: "pata nahi yaar"
OPENING = 50  # characters: where a longer message says what it is doing ("Sorry, I don't understand ...")
SHORT_MESSAGE = 80  # characters: "sorry, forget it, it's fine" waves something away; a long message says more


def _level(code: str) -> int:
    return int(BY_CODE[code].urgency or 0)
