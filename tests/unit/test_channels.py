"""The checked REST and socket.io channels: what a malformed message is told, and how replies are sent."""
import pytest

from channels.checks import MAX_SENDER_CHARS
from channels.rest import problem_with
from channels.socketio import OneEventOutput, message_problem, servers_message_queue


@pytest.mark.parametrize("body", [
    [1, 2], "hello", None, 42, {"sender": "a"}, {"sender": "a", "message": None},
    {"sender": "a", "message": 5}, {"sender": "", "message": "hi"}, {"sender": 3, "message": "hi"},
    {"sender": "x" * (MAX_SENDER_CHARS + 1), "message": "hi"},
    {"sender": "a", "message": "hi", "metadata": "x"},
    {"message": "hi"},  # Rasa would put every caller without an id in one conversation, "default"
    {"sender": "a\x00b", "message": "hi"},
])
def test_malformed_bodies_are_refused_with_a_reason(body):
    assert problem_with(body)


@pytest.mark.parametrize("body", [{"sender": "a", "message": "hi"}, {"sender": "a", "message": ""},
                                  {"sender": "a", "message": "hi", "metadata": {"k": 1}}])
def test_well_formed_bodies_pass(body):
    assert problem_with(body) is None


@pytest.mark.parametrize("event", [
    "hello", None, [1], {"session_id": "s"}, {"message": 5, "session_id": "s"},
    {"message": "hi", "session_id": ""}, {"message": "hi", "session_id": "x" * (MAX_SENDER_CHARS + 1)},
    {"message": "hi", "metadata": "x"},
])
def test_malformed_socketio_messages_are_refused_with_a_reason(event):
    assert message_problem(event)


@pytest.mark.parametrize("event", [{"message": "hi", "session_id": "s"}, {"message": "hi"},
                                   {"message": "", "session_id": "s", "metadata": {"k": 1}}])
def test_well_formed_socketio_messages_pass(event):
    assert message_problem(event) is None


async def test_one_reply_is_one_event_with_its_buttons_and_payload():
    sent = []

    class FakeServer:
        async def emit(self, event, data, room):
            sent.append((event, data, room))

    output = OneEventOutput(FakeServer(), "bot_uttered")
    await output.send_response("room-1", {"text": "Just to check: ...", "buttons": [{"title": "Yes"}],
                                          "custom": {"triage": {"confirm": "bladder_bowel"}}})
    assert sent == [("bot_uttered", {"text": "Just to check: ...", "buttons": [{"title": "Yes"}],
                                     "custom": {"triage": {"confirm": "bladder_bowel"}}}, "room-1")]


def test_one_server_keeps_socketio_messages_in_process(monkeypatch):
    monkeypatch.delenv("REDIS_HOST", raising=False)
    assert servers_message_queue() is None


def test_several_servers_pass_socketio_messages_through_their_redis(monkeypatch):
    monkeypatch.setenv("REDIS_HOST", "10.0.0.5")
    monkeypatch.setenv("REDIS_PORT", "6380")
    monkeypatch.setenv("REDIS_DB", "1")
    monkeypatch.setenv("REDIS_PASSWORD", "s3cret")
    queue = servers_message_queue()
    assert queue.redis_url == "redis://10.0.0.5:6380/1"  # the password is not in the URL, which may be logged
    assert queue.redis_options == {"password": "s3cret"}
    assert queue.channel == "backcare-socketio"
