"""The web app's settings: database URLs from `bot.settings.Settings`, the rest from the
environment.

- DUTY_SECURE_COOKIES=1: mark cookies Secure (and name the session cookie `__Host-...`);
  on by default when DUTY_BASE_URL starts with https://. Must be on behind HTTPS.
- DUTY_SESSION_HOURS (8): a session's absolute lifetime.
- DUTY_IDLE_MINUTES (30): a session ends after this long without a page request.
- DUTY_POLL_SECONDS (0.5): how often the live queue checks the database for changes.
- DUTY_TRUST_PROXY=1: take the client address from X-Forwarded-For (behind a proxy only).
- DUTY_BASE_URL: the dashboard's public address, used in notifications.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields
from typing import Any, Mapping


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class WebConfig:
    triage_db_url: str | None = None
    tracker_db_url: str | None = None
    offers_db_url: str | None = None
    secure_cookies: bool = False
    session_hours: float = 8.0
    idle_minutes: float = 30.0
    poll_seconds: float = 0.5
    spool_replay_seconds: float = 10.0
    session_check_seconds: float = 30.0
    trust_proxy: bool = False
    base_url: str = "http://127.0.0.1:8080"

    @classmethod
    def from_settings(cls, settings: Any = None, env: Mapping[str, str] | None = None) -> "WebConfig":
        if isinstance(settings, WebConfig):
            return settings
        env = os.environ if env is None else env
        if isinstance(settings, Mapping):
            get = settings.get
        else:
            def get(name, default=None):
                return getattr(settings, name, default)
        base_url = env.get("DUTY_BASE_URL") or cls.base_url
        secure = env.get("DUTY_SECURE_COOKIES")
        values = dict(
            triage_db_url=get("triage_db_url") or env.get("TRIAGE_DB_URL") or None,
            tracker_db_url=get("tracker_db_url") or env.get("TRACKER_DB_URL") or None,
            offers_db_url=get("offers_db_url") or env.get("OFFERS_DB_URL") or None,
            secure_cookies=_flag(secure) if secure is not None else base_url.startswith("https://"),
            session_hours=float(env.get("DUTY_SESSION_HOURS") or cls.session_hours),
            idle_minutes=float(env.get("DUTY_IDLE_MINUTES") or cls.idle_minutes),
            poll_seconds=float(env.get("DUTY_POLL_SECONDS") or cls.poll_seconds),
            trust_proxy=_flag(env.get("DUTY_TRUST_PROXY")),
            base_url=base_url,
        )
        # Anything given explicitly in a mapping wins (tests pass their own values).
        if isinstance(settings, Mapping):
            for f in fields(cls):
                if f.name in settings:
                    values[f.name] = settings[f.name]
        return cls(**values)
