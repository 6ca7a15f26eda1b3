"""Issue 19: the chat page as a messaging app on a small phone, in headless Chromium against
the real servers (`bot_servers`).

At 320, 375 and 1280 px: the message box is on the first screen and stays there with a
short "keyboard open" viewport, the conversation is the only thing that scrolls, the safety
bar is one line of large tap targets, focus stays in the message box after sending, every
bubble has a time, and axe-core finds nothing. Then: the countdown to the server's message
limit (nothing is cut), links only for http(s), tel and sms, a duty worker's bubble, the
note about personal details, "Sending…" and "Try again" on a bad connection, the
conversation after a reload, and the figures for docs/chat-mobile.md.

Writes results/screens/ (git-ignored): {first,long,keyboard,crisis}-{320,375,1280}.png,
axe-{width}.json, figures.json.
"""
from __future__ import annotations

import json
import re

import pytest

from bot.paths import ROOT
from bot.settings import Settings
from tests.web.test_chat_browser import AXE, Browser, ask, bot_count, chat_url, open_chat, settle

pytestmark = [pytest.mark.browser, pytest.mark.server]

SCREENS = ROOT / "results" / "screens"
# A phone's first screen at each width, and the same with the keyboard open (about half).
SIZES = {320: (568, 300), 375: (667, 340), 1280: (800, 420)}

# Keeps hold of the page's socket (window.__socket) so a test can drop messages on the
# way out, shorten the wait for the server's acknowledgement, or play a message in.
SOCKET_SPY = """(() => {
  let real
  Object.defineProperty(window, 'io', {
    configurable: true,
    get () { return real },
    set (io) {
      real = function () {
        const s = io.apply(this, arguments)
        window.__socket = s
        const timeout = s.timeout.bind(s)
        s.timeout = (ms) => timeout(window.__ackMs || ms)
        const packet = s.packet.bind(s)
        s.packet = (p) => {
          if (window.__drop && p.data && p.data[0] === 'user_uttered') return
          return packet(p)
        }
        return s
      }
    }
  })
})()"""

SCROLLERS = """() => [...document.querySelectorAll('*')].filter((e) => {
  const s = getComputedStyle(e)
  return /(auto|scroll)/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1
}).map((e) => e.id || e.tagName)"""


def shot(page, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"))


def in_view(page, selector: str) -> bool:
    """The whole element is inside the visible screen."""
    return page.locator(selector).first.evaluate("""(e) => {
      const r = e.getBoundingClientRect()
      const h = window.visualViewport ? window.visualViewport.height : innerHeight
      return r.top >= 0 && r.left >= 0 && r.bottom <= h + 1 && r.right <= innerWidth + 1 && r.height > 0
    }""")


def check_screen(page, width: int) -> None:
    """What must be true of every screen: composer and safety bar in view, one scroller."""
    for selector in ("#chat-input", "#chat-send", "#crisis-line a[href='tel:116123']",
                     "#crisis-line a[href^='sms:85258']", ".govuk-exit-this-page__button"):
        assert in_view(page, selector), f"{selector} not on screen at {width}px"
    assert page.evaluate(SCROLLERS) in ([], ["chat-log"]), page.evaluate(SCROLLERS)
    assert page.evaluate("document.scrollingElement.scrollHeight <= innerHeight + 1"), "the page scrolls"
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "scrolls sideways"
    # The safety bar is one line: the numbers and Exit share a row, and it stays short.
    boxes = page.evaluate("""() => ['#crisis-line a', '.govuk-exit-this-page__button'].flatMap(
      (s) => [...document.querySelectorAll(s)]).map((e) => e.getBoundingClientRect())
      .map((r) => ({ top: r.top, bottom: r.bottom, width: r.width, height: r.height }))""")
    assert max(b["top"] for b in boxes) < min(b["bottom"] for b in boxes), boxes
    assert page.locator(".app-safety-bar").bounding_box()["height"] <= 64
    # Large tap targets: the numbers, Exit, Send and the answers to choose.
    for box in boxes:
        assert box["height"] >= 44 and box["width"] >= 44, box
    send = page.locator("#chat-send").bounding_box()
    assert send["height"] >= 44 and send["width"] >= 44, send
    for b in page.locator(".app-choices .govuk-button").all():
        box = b.bounding_box()
        assert box["height"] >= 44, box
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, "an answer button is cut"


def check_times(page) -> None:
    """Every bubble has a time: relative on screen, the full time for screen readers."""
    for item in page.locator("#chat-messages .app-msg").all():
        time_el = item.locator("time[datetime]")
        assert time_el.count() == 1, item.inner_text()
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT.*Z", time_el.get_attribute("datetime"))
        shown = time_el.locator("[aria-hidden=true]").inner_text()
        assert re.fullmatch(r"just now|\d+ min ago|\d\d:\d\d|Yesterday \d\d:\d\d|\d+ \w+ \d\d:\d\d", shown), shown
        said = time_el.locator(".govuk-visually-hidden").text_content()
        assert re.fullmatch(r"at \d\d:\d\d on \w+day \d+ \w+", said), said


def run_axe(page, width: int) -> list:
    if page.evaluate("typeof window.axe") != "object":
        page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    SCREENS.mkdir(parents=True, exist_ok=True)
    (SCREENS / f"axe-{width}.json").write_text(json.dumps(
        {k: result[k] for k in ("violations", "incomplete", "testEngine")}, indent=2))
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]


