"""The website widget's weight and start-up time (start `make run` first, or set BOT_URL to an assistant).

Prints the bytes a visitor downloads (widget script, stylesheet and the vendored socket.io client; raw and
gzipped) and, in headless Chromium with an empty cache and no stored conversation, the time from the start of
the page load to the assistant's introduction showing, the widget being opened as soon as its launcher is on
the page (median of several runs, with the launcher's own time). Figures only; nothing is asserted.
"""
from __future__ import annotations

import gzip
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from tests.live.browser import WEB_DIR, chromium, web_server  # noqa: E402

SERVER_URL = os.environ.get("BOT_URL", "http://127.0.0.1:5005").rstrip("/")
RUNS = 5
FILES = ["widget/backcare-widget.js", "widget/backcare-widget.css", "widget/vendor/socket.io.min.js"]

# Runs in the page before its own scripts: opens the widget the moment its launcher exists and notes the times
# (ms since the navigation started) at which the launcher and the introduction appear.
TIMER = """
window.widgetTimes = {};
new MutationObserver(() => {
  const launcher = document.querySelector(".bcw-launcher");
  if (launcher && !window.widgetTimes.launcher) {
    window.widgetTimes.launcher = performance.now();
    launcher.click();
  }
  const intro = [...document.querySelectorAll(".bcw-log .bcw-bot")]
    .some((bubble) => bubble.textContent.includes("automated assistant"));
  if (intro && !window.widgetTimes.intro) window.widgetTimes.intro = performance.now();
}).observe(document, { childList: true, subtree: true });
"""


def sizes() -> None:
    print("Widget download (bytes)          raw   gzipped")
    total_raw = total_gzip = 0
    for name in FILES:
        data = (WEB_DIR / name).read_bytes()
        raw, zipped = len(data), len(gzip.compress(data, compresslevel=9))
        total_raw, total_gzip = total_raw + raw, total_gzip + zipped
        print(f"  {name:<30} {raw:>7} {zipped:>9}")
    print(f"  {'total':<30} {total_raw:>7} {total_gzip:>9}")


def start_up_times() -> None:
    driver = chromium()
    launcher_ms, intro_ms = [], []
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": TIMER})
        with web_server(SERVER_URL) as site:
            for _ in range(RUNS):
                driver.get(f"{site}/widget/vendor/package.json")  # same origin: forget the last conversation
                driver.execute_script("localStorage.clear()")
                driver.get(f"{site}/host/benchmark.html")
                try:
                    times = WebDriverWait(driver, 60, poll_frequency=0.05).until(
                        lambda d: (d.execute_script("return window.widgetTimes") or {}).get("intro")
                        and d.execute_script("return window.widgetTimes"))
                except TimeoutException:
                    print(f"no introduction within 60 s: is the assistant running at {SERVER_URL}?")
                    return
                launcher_ms.append(times["launcher"])
                intro_ms.append(times["intro"])
    finally:
        driver.quit()
    print(f"\nStart-up in headless Chromium against {SERVER_URL} (empty cache, new visitor; {RUNS} runs)")
    print(f"  page load -> launcher shown:     median {statistics.median(launcher_ms):6.0f} ms "
          f"(min {min(launcher_ms):.0f}, max {max(launcher_ms):.0f})")
    print(f"  page load -> introduction shown: median {statistics.median(intro_ms):6.0f} ms "
          f"(min {min(intro_ms):.0f}, max {max(intro_ms):.0f})")


if __name__ == "__main__":
    sizes()
    start_up_times()
