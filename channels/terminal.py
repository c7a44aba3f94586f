"""Chat with a running assistant in the terminal (`make shell`), through its REST channel.

Rasa's own `rasa shell` starts a second server on 0.0.0.0:5005, which fails beside `make run`; this client
talks to the server that is already running instead. Buttons become numbered choices that a typed number
or title answers, and an urgency outcome is framed so that it cannot be missed.
"""
from __future__ import annotations

import argparse
import json
import sys
import urllib.error
import urllib.request
import uuid
from typing import Any

REPLY_TIMEOUT = 60  # seconds; the first reply of a session also loads the model's session

LEVEL_HEADLINES = {
    "emergency": "EMERGENCY: call {emergency_number} now",
    "urgent": "URGENT: see a doctor today",
    "soon": "SOON: book an appointment in the next one to two weeks",
    "self_care": "SELF-CARE: you can look after this yourself for now",
}
LEVEL_COLOURS = {"emergency": "1;97;41", "urgent": "1;30;43", "soon": "1", "self_care": "1"}  # ANSI SGR


def numbered_choices(buttons: list[dict[str, Any]], first_number: int = 1) -> str:
    return "\n".join(f"  {number}) {button.get('title', '')}"
                     for number, button in enumerate(buttons, first_number))


def chosen_payload(typed: str, buttons: list[dict[str, Any]]) -> str | None:
    """The payload of the choice a typed reply names, by number ("2") or by title ("not sure")."""
    answer = typed.strip().rstrip(".!").strip().lower()
    if answer.isdigit() and 1 <= int(answer) <= len(buttons):
        return buttons[int(answer) - 1].get("payload")
    titled = (b for b in buttons if str(b.get("title", "")).strip().lower() == answer)
    return next((b.get("payload") for b in titled), None)


def headline(triage: dict[str, Any], colour: bool) -> str:
    """The urgency level as a framed line: the number to call stands out from the text around it."""
    level = triage.get("urgency", "")
    words = LEVEL_HEADLINES.get(level, level.upper()).format(
        emergency_number=triage.get("emergency_number") or "your emergency number")
    line = f" {words} "
    if colour:
        return f"\033[{LEVEL_COLOURS.get(level, '1')}m{line}\033[0m"
    rule = ("!" if level == "emergency" else "=") * len(line)
    return f"{rule}\n{line}\n{rule}"


def render(replies: list[dict[str, Any]], colour: bool = False) -> tuple[str, list[dict[str, Any]]]:
    """What the person sees for one turn's replies, and the choices they can answer with a number.

    REST sends a reply's payload as its own message after the text it belongs to; the urgency headline goes
    before that text. Knowledge and plan payloads are left out: their text is already in the reply."""
    blocks: list[str] = []
    buttons: list[dict[str, Any]] = []
    for reply in replies:
        triage = (reply.get("custom") or {}).get("triage") or {}
        if triage.get("urgency"):
            blocks.insert(max(len(blocks) - 1, 0), headline(triage, colour))
        if reply.get("text"):
            blocks.append(reply["text"])
        if reply.get("buttons"):  # numbered on through the turn, so no two choices share a number
            blocks.append(numbered_choices(reply["buttons"], len(buttons) + 1))
            buttons += reply["buttons"]
    return "\n\n".join(blocks), buttons


def send(url: str, sender: str, message: str) -> list[dict[str, Any]]:
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(f"{url}/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=REPLY_TIMEOUT) as response:
        return json.load(response)


def chat(url: str, sender: str, colour: bool) -> None:
    print("Type your message and press Enter; type a choice's number to pick it; /stop or Ctrl-D quits.\n")
    message = "/greet"  # the introduction first, as the web pages do
    while True:
        try:
            replies = send(url, sender, message)
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            print(f"error: the assistant at {url} did not answer ({getattr(exc, 'reason', exc)}); is "
                  "`make run` still running? See var/logs/rasa.log.", file=sys.stderr)
            replies = []
        shown, new_buttons = render(replies, colour)
        if shown:
            print(f"{shown}\n")
        buttons = new_buttons
        typed = read_line()
        if typed is None or typed == "/stop":
            return
        message = (chosen_payload(typed, buttons) if buttons else None) or typed


def read_line() -> str | None:
    """The next non-empty line the person types, or None when they quit (Ctrl-D, Ctrl-C)."""
    while True:
        try:
            typed = input("You: ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return None
        if typed:
            return typed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:5005", help="the running Rasa server")
    parser.add_argument("--sender", default=f"shell-{uuid.uuid4().hex[:12]}", help="conversation id")
    args = parser.parse_args(argv)
    chat(args.url.rstrip("/"), args.sender, colour=sys.stdout.isatty())


if __name__ == "__main__":
    main()
