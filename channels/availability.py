"""Never silence, never a silently restarted conversation: what every channel does around a turn.

If the conversation store or the lock store cannot be reached (stores/), the person is told the service
is unavailable, with the emergency number, and nothing of the conversation is changed. If a turn ends
with no reply at all while no member of staff holds the conversation (typically because the action
server is down: Rasa logs the failed action and goes on), the person is told so, with the numbers.

These texts cannot live in the domain's responses like the others: they are needed exactly when the
assistant's dialogue cannot run.
"""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.lock_store import LockError
from redis.exceptions import RedisError

from clinical.regions import region_contacts
from stores.tracker import TrackerStoreUnavailable, last_saved_turn

logger = logging.getLogger(__name__)
OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


def unavailable_text(region: str | None = None) -> str:
    contacts = region_contacts(region)
    return ("Sorry, the service is having a technical problem and can't go on with our conversation "
            "right now. Please send your last message again in a few minutes. If this is an emergency, "
            f"call {contacts.emergency_number} now. For health advice, call {contacts.helpline}.")


def no_answer_text(region: str | None = None) -> str:
    contacts = region_contacts(region)
    return ("Sorry, something went wrong on our side and I can't answer that right now. Please try again "
            f"in a few minutes. If this is an emergency, call {contacts.emergency_number} now. For health "
            f"advice, call {contacts.helpline}.")


class CountingOutput(OutputChannel):
    """Passes every reply to the channel's own output, counting them."""

    def __init__(self, inner: OutputChannel) -> None:
        self.inner = inner
        self.sent = 0

    def name(self) -> str:  # type: ignore[override]
        return self.inner.name()

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        self.sent += 1
        await self.inner.send_response(recipient_id, message)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        self.sent += 1
        await self.inner.send_text_message(recipient_id, text, **kwargs)

    def __getattr__(self, name: str) -> Any:  # anything else a channel's output offers, e.g. `messages`
        return getattr(self.inner, name)


def guarded(on_new_message: OnNewMessage) -> OnNewMessage:
    """`on_new_message` that answers the person when storage is down or a turn ends in silence."""

    async def handle(message: UserMessage) -> None:
        output = CountingOutput(message.output_channel)
        message.output_channel = output
        last_saved_turn.set(None)
        try:
            await on_new_message(message)
        except (TrackerStoreUnavailable, LockError, RedisError) as error:
            logger.error("A message could not be handled: storage unavailable (%s).",
                         error.__class__.__name__)
            await output.send_text_message(message.sender_id, unavailable_text())
            return
        except Exception as error:  # a fault of ours: the person still gets an answer, the log no text
            logger.error("A message could not be handled (%s).", error.__class__.__name__)
            logger.debug("The fault while handling a message:", exc_info=True)
            await output.send_text_message(message.sender_id, no_answer_text())
            return
        turn = last_saved_turn.get()
        if output.sent == 0 and not (turn and turn.paused):
            logger.error("A turn ended without any reply (is the action server up?); the person was told.")
            await output.send_text_message(message.sender_id, no_answer_text(turn.region if turn else None))

    return handle
