"""The dashboard in headless Chromium: sign in, see a crisis case appear live, claim, resolve.

Screenshots go to var/screenshots/ (queue.png and case.png at 1280 px wide, and the same
pages at 375 px as queue-375.png and case-375.png). The time from `raise_case` to the
row showing in the browser is printed and kept in var/screenshots/latency.txt.
"""
from __future__ import annotations

import os
import time

import pytest

from bot.paths import VAR
from bot.triage import raise_case
from bot.triage.transcript import TranscriptReader
from bot.web.app import create_app
from bot.web.office import OfficeHours
from tests.support.app_thread import AppThread
from tests.support.browser import chromium as launch_chromium
from tests.triage.helpers import PASSWORD, make_store, write_tracker
from tests.web.conftest import fake_office

pytestmark = pytest.mark.browser

SHOTS = VAR / "screenshots"
BLOCK_AUTOPLAY = """
(() => {
  let clicked = false
  document.addEventListener('click', () => { clicked = true }, true)
  const play = HTMLMediaElement.prototype.play
  HTMLMediaElement.prototype.play = function () {
    if (!clicked) return Promise.reject(new DOMException('autoplay blocked', 'NotAllowedError'))
    return play.call(this)
  }
})()
"""


@pytest.fixture
def chromium():
    with launch_chromium() as browser:
        yield browser


