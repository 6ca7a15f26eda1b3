"""The chat page in headless Chromium, talking to the real Rasa server (`bot_servers`).

Writes to var/screenshots/: chat-1280.png, chat-375.png, chat-320.png (a conversation),
chat-crisis-375.png, chat-offline-375.png, chat-embed.png, axe.json and axe.txt (axe-core's
result), chat-latency.txt (time from pressing Send to the answer appearing, 20 questions).
"""
from __future__ import annotations

import json
import re
import statistics
import threading
import time
from typing import Iterator

import pytest

from bot.paths import ROOT, VAR
from bot.settings import Settings
from bot.web.templating import STATIC
from tests.support.app_thread import AppThread
from tests.support.browser import chromium as launch_chromium
from tests.support.servers import free_port

pytestmark = pytest.mark.browser

SHOTS = VAR / "screenshots"
AXE = STATIC / "vendor" / "axe-core" / "axe.min.js"
NEUTRAL = "https://www.bbc.co.uk/weather"
NEUTRAL_PAGE = "<!DOCTYPE html><html lang=en><title>BBC Weather</title><h1>Weather</h1></html>"


# ------------------------------------------------------------------ fixtures and helpers


@pytest.fixture(scope="module")
def chromium():
    if not AXE.exists():
        pytest.fail("no built assets: run `cd frontend && npm ci && npm run build`")
    with launch_chromium() as browser:
        yield browser


class Browser:
    """A fresh browser profile (own storage); records page errors and off-site requests."""

    def __init__(self, chromium, **options) -> None:
        self.context = chromium.new_context(viewport={"width": 1280, "height": 900}, **options)
        self.errors: list[str] = []
        self.requests: list[str] = []
        # The neutral site, served locally: tests never reach the internet.
        self.context.route("https://www.bbc.co.uk/**", lambda route: route.fulfill(
            status=200, content_type="text/html", body=NEUTRAL_PAGE))
        self.context.on("request", lambda r: self.requests.append(r.url))

    def page(self):
        page = self.context.new_page()
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        return page

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def browser(chromium) -> Iterator[Browser]:
    b = Browser(chromium)
    yield b
    b.close()


def chat_url(settings: Settings) -> str:
    return f"http://127.0.0.1:{settings.web_port}/"


def bot_count(page) -> int:
    return page.locator("#chat-messages .app-msg--bot").count()


def settle(page, before: int, timeout: float = 30) -> None:
    """Wait for the bot's answer to start, then for its messages to stop arriving."""
    deadline = time.monotonic() + timeout
    while bot_count(page) <= before:
        assert time.monotonic() < deadline, "no answer from the bot"
        time.sleep(0.05)
    count, quiet_since = bot_count(page), time.monotonic()
    while time.monotonic() - quiet_since < 0.6:
        time.sleep(0.05)
        now = bot_count(page)
        if now != count:
            count, quiet_since = now, time.monotonic()


def open_chat(b: Browser, url: str):
    from playwright.sync_api import expect

    page = b.page()
    page.goto(url)
    expect(page.locator("#chat")).to_have_attribute("data-connection", "connected", timeout=20_000)
    settle(page, 0)  # the greeting
    expect(page.locator("#chat-messages .app-msg--bot").first).to_contain_text("automated assistant")
    return page


def ask(page, text: str) -> None:
    before = bot_count(page)
    page.locator("#chat-input").fill(text)
    page.locator("#chat-input").press("Enter")
    settle(page, before)


def choose(page, title: str) -> None:
    before = bot_count(page)
    page.get_by_role("button", name=title, exact=True).click()
    settle(page, before)


