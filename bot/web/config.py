"""The web app's settings, from `bot.settings.Settings` (which reads the environment):

- DUTY_SECURE_COOKIES=1: mark cookies Secure (and name the session cookie `__Host-...`);
  on by default when DUTY_BASE_URL starts with https://. Must be on behind HTTPS.
- DUTY_SESSION_HOURS (8): a session's absolute lifetime.
- DUTY_IDLE_MINUTES (30): a session ends after this long without a page request.
- DUTY_POLL_SECONDS (0.5): how often the live queue checks the database for changes.
- DUTY_TRUST_PROXY=N: the dashboard is behind N proxies of ours (1 or "true": one), each
  appending to X-Forwarded-For; the client address is the N-th entry from the right.
- DUTY_BASE_URL: the dashboard's public address, used in notifications.
- RASA_API_URL, RASA_API_TOKEN: the Rasa server's HTTP API, for a duty worker taking over a
  chat (bot/handoff); TAKEOVER_QUIET_SECONDS (120) and TAKEOVER_IDLE_SECONDS (900): the
  takeover's safety timers.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Mapping

from bot.settings import Settings


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


def _proxies(value: str | None) -> int:
    text = (value or "").strip()
    if text.isdigit():
        return int(text)
    return 1 if _flag(text) else 0


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
    trust_proxy: int = 0  # how many proxies of ours stand in front (bot.web.security)
    base_url: str = "http://127.0.0.1:8080"
    # Taking over a chat (bot/handoff): Rasa's HTTP API, and the timers in seconds.
    rasa_url: str = "http://127.0.0.1:5005"
    rasa_api_token: str = field(default="", repr=False)
    takeover_quiet_seconds: float = 120.0
    takeover_idle_seconds: float = 900.0
    takeover_sweep_seconds: float = 2.0
    takeover_poll_ms: int = 500  # how often the worker's page asks for new messages

    @classmethod
    def from_settings(cls, settings: Any = None, env: Mapping[str, str] | None = None) -> "WebConfig":
        if isinstance(settings, WebConfig):
            return settings
        configured = Settings.from_env(env)
        if isinstance(settings, Mapping):
            get = settings.get
        else:
            def get(name, default=None):
                return getattr(settings, name, default)
        base_url = configured.duty_base_url or cls.base_url
        secure = configured.duty_secure_cookies
        values: dict[str, Any] = dict(
            triage_db_url=get("triage_db_url") or configured.triage_db_url,
            tracker_db_url=get("tracker_db_url") or configured.tracker_db_url,
            offers_db_url=get("offers_db_url") or configured.offers_db_url,
            secure_cookies=_flag(secure) if secure is not None else base_url.startswith("https://"),
            session_hours=float(configured.duty_session_hours or cls.session_hours),
            idle_minutes=float(configured.duty_idle_minutes or cls.idle_minutes),
            poll_seconds=float(configured.duty_poll_seconds or cls.poll_seconds),
            trust_proxy=_proxies(configured.duty_trust_proxy),
            base_url=base_url,
            rasa_url=configured.rasa_url,
            rasa_api_token=configured.rasa_api_token,
            takeover_quiet_seconds=float(configured.takeover_quiet_seconds or cls.takeover_quiet_seconds),
            takeover_idle_seconds=float(configured.takeover_idle_seconds or cls.takeover_idle_seconds),
        )
        # Anything given explicitly in a mapping wins (tests pass their own values).
        if isinstance(settings, Mapping):
            for f in fields(cls):
                if f.name in settings:
                    values[f.name] = settings[f.name]
        return cls(**values)
