"""Website conversation ids and their tokens (bot/rasa/channels/session_tokens.py)."""
from __future__ import annotations

import jwt

from bot.rasa.channels import session_tokens as tokens

KEY = "k" * 43


def test_an_issued_id_is_accepted_with_its_token_only() -> None:
    session_id, token = tokens.issue(KEY)
    other_id, other_token = tokens.issue(KEY)
    assert session_id.startswith("web-") and session_id != other_id
    assert tokens.verify(KEY, session_id, token)
    assert not tokens.verify(KEY, session_id, other_token)  # another visitor's token
    assert not tokens.verify(KEY, session_id, None)
    assert not tokens.verify("another-key" * 4, session_id, token)  # a server with another key
    assert not tokens.verify(KEY, session_id.upper(), token)


def test_expired_forged_and_odd_tokens_are_refused() -> None:
    session_id, expired = tokens.issue(KEY, now=0)
    assert not tokens.verify(KEY, session_id, expired)
    unsigned = jwt.encode({"sub": session_id, "aud": tokens.AUDIENCE, "exp": 2**40}, "guessed-key" * 4, algorithm="HS256")
    assert not tokens.verify(KEY, session_id, unsigned)  # signed with a guessed key
    none_alg = jwt.encode({"sub": session_id, "aud": tokens.AUDIENCE, "exp": 2**40}, None, algorithm="none")
    assert not tokens.verify(KEY, session_id, none_alg)
    no_audience = jwt.encode({"sub": session_id, "exp": 2**40}, KEY, algorithm="HS256")
    assert not tokens.verify(KEY, session_id, no_audience)
    for odd in ({}, 7, "x" * 5000, ""):
        assert not tokens.verify(KEY, session_id, odd)


def test_only_server_made_ids_are_website_ids() -> None:
    _session_id, token = tokens.issue(KEY, "web-" + "a" * 32)
    assert tokens.verify(KEY, "web-" + "a" * 32, token)
    for chosen in ("my-own-id", "1234567890", "web-../../etc", None):
        assert not tokens.verify(KEY, chosen, token)
    assert tokens.is_web_id("web-abc") and not tokens.is_web_id("rest-user")


def test_an_issued_id_passes_the_channels_id_check() -> None:
    """Letters, digits, `_` and `-` (the socket.io channel's message guard, issue 17 hole 5)."""
    import re

    assert re.fullmatch(r"[A-Za-z0-9_-]{8,64}", tokens.new_session_id())
