"""The pure parts of the messaging platforms: numbered choices and typed replies, urgency headlines,
splitting long texts, the effective credentials file, and the signature checks."""
from __future__ import annotations

import hashlib
import hmac
import time
from pathlib import Path

import pytest
import yaml
from twilio.request_validator import RequestValidator

from channels.credentials import effective_credentials
from channels.credentials import main as write_credentials
from channels.messaging import FacebookTurnOutput, SlackTurnOutput, TelegramTurnOutput, TwilioTurnOutput
from channels.plain_text import (
    buttons_of_last_turn,
    chosen_payload,
    first_numbers,
    numbered_options,
    render_turn,
    split_message,
    with_urgency_headline,
)
from channels.signatures import (
    facebook_request_is_signed,
    slack_request_is_signed,
    telegram_request_is_signed,
    twilio_request_is_signed,
)

ROOT = Path(__file__).resolve().parents[2]
YES_NO = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"},
          {"title": "Not sure", "payload": "/unsure"}]
QUICKER = [{"title": "Quicker: show them as lists", "payload": "/choose_quick_path"}]
REGIONS = [{"title": "New Zealand", "payload": '/tell_region{"region": "NZ"}'},
           {"title": "United Kingdom", "payload": '/tell_region{"region": "UK"}'}]


def never(_buttons):
    return False


# --- numbered choices and typed replies

def test_choices_are_numbered_in_words():
    assert numbered_options(YES_NO) == "Reply 1 for Yes, 2 for No, 3 for Not sure."


@pytest.mark.parametrize(("typed", "payload"), [
    ("1", "/affirm"), ("2", "/deny"), (" 3. ", "/unsure"), ("yes", "/affirm"), ("YES!", "/affirm"),
    ("no.", "/deny"), ("Not sure", "/unsure"), ("not  SURE?", "/unsure"),
    ("4", None), ("0", None), ("yes please", None), ("", None), ("?!", None),
])
def test_a_typed_number_or_title_names_its_choice(typed, payload):
    assert chosen_payload(typed, [YES_NO], never) == payload


def test_the_question_being_asked_keeps_1_2_3_and_earlier_choices_go_on_from_there():
    turn = [QUICKER, [], YES_NO]
    assert first_numbers(turn, never) == [4, None, 1]
    assert chosen_payload("1", turn, never) == "/affirm"
    assert chosen_payload("4", turn, never) == "/choose_quick_path"
    assert chosen_payload("quicker: show them as lists", turn, never) == "/choose_quick_path"


def test_choices_shown_as_buttons_take_no_number_but_their_titles_still_answer():
    turn = [QUICKER, YES_NO]
    long_titles_only = FacebookTurnOutput.shows_buttons  # "Quicker: ..." is over Facebook's 20 characters
    assert first_numbers(turn, long_titles_only) == [1, None]
    assert chosen_payload("1", turn, long_titles_only) == "/choose_quick_path"
    assert chosen_payload("2", turn, long_titles_only) is None
    assert chosen_payload("no", turn, long_titles_only) == "/deny"


def test_a_payload_with_entities_is_chosen_whole():
    assert chosen_payload("2", [REGIONS], never) == '/tell_region{"region": "UK"}'
    assert chosen_payload("new zealand", [REGIONS], never) == '/tell_region{"region": "NZ"}'


def test_the_choices_come_from_the_assistants_messages_since_the_person_last_wrote():
    events = [{"event": "bot", "data": {"buttons": REGIONS}},
              {"event": "user", "text": "hi"},
              {"event": "bot", "text": "I'll ask you some questions", "data": {"buttons": QUICKER}},
              {"event": "action", "name": "action_listen"},
              {"event": "bot", "text": "Since the back pain started...", "data": {"buttons": YES_NO}}]
    assert buttons_of_last_turn(events) == [QUICKER, YES_NO]
    assert buttons_of_last_turn([*events, {"event": "user", "text": "no"}]) == []


