"""The staff console's data, in the assistant's own database (clinical.db): staff accounts with hashed
passwords, sign-in sessions that expire, the queue of cases that need a person, and the audit trail.

The assistant raises cases (an escalation, a request for a person, a check question answered "not sure",
two messages in a row it could not understand); staff claim them, write an outcome and mark them handled.
Every step is kept in `staff_audit`: who, what, when.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from sqlalchemy import JSON, Column, DateTime, ForeignKey, Integer, String, Text

from clinical.db import Base, session

ASSISTANT = "assistant"  # the actor of audit entries the assistant writes
MIN_PASSWORD_LENGTH = 10
SESSION_MINUTES = int(os.environ.get("CONSOLE_SESSION_MINUTES", "480"))  # a working shift
# Why a conversation needs a person, most important first: a case keeps its most important reason.
# ("staff_entered": a triage staff ran for a caller on the phone; it stays that, whatever the outcome)
REASONS = ("staff_entered", "escalated", "asked_for_person", "not_sure", "not_understood")
URGENCY_RANK = {"emergency": 4, "urgent": 3, "soon": 2, "self_care": 1, "unknown": 0}
OPEN_STATUSES = ("open", "claimed")
OUTCOMES = {"called_person": "called the person", "sent_to_emergency": "sent to the emergency department",
            "advice_given": "advice given", "no_answer": "no answer"}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)  # stored naive, in UTC


class StaffAccount(Base):
    __tablename__ = "staff_accounts"
    id = Column(Integer, primary_key=True)
    username = Column(String(80), nullable=False, unique=True)
    password_hash = Column(String(255), nullable=False)
    created_at = Column(DateTime, nullable=False, default=_now)


class StaffSession(Base):
    __tablename__ = "staff_sessions"
    id = Column(Integer, primary_key=True)
    token_hash = Column(String(64), nullable=False, unique=True)
    account_id = Column(Integer, ForeignKey("staff_accounts.id", ondelete="CASCADE"), nullable=False)
    csrf_token = Column(String(64), nullable=False)
    created_at = Column(DateTime, nullable=False, default=_now)
    expires_at = Column(DateTime, nullable=False)
    last_seen = Column(DateTime)


class StaffCase(Base):
    __tablename__ = "staff_cases"
    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(255), nullable=False, index=True)
    created_at = Column(DateTime, nullable=False, default=_now)
    updated_at = Column(DateTime, nullable=False, default=_now)
    reason = Column(String(40), nullable=False)
    urgency = Column(String(20), nullable=False)
    channel = Column(String(40))
    region = Column(String(40))
    summary = Column(JSON, nullable=False)
    status = Column(String(20), nullable=False, index=True, default="open")
    claimed_by = Column(String(80))
    outcome = Column(String(40))
    outcome_note = Column(Text)
    handled_at = Column(DateTime)
    handoff = Column(String(20))  # None, "waiting" (for staff), "live" or "ended"
    handoff_requested_at = Column(DateTime)
    alerts = Column(JSON)  # red flags said during the handoff: [{"code", "summary", "words", "at"}]
    messages_read = Column(Integer)  # how many of the person's messages were checked for red flags


class StaffAudit(Base):
    __tablename__ = "staff_audit"
    id = Column(Integer, primary_key=True)
    at = Column(DateTime, nullable=False, default=_now)
    actor = Column(String(80), nullable=False)
    action = Column(String(40), nullable=False)
    case_id = Column(Integer, index=True)
    detail = Column(Text)


class ConsoleError(Exception):
    """A request staff can correct: the message says what went wrong and what to do."""


class Conflict(ConsoleError):
    """Someone else got there first (a case already claimed or handled)."""


# ---- accounts and sessions ------------------------------------------------------------------------------

def _hash_password(password: str) -> str:
    kdf = Argon2id(salt=os.urandom(16), length=32, iterations=3, lanes=4, memory_cost=64 * 1024)
    return kdf.derive_phc_encoded(password.encode("utf-8"))


def _password_matches(password: str, encoded: str) -> bool:
    try:
        Argon2id.verify_phc_encoded(password.encode("utf-8"), encoded)
        return True
    except (InvalidKey, ValueError):
        return False


def create_account(username: str, password: str, url: str | None = None) -> None:
    username = username.strip()
    if not username or len(username) > 80:
        raise ConsoleError("a staff name is needed (at most 80 characters)")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ConsoleError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    with session(url) as s:
        if s.query(StaffAccount).filter_by(username=username).first():
            raise ConsoleError(f"an account named {username!r} exists already")
        s.add(StaffAccount(username=username, password_hash=_hash_password(password)))
        s.add(StaffAudit(actor=username, action="account_created"))


def account_count(url: str | None = None) -> int:
    with session(url) as s:
        return s.query(StaffAccount).count()


@dataclass(frozen=True)
class SignedIn:
    username: str
    csrf_token: str


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# Per staff name and client address, within FAILED_SIGN_IN_WINDOW: then wait. (Per address too, so that
# someone guessing elsewhere cannot lock a nurse out of her own desk.)
MAX_FAILED_SIGN_INS = 5
FAILED_SIGN_IN_WINDOW = dt.timedelta(minutes=15)


class TooManyAttempts(ConsoleError):
    """Too many wrong passwords for one name: guessing is slowed down."""


def sign_in(username: str, password: str, address: str = "", url: str | None = None
            ) -> tuple[str, SignedIn] | None:
    """A new session token (only its hash is stored) and who signed in, or None for a wrong name or
    password (which of the two is not said). TooManyAttempts after MAX_FAILED_SIGN_INS wrong ones."""
    name = username.strip()[:80]
    with session(url) as s:
        failures = s.query(StaffAudit).filter(StaffAudit.actor == name, StaffAudit.action == "sign_in_failed",
                                              StaffAudit.detail == address,
                                              StaffAudit.at >= _now() - FAILED_SIGN_IN_WINDOW).count()
        if failures >= MAX_FAILED_SIGN_INS:
            raise TooManyAttempts(f"too many wrong passwords for this name from here: wait "
                                  f"{FAILED_SIGN_IN_WINDOW.seconds // 60} minutes, or ask a colleague")
        account = s.query(StaffAccount).filter_by(username=name).first()
        if account is None:
            _hash_password(password)  # about the same time as checking one: no hint which names exist
        if account is None or not _password_matches(password, account.password_hash):
            s.add(StaffAudit(actor=name, action="sign_in_failed", detail=address))
            return None
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        s.add(StaffSession(token_hash=_token_hash(token), account_id=account.id, csrf_token=csrf,
                           expires_at=_now() + dt.timedelta(minutes=SESSION_MINUTES)))
        s.add(StaffAudit(actor=account.username, action="signed_in"))
        return token, SignedIn(account.username, csrf)


def signed_in(token: str | None, url: str | None = None) -> SignedIn | None:
    """Who a session token belongs to, or None when it is missing, unknown or expired."""
    if not token:
        return None
    with session(url) as s:
        row = (s.query(StaffSession, StaffAccount)
               .join(StaffAccount, StaffSession.account_id == StaffAccount.id)
               .filter(StaffSession.token_hash == _token_hash(token)).first())
        if row is None:
            return None
        staff_session, account = row
        if staff_session.expires_at <= _now():
            s.delete(staff_session)
            return None
        staff_session.last_seen = _now()
        return SignedIn(account.username, staff_session.csrf_token)


def sign_out(token: str, url: str | None = None) -> None:
    with session(url) as s:
        row = s.query(StaffSession).filter_by(token_hash=_token_hash(token)).first()
        if row is not None:
            account = s.get(StaffAccount, row.account_id)
            s.add(StaffAudit(actor=account.username if account else "?", action="signed_out"))
            s.delete(row)


def staff_active_within(seconds: float, url: str | None = None) -> bool:
    """Whether anyone signed in to the console was active (the queue page asks every few seconds)."""
    with session(url) as s:
        since = _now() - dt.timedelta(seconds=seconds)
        return s.query(StaffSession).filter(StaffSession.last_seen >= since,
                                            StaffSession.expires_at > _now()).count() > 0


# ---- cases ----------------------------------------------------------------------------------------------

def raise_case(conversation_id: str, reason: str, summary: dict[str, Any], channel: str | None = None,
               region: str | None = None, handoff: bool = False, url: str | None = None) -> int:
    """Put a conversation in the queue, or bring its open case up to date: one open case per conversation,
    keeping the most important reason and the newest summary. `handoff`: the person is waiting on the chat
    for a member of staff."""
    if reason not in REASONS:
        raise ValueError(f"unknown reason {reason!r}")
    urgency = summary.get("urgency") or "unknown"
    with session(url) as s:
        case = (s.query(StaffCase).filter(StaffCase.conversation_id == conversation_id,
                                          StaffCase.status.in_(OPEN_STATUSES))
                .order_by(StaffCase.id.desc()).first())
        if case is None:
            case = StaffCase(conversation_id=conversation_id, reason=reason, urgency=urgency, channel=channel,
                             region=region, summary=summary, status="open")
            s.add(case)
            s.flush()
            action = "raised"
        else:
            if REASONS.index(reason) < REASONS.index(case.reason):
                case.reason = reason
            if case.reason == "staff_entered":  # the phone call it came from, and who typed the answers
                summary = {**summary, "channel": case.channel, "entered_by": case.summary.get("entered_by")}
                channel = case.channel
            case.urgency, case.summary, case.updated_at = urgency, summary, _now()
            case.channel, case.region = channel or case.channel, region or case.region
            action = "updated"
        detail = f"{reason}, {urgency}"
        if handoff and case.handoff not in ("waiting", "live"):
            case.handoff, case.handoff_requested_at = "waiting", _now()
            detail += ", waiting on the chat for staff"
        s.add(StaffAudit(actor=ASSISTANT, action=action, case_id=case.id, detail=detail))
        return int(case.id)


def start_staff_triage(username: str, conversation_id: str, url: str | None = None) -> int:
    """A triage a member of staff runs for a caller: a case of their own from the start, marked as
    staff-entered."""
    with session(url) as s:
        case = StaffCase(conversation_id=conversation_id, reason="staff_entered", urgency="unknown",
                         channel="phone, entered by staff", summary={"entered_by": username},
                         status="claimed", claimed_by=username)
        s.add(case)
        s.flush()
        s.add(StaffAudit(actor=username, action="started_staff_triage", case_id=case.id))
        return int(case.id)


def update_summary(case_id: int, summary: dict[str, Any], url: str | None = None) -> None:
    with session(url) as s:
        case = s.get(StaffCase, case_id)
        if case is not None:
            case.summary = {**summary, "channel": case.channel,
                            "entered_by": (case.summary or {}).get("entered_by")}
            case.urgency, case.updated_at = summary.get("urgency") or case.urgency, _now()


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") + "Z" if moment else None


def _as_dict(case: StaffCase) -> dict[str, Any]:
    return {"id": case.id, "conversation_id": case.conversation_id, "reason": case.reason,
            "urgency": case.urgency, "status": case.status, "claimed_by": case.claimed_by,
            "channel": case.channel, "region": case.region, "summary": case.summary,
            "outcome": case.outcome, "outcome_note": case.outcome_note,
            "handoff": case.handoff, "alerts": case.alerts or [],
            "handoff_requested_at": _iso(case.handoff_requested_at),
            "created_at": _iso(case.created_at), "updated_at": _iso(case.updated_at),
            "handled_at": _iso(case.handled_at)}


def queue(url: str | None = None) -> list[dict[str, Any]]:
    """Cases still needing a person: most urgent first, then the newest raised first."""
    with session(url) as s:
        cases = s.query(StaffCase).filter(StaffCase.status.in_(OPEN_STATUSES)).all()
        cases.sort(key=lambda c: (URGENCY_RANK.get(c.urgency, 0), c.created_at), reverse=True)
        return [_as_dict(c) for c in cases]


MAX_ID = 2**31 - 1  # beyond any row: a larger number in a URL is no case (and too big for the database)


def get_case(case_id: int, url: str | None = None) -> dict[str, Any] | None:
    if not 0 < case_id <= MAX_ID:
        return None
    with session(url) as s:
        case = s.get(StaffCase, case_id)
        return _as_dict(case) if case else None


def claim(case_id: int, username: str, url: str | None = None) -> dict[str, Any]:
    if not 0 < case_id <= MAX_ID:
        raise ConsoleError(f"there is no case {case_id}")
    with session(url) as s:
        case = s.query(StaffCase).filter_by(id=case_id).with_for_update().first()
        if case is None:
            raise ConsoleError(f"there is no case {case_id}")
        if case.status == "handled":
            raise Conflict(f"case {case_id} was handled already")
        if case.status == "claimed" and case.claimed_by != username:
            raise Conflict(f"case {case_id} is already taken by {case.claimed_by}")
        joined = case.handoff == "waiting"
        case.status, case.claimed_by = "claimed", username
        if joined:
            case.handoff = "live"
        s.add(StaffAudit(actor=username, action="claimed", case_id=case_id,
                         detail="joined the chat" if joined else None))
        return {**_as_dict(case), "joined_chat": joined}


def handle(case_id: int, username: str, outcome: str, note: str = "",
           url: str | None = None) -> dict[str, Any]:
    if not 0 < case_id <= MAX_ID:
        raise ConsoleError(f"there is no case {case_id}")
    if outcome not in OUTCOMES:
        raise ConsoleError(f"choose an outcome: {', '.join(OUTCOMES)}")
    with session(url) as s:
        case = s.query(StaffCase).filter_by(id=case_id).with_for_update().first()
        if case is None:
            raise ConsoleError(f"there is no case {case_id}")
        if case.status != "claimed" or case.claimed_by != username:
            raise Conflict(f"claim case {case_id} before marking it handled")
        case.status, case.outcome, case.outcome_note = "handled", outcome, note.strip()[:2000]
        case.handled_at = _now()
        s.add(StaffAudit(actor=username, action="handled", case_id=case_id, detail=OUTCOMES[outcome]))
        return _as_dict(case)


def search(day_from: dt.date | None = None, day_to: dt.date | None = None, urgency: str | None = None,
           status: str | None = None, limit: int = 200, url: str | None = None) -> list[dict[str, Any]]:
    """Past and present cases, newest first, by the day they were raised, urgency and status."""
    with session(url) as s:
        query = s.query(StaffCase)
        if day_from:
            query = query.filter(StaffCase.created_at >= dt.datetime.combine(day_from, dt.time.min))
        if day_to:
            query = query.filter(StaffCase.created_at < dt.datetime.combine(day_to + dt.timedelta(days=1),
                                                                            dt.time.min))
        if urgency:
            query = query.filter(StaffCase.urgency == urgency)
        if status:
            query = query.filter(StaffCase.status == status)
        return [_as_dict(c) for c in query.order_by(StaffCase.id.desc()).limit(limit)]


def audit_trail(case_id: int, url: str | None = None) -> list[dict[str, Any]]:
    with session(url) as s:
        rows = s.query(StaffAudit).filter_by(case_id=case_id).order_by(StaffAudit.id).all()
        return [{"at": _iso(r.at), "actor": r.actor, "action": r.action,
                 "detail": r.detail} for r in rows]


def note(actor: str, action: str, case_id: int | None = None, detail: str | None = None,
         url: str | None = None) -> None:
    """An audit entry for an action that changes no case row (a message sent to the person)."""
    with session(url) as s:
        s.add(StaffAudit(actor=actor, action=action, case_id=case_id, detail=detail))


def end_handoff(case_id: int, actor: str, why: str, url: str | None = None) -> dict[str, Any]:
    """The assistant has the conversation again: handed back by staff, nobody free in time, or a red flag
    it answered itself."""
    with session(url) as s:
        case = s.get(StaffCase, case_id)
        if case is None:
            raise ConsoleError(f"there is no case {case_id}")
        case.handoff = "ended"
        s.add(StaffAudit(actor=actor, action="handoff_ended", case_id=case_id, detail=why))
        return _as_dict(case)


def handoffs_to_watch(url: str | None = None) -> list[dict[str, Any]]:
    """Cases whose person is on the chat with, or waiting for, a member of staff."""
    with session(url) as s:
        cases = s.query(StaffCase).filter(StaffCase.handoff.in_(("waiting", "live"))).all()
        return [{**_as_dict(c), "messages_read": c.messages_read or 0,
                 "requested": c.handoff_requested_at} for c in cases]


def record_red_flags(case_id: int, alerts: list[dict[str, Any]], messages_read: int, urgency: str | None,
                     url: str | None = None) -> None:
    """Red flags the person said during a handoff, shown to staff at once; the case's urgency goes up when
    theirs is higher."""
    with session(url) as s:
        case = s.get(StaffCase, case_id)
        if case is None:
            return
        case.messages_read = messages_read
        if not alerts:
            return
        case.alerts = [*(case.alerts or []), *alerts]
        if urgency and URGENCY_RANK.get(urgency, 0) > URGENCY_RANK.get(case.urgency, 0):
            case.urgency = urgency
        case.updated_at = _now()
        s.add(StaffAudit(actor=ASSISTANT, action="red_flag_during_handoff", case_id=case_id,
                         detail=", ".join(a["summary"] for a in alerts)))
