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
    # Rasa's HTTP API can read every conversation, so it always needs a token.
    rasa_api_token: str = field(default_factory=lambda: secrets.token_urlsafe(32))

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
            rasa_api_token=env.get("RASA_API_TOKEN") or defaults.rasa_api_token,
        )

    @property
    def action_endpoint_url(self) -> str:
        return f"http://127.0.0.1:{self.actions_port}/webhook"

    def child_env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        """The environment for the Rasa and action servers (endpoints.yml reads it)."""
        env = dict(os.environ if base is None else base)
        env.update(
            OFFERS_DB_URL=self.offers_db_url,
            TRIAGE_DB_URL=self.triage_db_url,
            # Rasa's SQL tracker store accepts a full URL in `host`.
            TRACKER_DB_URL=self.tracker_db_url,
            ACTION_ENDPOINT_URL=self.action_endpoint_url,
            RASA_API_TOKEN=self.rasa_api_token,
        )
        return env