def test_tracker_events_are_read_as_well_as_their_dicts():
    from rasa.shared.core.events import BotUttered, UserUttered

    events = [UserUttered("hi"), BotUttered("Question?", data={"buttons": YES_NO})]
    assert buttons_of_last_turn(events) == [YES_NO]


@pytest.mark.parametrize(("output", "buttons", "shown"), [
    (TwilioTurnOutput, YES_NO, False),
    (TelegramTurnOutput, YES_NO + QUICKER + REGIONS, True),
    (TelegramTurnOutput, [{"title": "Too long", "payload": "/inform" + "x" * 60}], False),  # 64 bytes
    (FacebookTurnOutput, YES_NO, True),
    (FacebookTurnOutput, QUICKER, False),  # a quick reply's title is at most 20 characters
    (FacebookTurnOutput, [{"title": str(n), "payload": str(n)} for n in range(14)], False),  # 13 at most
    (SlackTurnOutput, YES_NO + QUICKER, True),
])
def test_each_platform_shows_buttons_within_its_limits(output, buttons, shown):
    assert output.shows_buttons(buttons) is shown


def test_a_turn_on_sms_numbers_the_choices_and_leaves_payloads_out():
    messages = [{"text": "I'll ask you some questions.", "buttons": QUICKER},
                {"text": "Any trouble with your bladder?", "buttons": YES_NO,
                 "custom": {"triage": {"confirm": "bladder_bowel"}}},
                {"text": None, "custom": {"knowledge": {"topic": "x"}}}]
    assert render_turn(messages, never) == [
        ("I'll ask you some questions.\n\nReply 4 for Quicker: show them as lists.", None),
        ("Any trouble with your bladder?\n\nReply 1 for Yes, 2 for No, 3 for Not sure.", None)]


def test_a_turn_on_a_platform_with_buttons_keeps_them():
    rendered = render_turn([{"text": "Any trouble?", "buttons": YES_NO}], SlackTurnOutput.shows_buttons)
    assert rendered == [("Any trouble?", YES_NO)]


# --- urgency in plain text

EMERGENCY = {"urgency": "emergency", "red_flags": ["saddle_anaesthesia"], "emergency_number": "111"}


def test_an_emergency_that_says_so_with_its_number_is_left_as_it_is():
    text = "EMERGENCY: call 111 now or go to the nearest emergency department."
    assert with_urgency_headline(text, EMERGENCY) == text


def test_an_emergency_that_does_not_say_so_is_led_by_the_level_and_number():
    assert with_urgency_headline("That changes my advice.", EMERGENCY).startswith(
        "EMERGENCY: call 111 now.\n\nThat changes my advice.")
    assert with_urgency_headline("EMERGENCY: go to hospital.", {**EMERGENCY, "emergency_number": "999"}
                                 ).startswith("EMERGENCY: call 999 now.")
    assert with_urgency_headline("", EMERGENCY) == "EMERGENCY: call 111 now."


def test_other_levels_and_other_payloads():
    assert with_urgency_headline("Please see a doctor today.", {"urgency": "urgent"}).startswith("URGENT:")
    assert with_urgency_headline("SOON: book an appointment.", {"urgency": "soon"}) == (
        "SOON: book an appointment.")
    assert with_urgency_headline("Question?", {"confirm": "bladder_bowel"}) == "Question?"


