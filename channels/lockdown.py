"""What the Rasa server refuses whoever asks: loading, unloading or training a model over HTTP.

The HTTP API is on for the staff console (`--enable-api`, behind RASA_API_TOKEN), but `rasa run` has no
switch for its model routes: with the token, PUT /model would swap the assistant for any model file on
the server's disk or at a URL. Registered from the REST channel's blueprint (which every deployment has),
a server listener adds an app-wide request middleware before the server starts; Sanic 21.12 runs it
after routing, so it matches Rasa's routes by name (not by path, which could be spelled differently)
and answers 403 before the route's own handler, token or not.
"""
from __future__ import annotations

import logging
from typing import Any

from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

logger = logging.getLogger(__name__)

# Rasa 3.6's handlers (rasa/server.py) that replace, unload, train or evaluate a model. Parsing and
# prediction with the loaded model, and the conversation routes the console uses, stay on.
MODEL_CHANGING_HANDLERS = frozenset({"load_model", "unload_model", "train", "evaluate_stories",
                                     "evaluate_intents"})
REFUSAL = ("Forbidden: loading, unloading, training or testing a model over HTTP is turned off on this "
           "server. Start the server with the model instead (see README, Security and limits).")


def changes_the_model(app_name: str, route_name: str | None) -> bool:
    """Whether a route (by Sanic's name for it, "<app>.<handler>") is one of Rasa's model routes."""
    return bool(route_name) and any(route_name == f"{app_name}.{handler}"
                                    for handler in MODEL_CHANGING_HANDLERS)


async def refuse_model_changes(request: Request) -> HTTPResponse | None:
    route = getattr(request, "route", None)
    if route is not None and changes_the_model(request.app.name, route.name):
        logger.warning("Refused %s %s: model routes are turned off", request.method, request.path)
        return response.json({"error": REFUSAL}, status=403)
    return None


def lock_down(blueprint: Blueprint) -> None:
    """Turn the model routes off on the server that registers `blueprint`."""

    @blueprint.listener("before_server_start")
    async def turn_off_model_routes(app: Sanic, _: Any) -> None:
        app.register_middleware(refuse_model_changes, "request")
