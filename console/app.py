"""The staff console web app (Sanic, which Rasa already ships): sign-in, the live queue, a case with its
summary and transcript, claim and handle, and a look-up of past cases.

Pages are rendered by Jinja2 with autoescaping; the queue updates itself from `/api/queue`. Every page and
every `/api/` route needs a signed-in session (a 401 for the API, the sign-in page otherwise); every
request that changes something needs the session's CSRF token (a form field, or the X-CSRF-Token header).
"""
from __future__ import annotations

import asyncio
import datetime as dt
import hmac
import logging
import os
import secrets
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sanic import Request, Sanic
from sanic.response import HTTPResponse, html, redirect
from sanic.response import json as json_response
from sqlalchemy.exc import SQLAlchemyError

from clinical import erasure
from clinical.case_summary import case_summary
from clinical.regions import current_region, region_contacts
from clinical.triage import ANSWER_SLOTS
from console import assistant, handoff, service, store
from console.transcript import transcript

logger = logging.getLogger(__name__)
WATCH_EVERY_SECONDS = 2
MAX_STAFF_MESSAGE_CHARS = 2000
STAFF_JOINED = "You're now chatting with {name} from the helpline team."
OPEN_PATHS = ("/login", "/logout")  # the sign-in form, and signing out (which checks its own token)
DATA_PATHS = ("/api/", "/service/cases.csv")

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "console_session"
LOGIN_CSRF_COOKIE = "console_login_csrf"
_pages = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))


def _urgency_words(level: str) -> str:
    return "not assessed yet" if level == "unknown" else str(level).replace("_", " ")


