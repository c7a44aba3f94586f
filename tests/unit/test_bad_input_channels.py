"""Bad input on the public channels: what is cleaned, refused or limited before the assistant reads it,
and the model routes the Rasa server refuses."""
import pytest

from channels import messaging
from channels.checks import held_on_a_platform, readable_text, sender_problem
from channels.limits import MessageLimits, SlidingWindow
from channels.lockdown import changes_the_model
from channels.messaging import as_object, objects, take_turn
from channels.plain_text import chosen_payload
from stores.tracker import TrackerStoreUnavailable
from tests.unit.test_messaging import RecordingOutput


@pytest.mark.parametrize("typed, read", [
    ("no\x00 numbness", "no numbness"), ("\x1b[31mred\x1b[0m", "[31mred[0m"), ("a\ud800b", "ab"),
    ("line one\nline two\ttab", "line one\nline two\ttab"), ("😀😀", "😀😀"), ("背中が痛い", "背中が痛い"),
    ("<script>alert(1)</script>", "<script>alert(1)</script>"),
    ("'; DROP TABLE events; --", "'; DROP TABLE events; --"),
])
def test_only_characters_that_mean_nothing_to_a_reader_are_taken_out(typed, read):
    assert readable_text(typed) == read


def test_a_conversation_id_is_required_where_asked_and_never_has_control_characters():
    assert "required" in sender_problem(None, required=True)
    assert sender_problem(None) is None
    assert "control characters" in sender_problem("a\x07b")
    assert sender_problem("web-3f9a") is None


@pytest.mark.parametrize("route, refused", [
    ("rasa_server.load_model", True), ("rasa_server.unload_model", True), ("rasa_server.train", True),
    ("rasa_server.evaluate_intents", True), ("rasa_server.parse", False),
    ("rasa_server.execute_action", False),
    ("rasa_server.append_events", False), ("rest_webhook.train", False), (None, False),
])
def test_only_rasas_model_routes_are_turned_off(route, refused):
    assert changes_the_model("rasa_server", route) is refused


def test_a_platform_update_of_the_wrong_shape_is_read_as_nothing():
    assert objects("entry") == [] and objects([{"a": 1}, "x", 3]) == [{"a": 1}]
    assert as_object(["x"]) == {} and as_object({"id": 1}) == {"id": 1}


class Assistant:
    def __init__(self) -> None:
        self.heard: list[str] = []

    async def __call__(self, message) -> None:
        self.heard.append(message.text)
        await message.output_channel.send_text_message(message.sender_id, "a reply")


@pytest.fixture
def strict_limits(monkeypatch):
    limits = MessageLimits(per_sender=3, per_address=0, exempt_localhost=False)
    monkeypatch.setattr(messaging, "message_limits", lambda: limits)
    monkeypatch.setattr(messaging, "REFUSAL_NOTICES", SlidingWindow(1))
    return limits


@pytest.mark.parametrize("text", [None, 5, "", "   ", "\x00\x01"])
async def test_a_messaging_update_without_text_is_answered_and_not_passed_on(text, strict_limits):
    assistant, output = Assistant(), RecordingOutput()
    await take_turn(None, assistant, output, "+64211234567", text, pressed=True)
    assert assistant.heard == [] and "only read text" in output.parts[0][0]


async def test_control_characters_are_taken_out_before_the_assistant_reads_a_message(strict_limits):
    assistant, output = Assistant(), RecordingOutput()
    await take_turn(None, assistant, output, "+64211234567", "no\x00 fever", pressed=True)
    assert assistant.heard == ["no fever"]


async def test_a_flood_from_one_person_is_told_once_and_then_not_answered(strict_limits):
    assistant, output = Assistant(), RecordingOutput()
    for _ in range(6):
        await take_turn(None, assistant, output, "+64211234567", "hello", pressed=True)
    texts = [text for text, _ in output.parts]
    assert len(assistant.heard) == 3 and texts.count("a reply") == 3
    notice = " ".join(texts[3:])  # one notice (in two SMS parts), then nothing
    assert notice.count("at most 3 a minute in one conversation") == 1 and "emergency" in notice
    other = RecordingOutput()
    await take_turn(None, assistant, other, "+64219999999", "hello", pressed=True)
    assert [text for text, _ in other.parts] == ["a reply"], "another person is not limited"


@pytest.mark.parametrize("typed, payload", [
    ("²", None), ("¹", None), ("⑴", None), ("１", "/affirm"), ("١", "/affirm"),
    ("99999999999999999999999", None), ("😀", None), ("\u200b2", "/deny"),
])
def test_a_typed_choice_in_any_digits_or_none_is_read_without_failing(typed, payload):
    turn = [[{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]]
    assert chosen_payload(typed, turn, lambda buttons: False) == payload


class Store:
    def __init__(self, channel: str | None, fails: bool = False) -> None:
        self.channel, self.fails = channel, fails

    async def retrieve(self, sender):
        if self.fails:
            raise TrackerStoreUnavailable("database down")
        if self.channel is None:
            return None

        class Tracker:
            def get_latest_input_channel(inner):
                return self.channel
        return Tracker()


@pytest.mark.parametrize("store, held", [
    (Store("twilio"), True), (Store("telegram"), True), (Store("rest"), False), (Store("socketio"), False),
    (Store(None), False), (Store("twilio", fails=True), False),
])
async def test_a_web_caller_may_not_name_a_messaging_platforms_conversation(store, held):
    assert await held_on_a_platform(store, f"+6421{id(store)}") is held


async def test_a_web_conversation_is_read_again_only_after_ten_minutes():
    class CountingStore(Store):
        reads = 0

        async def retrieve(self, sender):
            CountingStore.reads += 1
            return await super().retrieve(sender)

    now = [0.0]
    store = CountingStore("rest")
    for _ in range(3):
        assert not await held_on_a_platform(store, "web-ten-minutes", clock=lambda: now[0])
    assert CountingStore.reads == 1
    store.channel, now[0] = "twilio", 601.0  # the id has since been used by a person on SMS
    assert await held_on_a_platform(store, "web-ten-minutes", clock=lambda: now[0])
    assert CountingStore.reads == 2
