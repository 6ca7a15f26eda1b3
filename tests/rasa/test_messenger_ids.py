"""Issue 17: Messenger conversations stored before the `messenger-` ids get the new ids
(`python -m bot migrate-messenger-ids`), in the events table and the triage cases; REST and
website conversations are never touched; a dry run changes nothing; twice is once."""
from __future__ import annotations

import uuid

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from sqlalchemy import create_engine, select, update

from bot.__main__ import main
from bot.rasa import messenger_ids
from bot.rasa.events import events_table
from bot.rasa.tracker_store import PrivacySQLTrackerStore
from bot.triage.cases import CaseStore
from bot.triage.models import Case
from tests.support.postgres import create_database

# sender id: the channels of its user messages, in order (None: a message with no channel)
CONVERSATIONS = {
    "1234567890": ["facebook", "facebook"],  # old Messenger: renamed
    "2222": ["facebook"],  # old Messenger, and the person wrote again since: joined
    "messenger-2222": ["facebook"],
    "messenger-555": ["facebook"],  # already new
    "rest-caller": ["rest"],  # never touched
    "web-" + "a" * 32: ["socketio"],
    "3333": ["facebook", "rest"],  # mixed: left alone
    "cmdline-9": [None],
}


async def _store_conversations(url: str) -> None:
    store = SQLTrackerStore(Domain.empty(), host=url)
    try:
        for sender, channels in CONVERSATIONS.items():
            tracker = await store.get_or_create_tracker(sender)
            for n, channel in enumerate(channels):
                tracker.update(UserUttered(f"{sender} message {n}", input_channel=channel))
                tracker.update(ActionExecuted("utter_greet"))
                tracker.update(BotUttered(f"reply {n} to {sender}"))
                tracker.update(ActionExecuted("action_listen"))
            await store.save(tracker)
    finally:
        store.engine.dispose()


def _raise_cases(url: str) -> dict[str, int]:
    store = CaseStore(url)
    try:
        ids = {
            "1234567890": store.raise_case("crisis", "suicidal", None, "facebook", "1234567890"),
            "4444": store.raise_case("urgent", "homeless", None, "facebook", "4444"),  # chat deleted since
            "rest-caller": store.raise_case("crisis", "suicidal", None, "rest", "rest-caller"),
            "3333": store.raise_case("urgent", "hurt", None, "rest", "3333"),
            "closed": store.raise_case("crisis", "old", None, "facebook", "7777"),
        }
        with store.engine.begin() as connection:  # a closed case past retention (bot.privacy)
            connection.execute(update(Case.__table__).where(Case.__table__.c.id == ids["closed"])
                               .values(sender_id="pseudonym:" + "0" * 24, status="resolved"))
        return ids
    finally:
        store.dispose()


def _senders(url: str) -> dict[str, int]:
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            found: dict[str, int] = {}
            for (sender,) in connection.execute(select(events_table.c.sender_id)):
                found[sender] = found.get(sender, 0) + 1
            return found
    finally:
        engine.dispose()


def _case_senders(url: str) -> dict[int, str]:
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            return dict(connection.execute(select(Case.id, Case.sender_id)).all())
    finally:
        engine.dispose()