def send_by_button(page, text: str) -> None:
    before = bot_count(page)
    page.locator("#chat-input").fill(text)
    page.locator("#chat-send").click()
    settle(page, before)


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_first_screen_long_answer_keyboard_and_crisis(bot_servers: Settings, chromium, width: int) -> None:
    from playwright.sync_api import expect

    height, keyboard = SIZES[width]
    b = Browser(chromium, bypass_csp=True)  # so axe-core can be added to the page
    try:
        page = b.page()
        page.set_viewport_size({"width": width, "height": height})
        page.goto(chat_url(bot_servers))
        expect(page.locator("#chat")).to_have_attribute("data-connection", "connected", timeout=20_000)
        settle(page, 0)
        # First screen: the greeting, its answers to choose and the message box.
        check_screen(page, width)
        assert in_view(page, ".app-choices"), "the first answers to choose are off screen"
        shot(page, f"first-{width}")

        # A long answer, asked by button then Enter: focus stays in the message box.
        send_by_button(page, "how much is the setting up home allowance")
        expect(page.locator("#chat-input")).to_be_focused()
        before = bot_count(page)
        page.get_by_role("button", name="North Northants", exact=True).click()
        settle(page, before)
        before = bot_count(page)
        page.locator("#chat-input").fill("what is staying put")
        page.locator("#chat-input").press("Enter")
        settle(page, before)
        expect(page.locator("#chat-input")).to_be_focused()
        before = bot_count(page)
        ask(page, "can I get help with driving lessons")
        expect(page.locator("#chat-input")).to_be_focused()
        # The new answer is scrolled into view (from its start) and read out.
        first_new = page.locator("#chat-messages .app-msg--bot").nth(before)
        top = first_new.evaluate("""(e) => e.getBoundingClientRect().top -
          document.getElementById('chat-log').getBoundingClientRect().top""")
        assert 0 <= top < page.locator("#chat-log").bounding_box()["height"], top
        expect(page.locator("#chat-announcer")).to_contain_text("The assistant says")
        check_screen(page, width)
        check_times(page)
        shot(page, f"long-{width}")

        # The keyboard takes half the screen: the message box is still there, above it.
        page.set_viewport_size({"width": width, "height": keyboard})
        page.locator("#chat-input").focus()
        page.locator("#chat-input").fill("is there a bursary for uni")
        page.wait_for_timeout(200)
        check_screen(page, width)
        shot(page, f"keyboard-{width}")
        page.locator("#chat-input").fill("")
        page.set_viewport_size({"width": width, "height": height})

        # A crisis message: the contacts come first, as links, on screen.
        before = bot_count(page)
        ask(page, "i want to end it all")
        reply = page.locator("#chat-messages .app-msg--bot").nth(before)
        expect(reply).to_contain_text("Samaritans")
        expect(reply.locator('a[href="tel:116123"]')).to_be_visible()
        assert in_view(page, f"#chat-messages .app-msg--bot >> nth={before}") or width < 400
        expect(page.locator("#chat-announcer")).to_contain_text("Samaritans")
        check_screen(page, width)
        check_times(page)
        shot(page, f"crisis-{width}")

        violations = run_axe(page, width)
        assert not violations, violations
        assert not b.errors, b.errors
    finally:
        b.close()


