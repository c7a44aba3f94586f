"""The website widget in headless Chromium, talking to the running assistant over socket.io: the introduction
on opening, choices that are used once, the emergency banner, a conversation that survives a reload and goes
on across the site's pages, keyboard-only use and a 360-px phone. Screenshots go to var/screenshots/."""
from __future__ import annotations

import hashlib
import json
import uuid
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.live.browser import WEB_DIR, Widget, chromium, emulate_desktop, emulate_phone, web_server
from tests.live.conftest import RASA_URL

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
DESKTOP = (1280, 860)
PHONE = (360, 740)
INTRO = "automated assistant"


@pytest.fixture(scope="module")
def site():
    with web_server(RASA_URL) as base:
        yield base


@pytest.fixture(scope="module")
def driver():
    browser = chromium(*DESKTOP)
    yield browser
    browser.quit()


@pytest.fixture
def widget(site, driver) -> Widget:
    """A host page of the site with nothing stored: a new visitor."""
    emulate_desktop(driver, *DESKTOP)
    driver.get(f"{site}/widget/vendor/package.json")  # same origin, no widget: clear earlier tests' storage
    driver.execute_script("localStorage.clear()")
    driver.get(f"{site}/host/home.html")
    return Widget(driver)


def screenshot(driver, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def stored(driver) -> dict:
    return json.loads(driver.execute_script("return localStorage.getItem('backcare-widget')") or "{}")


def opened(widget: Widget) -> None:
    """The chat opened and its introduction shown."""
    widget.open()
    widget.wait_for_bot(INTRO)
    widget.settled()


def opened_at_a_triage_question(widget: Widget) -> None:
    """The chat opened and a triage started: the first safety question's choices are open."""
    opened(widget)
    widget.say("I've hurt my lower back")
    widget.wait(widget.open_choices, message="a triage question")
    widget.settled()


def test_the_vendored_socketio_client_is_the_pinned_one():
    vendor = WEB_DIR / "widget" / "vendor"
    recorded = (vendor / "socket.io.min.js.sha256").read_text().split()[0]
    assert hashlib.sha256((vendor / "socket.io.min.js").read_bytes()).hexdigest() == recorded
    pinned = json.loads((vendor / "package.json").read_text())["dependencies"]["socket.io-client"]
    assert f"Socket.IO v{pinned}" in (vendor / "socket.io.min.js").read_text()[:200]


def test_opening_shows_the_introduction_and_text_stays_text(widget):
    launcher = widget.launcher
    assert launcher.get_attribute("aria-expanded") == "false"
    widget.open()
    assert launcher.get_attribute("aria-expanded") == "true"
    widget.wait_for_bot(INTRO)
    assert widget.user_texts() == [], "the hidden greeting is not shown as a message from the person"
    assert widget.driver.switch_to.active_element == widget.input
    assert widget.find(".bcw-log")[0].get_attribute("aria-live") == "polite"
    widget.settled()

    markup = '<img src="x" onerror="document.title=\'hacked\'"> <b>bold</b>'
    widget.say(markup)
    widget.wait(lambda: widget.user_texts(), 5, "the message is shown")
    assert widget.user_texts()[-1] == markup
    assert not widget.find(".bcw-log img, .bcw-log b")
    assert widget.driver.title != "hacked"


def test_a_triage_with_choices_leads_to_the_plan_chart(widget):
    opened(widget)
    widget.say("I want a walking plan for my back")
    widget.choose("No")
    # the group the choice was made in (the next question's choices may already have arrived after it)
    answered = [group for group in widget.find(".bcw-choices")
                if group.find_elements(By.CSS_SELECTOR, ".bcw-chosen")][-1]
    assert widget.closed(answered), "a used question's choices close"
    chosen = answered.find_elements(By.CSS_SELECTOR, ".bcw-chosen")
    assert [button.text for button in chosen] == ["No"]
    assert widget.user_texts()[-1] == "No"
    widget.wait(widget.open_choices, message="the next question's choices")
    widget.settled()

    unanswered = widget.find(".bcw-choices")[-1]
    widget.say("quicker, show them as lists")
    assert widget.closed(unanswered), "typing an answer closes the open choices"
    for _ in range(4):
        widget.choose("None of these")
    widget.choose("No")
    widget.wait_for_bot("how many minutes")
    widget.settled()
    widget.say("10 minutes")
    widget.wait_for_bot("how many days")
    widget.settled()
    widget.say("3 days")

    chart = widget.wait(lambda: widget.first(".bcw-plan svg.bcw-chart"), message="the plan chart")
    assert chart.get_attribute("aria-hidden") == "true"
    bars = chart.find_elements(By.CSS_SELECTOR, ".bcw-bar")
    assert len(bars) >= 4
    assert len(chart.find_elements(By.CSS_SELECTOR, ".bcw-bar-now")) == 1
    assert chart.find_elements(By.CSS_SELECTOR, ".bcw-aim")
    widths = [float(bar.get_attribute("width")) for bar in bars]
    assert widths == sorted(widths) and widths[0] < widths[-1], "weekly minutes build up"
    plan_text = widget.find(".bcw-plan .bcw-visually-hidden")[0].get_attribute("textContent")
    assert "Week 1" in plan_text, "screen readers get the plan as text"
    widget.wait(lambda: widget.find(".bcw-knowledge .bcw-source"), message="advice with its sources")
    widget.settled()
    widget.scroll_to(widget.first(".bcw-plan"))
    screenshot(widget.driver, "widget-desktop-plan")


def test_an_emergency_mid_triage_is_a_red_banner_with_a_call_link(widget):
    opened_at_a_triage_question(widget)
    interrupted = widget.find(".bcw-choices")[-1]
    widget.say("I can't feel my saddle area and I've wet myself")
    banner = widget.wait(lambda: widget.first(".bcw-outcome.bcw-emergency"), message="the emergency banner")
    assert banner.get_attribute("role") == "alert"
    assert banner.value_of_css_property("background-color") == "rgba(176, 0, 32, 1)"
    call = banner.find_element(By.CSS_SELECTOR, ".bcw-call-primary")
    assert call.get_attribute("href") == "tel:111"
    assert "111" in call.text
    assert "emergency" in banner.text.lower()
    assert widget.closed(interrupted), "the triage question it interrupted is closed"
    widget.settled()
    screenshot(widget.driver, "widget-desktop-emergency")


def test_a_reload_keeps_the_conversation_and_it_goes_on_across_pages(widget, site):
    opened_at_a_triage_question(widget)
    before_reload = (widget.bot_texts(), widget.user_texts())
    session_id = stored(widget.driver)["sessionId"]

    widget.driver.refresh()
    widget.wait(lambda: widget.find(".bcw-panel") and widget.input.is_displayed(), 10, "the panel stays open")
    assert (widget.bot_texts(), widget.user_texts()) == before_reload
    assert sum(INTRO in text for text in widget.bot_texts()) == 1, "no second introduction"
    before = widget.choose("No")  # the question asked before the reload is still open
    widget.wait(lambda: len(widget.bot_texts()) > before, message="the conversation goes on")
    widget.settled()
    assert stored(widget.driver)["sessionId"] == session_id

    widget.driver.get(f"{site}/host/another-page.html")
    widget.wait(lambda: widget.find(".bcw-log") and widget.user_texts()[-1:] == ["No"], 10,
                "the conversation on another page of the site")
    widget.find(".bcw-restart")[0].click()
    widget.wait(lambda: widget.bot_texts() and INTRO in widget.bot_texts()[0].lower(), message="a new start")
    assert widget.user_texts() == []
    widget.wait(lambda: stored(widget.driver).get("sessionId") not in (None, session_id), 10, "a new session")


def press(driver, *keys: str, shift: bool = False) -> None:
    """Keys pressed on whatever has the focus, as a keyboard user does."""
    actions = ActionChains(driver)
    if shift:
        actions.key_down(Keys.SHIFT)
    actions.send_keys(*keys)
    if shift:
        actions.key_up(Keys.SHIFT)
    actions.perform()


def test_keyboard_only(widget):
    driver = widget.driver
    for _ in range(5):  # the host page has no links: the launcher is the first stop
        press(driver, Keys.TAB)
        if driver.switch_to.active_element == widget.launcher:
            break
    assert driver.switch_to.active_element == widget.launcher
    assert widget.launcher.value_of_css_property("outline-style") != "none", "focus is visible"
    press(driver, Keys.ENTER)
    widget.wait(lambda: driver.switch_to.active_element == widget.input, 5, "focus in the message box")
    widget.wait_for_bot(INTRO)
    widget.settled()
    press(driver, "I've hurt my lower back", Keys.ENTER)
    widget.wait(lambda: any(b.text == "No" for b in widget.open_choices()), message="yes/no choices")
    widget.settled()

    for _ in range(4):  # the choices are just before the message box
        press(driver, Keys.TAB, shift=True)
        if driver.switch_to.active_element.text == "No":
            break
    focused = driver.switch_to.active_element
    assert focused.text == "No" and "bcw-choice" in focused.get_attribute("class")
    assert focused.value_of_css_property("outline-style") != "none", "focus is visible"
    press(driver, Keys.ENTER)
    widget.wait(lambda: widget.user_texts()[-1:] == ["No"], 5, "the choice is sent")
    assert driver.switch_to.active_element == widget.input, "focus goes back to the message box"

    press(driver, Keys.ESCAPE)
    widget.wait(lambda: not widget.find(".bcw-panel")[0].is_displayed(), 5, "Escape closes the panel")
    assert widget.driver.switch_to.active_element == widget.launcher


def horizontal_overflow(driver) -> int:
    return driver.execute_script(
        "const log = document.querySelector('.bcw-log');"
        "return Math.max(document.documentElement.scrollWidth - window.innerWidth,"
        "                log.scrollWidth - log.clientWidth);")


def test_a_360px_phone_gets_the_full_width_panel_without_sideways_scrolling(widget):
    emulate_phone(widget.driver, *PHONE)
    assert widget.driver.execute_script("return window.innerWidth") == PHONE[0]
    widget.open()
    widget.wait_for_bot(INTRO)
    assert widget.first(".bcw-panel").size["width"] == PHONE[0], "the panel is full-width"
    widget.settled()
    widget.say("do I need an x-ray for my back?")
    widget.wait(lambda: widget.find(".bcw-knowledge .bcw-source"), message="advice with its sources")
    statement = widget.find(".bcw-statement > span")[0]
    source = widget.find(".bcw-source")[0]
    assert float(source.value_of_css_property("font-size")[:-2]) < float(
        statement.value_of_css_property("font-size")[:-2]), "sources are small under their statements"
    widget.settled()
    screenshot(widget.driver, "widget-phone-citations")

    widget.say("I can't feel my saddle area and I've wet myself")
    banner = widget.wait(lambda: widget.first(".bcw-emergency"), message="the emergency banner")
    widget.settled()
    assert widget.driver.execute_script(
        "const log = document.querySelector('.bcw-log').getBoundingClientRect();"
        "const top = arguments[0].getBoundingClientRect().top;"
        "return top >= log.top && top < log.bottom;", banner), "the banner's start stays in sight"
    assert horizontal_overflow(widget.driver) <= 0
    screenshot(widget.driver, "widget-phone-emergency")


# A stored conversation with one reply of each kind, drawn again by the widget as after a reload.
LEVEL_TEXTS = {"emergency": "EMERGENCY: call 111 now.", "urgent": "URGENT: please see a doctor today.",
               "soon": "SOON: please book an appointment.", "self_care": "SELF-CARE: this should get better."}
STORED_CONVERSATION = [
    {"from": "bot", "message": {"text": "Does it hurt?", "buttons": [{"title": "Yes", "payload": "/affirm"},
                                                                    {"title": "No", "payload": "/deny"}]},
     "answered": True, "chosen": "No"},
    {"from": "user", "text": "No"},
    *({"from": "bot", "message": {"text": text, "custom": {"triage": {
        "urgency": level, "red_flags": [], "emergency_number": "111",
        "helpline": "Healthline on 0800 611 116"}}}} for level, text in LEVEL_TEXTS.items()),
    {"from": "bot", "message": {
        "text": "Scans are rarely needed.\n(Source: Healthify NZ (Imaging))",
        "custom": {"knowledge": {"topic": "imaging", "title": "Scans", "statements": [
            {"text": "Scans are rarely needed.", "source": "Healthify NZ (Imaging)"}]}}}},
]

CONTRAST_PROBLEMS = """
const luminance = (colour) => {
  const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map((v) => {
    v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const background = (element) => {
  for (; element; element = element.parentElement) {
    const colour = getComputedStyle(element).backgroundColor;
    const parts = colour.match(/[\\d.]+/g);
    if (parts.length < 4 || Number(parts[3]) > 0) return colour;
  }
  return "rgb(255, 255, 255)";
};
const problems = [];
for (const element of document.querySelectorAll(".bcw-root *")) {
  const ownText = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
  if (!ownText || !element.getClientRects().length || element.closest("svg, .bcw-visually-hidden")) continue;
  const [a, b] = [luminance(getComputedStyle(element).color), luminance(background(element))];
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  if (ratio < 4.5) problems.push(`${element.className}: ${ratio.toFixed(2)}`);
}
return problems;
"""


def test_each_urgency_level_is_shown_apart_and_all_text_has_enough_contrast(widget, site):
    state = {"sessionId": f"fixture{uuid.uuid4().hex}", "history": STORED_CONVERSATION, "open": True}
    widget.driver.execute_script("localStorage.setItem('backcare-widget', arguments[0])", json.dumps(state))
    widget.driver.refresh()
    widget.wait(lambda: len(widget.find(".bcw-outcome")) == 4, 10, "the stored outcomes are drawn")

    cards = {level: widget.first(f".bcw-outcome.bcw-{level}") for level in LEVEL_TEXTS}
    labels = {level: card.find_element(By.CSS_SELECTOR, ".bcw-level").text for level, card in cards.items()}
    assert len(set(labels.values())) == 4 and labels["emergency"] == "EMERGENCY"
    backgrounds = {card.value_of_css_property("background-color") for card in cards.values()}
    assert len(backgrounds) == 4, "each level has its own colour"
    links = {level: [a.get_attribute("href") for a in card.find_elements(By.CSS_SELECTOR, "a")]
             for level, card in cards.items()}
    assert links == {"emergency": ["tel:111", "tel:0800611116"], "urgent": ["tel:0800611116"],
                     "soon": ["tel:0800611116"], "self_care": []}
    assert cards["emergency"].get_attribute("role") is None, "a restored emergency is not announced again"
    assert widget.closed(widget.first(".bcw-choices")), "a question answered before the reload stays closed"
    assert widget.first(".bcw-knowledge .bcw-source").text == "Source: Healthify NZ (Imaging)"

    assert widget.driver.execute_script(CONTRAST_PROBLEMS) == []
