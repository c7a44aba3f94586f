"""Routing misses read from blind sealed set 16 at its one scoring (now development data), each tested in
other words, with the questions about the assistant and the plan reports of set 15. The topic questions
are in tests/data/topic_questions.yml."""
import pytest

from clinical import moves
from clinical.language import looks_like_question
from tests.unit.readings import routed


@pytest.mark.parametrize(("text", "kind"), [
    ("do you understand Korean?", "language"),
    ("can I type in Samoan, my English is not good", "language"),
    ("do you save what I write here", "privacy"),
    ("who else gets to read my answers?", "privacy"),
    ("is this chat confidential", "privacy"),
    ("who built this thing?", "makers"),
    ("where does your advice come from", "makers"),
    ("hang on am I chatting to a robot", "bot"),
])
def test_questions_about_the_assistant_are_told_apart(text, kind):
    assert moves.about_the_assistant(text) == kind


@pytest.mark.parametrize("text", ["who can see me this afternoon?", "my husband speaks for me at the GP",
                                  "is it safe to keep working?"])
def test_other_questions_are_not_about_the_assistant(text):
    assert moves.about_the_assistant(text) is None


@pytest.mark.parametrize("text", ["sorry what was the question again", "could you repeat that please",
                                  "I missed that", "pardon?", "what did you just ask"])
def test_asking_to_hear_the_last_reply_again(text):
    assert moves.asks_to_repeat(text)


@pytest.mark.parametrize("text", ["say again my leg is numb", "what was that pain from",
                                  "repeat prescription"])
def test_saying_again_inside_something_else_is_not_asking_for_a_repeat(text):
    assert not moves.asks_to_repeat(text)


@pytest.mark.parametrize(("text", "report"), [
    ("sorer after the stretches today, quite a lot", "report_flare"),
    ("worse this week than it was the week before", "report_flare"),
    ("the walks are too easy now", "report_progress"),
    ("no worse after the swim", "report_progress"),
    ("better on Monday but worse today", None),
])
def test_a_plan_report_is_read_from_its_words(text, report):
    assert moves.plan_report(text) == report


def test_a_learner_says_they_are_worried():
    assert moves.worried("I am so worry about my job")


def test_shrugging_it_off_is_waving_it_away():
    assert moves.dismisses("nah she'll be right")


@pytest.mark.parametrize("text", ["sorry, earlier I said 2 weeks, it is 2 months",
                                  "actually I can do about 5 minutes not 20"])
def test_corrections_in_learner_english_and_with_actually(text):
    assert moves.corrects(text)


def test_goodbye_in_samoan_and_maori():
    assert moves.says_goodbye("tofa") and moves.says_goodbye("ka kite ano")


@pytest.mark.parametrize("text", ["is this normal question mark", "and the ice pack how often a day"])
def test_dictated_question_marks_and_questions_without_a_question_word(text):
    assert looks_like_question(text)


def test_i_dont_know_how_long_is_no_question():
    assert not looks_like_question("I don't know how long it's been")


def test_asking_whether_it_is_a_computer_mid_triage_answers_nothing():
    from clinical.triage import interpret
    update = interpret("wait am I talking to a computer?", "bot_challenge", "bladder_bowel", {}, [])
    assert not update.values


def test_a_goodbye_the_classifier_took_for_a_greeting_is_a_goodbye():
    from components.clinical_facts import _conversation_move
    assert _conversation_move("ka kite ano", {"name": "greet"}, named_place=False) == "goodbye"
    assert _conversation_move("kia ora", {"name": "greet"}, named_place=False) is None


@pytest.mark.parametrize("text", ["is it ok to keep driving the truck with my back like this",
                                  "wud acupuncture sort out my lower back",
                                  "does worry from my job make my back more sore?"])
def test_a_plain_question_about_ones_own_back_is_answered_not_triaged(text):
    assert routed(text) == "ask_question"


@pytest.mark.parametrize("text", ["can't tie my shoes, my lower back's gone tight",
                                  "did my back in lifting the trampoline",
                                  "is it normal that my bum has gone numb?",
                                  "why does my back wake me every night?",
                                  "is it bad that my back keeps me awake at night?",
                                  # a description with a question, or a plea for help: the safety questions
                                  "I hurt my back lifting a box yesterday, what should I do?",
                                  "my lower back has been sore for a week, should I see someone?",
                                  "back pain for 3 days, any advice?", "my back hurts?",
                                  "what should I do, my back has gone",
                                  "what could this be? my back is agony"])
def test_a_description_or_a_question_that_tells_a_symptom_still_starts_the_triage(text):
    assert routed(text) in ("describe_pain", "red_flag")
