"""A page talking to the assistant over socket.io as the widget does (python-socketio's client)."""
from __future__ import annotations

import asyncio

import socketio

from tests.live.conftest import RASA_URL

REPLY_WAIT = 30  # seconds; the first reply of a session also loads the session


class Page:
    """A page talking to the assistant as the widget does."""

    def __init__(self, url: str = RASA_URL) -> None:
        self.url = url
        self.client = socketio.AsyncClient()
        self.replies: asyncio.Queue = asyncio.Queue()
        self.session_id: str | None = None
        self.client.on("bot_uttered", self.replies.put)

    async def open(self, session_id: str | None = None) -> None:
        confirmed: asyncio.Future = asyncio.get_running_loop().create_future()
        self.client.on("session_confirm", lambda sid: confirmed.done() or confirmed.set_result(sid))
        # long-polling: the async client's websocket needs a newer aiohttp than Rasa pins (the browser test
        # uses websockets)
        await self.client.connect(self.url, socketio_path="/socket.io", transports=["polling"])
        await self.client.emit("session_request", {"session_id": session_id})
        self.session_id = await asyncio.wait_for(confirmed, REPLY_WAIT)

    async def say(self, message, quiet: float = 2, **extra) -> list[dict]:
        await self.client.emit("user_uttered", {"message": message, "session_id": self.session_id, **extra})
        return await self.collect(quiet)

    async def collect(self, quiet: float = 2) -> list[dict]:
        """One turn's replies: the first may take a while, the rest follow within `quiet` seconds."""
        replies = [await asyncio.wait_for(self.replies.get(), REPLY_WAIT)]
        while True:
            try:
                replies.append(await asyncio.wait_for(self.replies.get(), quiet))
            except asyncio.TimeoutError:
                return replies

    async def close(self) -> None:
        # (abort: a polite disconnect waits for the pending long-poll, up to the 25 s ping interval)
        await self.client.eio.disconnect(abort=True)


def urgency(replies: list[dict]) -> str | None:
    return next((r["custom"]["triage"]["urgency"] for r in replies
                 if "urgency" in (r.get("custom") or {}).get("triage", {})), None)
