"""Contracts between bot/rasa and the Rasa / rasa-sdk it patches: one test per patch.

Each patch or override in bot/rasa was written against the source of particular Rasa
functions, listed with a hash of their source in contracts.yml beside this file (read from
the installed files, so it works whether or not the patch is applied). When an upgrade
changes one, its patch's test fails and names the function to read again. Then: read the
new source, adapt the patch in bot/rasa, update the hash there and `SUPPORTED_VERSIONS` in
bot/rasa/__init__.py.
"""
from __future__ import annotations

import inspect
from pathlib import Path

import pytest
import yaml

import bot.rasa
from tests.rasa.contracts import digest

CONTRACTS = yaml.safe_load((Path(__file__).parent / "contracts.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("patch", sorted(CONTRACTS))
def test_the_rasa_source_each_patch_relies_on_is_unchanged(patch: str) -> None:
    moved = [name for name, expected in CONTRACTS[patch].items() if digest(*name.split(":")) != expected]
    assert not moved, f"Rasa's internals moved under bot/rasa's {patch}; read them again: " + ", ".join(moved)


def test_every_patch_has_a_contract() -> None:
    assert set(CONTRACTS) == {"speedups", "remote_action", "json_bodies", "tracker_store", "lock_store",
                              "facebook_channel", "socketio_channel", "rest_channel",
                              "takeover_hook"}


def test_remote_action_wrapper_keeps_rasas_signature() -> None:
    from rasa.core.actions.action import RemoteAction

    run = getattr(RemoteAction.run, "__wrapped__", RemoteAction.run)
    assert list(inspect.signature(run).parameters) == ["self", "output_channel", "nlg", "tracker", "domain"]


def test_events_table_is_rasas() -> None:
    from rasa.core.tracker_store import SQLTrackerStore

    from bot.rasa.events import events_table

    rasa_columns = {c.name for c in SQLTrackerStore.SQLEvent.__table__.columns}
    assert {c.name for c in events_table.columns} == rasa_columns
    assert SQLTrackerStore.SQLEvent.__tablename__ == events_table.name


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
    from rasa.core.processor import MessageProcessor

    assert hasattr(MessageProcessor._handle_message_with_tracker, "__wrapped__")
    with pytest.raises(ValueError):
        bot.rasa.install("nonsense")
