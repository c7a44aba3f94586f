"""Telegram, Twilio (SMS and WhatsApp), Facebook Messenger and Slack: Rasa's channels, made safe and
readable on each platform.

Rasa 3.6's own classes fall short here: Twilio and Telegram requests are not checked at all (Telegram's
check asks the API for the bot's name on every message), Facebook accepts only the old SHA-1 signature and
answers a bad one with 200, Slack answers a bad one with 400 and its URL check with a bare string; custom
payloads are handed to each platform as if they were its own message format (and fail); buttons vanish on
SMS and WhatsApp, and on Facebook when there are more than three; long texts are cut at every blank line,
however short, and never to the platform's limit. Here:

- every request is checked against the platform's signature or secret and refused with 403 otherwise;
- messages are checked as REST checks them (empty or not text, too long: a clear reply) and the first
  message's text travels as `opening_text`, so an emergency in it is said before the introduction;
- a turn's replies are collected and then sent as the platform can show them (`channels.plain_text`):
  choices the platform cannot show become numbered options, and a typed number or title is mapped back to
  the choice's payload from the conversation's tracker, so any server of a deployment maps it the same;
- each platform's API address can be set (TELEGRAM_API_URL, TWILIO_API_URL, FACEBOOK_API_URL,
  SLACK_API_URL), so tests point the server's outgoing calls at a local fake.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any, ClassVar
from urllib.parse import parse_qs

from aiogram import Bot
from aiogram.bot.api import TelegramAPIServer
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Update
from aiogram.utils.exceptions import TelegramAPIError
from fbmessenger import MessengerClient
from fbmessenger.elements import Text as FacebookText
from fbmessenger.quick_replies import QuickReplies, QuickReply
from rasa.core.channels import facebook as rasa_facebook
from rasa.core.channels import slack as rasa_slack
from rasa.core.channels import telegram as rasa_telegram
from rasa.core.channels import twilio as rasa_twilio
from rasa.core.channels.channel import OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.web.async_client import AsyncWebClient
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client as TwilioClient

from channels.availability import guarded
from channels.checks import MAX_MESSAGE_CHARS, readable_text, too_long_reply
from channels.limits import SlidingWindow, message_limits
from channels.plain_text import Button, buttons_of_last_turn, chosen_payload, render_turn, split_message
from channels.signatures import (
    facebook_request_is_signed,
    slack_request_is_signed,
    telegram_request_is_signed,
    twilio_request_is_signed,
)
from clinical.regions import current_region
from stores.tracker import TrackerStoreUnavailable

logger = logging.getLogger(__name__)

SEND_TIMEOUT = 15  # seconds for one call to a platform's API
MAX_CHOICE_CHARS = 80  # a typed reply longer than any choice's title is not looked up among the choices
OnNewMessage = Callable[[UserMessage], Awaitable[Any]]
REFUSAL_NOTICES = SlidingWindow(1)  # per sender: "too many messages" is sent at most once a minute


def not_text_reply() -> str:
    """What the person is told when a message has no text (a photo, a sticker, a voice note)."""
    return ("Sorry, I can only read text messages, so I haven't seen that one. Please type your message. "
            f"If this is an emergency, call {current_region().emergency_number} now.")


def failure_reply() -> str:
    return ("Sorry, something went wrong on my side and I couldn't answer. Please send your message again. "
            f"If this is an emergency, call {current_region().emergency_number} now.")


def refused(platform: str) -> HTTPResponse:
    logger.warning("%s: refused a request without a valid signature", platform)
    return response.text(f"Forbidden: the request is not signed by {platform}.", status=403)


class TurnOutput(OutputChannel):
    """Collects the replies of one turn, then sends them as the platform can show them."""

    max_chars: ClassVar[int]

    def __init__(self, recipient_id: str) -> None:
        self.recipient_id = recipient_id
        self.messages: list[dict[str, Any]] = []

    @staticmethod
    def shows_buttons(buttons: list[Button]) -> bool:
        """Whether the platform shows these choices as buttons; otherwise they become numbered text."""
        return False

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        self.messages.append(dict(message))

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        self.messages.append({"text": text})

    async def send_turn(self) -> None:
        messages, self.messages = self.messages, []
        for text, buttons in render_turn(messages, self.shows_buttons):
            parts = split_message(text, self.max_chars)
            for number, part in enumerate(parts, 1):
                try:
                    await self.send_part(part, buttons if number == len(parts) else None)
                except Exception as exc:  # each library has its own errors; the rest would be out of order
                    logger.error("%s: a reply could not be sent (%s)", self.name(), type(exc).__name__)
                    return

    async def send_part(self, text: str, buttons: list[Button] | None) -> None:
        raise NotImplementedError


async def take_turn(request: Request, on_new_message: OnNewMessage, output: TurnOutput, sender_id: str,
                    text: str | None, *, pressed: bool = False, metadata: dict[str, Any] | None = None
                    ) -> None:
    """One message from the person, checked, through the assistant, and the replies sent.

    `pressed`: the text is a button's payload, not typed (so not looked up among the choices).
    Limited per sender only: a platform's requests all come from its own servers' addresses."""
    too_many = message_limits().refusal((output.name(), sender_id), None)
    text = readable_text(text) if isinstance(text, str) else None
    if too_many:
        if REFUSAL_NOTICES.allows((output.name(), sender_id)):  # once a minute: each reply may cost money
            REFUSAL_NOTICES.count((output.name(), sender_id))
            await output.send_text_message(sender_id, too_many)
    elif text is None or not text.strip():
        await output.send_text_message(sender_id, not_text_reply())
    elif len(text) > MAX_MESSAGE_CHARS:
        await output.send_text_message(sender_id, too_long_reply())
    else:
        metadata = {**(metadata or {}), "opening_text": text}
        try:
            message = text if pressed else await typed_choice(request, sender_id, text, output.shows_buttons)
            await guarded(on_new_message)(UserMessage(message, output, sender_id, input_channel=output.name(),
                                                      metadata=metadata))
        except Exception as exc:  # the person still hears back; operators see the failure
            logger.error("%s: the assistant failed on a message (%s)", output.name(), type(exc).__name__)
            await output.send_text_message(sender_id, failure_reply())
    await output.send_turn()


async def typed_choice(request: Request, sender_id: str, typed: str,
                       shows_buttons: Callable[[list[Button]], bool]) -> str:
    """The payload of the choice a typed reply names ("2", "not sure"), else the text as typed."""
    if len(typed) > MAX_CHOICE_CHARS:
        return typed
    try:
        tracker = await request.app.ctx.agent.tracker_store.retrieve(sender_id)
    except TrackerStoreUnavailable:  # a BaseException (stores/tracker.py); the turn itself answers it
        return typed
    turn = buttons_of_last_turn(tracker.events) if tracker else []
    return chosen_payload(typed, turn, shows_buttons) or typed


class BackgroundTurns:
    """Platforms that want their webhook answered within seconds (Slack, Facebook) get 200 at once; the
    turn goes on in a task kept here until it ends."""

    def __init__(self) -> None:
        self.tasks: set[asyncio.Task] = set()

    def start(self, turn: Awaitable[None]) -> None:
        task = asyncio.ensure_future(turn)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)


def buttons_fit(buttons: list[Button], most: int, title_chars: int, payload_chars: int) -> bool:
    """Whether choices are within a platform's limits for buttons (titles in characters, payloads in
    bytes, as the platforms count them)."""
    return len(buttons) <= most and all(
        len(str(button.get("title", ""))) <= title_chars
        and len(str(button.get("payload", "")).encode()) <= payload_chars for button in buttons)


def as_object(value: Any) -> dict[str, Any]:
    """A JSON object from a platform's update, or {} when the update has something else in its place."""
    return value if isinstance(value, dict) else {}


