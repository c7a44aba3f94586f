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

from channels.plain_text import chosen_payload, render_turn, urgency_headline

REPLY_TIMEOUT = 60  # seconds; the first reply of a session also loads the model's session
LEVEL_COLOURS = {"emergency": "1;97;41", "urgent": "1;30;43"}  # ANSI SGR: white on red, black on amber


def never_buttons(_: list[dict[str, Any]]) -> bool:
    return False  # a terminal shows every choice as a numbered option


def as_turn(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """REST sends a reply's payload as a message of its own, after the text it belongs to: put it back
    with that text, as the messaging channels receive it."""
    turn: list[dict[str, Any]] = []
    for reply in replies:
        if turn and reply.get("custom") and not reply.get("text") and not turn[-1].get("custom"):
            turn[-1] = {**turn[-1], "custom": reply["custom"]}
        else:
            turn.append(dict(reply))
    return turn


def banner(triage: dict[str, Any], colour: bool) -> str | None:
    """The urgency level framed on a line of its own, so that the number to call stands out."""
    headline = urgency_headline(triage)
    if headline is None:
        return None
    level = triage["urgency"]
    if colour:
        return f"\033[{LEVEL_COLOURS.get(level, '1')}m {headline} \033[0m"
    rule = ("!" if level == "emergency" else "=") * (len(headline) + 2)
    return f"{rule}\n {headline}\n{rule}"


def render(replies: list[dict[str, Any]], colour: bool = False) -> tuple[str, list[list[dict[str, Any]]]]:
    """What the person sees for one turn, and the turn's choices (which a typed number or title answers,
    numbered as on SMS: the question being asked gets 1, 2, 3...)."""
    turn = [message for message in as_turn(replies) if message.get("text") or message.get("buttons")]
    blocks = []
    for message, (text, _) in zip(turn, render_turn(turn, never_buttons), strict=True):
        framed = banner((message.get("custom") or {}).get("triage") or {}, colour)
        blocks += [framed, text] if framed else [text]
    return "\n\n".join(blocks), [list(m.get("buttons") or []) for m in turn]


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
        shown, choices = render(replies, colour)
        if shown:
            print(f"{shown}\n")
        typed = read_line()
        if typed is None or typed == "/stop":
            return
        message = chosen_payload(typed, choices, never_buttons) or typed


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
