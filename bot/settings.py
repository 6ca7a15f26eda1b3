"""Settings from the environment, with safe local defaults: the one reader of the environment.

Everything that differs between a laptop and production (ports, bind address, database
URLs, secrets, retention, notifications, the dashboard's cookies) is read here and nowhere
else in bot/ and actions/ (tests/test_layout.py checks), so every knob is in this file and
a test can build a configuration with `Settings(...)` or `Settings.from_env({...})`
without touching `os.environ`. Code that has no `Settings` passed in asks
`Settings.from_env()` at the moment it needs a value, as it read the variable before.
(offers/ stands alone and reads its own two, in offers/config.py; the chat page's
CHAT_* variables are read in bot/web/chat.py for now.)

Optional knobs are kept as the raw text (None when unset), parsed and checked where they
are used, so their error messages stay next to their meaning.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from typing import Mapping, Optional

from bot.paths import VAR


def _sqlite_default(name: str) -> str:
    return f"sqlite:///{VAR / name}"


# The databases' defaults: SQLite files under the git-ignored var/ (written once, here).
DEFAULT_OFFERS_DB_URL = _sqlite_default("offers.db")
DEFAULT_TRIAGE_DB_URL = _sqlite_default("triage.db")
DEFAULT_TRACKER_DB_URL = _sqlite_default("tracker.db")


@dataclass(frozen=True)
class Settings:
    bind_host: str = "127.0.0.1"
    rasa_port: int = 5005
    actions_port: int = 5055
    web_port: int = 8080
    offers_db_url: str = DEFAULT_OFFERS_DB_URL
    triage_db_url: str = DEFAULT_TRIAGE_DB_URL
    tracker_db_url: str = DEFAULT_TRACKER_DB_URL
    # Redis for Rasa's conversation locks (bot/rasa/lock_store.py), e.g. redis://host:6379/1.
    # Empty: in-memory locks, right for one Rasa process; several need a shared Redis.
    lock_store_url: str = field(default="", repr=False)  # may hold a password
    # Rasa's HTTP API can read every conversation, so it always needs a token.
    rasa_api_token: str = field(default_factory=lambda: secrets.token_urlsafe(32), repr=False)
    # Facebook Messenger (credentials.yml reads these). Unset means "not configured": each
    # run then gets random values, so nobody can pass the webhook check or forge a signed
    # message, and replies could never be posted as the page.
    facebook_verify_token: str = field(default_factory=lambda: secrets.token_urlsafe(32), repr=False)
    facebook_app_secret: str = field(default_factory=lambda: secrets.token_urlsafe(32), repr=False)
    facebook_page_access_token: str = field(default_factory=lambda: secrets.token_urlsafe(32), repr=False)
    # Where replies go; empty means Facebook's own Graph API (tests point it at a fake).
    facebook_graph_url: str = ""
    # Letters and digits that separate several assistants sharing one Redis for locks (and
    # for the socket.io channel below).
    lock_store_key_prefix: str = ""
    # Redis for the website chat's socket.io server (bot/rasa/channels/socketio.py), so a
    # message sent by any Rasa server (a duty worker's, through Rasa's HTTP API) reaches a
    # socket held by another. Unset: the lock store's Redis (LOCK_STORE_URL), since several
    # Rasa servers need both; "off": none. With neither, emits stay in the process (one server).
    socketio_redis_url: str = field(default="", repr=False)  # may hold a password
    # Messenger's HUMAN_AGENT message tag for a duty worker's message sent 24 hours to 7 days
    # after the person last wrote ("1" to use it; needs Meta's approval: README).
    messenger_human_agent_tag: Optional[str] = None
    # The key that signs website conversation ids (bot/rasa/channels/session_tokens.py).
    # Unset: random per run (a restart starts new conversations); several Rasa servers
    # behind a load balancer need the same value.
    chat_session_key: str = field(default_factory=lambda: secrets.token_urlsafe(32), repr=False)
    # The REST channel takes requests from this machine only, or with this value in the
    # X-Rest-Secret header (bot/rasa/channels/rest.py). Empty: this machine only.
    rest_shared_secret: str = field(default="", repr=False)
    # REST channel overrides of credentials.yml (bot/rasa/channels/rest.py).
    rest_rate_per_second: Optional[str] = None
    rest_rate_burst: Optional[str] = None
    rest_max_message_chars: Optional[str] = None
    # Privacy (bot/privacy): actions that delete the conversation (comma-separated), the
    # pseudonym key (or the file that keeps it), retention in days.
    privacy_delete_actions: str = ""
    pseudonym_key: str = field(default="", repr=False)
    pseudonym_key_file: str = ""
    retention_days: Optional[str] = None
    case_pseudonymise_days: Optional[str] = None
    # Triage (bot/triage): the spool file for cases raised while the database is down.
    triage_spool_path: str = ""
    # Duty dashboard (bot/web/config.py).
    duty_base_url: str = ""
    duty_secure_cookies: Optional[str] = None
    duty_session_hours: Optional[str] = None
    duty_idle_minutes: Optional[str] = None
    duty_poll_seconds: Optional[str] = None
    duty_trust_proxy: Optional[str] = None
    # Notifying the on-call worker (bot/triage/notify.py).
    notify_smtp_host: str = ""
    notify_smtp_to: str = ""
    notify_smtp_port: Optional[str] = None
    notify_smtp_from: str = ""
    notify_smtp_user: str = ""
    notify_smtp_password: str = field(default="", repr=False)
    notify_smtp_starttls: str = ""
    notify_webhook_url: str = field(default="", repr=False)
    notify_severities: str = ""
    # Duty workers taking over a chat (bot/handoff): the Rasa server's HTTP API as the web
    # app reaches it (empty: http://127.0.0.1:RASA_PORT), and the safety timers in seconds.
    rasa_api_url: str = ""
    takeover_quiet_seconds: Optional[str] = None  # crisis message, worker silent: bot sends contacts
    takeover_idle_seconds: Optional[str] = None  # no worker message: hand back to the assistant

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if env is None else env
        defaults = cls()
        return cls(
            bind_host=env.get("BIND_HOST", defaults.bind_host),
            rasa_port=int(env.get("RASA_PORT", defaults.rasa_port)),
            actions_port=int(env.get("ACTIONS_PORT", defaults.actions_port)),
            web_port=int(env.get("WEB_PORT", defaults.web_port)),
            offers_db_url=env.get("OFFERS_DB_URL") or defaults.offers_db_url,
            triage_db_url=env.get("TRIAGE_DB_URL") or defaults.triage_db_url,
            tracker_db_url=env.get("TRACKER_DB_URL") or defaults.tracker_db_url,
            lock_store_url=env.get("LOCK_STORE_URL") or defaults.lock_store_url,
            rasa_api_token=env.get("RASA_API_TOKEN") or defaults.rasa_api_token,
            facebook_verify_token=env.get("FACEBOOK_VERIFY_TOKEN") or defaults.facebook_verify_token,
            facebook_app_secret=env.get("FACEBOOK_APP_SECRET") or defaults.facebook_app_secret,
            facebook_page_access_token=(env.get("FACEBOOK_PAGE_ACCESS_TOKEN")
                                        or defaults.facebook_page_access_token),
            facebook_graph_url=env.get("FACEBOOK_GRAPH_URL") or defaults.facebook_graph_url,
            lock_store_key_prefix=env.get("LOCK_STORE_KEY_PREFIX") or "",
            socketio_redis_url=env.get("SOCKETIO_REDIS_URL") or "",
            messenger_human_agent_tag=env.get("MESSENGER_HUMAN_AGENT_TAG"),
            chat_session_key=env.get("CHAT_SESSION_KEY") or defaults.chat_session_key,
            rest_shared_secret=env.get("REST_SHARED_SECRET") or "",
            rest_rate_per_second=env.get("REST_RATE_PER_SECOND"),
            rest_rate_burst=env.get("REST_RATE_BURST"),
            rest_max_message_chars=env.get("REST_MAX_MESSAGE_CHARS"),
            privacy_delete_actions=env.get("PRIVACY_DELETE_ACTIONS", ""),
            pseudonym_key=env.get("PSEUDONYM_KEY") or "",
            pseudonym_key_file=env.get("PSEUDONYM_KEY_FILE") or "",
            retention_days=env.get("RETENTION_DAYS"),
            case_pseudonymise_days=env.get("CASE_PSEUDONYMISE_DAYS"),
            triage_spool_path=env.get("TRIAGE_SPOOL_PATH") or "",
            duty_base_url=env.get("DUTY_BASE_URL") or "",
            duty_secure_cookies=env.get("DUTY_SECURE_COOKIES"),
            duty_session_hours=env.get("DUTY_SESSION_HOURS"),
            duty_idle_minutes=env.get("DUTY_IDLE_MINUTES"),
            duty_poll_seconds=env.get("DUTY_POLL_SECONDS"),
            duty_trust_proxy=env.get("DUTY_TRUST_PROXY"),
            notify_smtp_host=env.get("NOTIFY_SMTP_HOST") or "",
            notify_smtp_to=env.get("NOTIFY_SMTP_TO") or "",
            notify_smtp_port=env.get("NOTIFY_SMTP_PORT"),
            notify_smtp_from=env.get("NOTIFY_SMTP_FROM") or "",
            notify_smtp_user=env.get("NOTIFY_SMTP_USER") or "",
            notify_smtp_password=env.get("NOTIFY_SMTP_PASSWORD") or "",
            notify_smtp_starttls=env.get("NOTIFY_SMTP_STARTTLS") or "",
            notify_webhook_url=env.get("NOTIFY_WEBHOOK_URL") or "",
            notify_severities=env.get("NOTIFY_SEVERITIES") or "",
            rasa_api_url=env.get("RASA_API_URL") or "",
            takeover_quiet_seconds=env.get("TAKEOVER_QUIET_SECONDS"),
            takeover_idle_seconds=env.get("TAKEOVER_IDLE_SECONDS"),
        )

    @property
    def socketio_manager_url(self) -> str:
        """The Redis the socket.io server shares its emits through; empty: none."""
        url = self.socketio_redis_url.strip()
        if url.lower() in ("off", "none", "0"):
            return ""
        return url or self.lock_store_url.strip()

    @property
    def uses_human_agent_tag(self) -> bool:
        return (self.messenger_human_agent_tag or "").strip().lower() in ("1", "true", "yes", "on")

    @property
    def rasa_url(self) -> str:
        """Where the web app reaches the Rasa server's HTTP API (server to server)."""
        return (self.rasa_api_url or f"http://127.0.0.1:{self.rasa_port}").rstrip("/")

    @property
    def action_endpoint_url(self) -> str:
        return f"http://127.0.0.1:{self.actions_port}/webhook"

    def child_env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        """The environment for the three servers (endpoints.yml and credentials.yml read it).

        Ports and the bind address go too, so the web app serves on `web_port` and its chat
        page knows the Rasa server's port.
        """
        env = dict(os.environ if base is None else base)
        env.update(
            BIND_HOST=self.bind_host,
            RASA_PORT=str(self.rasa_port),
            ACTIONS_PORT=str(self.actions_port),
            WEB_PORT=str(self.web_port),
            OFFERS_DB_URL=self.offers_db_url,
            TRIAGE_DB_URL=self.triage_db_url,
            # Rasa's SQL tracker store accepts a full URL in `host`.
            TRACKER_DB_URL=self.tracker_db_url,
            ACTION_ENDPOINT_URL=self.action_endpoint_url,
            RASA_API_TOKEN=self.rasa_api_token,
            CHAT_SESSION_KEY=self.chat_session_key,
            FACEBOOK_VERIFY_TOKEN=self.facebook_verify_token,
            FACEBOOK_APP_SECRET=self.facebook_app_secret,
            FACEBOOK_PAGE_ACCESS_TOKEN=self.facebook_page_access_token,
        )
        if self.lock_store_url:
            env["LOCK_STORE_URL"] = self.lock_store_url
        else:
            env.pop("LOCK_STORE_URL", None)
        if self.rest_shared_secret:
            env["REST_SHARED_SECRET"] = self.rest_shared_secret
        if self.socketio_redis_url:
            env["SOCKETIO_REDIS_URL"] = self.socketio_redis_url
        if self.messenger_human_agent_tag is not None:
            env["MESSENGER_HUMAN_AGENT_TAG"] = self.messenger_human_agent_tag
        if self.facebook_graph_url:
            env["FACEBOOK_GRAPH_URL"] = self.facebook_graph_url
        else:
            env.pop("FACEBOOK_GRAPH_URL", None)
        return env
