"""Routing misses read from blind sealed set 12 at its one scoring (now development data), each tested in
other words."""
import pytest

from clinical import knowledge, medicines, moves


@pytest.mark.parametrize("text", ["whoops wrong leg, it's the right one", "sorry wrong side, the left"])
def test_naming_the_wrong_side_is_a_correction(text):
    assert moves.corrects(text)


def test_the_wrong_side_of_forty_is_no_correction():
    assert not moves.corrects("I'm on the wrong side of forty")


@pytest.mark.parametrize("text", ["many more questions?", "still lots of questions to go?"])
def test_how_many_more_without_how(text):
    assert moves.asks_how_many_more(text)


@pytest.mark.parametrize("text", ["reset please", "restart now", "restart"])
def test_a_polite_restart_is_a_restart(text):
    assert moves.asks_to_start_over(text)


@pytest.mark.parametrize("text", ["who should I book in with, the physio or my GP?",
                                  "is an after-hours clinic ok or does it have to be my GP?"])
def test_asking_where_to_be_seen(text):
    assert moves.getting_help_question(text) == "where"


def test_while_waiting_for_the_physio_is_no_question_about_waiting():
    assert moves.getting_help_question("while I wait for my physio appointment, is a heat pack ok?") is None
    assert moves.getting_help_question("can I wait for my physio appointment?") == "wait"


def test_a_fear_of_never_working_again_is_a_fear():
    assert moves.fears_something_serious("what if I'm never able to work again? I'm panicking")


@pytest.mark.parametrize(("question", "topic"), [
    ("would a chiropractor clicking my spine back into place help?", "manipulation"),
    ("roughly how long until I'm back to normal?", "recovery_time"),
    ("will the doctor do an x-ray or just talk to me?", "provider_assessment"),
    ("do I actually need painkillers or does it settle by itself?", "medicines"),
    ("my sister had a jab for her sciatica, is that something for me?", "injections"),
    ("is Celebrex any good for backs?", "med_nsaids"),
])
def test_topic_words_found_in_set_12_reach_their_topic(question, topic):
    topics = [(t["id"], t["keywords"]) for t in knowledge.read_content().topics]
    assert knowledge.match_topics(question, topics)[0] == topic


@pytest.mark.parametrize(("name", "generic"), [("Mobic", "meloxicam"), ("celebrex", "celecoxib"),
                                               ("Arcoxia", "etoricoxib")])
def test_more_anti_inflammatories_by_brand(name, generic):
    assert medicines.medicine_names(name) == [generic]
