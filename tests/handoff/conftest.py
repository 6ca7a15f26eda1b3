from tests.support.triage_fixtures import clock, store, triage_env, triage_pg_url  # noqa: F401
