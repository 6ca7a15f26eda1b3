"""The queue and case pages, and claim / note / resolve / release over HTTP."""
from __future__ import annotations

import asyncio
import re

import pytest

from tests.triage.helpers import PASSWORD, write_tracker

ACTIONS = {
    "claim": {},
    "note": {"note": "Rang twice"},
    "resolve": {"outcome": "contacted", "note": "Spoke to them"},
    "release": {},
}


def row_ids(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'data-case-id="(\d+)"', html)]


async def test_queue_lists_visible_open_cases_most_severe_then_newest(store, clock, asha):
    info = store.raise_case("info", "opening hours", "derby_city", "rest", "u1")
    older_crisis = store.raise_case("crisis", "suicidal", "derby_city", "rest", "u0")
    clock.advance(minutes=12)
    crisis = store.raise_case("crisis", "suicidal", "derby_city", "rest", "u2")
    north = store.raise_case("crisis", "overdose", "north_northamptonshire", "rest", "u3")
    nobody = store.raise_case("urgent", "homeless tonight", None, "rest", "u4")
    # Claimed cases go below every unclaimed one: someone is already on it.
    bo = store.add_worker("bo", PASSWORD, ["derby_city"])
    assert store.claim(older_crisis, bo.id, ["derby_city"]).ok
    page = await asha.get("/duty/queue")
    assert page.status == 200
    assert row_ids(page.text) == [crisis, nobody, info, older_crisis]
    assert north not in row_ids(page.text)
    assert "Derby City Council" in page.text and "Council not known yet" in page.text
    assert "12 min ago" in page.text
    # Office open now: from the offer store (faked here), "Not known" when it cannot say.
    assert re.search(r'data-label="Office open now">Open<', page.text)
    assert "You cover: Derby City Council" in page.text
    rows = await asha.get("/duty/queue/rows")
    assert rows.status == 200 and row_ids(rows.text) == [crisis, nobody, info, older_crisis]
    assert "<html" not in rows.text


async def test_office_open_falls_back_to_not_known(store, asha):
    store.add_worker("nat", PASSWORD, ["north_northamptonshire", "west_northamptonshire"])
    store.raise_case("crisis", "x", "north_northamptonshire", "rest", "u1")
    store.raise_case("crisis", "x", "west_northamptonshire", "rest", "u2")  # the fake lookup raises
    b = asha.__class__(asha.server)
    try:
        await b.login("nat")
        text = (await b.get("/duty/queue")).text
        assert re.search(r'data-label="Office open now">Closed<', text)
        assert re.search(r'data-label="Office open now">Not known<', text)
    finally:
        await b.close()


async def test_empty_queue(asha):
    page = await asha.get("/duty/queue")
    assert "No cases are waiting." in page.text and 'id="case-count">0<' in page.text


async def test_case_page_shows_the_transcript_and_the_detectors_reason(store, asha, tmp_path):
    write_tracker(tmp_path / "tracker.db", "sender-1", [
        ("user", "hello", 1_700_000_000.0, None),
        ("bot", "Hi, I can help with what your council offers.", 1_700_000_001.0, None),
        ("user", "i want to die", 1_700_000_060.0,
         {"level": "crisis", "category": "suicidal", "reason": "suicidal.want_to_die"}),
    ])
    case_id = store.raise_case("crisis", "suicidal: suicidal.want_to_die", "derby_city", "rest", "sender-1")
    page = await asha.get(f"/duty/cases/{case_id}")
    assert page.status == 200
    # Why it was raised, in plain words: never the detector's code.
    assert re.search(r'app-reason-value">Said they want to die<', page.text)
    assert "suicidal.want_to_die" not in page.text and "suicidal:" not in page.text
    assert "Young person" in page.text and "Assistant" in page.text
    assert page.text.index("hello") < page.text.index("i want to die")
    assert "Crisis detector:</strong> Said they want to die" in page.text
    assert "not this conversation" not in page.text
    assert "Claim this case" in page.text
    assert "Raised by the assistant." in page.text
    assert store.audit_log()[-1]["action"] == "view_case"


async def test_case_page_without_a_tracker_store(store, asha):
    case_id = store.raise_case("crisis", "suicidal", "derby_city", "rest", "sender-1")
    page = await asha.get(f"/duty/cases/{case_id}")
    assert page.status == 200 and "The conversation store has no records yet." in page.text


