"""The running assistant that scripts/live-tests.sh started (LIVE_RASA_URL)."""
import os

RASA_URL = os.environ.get("LIVE_RASA_URL", "http://127.0.0.1:5005")
