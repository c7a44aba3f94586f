"""The locked-down action server (python -m action_server): no call without the shared secret, and no
error that repeats the request. Starts the real server on a free localhost port."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from action_server import has_secret, safe_error

ROOT = Path(__file__).resolve().parents[2]
SECRET = "unit-test-secret"
PRIVATE = "my private words about my bladder"
START_TIMEOUT_S = 300


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = free_port()
    env = {**os.environ, "ACTION_SERVER_TOKEN": SECRET, "SANIC_HOST": "127.0.0.1"}
    process = subprocess.Popen([sys.executable, "-m", "action_server", "--port", str(port)], cwd=ROOT,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    # (start-up loads the red-flag reader and the sentence encoder: on a busy 2-core machine over a minute)
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        try:
            urllib.request.urlopen(f"{url}/health", timeout=2)
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(process.stdout.read().decode())
            if time.monotonic() > deadline:
                process.terminate()
                pytest.fail(f"the action server did not answer within {START_TIMEOUT_S} s")
            time.sleep(0.5)
    yield url
    process.terminate()
    process.wait(10)


def call(url: str, path: str, body: bytes | None = None, secret: str | None = SECRET) -> tuple[int, str]:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["Authorization"] = f"Bearer {secret}"
    request = urllib.request.Request(url + path, data=body, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_the_secret_is_compared_whole():
    assert has_secret({"Authorization": "Bearer abc"}, "abc")
    assert not has_secret({"Authorization": "Bearer ab"}, "abc")
    assert not has_secret({"Authorization": "abc"}, "abc")
    assert not has_secret({}, "abc")


def test_an_error_keeps_only_the_refusing_actions_name_for_the_rasa_server():
    answer = json.loads(safe_error(400, {"action_name": "validate_triage_form", "error": PRIVATE}).body)
    assert answer["action_name"] == "validate_triage_form" and PRIVATE not in json.dumps(answer)
    assert "action_name" not in json.loads(safe_error(404, {"action_name": "anything"}).body)


def test_health_is_open(server):
    assert call(server, "/health", secret=None) == (200, '{"status":"ok"}')


@pytest.mark.parametrize("secret", [None, "", "wrong", SECRET + "x"])
def test_calls_without_the_secret_are_refused(server, secret):
    body = json.dumps({"next_action": "action_triage_outcome"}).encode()
    status, text = call(server, "/webhook", body, secret)
    assert status == 401 and "shared secret" in text
    assert call(server, "/actions", secret=secret)[0] == 401


def test_with_the_secret_the_actions_are_listed(server):
    status, text = call(server, "/actions")
    assert status == 200 and "action_triage_outcome" in text


@pytest.mark.parametrize("body", [
    b'{"next_action": "' + PRIVATE.encode(),  # malformed JSON
    json.dumps([PRIVATE]).encode(),  # the wrong shape
    b"\xff\xfe" + PRIVATE.encode(),  # not UTF-8
    json.dumps({"next_action": "no_such_action_" + PRIVATE}).encode(),  # an unknown action
    json.dumps({"next_action": "action_triage_outcome",  # an action that fails on what it was given
                "tracker": {"latest_message": {"text": PRIVATE}}}).encode(),
])
def test_errors_never_echo_the_request(server, body):
    status, text = call(server, "/webhook", body)
    assert 400 <= status < 600 and json.loads(text)["error"]
    assert "bladder" not in text and "request_body" not in text and "Traceback" not in text
