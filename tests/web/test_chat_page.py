"""The chat page as HTML and headers (no browser, no Rasa): what must be there before any
JavaScript runs, and the Content-Security-Policy that lets it reach the Rasa server."""
from __future__ import annotations

import re

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.web.app import create_app
from bot.web.chat import ChatConfig
from bot.web.templating import STATIC


@pytest.fixture
def chat_env(monkeypatch):
    for name in ("CHAT_SOCKET_URL", "CHAT_EMBED_ORIGINS", "CHAT_EXIT_URL", "RASA_PORT"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


async def fetch(path: str, settings=None, headers=None):
    app = create_app(settings if settings is not None else {"rasa_port": 5999})
    async with TestClient(TestServer(app)) as client:
        response = await client.get(path, headers=headers or {})
        return response.status, await response.text(), response.headers


def directive(csp: str, name: str) -> str:
    found = re.search(rf"(?:^|; ){name} ([^;]*)", csp)
    assert found, f"no {name} in {csp}"
    return found.group(1)


async def test_page_has_the_safety_parts_without_javascript(chat_env):
    status, html, _headers = await fetch("/")
    assert status == 200
    # Crisis contacts in one short line, as links.
    line = re.search(r'<p class="app-crisis-line".*?</p>', html, re.S).group(0)
    assert 'href="tel:116123"' in line and "116&nbsp;123" in line
    assert 'href="sms:85258?&amp;body=SHOUT"' in line and "SHOUT" in line
    # GOV.UK's Exit this page, going to a neutral site, started by our own module.
    assert 'data-module="app-exit-this-page"' in html
    assert 'href="https://www.bbc.co.uk/weather"' in html
    assert "govuk-exit-this-page__button" in html and 'rel="nofollow noreferrer"' in html
    # Automated-assistant notice, privacy link, how to clear history.
    assert "This is an automated assistant, not a person." in html
    assert 'href="/privacy"' in html
    assert "delete it from your browser history" in html
    assert "deleted when you close the tab" in html
    # A live region for new messages, a labelled message box.
    assert 'id="chat-announcer" aria-live="polite"' in html
    assert re.search(r'<label class="govuk-label[^"]*" for="chat-input">', html)
    # With JavaScript off the page says how to get help, with the numbers as links.
    noscript = re.search(r"<noscript>.*?</noscript>", html, re.S).group(0)
    for href in ('tel:116123', 'sms:85258?&amp;body=SHOUT', 'tel:111', 'tel:999'):
        assert f'href="{href}"' in noscript, href
    # The message box knows the server's limit (it counts down to it, never cuts).
    assert 'data-max-chars="5000"' in html and "maxlength" not in html
    # The note for a phone number, email or address says how to delete the chat.
    assert "delete my chat" in re.search(r'id="chat-pii-text".*?</span>', html, re.S).group(0)
    # Libraries served from here, never a CDN; no inline scripts (the CSP forbids them).
    assert '<script src="/static/vendor/socket.io-client/socket.io.min.js"></script>' in html
    assert '<script type="module" src="/static/js/chat.js"></script>' in html
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert "https://cdn" not in html and "unpkg" not in html


async def test_csp_allows_the_rasa_socket_and_nothing_else(chat_env):
    _status, html, headers = await fetch("/")
    csp = headers["Content-Security-Policy"]
    assert directive(csp, "connect-src") == "'self' http://127.0.0.1:5999 ws://127.0.0.1:5999"
    assert directive(csp, "script-src") == "'self'"
    assert directive(csp, "frame-ancestors") == "'none'"
    assert headers["X-Frame-Options"] == "DENY"
    assert 'data-socket-url="http://127.0.0.1:5999"' in html
    assert 'data-socket-path="/socket.io"' in html


async def test_socket_url_follows_the_host_the_page_came_from(chat_env):
    _status, html, headers = await fetch("/", headers={"Host": "localhost:8080"})
    assert 'data-socket-url="http://localhost:5999"' in html
    assert "ws://localhost:5999" in headers["Content-Security-Policy"]


async def test_rasa_port_comes_from_the_environment(chat_env):
    chat_env.setenv("RASA_PORT", "6123")
    _status, html, _headers = await fetch("/", settings={})
    assert 'data-socket-url="http://127.0.0.1:6123"' in html


async def test_chat_socket_url_with_a_path_prefix(chat_env):
    chat_env.setenv("CHAT_SOCKET_URL", "https://chat.example.org/assistant/")
    _status, html, headers = await fetch("/")
    assert 'data-socket-url="https://chat.example.org"' in html
    assert 'data-socket-path="/assistant/socket.io"' in html
    assert directive(headers["Content-Security-Policy"], "connect-src") == (
        "'self' https://chat.example.org wss://chat.example.org")


def test_bad_settings_fail_at_start(chat_env):
    chat_env.setenv("CHAT_SOCKET_URL", "javascript:alert(1)")
    with pytest.raises(ValueError, match="CHAT_SOCKET_URL"):
        ChatConfig.from_settings({})
    chat_env.setenv("CHAT_SOCKET_URL", "")
    chat_env.setenv("CHAT_EMBED_ORIGINS", "*")
    with pytest.raises(ValueError, match="CHAT_EMBED_ORIGINS"):
        ChatConfig.from_settings({})


async def test_embed_page_may_be_framed_only_by_listed_sites(chat_env):
    chat_env.setenv("CHAT_EMBED_ORIGINS", "https://www.derby.gov.uk https://www.northnorthants.gov.uk/path")
    chat_env.setenv("CHAT_EXIT_URL", "https://www.google.co.uk/")
    status, html, headers = await fetch("/embed")
    assert status == 200
    assert directive(headers["Content-Security-Policy"], "frame-ancestors") == (
        "'self' https://www.derby.gov.uk https://www.northnorthants.gov.uk")
    assert "X-Frame-Options" not in headers
    # No service header or footer inside a council's page; Exit leaves the whole page.
    assert "govuk-service-navigation" not in html and "govuk-footer" not in html
    assert 'href="https://www.google.co.uk/"' in html and 'target="_top"' in html
    assert "This is an automated assistant, not a person." in html
    assert "116&nbsp;123" in html


async def test_other_pages_keep_the_strict_policy(chat_env):
    _status, _html, headers = await fetch("/healthz")
    assert directive(headers["Content-Security-Policy"], "connect-src") == "'self'"
    assert headers["X-Frame-Options"] == "DENY"


def test_build_put_the_libraries_in_static():
    """`cd frontend && npm ci && npm run build` (make assets) has run."""
    vendor = STATIC / "vendor"
    assert (vendor / "socket.io-client" / "socket.io.min.js").stat().st_size > 10_000
    assert (vendor / "axe-core" / "axe.min.js").stat().st_size > 100_000
    assert (vendor / "chat.css").stat().st_size > 1_000
    versions = (vendor / "VERSION").read_text()
    assert "socket.io-client 4." in versions and "axe-core 4." in versions


def test_message_limit_is_the_rest_channels():
    from bot.rasa.channels.rest import DEFAULT_MAX_MESSAGE_CHARS
    from bot.web.chat import MAX_MESSAGE_CHARS

    assert MAX_MESSAGE_CHARS == DEFAULT_MAX_MESSAGE_CHARS
