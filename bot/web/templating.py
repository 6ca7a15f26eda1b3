"""Jinja2 templates (autoescaped: every string from a user or the database is HTML-escaped)."""
from __future__ import annotations

from pathlib import Path

import jinja2
from aiohttp import web

from bot.triage.authorities import UNKNOWN, display_name
from bot.triage.reasons import plain_reason, verdict_words
from bot.web import timefmt

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"
STATIC_PREFIX = "/static/"

ENV_KEY = web.AppKey("jinja_env", jinja2.Environment)

SEVERITY_LABELS = {
    "crisis": "Crisis",
    "urgent": "Urgent",
    "handoff": "Wants a person",
    "info": "Information",
}
SEVERITY_TAGS = {
    "crisis": "govuk-tag--red",
    "urgent": "govuk-tag--orange",
    "handoff": "govuk-tag--blue",
    "info": "govuk-tag--grey",
}
OUTCOME_LABELS = {
    "contacted": "Contacted the young person",
    "emergency_services_called": "Emergency services called",
    "no_answer": "No answer",
    "not_needed": "Not needed",
}
STATUS_LABELS = {"open": "Waiting", "claimed": "Claimed", "resolved": "Resolved"}
CHANNEL_LABELS = {
    "rest": "Website chat",
    "socketio": "Website chat",
    "facebook": "Facebook Messenger",
    "cmdline": "Test console",
}


# A case whose council the young person hasn't named yet (authority "unknown").
COUNCIL_NOT_KNOWN = "Council not known yet"
COUNCIL_NOT_KNOWN_LONG = "Council not known yet — the young person hasn't said which council looked after them"


def council_label(key: str | None, *, long: bool = False) -> str:
    """A case's council for the dashboard; one not known yet is said so plainly."""
    if not key or key == UNKNOWN:
        return COUNCIL_NOT_KNOWN_LONG if long else COUNCIL_NOT_KNOWN
    return display_name(key)


def speaker_label(message) -> str:
    """Who wrote a transcript message, as the duty worker reads it."""
    if message.speaker == "user":
        return "Young person"
    if message.speaker == "person":
        return f"{message.name} (duty worker)" if message.name else "Duty worker"
    return "Assistant"


def channel_label(channel: str | None) -> str:
    if not channel:
        return "Not known"
    return CHANNEL_LABELS.get(channel, channel)


def conversation_ref(sender_id: str | None) -> str:
    """What the dashboard shows for a conversation: its pseudonym (the same as in the audit
    log), never the id itself, which is the young person's (issue 17)."""
    from bot.privacy import pseudonymise

    return pseudonymise(sender_id or "") or "not known"


def static_url(path: str) -> str:
    return STATIC_PREFIX + path.lstrip("/")


def make_env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=jinja2.select_autoescape(["html", "xml"], default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        static=static_url,
        severity_label=lambda s: SEVERITY_LABELS.get(s, s),
        severity_tag=lambda s: SEVERITY_TAGS.get(s, "govuk-tag--grey"),
        outcome_label=lambda o: OUTCOME_LABELS.get(o, o or ""),
        status_label=lambda s: STATUS_LABELS.get(s, s),
        authority_name=council_label,
        council_label=council_label,
        reason_label=plain_reason,
        verdict_label=verdict_words,
        speaker_label=speaker_label,
        channel_label=channel_label,
        conversation_ref=conversation_ref,
        OUTCOME_LABELS=OUTCOME_LABELS,
    )
    env.filters.update(age=timefmt.age, london=timefmt.london, clock=timefmt.clock, iso=timefmt.iso)
    return env


def render(request: web.Request, name: str, context: dict | None = None, *, status: int = 200) -> web.Response:
    env = request.app[ENV_KEY]
    context = dict(context or {})
    context.setdefault("request_path", request.path)
    context.setdefault("duty_session", request.get("duty_session"))
    html = env.get_template(name).render(**context)
    return web.Response(text=html, status=status, content_type="text/html", charset="utf-8")
