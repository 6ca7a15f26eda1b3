"""Where things live in the repository, so no module guesses relative paths."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
BUILD = ROOT / "build"
MODELS = ROOT / "models"
SPACY_PIPELINE = BUILD / "spacy" / "care_leavers_en"
MODEL_FILE = MODELS / "care-leavers.tar.gz"
OFFER_DATA = ROOT / "offers" / "data"


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, a relative path taken from the repository root; None
    for other databases and in-memory SQLite."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    database = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or database in ("", ":memory:") or database.startswith("file:"):
        return None
    path = Path(database)
    return path if path.is_absolute() else ROOT / path


def anchored_url(url: str) -> str:
    """The URL with a relative SQLite path taken from the repository root (so every
    process finds var/*.db wherever it was started)."""
    from sqlalchemy.engine import make_url

    path = sqlite_file(url)
    return str(make_url(url).set(database=str(path))) if path is not None else url