def test_dashboard_in_a_browser(chromium, tmp_path):
    from playwright.sync_api import expect

    store = make_store(os.environ["TRIAGE_DB_URL"])
    store.add_worker("asha", PASSWORD, ["derby_city"])
    store.raise_case("urgent", "homeless tonight: sleeping outside", "derby_city", "facebook", "fb-1")
    store.raise_case("handoff", "asked to talk to a person", None, "rest", "rest-2")
    tracker = write_tracker(tmp_path / "tracker.db", "browser-sender", [
        ("user", "hi, what does derby give for council tax", 1_763_800_000.0, None),
        ("bot", "Derby City Council pays council tax for care leavers up to 25.", 1_763_800_002.0, None),
        ("user", "honestly i dont want to be here anymore", 1_763_800_100.0,
         {"level": "crisis", "category": "suicidal", "reason": "phrase: don't want to be here"}),
        ("bot", "I'm really glad you told me. Are you safe right now? You can call Samaritans free on "
                "116 123, any time.", 1_763_800_101.0, None),
    ])
    app = create_app({}, store=store, transcripts=TranscriptReader(tracker),
                     office_hours=OfficeHours(lookup=fake_office))
    SHOTS.mkdir(parents=True, exist_ok=True)
    console_errors: list[str] = []

    with AppThread(app) as server:
        page = chromium.new_page(viewport={"width": 1280, "height": 900})
        page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: console_errors.append(str(e)))
        page.on("response", lambda r: console_errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)

        # Sign in (a wrong password first).
        page.goto(server.url + "/duty/queue")
        expect(page).to_have_url(server.url + "/duty/login")
        page.get_by_label("Username").fill("asha")
        page.get_by_label("Password").fill("not my password")
        page.get_by_role("button", name="Sign in").click()
        expect(page.locator(".govuk-error-summary")).to_contain_text("not right")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page).to_have_url(server.url + "/duty/queue")
        console_errors.clear()  # the wrong password's 401 was expected
        expect(page.get_by_role("heading", name="Cases waiting")).to_be_visible()
        expect(page.locator("#live-status")).to_have_attribute("data-state", "on")
        page.get_by_role("button", name="Turn on sound alerts").click()
        expect(page.locator("#sound-toggle")).to_have_attribute("data-state", "on")
        expect(page.locator("#sound-toggle")).to_have_text("Turn off sound alerts")

        # Note in the page itself when each row first appears (Playwright's own polling
        # would add its latency to the measurement).
        page.evaluate("""() => {
          window.__seen = {}
          new MutationObserver(() => {
            for (const row of document.querySelectorAll('#case-rows tr[data-case-id]')) {
              const id = row.getAttribute('data-case-id')
              if (!(id in window.__seen)) window.__seen[id] = Date.now()
            }
          }).observe(document.getElementById('case-rows'), { childList: true })
        }""")

        # A crisis message: the action calls raise_case in another process; here, directly.
        latencies = []
        for attempt in range(5):
            started = time.time() * 1000
            case_id = raise_case("crisis", "suicidal: phrase: don't want to be here", "derby_city",
                                 "rest", "browser-sender" if attempt == 0 else f"other-{attempt}")
            page.wait_for_selector(f'tr[data-case-id="{case_id}"]', timeout=10_000)
            latencies.append(page.evaluate(f"window.__seen['{case_id}']") - started)
            if attempt == 0:
                first_case = case_id
            time.sleep(0.37)  # land at different points of the poll cycle
        expect(page.locator("#crisis-banner")).to_be_visible()
        expect(page.locator("#crisis-banner")).to_contain_text("Crisis case")
        expect(page.locator("#live-announcer")).to_contain_text("New crisis case")
        # The alert sound played: the browser did not block it after the click.
        expect(page.locator("#sound-toggle")).to_have_attribute("data-state", "on")
        assert page.evaluate("window.__dutyAlertsPlayed") >= 5
        assert page.title().startswith("(5) New crisis case")
        rows = page.locator("#case-rows tr[data-case-id]")
        assert rows.first.get_attribute("data-severity") == "crisis"
        expect(page.locator(f'tr[data-case-id="{first_case}"]')).to_have_class(
            "govuk-table__row app-case-row app-case-row--crisis app-case-row--new")
        page.screenshot(path=str(SHOTS / "queue.png"), full_page=True)
        page.set_viewport_size({"width": 375, "height": 800})
        page.screenshot(path=str(SHOTS / "queue-375.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        page.set_viewport_size({"width": 320, "height": 800})
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        page.set_viewport_size({"width": 1280, "height": 900})

        # Open, claim and resolve the first crisis case.
        page.locator(f'tr[data-case-id="{first_case}"] a').click()
        expect(page.get_by_role("heading", name=f"Case {first_case}")).to_be_visible()
        expect(page.locator(".app-transcript")).to_contain_text("i dont want to be here anymore")
        page.get_by_role("button", name="Claim this case").click()
        expect(page.locator(".govuk-notification-banner--success")).to_contain_text("You have claimed this case")
        page.get_by_label("Add a note").fill("Rang the number on file. Spoke to them; they are safe with a friend.")
        page.get_by_role("button", name="Add note").click()
        expect(page.locator("#history")).to_contain_text("they are safe with a friend")
        page.screenshot(path=str(SHOTS / "case.png"), full_page=True)
        page.set_viewport_size({"width": 375, "height": 800})
        page.screenshot(path=str(SHOTS / "case-375.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        page.set_viewport_size({"width": 320, "height": 800})
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        page.set_viewport_size({"width": 1280, "height": 900})
        page.get_by_label("Contacted the young person").check()
        page.get_by_role("button", name="Resolve case").click()
        expect(page.locator("#case-status")).to_contain_text("Contacted the young person")
        assert store.get_case(first_case).status == "resolved"

        # Back on the queue, the resolved case has gone.
        page.get_by_role("link", name="Back to cases waiting").click()
        expect(page.locator(f'tr[data-case-id="{first_case}"]')).to_have_count(0)
        page.get_by_role("button", name="Sign out").click()
        expect(page.locator(".govuk-inset-text")).to_contain_text("You have signed out")
        page.close()

    report = ", ".join(f"{ms:.0f}" for ms in latencies)
    (SHOTS / "latency.txt").write_text(f"raise_case to row in the page (ms): {report}\n")
    print(f"\nraise_case -> row in the page: {report} ms")
    assert max(latencies) < 5000
    assert not [e for e in console_errors if "favicon" not in e], console_errors
    store.dispose()


def test_blocked_autoplay_offers_the_sound_button(tmp_path):
    """When the browser blocks sound, a crisis case still shows the banner and asks for a click."""
    from playwright.sync_api import expect

    store = make_store(os.environ["TRIAGE_DB_URL"])
    store.add_worker("asha", PASSWORD, ["derby_city"])
    app = create_app({}, store=store, office_hours=OfficeHours(lookup=fake_office))
    with AppThread(app) as server, launch_chromium() as browser:
        page = browser.new_page()
        # Headless Chromium never blocks autoplay, so act as a browser that does: play()
        # fails with NotAllowedError until the page has been clicked.
        page.add_init_script(BLOCK_AUTOPLAY)
        page.goto(server.url + "/duty/login")
        page.evaluate("window.localStorage.setItem('duty-sound', 'on')")  # sound was on last shift
        page.get_by_label("Username").fill("asha")
        page.get_by_label("Password").fill(PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url("**/duty/queue")
        page.goto(server.url + "/duty/queue")  # a fresh page nobody has clicked on yet
        expect(page.locator("#live-status")).to_have_attribute("data-state", "on")
        case_id = raise_case("crisis", "suicidal", "derby_city", "rest", "s")
        page.wait_for_selector(f'tr[data-case-id="{case_id}"]', timeout=10_000)
        expect(page.locator("#crisis-banner")).to_be_visible()
        expect(page.locator("#sound-toggle")).to_have_attribute("data-state", "blocked")
        expect(page.locator("#sound-toggle")).to_have_text("Sound is blocked: turn on sound alerts")
        page.locator("#sound-toggle").click()
        expect(page.locator("#sound-toggle")).to_have_attribute("data-state", "on")
    store.dispose()