async def _check_migration(tracker_url: str, triage_url: str, capsys) -> None:
    await _store_conversations(tracker_url)
    cases = _raise_cases(triage_url)
    before, cases_before = _senders(tracker_url), _case_senders(triage_url)

    # Dry run (the default): counts, changes nothing.
    assert main(["migrate-messenger-ids", "--tracker-db-url", tracker_url,
                 "--triage-db-url", triage_url]) == 0
    out = capsys.readouterr().out
    assert "2 Messenger conversations" in out and "1 of them joined" in out
    assert "2 triage cases would be renamed" in out
    assert "1 conversations with Messenger and other channels" in out and "dry run" in out
    assert "1234567890" not in out  # ids are personal data
    assert _senders(tracker_url) == before and _case_senders(triage_url) == cases_before

    assert main(["migrate-messenger-ids", "--apply", "--tracker-db-url", tracker_url,
                 "--triage-db-url", triage_url]) == 0
    assert "2 Messenger conversations" in capsys.readouterr().out
    after = _senders(tracker_url)
    assert "1234567890" not in after and after["messenger-1234567890"] == before["1234567890"]
    assert "2222" not in after
    assert after["messenger-2222"] == before["2222"] + before["messenger-2222"]
    for untouched in ("messenger-555", "rest-caller", "web-" + "a" * 32, "3333", "cmdline-9"):
        assert after[untouched] == before[untouched]
    assert _case_senders(triage_url) == {
        **cases_before,
        cases["1234567890"]: "messenger-1234567890",
        cases["4444"]: "messenger-4444",
    }

    # The Messenger channel's next message finds the old conversation under the new id,
    # the old messages first.
    store = PrivacySQLTrackerStore(Domain.empty(), host=tracker_url)
    try:
        tracker = await store.retrieve_full_tracker("messenger-2222")
        assert [e.text for e in tracker.events if isinstance(e, UserUttered)] == [
            "2222 message 0", "messenger-2222 message 0"]
    finally:
        store.engine.dispose()

    # Twice is once.
    assert main(["migrate-messenger-ids", "--apply", "--tracker-db-url", tracker_url,
                 "--triage-db-url", triage_url]) == 0
    out = capsys.readouterr().out
    assert "0 Messenger conversations" in out and "0 triage cases" in out
    assert _senders(tracker_url) == after

    # --include-mixed: the Messenger user owns the mixed one.
    result = messenger_ids.migrate(tracker_url, triage_url, do_apply=True, include_mixed=True)
    assert result.conversations == ["3333"] and [s for _, s in result.cases] == ["3333"]
    assert "messenger-3333" in _senders(tracker_url)


async def test_migration_on_sqlite(tmp_path, capsys):
    await _check_migration(f"sqlite:///{tmp_path / 'tracker.db'}",
                           f"sqlite:///{tmp_path / 'triage.db'}", capsys)


@pytest.mark.postgres
async def test_migration_on_postgres_with_one_database_for_both(postgres_url, capsys):
    url = create_database(postgres_url, f"migrate_{uuid.uuid4().hex[:12]}")
    await _check_migration(url, url, capsys)


@pytest.mark.postgres
async def test_a_failure_changes_nothing(postgres_url, monkeypatch, capsys):
    url = create_database(postgres_url, f"migrate_{uuid.uuid4().hex[:12]}")
    await _store_conversations(url)
    _raise_cases(url)
    before, cases_before = _senders(url), _case_senders(url)
    real_apply = messenger_ids.apply

    def apply_then_fail(tracker, triage, done):
        real_apply(tracker, triage, done)
        tracker.exec_driver_sql("SELECT 1/0")  # a failure after every rename was sent

    monkeypatch.setattr(messenger_ids, "apply", apply_then_fail)
    assert main(["migrate-messenger-ids", "--apply", "--tracker-db-url", url, "--triage-db-url", url]) == 1
    assert "FAILED" in capsys.readouterr().err
    assert _senders(url) == before and _case_senders(url) == cases_before


def test_an_empty_store_has_nothing_to_do(tmp_path, capsys):
    assert main(["migrate-messenger-ids", "--tracker-db-url", f"sqlite:///{tmp_path / 'none.db'}",
                 "--triage-db-url", f"sqlite:///{tmp_path / 'none2.db'}"]) == 0
    assert "0 Messenger conversations" in capsys.readouterr().out


def test_the_prefix_and_channel_are_the_messenger_channels():
    from bot.rasa.channels import facebook

    assert messenger_ids.PREFIX == facebook.MESSENGER_PREFIX
    assert messenger_ids.new_id("42") == facebook.conversation_id("42")
    assert messenger_ids.CHANNEL == facebook.FacebookInput.name()

