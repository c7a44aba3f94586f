"""What every channel checks before a message reaches the assistant, so that a bad request gets a clear
answer in any channel and the conversation loses nothing."""
from __future__ import annotations

from typing import Any

from clinical.regions import current_region

MAX_MESSAGE_CHARS = 5_000
MAX_SENDER_CHARS = 255


def too_long_reply() -> str:
    """What the person is told when a message is too long to read (never the message itself)."""
    return (f"Sorry, that message is too long for me (over {MAX_MESSAGE_CHARS:,} characters), so I haven't "
            "read it. Please send it again in a few shorter messages. If this is an emergency, call "
            f"{current_region().emergency_number} now.")


def metadata_problem(metadata: Any) -> str | None:
    if metadata is not None and not isinstance(metadata, dict):
        return '"metadata" must be a JSON object'
    return None


def sender_problem(sender: Any, field: str = "sender") -> str | None:
    if sender is not None and (not isinstance(sender, str) or not sender.strip()
                               or len(sender) > MAX_SENDER_CHARS):
        return f'"{field}" must be a non-empty string of at most {MAX_SENDER_CHARS} characters'
    return None
