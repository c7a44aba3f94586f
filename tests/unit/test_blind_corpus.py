"""The sealed parts of the blind corpus stay sealed: no NLU example repeats a sealed case, and no training
example of the learned readers repeats one of a set not yet scored and read (tests/data/sealed.py says
what counts as a repeat, and which sets are read)."""
import json

import pytest

from clinical.recall import load_examples
from clinical.trained_cache import DATA_DIR
from tests.data.sealed import BLIND, nlu_example_texts, repeats_sealed, sealed_files, sealed_texts


def test_the_sealed_parts_exist():
    assert len(sealed_texts()) >= 200


@pytest.mark.parametrize(("where", "texts", "unread_only"), [
    ("NLU data", nlu_example_texts(), False),
    ("red-flag training data", [e.text for e in load_examples()], True),
    *((f"{kind} reader's training data",
       [e["text"] for e in json.loads((DATA_DIR / f"{kind}_training_collected.json").read_text(
           encoding="utf-8"))["examples"]],
       True) for kind in ("topic", "intent")),
])
def test_no_example_repeats_a_sealed_case(where, texts, unread_only):
    repeated = [t for t in texts if repeats_sealed(t, unread_only)]
    assert not repeated, f"{where} repeats sealed cases: {repeated[:5]}"


def test_the_red_flag_reader_learns_from_the_read_sealed_sets_and_never_from_an_unread_one():
    read = {f.name for f in sealed_files("redflags", read=True)}
    unread = {f.name for f in sealed_files("redflags", read=False)}
    assert "redflags_sealed33.json" in read and not read & unread
    training = {e.text for e in load_examples()}
    for name in read | unread:
        cases = json.loads((BLIND / name).read_text(encoding="utf-8"))["cases"]
        # a read case that an unread set happens to repeat is left out, so that the unread one stays unseen
        expected = [name in read and not repeats_sealed(c["text"], unread_only=True) for c in cases]
        assert [c["text"] in training for c in cases] == expected, name


def test_the_routing_score_counts_a_plan_report_as_starting_the_questions_only_at_the_opening():
    from tests.data.score import route_ok

    opening = {"intent": "describe_pain", "topic": None, "context": None}
    assert route_ok(opening, "report_flare", None)
    assert not route_ok({**opening, "context": "planning"}, "report_flare", None)
    assert not route_ok(opening, "out_of_scope", None)


def test_a_question_sent_to_the_wrong_topic_is_scored_as_a_miss():
    from tests.data.score import WRONG_TOPIC, scored_route

    question = {"intent": "ask_question", "topic": "imaging", "context": None}
    assert scored_route(question, "ask_question", "imaging") == "ask_question"
    assert scored_route(question, "ask_question", "surgery") == WRONG_TOPIC
    assert scored_route(question, "describe_pain", None) == "describe_pain"


def test_a_medicine_question_needing_a_pharmacist_is_right_where_a_medicine_topic_was_expected():
    from tests.data.score import REFERRAL, topic_ok

    assert topic_ok({"intent": "ask_question", "topic": "medicines"}, REFERRAL)
    assert topic_ok({"intent": "ask_question", "topic": "med_nsaids"}, REFERRAL)
    assert not topic_ok({"intent": "ask_question", "topic": "imaging"}, REFERRAL)
