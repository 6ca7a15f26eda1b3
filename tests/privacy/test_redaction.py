"""Logs never carry phone numbers, emails, postcodes or NI numbers; ids are pseudonymised."""
from __future__ import annotations

import ast
import io
import logging
import os
import stat
from pathlib import Path

import pytest

import bot.privacy.logging as privacy_logging
from bot.paths import ROOT
from bot.privacy.logging import PSEUDONYM_PREFIX, RedactingFilter, install, pseudonymise, redact

PERSONAL = [
    ("07700 900123", "[phone]"),
    ("07700900123", "[phone]"),
    ("+44 7700 900123", "[phone]"),
    ("+44 (0)7700-900-123", "[phone]"),
    ("0044 7700 900 123", "[phone]"),
    ("(01604) 364778", "[phone]"),
    ("01332 293111", "[phone]"),
    ("020 7946 0958", "[phone]"),
    ("0800 123 4567", "[phone]"),
    ("sam.jones+care@example.co.uk", "[email]"),
    ("x_y@council.gov.uk", "[email]"),
    ("NN1 1AA", "[postcode]"),
    ("nn11aa", "[postcode]"),
    ("DE1 3RT", "[postcode]"),
    ("SW1A 2AA", "[postcode]"),
    ("QQ 12 34 56 C", "[NI number]"),
    ("ab123456d", "[NI number]"),
    ("JH-12-34-56-A", "[NI number]"),
]

NOT_PERSONAL = [
    "Samaritans 116 123, text SHOUT to 85258, call 999 or NHS 111",
    "case 42 raised at 2026-05-01 10:00:00, 3 events",
    "sender 3f9a1b2c4d5e6f708192a3b4c5d6e7f8",
    "uuid 123e4567-e89b-12d3-a456-426614174000",
    "£3,000 a year, paid in 12 parts",
    "epoch 1777636800.123",
]


@pytest.mark.parametrize(("value", "token"), PERSONAL)
def test_personal_data_is_redacted(value, token):
    redacted = redact(f"my details: {value}.")
    assert value not in redacted
    assert redacted == f"my details: {token}."


@pytest.mark.parametrize("text", NOT_PERSONAL)
def test_ordinary_log_text_is_left_alone(text):
    assert redact(text) == text


def test_redaction_is_idempotent():
    once = redact("ring 07700 900123 or mail a@b.com from NN1 1AA, NI QQ123456C")
    assert redact(once) == once
    assert once == "ring [phone] or mail [email] from [postcode], NI [NI number]"


