"""When a person can be handed to a member of staff on the chat, and what they said while waiting.

Plain logic, used by the assistant's actions (is anyone there to take the chat?) and by the console's
watcher (red flags said during a handoff; nobody claimed in time). Settings come from the environment:

    CONSOLE_OPENING_HOURS    when staff answer the chat, "HH:MM-HH:MM" every day (default 08:00-20:00)
    CONSOLE_TIMEZONE         the hours' time zone, an IANA name (default Pacific/Auckland)
    CONSOLE_CLAIM_TIMEOUT    seconds a person waits for staff before being given the helpline (default 120)
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from clinical.findings import BY_CODE
from clinical.language import Mention, find_mentions
from clinical.triage import interpret
from clinical.urgency import assess
from console import store

STAFF_ACTIVE_SECONDS = 60  # a console page asks every few seconds; a minute without means nobody is there
_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class OpeningHours:
    opens: dt.time
    closes: dt.time
    zone: ZoneInfo

    @classmethod
    def from_environment(cls) -> OpeningHours:
        text = os.environ.get("CONSOLE_OPENING_HOURS", "08:00-20:00")
        match = _HOURS.match(text)
        if not match:
            raise ValueError(f"CONSOLE_OPENING_HOURS must look like 08:00-20:00, not {text!r}")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        return cls(dt.time(h1, m1), dt.time(h2, m2), ZoneInfo(os.environ.get("CONSOLE_TIMEZONE",
                                                                             "Pacific/Auckland")))

    def open_at(self, moment: dt.datetime) -> bool:
        local = moment.astimezone(self.zone).time()
        if self.opens <= self.closes:
            return self.opens <= local < self.closes
        return local >= self.opens or local < self.closes  # hours that run past midnight

    def words(self) -> str:
        """"08:00 to 20:00 (Auckland time)": the zone by its city, as people say it (persona run 34: "Pacific/
        Auckland time" to someone in Ohio)."""
        place = self.zone.key.rsplit("/", 1)[-1].replace("_", " ")
        return f"{self.opens:%H:%M} to {self.closes:%H:%M} ({place} time)"


def claim_timeout() -> dt.timedelta:
    return dt.timedelta(seconds=float(os.environ.get("CONSOLE_CLAIM_TIMEOUT", "120")))


def staff_on_chat_now(now: dt.datetime | None = None) -> bool:
    """Whether a person asking for someone can wait on the chat: within opening hours, and someone is
    signed in to the console and active."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return OpeningHours.from_environment().open_at(now) and store.staff_active_within(STAFF_ACTIVE_SECONDS)


def red_flags_in(text: str, reading: list[dict[str, Any]] | None = None) -> tuple[list[dict[str, str]],
                                                                                  str | None]:
    """The red flags a message tells (definite ones, and possible ones a check question would ask about),
    with the person's words, and the urgency they would lead to. `reading` is the assistant's own reading of
    the message (its NLU component's mentions, classifier suggestions included); without it the message is
    read by the lexicon's rules."""
    mentions = [Mention.from_dict(m) for m in reading] if reading is not None else find_mentions(text)
    update = interpret(text, None, None, {}, [], mentions=mentions)
    found = {**update.to_check, **update.red_flag_words}
    alerts = [{"code": code, "summary": BY_CODE[code].summary, "words": words,
               "certainty": "said" if code in update.red_flag_words else "possible"}
              for code, words in found.items() if code in BY_CODE]
    told = {code: "yes" for code in update.red_flag_words}
    urgency = assess(told).level.label if told else None
    return alerts, urgency