def test_long_message_counts_down_and_is_never_cut(bot_servers: Settings, browser: Browser) -> None:
    from playwright.sync_api import expect

    page = open_chat(browser, chat_url(bot_servers))
    page.set_viewport_size({"width": 375, "height": 667})
    limit = int(page.locator("#chat").get_attribute("data-max-chars"))
    assert limit == 5000
    box, count = page.locator("#chat-input"), page.locator("#chat-count")
    box.fill("a" * 1000)
    expect(count).to_be_hidden()
    box.fill("word " * 920)  # 4,600 characters
    expect(count).to_have_text("You have 400 characters left.")
    box.fill("word " * 1040)  # 5,200: over the limit, so not sent and not cut
    expect(count).to_contain_text("200 characters too long")
    assert in_view(page, "#chat-count")
    users = page.locator("#chat-messages .app-msg--user").count()
    box.press("Enter")
    page.locator("#chat-send").click()
    assert page.locator("#chat-messages .app-msg--user").count() == users
    assert len(box.input_value()) == 5200
    expect(box).to_be_focused()
    # Up to the limit goes through whole: 2,000 characters (cut to 1,000 before issue 19).
    long = ("I need help with my flat and money. " * 60)[:2000].strip()
    before = bot_count(page)
    box.fill(long)
    box.press("Enter")
    settle(page, before)
    mine = page.locator("#chat-messages .app-msg--user").last
    assert mine.locator("p").first.inner_text().strip() == long
    expect(box).to_have_value("")


def test_links_only_for_safe_schemes_and_a_person_looks_different(bot_servers: Settings, chromium) -> None:
    from playwright.sync_api import expect

    b = Browser(chromium)
    b.context.add_init_script(SOCKET_SPY)
    try:
        page = open_chat(b, chat_url(bot_servers))
        # Messages played into the page's own handler, as the server would send them.
        page.evaluate("""() => {
          const deliver = window.__socket.listeners('bot_uttered')[0]
          deliver({ text: 'See [the offer](https://www.derby.gov.uk/care-leavers) or ' +
            '[this](javascript:alert(1)) javascript:alert(2) data:text/html,hi ' +
            'vbscript:x file:///etc/passwd mailto:pa@derby.gov.uk pa@derby.gov.uk ' +
            '<a href="javascript:alert(3)">x</a> <img src=x onerror="window.__pwned=1"> ' +
            'call 0808 800 4444 or text SHOUT to 85258.' })
          deliver({ text: "Hi, I'm Asha from Derby's leaving care team. I've read your chat.",
                    sender: 'person', name: 'Asha' })
        }""")
        bot = page.locator("#chat-messages .app-msg--bot").last
        expect(bot).to_contain_text("javascript:alert(1)")  # shown as text, not a link
        hrefs = page.locator("#chat-messages a").evaluate_all("(as) => as.map((a) => a.href)")
        assert hrefs, "no links at all"
        assert all(re.match(r"(https?|tel|sms):", h) for h in hrefs), hrefs
        assert "https://www.derby.gov.uk/care-leavers" in hrefs and "tel:08088004444" in hrefs
        assert page.locator("#chat-messages img, #chat-messages b").count() == 0
        assert page.evaluate("window.__pwned") is None
        expect(bot.locator('a[href^="https:"]')).to_have_attribute("rel", "noopener noreferrer")

        person = page.locator("#chat-messages .app-msg--person")
        expect(person).to_have_count(1)
        expect(person.locator(".app-msg__from")).to_have_text("Asha, duty worker (a person)")
        expect(person).to_contain_text("Asha, duty worker (a person) said:")
        expect(page.locator("#chat-announcer")).to_contain_text("Asha, duty worker, a person, says")
        style = "(e) => { const s = getComputedStyle(e); return [s.backgroundColor, s.borderLeftColor, s.borderTopWidth] }"
        assert person.evaluate(style) != bot.evaluate(style)
        page.set_viewport_size({"width": 375, "height": 667})
        page.wait_for_timeout(100)
        shot(page, "person-375")
        assert not b.errors, b.errors
    finally:
        b.close()


