"""Moved to harness/crisis_eval.py (tests and `make bench` share it); the tests import it from here."""
from harness.crisis_eval import *  # noqa: F403
