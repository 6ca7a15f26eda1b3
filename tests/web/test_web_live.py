"""Live updates (server-sent events), static files, the alert sound and security headers."""
from __future__ import annotations

import asyncio
import io
import json
import wave

import pytest

from bot.triage import spool
from bot.web.duty import BROADCASTER
from bot.web.security import CSP
from tests.triage.helpers import PASSWORD


async def read_events(response, want: int, timeout: float = 10.0) -> list[tuple[str, dict]]:
    """Read server-sent events until `want` named events have arrived."""
    events: list[tuple[str, dict]] = []
    name, data = None, None

    async def read():
        nonlocal name, data
        while len(events) < want:
            line = (await response.content.readline()).decode().rstrip("\n")
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data = json.loads(line[6:])
            elif line == "" and name:
                events.append((name, data))
                name, data = None, None

    await asyncio.wait_for(read(), timeout)
    return events


async def test_new_cases_arrive_on_the_event_stream(store, asha):
    async with asha.session.get(asha.server.make_url("/duty/events")) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/event-stream")
        assert response.headers["Content-Security-Policy"] == CSP
        [(name, _)] = await read_events(response, 1)
        assert name == "hello"
        other = await asyncio.to_thread(store.raise_case, "crisis", "x", "north_northamptonshire", "rest", "u2")
        case_id = await asyncio.to_thread(store.raise_case, "crisis", "suicidal", "derby_city", "rest", "u")
        [(name, data)] = await read_events(response, 1)
    assert name == "case"
    assert data == {"kind": "raised", "case_id": case_id, "severity": "crisis", "severity_label": "Crisis",
                    "authority_name": "Derby City Council", "status": "open"}
    assert other != case_id


async def test_claims_by_others_arrive_too(store, asha):
    worker = store.add_worker("ben", PASSWORD, ["derby_city"])
    case_id = store.raise_case("urgent", "homeless tonight", "derby_city", "rest", "u")
    async with asha.session.get(asha.server.make_url("/duty/events")) as response:
        await read_events(response, 1)
        await asyncio.to_thread(store.claim, case_id, worker.id, ["derby_city"])
        [(name, data)] = await read_events(response, 1)
        if data["kind"] == "raised":  # the poller had not seen the case before we connected
            [(name, data)] = await read_events(response, 1)
    assert (name, data["kind"], data["status"]) == ("case", "claimed", "claimed")


async def test_the_stream_says_when_the_session_has_expired(asha, clock):
    async with asha.session.get(asha.server.make_url("/duty/events")) as response:
        await read_events(response, 1)
        clock.advance(minutes=31)
        [(name, _)] = await read_events(response, 1)
    assert name == "expired"


async def test_the_stream_does_not_keep_a_session_alive(asha, clock):
    async with asha.session.get(asha.server.make_url("/duty/events")) as response:
        await read_events(response, 1)
        for _ in range(4):
            clock.advance(minutes=10)
            await asyncio.sleep(0.3)
        assert (await asha.get("/duty/queue/rows")).status == 401


async def test_spooled_cases_are_recovered_by_the_dashboard(store, asha, monkeypatch):
    monkeypatch.setenv("TRIAGE_DB_URL", store.url)
    spool.append({"severity": "crisis", "reason": "suicidal: suicidal.want_to_die",
                  "authority": "derby_city", "channel": "rest", "sender_id": "s"})
    # The dashboard replays on start and then every 10 s: restart its poller's clock.
    broadcaster = asha.server.app[BROADCASTER]
    await broadcaster._replay_spool()
    assert spool.pending() == 0
    [case] = store.queue(["derby_city"])
    assert case.reason == "suicidal: suicidal.want_to_die"
    text = (await asha.get("/duty/queue")).text
    assert f'data-case-id="{case.id}"' in text and "Said they want to die" in text


async def test_alert_sound_is_a_short_wav(browser_factory):
    page_bytes = None
    b = browser_factory()
    async with b.session.get(b.server.make_url("/duty/alert.wav")) as response:
        assert response.status == 200 and response.headers["Content-Type"] == "audio/wav"
        page_bytes = await response.read()
    with wave.open(io.BytesIO(page_bytes)) as sound:
        seconds = sound.getnframes() / sound.getframerate()
    assert 0.3 < seconds < 2


@pytest.mark.parametrize("path", ["/static/js/duty-queue.js", "/static/js/body-class.js", "/static/js/govuk-init.js"])
async def test_our_scripts_are_served_as_javascript_with_the_headers(browser_factory, path):
    b = browser_factory()
    async with b.session.get(b.server.make_url(path)) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/javascript")
        assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path,status", [("/duty/login", 200), ("/duty/queue", 303), ("/duty/nope", 404),
                                         ("/static/favicon.svg", 200), ("/static/nope.css", 404)])
async def test_security_headers_on_every_response(browser_factory, path, status):
    page = await browser_factory().get(path)
    assert page.status == status
    h = page.headers
    assert h["Content-Security-Policy"] == CSP
    assert "frame-ancestors 'none'" in CSP and "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert h["X-Content-Type-Options"] == "nosniff"
    assert h["Referrer-Policy"] == "no-referrer"
    assert h["X-Frame-Options"] == "DENY"
    if path.startswith("/duty/"):
        assert h["Cache-Control"] == "no-store"


async def test_pages_have_no_inline_scripts_or_styles(store, asha):
    case_id = store.raise_case("crisis", "x", "derby_city", "rest", "u")
    for path in ("/duty/queue", f"/duty/cases/{case_id}", "/duty/nope"):
        text = (await asha.get(path)).text
        for tag in text.split("<script")[1:]:
            assert tag.split(">")[0].strip().startswith(("src=", 'type="module" src=')), path
        assert "<style" not in text and " style=" not in text and " onclick=" not in text