def no_horizontal_scroll(page, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= width, f"scrolls sideways at {width}px"


def show_while_typing(page, message: str) -> None:
    """Scroll as a phone would be while typing: the message box at the bottom of the
    screen, and the conversation box showing `message` (a selector) at its top."""
    page.evaluate("""() => {
      const form = document.getElementById('chat-form').getBoundingClientRect()
      window.scrollBy(0, form.bottom - window.innerHeight + 16)
    }""")
    page.locator("#chat-log " + message).evaluate("""(message) => {
      const log = document.getElementById('chat-log')
      log.scrollTop += message.getBoundingClientRect().top - log.getBoundingClientRect().top - 8
    }""")


def last_bot_texts(page, n: int) -> str:
    return "\n".join(page.locator("#chat-messages .app-msg--bot").all_inner_texts()[-n:])


class CouncilSite:
    """A pretend council web page, served from 127.0.0.1 on its own port (its own origin)."""

    def __init__(self) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        site = self
        self.html = ""

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                body = site.html.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> "CouncilSite":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *_exc) -> None:
        self.server.shutdown()
        self.server.server_close()


# ------------------------------------------------------------------ conversations


@pytest.mark.server
def test_question_button_answer_and_history_after_reload(bot_servers: Settings, browser: Browser) -> None:
    from playwright.sync_api import expect

    SHOTS.mkdir(parents=True, exist_ok=True)
    page = open_chat(browser, chat_url(bot_servers))
    ask(page, "how much is the setting up home allowance")
    expect(page.locator("#chat-messages .app-msg--user").last).to_have_text(
        re.compile("how much is the setting up home allowance"))
    expect(page.locator("#chat-messages .app-msg--bot").last).to_contain_text("Which council looked after you?")
    choices = page.get_by_role("group", name="Answers you can choose").get_by_role("button")
    expect(choices).to_have_text(["North Northants", "West Northants", "Derby City"])
    expect(page.locator("#chat-announcer")).to_contain_text("Which council looked after you?")

    choose(page, "North Northants")
    expect(page.locator("#chat-messages .app-msg--user").last).to_have_text(re.compile("North Northants"))
    answer = last_bot_texts(page, 5)
    assert "£3,000" in answer and "North Northamptonshire Council" in answer, answer
    expect(page.locator("#chat-announcer")).to_contain_text("£3,000")
    # The used buttons go away; the answer brings its own follow-ups.
    expect(page.get_by_role("button", name="West Northants", exact=True)).to_have_count(0)
    expect(page.locator(".app-choices")).to_have_count(1)
    expect(page.locator(".app-choices").get_by_role("button")).to_have_text(
        ["Other councils", "What else can I get?", "Talk to a person"])
    expect(page.locator("#chat-typing")).to_be_hidden()
    expect(page.locator("#crisis-line")).to_be_in_viewport()

    page.screenshot(path=str(SHOTS / "chat-1280.png"), full_page=True)
    for width in (375, 320):
        # What a phone shows while typing: the message box in view, the answer above it.
        no_horizontal_scroll(page, width)
        show_while_typing(page, ".app-msg--user >> text=North Northants")
        expect(page.locator("#crisis-line")).to_be_in_viewport()
        expect(page.get_by_role("button", name="Emergency Exit this page")).to_be_in_viewport()
        page.screenshot(path=str(SHOTS / f"chat-{width}.png"))
    page.set_viewport_size({"width": 1280, "height": 900})

    # Reload: the conversation is still on screen, and Rasa still knows the council.
    before = page.locator("#chat-messages .app-msg").all_inner_texts()
    session = page.evaluate("sessionStorage.getItem('care-leavers-chat:session')")
    page.reload()
    expect(page.locator("#chat")).to_have_attribute("data-connection", "connected", timeout=20_000)
    assert page.locator("#chat-messages .app-msg").all_inner_texts() == before
    assert page.evaluate("sessionStorage.getItem('care-leavers-chat:session')") == session
    assert page.evaluate("sessionStorage.getItem('care-leavers-chat:transcript')")
    # The server chose the id, and the tab proved it with the token kept beside it (issue 17).
    assert session.startswith("web-") and page.evaluate("sessionStorage.getItem('care-leavers-chat:token')")
    ask(page, "what about council tax")
    answer = last_bot_texts(page, 5)
    assert "North Northamptonshire Council" in answer and "council tax" in answer.lower(), answer
    # Phone numbers in answers are phone links.
    ask(page, "whats the phone number for the leaving care team")
    expect(page.locator('#chat-messages a[href^="tel:01604"]').first).to_be_visible()
    assert not browser.errors, browser.errors
    assert all(u.startswith("http://127.0.0.1:") for u in browser.requests), browser.requests


