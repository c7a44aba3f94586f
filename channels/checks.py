"""What every channel checks before a message reaches the assistant, so that a bad request gets a clear
answer in any channel and the conversation loses nothing."""
from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from clinical.regions import current_region
from stores.tracker import TrackerStoreUnavailable

MAX_MESSAGE_CHARS = 5_000
MAX_SENDER_CHARS = 255


def too_long_reply() -> str:
    """What the person is told when a message is too long to read (never the message itself)."""
    return (f"Sorry, that message is too long for me (over {MAX_MESSAGE_CHARS:,} characters), so I haven't "
            "read it. Please send it again in a few shorter messages. If this is an emergency, call "
            f"{current_region().emergency_number} now.")


# Control characters other than tab and line breaks, and halves of a UTF-16 pair on their own (JSON's
# "\ud800"): PostgreSQL refuses NUL in a text column (records keep the person's words), and a lone
# surrogate cannot be written out as UTF-8 (a log line, a record).
UNREADABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def readable_text(text: str) -> str:
    """The message without characters that mean nothing to a reader and break storage or logs."""
    return UNREADABLE.sub("", text)


def metadata_problem(metadata: Any) -> str | None:
    if metadata is not None and not isinstance(metadata, dict):
        return '"metadata" must be a JSON object'
    return None


def sender_problem(sender: Any, field: str = "sender", required: bool = False) -> str | None:
    """Why a conversation id cannot be used; without `required`, a missing one is fine."""
    if required and sender is None:
        return f'"{field}" is required: a string that names the conversation'
    if sender is not None and (not isinstance(sender, str) or not sender.strip()
                               or len(sender) > MAX_SENDER_CHARS or UNREADABLE.search(sender)):
        return (f'"{field}" must be a non-empty string of at most {MAX_SENDER_CHARS} characters, without '
                'control characters')
    return None


# The channels whose conversation ids name a person on a platform (a phone number, a chat id).
PLATFORM_CHANNELS = frozenset({"telegram", "twilio", "facebook", "slack"})


# Web conversations checked lately (id -> when): reading a whole conversation for every message would
# double the store's reads (30-70 ms a message on SQLite here), so a web id is checked again only after this.
WEB_CHECK_SECONDS = 600
WEB_CHECKED_MOST = 50_000
_web_checked: dict[str, float] = {}


async def held_on_a_platform(tracker_store: Any, sender: str,
                             clock: Callable[[], float] = time.monotonic) -> bool:
    """Whether a conversation id named by a web caller (REST, socket.io) is a messaging platform's
    conversation: such ids can be guessed (a phone number), and the caller would read and change that
    person's conversation. A fault of the store is answered where the message is handled."""
    now = clock()
    if now - _web_checked.get(sender, -WEB_CHECK_SECONDS) < WEB_CHECK_SECONDS:
        return False
    try:
        tracker = await tracker_store.retrieve(sender)
    except (Exception, TrackerStoreUnavailable):  # the latter is a BaseException: see stores/tracker.py
        return False
    if tracker is not None and tracker.get_latest_input_channel() in PLATFORM_CHANNELS:
        return True
    if len(_web_checked) >= WEB_CHECKED_MOST:
        _web_checked.pop(next(iter(_web_checked)))  # the oldest
    _web_checked.pop(sender, None)
    _web_checked[sender] = now
    return False


def platform_conversation_problem(field: str = "sender") -> str:
    return f'this "{field}" names a conversation on a messaging platform; choose another id'
