"""Signing in and out, sessions, CSRF, lockout and the pages a stranger cannot reach."""
from __future__ import annotations

import pytest

from tests.triage.helpers import PASSWORD

PROTECTED_GETS = ["/duty/queue", "/duty/cases/1"]
PROTECTED_POSTS = ["/duty/logout", "/duty/cases/1/claim", "/duty/cases/1/note",
                   "/duty/cases/1/resolve", "/duty/cases/1/release"]
API_GETS = ["/duty/queue/rows", "/duty/events"]


async def test_login_page(browser_factory):
    page = await browser_factory().get("/duty/login")
    assert page.status == 200
    assert "Sign in to the duty dashboard" in page.text
    assert '<label class="govuk-label" for="username">Username</label>' in page.text
    cookie = next(c for c in page.cookies if c.startswith("duty_login_csrf="))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/duty/login" in cookie


async def test_login_success_sets_a_strict_httponly_session_cookie(store, browser_factory):
    store.add_worker("asha", PASSWORD, ["derby_city"])
    b = browser_factory()
    page = await b.login("asha")
    assert page.location == "/duty/queue"
    cookie = next(c for c in page.cookies if c.startswith("duty_session="))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # plain http on localhost unless configured
    queue = await b.get("/duty/queue")
    assert queue.status == 200 and "Signed in as asha" in queue.text
    assert [e["action"] for e in store.audit_log()] == ["login_success"]


async def test_secure_cookies_when_configured(store, tracker_url):
    from aiohttp.test_utils import TestServer

    from bot.web.app import create_app
    from tests.web.conftest import Browser

    store.add_worker("asha", PASSWORD, ["derby_city"])
    server = TestServer(create_app({"secure_cookies": True}, store=store))
    await server.start_server()
    b = Browser(server)
    try:
        form = await b.get("/duty/login")
        assert any("Secure" in c for c in form.cookies)
        assert form.headers["Strict-Transport-Security"].startswith("max-age=")
        page = await b.post("/duty/login", {"username": "asha", "password": PASSWORD, "csrf_token": form.csrf},
                            headers={"Cookie": f"duty_login_csrf={form.csrf}"})
        assert page.status == 303
        cookie = next(c for c in page.cookies if c.startswith("__Host-duty_session="))
        assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    finally:
        await b.close()
        await server.close()


@pytest.mark.parametrize("username,password", [("asha", "wrong password"), ("nobody", PASSWORD), ("asha", "")])
async def test_bad_credentials_are_refused(store, browser_factory, username, password):
    store.add_worker("asha", PASSWORD, ["derby_city"])
    b = browser_factory()
    form = await b.get("/duty/login")
    page = await b.post("/duty/login", {"username": username, "password": password, "csrf_token": form.csrf})
    assert page.status in (400, 401)
    assert "There is a problem" in page.text
    assert not any(c.startswith("duty_session=") for c in page.cookies)
    assert (await b.get("/duty/queue")).status == 303
    if password:
        assert store.audit_log()[-1]["action"] == "login_failure"
        assert store.audit_log()[-1]["username"] == username


async def test_wrong_and_unknown_users_get_the_same_answer(store, browser_factory):
    store.add_worker("asha", PASSWORD, ["derby_city"])
    b = browser_factory()
    answers = []
    for username in ("asha", "nobody"):
        form = await b.get("/duty/login")
        page = await b.post("/duty/login", {"username": username, "password": "nope", "csrf_token": form.csrf})
        answers.append((page.status, page.text.replace(username, "NAME").replace(form.csrf, "T")))
    assert answers[0][0] == answers[1][0] == 401
    assert "The username or password is not right." in answers[0][1]


@pytest.mark.parametrize("token", [None, "", "forged-token"])
async def test_login_without_the_right_csrf_token_is_refused(store, browser_factory, token):
    store.add_worker("asha", PASSWORD, ["derby_city"])
    b = browser_factory()
    await b.get("/duty/login")
    data = {"username": "asha", "password": PASSWORD}
    if token is not None:
        data["csrf_token"] = token
    page = await b.post("/duty/login", data)
    assert page.status == 403
    assert not any(c.startswith("duty_session=") for c in page.cookies)
    assert store.audit_log()[-1]["action"] == "csrf_failure"


async def test_login_csrf_token_without_its_cookie_is_refused(store, browser_factory):
    store.add_worker("asha", PASSWORD, ["derby_city"])
    form = await browser_factory().get("/duty/login")
    stranger = browser_factory()  # a cross-site form post carries no cookie (SameSite=Strict)
    page = await stranger.post("/duty/login", {"username": "asha", "password": PASSWORD, "csrf_token": form.csrf})
    assert page.status == 403