def objects(value: Any) -> list[dict[str, Any]]:
    """The JSON objects of a list in a platform's update, leaving out anything else."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def not_an_update(platform: str) -> HTTPResponse:
    logger.warning("%s: refused a signed request that is not an update", platform)
    return response.text(f"Bad request: the body is not a {platform} update.", status=400)


def health_route(webhook: Blueprint) -> None:
    @webhook.route("/", methods=["GET"])
    async def health(_: Request) -> HTTPResponse:
        return response.json({"status": "ok"})


class PushOutput(OutputChannel):
    """Messages outside a person's turn (a member of staff writing during a live handoff, through Rasa's API
    with output_channel=latest), sent at once as the platform shows them. `make_turn` builds the platform's
    output for a conversation, or None when it cannot be reached from here (then nothing is sent and the
    failure is logged)."""

    def __init__(self, platform: str, make_turn: Callable[[str], TurnOutput | None]) -> None:
        self.platform = platform
        self.make_turn = make_turn

    def name(self) -> str:  # the platform's name (OutputChannel's is a class method)
        return self.platform

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        turn = self.make_turn(recipient_id)
        if turn is None:
            logger.error("%s: a message outside a turn could not be sent (no way to reach the person from "
                         "this server)", self.platform)
            return
        await turn.send_response(recipient_id, message)
        await turn.send_turn()

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.send_response(recipient_id, {"text": text})


# --- Twilio: SMS and WhatsApp, plain text only ---------------------------------------------------------

class TwilioTurnOutput(TurnOutput):
    max_chars = 1600  # Twilio's limit for one SMS or WhatsApp message body

    @classmethod
    def name(cls) -> str:
        return "twilio"

    def __init__(self, client: TwilioClient, recipient_id: str, from_number: str) -> None:
        super().__init__(recipient_id)
        self.client = client
        self.from_number = from_number

    async def send_part(self, text: str, buttons: list[Button] | None) -> None:
        # twilio's client is synchronous: in a thread, so other conversations go on meanwhile
        await asyncio.to_thread(self.client.messages.create, to=self.recipient_id, from_=self.from_number,
                                body=text)


class TwilioInput(rasa_twilio.TwilioInput):
    """POST /webhooks/twilio/webhook: Twilio's form-encoded message webhook, for SMS (From=+64...) and
    WhatsApp (From=whatsapp:+64...) alike. Replies go from the number the person wrote to."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> TwilioInput:
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(credentials["account_sid"], credentials["auth_token"], credentials["webhook_url"])

    def __init__(self, account_sid: str, auth_token: str, webhook_url: str) -> None:
        super().__init__(account_sid, auth_token, twilio_number=None, debug_mode=False)
        self.webhook_url = webhook_url  # the public URL Twilio posts to: it is part of the signature
        self.client = TwilioClient(account_sid, auth_token,
                                   http_client=TwilioHttpClient(timeout=SEND_TIMEOUT))
        self.client.api.base_url = os.environ.get("TWILIO_API_URL") or self.client.api.base_url
        self.wrote_to: dict[str, str] = {}  # person -> the number they last wrote to (for staff messages)

    def get_output_channel(self) -> OutputChannel | None:
        # replies go from the number the person wrote to, remembered from their last message
        def turn(person: str) -> TurnOutput | None:
            number = self.wrote_to.get(person)
            return TwilioTurnOutput(self.client, person, number) if number else None
        return PushOutput("twilio", turn)

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        webhook = Blueprint("twilio_webhook", __name__)
        health_route(webhook)

        @webhook.route("/webhook", methods=["POST"])
        async def message(request: Request) -> HTTPResponse:
            # with blank fields (an MMS has Body=""), which Sanic's request.form drops: Twilio signs them
            fields = parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True)
            form = {key: values[0] for key, values in fields.items()}
            signature = request.headers.get("X-Twilio-Signature", "")
            if not twilio_request_is_signed(self.auth_token, self.webhook_url, form, signature):
                return refused("Twilio")
            if form.get("From") and form.get("To"):
                self.wrote_to[form["From"]] = form["To"]
                output = TwilioTurnOutput(self.client, form["From"], form["To"])
                await take_turn(request, on_new_message, output, form["From"], form.get("Body"))
            # empty TwiML: the replies were sent through the API, each within Twilio's length limit
            return response.text("<Response></Response>", content_type="text/xml")

        return webhook


