"""The console's calls to the Rasa server's HTTP API (enabled with a token by `make run`): a message from
staff delivered to the person on their own channel, and the handoff actions that give the conversation
back to the assistant.

    RASA_URL         the Rasa server (default http://127.0.0.1:$RASA_PORT)
    RASA_API_TOKEN   the token the Rasa server was started with (`rasa run --auth-token`)
"""
from __future__ import annotations

import os
from typing import Any
from urllib.parse import quote

import aiohttp

TIMEOUT = aiohttp.ClientTimeout(total=15)
# Characters of conversation ids (phone numbers "+64...", "whatsapp:+64...") that Rasa's router takes as they
# are: it does not decode %2B back to "+", so an encoded id would name a new, empty conversation.
_PATH_SAFE = "+:@=,"


def _in_path(conversation_id: str) -> str:
    return quote(conversation_id, safe=_PATH_SAFE)


class AssistantUnavailable(Exception):
    """The Rasa server could not be reached or refused the call: the message says what to check."""


def _base() -> tuple[str, str]:
    token = os.environ.get("RASA_API_TOKEN")
    if not token:
        raise AssistantUnavailable("the console has no RASA_API_TOKEN, so it cannot write to the chat; "
                                   "start it with `make run`, which sets one")
    url = os.environ.get("RASA_URL") or f"http://127.0.0.1:{os.environ.get('RASA_PORT', '5005')}"
    return url.rstrip("/"), token


async def _post(path: str, body: Any, **params: str) -> None:
    url, token = _base()
    query = {"token": token, "output_channel": "latest", **params}
    try:
        async with aiohttp.ClientSession(timeout=TIMEOUT) as client, \
                client.post(f"{url}{path}", json=body, params=query) as reply:
            if reply.status >= 400:
                raise AssistantUnavailable(f"the assistant refused the call (HTTP {reply.status}); "
                                           "see var/logs/rasa.log")
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise AssistantUnavailable(f"the assistant is not reachable at {url} ({type(exc).__name__}); "
                                   "is `make run` running?") from exc


async def say_to_person(conversation_id: str, text: str, staff: str) -> None:
    """Staff's words, on the person's channel, kept in the conversation as a bot message from staff."""
    await _post(f"/conversations/{_in_path(conversation_id)}/tracker/events",
                {"event": "bot", "text": text, "metadata": {"from_staff": staff}},
                execute_side_effects="true")


async def run_action(conversation_id: str, action: str) -> None:
    """One of the handoff actions (actions/handoff.py), its messages sent on the person's channel."""
    await _post(f"/conversations/{_in_path(conversation_id)}/execute", {"name": action})


async def say_as_caller(conversation_id: str, text: str, staff: str) -> list[dict[str, Any]]:
    """A caller's answer typed by staff, sent over the REST channel as any message is; the assistant's
    replies (texts, buttons and payloads)."""
    url, _ = _base()
    body = {"sender": conversation_id, "message": text, "metadata": {"staff_entered": True, "staff": staff}}
    try:
        async with aiohttp.ClientSession(timeout=TIMEOUT) as client, \
                client.post(f"{url}/webhooks/rest/webhook", json=body) as reply:
            if reply.status >= 400:
                raise AssistantUnavailable(f"the assistant refused the message (HTTP {reply.status})")
            replies = await reply.json()
            return replies if isinstance(replies, list) else []
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise AssistantUnavailable(f"the assistant is not reachable at {url} ({type(exc).__name__}); "
                                   "is `make run` running?") from exc


async def slots_of(conversation_id: str) -> dict[str, Any]:
    """The conversation's slots (its triage answers), from the Rasa API."""
    url, token = _base()
    try:
        async with aiohttp.ClientSession(timeout=TIMEOUT) as client, \
                client.get(f"{url}/conversations/{_in_path(conversation_id)}/tracker",
                           params={"token": token, "include_events": "NONE"}) as reply:
            if reply.status >= 400:
                raise AssistantUnavailable(f"the assistant refused the call (HTTP {reply.status})")
            return (await reply.json()).get("slots") or {}
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise AssistantUnavailable(f"the assistant is not reachable at {url} ({type(exc).__name__})") from exc
