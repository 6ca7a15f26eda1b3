"""`python -m offers ...` (see offers/cli.py)."""
import sys

from offers.cli import main

sys.exit(main())
