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
