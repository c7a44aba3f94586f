"""The socket.io channel the website widget talks to (/socket.io), as safe as the REST channel.

Rasa 3.6's own channel falls short in three ways this one fixes: it never joins the session's room
(python-socketio 5's `enter_room` is a coroutine that Rasa does not await), so with session persistence no
reply reaches the page; it passes a custom payload to `emit` as keyword arguments, which raises, so an
escalation's payload never arrives; and it sends the text, the buttons and the payload of one reply as
separate events. Here each reply is one `bot_uttered` event: `{"text", "buttons", "custom"}`. Messages are
checked as REST checks them, and the first message of a session travels as `opening_text` so that an
emergency in it is said before the introduction.
"""
from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncRedisManager, AsyncServer

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

logger = logging.getLogger(__name__)


class OneEventOutput(OutputChannel):
    """Each reply as one event, with its buttons and payload beside the text."""

    @classmethod
    def name(cls) -> str:
        return "socketio"

    def __init__(self, sio: AsyncServer, bot_message_evt: str) -> None:
        self.sio = sio
        self.bot_message_evt = bot_message_evt

    async def emit(self, room: str, message: dict[str, Any]) -> None:
        await self.sio.emit(self.bot_message_evt, message, room=room)

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        reply = {key: message[key] for key in ("text", "buttons", "custom", "image", "attachment")
                 if message.get(key)}
        if message.get("quick_replies") and "buttons" not in reply:
            reply["buttons"] = message["quick_replies"]
        if reply:
            await self.emit(recipient_id, reply)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.emit(recipient_id, {"text": text})

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        await self.emit(recipient_id, {"custom": json_message})


def servers_message_queue() -> AsyncRedisManager | None:
    """With several Rasa servers, a message for a page may be sent by a server the page is not connected to:
    staff write to the person through Rasa's HTTP API (`output_channel=latest`), on whichever server nginx
    picks, while the page's socket.io connection stays on one server. Passed through Redis, every server
    hands the message to the page wherever it is connected. Set up when REDIS_HOST is set (the scaled
    set-up's lock store, `endpoints-scaled.yml`); one server needs none."""
    host = os.environ.get("REDIS_HOST")
    if not host:
        return None
    url = f"redis://{host}:{os.environ.get('REDIS_PORT') or 6379}/{os.environ.get('REDIS_DB') or 0}"
    password = os.environ.get("REDIS_PASSWORD")
    return AsyncRedisManager(url, channel="backcare-socketio",
                             redis_options={"password": password} if password else None)


def message_problem(data: Any) -> str | None:
    """Why a `user_uttered` event cannot be handled, in words for the page, or None if it is fine."""
    if not isinstance(data, dict):
        return 'the event must carry an object like {"message": "hello", "session_id": "..."}'
    if not isinstance(data.get("message"), str):
        return '"message" must be text'
    return sender_problem(data.get("session_id"), "session_id") or metadata_problem(data.get("metadata"))


class CheckedSocketIOInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> InputChannel:
        credentials = credentials or {}
        return cls(credentials.get("user_message_evt", "user_uttered"),
                   credentials.get("bot_message_evt", "bot_uttered"),
                   credentials.get("socketio_path", "/socket.io"),
                   credentials.get("allowed_origins"))

    def __init__(self, user_message_evt: str = "user_uttered", bot_message_evt: str = "bot_uttered",
                 socketio_path: str = "/socket.io", allowed_origins: list[str] | str | None = None) -> None:
        self.user_message_evt = user_message_evt
        self.bot_message_evt = bot_message_evt
        self.socketio_path = socketio_path
        # [] lets any page embed the widget (the server itself listens on localhost unless configured)
        self.allowed_origins = allowed_origins or []
        self.sio: AsyncServer | None = None

    def get_output_channel(self) -> OutputChannel | None:
        return OneEventOutput(self.sio, self.bot_message_evt) if self.sio else None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=self.allowed_origins,
                          client_manager=servers_message_queue())
        self.sio = sio
        socketio_webhook = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        output = OneEventOutput(sio, self.bot_message_evt)

        @socketio_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        def tracker_store(sid: str) -> Any:
            return sio.get_environ(sid)["sanic.request"].app.ctx.agent.tracker_store

        @sio.on("session_request")
        async def session_request(sid: str, data: Any) -> None:
            """A page asks to go on with its conversation (its stored id) or to start one."""
            session_id = data.get("session_id") if isinstance(data, dict) else None
            if sender_problem(session_id, "session_id") or not session_id or await held_on_a_platform(
                    tracker_store(sid), session_id):
                session_id = uuid.uuid4().hex
            await sio.enter_room(sid, session_id)
            await sio.emit("session_confirm", session_id, room=sid)

        @sio.on(self.user_message_evt)
        async def handle_message(sid: str, data: Any) -> None:
            problem = message_problem(data)
            if problem:
                logger.info("socket.io: refused a message (%s)", problem)
                await output.emit(sid, {"text": f"Sorry, I couldn't read that message: {problem}."})
                return
            # A page that never asked for a session still gets its replies, in its own room.
            session_id = data.get("session_id") or sid
            if await held_on_a_platform(tracker_store(sid), session_id):  # before joining its room
                problem = platform_conversation_problem("session_id")
                await output.emit(sid, {"text": f"Sorry, I couldn't read that message: {problem}."})
                return
            if session_id != sid:
                await sio.enter_room(sid, session_id)
            request = (sio.get_environ(sid) or {}).get("sanic.request")  # the page's connecting request
            too_many = message_limits().refusal(("socketio", session_id), client_address(request))
            if too_many:
                await output.emit(session_id, {"text": too_many})
                return
            if len(data["message"]) > MAX_MESSAGE_CHARS:
                await output.emit(session_id, {"text": too_long_reply()})
                return
            data["message"] = readable_text(data["message"])
            metadata = {**(data.get("metadata") or {}), "opening_text": data["message"]}
            await guarded(on_new_message)(UserMessage(data["message"], output, session_id,
                                                      input_channel=self.name(), metadata=metadata))

        return socketio_webhook
