"""The messaging platforms end to end: each platform's own webhook requests posted to the running server,
and what the person would receive read from the fake platform APIs the server answers through
(tests/live/fake_platforms.py). Telegram, Twilio SMS and WhatsApp, Facebook Messenger and Slack."""
from __future__ import annotations

import json
import os
import random
import time
import uuid
from urllib.parse import urlencode

import pytest
import requests
from twilio.request_validator import RequestValidator

from tests.live.conftest import RASA_URL
from tests.live.fake_platforms import (
    TWILIO_NUMBER,
    FakePlatforms,
    Sent,
    fake_platform_apis,
    post_facebook,
    post_slack,
    post_sms,
    post_telegram,
    send_sms,
    urgency_said,
)


@pytest.fixture(scope="module")
def fake_platforms():
    with fake_platform_apis() as fake:
        yield fake


LIMITS = {"twilio": 1600, "telegram": 4096, "facebook": 2000, "slack": 3000}
INJURY = "I've hurt my lower back lifting a box"
EMERGENCY = "I can't feel anything when I wipe and I've wet myself twice today"
YES_NO_UNSURE = "Reply 1 for Yes, 2 for No, 3 for Not sure."
LIST_CHOICES = "Reply 1 for None of these, 2 for Yes, one or more, 3 for Not sure."
SADDLE_PAIR = ["None of these", "Yes, one or more", "Not sure"]


def phone() -> str:
    return f"+6421{random.randrange(10**6, 10**7)}"


def delivered_properly(messages: list[Sent]) -> bool:
    """Every message within its platform's limit, sent with the platform credentials, never raw JSON."""
    return all(0 < len(m.text) <= LIMITS[m.platform] and m.authorised and not m.text.lstrip().startswith("{")
               for m in messages)


def introduced(texts: list[str]) -> bool:
    return any("automated assistant for back pain" in text for text in texts)


# --- Twilio: SMS and WhatsApp ---------------------------------------------------------------------------

def test_sms_choices_are_numbered_and_a_number_or_a_word_answers_them(fake_platforms: FakePlatforms):
    sender = phone()
    assert introduced(send_sms(fake_platforms, sender, "hi"))
    asked = send_sms(fake_platforms, sender, INJURY)
    assert "bladder" in asked[-1] and asked[-1].endswith(YES_NO_UNSURE)
    assert any(text.endswith("Reply 4 for Quicker: show them as lists.") for text in asked)
    after_number = send_sms(fake_platforms, sender, "2")  # "No"
    # the saddle pair, as a list
    assert "genitals" in after_number[-1] and "when you have sex" in after_number[-1]
    assert after_number[-1].endswith(LIST_CHOICES)
    after_word = send_sms(fake_platforms, sender, "None of these.")
    # (the weakness question's first choice says the answer: "yes, and it's getting weaker" is read in full)
    assert "weaker than usual" in after_word[-1]
    assert after_word[-1].endswith("Reply 1 for Weaker than usual, 2 for No, 3 for Not sure.")
    sent = fake_platforms.messages("twilio", sender)
    assert {m.sender for m in sent} == {TWILIO_NUMBER}  # from the number the person wrote to
    assert delivered_properly(sent)


def test_an_emergency_in_a_first_whatsapp_message_is_said_first_with_the_number(fake_platforms):
    sender = phone()
    texts = send_sms(fake_platforms, sender, EMERGENCY, channel="whatsapp")
    assert texts[0].startswith("EMERGENCY: call 111 now") and urgency_said(texts) == "emergency"
    assert introduced(texts[1:])  # the introduction only after it
    sent = fake_platforms.messages("twilio", f"whatsapp:{sender}")
    assert {m.sender for m in sent} == {f"whatsapp:{TWILIO_NUMBER}"}
    assert delivered_properly(sent)


def test_a_knowledge_answer_arrives_whole_with_its_source_and_no_payload(fake_platforms):
    sender = phone()
    send_sms(fake_platforms, sender, "hi")
    texts = send_sms(fake_platforms, sender, "Should I stay in bed with back pain?")
    answer = next(text for text in texts if "(Source: " in text)
    assert answer.index("(Source: ") > 100  # the statements and their source in one message, in order
    assert not any('"knowledge"' in text or '"statements"' in text for text in texts)
    assert delivered_properly(fake_platforms.messages("twilio", sender))