@pytest.mark.server
def test_crisis_message_shows_the_contacts(bot_servers: Settings, browser: Browser) -> None:
    from playwright.sync_api import expect

    page = open_chat(browser, chat_url(bot_servers))
    page.set_viewport_size({"width": 375, "height": 800})
    ask(page, "i want to end it all")
    reply = page.locator("#chat-messages .app-msg--bot").filter(has_text="Samaritans").last
    expect(reply).to_contain_text("116 123")
    expect(reply).to_contain_text("85258")
    # Contacts as links a phone can use.
    expect(reply.locator('a[href="tel:116123"]')).to_have_text("116 123")
    expect(reply.locator('a[href="sms:85258?&body=SHOUT"]')).to_have_text("85258")
    expect(reply.locator('a[href="tel:111"]')).to_have_text("111")
    expect(reply.locator('a[href="tel:999"]')).to_have_text("999")
    expect(reply.locator("li")).to_have_count(4)  # the bot's "- " lines are a list
    expect(page.locator("#chat-announcer")).to_contain_text("Samaritans")
    expect(page.locator("#crisis-line")).to_be_in_viewport()
    show_while_typing(page, ".app-msg--user >> text=i want to end it all")
    page.screenshot(path=str(SHOTS / "chat-crisis-375.png"))

    # Keyboard only: from the message box, Shift+Tab goes back through the answers.
    expect(page.get_by_role("button", name="I'm safe for now")).to_be_visible()
    page.locator("#chat-input").focus()
    for _ in range(3):
        page.keyboard.press("Shift+Tab")
    expect(page.get_by_role("button", name="I'm safe for now")).to_be_focused()
    before = bot_count(page)
    page.keyboard.press("Enter")
    settle(page, before)
    expect(page.locator("#chat-messages .app-msg--bot").last).to_contain_text("glad you're safe")
    expect(page.locator("#chat-input")).to_be_focused()
    assert not browser.errors, browser.errors


@pytest.mark.server
def test_message_text_is_never_html(bot_servers: Settings, browser: Browser) -> None:
    from playwright.sync_api import expect

    page = open_chat(browser, chat_url(bot_servers))
    nasty = '<img src=x onerror="window.__pwned=1"><b>hi</b> see https://example.org/a?b=1.'
    ask(page, nasty)
    mine = page.locator("#chat-messages .app-msg--user").last
    expect(mine).to_contain_text('<img src=x onerror="window.__pwned=1"><b>hi</b>')
    assert page.locator("#chat-messages img, #chat-messages b").count() == 0
    assert page.evaluate("window.__pwned") is None
    link = mine.locator("a")
    expect(link).to_have_attribute("href", "https://example.org/a?b=1")  # the full stop is not in it
    expect(link).to_have_attribute("rel", "noopener noreferrer")


