"""The duty queue (bot/triage/queue.py): order, filters, paging and who sees what, with
enough cases (150, 60 or so for each worker) that paging and the order really matter; on SQLite and PostgreSQL."""
from __future__ import annotations

import shutil

import pytest
from sqlalchemy import text

from bot.triage.authorities import visible_authorities
from bot.triage.models import SEVERITY_RANK
from bot.triage.queue import QueueFilters
from tests.triage.helpers import PASSWORD, Clock, make_store

AUTHORITIES = ["derby_city", "north_northamptonshire", "west_northamptonshire",
               "northamptonshire_childrens_trust", None]
SEVERITIES = ["info", "crisis", "urgent", "handoff", "crisis", "urgent"]
DERBY = visible_authorities(["derby_city"])
NORTH = visible_authorities(["north_northamptonshire"])
EVERYTHING = QueueFilters()


def seed(store, clock, count: int = 150) -> dict:
    """`count` cases, one a minute, across every authority and severity; some claimed by
    asha (Derby) or nat (North), some resolved. Returns the workers' ids."""
    asha = store.add_worker("asha", PASSWORD, ["derby_city"]).id
    nat = store.add_worker("nat", PASSWORD, ["north_northamptonshire"]).id
    for i in range(count):
        authority = AUTHORITIES[i % len(AUTHORITIES)]
        case_id = store.raise_case(SEVERITIES[i % len(SEVERITIES)], "suicidal: suicidal.want_to_die",
                                   authority, "rest", f"sender-{i}")
        visible = visible_authorities([authority or "unknown"])
        if i % 7 == 3:
            worker = asha if authority in (None, "derby_city") else nat
            assert store.claim(case_id, worker, visible).ok
        if i % 11 == 5:
            worker = nat
            store.claim(case_id, worker, visible_authorities(["north_northamptonshire", "derby_city"]))
            store.resolve(case_id, worker, visible_authorities(["north_northamptonshire", "derby_city"]),
                          "contacted")
        clock.advance(minutes=1)
    return {"asha": asha, "nat": nat}


def expected(store, visible, worker_id=None, filters=EVERYTHING):
    """The queue worked out in Python from every case: the order the page must follow."""
    cases = [c for c in store.queue(visible, include_resolved=True) if c.status != "resolved"]
    if filters.severity:
        cases = [c for c in cases if c.severity == filters.severity]
    if filters.council:
        cases = [c for c in cases if c.authority == filters.council]
    if filters.mine or filters.unclaimed:
        cases = [c for c in cases if (filters.unclaimed and c.status == "open")
                 or (filters.mine and c.assignee_id == worker_id)]
    cases.sort(key=lambda c: (c.status != "open", SEVERITY_RANK[c.severity], -c.created_at.timestamp(), -c.id))
    return [c.id for c in cases]


def every_page(store, visible, worker_id=None, filters=EVERYTHING, per_page=25):
    first = store.queue_page(visible, worker_id, filters, 1, per_page)
    ids = [c.id for c in first.cases]
    for number in range(2, first.pages + 1):
        page = store.queue_page(visible, worker_id, filters, number, per_page)
        assert page.page == number and page.total == first.total
        assert len(page.cases) == (per_page if number < first.pages else first.total - per_page * (number - 1))
        ids += [c.id for c in page.cases]
    assert len(ids) == first.total
    return ids


@pytest.fixture(scope="module")
def seeded_sqlite(tmp_path_factory):
    """The seeded database, made once: each test works on its own copy."""
    path = tmp_path_factory.mktemp("queue") / "seeded.db"
    clock = Clock()
    store = make_store(f"sqlite:///{path}", clock)
    workers = seed(store, clock)
    store.dispose()
    return path, clock.now, workers


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def queue_store(request, tmp_path):
    if request.param == "sqlite":
        path, now, workers = request.getfixturevalue("seeded_sqlite")
        shutil.copy(path, tmp_path / "queue.db")
        clock = Clock(now)
        store = make_store(f"sqlite:///{tmp_path / 'queue.db'}", clock)
    else:
        clock = Clock()
        store = make_store(request.getfixturevalue("triage_pg_url"), clock)
        workers = seed(store, clock)
    yield store, clock, workers
    store.dispose()


def test_unclaimed_then_most_severe_then_newest_on_every_page(queue_store):
    store, clock, workers = queue_store
    want = expected(store, DERBY)
    assert len(want) > 25  # more than one page
    assert every_page(store, DERBY) == want
    first = store.queue_page(DERBY).cases
    # The newest unclaimed crisis is the first row; claimed cases come after every unclaimed one.
    newest_crisis = max((c for c in store.queue(DERBY) if c.severity == "crisis" and c.status == "open"),
                        key=lambda c: c.created_at)
    assert first[0].id == newest_crisis.id
    statuses = [store.get_case(i).status for i in want]
    assert statuses == sorted(statuses, key=lambda s: s != "open")
    assert "resolved" not in statuses


