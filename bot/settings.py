"""Settings from the environment, with safe local defaults.

Everything that differs between a laptop and production (ports, bind address, database
URLs, secrets) is read here, once, so the rest of the code takes a `Settings` object.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from typing import Mapping

from bot.paths import VAR


def _sqlite_default(name: str) -> str:
    return f"sqlite:///{VAR / name}"


@dataclass(frozen=True)
class Settings:
    bind_host: str = "127.0.0.1"
    rasa_port: int = 5005
    actions_port: int = 5055
    web_port: int = 8080
    offers_db_url: str = field(default_factory=lambda: _sqlite_default("offers.db"))
    triage_db_url: str = field(default_factory=lambda: _sqlite_default("triage.db"))
    tracker_db_url: str = field(default_factory=lambda: _sqlite_default("tracker.db"))
    # Redis for Rasa's conversation locks (bot/lock_store.py), e.g. redis://host:6379/1.
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
        )

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
            FACEBOOK_VERIFY_TOKEN=self.facebook_verify_token,
            FACEBOOK_APP_SECRET=self.facebook_app_secret,
            FACEBOOK_PAGE_ACCESS_TOKEN=self.facebook_page_access_token,
        )
        if self.lock_store_url:
            env["LOCK_STORE_URL"] = self.lock_store_url
        else:
            env.pop("LOCK_STORE_URL", None)
        if self.facebook_graph_url:
            env["FACEBOOK_GRAPH_URL"] = self.facebook_graph_url
        else:
            env.pop("FACEBOOK_GRAPH_URL", None)
        return env
