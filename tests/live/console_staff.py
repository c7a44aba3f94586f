"""A member of staff using the console's JSON API, signed in through its form as a browser would."""
from __future__ import annotations

import re
import time

import requests

from tests.live.conftest import CONSOLE_URL, STAFF_NAME, STAFF_PASSWORD


class Staff:
    def __init__(self) -> None:
        self.browser = requests.Session()
        form = self.browser.get(f"{CONSOLE_URL}/login", timeout=10).text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
        form = {"csrf_token": token, "username": STAFF_NAME, "password": STAFF_PASSWORD}
        reply = self.browser.post(f"{CONSOLE_URL}/login", data=form, allow_redirects=False, timeout=10)
        assert reply.status_code == 302, f"staff sign-in failed: {reply.status_code}"
        page = self.browser.get(f"{CONSOLE_URL}/", timeout=10).text
        self.csrf = re.search(r'data-csrf="([^"]+)"', page).group(1)

    def get(self, path: str) -> dict:
        reply = self.browser.get(f"{CONSOLE_URL}{path}", timeout=10)
        reply.raise_for_status()
        return reply.json()

    def post(self, path: str, body: dict | None = None) -> requests.Response:
        return self.browser.post(f"{CONSOLE_URL}{path}", json=body or {}, timeout=20,
                                 headers={"X-CSRF-Token": self.csrf})

    def case_of(self, conversation_id: str, wait: float = 10) -> dict:
        deadline = time.monotonic() + wait
        while True:
            cases = [c for c in self.get("/api/queue")["cases"] if c["conversation_id"] == conversation_id]
            if cases or time.monotonic() > deadline:
                assert cases, f"no case in the queue for {conversation_id}"
                return self.get(f"/api/cases/{cases[0]['id']}")
            time.sleep(0.5)