# --- Telegram: inline keyboards ------------------------------------------------------------------------

class TelegramTurnOutput(TurnOutput):
    max_chars = 4096  # Telegram's limit for one message's text

    @classmethod
    def name(cls) -> str:
        return "telegram"

    def __init__(self, bot: Bot, chat_id: str) -> None:
        super().__init__(chat_id)
        self.bot = bot

    @staticmethod
    def shows_buttons(buttons: list[Button]) -> bool:
        return buttons_fit(buttons, most=100, title_chars=64, payload_chars=64)  # an inline keyboard

    async def send_part(self, text: str, buttons: list[Button] | None) -> None:
        await self.bot.send_message(self.recipient_id, text, reply_markup=self.keyboard(buttons))

    @staticmethod
    def keyboard(buttons: list[Button] | None) -> InlineKeyboardMarkup | None:
        if not buttons:
            return None
        keys = [InlineKeyboardButton(button["title"], callback_data=button["payload"]) for button in buttons]
        markup = InlineKeyboardMarkup()
        if len(keys) <= 3 and sum(len(button["title"]) for button in buttons) <= 30:
            markup.row(*keys)  # short choices side by side, like Yes / No / Not sure
        else:
            for key in keys:
                markup.row(key)
        return markup


class TelegramInput(rasa_telegram.TelegramInput):
    """POST /webhooks/telegram/webhook: Telegram's Update JSON, with the secret token we registered the
    webhook with in X-Telegram-Bot-Api-Secret-Token. The webhook is registered when the server starts
    (and again on POST /webhooks/telegram/set_webhook)."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> TelegramInput:
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(credentials["access_token"], credentials["webhook_url"], credentials["secret_token"])

    def __init__(self, access_token: str, webhook_url: str, secret_token: str) -> None:
        super().__init__(access_token, verify=None, webhook_url=webhook_url, debug_mode=False)
        self.secret_token = secret_token
        self.api_url = os.environ.get("TELEGRAM_API_URL") or "https://api.telegram.org"
        self.bot: Bot | None = None

    def get_output_channel(self) -> OutputChannel | None:
        return PushOutput("telegram", lambda chat: TelegramTurnOutput(self.bot, chat) if self.bot else None)

    async def register_webhook(self) -> bool:
        # aiogram 2.15 predates the secret token, so the API method is called directly
        try:
            return bool(await self.bot.request("setWebhook", {
                "url": self.webhook_url, "secret_token": self.secret_token,
                "allowed_updates": json.dumps(["message", "callback_query"])}))
        except (TelegramAPIError, asyncio.TimeoutError) as exc:
            logger.warning("Telegram: could not register the webhook (%s); to try again, POST "
                           "/webhooks/telegram/set_webhook", type(exc).__name__)
            return False

    async def answer_button_press(self, callback_query_id: str) -> None:
        """Stops the pressed button's spinner (the reply itself comes as messages)."""
        try:
            await self.bot.answer_callback_query(callback_query_id)
        except (TelegramAPIError, asyncio.TimeoutError) as exc:
            logger.warning("Telegram: could not answer a button press (%s)", type(exc).__name__)

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        webhook = Blueprint("telegram_webhook", __name__)
        health_route(webhook)

        @webhook.listener("after_server_start")
        async def connect(*_: Any) -> None:  # the bot's HTTP session belongs to the server's event loop
            self.bot = Bot(self.access_token, server=TelegramAPIServer.from_base(self.api_url))
            await self.register_webhook()

        @webhook.listener("before_server_stop")
        async def disconnect(*_: Any) -> None:
            await self.bot.close()

        @webhook.route("/set_webhook", methods=["POST"])
        async def set_webhook(_: Request) -> HTTPResponse:
            registered = await self.register_webhook()
            return response.json({"registered": registered}, status=200 if registered else 502)

        @webhook.route("/webhook", methods=["POST"])
        async def message(request: Request) -> HTTPResponse:
            if not telegram_request_is_signed(self.secret_token, request.headers):
                return refused("Telegram")
            try:  # aiogram keeps whatever the JSON holds, so a wrong shape fails where it is first read
                update = Update(**request.json) if isinstance(request.json, dict) else Update()
                pressed = update.callback_query
                pressed = pressed if pressed and pressed.message else None
                message = pressed.message if pressed else update.message
                chat_id = str(message.chat.id) if message else None
            except (AttributeError, TypeError, ValueError):
                return not_an_update("Telegram")
            if pressed:
                await self.answer_button_press(pressed.id)
                output = TelegramTurnOutput(self.bot, chat_id)
                await take_turn(request, on_new_message, output, chat_id, pressed.data, pressed=True)
            elif chat_id:  # edited messages are left alone: their first version was answered
                text = update.message.text
                opened = text == "/start"  # what Telegram sends when a person opens the bot
                output = TelegramTurnOutput(self.bot, chat_id)
                await take_turn(request, on_new_message, output, chat_id, "/greet" if opened else text,
                                pressed=opened)
            return response.text("success")

        return webhook


