"""Rate limits on the public channels: messages per conversation and per client address, in a sliding
minute, kept in this process (one Rasa server; behind several, the load balancer limits per address too).

The defaults are far above what a person typing can send (30 messages a minute in one conversation, 120
from one address), so only scripts and floods meet them. Settings (0 turns a limit off):

    RATE_LIMIT_PER_SENDER    messages a minute in one conversation (default 30)
    RATE_LIMIT_PER_ADDRESS   messages a minute from one client address (default 120)
    RATE_LIMIT_EXEMPT_LOCALHOST  1 (default): clients on this machine (the staff console, the evaluation
                             scripts, a proxy that does not say who its client is) are not limited

Behind a reverse proxy, set SANIC_PROXIES_COUNT (or SANIC_REAL_IP_HEADER) so that the address is the
client's, read from X-Forwarded-For, not the proxy's.
"""
from __future__ import annotations

import ipaddress
import os
import time
from collections import deque
from collections.abc import Callable, Hashable, Mapping
from typing import Any

from clinical.regions import current_region

WINDOW_SECONDS = 60.0
DEFAULT_PER_SENDER = 30
DEFAULT_PER_ADDRESS = 120


class SlidingWindow:
    """At most `limit` events per key within any `window` seconds. Refused events are not counted, so a
    client that keeps trying gets through again as soon as its oldest counted event leaves the window."""

    def __init__(self, limit: int, window: float = WINDOW_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self.times: dict[Hashable, deque[float]] = {}
        self.calls = 0

    def _recent(self, key: Hashable, now: float) -> deque[float]:
        times = self.times.get(key)
        if times is None:
            return deque()
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def allows(self, key: Hashable) -> bool:
        """Whether one more event for `key` is within the limit now (nothing is counted)."""
        return len(self._recent(key, self.clock())) < self.limit

    def count(self, key: Hashable) -> None:
        now = self.clock()
        self.times.setdefault(key, self._recent(key, now)).append(now)
        self.calls += 1
        if self.calls % 1000 == 0:  # forget keys idle for a whole window, so memory stays bounded
            self.times = {k: v for k, v in self.times.items() if v and v[-1] > now - self.window}

    def seconds_until_free(self, key: Hashable) -> int:
        times = self._recent(key, self.clock())
        if len(times) < self.limit:
            return 0
        return max(1, int(times[0] + self.window - self.clock() + 0.999))


def _setting(environment: Mapping[str, str], name: str, default: int) -> int:
    value = environment.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit():
        raise ValueError(f"{name} must be a whole number of messages a minute (0: no limit), not {value!r}")
    return int(value)


def is_local(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


class MessageLimits:
    """The limits every public channel applies to each message before it reaches the assistant."""

    def __init__(self, per_sender: int = DEFAULT_PER_SENDER, per_address: int = DEFAULT_PER_ADDRESS,
                 exempt_localhost: bool = True, clock: Callable[[], float] = time.monotonic) -> None:
        self.senders = SlidingWindow(per_sender, clock=clock) if per_sender else None
        self.addresses = SlidingWindow(per_address, clock=clock) if per_address else None
        self.exempt_localhost = exempt_localhost

    @classmethod
    def from_environment(cls, environment: Mapping[str, str] | None = None) -> MessageLimits:
        environment = os.environ if environment is None else environment
        return cls(_setting(environment, "RATE_LIMIT_PER_SENDER", DEFAULT_PER_SENDER),
                   _setting(environment, "RATE_LIMIT_PER_ADDRESS", DEFAULT_PER_ADDRESS),
                   environment.get("RATE_LIMIT_EXEMPT_LOCALHOST", "1").strip() != "0")

    def refusal(self, sender: Hashable | None, address: str | None) -> str | None:
        """None if this message may go on (and it is counted), else why not, in words for the person."""
        if self.exempt_localhost and address and is_local(address):
            return None
        checks = [(limiter, key) for limiter, key in ((self.addresses, address), (self.senders, sender))
                  if limiter and key]
        for limiter, key in checks:
            if not limiter.allows(key):
                return too_many_reply(limiter.limit, "from your address" if limiter is self.addresses
                                      else "in one conversation", limiter.seconds_until_free(key))
        for limiter, key in checks:
            limiter.count(key)
        return None


def too_many_reply(limit: int, where: str, wait_seconds: int) -> str:
    """What a person (or a script) is told when messages come faster than the limit."""
    return (f"Sorry, that is more messages than I can take: at most {limit} a minute {where}. I haven't "
            f"read that one. Please wait {wait_seconds} seconds and send it again. If this is an emergency, "
            f"call {current_region().emergency_number} now.")


_limits: MessageLimits | None = None


def message_limits() -> MessageLimits:
    """The limits of this server, shared by all its channels (read from the environment once)."""
    global _limits
    if _limits is None:
        _limits = MessageLimits.from_environment()
    return _limits


def client_address(request: Any) -> str:
    """The client's address: from X-Forwarded-For when Sanic is told to trust a proxy, else the peer's."""
    return (getattr(request, "remote_addr", "") or getattr(request, "ip", "") or "").strip()