def test_a_new_crisis_goes_to_the_top_of_the_first_page(queue_store):
    store, clock, workers = queue_store
    clock.advance(hours=1)
    new = store.raise_case("crisis", "suicidal: suicidal.want_to_die", "derby_city", "rest", "newcomer")
    page = store.queue_page(DERBY)
    assert page.cases[0].id == new and page.page == 1
    # A new case the young person hasn't named a council for goes to the top for everyone.
    clock.advance(minutes=1)
    nobody = store.raise_case("crisis", "overdose: overdose.took_amount", None, "rest", "unknown-council")
    assert store.queue_page(DERBY).cases[0].id == nobody
    assert store.queue_page(NORTH).cases[0].id == nobody


def test_each_worker_sees_only_their_authorities(queue_store):
    store, clock, workers = queue_store
    derby = every_page(store, DERBY)
    north = every_page(store, NORTH)
    assert derby == expected(store, DERBY) and north == expected(store, NORTH)
    authorities = lambda ids: {store.get_case(i).authority for i in ids}  # noqa: E731
    assert authorities(derby) == {"derby_city", "unknown"}
    # The Trust runs leaving care for North Northamptonshire: its cases are North's too.
    assert authorities(north) == {"north_northamptonshire", "northamptonshire_childrens_trust", "unknown"}
    # A filter can't widen what a worker sees: another authority's council gives nothing.
    assert store.queue_page(DERBY, filters=QueueFilters(council="north_northamptonshire")).total == 0


@pytest.mark.parametrize("filters", [
    QueueFilters(severity="crisis"),
    QueueFilters(severity="info"),
    QueueFilters(council="derby_city"),
    QueueFilters(council="unknown"),
    QueueFilters(mine=True),
    QueueFilters(unclaimed=True),
    QueueFilters(mine=True, unclaimed=True),
    QueueFilters(severity="crisis", council="derby_city", unclaimed=True),
], ids=repr)
def test_filters(queue_store, filters):
    store, clock, workers = queue_store
    want = expected(store, DERBY, workers["asha"], filters)
    assert want, "the seed should give every filter something to show"
    assert every_page(store, DERBY, workers["asha"], filters, per_page=10) == want


def test_mine_is_only_the_workers_own_claims(queue_store):
    store, clock, workers = queue_store
    mine = every_page(store, NORTH, workers["nat"], QueueFilters(mine=True))
    assert mine and all(store.get_case(i).assignee_id == workers["nat"] for i in mine)
    assert store.queue_page(NORTH, None, QueueFilters(mine=True)).total == 0


def test_pages_are_clamped(queue_store):
    store, clock, workers = queue_store
    last = store.queue_page(DERBY, page=999)
    assert last.page == last.pages > 1 and last.cases
    assert store.queue_page(DERBY, page=-3).page == 1
    empty = store.queue_page(DERBY, filters=QueueFilters(severity="crisis", council="north_northamptonshire"))
    assert empty.total == 0 and empty.pages == 1 and empty.cases == () and empty.first == empty.last == 0


def plain_sql(store, status: str, filters: QueueFilters = EVERYTHING) -> str:
    """The SQL of a page of the queue (the store's own query), with its values written in."""
    query = store.page_query(status, sorted(DERBY), filters, worker_id=1, offset=25)
    return str(query.compile(store.engine, compile_kwargs={"literal_binds": True}))


@pytest.mark.parametrize("status", ["open", "claimed"])
@pytest.mark.parametrize("filters", [EVERYTHING, QueueFilters(severity="crisis"), QueueFilters(mine=True)], ids=repr)
def test_the_queue_query_reads_the_index_in_order(tmp_path, status, filters):
    """SQLite's plan for a page: the new index, and no sort of the whole table."""
    store = make_store(f"sqlite:///{tmp_path / 'plan.db'}", Clock())
    seed(store, Clock(), count=30)
    with store.engine.connect() as connection:
        connection.execute(text("ANALYZE"))
        plan = connection.execute(text("EXPLAIN QUERY PLAN " + plain_sql(store, status, filters))).fetchall()
    details = " | ".join(str(row[-1]) for row in plan)
    # With one severity, the older (status, severity_rank, created_at) index read backwards
    # gives the same order, and SQLite may take either; what matters is that nothing sorts.
    assert "USING INDEX ix_cases_queue" in details and "TEMP B-TREE" not in details, details
    if filters.severity is None:
        assert "ix_cases_queue_newest" in details, details
    store.dispose()


def test_an_existing_database_gains_the_index(tmp_path):
    """A triage database made before the index existed gets it at start-up."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    store = make_store(url, Clock())
    with store.engine.begin() as connection:
        connection.execute(text("DROP INDEX ix_cases_queue_newest"))
    store.dispose()
    store = make_store(url, Clock())
    with store.engine.connect() as connection:
        names = [r[0] for r in connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))]
    assert "ix_cases_queue_newest" in names
    store.dispose()


@pytest.mark.postgres
def test_on_postgres_the_index_gives_the_order_without_a_sort(triage_pg_url):
    """PostgreSQL can read a page straight off the index (with so few rows it would rather
    scan the table, so that is switched off to ask whether the index can serve the order)."""
    store = make_store(triage_pg_url, Clock())
    seed(store, Clock(), count=30)
    for status in ("open", "claimed"):
        with store.engine.begin() as connection:
            connection.execute(text("SET LOCAL enable_seqscan = off"))
            plan = "\n".join(row[0] for row in connection.execute(text("EXPLAIN " + plain_sql(store, status))))
        assert "ix_cases_queue_newest" in plan and "Sort" not in plan, plan
    store.dispose()
