"""Website conversation ids that prove themselves (issue 17, hole 1).

A conversation id used to be chosen by the browser and accepted as it was, so anyone who
knew one could join that conversation. Now the socket.io channel issues the id: `issue()`
makes a random one in the website's own namespace (`web-` + 128 random bits, so no REST or
Messenger conversation can be named; a hyphen, not a colon, so the id still passes the
channels' id check, letters, digits, `_` and `-`) and a token that binds it, and `verify()` accepts the
id back only with its token. The chat page keeps both in sessionStorage (this tab only).

The token is a JWT (HS256) signed with CHAT_SESSION_KEY (bot/settings.py): PyJWT comes with
Rasa (its own socket.io `jwt_key` option uses it), is maintained, compares signatures in
constant time and checks expiry. Rasa's `jwt_key` alone is not enough: it only asks for *a*
valid token at connect, not one bound to the session id the client then names. The
algorithm is fixed here, never read from the token. The token expires after
`TOKEN_HOURS`; each reconnect with a valid one gets a fresh one, so an open tab keeps going.

Every Rasa process that serves the chat needs the same key: `make run` passes one to its
child processes (random per run unless CHAT_SESSION_KEY is set, so a restart starts new
conversations); several servers behind a load balancer must be given the same value.
"""
from __future__ import annotations

import re
import secrets
import time
from typing import Any, Optional

import jwt

WEB_PREFIX = "web-"
WEB_ID = re.compile(r"^web-[0-9a-f]{32}$")
ALGORITHM = "HS256"
AUDIENCE = "care-leavers-chat"
TOKEN_HOURS = 24.0


def new_session_id() -> str:
    return WEB_PREFIX + secrets.token_hex(16)


def issue(key: str, session_id: Optional[str] = None, *, now: Optional[float] = None,
          hours: float = TOKEN_HOURS) -> tuple[str, str]:
    """(session id, token): a new random id unless one (already verified) is given."""
    session_id = session_id or new_session_id()
    issued = int(time.time() if now is None else now)
    token = jwt.encode({"sub": session_id, "aud": AUDIENCE, "iat": issued,
                        "exp": issued + int(hours * 3600)}, key, algorithm=ALGORITHM)
    return session_id, token


def verify(key: str, session_id: Any, token: Any) -> bool:
    """True only for a website id with an unexpired token signed with `key` for that id."""
    if not isinstance(session_id, str) or not isinstance(token, str) or not WEB_ID.match(session_id):
        return False
    if len(token) > 1024:
        return False
    try:
        claims = jwt.decode(token, key, algorithms=[ALGORITHM], audience=AUDIENCE,
                            options={"require": ["sub", "aud", "exp"]})
    except jwt.PyJWTError:
        return False
    return secrets.compare_digest(str(claims.get("sub", "")), session_id)


def is_web_id(sender_id: Any) -> bool:
    """A sender id in the website's namespace (other channels refuse these)."""
    return isinstance(sender_id, str) and sender_id.startswith(WEB_PREFIX)
