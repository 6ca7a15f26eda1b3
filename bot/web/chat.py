"""The public chat page: `/` on the web app, and `/embed` for a council's web page.

The page is static HTML plus `static/js/chat.js`; the browser talks socket.io straight to
the Rasa server's socketio channel (credentials.yml, `session_persistence: true`). The page
learns where that is from `data-socket-url` / `data-socket-path`, and its
Content-Security-Policy allows that one origin in `connect-src`.

Environment:
- CHAT_SOCKET_URL: the Rasa server as browsers reach it, e.g. `https://chat.example.org`
  or `https://council.example/assistant` (a path prefix: socket.io is then at
  `<prefix>/socket.io`). Default: the host the page was loaded from, on RASA_PORT (5005),
  which is right for `make run` on one machine.
- CHAT_EMBED_ORIGINS: the sites allowed to show `/embed` in an iframe, separated by spaces,
  e.g. `https://www.northnorthants.gov.uk https://www.derby.gov.uk`. Default: none.
- CHAT_EXIT_URL: where "Exit this page" goes (default BBC Weather, as GOV.UK suggests).

Longest message: the page counts down to MAX_MESSAGE_CHARS and won't send more (never
cutting what was typed). It is the REST channel's limit (bot/rasa/channels/rest.py,
credentials.yml `max_message_chars`), which the socket.io channel enforces too.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Mapping

from aiohttp import web
from yarl import URL

from bot.privacy.conversations import DEFAULT_RETENTION_DAYS, retention_days
from bot.web import security
from bot.web.templating import render

DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather"
SOCKET_PATH = "/socket.io"
PRIVACY_URL = "/privacy"
MAX_MESSAGE_CHARS = 5000  # = bot.rasa.channels.rest.DEFAULT_MAX_MESSAGE_CHARS


def _origin(url: URL) -> str:
    return str(url.origin())


def _websocket_origin(origin: str) -> str:
    url = URL(origin)
    return _origin(url.with_scheme("wss" if url.scheme == "https" else "ws"))


def _http_url(value: str, name: str) -> URL:
    url = URL(value.strip())
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"{name} must be an http(s) address, not {value!r}")
    return url


@dataclass(frozen=True)
class ChatConfig:
    rasa_port: int = 5005
    socket_url: str = ""  # CHAT_SOCKET_URL; empty: the page's host on rasa_port
    embed_origins: tuple[str, ...] = ()
    exit_url: str = DEFAULT_EXIT_URL

    @classmethod
    def from_settings(cls, settings: Any = None, env: Mapping[str, str] | None = None) -> "ChatConfig":
        env = os.environ if env is None else env
        if isinstance(settings, ChatConfig):
            return settings
        if isinstance(settings, Mapping):
            port = settings.get("rasa_port")
        else:
            port = getattr(settings, "rasa_port", None)
        port = int(port or env.get("RASA_PORT") or cls.rasa_port)
        socket_url = (env.get("CHAT_SOCKET_URL") or "").strip()
        if socket_url:
            _http_url(socket_url, "CHAT_SOCKET_URL")
        origins = tuple(_origin(_http_url(o, "CHAT_EMBED_ORIGINS"))
                        for o in (env.get("CHAT_EMBED_ORIGINS") or "").split())
        exit_url = (env.get("CHAT_EXIT_URL") or "").strip() or DEFAULT_EXIT_URL
        _http_url(exit_url, "CHAT_EXIT_URL")
        return cls(rasa_port=port, socket_url=socket_url, embed_origins=origins, exit_url=exit_url)

    def socket_endpoint(self, request: web.Request) -> tuple[str, str]:
        """(origin, socket.io path) of the Rasa server, as this browser should reach it."""
        if self.socket_url:
            url = URL(self.socket_url)
            prefix = url.path.rstrip("/")
            path = prefix if prefix.endswith(SOCKET_PATH) else prefix + SOCKET_PATH
            return _origin(url), path
        try:  # the host (and scheme) this page was loaded from, on the Rasa port
            page = URL(f"{request.scheme}://{request.host}")
            host = page.host
        except ValueError:
            host = None
        if not host:
            page, host = URL("http://127.0.0.1"), "127.0.0.1"
        return _origin(URL.build(scheme=page.scheme, host=host, port=self.rasa_port)), SOCKET_PATH

    def policy(self, request: web.Request, *, embed: bool) -> str:
        origin, _path = self.socket_endpoint(request)
        ancestors = " ".join(("'self'",) + self.embed_origins) if embed else "'none'"
        return security.csp(connect_src=f"'self' {origin} {_websocket_origin(origin)}",
                            frame_ancestors=ancestors)


CHAT_CONFIG = web.AppKey("chat_config", ChatConfig)


def _retention_days() -> int:
    try:
        return retention_days()
    except ValueError:  # the privacy page logs this
        return DEFAULT_RETENTION_DAYS


def _page(request: web.Request, *, embed: bool) -> web.Response:
    config = request.app[CHAT_CONFIG]
    origin, path = config.socket_endpoint(request)
    page = render(request, "chat/index.html", {
        "embed": embed,
        "socket_url": origin,
        "socket_path": path,
        "exit_url": config.exit_url,
        "privacy_url": PRIVACY_URL,
        "max_chars": MAX_MESSAGE_CHARS,
        "retention_days": _retention_days(),
    })
    page.headers["Content-Security-Policy"] = config.policy(request, embed=embed)
    # The page is the same for everyone, but must not outlive a change of address.
    page.headers["Cache-Control"] = "no-cache"
    return page


async def chat_page(request: web.Request) -> web.Response:
    return _page(request, embed=False)


async def embed_page(request: web.Request) -> web.Response:
    return _page(request, embed=True)


def add_routes(app: web.Application, settings: Any = None) -> None:
    app[CHAT_CONFIG] = ChatConfig.from_settings(settings)
    app.router.add_get("/", chat_page)
    app.router.add_get("/embed", embed_page)
