"""The staff console end to end in headless Chromium, beside the widget in a second browser: a person
escalates in the widget and accepts a person on the chat; a member of staff signs in, sees the case with its
summary, claims it, writes a message the person receives, hands back and marks it handled; the audit trail
shows each step. Screenshots of the queue and the case go to var/screenshots/."""
from __future__ import annotations

from pathlib import Path

import pytest
from selenium.common.exceptions import (
    NoSuchElementException,
    StaleElementReferenceException,
    WebDriverException,
)
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.live.browser import Widget, chromium, web_server
from tests.live.conftest import CONSOLE_URL, RASA_URL, STAFF_NAME, STAFF_PASSWORD

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
WAIT = 30


@pytest.fixture(scope="module")
def browsers():
    person, staff = chromium(1100, 860), chromium(1280, 1000)
    yield person, staff
    person.quit()
    staff.quit()


def wait(driver, condition, message: str, timeout: float = WAIT):
    # (pages reload when a case changes: an element found a moment ago may be gone, so look again)
    return WebDriverWait(driver, timeout, poll_frequency=0.2,
                         ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)).until(
        lambda _: _looked_at_again_if_the_page_was_replaced(condition), message)


def _looked_at_again_if_the_page_was_replaced(condition):
    """Chromium reports an element read while its page is being replaced as a node that "does not belong to
    the document" (a generic WebDriverException, not a stale element): that look is retried; any other
    error is raised."""
    try:
        return condition()
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return False
        raise


def first(driver, selector: str):
    return next(iter(driver.find_elements(By.CSS_SELECTOR, selector)), None)


def sign_in(driver) -> None:
    driver.get(f"{CONSOLE_URL}/login")
    driver.find_element(By.NAME, "username").send_keys(STAFF_NAME)
    driver.find_element(By.NAME, "password").send_keys(STAFF_PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form.login button").click()
    wait(driver, lambda: first(driver, "#queue"), "the queue after signing in")


def test_a_person_escalates_and_a_member_of_staff_takes_the_chat_from_the_console(browsers):
    person_driver, staff = browsers
    sign_in(staff)  # on the queue page, which asks every few seconds: staff are on the console
    with web_server(RASA_URL) as site:
        person_driver.get(f"{site}/host/home.html")
        widget = Widget(person_driver)
        widget.open()
        widget.wait_for_bot("automated assistant")
        widget.say("I can't feel my saddle area and I've wet myself")
        widget.wait(lambda: widget.first(".bcw-outcome.bcw-emergency"), message="the emergency banner")
        after = widget.choose("Talk to someone here")
        widget.wait_for_bot("join this chat", after)

        def waiting_row() -> str:
            text = getattr(first(staff, "#queue tbody tr"), "text", "")
            return text if "waiting on the chat" in text else ""
        row_text = wait(staff, waiting_row, "the case in the queue, the person waiting on the chat")
        assert "emergency" in row_text and "escalated" in row_text
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        staff.save_screenshot(str(SCREENSHOTS / "console-queue.png"))
        wait(staff, lambda: staff.find_element(By.LINK_TEXT, "Open").click() or True, "opening the case")
        wait(staff, lambda: first(staff, "#claim-button"), "the case page")
        flags = staff.find_element(By.CSS_SELECTOR, "table.red-flags").text.lower()
        assert "numbness around the genitals" in flags or "bladder" in flags
        assert "escalated" in staff.find_element(By.TAG_NAME, "main").text

        staff.find_element(By.ID, "claim-button").click()
        wait(staff, lambda: first(staff, "#message-form"), "the chat controls after claiming")
        widget.wait_for_bot("chatting with " + STAFF_NAME)
        staff.find_element(By.CSS_SELECTOR, "#message-form textarea").send_keys(
            "Hello, I'm from the helpline. Has an ambulance been called?")
        staff.find_element(By.CSS_SELECTOR, "#message-form button[type=submit]").click()
        widget.wait_for_bot("has an ambulance been called")
        widget.say("yes my husband called 111")
        wait(staff, lambda: "my husband called 111" in staff.find_element(By.ID, "transcript").text,
             "the person's reply in the transcript")
        staff.save_screenshot(str(SCREENSHOTS / "console-case.png"))

        staff.find_element(By.ID, "hand-back-button").click()
        widget.wait_for_bot("handed you back")
        wait(staff, lambda: first(staff, "#handle-form") and not first(staff, "#message-form"),
             "the page after handing back")
        Select(staff.find_element(By.NAME, "outcome")).select_by_value("sent_to_emergency")
        staff.find_element(By.NAME, "note").send_keys("Ambulance on its way; stayed on the chat until then.")
        staff.find_element(By.CSS_SELECTOR, "#handle-form button").click()
        wait(staff, lambda: staff.find_element(By.ID, "case-status").text == "handled", "the case handled")
        audit = staff.find_element(By.ID, "audit").text
        for step in ("raised", "claimed", "message_sent", "handoff_ended", "handled"):
            assert step in audit, f"the audit trail shows {step}"
