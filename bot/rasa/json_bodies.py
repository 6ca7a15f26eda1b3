"""A polite 400 for request bodies that are not the JSON a route expects.

Rasa 3.6's HTTP API and rasa_sdk's action webhook read `request.json` and call `.get` on
it, so a body that is not JSON, or is JSON of the wrong shape (`[]` or `"x"` where an
object belongs), ends in a 500 and an exception in the log. `install_in_rasa()` and
`install_in_action_server()` add a request middleware to each app that answers those with
a 400 and a one-line reason before the route runs; well-formed requests pass untouched.

Rasa's API routes need the token, so a request that carries none, or a `?token=` that is
not Rasa's, is left to Rasa, which refuses it (401) without reading the body: the check
never tells a stranger more than Rasa would, and never inflates a stranger's body.

A compressed body (`Content-Encoding: deflate` or `gzip`; rasa_sdk inflates deflate bodies
itself, with no limit) is inflated a piece at a time, off the event loop, and no further
than `MAX_INFLATED_BYTES`: a larger one gets 413 before any route reads it. So a 200 KB
"zip bomb" costs a few megabytes and milliseconds, not 200 MB and a stalled server.
"""
from __future__ import annotations

import asyncio
import hmac
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

# Far above any real tracker Rasa sends the action server, far below what hurts.
MAX_INFLATED_BYTES = 32 * 1024 * 1024
_CHUNK = 64 * 1024
_COMPRESSED = ("deflate", "gzip")
TOO_BIG = "The request body is too big once uncompressed."


class TooBig(Exception):
    """The body inflates to more than the limit."""


def inflate(body: bytes, limit: int = MAX_INFLATED_BYTES) -> bytes:
    """`body` (zlib or gzip) inflated, never more than `limit` + 1 bytes of output made.

    Raises `TooBig` past the limit and `zlib.error` for bytes that are not compressed.
    The input goes in a slice at a time, and each call may make only what is left of the
    limit, so a bomb stops at the limit (zlib works without the GIL meanwhile).
    """
    inflater = zlib.decompressobj(wbits=32 + zlib.MAX_WBITS)  # zlib or gzip header
    out = bytearray()
    for start in range(0, len(body), _CHUNK):
        piece = body[start:start + _CHUNK]
        while piece and not inflater.eof:
            out += inflater.decompress(piece, limit + 1 - len(out))
            if len(out) > limit:
                raise TooBig(TOO_BIG)
            piece = inflater.unconsumed_tail
        if inflater.eof:
            break
    if not inflater.eof:
        raise zlib.error("truncated compressed body")
    return bytes(out)


def problem(body: bytes, expected: tuple[type, ...], *, non_empty: bool = False,
            deflated: bool = False, max_inflated: int = MAX_INFLATED_BYTES) -> Optional[str]:
    """Why `body` can't be read as one of `expected`, or None when it can.

    Raises `TooBig` when a compressed body inflates past `max_inflated`.
    """
    return read(body, expected, non_empty=non_empty, deflated=deflated, max_inflated=max_inflated)[0]


def read(body: bytes, expected: tuple[type, ...], *, non_empty: bool = False,
         deflated: bool = False, max_inflated: int = MAX_INFLATED_BYTES) -> tuple[Optional[str], Any]:
    """(why `body` can't be read as one of `expected`, None) or (None, the parsed value)."""
    try:
        if deflated:
            body = inflate(body, max_inflated)
        value = json.loads(body)
    except (ValueError, RecursionError, zlib.error):  # UnicodeDecodeError is a ValueError
        return "The request body is not valid JSON.", None
    if not isinstance(value, expected):
        return "The request body must be a JSON " + " or ".join(_NAMES[t] for t in expected) + ".", None
    if non_empty and not value:
        return "The request body is empty JSON; there is nothing to do.", None
    return None, value


def _may_be_authorised(request: Any, token: Optional[str]) -> bool:
    """False when Rasa will surely answer 401: no credentials, or a `?token=` that is not
    Rasa's and no `Authorization` header (a JWT, which Rasa checks itself)."""
    if request.headers.get("Authorization"):
        return True
    provided = request.args.get("token")
    if isinstance(provided, list):
        provided = provided[0] if provided else None
    if provided is None:
        return False
    return token is None or hmac.compare_digest(str(provided).encode(), token.encode())


def middleware(rules: list[Rule], *, only_with_token: bool, token: Optional[str] = None,
               max_inflated: int = MAX_INFLATED_BYTES) -> Callable[[Any], Any]:
    """`token`: the Rasa API token, when the server has one."""

    async def check_json_body(request: Any) -> Any:
        if only_with_token and not _may_be_authorised(request, token):
            return None  # Rasa refuses it anyway, before reading the body
        for method, path, expected, non_empty in rules:
            if request.method == method and path.fullmatch(request.path):
                body = request.body or b""
                encoding = (request.headers.get("Content-Encoding") or "").strip().lower()
                try:
                    if encoding in _COMPRESSED:
                        reason = await asyncio.to_thread(problem, body, expected, non_empty=non_empty,
                                                         deflated=True, max_inflated=max_inflated)
                    else:
                        reason, value = read(body, expected, non_empty=non_empty)
                        if reason is None:
                            # Sanic's `request.json` returns this instead of parsing the body
                            # again: an action call carries the whole conversation, and the
                            # second parse was a tenth of the action server's time (py-spy).
                            request.parsed_json = value
                except TooBig:
                    return _error(TOO_BIG, 413)
                if reason is not None:
                    return _error(reason, 400)
        return None

    return check_json_body


def _error(reason: str, status: int) -> Any:
    from sanic import response

    return response.json({"error": reason, "status": status}, status=status)


def _wrap(module: Any, rules: list[Rule], *, only_with_token: bool) -> None:
    original = module.create_app
    if getattr(original, "_checks_json_bodies", False):
        return

    def create_app(*args: Any, **kwargs: Any) -> Any:
        app = original(*args, **kwargs)
        # rasa.server.create_app(agent, cors_origins, auth_token, ...): its API token.
        token = kwargs.get("auth_token", args[2] if only_with_token and len(args) > 2 else None)
        app.register_middleware(middleware(rules, only_with_token=only_with_token,
                                           token=token if isinstance(token, str) else None), "request")
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
