"""The queue page over HTTP: filters as GET parameters (a plain form, no JavaScript needed),
GOV.UK pagination that keeps them, and /duty/queue/rows answering for the same filters and
page, so the live page never shows a different queue from the one the worker asked for."""
from __future__ import annotations

import html
import re
from datetime import timedelta

from bot.triage.authorities import visible_authorities
from tests.triage.helpers import PASSWORD
from tests.web.test_web_cases import row_ids

DERBY = visible_authorities(["derby_city"])


def seed(store, clock, count=70):
    """`count` cases for Derby, North Northamptonshire and no council yet, a minute apart,
    all raised before now (moving the clock would end the worker's session)."""
    places = ["derby_city", "north_northamptonshire", None]
    severities = ["urgent", "crisis", "info", "handoff"]
    for i in range(count):
        store.raise_case(severities[i % 4], "homeless_tonight: homeless.rough", places[i % 3], "rest", f"s{i}",
                         created_at=clock.now - timedelta(minutes=count - i))


def worker_id(store, username: str) -> int:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from bot.triage.models import Worker

    with Session(store.engine) as session:
        return session.execute(select(Worker.id).where(Worker.username == username)).scalar_one()


def pages_in(text: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'class="govuk-link govuk-pagination__link" href="([^"]+)"', text)]


async def test_paging_25_a_page_with_govuk_pagination(store, clock, asha):
    seed(store, clock)
    visible = [c for c in store.queue(DERBY)]
    first = await asha.get("/duty/queue")
    assert len(row_ids(first.text)) == 25
    assert 'id="case-count">47<' in first.text  # 70 cases, 47 of them Derby's or no council's
    assert "Showing 1 to 25 (page 1 of 2)" in first.text
    assert 'aria-label="Pages of cases"' in first.text and 'rel="next"' in first.text
    assert "/duty/queue?page=2" in pages_in(first.text)
    second = await asha.get("/duty/queue?page=2")
    assert len(row_ids(second.text)) == 22 and 'rel="prev"' in second.text and 'rel="next"' not in second.text
    assert 'aria-current="page">2<' in second.text
    assert sorted(row_ids(first.text) + row_ids(second.text)) == sorted(c.id for c in visible)
    # A page past the end shows the last one; nonsense is page 1.
    assert row_ids((await asha.get("/duty/queue?page=9")).text) == row_ids(second.text)
    assert row_ids((await asha.get("/duty/queue?page=x")).text) == row_ids(first.text)


async def test_filters_are_a_plain_get_form_and_links_keep_them(store, clock, asha):
    seed(store, clock)
    page = await asha.get("/duty/queue")
    form = re.search(r'<form method="get" action="/duty/queue"[^>]*>(.*?)</form>', page.text, re.S).group(1)
    for name in ('name="severity"', 'name="council"', 'name="mine"', 'name="unclaimed"'):
        assert name in form
    # Only the councils this worker covers (and "not known yet") are offered.
    assert 'value="derby_city"' in form and 'value="unknown"' in form
    assert "north_northamptonshire" not in form

    crisis = await asha.get("/duty/queue?severity=crisis&council=unknown")
    want = [c.id for c in store.queue(DERBY) if c.severity == "crisis" and c.authority == "unknown"]
    assert row_ids(crisis.text) == sorted(want, reverse=True)  # all unclaimed, one severity: newest first
    assert '<option value="crisis" selected>' in crisis.text and '<option value="unknown" selected>' in crisis.text
    assert "matching your filters" in crisis.text and 'id="clear-filters"' in crisis.text

    urgent = await asha.get("/duty/queue?severity=urgent&page=1")
    assert not pages_in(urgent.text)  # one page: no pagination
    everything = await asha.get("/duty/queue?unclaimed=1")
    assert all(link.startswith("/duty/queue?unclaimed=1") for link in pages_in(everything.text))
    assert "/duty/queue?unclaimed=1&page=2" in pages_in(everything.text)


async def test_unknown_filter_values_and_other_councils_are_ignored(store, clock, asha):
    seed(store, clock, count=12)
    everything = row_ids((await asha.get("/duty/queue")).text)
    for query in ("severity=all", "council=north_northamptonshire", "mine=yes", "page=0", "council=%3Cscript%3E"):
        page = await asha.get("/duty/queue?" + query)
        assert page.status == 200 and row_ids(page.text) == everything, query
        assert "<script>" not in page.text.split("</header>")[1].split("<script")[0]


async def test_mine_and_unclaimed(store, clock, asha, browser_factory):
    seed(store, clock, count=12)
    asha_id = worker_id(store, "asha")
    cases = store.queue(DERBY)
    bo_id = store.add_worker("bo", PASSWORD, ["derby_city"]).id
    assert store.claim(cases[0].id, asha_id, DERBY).ok
    assert store.claim(cases[1].id, bo_id, DERBY).ok
    assert row_ids((await asha.get("/duty/queue?mine=1")).text) == [cases[0].id]
    unclaimed = row_ids((await asha.get("/duty/queue?unclaimed=1")).text)
    assert cases[0].id not in unclaimed and cases[1].id not in unclaimed and len(unclaimed) == len(cases) - 2
    both = row_ids((await asha.get("/duty/queue?mine=1&unclaimed=1")).text)
    assert both == unclaimed + [cases[0].id]  # waiting cases first, then mine
    everything = row_ids((await asha.get("/duty/queue")).text)
    assert everything[-2:] == sorted([cases[0].id, cases[1].id], key=everything.index)  # claimed last
    assert "No cases match these filters." in (await asha.get("/duty/queue?mine=1&severity=info")).text


async def test_live_rows_answer_for_the_same_filters_and_page(store, clock, asha):
    seed(store, clock)
    for query in ("", "?page=2", "?severity=urgent", "?unclaimed=1&page=2", "?council=unknown"):
        page = await asha.get("/duty/queue" + query)
        rows = await asha.get("/duty/queue/rows" + query)
        assert rows.status == 200 and "<html" not in rows.text
        assert row_ids(rows.text) == row_ids(page.text), query
        assert pages_in(rows.text) == pages_in(page.text), query
        count = re.search(r'id="case-count">(\d+)<', page.text).group(1)
        assert f'id="case-count">{count}<' in rows.text
        for part in ("case-rows", "queue-caption", "queue-pagination"):
            assert f'<template data-part="{part}">' in rows.text
    # A new crisis is on the first page's rows at once, whatever else is waiting.
    clock.advance(minutes=5)
    new = store.raise_case("crisis", "suicidal: suicidal.want_to_die", "derby_city", "rest", "new")
    assert row_ids((await asha.get("/duty/queue/rows")).text)[0] == new
    assert new not in row_ids((await asha.get("/duty/queue/rows?page=2")).text)
    assert new not in row_ids((await asha.get("/duty/queue/rows?severity=urgent")).text)


async def test_resolved_cases_are_not_in_the_queue(store, clock, asha):
    seed(store, clock, count=6)
    asha_id = worker_id(store, "asha")
    case = store.queue(DERBY)[0]
    store.claim(case.id, asha_id, DERBY)
    store.resolve(case.id, asha_id, DERBY, "contacted")
    page = await asha.get("/duty/queue")
    assert case.id not in row_ids(page.text.split("Resolved recently")[0])
    assert f'href="/duty/cases/{case.id}"' in page.text.split("Resolved recently")[1]