async def test_everything_shown_is_escaped(store, asha, tmp_path):
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    write_tracker(tmp_path / "tracker.db", "s", [("user", evil, 1.0, None)])
    case_id = store.raise_case("crisis", evil, "derby_city", evil, "s", evil)
    csrf = await asha.csrf(f"/duty/cases/{case_id}")
    await asha.post(f"/duty/cases/{case_id}/note", {"csrf_token": csrf, "note": evil})
    for path in ("/duty/queue", "/duty/queue/rows", f"/duty/cases/{case_id}"):
        text = (await asha.get(path)).text
        assert "<script>alert" not in text and "<img src=x" not in text, path
        # The reason is a code, shown in plain words: an unknown one is never echoed.
        assert "A message the assistant treated as a crisis" in text, path
    text = (await asha.get(f"/duty/cases/{case_id}")).text
    assert "&lt;script&gt;" in text  # the message, the summary, the note: escaped


async def test_claim_note_resolve_flow(store, asha):
    case_id = store.raise_case("crisis", "suicidal", "derby_city", "rest", "u")
    path = f"/duty/cases/{case_id}"
    csrf = await asha.csrf(path)

    page = await asha.post(path + "/claim", {"csrf_token": csrf})
    assert page.status == 303 and page.location == path + "?done=claimed"
    page = await asha.get(page.location)
    assert "You have claimed this case." in page.text and "Claimed by you" in page.text
    assert "Resolve case" in page.text and "Release case" in page.text
    assert "Claimed by you" in (await asha.get("/duty/queue")).text

    page = await asha.post(path + "/note", {"csrf_token": csrf, "note": "Rang, no answer, left voicemail"})
    assert page.status == 303
    page = await asha.get(path)
    assert "Note from asha:" in page.text and "Rang, no answer, left voicemail" in page.text

    page = await asha.post(path + "/resolve", {"csrf_token": csrf, "note": "x"})
    assert page.status == 400 and "Select what happened." in page.text
    page = await asha.post(path + "/resolve", {"csrf_token": csrf, "outcome": "made_up"})
    assert page.status == 400
    page = await asha.post(path + "/resolve", {"csrf_token": csrf, "outcome": "no_answer",
                                               "note": "Will try again at 9"})
    assert page.status == 303 and page.location == path + "?done=resolved"
    page = await asha.get(page.location)
    assert "Resolved at" in page.text and "No answer" in page.text
    case = store.get_case(case_id)
    assert (case.status, case.outcome) == ("resolved", "no_answer")
    queue = await asha.get("/duty/queue")
    assert case_id not in row_ids(queue.text) and "Resolved recently" in queue.text

    page = await asha.post(path + "/claim", {"csrf_token": csrf})
    assert page.status == 409 and "already been resolved" in page.text

    actions = [e["action"] for e in store.audit_log(case_id=case_id)]
    assert actions[:3] == ["view_case", "claim", "view_case"]
    for action in ("note", "resolve", "claim_refused"):
        assert action in actions


async def test_release_puts_the_case_back(store, asha):
    case_id = store.raise_case("urgent", "homeless tonight", "derby_city", "rest", "u")
    path = f"/duty/cases/{case_id}"
    csrf = await asha.csrf(path)
    await asha.post(path + "/claim", {"csrf_token": csrf})
    page = await asha.post(path + "/release", {"csrf_token": csrf})
    assert page.status == 303 and page.location == path + "?done=released"
    assert store.get_case(case_id).status == "open"
    assert (await asha.post(path + "/release", {"csrf_token": csrf})).status == 409
    assert "release" in [e["action"] for e in store.audit_log(case_id=case_id)]


async def test_a_case_claimed_by_someone_else(store, asha, browser_factory):
    store.add_worker("ben", PASSWORD, ["derby_city"])
    ben = browser_factory()
    await ben.login("ben")
    case_id = store.raise_case("crisis", "suicidal", "derby_city", "rest", "u")
    path = f"/duty/cases/{case_id}"
    assert (await ben.post(path + "/claim", {"csrf_token": await ben.csrf(path)})).status == 303

    page = await asha.get(path)
    assert "ben has this case" in page.text and "Claim this case" not in page.text
    csrf = page.csrf
    for action in ("claim", "resolve", "release"):
        page = await asha.post(f"{path}/{action}", {"csrf_token": csrf, **ACTIONS[action]})
        assert page.status == 409, action
        assert "ben has already claimed this case." in page.text, action
    assert (await asha.post(path + "/note", {"csrf_token": csrf, "note": "I know them"})).status == 303
    case = store.get_case(case_id)
    assert case.status == "claimed" and case.assignee == "ben"


