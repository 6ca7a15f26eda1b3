"""Contracts between bot/rasa and the Rasa / rasa-sdk it patches: one test per patch.

Each patch or override in bot/rasa was written against the source of particular Rasa
functions. Their source is hashed here (read from the installed files, so it works whether
or not the patch is applied); when an upgrade changes one, its test fails and names the
function to read again. Then: read the new source, adapt the patch in bot/rasa, update the
hash here and `SUPPORTED_VERSIONS` in bot/rasa/__init__.py.
"""
from __future__ import annotations

import inspect

import pytest

import bot.rasa
from tests.rasa.contracts import digest

# (module, qualified name): sha256 of its source, first 16 hex digits (Rasa 3.6.21, rasa-sdk 3.6.2)
SPEEDUPS = {
    # replaced: the compiled validator must accept and refuse what Rasa's did
    ("rasa.core.actions.action", "RemoteAction._validate_action_result"): "24da0f6bdeb2d44f",
    ("rasa.core.actions.action", "RemoteAction.action_response_format_spec"): "6f492274727ebb10",
    # cached per type name: the walk must stay a pure function of the name
    ("rasa.shared.core.events", "Event.resolve_by_type"): "ffabe9999fc8f7f3",
}
REMOTE_ACTION = {
    # wrapped with its signature written out; RasaException is what a failed call raises
    ("rasa.core.actions.action", "RemoteAction.run"): "b530fc5a6789c82f",
    ("rasa.core.actions.action", "create_bot_utterance"): "eba19a8af5b3b043",
}
JSON_BODIES = {
    # the routes and bodies in bot/rasa/json_bodies.RASA_API_BODIES are copied from here
    ("rasa.server", "create_app"): "2c2e96ee7d375a07",
    # ...which is looked up on the module when the server starts, so wrapping it works
    ("rasa.core.run", "configure_app"): "0b28ea3f4b4ae50b",
    ("rasa_sdk.endpoint", "create_app"): "7ff66bf2cad09639",
    ("rasa_sdk.endpoint", "run"): "c5dfaa172d966c1d",
}
TRACKER_STORE = {
    # overridden private methods, and the event query copied as SQL into bot/rasa/events.py
    ("rasa.core.tracker_store", "SQLTrackerStore._retrieve"): "78c7e08ac30924b6",
    ("rasa.core.tracker_store", "SQLTrackerStore._event_query"): "6484d8ac7d14284b",
    ("rasa.core.tracker_store", "SQLTrackerStore.save"): "ded301e08f4c708e",
    ("rasa.core.tracker_store", "SQLTrackerStore._additional_events"): "5ad906f458419020",
    ("rasa.core.tracker_store", "SQLTrackerStore.SQLEvent"): "f709d15622dfac34",
    ("rasa.core.tracker_store", "SQLTrackerStore.__init__"): "7c89f1231aac70a1",
    ("rasa.core.tracker_store", "TrackerStore.create_tracker"): "d15c2bacc4587a46",
    ("rasa.core.tracker_store", "create_engine_kwargs"): "64e9eb72f600b7f3",
}
LOCK_STORE = {
    # the read-modify-write steps wrapped in a Redis mutex, and RedisLockStore's attributes
    ("rasa.core.lock_store", "LockStore.issue_ticket"): "16ce1d1044597b30",
    ("rasa.core.lock_store", "LockStore.update_lock"): "880a0a56041ca863",
    ("rasa.core.lock_store", "LockStore.cleanup"): "e4fc14dd71900ad7",
    ("rasa.core.lock_store", "RedisLockStore.__init__"): "6ba34830ecb02ab2",
}
FACEBOOK = {
    ("rasa.core.channels.facebook", "Messenger._handle_user_message"): "8087e0dd60959ba4",
    ("rasa.core.channels.facebook", "Messenger.handle"): "38ce83662defdb2e",
    ("rasa.core.channels.facebook", "FacebookInput.blueprint"): "b8066e3ad260b30b",
}
SOCKETIO = {
    # the session_request handler registered again inside Rasa's blueprint
    ("rasa.core.channels.socketio", "SocketIOInput.blueprint"): "0f82ad048885a668",
}
REST = {
    # the REST channel is rewritten whole; its replies must stay Rasa's
    ("rasa.core.channels.rest", "RestInput.blueprint"): "adab74a107316c52",
}


def _check(contract: dict[tuple[str, str], str]) -> None:
    moved = [f"{module}.{name}" for (module, name), expected in contract.items()
             if digest(module, name) != expected]
    assert not moved, "Rasa's internals moved; read them again before trusting the patch: " + ", ".join(moved)


def test_speedups_contract() -> None:
    _check(SPEEDUPS)


def test_remote_action_contract() -> None:
    from rasa.core.actions.action import RemoteAction

    _check(REMOTE_ACTION)
    run = getattr(RemoteAction.run, "__wrapped__", RemoteAction.run)
    assert list(inspect.signature(run).parameters) == ["self", "output_channel", "nlg", "tracker", "domain"]


def test_json_bodies_contract() -> None:
    _check(JSON_BODIES)


def test_tracker_store_contract() -> None:
    from rasa.core.tracker_store import SQLTrackerStore

    from bot.rasa.events import events_table

    _check(TRACKER_STORE)
    rasa_columns = {c.name: type(c.type) for c in SQLTrackerStore.SQLEvent.__table__.columns}
    ours = {c.name: type(c.type) for c in events_table.columns}
    assert set(ours) == set(rasa_columns) and SQLTrackerStore.SQLEvent.__tablename__ == events_table.name


def test_lock_store_contract() -> None:
    _check(LOCK_STORE)


def test_facebook_channel_contract() -> None:
    _check(FACEBOOK)


def test_socketio_channel_contract() -> None:
    _check(SOCKETIO)


def test_rest_channel_contract() -> None:
    _check(REST)


def test_install_refuses_a_rasa_it_was_not_written_for() -> None:
    with pytest.raises(bot.rasa.UnsupportedVersion, match="rasa 3.7.0 is installed"):
        bot.rasa.check_versions({"rasa": "3.7.0", "rasa-sdk": "3.6.2"})
    with pytest.raises(bot.rasa.UnsupportedVersion, match="rasa-sdk 3.7.1 is installed"):
        bot.rasa.check_versions({"rasa": "3.6.21", "rasa-sdk": "3.7.1"})
    bot.rasa.check_versions()  # the installed ones are supported


def test_install_applies_every_patch_once() -> None:
    import rasa.server
    import rasa_sdk.endpoint
    from rasa.core.actions.action import RemoteAction

    from bot.privacy.logging import installed as redaction_installed

    bot.rasa.install("rasa")
    bot.rasa.install("actions")
    run = RemoteAction.run
    bot.rasa.install("rasa")
    assert RemoteAction.run is run and hasattr(run, "__wrapped__")
    assert getattr(rasa.server.create_app, "_checks_json_bodies", False)
    assert getattr(rasa_sdk.endpoint.create_app, "_checks_json_bodies", False)
    assert redaction_installed()
    with pytest.raises(ValueError):
        bot.rasa.install("nonsense")
