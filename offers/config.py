"""Where things live: data folder, source documents and the database URL.

Everything is resolved from the package location (not the working directory) so the bot,
the CLI and the tests agree, and environment variables override each default.
"""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
DATA_DIR = PACKAGE_DIR / "data"
SECTIONS_FILE = PACKAGE_DIR / "source_sections.yml"
# The published Local Offer documents every fact cites, kept with the data so every
# checkout (CI's bare clone included) can check each quote against its section.
SOURCES_DIR = PACKAGE_DIR / "sources"

DB_URL_ENV = "OFFERS_DB_URL"
SOURCES_DIR_ENV = "OFFER_SOURCES_DIR"


def default_db_url() -> str:
    """`OFFERS_DB_URL`, else a SQLite file in the repository's git-ignored `var/`."""
    url = os.environ.get(DB_URL_ENV)
    if url:
        return url
    return f"sqlite:///{REPO_ROOT / 'var' / 'offers.db'}"


def sources_dir() -> Path:
    """`OFFER_SOURCES_DIR`, else the copies in `offers/sources/` (the published documents)."""
    override = os.environ.get(SOURCES_DIR_ENV)
    if override:
        return Path(override)
    return SOURCES_DIR