@pytest.mark.parametrize("action", list(ACTIONS))
@pytest.mark.parametrize("token", [None, "", "wrong-token"])
async def test_every_form_needs_the_sessions_csrf_token(store, asha, action, token):
    case_id = store.raise_case("crisis", "suicidal", "derby_city", "rest", "u")
    if action in ("resolve", "release"):
        store.claim(case_id, 1, ["derby_city"])
    before = (store.get_case(case_id), len(store.events(case_id)))
    data = dict(ACTIONS[action])
    if token is not None:
        data["csrf_token"] = token
    page = await asha.post(f"/duty/cases/{case_id}/{action}", data)
    assert page.status == 403
    assert (store.get_case(case_id), len(store.events(case_id))) == before
    assert store.audit_log()[-1]["action"] == "csrf_failure"


async def test_another_workers_csrf_token_does_not_work(store, asha, browser_factory):
    store.add_worker("ben", PASSWORD, ["derby_city"])
    ben = browser_factory()
    await ben.login("ben")
    case_id = store.raise_case("crisis", "suicidal", "derby_city", "rest", "u")
    page = await asha.post(f"/duty/cases/{case_id}/claim", {"csrf_token": await ben.csrf()})
    assert page.status == 403 and store.get_case(case_id).status == "open"


@pytest.mark.parametrize("action", list(ACTIONS))
async def test_another_authoritys_case_is_not_found(store, asha, action):
    case_id = store.raise_case("crisis", "overdose", "north_northamptonshire", "rest", "u")
    csrf = await asha.csrf()
    page = await asha.get(f"/duty/cases/{case_id}")
    assert page.status == 404 and "overdose" not in page.text
    page = await asha.post(f"/duty/cases/{case_id}/{action}", {"csrf_token": csrf, **ACTIONS[action]})
    assert page.status == 404
    case = store.get_case(case_id)
    assert case.status == "open" and len(store.events(case_id)) == 1
    denied = [e for e in store.audit_log(case_id=case_id) if e["action"] == "denied"]
    assert len(denied) == 2 and denied[0]["username"] == "asha"


async def test_missing_cases_are_not_found(asha):
    assert (await asha.get("/duty/cases/999")).status == 404
    assert (await asha.post("/duty/cases/999/claim", {"csrf_token": await asha.csrf()})).status == 404
    assert (await asha.get("/duty/cases/abc")).status == 404


async def test_notes_are_checked(store, asha):
    case_id = store.raise_case("crisis", "suicidal", "derby_city", "rest", "u")
    csrf = await asha.csrf()
    page = await asha.post(f"/duty/cases/{case_id}/note", {"csrf_token": csrf, "note": "   "})
    assert page.status == 400 and "Enter a note." in page.text
    page = await asha.post(f"/duty/cases/{case_id}/note", {"csrf_token": csrf, "note": "x" * 5001})
    assert page.status == 400 and "5000 characters or fewer" in page.text
    assert [e.kind for e in store.events(case_id)] == ["raised"]


async def test_concurrent_claims_over_http_have_exactly_one_winner(store, browser_factory):
    names = [f"worker{i}" for i in range(6)]
    browsers = []
    for name in names:
        store.add_worker(name, PASSWORD, ["derby_city"])
        b = browser_factory()
        await b.login(name)
        browsers.append(b)
    tokens = [await b.csrf() for b in browsers]
    for n in range(5):  # five people (one sender's repeats would update one case)
        case_id = store.raise_case("crisis", "suicidal", "derby_city", "rest", f"u{n}")
        pages = await asyncio.gather(*[
            b.post(f"/duty/cases/{case_id}/claim", {"csrf_token": t}) for b, t in zip(browsers, tokens)])
        statuses = sorted(p.status for p in pages)
        assert statuses == [303] + [409] * (len(names) - 1)
        winner = names[[p.status for p in pages].index(303)]
        assert store.get_case(case_id).assignee == winner
        losers = [p for p in pages if p.status == 409]
        assert all(f"{winner} has already claimed this case." in p.text for p in losers)


