"""Replies as plain text for messaging platforms that cannot show buttons or payloads (SMS, WhatsApp) or
where a platform's limits bite: choices become numbered options that a typed number or title answers, an
urgency outcome says its level and number in words, and a long text is split into messages that fit.
Pure functions, so every platform channel behaves the same and the rules are unit-tested."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

Button = dict[str, Any]

LEVEL_HEADLINES = {
    "emergency": "EMERGENCY: call {emergency_number} now.",
    "urgent": "URGENT: see a doctor today.",
    "soon": "SOON: book an appointment in the next one to two weeks.",
    "self_care": "SELF-CARE: you can look after this yourself for now.",
}


def numbered_options(buttons: list[Button], first_number: int = 1) -> str:
    """'Reply 1 for Yes, 2 for No, 3 for Not sure.'"""
    options = [f"{number} for {button.get('title', '')}"
               for number, button in enumerate(buttons, first_number)]
    return f"Reply {', '.join(options)}."


def normalised(typed: str) -> str:
    """Case, punctuation and spacing left out: 'Not sure!' and ' not  SURE' read the same."""
    return " ".join(re.sub(r"[^\w\s]", " ", typed.lower()).split())


ShowsButtons = Callable[[list[Button]], bool]


def first_numbers(turn: list[list[Button]], shows_buttons: ShowsButtons) -> list[int | None]:
    """The number of the first choice of each message of a turn (None where the platform shows the choices
    as buttons, or there are none). The last question numbered is the one being asked, so its choices
    are 1, 2, 3...; choices offered earlier in the turn go on from there, so no two share a number."""
    numbered = [index for index, buttons in enumerate(turn) if buttons and not shows_buttons(buttons)]
    numbers: list[int | None] = [None] * len(turn)
    next_number = 1
    for index in numbered[-1:] + numbered[:-1]:
        numbers[index] = next_number
        next_number += len(turn[index])
    return numbers


def chosen_payload(typed: str, turn: list[list[Button]], shows_buttons: ShowsButtons) -> str | None:
    """The payload of the choice a typed reply names, or None if it names none.

    `turn` holds the button lists of the assistant's messages since the person last wrote, in order. A
    number answers a choice that was numbered (see `first_numbers`); a title answers any choice, the
    latest first."""
    answer = normalised(typed)
    if not answer:
        return None
    if answer.isdecimal():  # not isdigit: '²' is a digit that int() cannot read
        for buttons, first in zip(turn, first_numbers(turn, shows_buttons), strict=True):
            if first is not None and first <= int(answer) < first + len(buttons):
                return buttons[int(answer) - first].get("payload")
        return None
    for buttons in reversed(turn):
        for button in buttons:
            if normalised(str(button.get("title", ""))) == answer:
                return button.get("payload")
    return None


def render_turn(messages: list[dict[str, Any]], shows_buttons: ShowsButtons
                ) -> list[tuple[str, list[Button] | None]]:
    """What a turn's messages say on a platform: each message's text, led by its urgency level where it
    has one and followed by its choices as numbered options where the platform does not show them as
    buttons, with the buttons it does show. Payloads are left out: their text is in the message."""
    turn = [list(message.get("buttons") or message.get("quick_replies") or []) for message in messages]
    rendered: list[tuple[str, list[Button] | None]] = []
    for message, buttons, first in zip(messages, turn, first_numbers(turn, shows_buttons), strict=True):
        triage = (message.get("custom") or {}).get("triage") or {}
        text = with_urgency_headline(message.get("text") or "", triage)
        if first is not None:
            text = f"{text}\n\n{numbered_options(buttons, first)}".strip()
        if text:
            rendered.append((text, buttons if buttons and first is None else None))
    return rendered


def buttons_of_last_turn(events: Iterable[Any]) -> list[list[Button]]:
    """The button lists of the assistant's messages since the person's last message, from tracker events
    (Rasa `Event` objects or their dicts), so any server of a deployment reads the same choices."""
    turn: list[list[Button]] = []
    for event in events:
        kind = event.get("event") if isinstance(event, dict) else getattr(event, "type_name", None)
        if kind == "user":
            turn = []
        elif kind == "bot":
            data = (event.get("data") if isinstance(event, dict) else getattr(event, "data", None)) or {}
            turn.append(list(data.get("buttons") or data.get("quick_replies") or []))
    return turn


def urgency_headline(triage: dict[str, Any]) -> str | None:
    """'EMERGENCY: call 111 now.' for an urgency outcome's payload; None for other payloads."""
    level = triage.get("urgency")
    if level not in LEVEL_HEADLINES:
        return None
    number = triage.get("emergency_number") or "your emergency number"
    return LEVEL_HEADLINES[level].format(emergency_number=number)


def with_urgency_headline(text: str, triage: dict[str, Any]) -> str:
    """The outcome's text, led by its level in words unless it already opens with it (and, for an
    emergency, names the number): on a plain channel the level must be unmistakable without the page's
    colours and call button."""
    headline = urgency_headline(triage)
    if headline is None:
        return text
    level_word = headline.split(":")[0]
    says_level = text.lstrip().upper().startswith(level_word)
    says_number = triage.get("urgency") != "emergency" or str(triage.get("emergency_number") or "") in text
    if says_level and says_number:
        return text
    return f"{headline}\n\n{text}" if text.strip() else headline


_BOUNDARIES = (r"\n\s*\n", r"\n", r"(?<=[.!?])\s+", r"\s+")  # paragraph, line, sentence, word


def split_message(text: str, limit: int) -> list[str]:
    """The text in parts of at most `limit` characters, broken at the largest boundary that fits
    (paragraph, then line, sentence, word), so a citation or a table row stays whole where it can."""
    text = text.strip()
    if len(text) <= limit:
        return [text] if text else []
    for boundary in _BOUNDARIES:
        cut = _last_boundary(text, boundary, limit)
        if cut is not None:
            head, rest = cut
            return [head, *split_message(rest, limit)]
    return [text[:limit], *split_message(text[limit:], limit)]  # one word longer than a message


def _last_boundary(text: str, boundary: str, limit: int) -> tuple[str, str] | None:
    """The text before and after the last `boundary` whose head fits in `limit`, or None."""
    best = None
    for match in re.finditer(boundary, text):
        if match.start() > limit:
            break
        if match.start() > 0:
            best = match
    if best is None:
        return None
    return text[:best.start()].rstrip(), text[best.end():]
