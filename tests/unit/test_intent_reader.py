"""The intent reader (clinical/intent_reader.py) and the NLU component that applies it. The messages here
are written for this test, and checked to be in neither the reader's examples nor any sealed set."""
from __future__ import annotations

import json

import pytest

from clinical import intent_reader
from tests.data.sealed import repeats_sealed

NEW_WORDINGS = [
    # (message, the classifier's wrong guess, the intent the reader leads to)
    ("my spine has been giving me jip since I shifted the wardrobe", "out_of_scope", {"describe_pain"}),
    ("show me what I'm meant to be doing this week", "ask_question", {"show_plan"}),
    ("whats the point of all these questions", "inform", {"ask_why"}),
]


def _training_texts() -> set[str]:
    path = intent_reader.DATA_DIR / "intent_training_collected.json"
    return {item["text"].lower() for item in json.loads(path.read_text(encoding="utf-8"))["examples"]}


def test_the_test_messages_are_new():
    seen = _training_texts()
    for text, _, _ in NEW_WORDINGS:
        assert text.lower() not in seen and not repeats_sealed(text)


@pytest.mark.parametrize(("text", "guess", "intents"), NEW_WORDINGS)
def test_a_sure_reading_leads_a_wrong_guess(text, guess, intents):
    led = intent_reader.reader().may_lead(text, guess)
    assert led is not None and led[0] in intents and led[1] >= intent_reader.LEAD_THRESHOLD


@pytest.mark.parametrize("kept", sorted(intent_reader.KEPT))
def test_red_flags_places_and_getting_help_are_never_taken_away(kept):
    assert intent_reader.reader().may_lead("my spine has been giving me jip since the weekend", kept) is None


def test_telling_ones_pain_is_never_moved_between_its_two_intents():
    text = "my spine has been giving me jip since I shifted the wardrobe"
    assert intent_reader.reader().may_lead(text, "inform") is None
    assert intent_reader.reader().may_lead(text, "describe_pain") is None


@pytest.mark.parametrize(("text", "guess"), [
    ("delete all my data", "ask_question"), ("please erase everything you hold about me", "ask_question"),
    ("keep my answers", "inform"),
    # a goodbye stops the safety questions; an answer may be the answer to one
    ("ok bye for now", "thank"), ("yes. gotta go soon", "inform"), ("nope", "ask_why"),
    ("start again please", "ask_question"), ("I want to talk to a person", "ask_question"),
])
def test_it_never_leads_to_data_goodbyes_answers_moves_or_a_person(text, guess):
    led = intent_reader.reader().may_lead(text, guess)
    assert led is None or led[0] in intent_reader.LEADS_TO
    assert not intent_reader.LEADS_TO & {"delete_my_data", "confirm_delete_data", "keep_my_data", "goodbye",
                                         "affirm", "deny", "unsure", "start_over", "request_human"}


@pytest.mark.parametrize(("text", "answer"), [("yes. gotta go soon", "affirm"), ("no. gotta go soon", "deny"),
                                              ("dunno, gotta go soon", "unsure")])
def test_an_answer_stays_an_answer(text, answer):
    assert intent_reader.reader().may_lead(text, answer) is None


def test_an_unsure_reading_leaves_the_classifier_alone():
    # "thank", "goodbye" and "affirm" all fit: no intent is 70% sure
    assert intent_reader.reader().may_lead("ok ta, that's me sorted", "greet") is None


def test_an_empty_message_has_no_reading():
    assert intent_reader.reader().beliefs("   ") == {}
    assert intent_reader.reader().may_lead("", "greet") is None


def test_every_intent_it_learns_is_in_the_domain():
    import yaml

    domain_intents = set()
    for path in (intent_reader.DATA_DIR.parents[1] / "domain").glob("*.yml"):
        domain_intents |= set(yaml.safe_load(path.read_text(encoding="utf-8")).get("intents") or [])
    _, intents = intent_reader.load_examples()
    assert len(intents) >= 6000
    assert set(intents) <= domain_intents


def test_the_component_leads_with_the_readers_intent_and_keeps_the_ranking():
    from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
    from rasa.shared.nlu.training_data.message import Message

    from components.intent_reader import LearnedIntentReader

    guess = {"name": "out_of_scope", "confidence": 0.99}
    message = Message(data={TEXT: NEW_WORDINGS[0][0], INTENT: guess,
                            INTENT_RANKING_KEY: [guess, {"name": "greet", "confidence": 0.01}]})
    payload = Message(data={TEXT: "/affirm", INTENT: {"name": "affirm", "confidence": 1.0}})
    LearnedIntentReader().process([message, payload])
    assert message.get(INTENT)["name"] == "describe_pain"
    assert [r["name"] for r in message.get(INTENT_RANKING_KEY)] == ["describe_pain", "out_of_scope", "greet"]
    # as sure as the guess it leads, so that the fallback step does not take it for an ambiguous message
    assert message.get(INTENT)["confidence"] >= 0.99
    assert payload.get(INTENT)["name"] == "affirm"


def test_a_trained_reader_is_kept_and_loaded_again(tmp_path, monkeypatch):
    data, cache = tmp_path / "data", tmp_path / "cache"
    data.mkdir()
    examples = [{"text": text, "label": label} for text, label in (
        ("hello there", "greet"), ("hi", "greet"), ("good morning", "greet"),
        ("thanks", "thank"), ("cheers", "thank"), ("thank you so much", "thank"))]
    (data / "intent_training.json").write_text(json.dumps({"examples": examples}), encoding="utf-8")
    first = intent_reader.load_or_train(data, cache)
    assert [path.name for path in cache.iterdir()] == [intent_reader.CACHE.path(data, cache).name]

    def no_training(data_dir):
        raise AssertionError("trained again although a saved reader was there")
    monkeypatch.setattr(intent_reader.IntentReader, "trained_model", no_training)
    assert intent_reader.load_or_train(data, cache).beliefs("hiya") == first.beliefs("hiya")
