"""Where things live in the repository, so no module guesses relative paths."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
BUILD = ROOT / "build"
MODELS = ROOT / "models"
SPACY_PIPELINE = BUILD / "spacy" / "care_leavers_en"
MODEL_FILE = MODELS / "care-leavers.tar.gz"
OFFER_DATA = ROOT / "offers" / "data"
