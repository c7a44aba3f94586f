"""The running servers are locked down: the Rasa API needs its token, no model can be loaded, unloaded or
trained over HTTP (token or not), the action server refuses calls without the shared secret, every server
listens on localhost only, telemetry is off, and a request body over the size limit gets 413."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import requests

from tests.live.conftest import RASA_URL

ACTIONS_URL = f"http://127.0.0.1:{os.environ.get('ACTIONS_PORT', '5055')}"
TOKEN = os.environ.get("RASA_API_TOKEN", "")
PORTS = {"Rasa server": int(RASA_URL.rsplit(":", 1)[1]), "action server": int(ACTIONS_URL.rsplit(":", 1)[1]),
         "staff console": int(os.environ.get("CONSOLE_PORT", "5070"))}


def api(method: str, path: str, token: str | None = TOKEN, **kwargs) -> requests.Response:
    params = {"token": token} if token is not None else {}
    return requests.request(method, f"{RASA_URL}{path}", params=params, timeout=30, **kwargs)


@pytest.mark.parametrize("token", [None, "", "wrong-token"])
def test_the_rasa_api_refuses_calls_without_its_token(token):
    for method, path in (("GET", "/status"), ("GET", "/conversations/someone/tracker"),
                         ("POST", "/conversations/someone/tracker/events")):
        answer = api(method, path, token, json={"event": "slot", "name": "age", "value": 1})
        assert answer.status_code in (401, 403), (method, path, answer.status_code)


def test_with_its_token_the_api_the_console_uses_works():
    assert api("GET", "/status").status_code == 200
    assert api("GET", "/conversations/lockdown-check/tracker").status_code == 200


@pytest.mark.parametrize("method, path", [("PUT", "/model"), ("DELETE", "/model"), ("POST", "/model/train"),
                                          ("POST", "/model/test/intents"), ("PUT", "/model/")])
@pytest.mark.parametrize("token", [TOKEN, None])
def test_no_model_is_loaded_unloaded_or_trained_over_http_even_with_the_token(method, path, token):
    answer = api(method, path, token, json={"model_file": "models/backcare.tar.gz"})
    assert answer.status_code == 403 and "turned off" in answer.json()["error"]


def test_after_those_refusals_the_model_still_answers():
    replies = requests.post(f"{RASA_URL}/webhooks/rest/webhook", timeout=60,
                            json={"sender": "lockdown-after", "message": "hi"}).json()
    assert replies and replies[0]["text"]
    assert api("GET", "/status").json().get("model_file")


def test_the_action_server_refuses_calls_without_the_shared_secret():
    call = {"next_action": "action_triage_outcome", "tracker": {"sender_id": "x"}, "domain": {}}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Bearer {TOKEN}"}):
        answer = requests.post(f"{ACTIONS_URL}/webhook", json=call, headers=headers, timeout=30)
        assert answer.status_code == 401 and "shared secret" in answer.json()["error"]
        assert "sender_id" not in answer.text
    assert requests.get(f"{ACTIONS_URL}/actions", timeout=30).status_code == 401
    assert requests.get(f"{ACTIONS_URL}/health", timeout=30).json() == {"status": "ok"}


def listening_addresses(port: int) -> set[str]:
    """The local addresses sockets listen on at `port` (from /proc/net/tcp and tcp6; Linux)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


@pytest.mark.parametrize("server", PORTS)
def test_every_server_listens_on_localhost_only(server):
    addresses = listening_addresses(PORTS[server])
    assert addresses, f"nothing listens on the {server}'s port"
    loopback = {"0100007F", "00000000000000000000000001000000"}  # 127.0.0.1 and ::1, as /proc writes them
    assert addresses <= loopback, f"the {server} listens on {addresses}"


def rasa_server_environment() -> dict[str, str]:
    port = str(PORTS["Rasa server"])
    for process in Path("/proc").iterdir():
        try:
            command = (process / "cmdline").read_bytes().split(b"\0")
            if b"run" in command and b"--port" in command and port.encode() in command and any(
                    part.endswith(b"rasa") or part == b"rasa_cli" for part in command[:3]):
                return dict(item.split("=", 1) for item in (process / "environ").read_text().split("\0")
                            if "=" in item)
        except OSError:
            continue
    pytest.fail("the Rasa server's process was not found")


def test_telemetry_is_off_and_the_request_size_limit_is_set_in_the_rasa_server():
    environment = rasa_server_environment()
    assert environment.get("RASA_TELEMETRY_ENABLED") == "false"
    assert int(environment.get("SANIC_REQUEST_MAX_SIZE", "0")) == int(os.environ["RASA_REQUEST_MAX_SIZE"])


def test_a_body_over_the_size_limit_gets_413_with_a_reason():
    size = int(os.environ.get("RASA_REQUEST_MAX_SIZE", "262144"))
    body = b'{"sender": "lockdown-size", "message": "' + b"a" * size + b'"}'
    answer = requests.post(f"{RASA_URL}/webhooks/rest/webhook", data=body, timeout=30,
                           headers={"Content-Type": "application/json"})
    assert answer.status_code == 413
    assert "too large" in answer.text.lower() and "Traceback" not in answer.text
