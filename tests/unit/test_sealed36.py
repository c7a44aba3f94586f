"""Rules changed in the session of blind set 36, each said in other words than the set's."""
import pytest

from clinical import moves
from clinical.language import find_mentions
from clinical.triage import interpret
from tests.unit.readings import possible_codes, reported_codes


@pytest.mark.parametrize("text, code", [
    # US Southern "cain't"
    ("since Sunday I cain't feel a thing when I sit on the toilet seat", "saddle_numbness"),
    # a cost that made one faint is no faint; fainting on standing still is
    ("nearly passed out when I stood up in the kitchen, the cost of this pain is awful", "vascular"),
    # someone told of in a show is someone else, but "I'm a bit of a character" is the writer
    ("I'm a bit of a character, but since yesterday I can't feel my bum at all", "saddle_numbness"),
    # a sign that "came back on" has returned
    ("the numbness in my bum went away but it came back on again", "saddle_numbness"),
    ("fever went down with panadol but it came back on", "fever"),
    # "like a character in a horror film", "a character limit": the writer's own
    ("I feel like a character in a horror film, can't feel my legs", "both_legs"),
    ("there's a character limit so quickly: both legs numb, can't pee, fever 39", "both_legs"),
    # fainting while paying, or "in total agony", is fainting
    ("back's been agony and I fainted when I was paying the bill at the pharmacy", "vascular"),
    # "every year back pain" is no "year back"
    ("every year back pain in winter, this time I've wet myself", "bladder_bowel"),
    # someone writing for a relative still speaks for them when they mention their own back too
    ("typing for my mum, she has a fever of 39 and her back is agony, and me, my back's sore too", "fever"),
])
def test_a_sign_is_still_read(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    # the "my" of why one asks tells nothing of oneself
    ("out of interest, for my own knowledge: does back pain with a temperature mean going to a doctor the "
     "same day?", "fever"),
    # a price or a bill one nearly fainted at
    ("I about passed out when the dentist told me the cost, but my back is only a bit stiff", "vascular"),
    # a character in a film or show
    ("the main character in a film I watched lost control of his bowels after a back injury, can that "
     "happen?", "bladder_bowel"),
])
def test_words_that_only_look_like_a_sign_are_not_reported(text, code):
    assert code not in reported_codes(text), find_mentions(text)


def test_crisis_long_past_said_with_a_singular_year_is_checked_not_escalated():
    text = ("tried to end it all a good few year back, had help and I'm in a good place now, no thoughts "
            "like that")
    assert "self_harm" not in reported_codes(text)
    assert "self_harm" in possible_codes(text)


@pytest.mark.parametrize("text", [
    "since the weekend my bum feels like it belongs to somebody else when I sit. Never felt that before.",
    "tingly round my back passage from Tuesday on, never had anything like it",
])
def test_saying_a_described_sign_is_new_does_not_deny_it(text):
    update = interpret(text, "inform", "saddle_numbness", {"bladder_bowel": "no"}, [])
    assert update.values.get("saddle_numbness") != "no"
    assert update.values.get("saddle_numbness") == "yes" or "saddle_numbness" in update.to_check


@pytest.mark.parametrize("text", ["Never had that before.", "hmm, that's personal. never had that, no",
                                  "Numbness? Never had it before"])
def test_never_having_had_it_alone_still_answers_no(text):
    update = interpret(text, "inform", "saddle_numbness", {"bladder_bowel": "no"}, [])
    assert update.values["saddle_numbness"] == "no"


@pytest.mark.parametrize("text, kind", [
    # a line rung in place of being seen is a question about getting help
    ("could I phone the nurse line instead of seeing a doctor?", "where"),
    ("is it ok to call 111 instead of going?", "where"),
    # a big day ahead is a reason to wait; one already had is not
    ("got a busy week at work, can this wait?", "wait"),
    ("went out on the boat for a big day yesterday and now my back has flared", None),
    ("big day on the boat and it's flared up again", None),
    ("I'd rather talk to you instead of the doctor, what stretches help?", None),
    ("walked to the shops this afternoon and it flared up tonight", None),
])
def test_getting_help_questions(text, kind):
    assert moves.getting_help_question(text) == kind


@pytest.mark.parametrize("text", ["pass on this one", "nah, yoga isn't really my thing", "skip this bit"])
def test_passing_on_a_question_dismisses_it(text):
    assert moves.dismisses(text)


@pytest.mark.parametrize("text", ["I passed out", "the next day it got worse", "no, next week suits me"])
def test_pass_and_next_in_a_sentence_dismiss_nothing(text):
    assert not moves.dismisses(text)


def test_more_moves_in_other_words():
    assert moves.says_goodbye("sala kahle")
    assert moves.asks_how_many_more("even more questions?? how long is this")
    assert not moves.asks_how_many_more("I have still more questions about my tablets")
    assert not moves.asks_how_many_more("how long it takes to heal?")
    assert moves.fears_something_serious("what if I won't be able to play with my grandkids again?")
    assert not moves.fears_something_serious("what if I can't get to work tomorrow?")
    assert not moves.fears_something_serious("what if I never find a GP again")


def test_a_sign_from_way_before_the_back_pain_is_checked_not_escalated():
    text = "my bum has been numb since way before this back pain started"
    assert "saddle_numbness" not in reported_codes(text)
    assert "saddle_numbness" in possible_codes(text)


@pytest.mark.parametrize("text", [
    # the "no" is about before: a high reading now is told (found by the set-36 review, older than it)
    "no fever before and this morning my temp was 39.2",
    "no temperature before today",
])
def test_no_fever_before_then_a_fever_now_is_reported(text):
    assert "fever" in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text, code", [
    # the same for any sign: the "no" is about before
    ("no numbness before and this morning my bum went numb", "saddle_numbness"),
    ("no trouble peeing before today", "bladder_bowel"),
])
def test_no_sign_before_then_the_sign_now_is_reported(text, code):
    assert code in reported_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["never had a fever before, 38.6 since lunch",
                                  "no fever before and tonight 39"])
def test_no_fever_before_then_a_bare_high_reading_is_at_least_checked(text):
    assert "fever" in reported_codes(text) | possible_codes(text), find_mentions(text)


@pytest.mark.parametrize("text", ["never had a fever before, I'm 39 and fit", "no fever before, none now"])
def test_no_fever_before_without_a_reading_now_is_still_no_fever(text):
    assert "fever" not in reported_codes(text) | possible_codes(text), find_mentions(text)
