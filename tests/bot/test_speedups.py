"""bot.rasa.speedups: each patch gives exactly Rasa's results, with less repeated work."""
from __future__ import annotations

import jsonschema
import pytest
from rasa.shared.core import events
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from bot.rasa import speedups

GOOD = [
    {},
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "authority", "value": "derby-city"}],
     "responses": [{"text": "Derby City Council gives £2,000.", "buttons": []}]},
    {"events": [{"event": "bot", "text": "hi", "data": {}, "metadata": {}}]},
    {"events": [{"event": "followup", "name": "utter_greet"}], "responses": [{"response": "utter_greet"}]},
]
BAD = [
    {"events": "not a list"},
    {"events": [{"no_event_key": 1}]},
    {"events": [{"event": "slot", "name": 3}]},
    {"responses": ["a string, not an object"]},
    {"events": [{"event": "no_such_event"}]},
]


@pytest.fixture()
def action() -> RemoteAction:
    speedups.install()
    return RemoteAction("action_answer_offer", EndpointConfig("http://127.0.0.1:1/webhook"))


def _rasa_verdict(reply: dict) -> bool:
    try:
        jsonschema.validate(reply, RemoteAction.action_response_format_spec())
    except jsonschema.ValidationError:
        return False
    return True


@pytest.mark.parametrize("reply", GOOD)
def test_replies_rasa_accepts_pass(action: RemoteAction, reply: dict) -> None:
    assert _rasa_verdict(reply)
    assert action._validate_action_result(reply) is True


@pytest.mark.parametrize("reply", BAD)
def test_replies_rasa_rejects_fail_with_rasas_message(action: RemoteAction, reply: dict) -> None:
    assert not _rasa_verdict(reply)
    with pytest.raises(jsonschema.ValidationError) as raised:
        action._validate_action_result(reply)
    assert "Failed to validate Action server response" in raised.value.message


def test_the_schema_is_checked_once_not_per_reply(action: RemoteAction, monkeypatch) -> None:
    checked = []
    validator_class = jsonschema.validators.validator_for(RemoteAction.action_response_format_spec())
    monkeypatch.setattr(validator_class, "check_schema", classmethod(lambda cls, s: checked.append(s)))
    for _ in range(5):
        action._validate_action_result(GOOD[2])
    assert checked == []


@pytest.mark.parametrize("name", ["user", "bot", "slot", "action", "session_started", "active_loop",
                                  "followup", "reset_slots", "restart", "user_featurization"])
def test_event_classes_resolve_as_rasa_resolves_them(name: str) -> None:
    from rasa.shared.utils.common import all_subclasses

    rasa_answer = next(c for c in all_subclasses(events.Event) if c.type_name == name)
    speedups.install()
    assert events.Event.resolve_by_type(name) is rasa_answer
    assert events.Event.resolve_by_type(name) is rasa_answer  # the remembered answer too


def test_unknown_event_names_still_fail_or_take_the_default() -> None:
    speedups.install()
    with pytest.raises(ValueError, match="Unknown event name"):
        events.Event.resolve_by_type("no_such_event")
    assert events.Event.resolve_by_type("no_such_event", events.UserUttered) is events.UserUttered
    assert events.Event.resolve_by_type("topic") is None  # Rasa's old-tracker special case


def test_stored_trackers_come_back_the_same(tmp_path) -> None:
    from rasa.shared.core.trackers import DialogueStateTracker

    speedups.install()
    stored = [events.ActionExecuted("action_listen").as_dict(),
              events.UserUttered("hi", {"name": "greet", "confidence": 1.0}).as_dict(),
              events.SlotSet("authority", "derby-city").as_dict(),
              events.BotUttered("Hello").as_dict()]
    tracker = DialogueStateTracker.from_dict("tx", stored, [])
    assert [e.as_dict() for e in tracker.events] == stored
