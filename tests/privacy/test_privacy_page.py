"""The privacy notice at /privacy: complete, true to the settings, and easy to read."""
from __future__ import annotations

import re

import pytest_asyncio
import textstat
from aiohttp.test_utils import TestClient, TestServer

from bot.web.app import create_app
from bot.web.office import OfficeHours
from tests.triage.helpers import Clock, make_store

# A reader of about 11: Flesch-Kincaid grade 6 for the page as a whole. No paragraph may
# be harder than the project's limit for replies (tests/test_readability.py).
MAX_PAGE_GRADE = 6.0
MAX_PARAGRAPH_GRADE = 8.0


@pytest_asyncio.fixture
async def client(tmp_path):
    store = make_store(f"sqlite:///{tmp_path / 'triage.db'}", Clock())
    app = create_app({"poll_seconds": 0.05}, store=store, office_hours=OfficeHours(lookup=lambda a, t: None))
    async with TestClient(TestServer(app)) as client:
        yield client
    store.dispose()


async def _page(client) -> str:
    response = await client.get("/privacy")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/html")
    return await response.text()


def _paragraphs(html: str) -> list[str]:
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    out = []
    for _tag, inner in re.findall(r"<(p|li|h1|h2)[^>]*>(.*?)</\1>", main, re.S):
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", inner)).strip()
        if text:
            out.append(text.replace("&#39;", "'"))
    return out


def _grade(text: str) -> float:
    return textstat.flesch_kincaid_grade(re.sub(r"[\d ]{6,}", " it ", text))


async def test_the_notice_says_what_the_issue_asks(client):
    text = " ".join(_paragraphs(await _page(client)))
    for needed in (
        "computer program. It is not a person",          # an automated assistant
        "the messages you send, and the replies",         # what is kept
        "which council you say you are from",
        "a safety flag",
        "We delete a chat 30 days after the last message",  # for how long
        "Duty workers are social workers from your council",  # who sees it
        "if a message makes us think you might not be safe",
        "if you ask to talk to a person",
        "We cannot keep that a secret",                   # no false promise of confidentiality
        "Type delete my chat",                            # how to delete
        "ask a duty worker to delete it",
        "Type download my chat",                          # how to get a copy
        "your council's data protection officer",         # who to ask
        "call 999", "116 123", "85258",
    ):
        assert needed in text, needed


async def test_the_notice_says_a_duty_worker_may_join_the_chat(client):
    """Issue 18: a duty worker can talk with the young person in the chat; their messages
    are part of the conversation for download, delete and retention."""
    text = " ".join(_paragraphs(await _page(client)))
    for needed in (
        "A duty worker may join your chat",
        "a duty worker may join the chat to talk with you",
        "marked as from a person, not from the assistant",
        "the assistant stops replying",
        "What they write is part of your chat. We keep it, copy it and delete it in the same way",
        "messages from a duty worker, if one joins your chat",  # what is kept
        "This deletes a duty worker's messages too",
        "A duty worker's messages are in it too, with their name",
    ):
        assert needed.lower() in text.lower(), needed


async def test_the_retention_period_comes_from_the_settings(client, monkeypatch):
    monkeypatch.setenv("RETENTION_DAYS", "14")
    monkeypatch.setenv("CASE_PSEUDONYMISE_DAYS", "60")
    text = " ".join(_paragraphs(await _page(client)))
    assert "We delete a chat 14 days after the last message" in text
    assert "60 days after they close it" in text


async def test_a_bad_setting_does_not_break_the_page(client, monkeypatch):
    monkeypatch.setenv("RETENTION_DAYS", "soon")
    assert "We delete a chat 30 days" in " ".join(_paragraphs(await _page(client)))


async def test_the_notice_is_easy_to_read(client):
    paragraphs = _paragraphs(await _page(client))
    hard = [(round(_grade(p), 1), p) for p in paragraphs if _grade(p) > MAX_PARAGRAPH_GRADE]
    assert not hard, hard
    whole = _grade(". ".join(paragraphs))
    assert whole <= MAX_PAGE_GRADE, whole
    assert max(len(re.findall(r"\w+", s)) for p in paragraphs for s in re.split(r"[.!?]", p)) <= 20


async def test_the_notice_has_the_shared_layout_and_headers(client):
    response = await client.get("/privacy")
    html = await response.text()
    assert 'href="/static/vendor/app.css"' in html
    assert "govuk-template__body" in html
    assert "<script>" not in html and "style=" not in html  # the CSP forbids inline code
    assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert response.headers["X-Frame-Options"] == "DENY"
    assert 'href="/"' in html  # back to the chat
