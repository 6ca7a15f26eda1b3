"""Make Rasa 3.6's per-turn hot path cheaper without changing what it does.

Installed in the Rasa server process by `bot.rasa.install()` (tests/rasa/test_contracts.py
pins the Rasa source each patch relies on). Each patch
removes work Rasa repeats on every turn although its result never changes, found with
py-spy while `make bench` ran (shares are of the Rasa server's CPU time then):

- `RemoteAction._validate_action_result` called `jsonschema.validate(reply, schema)`,
  which first validates the constant *schema* against the JSON Schema meta-schema: about
  30% of the CPU of a turn that runs a custom action. Here the schema is checked once and
  compiled to Python by fastjsonschema, which accepts a good reply in a fraction of the
  time jsonschema's walk still took (3.6% of the server's CPU); a reply it refuses goes
  through jsonschema, so it fails with Rasa's message.
- `RulePolicy._rule_key_to_state` parsed the JSON of each learned rule again for each
  rule, each past turn, each prediction (about 5%). The parse of a key never changes and
  its callers only read it, so it is kept per key.
- `RulePolicy._get_possible_keys` checked every learned rule against every past turn of
  the conversation, although a rule says nothing about turns older than its own length
  (`_is_rule_applicable` keeps every rule there): the longer the conversation, the more
  work for nothing (8.7% of the server's CPU on `make bench`'s scripted conversations).
  Here the search stops after the longest rule's length, with the same keys found.
- `Event.resolve_by_type` walked every subclass of `Event` for each stored event it
  turned back into an object (about 5%). Here the walk's answer is kept per type name and
  redone only for a name it has not seen (a subclass imported later).
- `EndpointConfig.request` opened a new aiohttp session, so a new TCP connection, for every
  call to the action server, and wrote the whole conversation with the standard library's
  `json.dumps`: about 30% of a custom action's call time in the Rasa server (py-spy,
  thirteenth session). Here each endpoint keeps one session per event loop, whose
  connections live 4 s idle (less than Sanic's 5 s keep-alive on the action server, so the
  client drops them first), and writes JSON with ujson (a Rasa dependency: the same JSON,
  about 2.5 times faster).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional

_installed = False


def install() -> None:
    """Apply every patch, once per process."""
    global _installed
    if _installed:
        return
    _compile_action_reply_schema()
    _remember_event_classes()
    _remember_rule_states()
    _stop_rule_search_past_longest_rule()
    _keep_endpoint_sessions()
    _installed = True


def _compile_action_reply_schema() -> None:
    import fastjsonschema
    from jsonschema import exceptions, validators
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)  # once, here, instead of once per reply
    validator = validator_class(schema)
    accepts = fastjsonschema.compile(schema)

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        try:
            accepts(result)
            return True
        except fastjsonschema.JsonSchemaException:
            pass  # jsonschema names the error as Rasa does
        error = exceptions.best_match(validator.iter_errors(result))
        if error is None:
            return True
        error.message += (
            ". Failed to validate Action server response from API, make sure your response "
            "from the Action endpoint is valid. For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error

    _validate_action_result.__wrapped__ = RemoteAction._validate_action_result  # type: ignore[attr-defined]
    RemoteAction._validate_action_result = _validate_action_result


def _remember_event_classes() -> None:
    from rasa.shared.core.events import Event

    original = Event.resolve_by_type
    known: dict[str, Optional[type]] = {}

    def resolve_by_type(type_name: str, default: Optional[type] = None) -> Optional[type]:
        if type_name not in known:
            try:
                known[type_name] = original(type_name)  # Rasa's walk: first match wins
            except ValueError:
                return original(type_name, default)  # unknown: Rasa's default or error
        return known[type_name]

    resolve_by_type.__wrapped__ = original  # type: ignore[attr-defined]
    Event.resolve_by_type = staticmethod(resolve_by_type)


def _remember_rule_states() -> None:
    from rasa.core.policies.rule_policy import RulePolicy

    original = RulePolicy._rule_key_to_state
    parsed = lru_cache(maxsize=4096)(original)  # one entry per learned rule

    def _rule_key_to_state(rule_key: str) -> Any:
        return parsed(rule_key)

    _rule_key_to_state.__wrapped__ = original  # type: ignore[attr-defined]
    RulePolicy._rule_key_to_state = staticmethod(_rule_key_to_state)


def _stop_rule_search_past_longest_rule() -> None:
    from rasa.core.policies.rule_policy import RulePolicy

    original = RulePolicy._get_possible_keys

    def _get_possible_keys(self: RulePolicy, lookup: dict[str, str], states: list) -> set[str]:
        possible_keys = set(lookup.keys())
        longest = max((len(self._rule_key_to_state(key)) for key in possible_keys), default=0)
        for i, state in enumerate(reversed(states)):
            if i >= longest:
                break  # every rule is shorter than this: Rasa's check keeps all that are left
            possible_keys = {key for key in possible_keys if self._is_rule_applicable(key, i, state)}
        return possible_keys

    _get_possible_keys.__wrapped__ = original  # type: ignore[attr-defined]
    RulePolicy._get_possible_keys = _get_possible_keys


# Idle client connections close before the action server's (Sanic's KEEP_ALIVE_TIMEOUT is
# 5 s): a request never goes out on a connection the server is closing.
IDLE_CONNECTION_SECONDS = 4.0


class _KeptSession:
    """`async with` gives the kept session and leaves it open for the next request."""

    def __init__(self, session: Any) -> None:
        self.session = session

    async def __aenter__(self) -> Any:
        return self.session

    async def __aexit__(self, *exc: Any) -> bool:
        return False


def _keep_endpoint_sessions() -> None:
    import asyncio
    import weakref

    import aiohttp
    import ujson
    from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT, EndpointConfig

    original = EndpointConfig.session
    # per event loop (a session belongs to one), then per endpoint
    kept: "weakref.WeakKeyDictionary[Any, dict[int, aiohttp.ClientSession]]" = weakref.WeakKeyDictionary()

    def session(self: EndpointConfig) -> Any:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return original(self)  # outside a loop: Rasa's own, closed by its caller
        sessions = kept.setdefault(loop, {})
        current = sessions.get(id(self))
        if current is None or current.closed:
            auth = (aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"])
                    if self.basic_auth else None)
            current = aiohttp.ClientSession(
                headers=self.headers, auth=auth,
                timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
                connector=aiohttp.TCPConnector(keepalive_timeout=IDLE_CONNECTION_SECONDS),
                json_serialize=ujson.dumps,
            )
            sessions[id(self)] = current
            weakref.finalize(self, sessions.pop, id(self), None)  # a new config never gets an old one's
        return _KeptSession(current)

    session.__wrapped__ = original  # type: ignore[attr-defined]
    EndpointConfig.session = session
