"""Every web test gets its own databases and spool file, and no notifier configured."""
from __future__ import annotations

import pytest

from tests.support.triage_fixtures import clock, store, triage_env, triage_pg_url  # noqa: F401
# The browser fixtures, for test_chat_mobile.py as well as the module that defines them.
from tests.web.test_chat_browser import browser, chromium  # noqa: F401


# ------------------------------------------------------------------ the web app under test

import re
from dataclasses import dataclass

import aiohttp
import pytest_asyncio
from aiohttp.test_utils import TestServer

from bot.triage.transcript import TranscriptReader
from bot.web.app import create_app
from bot.web.office import OfficeHours
from tests.triage.helpers import PASSWORD

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def fake_office(authority, at):
    return {"derby_city": True, "north_northamptonshire": False}[authority]


@dataclass
class Page:
    status: int
    text: str
    headers: dict
    cookies: list

    @property
    def csrf(self) -> str:
        found = CSRF.search(self.text)
        assert found, "no CSRF token on the page"
        return found.group(1)

    @property
    def location(self) -> str:
        return self.headers.get("Location", "")


class Browser:
    """One person's browser: its own cookie jar; redirects are not followed."""

    def __init__(self, server: TestServer) -> None:
        self.server = server
        self.session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.last: Page | None = None

    async def request(self, method: str, path: str, **kwargs) -> Page:
        async with self.session.request(method, self.server.make_url(path), allow_redirects=False,
                                        **kwargs) as response:
            text = await response.text()
            self.last = Page(response.status, text, dict(response.headers),
                             response.headers.getall("Set-Cookie", []))
            return self.last

    async def get(self, path: str, **kwargs) -> Page:
        return await self.request("GET", path, **kwargs)

    async def post(self, path: str, data: dict | None = None, **kwargs) -> Page:
        return await self.request("POST", path, data=data or {}, **kwargs)

    async def login(self, username: str, password: str = PASSWORD, expect: int = 303) -> Page:
        form = await self.get("/duty/login")
        page = await self.post("/duty/login", {"username": username, "password": password,
                                               "csrf_token": form.csrf})
        assert page.status == expect, page.text
        return page

    async def csrf(self, path: str = "/duty/queue") -> str:
        return (await self.get(path)).csrf

    async def close(self) -> None:
        await self.session.close()


@pytest.fixture
def tracker_url(tmp_path):
    return f"sqlite:///{tmp_path / 'tracker.db'}"


@pytest_asyncio.fixture
async def server(store, tracker_url):  # noqa: F811 - pytest fixtures by name
    app = create_app(
        {"poll_seconds": 0.05, "session_check_seconds": 0.2},
        store=store,
        transcripts=TranscriptReader(tracker_url),
        office_hours=OfficeHours(lookup=fake_office),
    )
    test_server = TestServer(app)
    await test_server.start_server()
    yield test_server
    await test_server.close()


@pytest_asyncio.fixture
async def browser_factory(server):
    browsers = []

    def make() -> Browser:
        browsers.append(Browser(server))
        return browsers[-1]

    yield make
    for b in browsers:
        await b.close()


@pytest_asyncio.fixture
async def asha(store, browser_factory):  # noqa: F811 - pytest fixtures by name
    """A signed-in worker covering Derby City."""
    store.add_worker("asha", PASSWORD, ["derby_city"])
    b = browser_factory()
    await b.login("asha")
    return b
