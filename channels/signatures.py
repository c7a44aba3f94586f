"""Whether a webhook request really comes from the platform: each platform signs its requests with a
secret only it and we know. A request that fails its check is refused before it reaches the assistant."""
from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

from slack_sdk.signature import SignatureVerifier
from twilio.request_validator import RequestValidator


def slack_request_is_signed(signing_secret: str, body: bytes, headers: Mapping[str, str]) -> bool:
    """X-Slack-Signature over the timestamp and body; a timestamp over five minutes off is a replay."""
    timestamp = headers.get("X-Slack-Request-Timestamp")
    if not (timestamp or "").isdigit():
        return False
    return SignatureVerifier(signing_secret).is_valid(body, timestamp, headers.get("X-Slack-Signature"))


def twilio_request_is_signed(auth_token: str, webhook_url: str, form: Mapping[str, str],
                             signature: str) -> bool:
    """X-Twilio-Signature over the public URL Twilio posted to (not the local one behind the proxy) and
    the form fields."""
    return bool(signature) and RequestValidator(auth_token).validate(webhook_url, dict(form), signature)


def facebook_request_is_signed(app_secret: str, body: bytes, headers: Mapping[str, str]) -> bool:
    """X-Hub-Signature-256 (sha256=...) over the body; the older X-Hub-Signature (sha1=...) if that is all
    the request carries."""
    for header, algorithm in (("X-Hub-Signature-256", hashlib.sha256), ("X-Hub-Signature", hashlib.sha1)):
        signature = headers.get(header)
        if signature:
            expected = hmac.new(app_secret.encode(), body, algorithm).hexdigest()
            prefix = f"{algorithm().name}="
            return signature.startswith(prefix) and hmac.compare_digest(signature[len(prefix):], expected)
    return False


def telegram_request_is_signed(secret_token: str, headers: Mapping[str, str]) -> bool:
    """X-Telegram-Bot-Api-Secret-Token: the secret we gave Telegram when registering the webhook."""
    return hmac.compare_digest(headers.get("X-Telegram-Bot-Api-Secret-Token", ""), secret_token)

