"""The running assistant that scripts/live-tests.sh started (LIVE_RASA_URL)."""
import os

RASA_URL = os.environ.get("LIVE_RASA_URL", "http://127.0.0.1:5005")
CONSOLE_URL = os.environ.get("LIVE_CONSOLE_URL", f"http://127.0.0.1:{os.environ.get('CONSOLE_PORT', '5070')}")
# A staff account scripts/live-tests.sh created for these tests (its password from the environment).
STAFF_NAME = os.environ.get("LIVE_STAFF_NAME", "live-tester")
STAFF_PASSWORD = os.environ.get("LIVE_STAFF_PASSWORD", "")