def test_twilio_requests_without_a_valid_signature_are_refused(fake_platforms):
    sender = phone()
    since = fake_platforms.mark()
    assert post_sms(sender, "hi", signature="").status_code == 403
    assert post_sms(sender, "hi", signature="bm90IGEgc2lnbmF0dXJl").status_code == 403
    # signed over the local address instead of the public webhook URL Twilio posts to
    form = {"From": sender, "To": TWILIO_NUMBER, "Body": "hi"}
    local = RequestValidator(os.environ["TWILIO_AUTH_TOKEN"]).compute_signature(
        f"{RASA_URL}/webhooks/twilio/webhook", form)
    assert requests.post(f"{RASA_URL}/webhooks/twilio/webhook", data=form, timeout=30,
                         headers={"X-Twilio-Signature": local}).status_code == 403
    assert fake_platforms.messages("twilio", sender, since) == []


def test_sms_that_is_not_text_or_too_long_gets_a_clear_reply(fake_platforms):
    sender = phone()
    since = fake_platforms.mark()
    assert post_sms(sender, "", NumMedia="1", MediaContentType0="image/jpeg").ok
    assert post_sms(sender, "pain " * 1_200).ok
    texts = [m.text for m in fake_platforms.messages("twilio", sender, since)]
    assert texts[0].startswith("Sorry, I can only read text messages") and "111" in texts[0]
    assert texts[1].startswith("Sorry, that message is too long") and "pain pain" not in texts[1]
    assert introduced(send_sms(fake_platforms, sender, "hi"))  # and the conversation goes on


# --- Telegram ---------------------------------------------------------------------------------------------

def telegram_message(chat_id: int, text: str | None = None, **content) -> dict:
    person = {"id": chat_id, "is_bot": False, "first_name": "Ana", "language_code": "en"}
    message = {"message_id": random.randrange(10**6), "date": int(time.time()), "from": person,
               "chat": {"id": chat_id, "first_name": "Ana", "type": "private"}, **content}
    if text is not None:
        message["text"] = text
    return {"update_id": random.randrange(10**9), "message": message}


def telegram_turn(fake: FakePlatforms, update: dict, chat_id: int) -> list[Sent]:
    since = fake.mark()
    assert post_telegram(update).status_code == 200
    return fake.messages("telegram", str(chat_id), since)


def test_telegram_shows_choices_as_an_inline_keyboard_and_takes_a_press(fake_platforms):
    chat_id = random.randrange(10**8, 10**9)
    assert introduced([m.text for m in telegram_turn(fake_platforms, telegram_message(chat_id, "/start"),
                                                     chat_id)])
    asked = telegram_turn(fake_platforms, telegram_message(chat_id, INJURY), chat_id)
    assert asked[-1].buttons == ["Yes", "No", "Not sure"] and "Reply 1" not in asked[-1].text
    press = {"update_id": random.randrange(10**9), "callback_query": {
        "id": str(uuid.uuid4().int)[:18], "chat_instance": "42", "data": "/deny",
        "from": {"id": chat_id, "is_bot": False, "first_name": "Ana"},
        "message": {"message_id": 7, "date": int(time.time()), "chat": {"id": chat_id, "type": "private"},
                    "text": asked[-1].text}}}
    after = telegram_turn(fake_platforms, press, chat_id)
    assert "genitals" in after[-1].text and after[-1].buttons == SADDLE_PAIR
    answered = fake_platforms.calls_to("telegram", "answerCallbackQuery")
    assert press["callback_query"]["id"] in [call.fields["callback_query_id"] for call in answered]
    next_question = telegram_turn(fake_platforms, telegram_message(chat_id, "no"), chat_id)[-1]
    assert "weaker than usual" in next_question.text
    assert delivered_properly(fake_platforms.messages("telegram", str(chat_id)))


def test_telegram_photos_get_a_clear_reply_and_emergencies_the_number(fake_platforms):
    chat_id = random.randrange(10**8, 10**9)
    photo = [{"file_id": "AgAD", "file_unique_id": "AQAD", "width": 90, "height": 90}]
    replies = telegram_turn(fake_platforms, telegram_message(chat_id, photo=photo), chat_id)
    assert [m.text for m in replies] and replies[0].text.startswith("Sorry, I can only read text messages")
    replies = telegram_turn(fake_platforms, telegram_message(chat_id, EMERGENCY), chat_id)
    assert replies[0].text.startswith("EMERGENCY: call 111 now")


