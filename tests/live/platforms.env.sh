# The messaging platforms, enabled for the live tests with made-up secrets and their API calls sent to the
# fake platform APIs that tests/live/fake_platforms.py serves (sourced by scripts/live-tests.sh before the
# servers start). The fake's port follows the Rasa port, so runs on other ports can go side by side.
export FAKE_PLATFORMS_PORT="${FAKE_PLATFORMS_PORT:-$((RASA_PORT + 90))}"
fake="http://127.0.0.1:$FAKE_PLATFORMS_PORT"

export TELEGRAM_TOKEN="123456789:live-test-token" TELEGRAM_SECRET_TOKEN="live-test-telegram-secret"
export TELEGRAM_WEBHOOK_URL="https://backcare.example/webhooks/telegram/webhook"
export TELEGRAM_API_URL="$fake/telegram"

export TWILIO_ACCOUNT_SID="AC00000000000000000000000000000000" TWILIO_AUTH_TOKEN="live-test-twilio-token"
export TWILIO_WEBHOOK_URL="https://backcare.example/webhooks/twilio/webhook"  # as Twilio would sign it
export TWILIO_API_URL="$fake/twilio"

export FACEBOOK_VERIFY_TOKEN="live-test-verify" FACEBOOK_APP_SECRET="live-test-app-secret"
export FACEBOOK_PAGE_ACCESS_TOKEN="live-test-page-token"
export FACEBOOK_API_URL="$fake/facebook/v21.0"

export SLACK_BOT_TOKEN="xoxb-live-test" SLACK_SIGNING_SECRET="live-test-signing-secret"
export SLACK_API_URL="$fake/slack/api/"
unset fake
