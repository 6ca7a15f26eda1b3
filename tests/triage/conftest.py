"""Every triage test gets its own databases and spool file, and no notifier configured."""
from __future__ import annotations


from tests.support.triage_fixtures import clock, store, triage_env, triage_pg_url  # noqa: F401
