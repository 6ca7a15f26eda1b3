"""Security headers, client addresses and cookie settings for the web app.

Headers are added in `on_response_prepare`, so every response gets them: pages, static
files, errors and the event stream. A handler that needs another policy (the chat page
talks socket.io to Rasa) sets its own `Content-Security-Policy`, which is kept.
"""
from __future__ import annotations

from aiohttp import web

POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "media-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


def csp(**changes: str) -> str:
    """The policy with some directives replaced: `csp(connect_src="'self' wss://rasa.example")`."""
    policy = dict(POLICY)
    policy.update({name.replace("_", "-"): value for name, value in changes.items()})
    return "; ".join(f"{name} {value}" for name, value in policy.items())


CSP = csp()

HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}


def install(app: web.Application, *, secure: bool) -> None:
    async def add_headers(request: web.Request, response: web.StreamResponse) -> None:
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        if "frame-ancestors 'none'" not in response.headers["Content-Security-Policy"]:
            # A page that may be framed (the embeddable chat) says where in its CSP;
            # X-Frame-Options cannot list sites, so it must not say DENY there.
            del response.headers["X-Frame-Options"]
        if secure:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        if request.path.startswith("/duty/"):
            # Case details must not stay in a shared laptop's cache or history snapshots.
            response.headers["Cache-Control"] = "no-store"

    app.on_response_prepare.append(add_headers)  # type: ignore[arg-type]  # aiohttp stubs


def client_ip(request: web.Request, trust_proxy: int | bool = 0) -> str:
    """The client's address. Behind `trust_proxy` proxies of ours, each of which appends the
    address it was reached from to X-Forwarded-For, that is the `trust_proxy`-th entry from
    the right: everything to its left was sent by the client and proves nothing."""
    proxies = int(trust_proxy)
    if proxies > 0:
        entries = [e.strip() for e in request.headers.get("X-Forwarded-For", "").split(",")]
        entries = [e for e in entries if e]
        if entries:
            return entries[-min(proxies, len(entries))][:64]
    return (request.remote or "")[:64]


def session_cookie_name(secure: bool) -> str:
    # The __Host- prefix makes browsers insist on Secure, Path=/ and no Domain.
    return "__Host-duty_session" if secure else "duty_session"


def cookie_options(secure: bool, **extra) -> dict:
    options = {"httponly": True, "samesite": "Strict", "path": "/", "secure": secure}
    options.update(extra)
    return options