_pages.filters["urgency"] = _urgency_words
_SECURITY_HEADERS = {"Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'",
                     "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
                     "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}


def _page(name: str, status: int = 200, **values: Any) -> HTTPResponse:
    return html(_pages.get_template(name).render(**values), status=status)


def _error(status: int, message: str) -> HTTPResponse:
    return json_response({"error": message}, status=status)


# Behind HTTPS (a reverse proxy), cookies are sent over HTTPS only: CONSOLE_SECURE_COOKIES=1.
SECURE_COOKIES = os.environ.get("CONSOLE_SECURE_COOKIES", "").lower() in ("1", "true", "yes")


def _set_cookie(response: HTTPResponse, name: str, value: str, max_age: int) -> None:
    response.cookies[name] = value
    response.cookies[name]["secure"] = SECURE_COOKIES
    response.cookies[name]["httponly"] = True
    response.cookies[name]["samesite"] = "Strict"
    response.cookies[name]["path"] = "/"
    response.cookies[name]["max-age"] = max_age


def _csrf_ok(expected: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(expected, given)


def create_app(name: str = "backcare_console") -> Sanic:
    app = Sanic(name)
    app.config.REQUEST_MAX_SIZE = 64 * 1024  # forms and small JSON bodies only
    app.static("/static", str(HERE / "static"), name="static")

    @app.on_response
    async def security_headers(_: Request, response: HTTPResponse) -> None:
        response.headers.update(_SECURITY_HEADERS)

    def staff(request: Request) -> store.SignedIn | None:
        return store.signed_in(request.cookies.get(SESSION_COOKIE))

    @app.get("/login")
    async def login_page(request: Request) -> HTTPResponse:
        return _login_form(request, no_accounts=store.account_count() == 0)

    @app.post("/login")
    async def login(request: Request) -> HTTPResponse:
        form_token = request.form.get("csrf_token")
        if not _csrf_ok(request.cookies.get(LOGIN_CSRF_COOKIE, ""), form_token):
            return _login_form(request, error="The sign-in form had expired. Please try again.", status=403)
        try:
            signed = store.sign_in(request.form.get("username", ""), request.form.get("password", ""),
                                   address=request.ip or "")
        except store.TooManyAttempts as exc:
            return _login_form(request, error=f"Sign-in refused: {exc}.", status=429)
        if signed is None:
            return _login_form(request, error="Wrong staff name or password.", status=401)
        token, _ = signed
        response = redirect("/")
        _set_cookie(response, SESSION_COOKIE, token, store.SESSION_MINUTES * 60)
        return response

    @app.post("/logout")
    async def logout(request: Request) -> HTTPResponse:
        who = staff(request)
        if who and _csrf_ok(who.csrf_token, request.form.get("csrf_token")):
            store.sign_out(request.cookies[SESSION_COOKIE])
        response = redirect("/login")
        del response.cookies[SESSION_COOKIE]
        return response

    @app.get("/")
    async def queue_page(request: Request) -> HTTPResponse:
        return _page("queue.html", staff=request.ctx.staff)

    @app.get("/cases/<case_id:int>")
    async def case_page(request: Request, case_id: int) -> HTTPResponse:
        who = request.ctx.staff
        case = store.get_case(case_id)
        if case is None:
            return _page("missing.html", staff=who, status=404)
        return _page("case.html", staff=who, case=case, outcomes=store.OUTCOMES,
                     lines=transcript(case["conversation_id"]), audit=store.audit_trail(case_id))

    @app.get("/cases/<case_id:int>/delete")
    async def delete_data_page(request: Request, case_id: int) -> HTTPResponse:
        case = store.get_case(case_id)
        if case is None:
            return _page("missing.html", staff=request.ctx.staff, status=404)
        return _page("delete_data.html", staff=request.ctx.staff, case=case, deleted=None, error=None)

    @app.post("/cases/<case_id:int>/delete")
    async def delete_data(request: Request, case_id: int) -> HTTPResponse:
        """Everything stored about the case's conversation (clinical/erasure.py), after the confirmation
        page; audited with the staff name and counts only."""
        who = request.ctx.staff
        case = store.get_case(case_id)
        if case is None:
            return _page("missing.html", staff=who, status=404)
        if not _csrf_ok(who.csrf_token, request.form.get("csrf_token")):
            return _page("delete_data.html", staff=who, case=case, deleted=None, status=403,
                         error="The form had expired, so nothing was deleted. Please try again.")
        deleted = erasure.erase_everything(case["conversation_id"], actor=who.username, case_id=case_id)
        logger.info("Staff deleted the data of case %s: %s", case_id, deleted.describe())
        return _page("delete_data.html", staff=who, case=case, deleted=deleted, error=None)

    @app.get("/history")
    async def history_page(request: Request) -> HTTPResponse:
        who = request.ctx.staff
        try:
            filters, error = _filters(request), None
        except ValueError:
            filters, error = {}, "Those filters could not be read (dates are YYYY-MM-DD): showing all cases."
        return _page("history.html", staff=who, cases=store.search(**filters), error=error,
                     filters={k: v or "" for k, v in filters.items()})

    @app.get("/service")
    async def service_page(request: Request) -> HTTPResponse:
        who = request.ctx.staff
        try:
            day_from, day_to = _period(request)
        except ValueError:
            return _page("service.html", staff=who, status=400, period=None,
                         error="Dates are YYYY-MM-DD, the first before the second, at most a year apart.")
        data = service.outcomes_by_day(day_from, day_to)
        return _page("service.html", staff=who, period=(day_from, day_to), error=None,
                     totals={level: sum(data["by_level"][level]) for level in service.LEVELS},
                     levels_svg=service.levels_chart(data), flags_svg=service.red_flags_chart(data))

    @app.get("/service/cases.csv")
    async def cases_csv(request: Request) -> HTTPResponse:
        who = request.ctx.staff
        try:
            day_from, day_to = _period(request)
        except ValueError:
            return _error(400, "dates are YYYY-MM-DD, the first before the second")
        store.note(who.username, "exported_cases", detail=f"{day_from} to {day_to}")
        return HTTPResponse(service.cases_csv(day_from, day_to), content_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition":
                                     f'attachment; filename="cases-{day_from}-to-{day_to}.csv"'})

    # ---- every page and every data route needs a signed-in member of staff: the sign-in page otherwise,
    # a 401 for data (the JSON API and the CSV export); changes to data need the session's CSRF token ----

    @app.middleware("request")
    async def needs_a_session(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS or request.path.startswith("/static/"):
            return None
        who = staff(request)
        data = request.path.startswith(DATA_PATHS)
        if who is None:
            return _error(401, "sign in first: your session is missing or has expired") if data \
                else redirect("/login")
        if data and request.method not in ("GET", "HEAD") and not _csrf_ok(
                who.csrf_token, request.headers.get("x-csrf-token")):
            return _error(403, "missing or wrong CSRF token: reload the page and try again")
        request.ctx.staff = who
        return None

    @app.get("/api/queue")
    async def api_queue(request: Request) -> HTTPResponse:
        return json_response({"cases": store.queue(), "staff": request.ctx.staff.username})

    @app.get("/api/cases")
    async def api_search(request: Request) -> HTTPResponse:
        try:
            return json_response({"cases": store.search(**_filters(request))})
        except ValueError:
            return _error(400, "dates are YYYY-MM-DD; urgency and status are one of the listed values")

    @app.get("/api/cases/<case_id:int>")
    async def api_case(request: Request, case_id: int) -> HTTPResponse:
        case = store.get_case(case_id)
        if case is None:
            return _error(404, f"there is no case {case_id}")
        return json_response({**case, "transcript": transcript(case["conversation_id"]),
                              "audit": store.audit_trail(case_id)})

    @app.post("/api/cases/<case_id:int>/claim")
    async def api_claim(request: Request, case_id: int) -> HTTPResponse:
        name = request.ctx.staff.username
        try:
            case = store.claim(case_id, name)
        except store.ConsoleError as exc:
            return _change_refused(exc)
        if case["joined_chat"]:
            try:  # the person waiting on the chat is told who joined
                await assistant.say_to_person(case["conversation_id"], STAFF_JOINED.format(name=name), name)
            except assistant.AssistantUnavailable as exc:
                logger.error("Could not tell the person that staff joined: %s", exc)
        return json_response(case)

    @app.post("/api/cases/<case_id:int>/handle")
    async def api_handle(request: Request, case_id: int) -> HTTPResponse:
        body = request.json if isinstance(request.json, dict) else {}
        case, problem = _my_live_chat(case_id, request.ctx.staff.username)
        if not problem:  # still chatting: the assistant has the conversation back first
            try:
                await assistant.run_action(case["conversation_id"], "action_hand_back")
            except assistant.AssistantUnavailable as exc:
                return _error(503, str(exc))
            store.end_handoff(case_id, request.ctx.staff.username, "handed back on marking it handled")
        return _change(lambda: store.handle(case_id, request.ctx.staff.username, str(body.get("outcome", "")),
                                            str(body.get("note", ""))))

    @app.post("/api/cases/<case_id:int>/messages")
    async def api_message(request: Request, case_id: int) -> HTTPResponse:
        body = request.json if isinstance(request.json, dict) else {}
        text = str(body.get("text", "")).strip()
        if not text or len(text) > MAX_STAFF_MESSAGE_CHARS:
            return _error(400, f"write a message of 1 to {MAX_STAFF_MESSAGE_CHARS} characters")
        case, problem = _my_live_chat(case_id, request.ctx.staff.username)
        if problem:
            return problem
        try:
            await assistant.say_to_person(case["conversation_id"], text, request.ctx.staff.username)
        except assistant.AssistantUnavailable as exc:
            return _error(503, str(exc))
        store.note(request.ctx.staff.username, "message_sent", case_id)
        return json_response({"sent": True})

    @app.post("/api/cases/<case_id:int>/hand_back")
    async def api_hand_back(request: Request, case_id: int) -> HTTPResponse:
        case, problem = _my_live_chat(case_id, request.ctx.staff.username)
        if problem:
            return problem
        try:
            await assistant.run_action(case["conversation_id"], "action_hand_back")
        except assistant.AssistantUnavailable as exc:
            return _error(503, str(exc))
        return json_response(store.end_handoff(case_id, request.ctx.staff.username, "handed back"))

    @app.get("/assisted")
    async def assisted_start_page(request: Request) -> HTTPResponse:
        return _page("assisted_start.html", staff=request.ctx.staff)

    @app.get("/assisted/<case_id:int>")
    async def assisted_page(request: Request, case_id: int) -> HTTPResponse:
        who = request.ctx.staff
        case = store.get_case(case_id)
        if case is None or case["reason"] != "staff_entered" or case["claimed_by"] != who.username:
            return _page("missing.html", staff=who, status=404)
        return _page("assisted.html", staff=who, case=case)

    @app.post("/api/assisted")
    async def api_start_assisted(request: Request) -> HTTPResponse:
        conversation_id = f"staff-{secrets.token_hex(8)}"
        case_id = store.start_staff_triage(request.ctx.staff.username, conversation_id)
        return json_response({"case": case_id, "conversation_id": conversation_id})

    @app.post("/api/assisted/<case_id:int>/say")
    async def api_assisted_say(request: Request, case_id: int) -> HTTPResponse:
        body = request.json if isinstance(request.json, dict) else {}
        text = str(body.get("text", "")).strip()
        if not text or len(text) > MAX_STAFF_MESSAGE_CHARS:
            return _error(400, f"type the caller's answer, 1 to {MAX_STAFF_MESSAGE_CHARS} characters")
        case = store.get_case(case_id)
        name = request.ctx.staff.username
        if case is None or case["reason"] != "staff_entered" or case["claimed_by"] != name:
            return _error(404, f"there is no triage {case_id} of yours")
        try:
            replies = await assistant.say_as_caller(case["conversation_id"], text, name)
            summary = _summary_from_slots(await assistant.slots_of(case["conversation_id"]))
        except assistant.AssistantUnavailable as exc:
            return _error(503, str(exc))
        store.update_summary(case_id, summary)
        return json_response({"replies": replies, "summary": store.get_case(case_id)["summary"]})

    @app.after_server_start
    async def start_watching(app: Sanic, _: Any) -> None:
        app.add_task(watch_handoffs())

    @app.exception(SQLAlchemyError)
    async def database_down(request: Request, exc: Exception) -> HTTPResponse:
        logger.error("Console database error (%s): check BACKCARE_DATABASE_URL", type(exc).__name__)
        return _error(503, "the database is unavailable; try again shortly")

    return app


def _login_form(request: Request, error: str | None = None, status: int = 200,
                no_accounts: bool = False) -> HTTPResponse:
    # The browser's token is kept while it lasts: another request that lands on this page (a second tab, or
    # a favicon sent to sign-in) must not make the form already shown fail as "expired".
    kept = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    token = kept if len(kept) >= 32 else secrets.token_urlsafe(32)
    response = _page("login.html", status=status, csrf_token=token, error=error, no_accounts=no_accounts)
    _set_cookie(response, LOGIN_CSRF_COOKIE, token, 30 * 60)
    return response


def _change(do: Any) -> HTTPResponse:
    try:
        return json_response(do())
    except store.ConsoleError as exc:
        return _change_refused(exc)


def _change_refused(exc: store.ConsoleError) -> HTTPResponse:
    return _error(409 if isinstance(exc, store.Conflict) else 400, str(exc))


_URGENCIES = tuple(store.URGENCY_RANK)
_STATUSES = ("open", "claimed", "handled")


def _filters(request: Request) -> dict[str, Any]:
    """The look-up's filters from the query string; ValueError for a malformed one."""
    def day(name: str) -> dt.date | None:
        value = request.args.get(name)
        return dt.date.fromisoformat(value) if value else None
    urgency, status = request.args.get("urgency") or None, request.args.get("status") or None
    if urgency not in (None, *_URGENCIES) or status not in (None, *_STATUSES):
        raise ValueError("unknown filter value")
    return {"day_from": day("from"), "day_to": day("to"), "urgency": urgency, "status": status}


def _my_live_chat(case_id: int, username: str) -> tuple[dict[str, Any] | None, HTTPResponse | None]:
    """The case, when this member of staff has claimed it and is on the chat with the person."""
    case = store.get_case(case_id)
    if case is None:
        return None, _error(404, f"there is no case {case_id}")
    if case["claimed_by"] != username or case["status"] != "claimed":
        return None, _error(409, "claim the case before writing to the person")
    if case["handoff"] != "live":
        return None, _error(409, "the person is not waiting on the chat for staff")
    return case, None


async def watch_handoffs() -> None:
    """Every few seconds: red flags in what people waiting for staff wrote, shown on their case at once (and,
    before anyone has taken the chat, answered by the assistant); a person nobody took in time is given
    the helpline number and the assistant again."""
    while True:
        try:
            for case in store.handoffs_to_watch():
                await _watch_one(case)
        except Exception as error:  # the watcher must keep running
            # The type only at ERROR: a database error's text can hold query parameters (what was said).
            logger.error("Handoff watcher failed on this round (%s); trying again", error.__class__.__name__)
            logger.debug("The handoff watcher's fault:", exc_info=True)
        await asyncio.sleep(WATCH_EVERY_SECONDS)


async def _watch_one(case: dict[str, Any]) -> None:
    since = case["requested"].replace(tzinfo=dt.timezone.utc).timestamp()
    said = [line for line in transcript(case["conversation_id"], since) if line["who"] == "person"]
    alerts, urgency = [], None
    for line in said[case["messages_read"]:]:
        found, level = handoff.red_flags_in(line["text"], line.get("reading"))
        alerts += [{**a, "at": dt.datetime.fromtimestamp(line["at"], dt.timezone.utc).isoformat(
            timespec="seconds")} for a in found]
        if level and store.URGENCY_RANK[level] > store.URGENCY_RANK.get(urgency or "unknown", 0):
            urgency = level
    store.record_red_flags(case["id"], alerts, len(said), urgency)
    if case["handoff"] != "waiting":
        return
    try:
        if urgency:  # red flags always win: nobody has the chat yet, so the assistant answers now
            await assistant.run_action(case["conversation_id"], "action_handoff_red_flag")
            store.end_handoff(case["id"], store.ASSISTANT, "a red flag was said while waiting: outcome given")
        elif dt.datetime.utcnow() - case["requested"] >= handoff.claim_timeout():
            await assistant.run_action(case["conversation_id"], "action_no_staff_free")
            store.end_handoff(case["id"], store.ASSISTANT, "nobody took the chat in time: helpline given")
    except assistant.AssistantUnavailable as exc:
        logger.error("Could not give the conversation back to the assistant: %s", exc)


DEFAULT_PERIOD_DAYS = 30


def _period(request: Request) -> tuple[dt.date, dt.date]:
    """The service view's period from the query string (default: the last 30 days); ValueError if wrong."""
    today = dt.datetime.utcnow().date()
    day_to = dt.date.fromisoformat(request.args.get("to") or today.isoformat())
    day_from = dt.date.fromisoformat(request.args.get("from")
                                     or (day_to - dt.timedelta(days=DEFAULT_PERIOD_DAYS - 1)).isoformat())
    if day_from > day_to or (day_to - day_from).days > 366:
        raise ValueError("period")
    return day_from, day_to


def _summary_from_slots(slots: dict[str, Any]) -> dict[str, Any]:
    """The case summary of a conversation from its slots, as the assistant's actions build it."""
    answers = {slot: slots[slot] for slot in ANSWER_SLOTS if slots.get(slot) is not None}
    region = region_contacts(slots["region"]) if slots.get("region") else current_region()
    return case_summary(answers, slots.get("red_flag_words") or {}, region=region.name,
                        activity={"activity": slots.get("activity"),
                                  "tolerance_minutes": slots.get("tolerance_minutes")})
