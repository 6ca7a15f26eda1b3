"""Moved to harness/servers.py (tests and `make bench` share it); the tests import it from here."""
from harness.servers import *  # noqa: F403
