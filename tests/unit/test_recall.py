"""The recall-first classifier (clinical/recall.py): it notices red flags the rules do not know, and what it
notices only ever leads to one check question, never to an escalation; its training data is kept up to
date (and never holds a sealed case: tests/unit/test_blind_corpus.py)."""
import subprocess
import sys
from pathlib import Path

import pytest

from clinical.findings import BY_CODE
from clinical.language import find_mentions, red_flag_spans
from clinical.recall import NONE_LABEL, detector, load_examples, with_suggestions
from clinical.triage import interpret

ROOT = Path(__file__).resolve().parents[2]


def _suggested(text):
    return [m.code for m in with_suggestions(text, find_mentions(text)) if m.status == "suggested"]


def test_every_training_label_is_a_red_flag_or_a_kind_of_none():
    labels = {e.label for e in load_examples()}
    red_flags = {code for code, finding in BY_CODE.items() if finding.is_red_flag}
    assert {label for label in labels if not label.startswith(NONE_LABEL)} <= red_flags
    assert len([e for e in load_examples() if not e.label.startswith(NONE_LABEL)]) >= 500


def test_the_collected_examples_are_up_to_date():
    script = ROOT / "scripts" / "collect-red-flag-examples.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("text", [
    "hi", "yes", "no", "not sure", "about 3 weeks", "thanks, bye", "what is sciatica?",
    "can I take ibuprofen with paracetamol?", "my lower back aches after gardening",
    "no problems with my bladder or bowels", "",
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
