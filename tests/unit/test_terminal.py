"""The terminal chat (`make shell`): numbered choices, typed answers, an urgency outcome that stands out."""
from __future__ import annotations

import pytest

from channels.plain_text import chosen_payload
from channels.terminal import never_buttons, render

YES_NO = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"},
          {"title": "Not sure", "payload": "/unsure"}]
QUICKER = [{"title": "Quicker", "payload": "/q"}]


def test_the_question_asked_gets_1_2_3_and_earlier_choices_go_on_from_there():
    shown, choices = render([
        {"recipient_id": "a", "text": "List them?", "buttons": QUICKER},
        {"recipient_id": "a", "text": "Any trouble passing urine?", "buttons": YES_NO}])
    assert "Reply 4 for Quicker." in shown
    assert "Reply 1 for Yes, 2 for No, 3 for Not sure." in shown
    assert chosen_payload("1", choices, never_buttons) == "/affirm"
    assert chosen_payload("4", choices, never_buttons) == "/q"


@pytest.mark.parametrize(("typed", "payload"), [
    ("2", "/deny"), (" Not sure. ", "/unsure"), ("NO", "/deny"), ("5", None), ("0", None),
    ("no, but my leg is numb", None)])
def test_a_typed_reply_picks_a_choice_only_when_it_names_one(typed, payload):
    _, choices = render([{"recipient_id": "a", "text": "Any fever?", "buttons": YES_NO}])
    assert chosen_payload(typed, choices, never_buttons) == payload


def test_an_emergency_is_framed_with_the_number_to_call_before_its_text():
    shown, _ = render([
        {"recipient_id": "a", "text": "EMERGENCY: call 999 now or go to A&E."},
        {"recipient_id": "a", "custom": {"triage": {"urgency": "emergency", "emergency_number": "999"}}},
        {"recipient_id": "a", "text": "Would you like to talk to a person?"}])
    lines = shown.splitlines()
    assert lines[0] == lines[2] and set(lines[0]) == {"!"}
    assert lines[1].strip() == "EMERGENCY: call 999 now."
    assert shown.index("EMERGENCY: call 999 now or go") < shown.index("a person")


def test_payloads_that_only_repeat_the_text_are_not_shown():
    shown, _ = render([
        {"recipient_id": "a", "text": "Walking is good.\n(Source: Healthify NZ (Keeping active))"},
        {"recipient_id": "a", "custom": {"knowledge": {"statements": [{"text": "Walking is good."}]}}}])
    assert shown == "Walking is good.\n(Source: Healthify NZ (Keeping active))"