async def test_lockout_after_five_failures(store, browser_factory, clock):
    store.add_worker("asha", PASSWORD, ["derby_city"])
    b = browser_factory()
    statuses = []
    for _ in range(5):
        form = await b.get("/duty/login")
        statuses.append((await b.post("/duty/login", {"username": "asha", "password": "bad",
                                                      "csrf_token": form.csrf})).status)
    assert statuses == [401, 401, 401, 401, 429]
    form = await b.get("/duty/login")
    page = await b.post("/duty/login", {"username": "asha", "password": PASSWORD, "csrf_token": form.csrf})
    assert page.status == 429 and "Too many failed sign-in attempts" in page.text
    assert store.audit_log()[-1]["action"] == "login_locked"
    clock.advance(minutes=15, seconds=1)
    await b.login("asha")


async def test_every_protected_page_needs_a_session(store, browser_factory):
    store.raise_case("crisis", "suicidal", "derby_city", "rest", "u")
    b = browser_factory()
    for path in PROTECTED_GETS:
        page = await b.get(path)
        assert page.status == 303 and page.location.startswith("/duty/login"), path
    assert (await b.get("/duty/cases/1")).location == "/duty/login?next=/duty/cases/1"
    for path in PROTECTED_POSTS:
        page = await b.post(path, {"csrf_token": "x", "outcome": "contacted", "note": "n"})
        assert page.status == 303 and page.location.startswith("/duty/login"), path
    for path in API_GETS:
        assert (await b.get(path)).status == 401, path
    assert store.get_case(1).status == "open"


async def test_a_forged_session_cookie_is_refused(store, browser_factory):
    b = browser_factory()
    page = await b.get("/duty/queue", headers={"Cookie": "duty_session=made-up"})
    assert page.status == 303 and page.location == "/duty/login?expired=1"


async def test_an_idle_session_expires(asha, clock):
    assert (await asha.get("/duty/queue")).status == 200
    clock.advance(minutes=31)
    page = await asha.get("/duty/queue")
    assert page.status == 303 and page.location == "/duty/login?expired=1"
    assert any(c.startswith('duty_session=""') for c in page.cookies)
    login = await asha.get("/duty/login?expired=1")
    assert "Your session has ended" in login.text


async def test_a_session_ends_after_eight_hours_however_busy(asha, clock):
    for _ in range(16):
        clock.advance(minutes=29)
        assert (await asha.get("/duty/queue")).status == 200
    clock.advance(minutes=20)
    assert (await asha.get("/duty/queue")).status == 303


async def test_logout_needs_the_csrf_token_then_ends_the_session(store, asha):
    cookie = next(c for c in asha.session.cookie_jar if c.key == "duty_session").value
    assert (await asha.post("/duty/logout", {})).status == 403
    assert (await asha.post("/duty/logout", {"csrf_token": "wrong"})).status == 403
    assert (await asha.get("/duty/queue")).status == 200
    page = await asha.post("/duty/logout", {"csrf_token": await asha.csrf()})
    assert page.status == 303 and page.location == "/duty/login?signed_out=1"
    assert (await asha.get("/duty/queue")).status == 303
    # The old cookie is dead on the server, not just deleted in the browser.
    replay = await asha.get("/duty/queue", headers={"Cookie": f"duty_session={cookie}"})
    assert replay.status == 303
    assert [e["action"] for e in store.audit_log()][-1] == "logout"


async def test_signing_in_always_makes_a_new_session_token(store, browser_factory):
    """No session fixation: a cookie planted before sign-in is never adopted."""
    store.add_worker("asha", PASSWORD, ["derby_city"])
    b = browser_factory()
    form = await b.get("/duty/login")
    page = await b.post("/duty/login", {"username": "asha", "password": PASSWORD, "csrf_token": form.csrf},
                        headers={"Cookie": f"duty_session=planted-by-attacker; duty_login_csrf={form.csrf}"})
    [set_cookie] = [c for c in page.cookies if c.startswith("duty_session=")]
    token = set_cookie.split(";")[0].split("=", 1)[1]
    assert token != "planted-by-attacker" and len(token) >= 40
    stranger = browser_factory()
    assert (await stranger.get("/duty/queue", headers={"Cookie": "duty_session=planted-by-attacker"})).status == 303


@pytest.mark.parametrize("target,expected", [
    ("/duty/cases/5", "/duty/cases/5"),
    ("//evil.example/duty/", "/duty/queue"),
    ("https://evil.example/duty/queue", "/duty/queue"),
    ("/elsewhere", "/duty/queue"),
    ("/duty/login", "/duty/queue"),
    ("/\\evil.example", "/duty/queue"),
])
async def test_no_open_redirect_after_login(store, browser_factory, target, expected):
    store.add_worker("asha", PASSWORD, ["derby_city"])
    b = browser_factory()
    form = await b.get("/duty/login")
    page = await b.post("/duty/login", {"username": "asha", "password": PASSWORD,
                                        "csrf_token": form.csrf, "next": target})
    assert page.location == expected


async def test_signed_in_worker_visiting_login_goes_to_the_queue(asha):
    page = await asha.get("/duty/login")
    assert page.status == 303 and page.location == "/duty/queue"