@pytest.mark.server
def test_exit_this_page_leaves_forgets_and_replaces_history(bot_servers: Settings, browser: Browser) -> None:
    from playwright.sync_api import expect

    before_url = f"http://127.0.0.1:{bot_servers.web_port}/healthz"  # "the page before"
    page = browser.page()
    page.goto(before_url)
    page.goto(chat_url(bot_servers))
    expect(page.locator("#chat")).to_have_attribute("data-connection", "connected", timeout=20_000)
    settle(page, 0)
    ask(page, "what is a personal adviser")
    old_session = page.evaluate("sessionStorage.getItem('care-leavers-chat:session')")

    page.get_by_role("button", name="Emergency Exit this page").click()
    page.wait_for_url(NEUTRAL)
    expect(page).to_have_title("BBC Weather")
    # Back does not return to the chat: its history entry was replaced.
    page.go_back()
    page.wait_for_url(before_url)

    # The chat was forgotten: a new, empty conversation.
    page.goto(chat_url(bot_servers))
    expect(page.locator("#chat")).to_have_attribute("data-connection", "connected", timeout=20_000)
    settle(page, 0)
    texts = page.locator("#chat-messages .app-msg").all_inner_texts()
    assert len(texts) == 1 and "automated assistant" in texts[0], texts
    assert page.evaluate("sessionStorage.getItem('care-leavers-chat:session')") != old_session

    # Shift pressed three times does the same, even while typing.
    page.locator("#chat-input").fill("something private")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)
    page.go_back()
    page.wait_for_url(before_url)


@pytest.mark.server
def test_axe_finds_no_serious_problems(bot_servers: Settings, chromium) -> None:
    """axe-core (from npm, built into static/vendor) on the page with a conversation."""
    b = Browser(chromium, bypass_csp=True)  # so the test can inject axe-core
    try:
        page = open_chat(b, chat_url(bot_servers))
        ask(page, "how much is the setting up home allowance")  # buttons on screen
        results = {}
        for width in (1280, 320):
            page.set_viewport_size({"width": width, "height": 800})
            if page.evaluate("typeof window.axe") != "object":
                page.add_script_tag(path=str(AXE))
            results[width] = page.evaluate("async () => await axe.run(document)")
    finally:
        b.close()
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "axe.json").write_text(json.dumps(
        {w: {k: r[k] for k in ("violations", "incomplete", "testEngine")} for w, r in results.items()},
        indent=2))
    lines, bad = [], []
    for width, result in results.items():
        lines.append(f"axe-core {result['testEngine']['version']} at {width}px: "
                     f"{len(result['passes'])} rules passed, {len(result['violations'])} violations, "
                     f"{len(result['incomplete'])} to check by hand")
        for v in result["violations"]:
            lines.append(f"  {v['impact']}: {v['id']} ({len(v['nodes'])} elements): {v['help']}")
            if v["impact"] in ("serious", "critical"):
                bad.append((width, v["id"], [n["target"] for n in v["nodes"]]))
        for v in result["incomplete"]:
            lines.append(f"  to check: {v['id']}: {v['help']}")
    (SHOTS / "axe.txt").write_text("\n".join(lines) + "\n")
    print("\n" + "\n".join(lines))
    assert not bad, bad


@pytest.mark.server
def test_send_to_answer_time_over_20_questions(bot_servers: Settings, browser: Browser) -> None:
    questions = [
        "how much is the setting up home allowance", "do I have to pay council tax",
        "can I get help with driving lessons", "is there a bursary for university",
        "what is a personal adviser", "can I get a laptop", "what help is there for college",
        "how do I see my care records", "how do I make a complaint", "what is a pathway plan",
        "can I get help with rent", "hello", "thanks", "what can you do",
        "can I get help with health costs", "is there help finding a job",
        "is there an apprenticeship bursary", "what is staying put",
        "how do I contact the leaving care team", "what can I get",
    ]
    page = open_chat(browser, chat_url(bot_servers))
    ask(page, "I was in care with Derby City Council")
    # Times are taken in the page: Send pressed (form submit) to the first answer drawn.
    page.evaluate("""() => {
      window.__latency = []
      let sent = null
      document.getElementById('chat-form').addEventListener('submit', () => { sent = performance.now() }, true)
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (sent !== null && node.classList && node.classList.contains('app-msg--bot')) {
              window.__latency.push(performance.now() - sent)
              sent = null
            }
          }
        }
      }).observe(document.getElementById('chat-messages'), { childList: true })
    }""")
    for question in questions:
        ask(page, question)
    latencies = page.evaluate("window.__latency")
    assert len(latencies) == 20, latencies
    p50 = statistics.median(latencies)
    p90 = sorted(latencies)[int(0.9 * len(latencies)) - 1]
    report = (f"Send pressed -> first answer on screen, {len(latencies)} questions (ms): "
              f"p50 {p50:.0f}, p90 {p90:.0f}, min {min(latencies):.0f}, max {max(latencies):.0f}\n"
              + "".join(f"  {ms:6.0f}  {q}\n" for q, ms in zip(questions, latencies)))
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "chat-latency.txt").write_text(report)
    print("\n" + report)
    assert p50 < 3000, report
    assert not browser.errors, browser.errors


