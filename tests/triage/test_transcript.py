"""Reading a conversation from Rasa's SQL tracker store, read-only."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import create_engine, text

from bot.triage.transcript import TranscriptReader
from tests.triage.helpers import write_tracker

VERDICT = {"level": "crisis", "category": "suicidal", "reason": "phrase: want to die"}


def test_reads_user_and_bot_messages_in_order_with_times(tmp_path):
    url = write_tracker(tmp_path / "tracker.db", "sender-1", [
        ("user", "hi", 1_700_000_000.0, None),
        ("bot", "Hello! How can I help?", 1_700_000_001.0, None),
        ("user", "i want to die", 1_700_000_060.0, VERDICT),
        ("bot", "I'm really glad you told me. Samaritans: 116 123", 1_700_000_061.0, None),
    ])
    reader = TranscriptReader(url)
    transcript = reader.read("sender-1")
    reader.dispose()
    assert transcript.available and transcript.note == ""
    assert [(m.speaker, m.text) for m in transcript.messages] == [
        ("user", "hi"), ("bot", "Hello! How can I help?"), ("user", "i want to die"),
        ("bot", "I'm really glad you told me. Samaritans: 116 123")]
    assert transcript.messages[0].at == datetime.fromtimestamp(1_700_000_000, tz=timezone.utc)
    assert transcript.messages[2].crisis == VERDICT and transcript.messages[0].crisis is None


def test_long_conversations_are_cut_to_the_latest(tmp_path):
    url = write_tracker(tmp_path / "tracker.db", "s", [("user", f"m{i}", float(i), None) for i in range(30)])
    transcript = TranscriptReader(url).read("s", limit=10)
    assert [m.text for m in transcript.messages] == [f"m{i}" for i in range(20, 30)]
    assert "last 10" in transcript.note


def test_unknown_sender_and_missing_store(tmp_path):
    url = write_tracker(tmp_path / "tracker.db", "s", [("user", "hi", 1.0, None)])
    assert TranscriptReader(url).read("nobody").messages == ()
    assert not TranscriptReader(url).read("").available
    missing = tmp_path / "missing.db"
    transcript = TranscriptReader(f"sqlite:///{missing}").read("s")
    assert not transcript.available and not missing.exists()


def test_a_broken_store_is_reported_not_raised(tmp_path):
    (tmp_path / "empty.db").write_bytes(b"")  # a SQLite file with no events table
    transcript = TranscriptReader(f"sqlite:///{tmp_path / 'empty.db'}").read("s")
    assert not transcript.available and "could not be read" in transcript.note


def test_the_tracker_store_is_opened_read_only(tmp_path):
    url = write_tracker(tmp_path / "tracker.db", "s", [("user", "hi", 1.0, None)])
    reader = TranscriptReader(url)
    reader.read("s")
    with pytest.raises(Exception, match="readonly"):
        with reader._get_engine().begin() as connection:
            connection.execute(text("DELETE FROM events"))
    reader.dispose()
    check = create_engine(url)
    with check.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM events")).scalar() > 0
    check.dispose()


# ------------------------------------------------------------------ what the young person saw and tapped
# The rows here are written by Rasa's own SQLTrackerStore (tests.triage.helpers.save_with_rasa),
# exactly as the running bot stores a conversation.

from rasa.shared.core.events import ActionExecuted  # noqa: E402

from bot.triage.transcript import describe_payload  # noqa: E402
from tests.triage.helpers import bot_says, save_with_rasa, says, tap  # noqa: E402

COUNCILS = [("North Northamptonshire", '/inform_authority{"authority": "north_northamptonshire"}'),
            ("West Northamptonshire", '/inform_authority{"authority": "west_northamptonshire"}'),
            ("Derby City", '/inform_authority{"authority": "derby_city"}'),
            ("I'm not sure", "/dont_know")]


async def test_button_taps_show_the_title_the_young_person_tapped(tmp_path):
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    await save_with_rasa(url, "yp", [
        ActionExecuted("action_listen"),
        tap("/greet", "greet", stamp=100.0),
        bot_says("Hi! What would you like to know?", [("Setting up home", '/ask_offer{"topic": "setting_up_home_allowance"}'),
                                                      ("Talk to a person", "/request_human")], stamp=101.0),
        tap('/ask_offer{"topic": "setting_up_home_allowance"}', "ask_offer",
            {"topic": "setting_up_home_allowance"}, stamp=110.0),
        bot_says("Which council looked after you?", stamp=111.0),
        bot_says(None, COUNCILS, stamp=111.5),  # buttons alone, in a second message
        tap('/inform_authority{"authority": "derby_city"}', "inform_authority", {"authority": "derby_city"}, 120.0),
        bot_says("Derby City Council gives £2,000.", stamp=121.0),
        # A payload no bot message offered just before (an old button scrolled up the page).
        tap('/inform_authority{"authority": "derby_city"}', "inform_authority", {"authority": "derby_city"}, 130.0),
        tap("/request_human", "request_human", stamp=140.0),
        says("i want to die", 150.0, {"level": "crisis", "category": "suicidal", "reason": "suicidal.want_to_die"}),
    ])
    transcript = TranscriptReader(url).read("yp")
    rows = [(m.speaker, m.text, m.tapped, m.buttons) for m in transcript.messages]
    assert rows == [
        ("user", "Chose: Hello", True, ()),  # /greet with no buttons before it: described
        ("bot", "Hi! What would you like to know?", False, ("Setting up home", "Talk to a person")),
        ("user", "Setting up home", True, ()),
        ("bot", "Which council looked after you?", False, ()),
        ("bot", "", False, ("North Northamptonshire", "West Northamptonshire", "Derby City", "I'm not sure")),
        ("user", "Derby City", True, ()),
        ("bot", "Derby City Council gives £2,000.", False, ()),
        ("user", "Chose: Derby City Council", True, ()),
        ("user", "Chose: Talk to a person", True, ()),
        ("user", "i want to die", False, ()),
    ]
    assert not any(m.text.startswith("/") or "{" in m.text for m in transcript.messages)
    assert transcript.messages[-1].crisis["category"] == "suicidal"


async def test_a_duty_workers_message_is_theirs_not_the_assistants(tmp_path):
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    await save_with_rasa(url, "yp", [
        says("i want to die", 100.0),
        bot_says("I'm really glad you told me.", stamp=101.0),
        bot_says("Hi, I'm Sam, a duty worker. Are you safe right now?", stamp=200.0,
                 metadata={"sender": "person", "name": "Sam"}),
        says("yes i'm at my mate's", 210.0),
    ])
    messages = TranscriptReader(url).read("yp").messages
    assert [(m.speaker, m.name) for m in messages] == [("user", ""), ("bot", ""), ("person", "Sam"), ("user", "")]


@pytest.mark.parametrize("payload, entities, words", [
    ('/inform_authority{"authority": "derby_city"}', None, "Chose: Derby City Council"),
    ("/inform_authority", [{"entity": "authority", "value": "north_northamptonshire"}],
     "Chose: North Northamptonshire Council"),
    ('/ask_offer{"topic": "council_tax"}', None, "Chose: Council tax"),
    ("/affirm", None, "Chose: Yes"),
    ("/some_new_intent", None, "Chose: Some new intent"),
    ("/ask_offer@0.9", None, "Chose: Ask offer"),
    ('/ask_offer{"topic": broken', None, None),
    ("hello", None, None),
    ("/", None, None),
])
def test_payloads_are_described_in_words(payload, entities, words):
    assert describe_payload(payload, entities) == words
