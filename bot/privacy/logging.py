"""Redaction of personal data from logs, and pseudonymous ids for analytics.

`install()` makes every log record of this process redacted: UK phone numbers, email
addresses, postcodes and National Insurance numbers become `[phone]`, `[email]`,
`[postcode]` and `[NI number]` in the message, its arguments and any traceback text. It
(1) adds a `RedactingFilter` to the root logger's handlers (and to the handlers of loggers
that have their own), and (2) wraps the log-record factory, so records reach handlers that
are added later (Rasa and Sanic set up theirs after start-up) already redacted. It is
idempotent: call it as early as you like, as often as you like.

`pseudonymise(sender_id)` is a keyed hash (HMAC-SHA256) for anything that leaves the
conversation store: analytics, benchmark output, closed triage cases. The key is
`PSEUDONYM_KEY` from the environment, or else a random key made once per install and kept
in `var/pseudonym.key` (mode 0600; `PSEUDONYM_KEY_FILE` moves it). Several machines must
share `PSEUDONYM_KEY`, or the same person gets a different pseudonym on each.

This module is named `logging` inside `bot.privacy`; it imports the standard library's
`logging` absolutely, so there is no clash.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import threading
from pathlib import Path
from typing import Any

__all__ = [
    "RedactingFilter",
    "install",
    "installed",
    "redact",
    "pseudonymise",
    "PSEUDONYM_PREFIX",
]

# ------------------------------------------------------------------ patterns

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
# National Insurance number: two letters, six digits, a final letter A-D, in any spacing.
# Wider than HMRC's valid prefixes on purpose (the well-known "QQ 12 34 56 C" example too).
NI_NUMBER = re.compile(r"\b[A-Z]{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?\d{2}[ \-]?[A-D]\b", re.IGNORECASE)
# UK postcode (GOV.UK's shape), with or without the space, in any case: "NN1 1AA", "de13rt".
POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE
)
# UK phone numbers: 0 or +44 / 0044 (optionally "(0)"), then 9 or 10 more digits, with
# spaces, dashes, dots or brackets between them: 07700 900123, +44 (0)7700-900-123,
# (01604) 364778, 020 7946 0958, 0800 123 4567.
PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)(?:[\s\-.()]{0,2}\d){9,10}(?![\d])"
)

_REPLACEMENTS = (
    (EMAIL, "[email]"),
    (NI_NUMBER, "[NI number]"),
    (POSTCODE, "[postcode]"),
    (PHONE, "[phone]"),
)


def redact(text: Any) -> str:
    """`text` as a string with phone numbers, emails, postcodes and NI numbers replaced."""
    if not isinstance(text, str):
        text = str(text)
    for pattern, replacement in _REPLACEMENTS:
        text = pattern.sub(replacement, text)
    return text


# ------------------------------------------------------------------ the filter

_REDACTED_FLAG = "_privacy_redacted"


def _redact_record(record: logging.LogRecord) -> None:
    if getattr(record, _REDACTED_FLAG, False):
        return
    try:
        message = record.getMessage()
    except Exception:  # noqa: BLE001 - a broken format string: keep what we can, redacted
        args = record.args if isinstance(record.args, tuple) else (record.args,)
        message = " ".join([str(record.msg), *(str(a) for a in args if a is not None)])
    record.msg = redact(message)
    record.args = None
    if record.exc_info and not record.exc_text:
        try:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        except Exception:  # noqa: BLE001
            record.exc_text = None
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    setattr(record, _REDACTED_FLAG, True)


class RedactingFilter(logging.Filter):
    """A filter that never drops a record, only redacts it (message, args, traceback)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            _redact_record(record)
        except Exception:  # noqa: BLE001 - logging must never fail because of us
            pass
        return True


_install_lock = threading.Lock()
_filter = RedactingFilter()
_installed = False


def _attach(logger: logging.Logger) -> None:
    for handler in logger.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(_filter)


def install() -> None:
    """Redact every log record of this process from now on (idempotent)."""
    global _installed
    with _install_lock:
        _attach(logging.getLogger())
        for logger in list(logging.Logger.manager.loggerDict.values()):
            if isinstance(logger, logging.Logger):
                _attach(logger)
        if _installed:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            try:
                _redact_record(record)
            except Exception:  # noqa: BLE001
                pass
            return record

        factory._privacy_redacting = True  # type: ignore[attr-defined]
        logging.setLogRecordFactory(factory)
        _installed = True


def installed() -> bool:
    """True when `install()` has run in this process."""
    return _installed and getattr(logging.getLogRecordFactory(), "_privacy_redacting", False)


# ------------------------------------------------------------------ pseudonyms

PSEUDONYM_PREFIX = "pseudonym:"
_key_lock = threading.Lock()
_key_cache: dict[str, bytes] = {}


def _key_file() -> Path:
    from bot.paths import VAR

    from bot.settings import Settings

    configured = Settings.from_env().pseudonym_key_file
    return Path(configured) if configured else VAR / "pseudonym.key"


def _load_or_create_key(path: Path) -> bytes:
    """Read the per-install key, creating it (0600, atomically) the first time."""
    try:
        data = path.read_bytes().strip()
        if data:
            return data
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_hex(32).encode("ascii"))
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)  # atomic, and never replaces a key another process made
        except FileExistsError:
            pass
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
    os.chmod(path, 0o600)
    return path.read_bytes().strip()


def _key() -> bytes:
    from bot.settings import Settings

    configured = Settings.from_env().pseudonym_key
    if configured:
        return configured.encode("utf-8")
    path = _key_file()
    with _key_lock:
        cached = _key_cache.get(str(path))
        if cached is None:
            cached = _load_or_create_key(path)
            _key_cache[str(path)] = cached
        return cached


def pseudonymise(sender_id: str) -> str:
    """A stable pseudonym for a conversation id: `pseudonym:` + 24 hex digits of HMAC-SHA256.

    Already-pseudonymised ids and empty ids come back unchanged, so it is safe to apply twice.
    """
    sender_id = "" if sender_id is None else str(sender_id)
    if not sender_id or sender_id.startswith(PSEUDONYM_PREFIX):
        return sender_id
    digest = hmac.new(_key(), sender_id.encode("utf-8"), hashlib.sha256).hexdigest()
    return PSEUDONYM_PREFIX + digest[:24]
