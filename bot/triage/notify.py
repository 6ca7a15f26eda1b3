"""Tell the on-call duty worker that a crisis case was raised.

Pluggable, and a logged no-op unless configured (like helpdesk-assistant's `localmode`):
- `SmtpNotifier`: email, from NOTIFY_SMTP_HOST, NOTIFY_SMTP_PORT (25), NOTIFY_SMTP_FROM,
  NOTIFY_SMTP_TO (comma-separated); optional NOTIFY_SMTP_USER / NOTIFY_SMTP_PASSWORD and
  NOTIFY_SMTP_STARTTLS=1.
- `WebhookNotifier`: a JSON POST to NOTIFY_WEBHOOK_URL (Slack/Teams style: has `text`).
- `NullNotifier`: logs "not configured".

A notification never contains what the young person wrote, nor who they are: only the
severity, the authority, the case number, when it was raised and a link to the case page
(DUTY_BASE_URL, default http://127.0.0.1:8080). Notifiers block; `raise_case` runs them
on a background thread.
"""
from __future__ import annotations

import json
import logging
import smtplib
import urllib.request
from dataclasses import dataclass, replace
from datetime import datetime
from email.message import EmailMessage
from typing import Mapping, Protocol, Sequence

from bot.settings import Settings
from bot.triage.authorities import display_name
from offers.hours import LONDON

log = logging.getLogger(__name__)
DEFAULT_BASE_URL = "http://127.0.0.1:8080"


@dataclass(frozen=True)
class Alert:
    case_id: int
    severity: str
    authority: str
    raised_at: datetime
    link: str
    # A digest stands for this case and every other one raised while notifications were
    # over their cap (bot.triage.notify_gate): it points at the queue, not at one case.
    digest: bool = False

    @property
    def authority_name(self) -> str:
        return display_name(self.authority)

    def subject(self) -> str:
        if self.digest:
            return "Many cases are being raised: open the duty queue"
        return f"{self.severity.capitalize()} case raised: {self.authority_name}"

    def text(self) -> str:
        if self.digest:
            return (
                "More cases than usual are being raised, so they are no longer sent one by "
                "one (this could be a flood of fake messages, but real cases are among them)."
                f"\n\nSign in to the duty dashboard and look at the whole queue:\n{self.link}\n"
            )
        when = self.raised_at.astimezone(LONDON).strftime("%H:%M on %d %B %Y")
        return (
            f"A {self.severity} case (number {self.case_id}) was raised at {when} "
            f"for {self.authority_name}.\n\n"
            f"Sign in to the duty dashboard to read it and claim it:\n{self.link}\n"
        )


def alert_for(case_id: int, severity: str, authority: str, raised_at: datetime,
              base_url: str | None = None) -> Alert:
    base = (base_url or Settings.from_env().duty_base_url or DEFAULT_BASE_URL).rstrip("/")
    return Alert(case_id, severity, authority, raised_at, f"{base}/duty/cases/{case_id}")


def digest_for(alert: Alert) -> Alert:
    """The one digest of a window, sent instead of `alert` once the cap is reached."""
    queue = alert.link.rsplit("/duty/", 1)[0] + "/duty/queue"
    return replace(alert, digest=True, link=queue)


class Notifier(Protocol):
    name: str

    def notify(self, alert: Alert) -> str:
        """Send the alert; return a short description. Raise on failure."""


class NullNotifier:
    name = "none"

    def notify(self, alert: Alert) -> str:
        log.info(
            "on-call notification not configured: %s case %s for %s not sent",
            alert.severity, alert.case_id, alert.authority,
        )
        return "not configured"


class SmtpNotifier:
    name = "email"

    def __init__(
        self,
        host: str,
        port: int,
        sender: str,
        recipients: Sequence[str],
        *,
        username: str | None = None,
        password: str | None = None,
        starttls: bool = False,
        timeout: float = 10.0,
    ) -> None:
        self.host, self.port, self.sender = host, port, sender
        self.recipients = list(recipients)
        self.username, self.password, self.starttls = username, password, starttls
        self.timeout = timeout

    def notify(self, alert: Alert) -> str:
        message = EmailMessage()
        message["Subject"] = alert.subject()
        message["From"] = self.sender
        message["To"] = ", ".join(self.recipients)
        message.set_content(alert.text())
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
            if self.starttls:
                smtp.starttls()
            if self.username:
                smtp.login(self.username, self.password or "")
            smtp.send_message(message)
        return f"email sent to {len(self.recipients)} recipient(s)"


class WebhookNotifier:
    name = "webhook"

    def __init__(self, url: str, *, timeout: float = 10.0) -> None:
        self.url = url
        self.timeout = timeout

    def notify(self, alert: Alert) -> str:
        body = json.dumps(
            {
                "text": f"{alert.subject()}. {alert.link}",
                "severity": alert.severity,
                "authority": alert.authority,
                "authority_name": alert.authority_name,
                "case_id": alert.case_id,
                "raised_at": alert.raised_at.isoformat(),
                "link": alert.link,
            }
        ).encode("utf-8")
        request = urllib.request.Request(
            self.url, data=body, method="POST", headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=self.timeout) as response:
            status = response.status
        if not 200 <= status < 300:
            raise RuntimeError(f"webhook answered {status}")
        return f"webhook answered {status}"


class MultiNotifier:
    """Sends through every configured notifier; fails only if all of them fail."""

    name = "multi"

    def __init__(self, notifiers: Sequence[Notifier]) -> None:
        self.notifiers = list(notifiers)

    def notify(self, alert: Alert) -> str:
        done, errors = [], []
        for notifier in self.notifiers:
            try:
                done.append(notifier.notify(alert))
            except Exception as exc:  # noqa: BLE001
                log.error("%s notification for case %s failed: %s", notifier.name, alert.case_id, exc)
                errors.append(f"{notifier.name} failed ({type(exc).__name__})")
        if not done:
            raise RuntimeError("; ".join(errors))
        return "; ".join(done + errors)


def notifier_from_env(env: Mapping[str, str] | None = None) -> Notifier:
    settings = Settings.from_env(env)
    notifiers: list[Notifier] = []
    host = settings.notify_smtp_host
    recipients = [r.strip() for r in settings.notify_smtp_to.split(",") if r.strip()]
    if host and recipients:
        notifiers.append(
            SmtpNotifier(
                host,
                int(settings.notify_smtp_port or 25),
                settings.notify_smtp_from or "duty-dashboard@localhost",
                recipients,
                username=settings.notify_smtp_user or None,
                password=settings.notify_smtp_password or None,
                starttls=settings.notify_smtp_starttls.lower() in ("1", "true", "yes"),
            )
        )
    elif host:
        log.warning("NOTIFY_SMTP_HOST is set but NOTIFY_SMTP_TO is empty: email is off")
    if settings.notify_webhook_url:
        notifiers.append(WebhookNotifier(settings.notify_webhook_url))
    if not notifiers:
        return NullNotifier()
    return notifiers[0] if len(notifiers) == 1 else MultiNotifier(notifiers)


def notify_severities(env: Mapping[str, str] | None = None) -> set[str]:
    raw = Settings.from_env(env).notify_severities or "crisis"
    return {s.strip() for s in raw.split(",") if s.strip()}
