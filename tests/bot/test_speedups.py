"""bot.rasa.speedups: each patch gives exactly Rasa's results, with less repeated work."""
from __future__ import annotations

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
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


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                     max_leaves=6)
_EVENT = st.fixed_dictionaries(
    {"event": st.sampled_from(["slot", "bot", "user", "action", "followup", "reset_slots", "restart",
                               "active_loop", "no_such_event"]) | _JSON},
    optional={"name": _JSON, "value": _JSON, "text": _JSON, "timestamp": _JSON, "data": _JSON})
_REPLY = st.fixed_dictionaries({}, optional={
    "events": st.lists(_EVENT, max_size=3) | _JSON,
    "responses": st.lists(st.dictionaries(st.sampled_from(["text", "buttons", "response", "image"]), _JSON,
                                          max_size=2), max_size=2) | _JSON})


@settings(max_examples=300, deadline=None)
@given(reply=_REPLY)
def test_the_compiled_check_gives_rasas_verdict_on_any_reply(reply: dict) -> None:
    speedups.install()
    action = RemoteAction("action_answer_offer", EndpointConfig("http://127.0.0.1:1/webhook"))
    try:
        ours = action._validate_action_result(reply)
    except jsonschema.ValidationError:
        ours = False
    assert ours == _rasa_verdict(reply)


def test_learned_rules_read_as_rasa_reads_them_and_are_parsed_once() -> None:
    import json

    from rasa.core.policies.rule_policy import RulePolicy

    speedups.install()
    key = json.dumps([{"prev_action": {"action_name": "action_listen"}, "user": {"intent": "greet"}}])
    first = RulePolicy._rule_key_to_state(key)
    assert first == json.loads(key)
    assert RulePolicy._rule_key_to_state(key) is first  # kept, not parsed again


_STATE = st.fixed_dictionaries({}, optional={
    "prev_action": st.fixed_dictionaries({"action_name": st.sampled_from(["action_listen", "action_answer", "utter_greet"])}),
    "user": st.fixed_dictionaries({"intent": st.sampled_from(["greet", "ask_driving", "goodbye"])}),
    "slots": st.fixed_dictionaries({"authority": st.sampled_from([(1.0,), "should_not_be_set"])}),
})


@settings(max_examples=300, deadline=None)
@given(rules=st.lists(st.lists(_STATE, min_size=1, max_size=4), min_size=1, max_size=8),
       states=st.lists(_STATE, max_size=12))
def test_the_rule_search_finds_the_keys_rasas_finds(rules: list, states: list) -> None:
    import json

    from rasa.core.policies.rule_policy import RulePolicy

    speedups.install()
    policy = RulePolicy.__new__(RulePolicy)  # the search reads only the lookup and the states
    lookup = {json.dumps(rule): "action" for rule in rules}
    rasas = RulePolicy._get_possible_keys.__wrapped__(policy, lookup, states)
    assert policy._get_possible_keys(lookup, states) == rasas
