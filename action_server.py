"""The action server: rasa_sdk's own app running our actions, locked down.

    python -m action_server [--port 5055] [--actions actions]

What `rasa run actions` does not do, this adds around `rasa_sdk.endpoint.create_app`:

- every call but GET /health must carry the shared secret the Rasa server sends (endpoints.yml:
  `Authorization: Bearer ${ACTION_SERVER_TOKEN}`); without it, 401. The server will not start without one.
- no error answer echoes the request: rasa_sdk 3.6 answers a failure with the whole request body
  (`request_body`: the conversation, the person's words) and the exception's text, and an unknown action
  with its name. Here errors say what went wrong in fixed words; the log has the exception's type (its
  traceback at DEBUG).
- it binds to SANIC_HOST (default 127.0.0.1), not rasa_sdk's 0.0.0.0, and allows no cross-origin calls.
"""
from __future__ import annotations

import argparse
import hmac
import json
import logging
import os
import sys
from collections.abc import Mapping

from rasa_sdk.endpoint import create_app
from sanic import Sanic, response
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse

logger = logging.getLogger("action_server")

SECRET_VARIABLE = "ACTION_SERVER_TOKEN"
OPEN_PATHS = frozenset({"/health"})  # for start-up scripts and load balancers
UNAUTHORIZED = ("Unauthorized: calls to the action server need the shared secret "
                f"(Authorization: Bearer ${SECRET_VARIABLE}).")
# What each failure is called, in fixed words: never the request, the action's name or an exception's text.
ERRORS = {
    400: "Bad request: the body must be an action call from the Rasa server (a JSON object), or the "
         "action refused to run",
    404: "Not found: no such action or path",
    405: "Method not allowed",
    413: "Payload too large",
    500: "The action failed; see the action server's log",
}


def has_secret(headers: Mapping[str, str], secret: str) -> bool:
    """Whether a request carries the shared secret (compared in constant time)."""
    given = headers.get("Authorization") or ""
    return hmac.compare_digest(given.encode(), f"Bearer {secret}".encode())


def safe_error(status: int, answer: object = None) -> HTTPResponse:
    """An error answer that repeats nothing of the request. A 400 keeps `action_name`, which rasa_sdk
    sets from the action that refused (not from the request) and the Rasa server needs."""
    body: dict[str, object] = {"error": ERRORS.get(status, "The call failed")}
    if status == 400 and isinstance(answer, dict) and isinstance(answer.get("action_name"), str):
        body["action_name"] = answer["action_name"]
    return response.json(body, status=status)


def locked_down_app(secret: str, actions: str = "actions") -> Sanic:
    if not secret:
        raise ValueError(f"{SECRET_VARIABLE} is empty: the action server needs a shared secret")
    app = create_app(actions, cors_origins=None)

    @app.on_request
    async def require_secret(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS and request.method in ("GET", "HEAD"):
            return None
        if not has_secret(request.headers, secret):
            logger.warning("Refused a call to %s without the shared secret", request.path)
            return response.json({"error": UNAUTHORIZED}, status=401)
        if request.path == "/webhook" and request.headers.get("Content-Encoding") != "deflate":
            try:
                call = request.json
            except SanicException:
                call = None
            if not isinstance(call, dict):
                return safe_error(400)
        return None

    @app.on_response
    async def without_echo(request: Request, answer: HTTPResponse) -> HTTPResponse | None:
        if answer.status < 400 or answer.status == 401:
            return None
        try:
            body = json.loads(answer.body or b"null")
        except ValueError:
            body = None
        return safe_error(answer.status, body)

    async def on_failure(request: Request, exception: Exception) -> HTTPResponse:
        status = getattr(exception, "status_code", 500) if isinstance(exception, SanicException) else 500
        if status >= 500:
            logger.error("A call to %s failed (%s)", request.path, type(exception).__name__)
            logger.debug("The failure:", exc_info=exception)
        return safe_error(status)

    app.error_handler.add(Exception, on_failure)  # instead of rasa_sdk's, which echoes the request
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Start the action server (custom actions), locked down.")
    parser.add_argument("--port", type=int, default=int(os.environ.get("ACTIONS_PORT", "5055")))
    parser.add_argument("--actions", default="actions", help="the package of custom actions")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s - %(message)s")
    secret = os.environ.get(SECRET_VARIABLE, "")
    if not secret:
        sys.exit(f"error: set {SECRET_VARIABLE}: the shared secret the Rasa server sends (endpoints.yml); "
                 "scripts/env.sh makes a fresh one per start")
    # spaCy's thinc imports TensorFlow whenever it is installed (Rasa installs it), only to offer it as a
    # backend; our actions use spaCy's tokenizer alone. Refusing the import keeps 350 MB and 10 s of start
    # out of this process. Nothing here imports Rasa, the one user of TensorFlow.
    sys.modules.setdefault("tensorflow", None)
    app = locked_down_app(secret, args.actions)
    # Loaded now, before /health answers, so that the first question does not wait for it. The red-flag
    # reader is not: the Rasa server's NLU component reads every typed message with it and sends the reading
    # along, so this process needs it only for a message that comes without one (then loaded, once):
    # about 40 MB saved (issue 14).
    from clinical import topic_reader
    topic_reader.reader()
    host = os.environ.get("SANIC_HOST", "127.0.0.1")
    logger.info("Action server on http://%s:%s (calls need the shared secret)", host, args.port)
    app.run(host=host, port=args.port, workers=1, access_log=False, motd=False)


if __name__ == "__main__":
    main()