def test_telegram_requests_without_the_secret_token_are_refused(fake_platforms):
    chat_id = random.randrange(10**8, 10**9)
    since = fake_platforms.mark()
    assert post_telegram(telegram_message(chat_id, "hi"), secret="guessed").status_code == 403
    assert requests.post(f"{RASA_URL}/webhooks/telegram/webhook", json=telegram_message(chat_id, "hi"),
                         timeout=30).status_code == 403
    assert fake_platforms.messages("telegram", str(chat_id), since) == []


def test_the_telegram_webhook_is_registered_with_its_secret_token(fake_platforms):
    answer = requests.post(f"{RASA_URL}/webhooks/telegram/set_webhook", timeout=30)
    assert answer.json() == {"registered": True}
    registered = fake_platforms.calls_to("telegram", "setWebhook")[-1]
    assert registered.authorised
    assert registered.fields["url"] == os.environ["TELEGRAM_WEBHOOK_URL"]
    assert registered.fields["secret_token"] == os.environ["TELEGRAM_SECRET_TOKEN"]


# --- Facebook Messenger -----------------------------------------------------------------------------------

def messenger_event(psid: str, **event) -> dict:
    now = int(time.time() * 1000)
    return {"object": "page", "entry": [{"id": "PAGE_ID", "time": now, "messaging": [
        {"sender": {"id": psid}, "recipient": {"id": "PAGE_ID"}, "timestamp": now, **event}]}]}


def messenger_turn(fake: FakePlatforms, psid: str, **event) -> list[Sent]:
    since = fake.mark()
    answer = post_facebook(messenger_event(psid, **event))
    assert answer.status_code == 200 and answer.text == "EVENT_RECEIVED"
    return fake.wait_for_messages("facebook", psid, since)


def test_messenger_shows_quick_replies_and_numbers_what_they_cannot_hold(fake_platforms):
    psid = str(random.randrange(10**15, 10**16))
    assert introduced([m.text for m in messenger_turn(fake_platforms, psid,
                                                      message={"mid": "m.1", "text": "hi"})])
    asked = messenger_turn(fake_platforms, psid, message={"mid": "m.2", "text": INJURY})
    assert asked[-1].buttons == ["Yes", "No", "Not sure"]
    # a quick reply's title is at most 20 characters: this choice is offered as a number instead
    assert asked[0].text.endswith("Reply 1 for Quicker: show them as lists.") and asked[0].buttons == []
    after = messenger_turn(fake_platforms, psid, message={"mid": "m.3", "text": "No",
                                                          "quick_reply": {"payload": "/deny"}})
    assert "genitals" in after[-1].text and "when you have sex" in after[-1].text
    assert delivered_properly(fake_platforms.messages("facebook", psid))


def test_a_messenger_get_started_postback_is_answered(fake_platforms):
    psid = str(random.randrange(10**15, 10**16))
    replies = messenger_turn(fake_platforms, psid,
                             postback={"mid": "m.4", "title": "Get Started", "payload": "/greet"})
    assert introduced([m.text for m in replies])


def test_messenger_emergency_and_webhook_checks(fake_platforms):
    psid = str(random.randrange(10**15, 10**16))
    replies = messenger_turn(fake_platforms, psid, message={"mid": "m.5", "text": EMERGENCY})
    assert replies[0].text.startswith("EMERGENCY: call 111 now")
    subscribe = {"hub.mode": "subscribe", "hub.challenge": "1158201444"}
    good = requests.get(f"{RASA_URL}/webhooks/facebook/webhook", timeout=30,
                        params={**subscribe, "hub.verify_token": os.environ["FACEBOOK_VERIFY_TOKEN"]})
    assert (good.status_code, good.text) == (200, "1158201444")
    bad = requests.get(f"{RASA_URL}/webhooks/facebook/webhook", timeout=30,
                       params={**subscribe, "hub.verify_token": "guessed"})
    assert bad.status_code == 403


def test_messenger_requests_without_a_valid_signature_are_refused(fake_platforms):
    psid = str(random.randrange(10**15, 10**16))
    since = fake_platforms.mark()
    event = messenger_event(psid, message={"mid": "m.6", "text": "hi"})
    assert post_facebook(event, app_secret="guessed").status_code == 403
    assert requests.post(f"{RASA_URL}/webhooks/facebook/webhook", json=event, timeout=30).status_code == 403
    time.sleep(1.5)
    assert fake_platforms.messages("facebook", psid, since) == []


# --- Slack ------------------------------------------------------------------------------------------------