# --- Facebook Messenger: quick replies -----------------------------------------------------------------

class FacebookTurnOutput(TurnOutput):
    max_chars = 2000  # Messenger's limit for one text message

    @classmethod
    def name(cls) -> str:
        return "facebook"

    def __init__(self, client: MessengerClient, recipient_id: str) -> None:
        super().__init__(recipient_id)
        self.client = client

    @staticmethod
    def shows_buttons(buttons: list[Button]) -> bool:
        return buttons_fit(buttons, most=13, title_chars=20, payload_chars=1000)  # quick replies

    async def send_part(self, text: str, buttons: list[Button] | None) -> None:
        quick_replies = QuickReplies([QuickReply(title=button["title"], payload=button["payload"])
                                      for button in buttons]) if buttons else None
        element = FacebookText(text=text, quick_replies=quick_replies)
        # fbmessenger uses requests, synchronously, and returns the error instead of raising it
        answer = await asyncio.to_thread(self.client.send, element.to_dict(), self.recipient_id, "RESPONSE",
                                         timeout=SEND_TIMEOUT)
        if "error" in answer:
            raise RuntimeError(f"Send API error {answer['error'].get('code')}")


class FacebookInput(rasa_facebook.FacebookInput):
    """GET /webhooks/facebook/webhook: the subscription check with our verify token. POST: the page's
    `object: page` events, signed with the app secret (X-Hub-Signature-256, or the older X-Hub-Signature)."""

    def __init__(self, fb_verify: str, fb_secret: str, fb_access_token: str) -> None:
        super().__init__(fb_verify, fb_secret, fb_access_token)
        self.client = MessengerClient(fb_access_token)
        self.client.graph_url = os.environ.get("FACEBOOK_API_URL") or "https://graph.facebook.com/v21.0"
        self.turns = BackgroundTurns()

    def get_output_channel(self) -> OutputChannel | None:
        return PushOutput("facebook", lambda person: FacebookTurnOutput(self.client, person))

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        webhook = Blueprint("fb_webhook", __name__)
        health_route(webhook)

        @webhook.route("/webhook", methods=["GET"])
        async def subscribe(request: Request) -> HTTPResponse:
            if (request.args.get("hub.mode") == "subscribe"
                    and request.args.get("hub.verify_token") == self.fb_verify):
                return response.text(request.args.get("hub.challenge", ""))
            logger.warning("Facebook: refused a subscription check with a wrong verify token")
            return response.text("Forbidden: wrong verify token.", status=403)

        @webhook.route("/webhook", methods=["POST"])
        async def events(request: Request) -> HTTPResponse:
            if not facebook_request_is_signed(self.fb_secret, request.body, request.headers):
                return refused("Facebook")
            body = request.json if isinstance(request.json, dict) else {}
            if body.get("object") == "page":
                events = [event for entry in objects(body.get("entry"))
                          for event in objects(entry.get("messaging"))]
                self.turns.start(self.take_turns(request, on_new_message, events))
            return response.text("EVENT_RECEIVED")  # at once: Facebook wants an answer within seconds

        return webhook

    async def take_turns(self, request: Request, on_new_message: OnNewMessage,
                         events: list[dict[str, Any]]) -> None:
        for event in events:  # in order: a batch may hold several messages of one person
            sender_id = str(as_object(event.get("sender")).get("id") or "")
            message = as_object(event.get("message"))
            if not sender_id or message.get("is_echo"):
                continue
            output = FacebookTurnOutput(self.client, sender_id)
            chosen = (as_object(message.get("quick_reply")).get("payload")
                      or as_object(event.get("postback")).get("payload"))
            if chosen:
                await take_turn(request, on_new_message, output, sender_id, chosen, pressed=True)
            elif message:  # a text, or an attachment only (text None: the person is told we read text)
                await take_turn(request, on_new_message, output, sender_id, message.get("text"))
            # other events (delivered, read, reactions) need no answer


