"""A polite 400 for request bodies that are not the JSON a route expects.

Rasa 3.6's HTTP API and rasa_sdk's action webhook read `request.json` and call `.get` on
it, so a body that is not JSON, or is JSON of the wrong shape (`[]` or `"x"` where an
object belongs), ends in a 500 and an exception in the log. `install_in_rasa()` and
`install_in_action_server()` add a request middleware to each app that answers those with
a 400 and a one-line reason before the route runs; well-formed requests pass untouched.

Rasa's API routes need the token, so a request that carries none is left to Rasa, which
refuses it (401) without reading the body: the check never tells a stranger more than
Rasa would.
"""
from __future__ import annotations

import json
import re
import zlib
from typing import Any, Callable, Optional

# (method, path, JSON types the route can read, whether an empty one is refused too)
Rule = tuple[str, "re.Pattern[str]", tuple[type, ...], bool]

_CONVERSATION = r"/conversations/[^/]+"
RASA_API_BODIES: list[Rule] = [
    ("POST", re.compile(r"/model/parse"), (dict,), False),
    ("POST", re.compile(r"/model/predict"), (list,), False),
    ("PUT", re.compile(r"/model"), (dict,), False),
    ("POST", re.compile(_CONVERSATION + r"/messages"), (dict,), False),
    # Appending no events fails inside Rasa ("ConversationError", a 500).
    ("POST", re.compile(_CONVERSATION + r"/tracker/events"), (dict, list), True),
    ("PUT", re.compile(_CONVERSATION + r"/tracker/events"), (dict, list), False),
    ("POST", re.compile(_CONVERSATION + r"/execute"), (dict,), False),
    ("POST", re.compile(_CONVERSATION + r"/trigger_intent"), (dict,), False),
]
ACTION_SERVER_BODIES: list[Rule] = [("POST", re.compile(r"/webhook"), (dict,), False)]
_NAMES: dict[type, str] = {dict: "object", list: "array"}


def problem(body: bytes, expected: tuple[type, ...], *, non_empty: bool = False,
            deflated: bool = False) -> Optional[str]:
    """Why `body` can't be read as one of `expected`, or None when it can."""
    try:
        if deflated:
            body = zlib.decompress(body)
        value = json.loads(body)
    except (ValueError, RecursionError, zlib.error):  # UnicodeDecodeError is a ValueError
        return "The request body is not valid JSON."
    if not isinstance(value, expected):
        return "The request body must be a JSON " + " or ".join(_NAMES[t] for t in expected) + "."
    if non_empty and not value:
        return "The request body is empty JSON; there is nothing to do."
    return None


def middleware(rules: list[Rule], *, only_with_token: bool) -> Callable[[Any], Any]:
    async def check_json_body(request: Any) -> Any:
        if only_with_token and "token" not in request.args and not request.headers.get("Authorization"):
            return None  # Rasa refuses it anyway, before reading the body
        for method, path, expected, non_empty in rules:
            if request.method == method and path.fullmatch(request.path):
                deflated = request.headers.get("Content-Encoding") == "deflate"
                reason = problem(request.body or b"", expected, non_empty=non_empty, deflated=deflated)
                if reason is not None:
                    from sanic import response

                    return response.json({"error": reason, "status": 400}, status=400)
        return None

    return check_json_body


def _wrap(module: Any, rules: list[Rule], *, only_with_token: bool) -> None:
    original = module.create_app
    if getattr(original, "_checks_json_bodies", False):
        return

    def create_app(*args: Any, **kwargs: Any) -> Any:
        app = original(*args, **kwargs)
        app.register_middleware(middleware(rules, only_with_token=only_with_token), "request")
        return app

    create_app._checks_json_bodies = True  # type: ignore[attr-defined]
    module.create_app = create_app


def install_in_rasa() -> None:
    """Before Rasa builds its server (`rasa.core.run` calls `rasa.server.create_app`)."""
    import rasa.server

    _wrap(rasa.server, RASA_API_BODIES, only_with_token=True)


def install_in_action_server() -> None:
    """Before rasa_sdk builds its server (`rasa_sdk.endpoint.run` calls `create_app`)."""
    import rasa_sdk.endpoint

    _wrap(rasa_sdk.endpoint, ACTION_SERVER_BODIES, only_with_token=False)
