"""`create_app(settings)`: the aiohttp application served by `make run` on WEB_PORT (8080).

It holds the public chat page at `/` (and `/embed` for councils' pages, see `chat.py`), the
duty-worker dashboard under /duty/ and the static files under /static/ (GOV.UK Frontend,
socket.io-client and the chat styles are put there by `npm ci && npm run build` in
`frontend/`).
"""
from __future__ import annotations

import logging
import mimetypes
from typing import Any

from aiohttp import web

from bot.web.store import TriageStore
from bot.triage.transcript import TranscriptReader
from bot.web import chat, duty, live, privacy, security
from bot.web.config import WebConfig
from bot.web.duty import takeover
from bot.web.office import OfficeHours
from bot.web.templating import ENV_KEY, STATIC, make_env, render

log = logging.getLogger(__name__)

mimetypes.add_type("text/javascript", ".mjs")
mimetypes.add_type("font/woff2", ".woff2")

ERROR_PAGES = {
    403: ("You cannot do that", "This form has expired or did not come from this site. Go back, reload the page and try again."),
    404: ("Page not found", "If you typed the web address, check it is correct."),
    405: ("Page not found", "If you typed the web address, check it is correct."),
    500: ("Sorry, there is a problem with the service", "Try again later. Cases raised by the assistant are still being saved."),
}


@web.middleware
async def error_pages(request: web.Request, handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status not in ERROR_PAGES or not request.path.startswith("/duty"):
            raise
        title, default = ERROR_PAGES[exc.status]
        text = exc.text if exc.text and not exc.text.startswith(f"{exc.status}:") else default
        return render(request, "error.html", {"title": title, "message": text}, status=exc.status)
    except Exception:
        log.exception("unhandled error on %s", request.path)
        if not request.path.startswith("/duty"):
            raise
        title, message = ERROR_PAGES[500]
        return render(request, "error.html", {"title": title, "message": message}, status=500)


async def healthz(_request: web.Request) -> web.Response:
    """For `make run`'s supervisor and load balancers: the process is up and serving."""
    return web.Response(text="ok")


def create_app(
    settings: Any = None,
    *,
    store: TriageStore | None = None,
    transcripts: TranscriptReader | None = None,
    office_hours: OfficeHours | None = None,
) -> web.Application:
    """Build the web app. `settings` is a `bot.settings.Settings`, a mapping or None."""
    config = WebConfig.from_settings(settings)
    # auto_decompress off: aiohttp 3.9 (Rasa 3.6 pins it) inflates a body sent with a
    # Content-Encoding before client_max_size applies, so a 300 KB deflate bomb held the
    # event loop for 4 s. No browser compresses a request; a compressed one now just
    # doesn't parse (docs/security-advisories.md).
    app = web.Application(middlewares=[error_pages], client_max_size=256 * 1024,
                          handler_args={"auto_decompress": False})
    app[ENV_KEY] = make_env()
    app[duty.CONFIG] = config
    app[duty.STORE] = store or TriageStore(config.triage_db_url)
    app[duty.TRANSCRIPTS] = transcripts or TranscriptReader(config.tracker_db_url)
    app[duty.OFFICE] = office_hours or OfficeHours(config.offers_db_url)
    sweeper = takeover.install(app)  # duty workers taking over a chat (bot/handoff)
    app[duty.BROADCASTER] = live.Broadcaster(
        app[duty.STORE],
        poll_seconds=config.poll_seconds,
        spool_replay_seconds=config.spool_replay_seconds,
        replay_url=app[duty.STORE].url,
        transcripts=app[duty.TRANSCRIPTS],
        sweeper=sweeper,
    )
    security.install(app, secure=config.secure_cookies)
    duty.add_routes(app)
    chat.add_routes(app, settings)
    privacy.add_routes(app)
    app.router.add_get("/healthz", healthz)
    app.router.add_static("/static/", STATIC, name="static", append_version=False)

    async def start_live(app: web.Application) -> None:
        await app[duty.BROADCASTER].start()

    async def stop_live(app: web.Application) -> None:
        # Ends the event streams first, so shutdown does not wait on open browsers.
        await app[duty.BROADCASTER].stop()

    async def close_stores(app: web.Application) -> None:
        app[duty.TRANSCRIPTS].dispose()
        if store is None:
            app[duty.STORE].dispose()

    # aiohttp's stubs describe these signals' callbacks wrongly (a coroutine function is right)
    app.on_startup.append(start_live)  # type: ignore[arg-type]
    app.on_shutdown.append(stop_live)  # type: ignore[arg-type]
    app.on_cleanup.append(close_stores)  # type: ignore[arg-type]
    return app


def serve() -> int:
    """`python -m bot web`: serve the chat page and dashboard until stopped."""
    from bot.settings import Settings

    settings = Settings.from_env()
    web.run_app(create_app(settings), host=settings.bind_host, port=settings.web_port,
                print=None)
    return 0
