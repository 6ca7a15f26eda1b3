"""Taking over a chat from the case page, against a fake Rasa HTTP API: who may, CSRF,
audit (never the words), the live view, and the timers."""
from __future__ import annotations

import json

import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.triage.transcript import TranscriptReader
from bot.web.app import create_app
from bot.web.duty.takeover import HANDOFF, SWEEPER
from bot.web.office import OfficeHours
from tests.triage.helpers import PASSWORD, write_tracker
from tests.web.conftest import Browser, fake_office

SENDER = "web-" + "a" * 32


class FakeRasa:
    """Rasa's HTTP API as far as a takeover uses it: keeps every request."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, dict, object]] = []
        self.fail = False
        # As Rasa answers when the channel won't deliver a bot event (Messenger after 24 h):
        # calls carrying a bot event get this 500, and nothing is kept.
        self.refuse_bot_events: str | None = None
        app = web.Application()
        app.router.add_post("/conversations/{sender}/tracker/events", self.handle)
        app.router.add_post("/conversations/{sender}/execute", self.handle)
        self.server = TestServer(app)

    async def handle(self, request: web.Request) -> web.Response:
        if self.fail:
            return web.json_response({"error": "down"}, status=500)
        body = await request.json()
        if self.refuse_bot_events and any(e.get("event") == "bot" for e in body):
            return web.json_response({"version": "3.6.21", "status": "failure", "reason": "ConversationError",
                                      "message": f"An unexpected error occurred. Error: {self.refuse_bot_events}",
                                      "details": {}, "help": None, "code": 500}, status=500)
        self.calls.append((request.match_info["sender"], request.path.rsplit("/", 1)[-1],
                           dict(request.query), body))
        return web.json_response({})

    def events(self) -> list[dict]:
        return [e for _, path, _, body in self.calls if path == "events" for e in body]


@pytest_asyncio.fixture
async def rasa():
    fake = FakeRasa()
    await fake.server.start_server()
    yield fake
    await fake.server.close()


@pytest.fixture
def tracker(tmp_path):
    return write_tracker(tmp_path / "tracker.db", SENDER,
                         [("user", "i want to end it all", 1000.0, {"level": "crisis"}),
                          ("bot", "I'm really glad you told me.", 1001.0, None)])


@pytest_asyncio.fixture
async def app_server(store, tracker, rasa):
    app = create_app(
        {"poll_seconds": 0.05, "session_check_seconds": 0.2,
         "rasa_url": str(rasa.server.make_url("")).rstrip("/"), "rasa_api_token": "tok",
         "takeover_sweep_seconds": 3600},
        store=store, transcripts=TranscriptReader(tracker), office_hours=OfficeHours(lookup=fake_office),
    )
    server = TestServer(app)
    await server.start_server()
    yield server
    await server.close()


@pytest_asyncio.fixture
async def people(store, app_server):
    store.add_worker("asha", PASSWORD, ["derby_city"])
    store.add_worker("ben", PASSWORD, ["derby_city"])
    store.add_worker("nat", PASSWORD, ["north_northamptonshire"])
    made = {}
    for name in ("asha", "ben", "nat"):
        made[name] = Browser(app_server)
        await made[name].login(name)
    yield made
    for b in made.values():
        await b.close()


async def _take_over(b: Browser, case: int):
    token = (await b.get(f"/duty/cases/{case}")).csrf
    return await b.post(f"/duty/cases/{case}/takeover", {"csrf_token": token}), token


async def test_takeover_send_and_hand_back_through_rasas_api(store, people, rasa):
    case = store.raise_case("crisis", "suicidal", "derby_city", "socketio", SENDER)
    asha = people["asha"]
    page = await asha.get(f"/duty/cases/{case}")
    assert 'id="takeover-button"' in page.text and "Take over the chat" in page.text
    reply, token = await _take_over(asha, case)
    assert reply.status == 303 and reply.location.endswith("#takeover")
    # Taking over claimed the case and paused the bot with a line to the young person.
    assert store.get_case(case).assignee == "asha"
    pause, joined = rasa.events()
    assert pause == {"event": "pause"}
    assert joined["event"] == "bot" and joined["text"].startswith("asha, a duty worker, has joined the chat.")
    sender, _, query, _ = rasa.calls[0]
    assert sender == SENDER
    assert query == {"token": "tok", "output_channel": "latest", "execute_side_effects": "true"}

    page = await asha.get(f"/duty/cases/{case}")
    assert "You are talking with the young person" in page.text
    assert "Hi, I&#39;m asha, a duty worker. I&#39;ve read your messages. Are you safe right now?" in page.text
    assert 'id="handback-button"' in page.text
    sent = await asha.post(f"/duty/cases/{case}/takeover/message",
                           {"csrf_token": token, "text": "Hi, I'm Asha. Are you safe right now?"},
                           headers={"Accept": "application/json"})
    assert sent.status == 200 and json.loads(sent.text) == {"ok": True}
    said = rasa.events()[-1]
    assert said == {"event": "bot", "text": "Hi, I'm Asha. Are you safe right now?",
                    "metadata": {"sender": "person", "name": "asha"}}
    # Without JavaScript: a plain form post and a redirect back.
    plain = await asha.post(f"/duty/cases/{case}/takeover/message", {"csrf_token": token, "text": "Still here."})
    assert plain.status == 303
    empty = await asha.post(f"/duty/cases/{case}/takeover/message", {"csrf_token": token, "text": "  "})
    assert empty.status == 400 and "Write a message first." in empty.text

    back = await asha.post(f"/duty/cases/{case}/takeover/end", {"csrf_token": token})
    assert back.status == 303
    left, resume, listen = rasa.events()[-3:]
    assert left["text"] == "asha has left the chat. You are talking with the assistant again."
    assert resume == {"event": "resume"} and listen == {"event": "action", "name": "action_listen"}
    assert "Take over the chat" in (await asha.get(f"/duty/cases/{case}")).text

    audit = [(e["action"], e["detail"]) for e in store.audit_log(case_id=case)]
    actions = [a for a, _ in audit]
    for expected in ("claim", "takeover", "takeover_message", "handback"):
        assert expected in actions
    assert actions.count("takeover_message") == 2
    everything = json.dumps([d for _, d in audit])
    assert "safe right now" not in everything and "Still here" not in everything
    assert any('"length": 37' in json.dumps(d) for a, d in audit if a == "takeover_message")
    kinds = [e.kind for e in store.events(case)]
    assert "takeover" in kinds and "handback" in kinds


async def test_takeover_second_worker_sees_who_has_it_and_is_refused(store, people, rasa):
    case = store.raise_case("crisis", "suicidal", "derby_city", "socketio", SENDER)
    reply, _ = await _take_over(people["asha"], case)
    assert reply.status == 303
    ben = people["ben"]
    page = await ben.get(f"/duty/cases/{case}")
    assert "asha is already talking with this young person." in page.text
    assert 'id="takeover-button"' not in page.text and 'id="takeover-form"' not in page.text
    refused = await ben.post(f"/duty/cases/{case}/takeover", {"csrf_token": page.csrf})
    assert refused.status == 409 and "asha has claimed this case" in refused.text
    sent = await ben.post(f"/duty/cases/{case}/takeover/message", {"csrf_token": page.csrf, "text": "hello"})
    assert sent.status == 409
    ended = await ben.post(f"/duty/cases/{case}/takeover/end", {"csrf_token": page.csrf})
    assert ended.status == 409
    assert len(rasa.events()) == 2  # only asha's pause and joined line
    assert "takeover_refused" in [e["action"] for e in store.audit_log(case_id=case)]


async def test_takeover_is_404_for_another_council(store, people, rasa):
    case = store.raise_case("crisis", "suicidal", "derby_city", "socketio", SENDER)
    nat = people["nat"]
    token = await nat.csrf()
    for path in ("takeover", "takeover/message", "takeover/end"):
        page = await nat.post(f"/duty/cases/{case}/{path}", {"csrf_token": token, "text": "x"})
        assert page.status == 404
    assert (await nat.get(f"/duty/cases/{case}/takeover/live")).status == 404
    assert rasa.calls == []


async def test_takeover_refuses_a_post_without_the_csrf_token(store, people, rasa):
    case = store.raise_case("crisis", "suicidal", "derby_city", "socketio", SENDER)
    asha = people["asha"]
    for path in ("takeover", "takeover/message", "takeover/end"):
        page = await asha.post(f"/duty/cases/{case}/{path}", {"csrf_token": "wrong", "text": "x"})
        assert page.status == 403
    assert rasa.calls == [] and store.get_case(case).status == "open"
    assert "csrf_failure" in [e["action"] for e in store.audit_log()]


async def test_takeover_of_an_unknown_council_case_claims_it_first(store, people, rasa):
    case = store.raise_case("crisis", "suicidal", None, "socketio", SENDER)
    asha, ben = people["asha"], people["ben"]
    page = await asha.get(f"/duty/cases/{case}")
    assert 'id="takeover-button"' in page.text and 'id="takeover-messages"' not in page.text
    assert (await asha.get(f"/duty/cases/{case}/takeover/live")).status == 404
    reply, _ = await _take_over(asha, case)
    assert reply.status == 303 and store.get_case(case).assignee == "asha"
    assert (await asha.get(f"/duty/cases/{case}/takeover/live")).status == 200
    # Ben sees the summary only: nothing of the conversation, and no live view.
    page = await ben.get(f"/duty/cases/{case}")
    assert 'id="takeover-messages"' not in page.text
    assert (await ben.get(f"/duty/cases/{case}/takeover/live")).status == 404


async def test_takeover_when_rasa_is_down_nothing_is_held(store, people, rasa):
    case = store.raise_case("crisis", "suicidal", "derby_city", "socketio", SENDER)
    rasa.fail = True
    reply, _ = await _take_over(people["asha"], case)
    assert reply.status == 503 and "could not be reached" in reply.text
    assert people["asha"].server.app[HANDOFF].store.active(SENDER) is None


async def test_takeover_live_view_gives_new_messages_and_the_holder(store, people, rasa, tracker):
    case = store.raise_case("crisis", "suicidal", "derby_city", "socketio", SENDER)
    asha = people["asha"]
    everything = json.loads((await asha.get(f"/duty/cases/{case}/takeover/live?after=0")).text)
    assert [m["speaker"] for m in everything["messages"]] == ["user", "bot"]
    assert everything["messages"][0]["crisis"]["level"] == "crisis"
    assert everything["takeover"] is None
    page = await asha.get(f"/duty/cases/{case}")
    after = int(page.text.split('data-after="')[1].split('"')[0])
    assert after >= everything["after"]  # the newest event of any kind
    nothing = json.loads((await asha.get(f"/duty/cases/{case}/takeover/live?after={after}")).text)
    assert nothing["messages"] == []
    await _take_over(asha, case)
    held = json.loads((await people["ben"].get(f"/duty/cases/{case}/takeover/live?after={after}")).text)
    assert held["takeover"]["holder"] == "asha" and held["takeover"]["mine"] is False


async def test_takeover_live_view_says_when_the_young_person_is_typing(store, people, rasa, clock):
    case = store.raise_case("crisis", "suicidal", "derby_city", "socketio", SENDER)
    asha, ben = people["asha"], people["ben"]
    takeovers = asha.server.app[HANDOFF].store

    async def typing(who: Browser = asha) -> bool:
        return json.loads((await who.get(f"/duty/cases/{case}/takeover/live")).text)["typing"]

    assert takeovers.young_person_typing(SENDER) is False  # no takeover: nothing noted
    assert await typing() is False
    page = await asha.get(f"/duty/cases/{case}")
    assert 'id="takeover-typing" aria-live="polite"' in page.text
    await _take_over(asha, case)
    assert await typing() is False
    assert takeovers.young_person_typing(SENDER) is True
    assert await typing() is True and await typing(ben) is True  # whoever watches the case
    clock.advance(seconds=5)
    assert await typing() is True
    clock.advance(seconds=1)
    assert await typing() is False  # more than 5 s since the chat page said so
    assert takeovers.young_person_typing(SENDER) is True
    assert await typing() is True
    token = (await asha.get(f"/duty/cases/{case}")).csrf
    assert (await asha.post(f"/duty/cases/{case}/takeover/end", {"csrf_token": token})).status == 303
    assert await typing() is False  # handed back: no takeover, no "is typing"


async def test_takeover_timers_send_contacts_then_hand_back(store, people, rasa, clock):
    case = store.raise_case("urgent", "being hurt", "derby_city", "socketio", SENDER)
    await _take_over(people["asha"], case)
    app = people["asha"].server.app
    sweeper, takeovers = app[SWEEPER], app[HANDOFF].store
    takeovers.mark_crisis(SENDER, "crisis", "suicidal: want to die")
    assert store.get_case(case).severity == "crisis"
    alert = json.loads((await people["asha"].get(f"/duty/cases/{case}/takeover/live")).text)
    assert alert["takeover"]["alert"] == "crisis"
    clock.advance(seconds=119)
    assert await sweeper.sweep() == (0, 0)
    clock.advance(seconds=2)
    assert await sweeper.sweep() == (1, 0)
    assert rasa.calls[-1][1] == "execute" and rasa.calls[-1][3] == {"name": "utter_crisis"}
    assert await sweeper.sweep() == (0, 0)  # once
    clock.advance(minutes=13)
    assert await sweeper.sweep() == (0, 1)
    line, resume, _ = rasa.events()[-3:]
    assert line["text"].startswith("asha has had to step away. You are talking with the assistant again.")
    assert resume == {"event": "resume"}
    assert takeovers.active(SENDER) is None
    assert [e.kind for e in store.events(case)][-2:] == ["contacts_sent", "handback"]


async def test_takeover_ends_when_its_case_is_resolved(store, people, rasa):
    case = store.raise_case("crisis", "suicidal", "derby_city", "socketio", SENDER)
    _, token = await _take_over(people["asha"], case)
    resolved = await people["asha"].post(f"/duty/cases/{case}/resolve", {"csrf_token": token, "outcome": "contacted"})
    assert resolved.status == 303
    app = people["asha"].server.app
    assert await app[SWEEPER].sweep() == (0, 1)
    assert app[HANDOFF].store.active(SENDER) is None
    assert rasa.events()[-2] == {"event": "resume"}
    assert rasa.events()[-3]["text"] == "asha has left the chat. You are talking with the assistant again."


async def test_takeover_pressed_twice_is_still_the_same_takeover(store, people, rasa):
    case = store.raise_case("crisis", "suicidal", "derby_city", "socketio", SENDER)
    asha = people["asha"]
    first, token = await _take_over(asha, case)
    again = await asha.post(f"/duty/cases/{case}/takeover", {"csrf_token": token})
    assert (first.status, again.status) == (303, 303)
    assert len(rasa.events()) == 2  # one pause, one "has joined" line
    assert len(asha.server.app[HANDOFF].store.of_case(case)) == 1


async def test_takeover_hand_back_with_rasa_down_keeps_the_chat_held_until_it_works(store, people, rasa, clock):
    case = store.raise_case("crisis", "suicidal", "derby_city", "socketio", SENDER)
    _, token = await _take_over(people["asha"], case)
    app = people["asha"].server.app
    app[HANDOFF].store.mark_crisis(SENDER, "crisis", "x")
    rasa.fail = True
    refused = await people["asha"].post(f"/duty/cases/{case}/takeover/end", {"csrf_token": token})
    assert refused.status == 503
    assert app[HANDOFF].store.active(SENDER) is not None  # the bot is not left paused unheld
    clock.advance(minutes=20)
    assert await app[SWEEPER].sweep() == (0, 0)  # neither the contacts nor the hand-back got through
    assert app[HANDOFF].store.active(SENDER).crisis_at is not None
    rasa.fail = False
    assert await app[SWEEPER].sweep() == (1, 1)
    assert app[HANDOFF].store.active(SENDER) is None
    assert [e.kind for e in store.events(case)].count("handback") == 1


MESSENGER = "messenger-2718281828"
NOT_SENT = ("Not sent: this person last wrote on Messenger more than 24 hours ago (at 14:02 UTC on "
            "3 December 2026); Messenger won't deliver a message until they write again. Contact them "
            "another way.")


async def test_takeover_message_messenger_refused_shows_why_and_is_not_recorded(store, people, rasa, caplog):
    case = store.raise_case("crisis", "suicidal", "derby_city", "facebook", MESSENGER)
    asha = people["asha"]
    _, token = await _take_over(asha, case)
    app = asha.server.app
    before = len(rasa.calls)
    rasa.refuse_bot_events = NOT_SENT
    words = "Are you still there? I can call you."
    with caplog.at_level("DEBUG"):
        sent = await asha.post(f"/duty/cases/{case}/takeover/message", {"csrf_token": token, "text": words},
                               headers={"Accept": "application/json"})
    assert sent.status == 502
    assert json.loads(sent.text) == {"ok": False, "message": NOT_SENT}
    assert len(rasa.calls) == before
    assert app[HANDOFF].store.active(MESSENGER).last_worker_at is None  # not recorded as sent
    audit = [(e["action"], e["detail"]) for e in store.audit_log(case_id=case)]
    assert ("takeover_message_refused", {"takeover": app[HANDOFF].store.active(MESSENGER).id,
                                         "length": len(words), "reason": "not_delivered"}) in audit
    assert "takeover_message" not in [a for a, _ in audit]
    assert words not in caplog.text and "Traceback" not in caplog.text
    # Without JavaScript: the case page, with the same plain reason and no error details.
    page = await asha.post(f"/duty/cases/{case}/takeover/message", {"csrf_token": token, "text": words})
    assert page.status == 502
    assert "Not sent: this person last wrote on Messenger more than 24 hours ago" in page.text
    assert "unexpected error" not in page.text and "ConversationError" not in page.text


async def test_takeover_of_a_messenger_chat_past_its_window_says_why(store, people, rasa):
    case = store.raise_case("crisis", "suicidal", "derby_city", "facebook", MESSENGER)
    rasa.refuse_bot_events = NOT_SENT
    reply, _ = await _take_over(people["asha"], case)
    assert reply.status == 502 and "more than 24 hours ago" in reply.text
    assert people["asha"].server.app[HANDOFF].store.active(MESSENGER) is None


async def test_takeover_hand_back_messenger_refused_still_resumes_the_bot(store, people, rasa):
    case = store.raise_case("crisis", "suicidal", "derby_city", "facebook", MESSENGER)
    _, token = await _take_over(people["asha"], case)
    rasa.refuse_bot_events = NOT_SENT
    ended = await people["asha"].post(f"/duty/cases/{case}/takeover/end", {"csrf_token": token})
    assert ended.status == 303
    assert people["asha"].server.app[HANDOFF].store.active(MESSENGER) is None
    # The line to the young person could not go, but the bot answers again.
    assert rasa.events()[-2:] == [{"event": "resume"}, {"event": "action", "name": "action_listen"}]


async def test_takeover_other_rasa_500_is_not_shown_to_the_worker(store, people, rasa):
    case = store.raise_case("crisis", "suicidal", "derby_city", "facebook", MESSENGER)
    _, token = await _take_over(people["asha"], case)
    rasa.refuse_bot_events = "KeyError: 'sender' at line 3"
    sent = await people["asha"].post(f"/duty/cases/{case}/takeover/message", {"csrf_token": token, "text": "hi"},
                                     headers={"Accept": "application/json"})
    assert sent.status == 503
    assert json.loads(sent.text)["message"] == "The chat could not be reached just now. Nothing was sent. Try again in a minute."