# ------------------------------------------------------------------ without the shared servers


def test_friendly_message_when_the_server_cannot_be_reached(browser: Browser) -> None:
    from playwright.sync_api import expect

    from bot.web.app import create_app
    from bot.web.office import OfficeHours

    app = create_app({"rasa_port": free_port()}, office_hours=OfficeHours(lookup=lambda a, t: None))
    with AppThread(app) as server:
        page = browser.page()
        page.set_viewport_size({"width": 375, "height": 800})
        page.goto(server.url + "/")
        problem = page.locator("#chat-problem")
        expect(problem).to_be_visible(timeout=20_000)
        expect(problem).to_contain_text("can't connect right now")
        expect(problem.locator('a[href="tel:116123"]')).to_be_visible()
        expect(page.locator("#chat")).to_have_attribute("data-connection", "offline")
        # A message typed now stays on screen and waits; the typing dots show.
        page.locator("#chat-input").fill("hello?")
        page.locator("#chat-input").press("Enter")
        expect(page.locator("#chat-messages .app-msg--user")).to_have_text([re.compile("hello\\?")])
        expect(page.locator("#chat-typing")).to_be_visible()
        expect(page.locator("#crisis-line")).to_be_in_viewport()
        page.screenshot(path=str(SHOTS / "chat-offline-375.png"))
        no_horizontal_scroll(page, 320)


@pytest.mark.server
def test_readme_snippet_embeds_the_chat_in_a_council_page(bot_servers: Settings, browser: Browser,
                                                         monkeypatch) -> None:
    """The README's iframe snippet, on a (pretend) council site allowed by CHAT_EMBED_ORIGINS."""
    from playwright.sync_api import expect

    from bot.web.app import create_app
    from bot.web.office import OfficeHours

    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Website chat", 1)[1].split("\n## ", 1)[0]
    snippet = re.search(r"```html\n(.*?)```", section, re.S).group(1)
    council = CouncilSite()  # another origin (another port) on this machine
    monkeypatch.setenv("CHAT_EMBED_ORIGINS", council.url)
    app = create_app({"rasa_port": bot_servers.rasa_port}, office_hours=OfficeHours(lookup=lambda a, t: None))
    with AppThread(app) as server, council:
        council.html = ("<!DOCTYPE html><html lang=en><title>Care leavers | Council</title>"
                        "<h1>Leaving care</h1>" + snippet.replace("https://assistant.example.org", server.url))
        page = browser.page()
        page.goto(council.url + "/care-leavers")
        frame = page.frame_locator("iframe")
        expect(frame.locator("#chat")).to_have_attribute("data-connection", "connected", timeout=20_000)
        expect(frame.locator("#chat-messages .app-msg--bot").first).to_contain_text("automated assistant")
        expect(frame.locator("#crisis-line")).to_be_visible()
        frame.locator("#chat-input").fill("what is a personal adviser")
        frame.locator("#chat-input").press("Enter")
        expect(frame.locator("#chat-messages .app-msg--bot").nth(1)).to_be_visible(timeout=30_000)
        page.screenshot(path=str(SHOTS / "chat-embed.png"), full_page=True)
        # Exit leaves the council's page too, not just the frame.
        frame.get_by_role("button", name="Emergency Exit this page").click()
        page.wait_for_url(NEUTRAL)
