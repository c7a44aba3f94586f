"""The topic reader (clinical/topic_reader.py) and how clinical/questions.py uses it. The questions here are
written for this test, in words that neither its examples nor the keywords hold."""
from __future__ import annotations

import json

import pytest

from clinical import knowledge, topic_reader
from clinical.questions import question_topics
from tests.data.sealed import repeats_sealed


@pytest.fixture(scope="module")
def known():
    """The topics and keywords as the knowledge files hold them (the database is loaded from these)."""
    return [(topic["id"], [str(k) for k in topic["keywords"]]) for topic in knowledge.read_content().topics]


def _training_texts() -> set[str]:
    path = topic_reader.DATA_DIR / "topic_training_collected.json"
    return {item["text"].lower() for item in json.loads(path.read_text(encoding="utf-8"))["examples"]}


# Each went to another topic by its keywords (or to none); the reader knows what is asked.
@pytest.mark.parametrize(("question", "keywords_topic", "topic"), [
    ("what's the physio going to check when I go in on Tuesday?", "physiotherapy", "provider_assessment"),
    ("will the GP want me to take my top off so she can look at my spine?", None, "provider_assessment"),
    ("how do I get back to my tennis bit by bit without it going again?", "keeping_active_and_work",
     "graded_activity"),
    ("should I call in sick or try to keep going to work?", None, "keeping_active_and_work"),
])
def test_a_question_in_new_words_reaches_its_topic(known, question, keywords_topic, topic):
    assert question.lower() not in _training_texts() and not repeats_sealed(question)
    by_keywords = knowledge.match_topics(question, known)
    assert (by_keywords[0] if by_keywords else None) == keywords_topic
    assert question_topics(question, known)[0] == topic


@pytest.mark.parametrize(("question", "topic"), [
    ("is co-codamol ok for my back", "med_opioids"),  # a product with an opioid in it is an opioid
    ("can I take naproxen with my warfarin?", "med_nsaids"),
    ("is it safe to take my ibuprofen long-term?", "med_nsaids"),
    # the reader alone would say paracetamol, or anti-inflammatories: both hold codeine
    ("is co-codamol better than paracetamol?", "med_opioids"),
    ("can I take nurofen plus for my back", "med_opioids"),
])
def test_a_named_medicine_still_decides_the_topic(known, question, topic):
    assert question_topics(question, known)[0] == topic


@pytest.mark.parametrize("question", [
    "does turmeric cure back pain?", "can a magnet bracelet fix my back?", "what's the weather tomorrow?",
    "is cupping good?", "what is a good recipe for lasagne?",
])
def test_what_the_sources_do_not_cover_is_still_not_answered(known, question):
    assert question_topics(question, known) == []


def test_the_reader_is_unsure_of_an_empty_text():
    assert topic_reader.reader().best("   ") is None


def test_every_topic_it_learns_is_a_knowledge_topic(known):
    _, topics = topic_reader.load_examples()
    assert len(topics) >= 1000
    assert set(topics) <= {topic_id for topic_id, _ in known}


def test_a_trained_reader_is_kept_and_loaded_again(tmp_path, monkeypatch):
    data, cache = tmp_path / "data", tmp_path / "cache"
    data.mkdir()
    examples = [{"text": text, "label": label} for text, label in (
        ("is yoga good for backs", "yoga"), ("should I try yoga", "yoga"),
        ("do I need an x-ray", "imaging"), ("will a scan show anything", "imaging"))]
    (data / "topic_training.json").write_text(json.dumps({"examples": examples}), encoding="utf-8")
    first = topic_reader.load_or_train(data, cache)
    assert [path.name for path in cache.iterdir()] == [topic_reader.CACHE.path(data, cache).name]

    def no_training(data_dir):
        raise AssertionError("trained again although a saved reader was there")
    monkeypatch.setattr(topic_reader.TopicReader, "trained_model", no_training)
    assert topic_reader.load_or_train(data, cache).best("yoga?") == first.best("yoga?")


def test_the_reader_never_chooses_a_medicine_class_that_was_not_named(known):
    text = "is it addictive, the stuff the doctor gave me"
    assert topic_reader.reader().best(text)[0].startswith("med_")
    assert not any(topic.startswith("med_") for topic in question_topics(text, known))


def test_a_question_whose_words_name_getting_help_is_answered_from_when_to_seek_help(known):
    assert question_topics("should I go to A&E with back pain?", known)[0] == "when_to_seek_help"