def test_note_about_personal_details_shows_once(bot_servers: Settings, browser: Browser) -> None:
    from playwright.sync_api import expect

    page = open_chat(browser, chat_url(bot_servers))
    note = page.locator("#chat-pii-text")
    box = page.locator("#chat-input")
    box.fill("can I get help with rent")
    expect(note).to_be_hidden()
    box.fill("my number is 07700 900123")
    expect(note).to_be_visible()
    expect(note).to_contain_text("delete my chat")
    expect(page.locator("#chat-pii")).to_have_attribute("role", "status")
    assert in_view(page, "#chat-pii-text")
    box.press("Enter")
    settle(page, 1)
    expect(note).to_be_visible()  # still there after the message it was about
    ask(page, "thanks")
    expect(note).to_be_hidden()
    box.fill("email me at sam@example.org or 12 Acacia Road NN1 1AA")
    page.wait_for_timeout(200)
    expect(note).to_be_hidden()  # only the first time


def test_sending_and_try_again_on_a_bad_connection(bot_servers: Settings, chromium) -> None:
    from playwright.sync_api import expect

    b = Browser(chromium)
    b.context.add_init_script(SOCKET_SPY)
    try:
        page = open_chat(b, chat_url(bot_servers))
        page.set_viewport_size({"width": 375, "height": 667})
        page.evaluate("window.__drop = true; window.__ackMs = 2000")
        page.locator("#chat-input").fill("what is a pathway plan")
        page.locator("#chat-input").press("Enter")
        mine = page.locator("#chat-messages .app-msg--user").last
        expect(mine.locator(".app-msg__state")).to_have_text("Sending…")
        expect(page.locator("#chat-typing")).to_be_visible()
        expect(mine.locator(".app-msg__state")).to_have_text("Not sent.", timeout=5000)
        expect(page.locator("#chat-problem")).to_contain_text("didn't get through")
        expect(page.locator('#chat-problem a[href="tel:116123"]')).to_be_visible()
        shot(page, "not-sent-375")
        # Reload now: the message is still there, still offering to try again.
        page.reload()
        expect(page.locator("#chat")).to_have_attribute("data-connection", "connected", timeout=20_000)
        mine = page.locator("#chat-messages .app-msg--user").last
        expect(mine).to_contain_text("what is a pathway plan")
        before = bot_count(page)
        mine.get_by_role("button", name="Try again").click()
        settle(page, before)
        expect(mine.locator(".app-msg__state")).to_have_count(0)
        expect(page.locator("#chat-problem")).to_be_hidden()
        assert not b.errors, b.errors
    finally:
        b.close()


def test_reload_restores_the_conversation_from_this_tab_only(bot_servers: Settings, browser: Browser) -> None:
    from playwright.sync_api import expect

    page = open_chat(browser, chat_url(bot_servers))
    ask(page, "I was in care with Derby City Council")
    ask(page, "can I get a laptop")
    before = page.locator("#chat-messages .app-msg").all_inner_texts()
    session = page.evaluate("sessionStorage.getItem('care-leavers-chat:session')")
    assert session and page.evaluate("localStorage.length") == 0  # nothing kept for ever
    page.reload()
    expect(page.locator("#chat")).to_have_attribute("data-connection", "connected", timeout=20_000)
    assert page.locator("#chat-messages .app-msg").all_inner_texts() == before
    check_times(page)
    assert page.evaluate("sessionStorage.getItem('care-leavers-chat:session')") == session
    # A new tab is a new, empty conversation.
    other = browser.page()
    other.goto(chat_url(bot_servers))
    expect(other.locator("#chat")).to_have_attribute("data-connection", "connected", timeout=20_000)
    settle(other, 0)
    assert other.locator("#chat-messages .app-msg").count() == 1


