"""The recall-first classifier (clinical/recall.py): it notices red flags the rules do not know, and what it
notices only ever leads to one check question, never to an escalation; its training data is kept up to
date (and never holds a sealed case: tests/unit/test_blind_corpus.py)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from clinical.findings import BY_CODE
from clinical.language import find_mentions, red_flag_spans
from clinical.recall import NONE_LABEL, RecallDetector, detector, load_examples, with_suggestions
from clinical.triage import interpret

ROOT = Path(__file__).resolve().parents[2]


def _suggested(text):
    return [m.code for m in with_suggestions(text, find_mentions(text)) if m.status == "suggested"]


def test_every_training_label_is_a_red_flag_or_a_kind_of_none():
    labels = {e.label for e in load_examples()}
    red_flags = {code for code, finding in BY_CODE.items() if finding.is_red_flag}
    assert {label for label in labels if not label.startswith(NONE_LABEL)} <= red_flags
    assert len([e for e in load_examples() if not e.label.startswith(NONE_LABEL)]) >= 500


def test_the_collected_examples_are_up_to_date():  # the red-flag reader's and the topic reader's
    script = ROOT / "scripts" / "collect-training-examples.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("text", [
    "hi", "yes", "no", "not sure", "about 3 weeks", "thanks, bye", "what is sciatica?",
    "can I take ibuprofen with paracetamol?", "my lower back aches after gardening",
    "no problems with my bladder or bowels", "",
    # plain openings, where and since when (the reader had asked them about a fever or weakened immunity)
    "my lower back hurts since yesterday", "lower back pain since yesterday", "back pain 3 days",
    "my back hurts since last week",
])
def test_ordinary_messages_raise_no_suggestion(text):
    assert _suggested(text) == []


def test_a_suggestion_is_only_ever_a_check_never_an_escalation():
    # A wording of its own (the rules know "suicidal", not this), said as someone's worry about themselves.
    text = "honestly some days I think everyone would manage fine if I just wasn't here anymore"
    mentions = with_suggestions(text, find_mentions(text))
    suggested = [m for m in mentions if m.status == "suggested"]
    assert suggested, "the classifier should notice this"
    assert not any(m.reported for m in suggested)
    assert red_flag_spans(text, mentions) == [(s, e, c) for s, e, c in red_flag_spans(text)]
    update = interpret(text, "inform", None, {}, [], mentions=mentions)
    assert set(update.to_check) >= {m.code for m in suggested}
    assert not any(update.values.get(m.code) == "yes" for m in suggested)


def test_the_rules_reading_wins_over_a_suggestion():
    # The rules read the bladder as denied: the classifier is not asked about the bladder at all.
    text = "no trouble at all with my waterworks, that's all normal"
    codes = [m.code for m in with_suggestions(text, find_mentions(text))]
    assert codes.count("bladder_bowel") <= 1
    assert "bladder_bowel" not in _suggested(text)


def test_a_suggestion_about_the_question_being_asked_is_read_as_its_answer_not_checked():
    update = interpret("yes, I strain and nothing comes out", "affirm", "bladder_bowel", {}, [])
    assert update.values["bladder_bowel"] == "yes"
    assert "bladder_bowel" not in update.to_check


def test_an_earlier_no_does_not_silence_a_later_suggestion_but_a_check_answered_no_does():
    # as with the rules' possible flags: a later description is checked even after "no" to the question
    text = "honestly some days I think everyone would manage fine if I just wasn't here anymore"
    assert "self_harm" in interpret(text, "inform", "age", {"self_harm": "no"}, []).to_check
    assert "self_harm" not in interpret(text, "inform", "age", {}, [], checked=("self_harm",)).to_check


def test_the_most_urgent_suggestion_comes_first():
    scores = detector().scores("my legs both went numb and I can't feel the toilet paper")
    assert abs(sum(scores.values()) - 1.0) < 1e-6
    possible = detector().possible("my legs both went numb and I can't feel the toilet paper", 0.0, 0.0)
    levels = [BY_CODE[c].urgency for c in possible]
    assert levels == sorted(levels, reverse=True)


def test_a_message_about_another_flag_is_no_plain_no_to_the_question_asked():
    # "wasn't" in a sentence about something else does not answer the groin question
    text = "honestly some days I think everyone would manage fine if I just wasn't here anymore"
    update = interpret(text, "inform", "saddle_numbness", {"bladder_bowel": "no"}, [])
    assert "saddle_numbness" not in update.values
    assert "self_harm" in update.to_check


def _small_examples(folder: Path, extra: str = "") -> Path:
    """A few examples, so that a reader trains in a moment."""
    texts = [("I wet myself and didn't notice", "bladder_bowel"),
             ("can't feel the toilet paper", "saddle_numbness"), ("I have a fever and shivers", "fever"),
             ("my back is sore after gardening", NONE_LABEL),
             ("no problems with my bladder", "none:negated"), ("my mum has a fever", "none:other_person")]
    examples = [{"text": text + extra, "label": label} for text, label in texts for _ in range(3)]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "red_flag_training.json").write_text(json.dumps({"examples": examples}), encoding="utf-8")
    return folder


def test_a_trained_reader_is_kept_and_the_next_process_loads_the_same_one(tmp_path, monkeypatch):
    from clinical import recall
    data, cache = _small_examples(tmp_path / "data"), tmp_path / "cache"
    first = recall.load_or_train(data, cache)
    assert [path.name for path in cache.iterdir()] == [recall.cache_path(data, cache).name]

    def no_training(examples):
        raise AssertionError("trained again although a saved reader was there")
    monkeypatch.setattr(recall.RecallDetector, "trained", no_training)
    loaded = recall.load_or_train(data, cache)
    text = "I wet myself on the bus"
    assert loaded.scores(text) == first.scores(text)


def test_changed_examples_train_a_new_reader_and_the_old_file_goes(tmp_path):
    from clinical import recall
    data, cache = _small_examples(tmp_path / "data"), tmp_path / "cache"
    recall.load_or_train(data, cache)
    old = recall.cache_path(data, cache)
    _small_examples(data, extra=" today")
    assert recall.cache_path(data, cache) != old
    recall.load_or_train(data, cache)
    assert [path.name for path in cache.iterdir()] == [recall.cache_path(data, cache).name]


def test_a_damaged_saved_reader_is_never_used_but_trained_again(tmp_path, caplog):
    from clinical import recall
    data, cache = _small_examples(tmp_path / "data"), tmp_path / "cache"
    path = recall.cache_path(data, cache)
    cache.mkdir()
    path.write_bytes(b"not a saved reader")
    reader = recall.load_or_train(data, cache)
    assert reader.scores("I wet myself")["bladder_bowel"] > 0.2
    assert "could not be loaded" in caplog.text
    assert path.read_bytes() != b"not a saved reader"


def test_a_saved_file_of_the_wrong_kind_is_trained_again(tmp_path, caplog):
    import joblib

    from clinical import recall
    data, cache = _small_examples(tmp_path / "data"), tmp_path / "cache"
    path = recall.cache_path(data, cache)
    cache.mkdir()
    joblib.dump({"not": "a classifier"}, path)
    reader = recall.load_or_train(data, cache)
    assert reader.scores("I wet myself")["bladder_bowel"] > 0.2
    assert "not a trained classifier" in caplog.text


def test_a_reader_that_cannot_be_saved_still_answers(tmp_path, caplog):
    from clinical import recall
    data = _small_examples(tmp_path / "data")
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    reader = recall.load_or_train(data, blocked)
    assert reader.scores("I wet myself")["bladder_bowel"] > 0.2
    assert "could not be saved" in caplog.text



def test_a_crisis_is_checked_on_its_own_belief_though_the_reader_doubts_any_flag():
    # most of the belief on "none", a fifth on self-harm: asked about (its wording is the most varied)
    doubtful = {"none": 0.55, "none:hypothetical": 0.2, "self_harm": 0.22, "fever": 0.03}
    assert RecallDetector.possible_from(doubtful) == ["self_harm"]
    # the same doubt about a fever is not enough
    assert RecallDetector.possible_from({"none": 0.55, "none:hypothetical": 0.2, "fever": 0.22,
                                         "self_harm": 0.03}) == []
    assert RecallDetector.possible_from(doubtful, alone=False) == []


def test_a_plain_question_about_two_medicines_gets_no_crisis_check_on_the_crisis_bar_alone():
    # (the reader gives it about a third on self-harm: "tramadol", "take ... with")
    assert "self_harm" not in _suggested("can i take the amitriptyline with my tramadol?")


def test_half_the_belief_on_red_flags_is_enough_to_ask_about_the_likeliest():
    scores = {"none": 0.3, "none:soon_level": 0.2, "leg_weakness": 0.36, "progressive_weakness": 0.14}
    assert RecallDetector.possible_from(scores) == ["leg_weakness"]
    assert RecallDetector.possible_from({**scores, "none": 0.4, "leg_weakness": 0.26}) == []
