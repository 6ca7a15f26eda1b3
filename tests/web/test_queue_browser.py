"""The queue in headless Chromium with 200 older cases: a new crisis case appears live at
the top of the first page (and of a filtered view), the filters work as a plain form, a
worker on another page still hears about it, and axe-core finds no serious problems.

Screenshots: var/screenshots/queue-paged.png (1280 px) and queue-paged-375.png."""
from __future__ import annotations

import os
from datetime import timedelta

import pytest

from bot.paths import VAR
from bot.triage import raise_case
from bot.triage.authorities import visible_authorities
from bot.web.app import create_app
from bot.web.office import OfficeHours
from tests.support.app_thread import AppThread
from tests.support.browser import chromium as launch_chromium
from tests.triage.helpers import PASSWORD, make_store
from tests.web.conftest import fake_office
from tests.web.test_chat_browser import AXE

pytestmark = pytest.mark.browser

SHOTS = VAR / "screenshots"
SEVERITIES = ["crisis", "urgent", "handoff", "info"]


def serious(result: dict) -> list:
    return [(v["id"], [n["target"] for n in v["nodes"]]) for v in result["violations"]
            if v["impact"] in ("serious", "critical")]


def test_a_new_crisis_case_is_at_the_top_of_the_first_page_over_200_older_ones():
    from playwright.sync_api import expect

    store = make_store(os.environ["TRIAGE_DB_URL"])
    asha = store.add_worker("asha", PASSWORD, ["derby_city"])
    store.add_worker("bo", PASSWORD, ["derby_city"])
    now = store.clock()
    # 200 older cases, crisis ones among them, over the last ten hours; a few claimed.
    for i in range(200):
        case_id = store.raise_case(SEVERITIES[i % 4], "suicidal: suicidal.want_to_die",
                                   "derby_city" if i % 5 else None, "rest", f"old-{i}",
                                   created_at=now - timedelta(minutes=3 * (200 - i)))
        if i % 9 == 0:
            store.claim(case_id, asha.id, visible_authorities(["derby_city"]))
    app = create_app({}, store=store, office_hours=OfficeHours(lookup=fake_office))
    SHOTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []

    with AppThread(app) as server, launch_chromium() as chromium:
        context = chromium.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
        page = context.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(server.url + "/duty/login")
        page.get_by_label("Username").fill("asha")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page).to_have_url(server.url + "/duty/queue")
        expect(page.locator("#live-status")).to_have_attribute("data-state", "on")
        rows = page.locator("#case-rows tr[data-case-id]")
        expect(rows).to_have_count(25)
        expect(page.locator("#case-count")).to_have_text("200")
        expect(page.locator(".govuk-pagination")).to_be_visible()

        # A crisis message now (the action calls raise_case in another process; here, directly).
        first = raise_case("crisis", "suicidal: suicidal.want_to_die", "derby_city", "rest", "new-1")
        expect(rows.first).to_have_attribute("data-case-id", str(first), timeout=10_000)
        expect(rows).to_have_count(25)
        expect(page.locator("#case-count")).to_have_text("201")
        expect(rows.first).to_contain_text("Said they want to die")
        expect(page.locator("#crisis-banner")).to_be_visible()

        # The filters are a plain form: choose, press the button, the query string says it.
        page.get_by_label("Severity").select_option("crisis")
        page.get_by_label("Nobody yet (unclaimed)").check()
        page.get_by_role("button", name="Show cases").click()
        expect(page).to_have_url(server.url + "/duty/queue?severity=crisis&council=&unclaimed=1")
        expect(page.locator("#live-status")).to_have_attribute("data-state", "on")
        expect(rows.first).to_have_attribute("data-case-id", str(first))
        for severity in rows.evaluate_all("rows => rows.map(r => r.dataset.severity)"):
            assert severity == "crisis"
        # Still live, and still filtered: an urgent case doesn't show here, the next crisis is first.
        raise_case("urgent", "homeless_tonight: homeless.rough", "derby_city", "rest", "new-urgent")
        second = raise_case("crisis", "overdose: overdose.took_amount", None, "rest", "new-2")
        expect(rows.first).to_have_attribute("data-case-id", str(second), timeout=10_000)
        expect(rows.first).to_contain_text("Council not known yet")
        assert "urgent" not in rows.evaluate_all("rows => rows.map(r => r.dataset.severity)")
        # The page's links keep the filters.
        next_link = page.locator(".govuk-pagination__next a")
        assert next_link.get_attribute("href") == "/duty/queue?severity=crisis&unclaimed=1&page=2"

        for width in (1280, 375):
            page.set_viewport_size({"width": width, "height": 900})
            page.screenshot(path=str(SHOTS / ("queue-paged.png" if width == 1280 else "queue-paged-375.png")),
                            full_page=True)
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            if page.evaluate("typeof window.axe") != "object":
                page.add_script_tag(path=str(AXE))
            result = page.evaluate("async () => await axe.run(document)")
            assert not serious(result), (width, serious(result))
        page.set_viewport_size({"width": 1280, "height": 900})

        # A worker on page 2 still hears of a new crisis; it is on page 1, not slipped into page 2.
        next_link.click()
        expect(page.locator(".govuk-pagination__item--current")).to_have_text("2")
        expect(page.locator("#live-status")).to_have_attribute("data-state", "on")
        third = raise_case("crisis", "suicidal: suicidal.want_to_die", "derby_city", "rest", "new-3")
        expect(page.locator("#crisis-banner-link")).to_have_attribute("href", f"/duty/cases/{third}", timeout=10_000)
        expect(page.locator("#live-announcer")).to_contain_text("do not show it")
        expect(page.locator(f'#case-rows tr[data-case-id="{third}"]')).to_have_count(0)
        page.locator("#crisis-banner-link").click()
        expect(page.get_by_role("heading", name=f"Case {third}")).to_be_visible()
        context.close()

    assert not [e for e in errors if "favicon" not in e], errors
    store.dispose()
