"""The terminal chat (`make shell`): numbered choices, typed answers, an urgency outcome that stands out."""
from __future__ import annotations

import pytest

from channels.terminal import chosen_payload, render

YES_NO = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"},
          {"title": "Not sure", "payload": "/unsure"}]


def test_choices_are_numbered_on_through_a_turn_and_any_of_them_can_be_typed():
    shown, choices = render([
        {"recipient_id": "a", "text": "List them?", "buttons": [{"title": "Quicker", "payload": "/q"}]},
        {"recipient_id": "a", "text": "Any trouble passing urine?", "buttons": YES_NO}])
    assert "  1) Quicker" in shown and "  2) Yes" in shown and "  4) Not sure" in shown
    assert chosen_payload("1", choices) == "/q"
    assert chosen_payload("4", choices) == "/unsure"


@pytest.mark.parametrize(("typed", "payload"), [
    ("2", "/affirm"), (" Not sure. ", "/unsure"), ("NO", "/deny"), ("5", None), ("0", None),
    ("no, but my leg is numb", None)])
def test_a_typed_reply_picks_a_choice_only_when_it_names_one(typed, payload):
    choices = [{"title": "Quicker", "payload": "/q"}, *YES_NO]
    assert chosen_payload(typed, choices) == payload


def test_an_emergency_is_headed_by_the_number_to_call_before_its_text():
    shown, _ = render([
        {"recipient_id": "a", "text": "EMERGENCY: call 999 now or go to A&E."},
        {"recipient_id": "a", "custom": {"triage": {"urgency": "emergency", "emergency_number": "999"}}},
        {"recipient_id": "a", "text": "Would you like to talk to a person?"}])
    lines = shown.splitlines()
    assert lines[0] == lines[2] and set(lines[0]) == {"!"}
    assert lines[1].strip() == "EMERGENCY: call 999 now"
    assert shown.index("EMERGENCY: call 999 now or go") < shown.index("a person")


def test_payloads_that_only_repeat_the_text_are_not_shown():
    shown, choices = render([
        {"recipient_id": "a", "text": "Walking is good. (Source: Healthify NZ (Keeping active))"},
        {"recipient_id": "a", "custom": {"knowledge": {"statements": [{"text": "Walking is good."}]}}}])
    assert shown == "Walking is good. (Source: Healthify NZ (Keeping active))" and choices == []