def test_every_outcome_response_already_states_its_level_on_a_plain_channel():
    responses = {}
    for path in (ROOT / "domain").glob("*.yml"):
        responses.update((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("responses") or {})
    levels = {"utter_escalate_emergency": "emergency", "utter_escalate_crisis": "emergency",
              "utter_escalate_urgent": "urgent", "utter_outcome_soon": "soon",
              "utter_outcome_self_care": "self_care"}
    for name, level in levels.items():
        text = responses[name][0]["text"].replace("{emergency_number}", "111")
        assert with_urgency_headline(text, {**EMERGENCY, "urgency": level}) == text, name


# --- splitting

PLAN = "\n".join(f"Week {n}: {5 + n} min, 5 days ({5 * (5 + n)} min a week)" for n in range(1, 120))
CITED = ("Staying active is good for your back. Some pain while you move is safe. " * 12
         + "\n(Source: Healthify NZ, Back pain treatment (Keeping active and working))")


@pytest.mark.parametrize("limit", [160, 1600, 2000, 3000, 4096])
def test_a_long_text_is_split_into_parts_within_the_limit_in_order(limit):
    text = f"{CITED}\n\n{PLAN}\n\n{CITED}"
    parts = split_message(text, limit)
    assert all(0 < len(part) <= limit for part in parts)
    assert " ".join(" ".join(parts).split()) == " ".join(text.split())


def test_lines_of_a_table_and_a_citation_stay_whole_where_they_fit():
    parts = split_message(f"{CITED}\n\n{PLAN}", 1600)
    assert parts[0] == CITED  # the statements with their source, in one message
    lines = PLAN.splitlines()
    assert all(line in lines for part in parts[1:] for line in part.splitlines())


def test_a_text_within_the_limit_is_one_message_and_sentences_break_before_words():
    assert split_message("  Short answer.\n\nSecond paragraph. ", 1600) == [
        "Short answer.\n\nSecond paragraph."]
    assert split_message("One sentence here. Another one here.", 25) == [
        "One sentence here.", "Another one here."]
    assert split_message("x" * 50, 20) == ["x" * 20, "x" * 20, "x" * 10]
    assert split_message("   ", 10) == []


# --- the credentials file

CREDENTIALS = {
    "channels.rest.CheckedRestInput": None,
    "channels.messaging.TelegramInput": {"access_token": "${TELEGRAM_TOKEN}",
                                         "webhook_url": "${TELEGRAM_WEBHOOK_URL}"},
    "channels.messaging.SlackInput": {"slack_token": "${SLACK_BOT_TOKEN}", "slack_signing_secret": "${S}"},
}


def test_a_platform_is_enabled_only_when_all_its_variables_are_set():
    environment = {"TELEGRAM_TOKEN": "1:a", "TELEGRAM_WEBHOOK_URL": "u", "SLACK_BOT_TOKEN": "xoxb", "S": ""}
    enabled, report = effective_credentials(CREDENTIALS, environment)
    assert list(enabled) == ["channels.rest.CheckedRestInput", "channels.messaging.TelegramInput"]
    assert enabled["channels.messaging.TelegramInput"]["access_token"] == "${TELEGRAM_TOKEN}"  # no secret
    assert report == ["Telegram: enabled", "Slack: not enabled (set S)"]


def test_with_nothing_set_each_platform_says_what_would_enable_it():
    enabled, report = effective_credentials(CREDENTIALS, {})
    assert list(enabled) == ["channels.rest.CheckedRestInput"]
    assert report == ["Telegram: not enabled (set TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_URL)",
                      "Slack: not enabled (set SLACK_BOT_TOKEN, S)"]


def test_the_project_credentials_file_is_written_without_secrets(tmp_path, monkeypatch, capsys):
    for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_WEBHOOK_URL"):
        monkeypatch.setenv(name, f"secret-{name}")
    for name in ("TELEGRAM_TOKEN", "FACEBOOK_APP_SECRET", "SLACK_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    out = tmp_path / "credentials.yml"
    write_credentials(["--out", str(out)])
    written = yaml.safe_load(out.read_text())
    assert set(written) == {"channels.rest.CheckedRestInput", "channels.socketio.CheckedSocketIOInput",
                            "channels.messaging.TwilioInput"}
    assert "secret-" not in out.read_text()
    printed = capsys.readouterr().out.splitlines()
    assert "Twilio: enabled" in printed
    assert sum(line.endswith(")") and "not enabled (set " in line for line in printed) == 3


# --- signatures

def test_slack_signature_over_timestamp_and_body():
    body, timestamp = b'{"type":"event_callback"}', str(int(time.time()))
    digest = hmac.new(b"secret", f"v0:{timestamp}:".encode() + body, hashlib.sha256).hexdigest()
    headers = {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": f"v0={digest}"}
    assert slack_request_is_signed("secret", body, headers)
    assert not slack_request_is_signed("other", body, headers)
    assert not slack_request_is_signed("secret", body + b" ", headers)
    assert not slack_request_is_signed("secret", body, {"X-Slack-Signature": f"v0={digest}"})
    old = str(int(time.time()) - 600)  # a replay
    old_digest = hmac.new(b"secret", f"v0:{old}:".encode() + body, hashlib.sha256).hexdigest()
    assert not slack_request_is_signed("secret", body, {"X-Slack-Request-Timestamp": old,
                                                        "X-Slack-Signature": f"v0={old_digest}"})


def test_twilio_signature_over_the_public_url_and_form():
    url, form = "https://backcare.example/webhooks/twilio/webhook", {"From": "+64211234567", "Body": "hi"}
    signature = RequestValidator("token").compute_signature(url, form)
    assert twilio_request_is_signed("token", url, form, signature)
    assert not twilio_request_is_signed("token", "http://127.0.0.1:5005/webhooks/twilio/webhook", form,
                                        signature)
    assert not twilio_request_is_signed("token", url, {**form, "Body": "hello"}, signature)
    assert not twilio_request_is_signed("other", url, form, signature)
    assert not twilio_request_is_signed("token", url, form, "")


def test_facebook_signature_sha256_or_the_older_sha1():
    body = b'{"object":"page"}'
    sha256 = "sha256=" + hmac.new(b"app", body, hashlib.sha256).hexdigest()
    sha1 = "sha1=" + hmac.new(b"app", body, hashlib.sha1).hexdigest()
    assert facebook_request_is_signed("app", body, {"X-Hub-Signature-256": sha256})
    assert facebook_request_is_signed("app", body, {"X-Hub-Signature": sha1})
    assert not facebook_request_is_signed("other", body, {"X-Hub-Signature-256": sha256})
    assert not facebook_request_is_signed("app", body, {"X-Hub-Signature-256": sha1})
    assert not facebook_request_is_signed("app", body, {})


def test_telegram_secret_token():
    assert telegram_request_is_signed("s3cret", {"X-Telegram-Bot-Api-Secret-Token": "s3cret"})
    assert not telegram_request_is_signed("s3cret", {"X-Telegram-Bot-Api-Secret-Token": "guess"})
    assert not telegram_request_is_signed("s3cret", {})


# --- a turn's replies as sent

class RecordingOutput(TwilioTurnOutput):
    max_chars = 160

    def __init__(self) -> None:
        super().__init__(client=None, recipient_id="+64211234567", from_number="+6498870001")
        self.parts: list[tuple[str, list | None]] = []

    async def send_part(self, text, buttons):
        self.parts.append((text, buttons))


async def test_a_turn_is_sent_in_order_each_long_message_in_parts_within_the_limit():
    output = RecordingOutput()
    await output.send_response("+64211234567", {"text": CITED, "custom": {"knowledge": {"topic": "x"}}})
    await output.send_response("+64211234567", {"text": "Any trouble with your bladder?", "buttons": YES_NO})
    assert output.parts == []  # nothing goes out until the turn is over
    await output.send_turn()
    texts = [text for text, _ in output.parts]
    assert all(len(text) <= 160 for text in texts) and len(texts) > 3
    assert texts[-1] == "Any trouble with your bladder?\n\nReply 1 for Yes, 2 for No, 3 for Not sure."
    assert texts[-2].startswith("(Source: Healthify NZ")
    assert " ".join(" ".join(texts[:-1]).split()) == " ".join(CITED.split())


class FailingOutput(RecordingOutput):
    async def send_part(self, text, buttons):
        if self.parts:
            raise ConnectionError("platform down")
        self.parts.append((text, buttons))


async def test_when_a_part_cannot_be_sent_the_rest_is_not_sent_out_of_order(caplog):
    output = FailingOutput()
    for text in ("First.", "Second.", "Third."):
        await output.send_text_message("+64211234567", text)
    await output.send_turn()
    assert output.parts == [("First.", None)]
    assert "ConnectionError" in caplog.text and "Second" not in caplog.text