# --- Slack: Block Kit buttons ----------------------------------------------------------------------------

class SlackTurnOutput(TurnOutput):
    max_chars = 3000  # a section block's text limit (a message's text may be longer, but is then cut)

    @classmethod
    def name(cls) -> str:
        return "slack"

    def __init__(self, client: AsyncWebClient, channel: str) -> None:
        super().__init__(channel)
        self.client = client

    @staticmethod
    def shows_buttons(buttons: list[Button]) -> bool:
        return buttons_fit(buttons, most=25, title_chars=75, payload_chars=2000)  # an actions block

    async def send_part(self, text: str, buttons: list[Button] | None) -> None:
        # Slack reads &, < and > as markup; the person's words and ours are plain text
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        blocks = None
        if buttons:
            blocks = [{"type": "section", "text": {"type": "plain_text", "text": text}},
                      {"type": "actions", "elements": [
                          {"type": "button", "action_id": f"choice_{number}", "value": button["payload"],
                           "text": {"type": "plain_text", "text": button["title"]}}
                          for number, button in enumerate(buttons, 1)]}]
        await self.client.chat_postMessage(channel=self.recipient_id, text=escaped, blocks=blocks)


class SlackInput(rasa_slack.SlackInput):
    """POST /webhooks/slack/webhook: the Events API (JSON: url_verification, and event_callback for direct
    messages and mentions) and button presses (form-encoded `payload`), all signed with the signing secret
    (X-Slack-Signature over X-Slack-Request-Timestamp and the body)."""

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> SlackInput:
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(credentials["slack_token"], slack_signing_secret=credentials["slack_signing_secret"])

    def __init__(self, slack_token: str, slack_signing_secret: str) -> None:
        super().__init__(slack_token, slack_signing_secret=slack_signing_secret)
        self.client = AsyncWebClient(slack_token, timeout=SEND_TIMEOUT,
                                     base_url=os.environ.get("SLACK_API_URL") or AsyncWebClient.BASE_URL)
        self.turns = BackgroundTurns()
        self.channel_of: dict[str, str] = {}  # person -> the Slack channel they last wrote in

    def get_output_channel(self, channel: str | None = None, thread_id: str | None = None
                           ) -> OutputChannel | None:
        # to the channel the person last wrote in
        def turn(person: str) -> TurnOutput | None:
            channel = self.channel_of.get(person)
            return SlackTurnOutput(self.client, channel) if channel else None
        return PushOutput("slack", turn)

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        webhook = Blueprint("slack_webhook", __name__)
        health_route(webhook)

        @webhook.route("/webhook", methods=["POST"])
        async def events(request: Request) -> HTTPResponse:
            if not slack_request_is_signed(self.slack_signing_secret, request.body, request.headers):
                return refused("Slack")
            if request.headers.get("X-Slack-Retry-Num"):  # we answer at once, so a retry is a repeat
                return response.text("", headers={"X-Slack-No-Retry": "1"})
            content_type = request.headers.get("content-type", "")
            if content_type.startswith("application/json") and isinstance(request.json, dict):
                body = request.json
                if body.get("type") == "url_verification":
                    return response.json({"challenge": body.get("challenge", "")})
                self.start_event_turn(request, on_new_message, body)
            elif content_type.startswith("application/x-www-form-urlencoded"):
                self.start_button_turn(request, on_new_message)
            return response.text("")

        return webhook

    def start_event_turn(self, request: Request, on_new_message: OnNewMessage, body: dict[str, Any]) -> None:
        event = as_object(body.get("event"))
        from_person = (event.get("type") in ("message", "app_mention") and event.get("user")
                       and not event.get("bot_id") and event.get("subtype") in (None, "file_share"))
        if not from_person or not (self._is_direct_message(body) or self._is_app_mention(body)):
            return  # our own messages, edits, joins, and channels we were not addressed in
        metadata = self.get_metadata(request)
        sender_id = self._get_conversation_id(event["user"], event.get("channel"), metadata.get("thread_id"))
        self.channel_of[sender_id] = event.get("channel")
        typed = event.get("text") if isinstance(event.get("text"), str) else ""
        text = self._sanitize_user_message(typed, metadata.get("users"))
        output = SlackTurnOutput(self.client, event.get("channel"))
        self.turns.start(take_turn(request, on_new_message, output, sender_id, text or None,
                                   metadata=metadata))

    def start_button_turn(self, request: Request, on_new_message: OnNewMessage) -> None:
        try:
            payload = json.loads(request.form.get("payload") or "")
        except ValueError:
            return
        if not isinstance(payload, dict) or not self._is_interactive_message(payload):
            return
        chosen = self._get_interactive_response(payload["actions"][0])
        user, channel = (payload.get("user") or {}).get("id"), (payload.get("channel") or {}).get("id")
        if chosen and user and channel:
            metadata = self.get_metadata(request)
            sender_id = self._get_conversation_id(user, channel, metadata.get("thread_id"))
            self.channel_of[sender_id] = channel
            output = SlackTurnOutput(self.client, channel)
            self.turns.start(take_turn(request, on_new_message, output, sender_id, chosen, pressed=True,
                                       metadata=metadata))
