"""Moved to harness/cluster.py (tests and `make bench` share it); the tests import it from here."""
from harness.cluster import *  # noqa: F403
