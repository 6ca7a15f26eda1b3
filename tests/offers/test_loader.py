"""Loading is all or nothing, on SQLite and on PostgreSQL."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from offers import loader, models
from offers.db import make_engine
from offers.store import OfferStore, ensure_loaded

EXPECTED_OWN_ENTITLEMENTS = {
    "national": 10,
    "northamptonshire_childrens_trust": 70,   # + how to complain (issue 14), + the Local Offer wherever you live
    "north_northamptonshire": 31,             # + its own "in principle" TV licence, insurance, driving; + Ofsted's rating; + its figures it cannot confirm
    "west_northamptonshire": 0,
    "derby_city": 57,                         # + its Local Offer, wherever you live; + its Financial Entitlements (session 26)
}
EXPECTED_SERVICES = 53


def row_counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        with Session(engine) as session:
            return {m.__tablename__: session.execute(select(func.count()).select_from(m)).scalar_one()
                    for m in models.DELETE_ORDER}
    finally:
        engine.dispose()


def nn_allowance(url: str) -> int | None:
    store = OfferStore(url)
    try:
        return store.offer_for("north_northamptonshire", "setting_up_home_allowance").amount_pence
    finally:
        store.close()


def test_load_counts(db_url):
    report = loader.load(db_url)
    assert report.loaded
    assert report.authorities == 5
    assert report.entitlements == EXPECTED_OWN_ENTITLEMENTS
    assert report.services == EXPECTED_SERVICES
    counts = row_counts(db_url)
    assert counts["offer_entitlements"] == sum(EXPECTED_OWN_ENTITLEMENTS.values())
    assert counts["offer_services"] == EXPECTED_SERVICES
    assert counts["offer_authorities"] == 5
    assert counts["offer_contacts"] == 3  # Trust, North Northamptonshire (phones only), Derby


def test_a_bad_file_loads_nothing_and_keeps_the_previous_data(db_url, data_copy: Path):
    loader.load(db_url)
    before = row_counts(db_url)
    old_hash = OfferStore(db_url).content_hash()

    # A valid change in one file and an error in another: neither may be applied.
    derby = data_copy / "derby-city.yml"
    derby.write_text(derby.read_text().replace("title: Council tax exemption", "title: CHANGED"))
    nn = data_copy / "north-northamptonshire.yml"
    nn.write_text(nn.read_text().replace("amount_pence: 300000", "amount_pence: 300000\n    age_min: 30\n    age_max: 20"))
    with pytest.raises(loader.DataValidationError) as err:
        loader.load(db_url, data_dir=data_copy)
    assert any(i.file == "north-northamptonshire.yml" and i.field.endswith(".age_min") for i in err.value.issues)

    assert row_counts(db_url) == before
    store = OfferStore(db_url)
    assert store.content_hash() == old_hash
    assert store.offer_for("derby_city", "council_tax").title == "Council tax exemption"
    assert store.offer_for("north_northamptonshire", "setting_up_home_allowance").age_min is None
    store.close()


def test_a_database_error_half_way_rolls_everything_back(db_url, monkeypatch):
    loader.load(db_url)
    before = row_counts(db_url)
    real_build_rows = loader.build_rows

    def rows_with_a_duplicate(parsed):
        rows = real_build_rows(parsed)
        table, values = next((t, v) for t, v in rows if t is models.EntitlementRow)
        values.append(dict(values[0]))  # violates unique (authority_key, topic) after the deletes ran
        return rows

    monkeypatch.setattr(loader, "build_rows", rows_with_a_duplicate)
    with pytest.raises(IntegrityError):
        loader.load(db_url)
    assert row_counts(db_url) == before
    assert nn_allowance(db_url) == 300000


def test_reload_replaces_removed_entries(db_url, data_copy: Path):
    loader.load(db_url)
    nn = data_copy / "north-northamptonshire.yml"
    text = nn.read_text()
    start = text.index("  - topic: cooking_equipment")
    end = text.index("  - topic: work_experience")
    nn.write_text(text[:start] + text[end:])
    report = loader.load(db_url, data_dir=data_copy)
    assert report.entitlements["north_northamptonshire"] == EXPECTED_OWN_ENTITLEMENTS["north_northamptonshire"] - 1
    store = OfferStore(db_url)
    assert store.offer_for("north_northamptonshire", "cooking_equipment") is None
    store.close()


def test_ensure_loaded_loads_once_and_again_after_a_change(db_url, data_copy: Path):
    first = ensure_loaded(db_url, data_dir=data_copy)
    assert first.loaded and first.entitlements == EXPECTED_OWN_ENTITLEMENTS
    second = ensure_loaded(db_url, data_dir=data_copy)
    assert not second.loaded
    assert second.content_hash == first.content_hash
    assert second.entitlements == EXPECTED_OWN_ENTITLEMENTS and second.services == EXPECTED_SERVICES

    derby = data_copy / "derby-city.yml"
    derby.write_text(derby.read_text().replace("title: Council tax exemption", "title: Council tax exemption (checked)"))
    third = ensure_loaded(db_url, data_dir=data_copy)
    assert third.loaded and third.content_hash != first.content_hash
    store = OfferStore(db_url)
    assert store.offer_for("derby_city", "council_tax").title == "Council tax exemption (checked)"
    store.close()


def test_ensure_loaded_keeps_old_data_when_new_data_is_invalid(db_url, data_copy: Path):
    ensure_loaded(db_url, data_dir=data_copy)
    (data_copy / "derby-city.yml").write_text("authority: [not, a, mapping]\n")
    with pytest.raises(loader.DataValidationError):
        ensure_loaded(db_url, data_dir=data_copy)
    assert nn_allowance(db_url) == 300000


def test_missing_or_empty_data_folder_is_a_clear_error(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    with pytest.raises(loader.NoDataError, match="not found"):
        ensure_loaded(url, data_dir=tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(loader.NoDataError, match="no offer data files"):
        loader.load(url, data_dir=tmp_path / "empty")


def test_content_hash_depends_on_content_only(data_copy: Path):
    files = loader.data_files(data_copy)
    assert loader.content_hash(files) == loader.content_hash(loader.data_files())
    (data_copy / "national.yml").write_text((data_copy / "national.yml").read_text() + "\n# comment\n")
    assert loader.content_hash(loader.data_files(data_copy)) != loader.content_hash(loader.data_files())


def test_concurrent_first_loads_load_once(db_url):
    """The bot and the action server may start together: one loads, the others see it loaded."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=3) as pool:
        reports = list(pool.map(lambda _: ensure_loaded(db_url), range(3)))
    assert sorted(r.loaded for r in reports) == [False, False, True]
    assert row_counts(db_url)["offer_entitlements"] == sum(EXPECTED_OWN_ENTITLEMENTS.values())


def test_a_database_with_an_older_table_layout_is_rebuilt_on_load(db_url):
    """A database loaded before a table changed shape (a running `make run`'s var/offers.db)
    is reloaded at the next start-up: the schema version is part of the hash, and tables
    with other columns are dropped and recreated inside the load's transaction."""
    from sqlalchemy import text

    engine = make_engine(db_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE offer_meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)"))
            connection.execute(text("CREATE TABLE offer_services (key VARCHAR(64) PRIMARY KEY, name TEXT)"))
            connection.execute(text("INSERT INTO offer_meta VALUES ('content_hash', 'an older hash')"))
    finally:
        engine.dispose()
    report = ensure_loaded(db_url)
    assert report.loaded and report.services == EXPECTED_SERVICES
    assert row_counts(db_url)["offer_services"] == EXPECTED_SERVICES
    store = OfferStore(db_url)
    assert store.offer_for("west_northamptonshire", "laptop").amount_qualifier == "up_to"
    store.close()