def test_page_weight_and_time_to_usable_composer_on_a_slow_phone(bot_servers: Settings, chromium) -> None:
    """Lighthouse-style figures measured offline: bytes transferred for the page, and the
    time until the message box is on screen and working, with the CPU slowed 4x."""
    runs = []
    for _ in range(3):
        context = chromium.new_context(viewport={"width": 375, "height": 667})
        try:
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
            sizes, urls = {}, {}
            cdp.on("Network.responseReceived",
                   lambda e, urls=urls: urls.__setitem__(e["requestId"], e["response"]["url"]))
            cdp.on("Network.loadingFinished",
                   lambda e, sizes=sizes: sizes.__setitem__(e["requestId"], e["encodedDataLength"]))
            page.goto(chat_url(bot_servers), wait_until="load")
            page.wait_for_selector("#chat[data-connection=connected]", timeout=30_000)
            settle(page, 0)
            marks = page.evaluate("""() => Object.fromEntries(['chat-composer-ready', 'chat-connected']
              .map((n) => [n, Math.round(performance.getEntriesByName(n)[0].startTime)]))""")
            marks["fcp"] = round(page.evaluate(
                "performance.getEntriesByName('first-contentful-paint')[0]?.startTime || 0"))
            static = {urls.get(k, "?"): v for k, v in sizes.items() if "/socket.io/" not in urls.get(k, "")}
            runs.append({"marks": marks, "page_bytes": sum(static.values()),
                         "socket_bytes": sum(v for k, v in sizes.items() if "/socket.io/" in urls.get(k, "")),
                         "resources": static})
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
        finally:
            context.close()
    ready = sorted(r["marks"]["chat-composer-ready"] for r in runs)
    connected = sorted(r["marks"]["chat-connected"] for r in runs)
    figures = {
        "viewport": "375x667", "cpu_throttling": 4, "runs": len(runs),
        "page_kb": round(runs[-1]["page_bytes"] / 1024, 1),
        "socket_kb_first_screen": round(runs[-1]["socket_bytes"] / 1024, 1),
        "composer_ready_ms_median": ready[1], "connected_ms_median": connected[1],
        "fcp_ms_median": sorted(r["marks"]["fcp"] for r in runs)[1],
        "resources": {re.sub(r"^https?://[^/]+", "", k): round(v / 1024, 1)
                      for k, v in runs[-1]["resources"].items()},
    }
    SCREENS.mkdir(parents=True, exist_ok=True)
    (SCREENS / "figures.json").write_text(json.dumps(figures, indent=2))
    print("\n" + json.dumps(figures, indent=2))
    assert figures["page_kb"] < 150, figures  # 280 KB before the gzipped copies
    assert figures["composer_ready_ms_median"] < 5000, figures


def test_without_javascript_the_page_says_how_to_get_help(bot_servers: Settings, chromium) -> None:
    from playwright.sync_api import expect

    context = chromium.new_context(java_script_enabled=False, viewport={"width": 320, "height": 568})
    try:
        page = context.new_page()
        page.goto(chat_url(bot_servers))
        help_box = page.locator(".app-no-js")
        expect(help_box).to_be_visible()
        expect(help_box).to_contain_text("The chat needs JavaScript")
        for href in ("tel:116123", "sms:85258?&body=SHOUT", "tel:111", "tel:999"):
            expect(help_box.locator(f'a[href="{href}"]')).to_be_visible()
        expect(page.locator("#chat-form")).to_be_hidden()  # nothing to send with
        assert in_view(page, "#crisis-line a[href='tel:116123']")
        assert in_view(page, ".govuk-exit-this-page__button")
        assert in_view(page, ".app-no-js li")
        shot(page, "no-js-320")
    finally:
        context.close()
