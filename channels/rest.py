"""Rasa's REST channel (same URL, /webhooks/rest/webhook) with its request body checked first, and
/webhooks/rest/staff_messages for what helpline staff write during a live handoff.

Rasa's own channel fails with a 500 (and logs the message text) on a body that is not a JSON object
or a message that is not text, and its NLU model fails on very long messages. Here such requests get a
clear answer instead and never reach the assistant, so a conversation loses nothing.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.availability import guarded
from channels.checks import (
    MAX_MESSAGE_CHARS,
    held_on_a_platform,
    metadata_problem,
    platform_conversation_problem,
    readable_text,
    sender_problem,
    too_long_reply,
)
from channels.limits import client_address, message_limits
from channels.lockdown import lock_down
from stores.tracker import TrackerStoreUnavailable


def problem_with(body: Any) -> str | None:
    """Why a webhook body cannot be handled, in words for the caller, or None if it is fine."""
    if not isinstance(body, dict):
        return 'the body must be a JSON object like {"sender": "some-id", "message": "hello"}'
    message, sender = body.get("message"), body.get("sender")
    if not isinstance(message, str):
        return '"message" must be text (a JSON string)'
    return sender_problem(sender, required=True) or metadata_problem(body.get("metadata"))


# The actions the staff console runs through Rasa's API when a handoff ends (actions/handoff.py).
HANDOFF_END_ACTIONS = {"action_hand_back", "action_no_staff_free", "action_handoff_red_flag"}


def outside_turns(events: Iterable[Any]) -> list[BotUttered]:
    """The bot messages no REST reply carried: staff's, and those of the actions that end a handoff."""
    found, action = [], None
    for event in events:
        if isinstance(event, ActionExecuted):
            action = event.action_name
        elif isinstance(event, UserUttered):
            action = None
        elif isinstance(event, BotUttered) and ((event.metadata or {}).get("from_staff")
                                                or action in HANDOFF_END_ACTIONS):
            found.append(event)
    return found


class CheckedRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def get_metadata(self, request: Request) -> dict[str, Any] | None:
        """The caller's metadata plus the message text, which Rasa hands to action_session_start for the
        first message of a session: an emergency in it is then said before the introduction."""
        metadata = request.json.get("metadata") or {}
        return {**metadata, "opening_text": self._extract_message(request)}

    def _extract_message(self, request: Request) -> str:
        return readable_text(request.json["message"])

    def _extract_input_channel(self, request: Request) -> str:
        """Always "rest": a caller naming another channel would have staff messages sent through it."""
        return self.name()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = super().blueprint(guarded(on_new_message))

        @webhook.on_request
        async def check_body(request: Request) -> HTTPResponse | None:
            if request.method != "POST" or not request.path.endswith("/webhook"):
                return None
            try:
                body = request.json
            except Exception:  # Sanic raises its own error types for unreadable JSON
                body = None
            problem = problem_with(body)
            if problem:
                return response.json({"error": f"Bad request: {problem}."}, status=400)
            too_many = message_limits().refusal(("rest", body["sender"]), client_address(request))
            if too_many:
                return response.json({"error": too_many}, status=429)
            if await held_on_a_platform(request.app.ctx.agent.tracker_store, body["sender"]):
                return response.json({"error": f"Forbidden: {platform_conversation_problem()}."}, status=403)
            if len(body["message"]) > MAX_MESSAGE_CHARS:
                recipient = body.get("sender") or "default"
                return response.json([{"recipient_id": recipient, "text": too_long_reply()}])
            return None

        @webhook.route("/staff_messages", methods=["GET"])
        async def staff_messages(request: Request) -> HTTPResponse:
            """What was said to this conversation outside the person's turns after `since` (seconds since
            1970): what helpline staff wrote, and what the assistant said when the handoff ended. REST has no
            way to push, so a REST client in a live handoff asks here every few seconds."""
            sender = request.args.get("sender")
            problem = sender_problem(sender) if sender else '"sender" is required'
            try:
                since = float(request.args.get("since", "0"))
            except ValueError:
                problem = problem or '"since" must be a number of seconds since 1970'
            if problem:
                return response.json({"error": f"Bad request: {problem}."}, status=400)
            try:
                tracker = await request.app.ctx.agent.tracker_store.retrieve(sender)
            except TrackerStoreUnavailable:  # a BaseException (stores/tracker.py): answered here
                return response.json({"error": "The conversation store is unavailable; try again shortly."},
                                     status=503)
            if tracker and tracker.get_latest_input_channel() not in (None, self.name()):
                tracker = None  # another channel's conversation: its staff messages are not for REST
            return response.json([{"recipient_id": sender, "text": e.text, "timestamp": e.timestamp,
                                   "from_staff": (e.metadata or {}).get("from_staff")}
                                  for e in outside_turns(tracker.events if tracker else [])
                                  if e.timestamp > since])

        lock_down(webhook)  # every deployment has this channel: model routes off (channels/lockdown.py)
        return webhook