def _logger_with_stream(name: str) -> tuple[logging.Logger, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger(name)
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    return logger, stream


def test_filter_redacts_message_args_and_traceback():
    logger, stream = _logger_with_stream("tests.privacy.filter")
    logger.handlers[0].addFilter(RedactingFilter())
    logger.info("user %s wrote from %s", "sam@example.com", {"postcode": "DE1 3RT"})
    try:
        raise ValueError("bad number 07700 900123")
    except ValueError:
        logger.exception("failed for NI %s", "QQ 12 34 56 C")
    out = stream.getvalue()
    for secret in ("sam@example.com", "DE1 3RT", "07700 900123", "QQ 12 34 56 C"):
        assert secret not in out
    assert "[email]" in out and "[postcode]" in out and "[phone]" in out and "[NI number]" in out
    assert "Traceback" in out  # the traceback is kept, only redacted


def test_install_redacts_every_record_even_on_handlers_added_later(monkeypatch):
    monkeypatch.setattr(privacy_logging, "_installed", False)
    original = logging.getLogRecordFactory()
    try:
        install()
        install()  # idempotent
        assert privacy_logging.installed()
        # A handler added after install(), on a logger that does not propagate (like Sanic's).
        logger, stream = _logger_with_stream("tests.privacy.later")
        logger.warning("call me on %s or %s", "07700 900123", "me@example.org")
        logger.info("%s", {"text": "I live at NN1 1AA"})
        out = stream.getvalue()
        assert "07700" not in out and "me@example.org" not in out and "NN1 1AA" not in out
        assert out.count("[phone]") == 1 and "[email]" in out and "[postcode]" in out
        assert any(isinstance(f, RedactingFilter) for h in logging.getLogger().handlers for f in h.filters) \
            or not logging.getLogger().handlers
    finally:
        logging.setLogRecordFactory(original)
        for handler in logging.getLogger().handlers:
            for f in [f for f in handler.filters if isinstance(f, RedactingFilter)]:
                handler.removeFilter(f)


def test_a_broken_log_call_is_still_logged_and_redacted():
    logger, stream = _logger_with_stream("tests.privacy.broken")
    logger.handlers[0].addFilter(RedactingFilter())
    logger.info("two placeholders %s %s", "07700 900123")  # one argument missing
    out = stream.getvalue()
    assert "07700" not in out and "[phone]" in out


# ------------------------------------------------------------------ pseudonyms


def test_pseudonyms_are_stable_keyed_and_not_the_id(monkeypatch, key_file):
    first = pseudonymise("3f9a1b2c-sender")
    assert first.startswith(PSEUDONYM_PREFIX) and "3f9a1b2c" not in first
    assert pseudonymise("3f9a1b2c-sender") == first
    assert pseudonymise("another-sender") != first
    assert pseudonymise(first) == first  # applying twice changes nothing
    assert pseudonymise("") == ""
    # A different key gives a different pseudonym.
    monkeypatch.setenv("PSEUDONYM_KEY", "a-key-from-the-environment")
    assert pseudonymise("3f9a1b2c-sender") != first


def test_the_per_install_key_is_private_and_kept(key_file):
    assert not key_file.exists()
    value = pseudonymise("someone")
    assert key_file.exists()
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    privacy_logging._key_cache.clear()
    assert pseudonymise("someone") == value  # read back from the file


def test_key_from_the_environment_writes_no_file(monkeypatch, key_file):
    monkeypatch.setenv("PSEUDONYM_KEY", "k" * 40)
    pseudonymise("someone")
    assert not key_file.exists()


# ------------------------------------------------------------------ log hygiene

MESSAGE_NAMES = {"text", "message", "user_text", "utterance", "summary", "transcript", "body",
                 "latest_message", "user_message"}
# As dictionary keys ("payload['text']", ".get('text')"); "message" is too common there
# (error payloads) to count.
MESSAGE_KEYS = MESSAGE_NAMES - {"message", "body"}
LEVELS_AT_INFO_OR_ABOVE = {"info", "warning", "warn", "error", "critical", "exception"}


def _names(node: ast.AST) -> set[str]:
    found = set()
    for child in ast.walk(node):
        if isinstance(child, ast.Name):
            found.add(child.id)
        elif isinstance(child, ast.Attribute):
            found.add(child.attr)
        elif isinstance(child, ast.Constant) and child.value in MESSAGE_KEYS:
            found.add(child.value)
    return found


def test_no_message_text_in_logs_at_info():
    """Our code never passes message text to a logger at INFO or above (DEBUG is off in
    production). A lint over bot/, actions/ and offers/: a logging call at INFO+ must not
    mention a variable or attribute that holds what someone wrote."""
    offenders = []
    for folder in ("bot", "actions", "offers"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                    continue
                if node.func.attr not in LEVELS_AT_INFO_OR_ABOVE:
                    continue
                owner = node.func.value
                owner_name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
                if owner_name not in ("log", "logger", "logging", "structlogger", "_log"):
                    continue
                args = [a for a in node.args[1:]] + [k.value for k in node.keywords]
                mentioned = set().union(*(_names(a) for a in args)) if args else set()
                bad = mentioned & MESSAGE_NAMES
                if bad:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} logs {sorted(bad)}")
    assert not offenders, "message text logged at INFO or above:\n" + "\n".join(offenders)


def test_the_hygiene_lint_catches_an_offender(tmp_path):
    sample = "import logging\nlog = logging.getLogger()\ndef f(text):\n    log.info('got %s', text)\n"
    tree = ast.parse(sample)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "info"]
    assert calls and _names(calls[0].args[1]) & MESSAGE_NAMES == {"text"}


def test_pseudonymised_ids_in_privacy_logs(caplog, tracker_url):
    from bot.privacy import delete_conversation
    from tests.privacy.helpers import add_events

    add_events(tracker_url, "sender-abc-123", [("user", "hi", 1.0)])
    with caplog.at_level(logging.INFO, logger="bot.privacy"):
        delete_conversation("sender-abc-123", tracker_url)
    assert "sender-abc-123" not in caplog.text
    assert pseudonymise("sender-abc-123") in caplog.text


def test_key_file_lives_under_var_by_default(monkeypatch):
    monkeypatch.delenv("PSEUDONYM_KEY_FILE", raising=False)
    assert privacy_logging._key_file() == Path(ROOT) / "var" / "pseudonym.key"