def slack_event(user: str, channel: str, text: str, **extra) -> bytes:
    ts = f"{time.time():.6f}"
    event = {"type": "message", "channel": channel, "user": user, "text": text, "ts": ts,
             "event_ts": ts, "channel_type": "im", **extra}
    return json.dumps({"token": "verification-token-unused", "team_id": "T0001", "api_app_id": "A0001",
                       "type": "event_callback", "event_id": f"Ev{uuid.uuid4().hex[:10]}",
                       "event_time": int(time.time()), "authorizations": [{"user_id": "UBOT"}],
                       "event": event}).encode()


def slack_turn(fake: FakePlatforms, channel: str, body: bytes, content_type: str = "application/json"
               ) -> list[Sent]:
    since = fake.mark()
    assert post_slack(body, content_type).status_code == 200
    return fake.wait_for_messages("slack", channel, since)


def test_slack_answers_direct_messages_with_buttons_and_takes_a_press(fake_platforms):
    user, channel = f"U{uuid.uuid4().hex[:8].upper()}", f"D{uuid.uuid4().hex[:8].upper()}"
    assert introduced([m.text for m in slack_turn(fake_platforms, channel, slack_event(user, channel, "hi"))])
    asked = slack_turn(fake_platforms, channel, slack_event(user, channel, INJURY))
    assert asked[-1].buttons == ["Yes", "No", "Not sure"]
    press = {"type": "block_actions", "user": {"id": user}, "channel": {"id": channel},
             "container": {"type": "message", "channel_id": channel}, "message": {"ts": "1.000001"},
             "actions": [{"type": "button", "action_id": "choice_2", "block_id": "b1", "value": "/deny",
                          "text": {"type": "plain_text", "text": "No"}}]}
    form = urlencode({"payload": json.dumps(press)}).encode()
    after = slack_turn(fake_platforms, channel, form, "application/x-www-form-urlencoded")
    assert "genitals" in after[-1].text and after[-1].buttons == SADDLE_PAIR
    assert delivered_properly(fake_platforms.messages("slack", channel))


def test_slack_leaves_bot_messages_alone_and_answers_a_too_long_one(fake_platforms):
    user, channel = f"U{uuid.uuid4().hex[:8].upper()}", f"D{uuid.uuid4().hex[:8].upper()}"
    since = fake_platforms.mark()
    assert post_slack(slack_event(user, channel, "hi", bot_id="B0001"), "application/json").ok
    time.sleep(1.5)
    assert fake_platforms.messages("slack", channel, since) == []  # our own messages come back as events
    replies = slack_turn(fake_platforms, channel, slack_event(user, channel, "ache " * 1_200))
    assert [m.text[:36] for m in replies] == ["Sorry, that message is too long for "]


def test_slack_url_verification_and_signatures(fake_platforms):
    code = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"
    challenge = json.dumps({"token": "unused", "challenge": code, "type": "url_verification"}).encode()
    assert post_slack(challenge, "application/json").json() == {"challenge": code}
    assert post_slack(challenge, "application/json", signing_secret="guessed").status_code == 403
    user, channel = f"U{uuid.uuid4().hex[:8].upper()}", f"D{uuid.uuid4().hex[:8].upper()}"
    since = fake_platforms.mark()
    hello = slack_event(user, channel, "hi")
    assert post_slack(hello, "application/json", signing_secret="guessed").status_code == 403
    assert requests.post(f"{RASA_URL}/webhooks/slack/webhook", data=hello, timeout=30,
                         headers={"Content-Type": "application/json"}).status_code == 403
    time.sleep(1.5)
    assert fake_platforms.messages("slack", channel, since) == []


# --- live handoff on a messaging platform -------------------------------------------------------------

def test_what_staff_write_during_a_handoff_reaches_a_person_on_sms(fake_platforms):
    from tests.live.console_staff import Staff
    staff = Staff()
    staff.get("/api/queue")  # on the console: the chat can be handed to staff
    sender = phone()
    send_sms(fake_platforms, sender, "hi")
    waiting = send_sms(fake_platforms, sender, "can I talk to a person")
    assert any("join this chat" in text for text in waiting)
    case = staff.case_of(sender)
    since = fake_platforms.mark()
    assert staff.post(f"/api/cases/{case['id']}/claim").ok
    hello = "Hi, this is the helpline. How are you?"
    assert staff.post(f"/api/cases/{case['id']}/messages", {"text": hello}).ok
    received = [m.text for m in fake_platforms.messages("twilio", sender, since)]
    assert any("chatting with" in text for text in received)
    assert hello in received
    assert staff.post(f"/api/cases/{case['id']}/hand_back").ok
