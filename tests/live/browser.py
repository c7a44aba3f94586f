"""Headless Chromium on a host page that embeds the widget, for the widget's tests and benchmark.

`web/` is served on a free localhost port; besides its own files it answers `/host/<name>.html` with a plain
host page that embeds the widget (one script tag and its config) pointed at the running assistant.
"""
from __future__ import annotations

import functools
import json
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

WEB_DIR = Path(__file__).resolve().parents[2] / "web"
REPLY_WAIT = 30  # seconds; the first reply of a session also loads the session

HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>{name}</title></head>
<body><h1>{name}</h1><p>A page of the host site.</p>
<script>window.backcareWidgetConfig = {config};</script>
<script src="/widget/backcare-widget.js" async></script>
</body></html>"""


def host_handler(server_url: str) -> type[SimpleHTTPRequestHandler]:
    class Handler(SimpleHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path.startswith("/host/"):
                name = self.path.removeprefix("/host/").split(".")[0]
                config = json.dumps({"serverUrl": server_url, "title": "Back pain assistant",
                                     "region": "New Zealand", "emergencyNumber": "111"})
                body = HOST_PAGE.format(name=name, config=config).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            super().do_GET()

        def log_message(self, *_) -> None:  # quiet: the test output is the tests'
            pass

    return Handler


@contextmanager
def web_server(server_url: str) -> Iterator[str]:
    """web/ and the host pages on a free localhost port; yields the base URL."""
    handler = functools.partial(host_handler(server_url), directory=str(WEB_DIR))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def chromium(width: int = 1280, height: int = 900) -> webdriver.Chrome:
    """Debian's chromium through its chromium-driver (never a downloaded one)."""
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={width},{height}", "--hide-scrollbars"):
        options.add_argument(argument)
    service = Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def emulate_phone(driver: webdriver.Chrome, width: int, height: int) -> None:
    """A phone's viewport (a headless window can't be made narrower than about 500 px)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})


def emulate_desktop(driver: webdriver.Chrome, width: int, height: int) -> None:
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.set_window_size(width, height)


class Widget:
    """The widget on the current page, as a person sees and uses it."""

    def __init__(self, driver: webdriver.Chrome) -> None:
        self.driver = driver

    def wait(self, condition: Callable[[], object], timeout: float = REPLY_WAIT, message: str = ""):
        return WebDriverWait(self.driver, timeout, poll_frequency=0.1).until(lambda _: condition(), message)

    def find(self, selector: str) -> list[WebElement]:
        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def first(self, selector: str) -> WebElement | None:
        return next(iter(self.find(selector)), None)

    @property
    def launcher(self) -> WebElement:
        return self.wait(lambda: self.first(".bcw-launcher"), 10, "the launcher appears")

    @property
    def input(self) -> WebElement:
        return self.find(".bcw-input")[0]

    def open(self) -> None:
        self.launcher.click()
        self.wait(lambda: self.input.is_displayed(), 5, "the panel opens")

    def bot_texts(self) -> list[str]:
        return [element.text for element in self.find(".bcw-log > :not(.bcw-user):not(.bcw-choices)")]

    def user_texts(self) -> list[str]:
        return [element.text for element in self.find(".bcw-log > .bcw-user > :last-child")]

    def wait_for_bot(self, words: str, after: int = 0, timeout: float = REPLY_WAIT) -> str:
        """The first bot message from index `after` on that contains `words` (case-insensitive)."""
        def found():
            return next((text for text in self.bot_texts()[after:] if words.lower() in text.lower()), None)
        return self.wait(found, timeout, f"a reply saying {words!r}")

    def say(self, text: str) -> int:
        """Types and sends a message; returns how many bot messages there were before it."""
        before = len(self.bot_texts())
        self.input.send_keys(text)
        self.find(".bcw-send")[0].click()
        return before

    @staticmethod
    def closed(choices: WebElement) -> bool:
        """Whether every button of a group of choices is disabled."""
        return not any(button.is_enabled() for button in choices.find_elements(By.CSS_SELECTOR, "button"))

    def open_choices(self) -> list[WebElement]:
        return [button for button in self.find(".bcw-choice") if button.is_enabled()]

    def choose(self, title: str) -> int:
        before = len(self.bot_texts())
        button = self.wait(lambda: next((b for b in self.open_choices() if b.text == title), None),
                           REPLY_WAIT, f"a choice {title!r}")
        button.click()
        return before

    def scroll_to(self, element: WebElement) -> None:
        """Scrolls the conversation (not the page) so that the element's top shows."""
        self.driver.execute_script(
            "document.querySelector('.bcw-log').scrollTop = arguments[0].offsetTop - 8", element)

    def settled(self) -> None:
        """Waits until the typing indicator is gone: the turn's replies have all arrived."""
        self.wait(lambda: not self.find(".bcw-typing")[0].is_displayed(), REPLY_WAIT, "the replies end")