async def test_index_redirects_and_unknown_routes_404(asha):
    assert (await asha.get("/duty/")).location == "/duty/queue"
    page = await asha.get("/duty/nothing-here")
    assert page.status == 404 and "Page not found" in page.text
    assert (await asha.request("PUT", "/duty/queue")).status == 405


@pytest.mark.postgres
async def test_concurrent_claims_over_http_on_postgres(triage_pg_url):
    from aiohttp.test_utils import TestServer

    from bot.web.app import create_app
    from tests.triage.helpers import make_store
    from tests.web.conftest import Browser

    store = make_store(triage_pg_url)
    server = TestServer(create_app({}, store=store))
    await server.start_server()
    browsers = []
    try:
        for i in range(6):
            store.add_worker(f"worker{i}", PASSWORD, ["derby_city"])
            browsers.append(Browser(server))
            await browsers[-1].login(f"worker{i}")
        tokens = [await b.csrf() for b in browsers]
        for n in range(5):  # five people (one sender's repeats would update one case)
            case_id = store.raise_case("crisis", "suicidal", "derby_city", "rest", f"u{n}")
            pages = await asyncio.gather(*[
                b.post(f"/duty/cases/{case_id}/claim", {"csrf_token": t}) for b, t in zip(browsers, tokens)])
            assert sorted(p.status for p in pages) == [303] + [409] * 5
    finally:
        for b in browsers:
            await b.close()
        await server.close()
        store.dispose()


async def test_case_page_shows_what_the_young_person_saw_and_tapped(store, asha, tmp_path):
    """Rows written by Rasa's own tracker store: button taps read as the button's title,
    bot messages show their buttons, a duty worker's message shows their name, and nothing
    shows a payload, a detector code or 'unknown'."""
    from tests.triage.helpers import bot_says, save_with_rasa, says, tap

    await save_with_rasa(f"sqlite:///{tmp_path / 'tracker.db'}", "yp", [
        tap("/greet", "greet", stamp=1_700_000_000.0),
        bot_says("Which council looked after you?", [
            ("North Northamptonshire", '/inform_authority{"authority": "north_northamptonshire"}'),
            ("Derby City", '/inform_authority{"authority": "derby_city"}')], stamp=1_700_000_001.0),
        tap('/inform_authority{"authority": "derby_city"}', "inform_authority", {"authority": "derby_city"},
            1_700_000_010.0),
        says("i want to die", 1_700_000_060.0,
             {"level": "crisis", "category": "suicidal", "reason": "suicidal.want_to_die"}),
        bot_says("Hi, I'm Sam from the duty team.", stamp=1_700_000_100.0,
                 metadata={"sender": "person", "name": "Sam"}),
    ])
    case_id = store.raise_case("urgent", "homeless_tonight: homeless.rough", None, "rest", "yp")
    store.raise_case("crisis", "suicidal: suicidal.want_to_die", None, "rest", "yp")  # the same person again
    csrf = await asha.csrf(f"/duty/cases/{case_id}")
    await asha.post(f"/duty/cases/{case_id}/claim", {"csrf_token": csrf})  # to read it: no council yet
    page = await asha.get(f"/duty/cases/{case_id}")
    transcript = page.text.split('id="transcript-heading"')[1].split("</section>")[0]
    assert re.search(r'Tapped a button:</span> <span class="app-tapped">Derby City</span>', transcript)
    assert re.search(r'Tapped a button:</span> <span class="app-tapped">Chose: Hello</span>', transcript)
    assert transcript.count('class="app-button-shown"') == 2 and ">North Northamptonshire</li>" in transcript
    assert "<strong>Sam (duty worker)</strong>" in transcript
    assert "Crisis detector:</strong> Said they want to die" in transcript
    assert re.search(r'app-reason-value">Sleeping outside<', page.text)
    assert "The same person sent another crisis message: said they want to die." in page.text
    assert "Council not known yet — the young person hasn&#39;t said which council looked after them" in page.text
    for raw in ("/greet", "/inform_authority", "{&#34;", "homeless.rough", "suicidal.want_to_die", "unknown"):
        assert raw not in page.text.split("<main")[1], raw
