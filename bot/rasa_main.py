"""`python -m bot.rasa_main run ...`: Rasa's own CLI with the assistant's safeguards.

`make run` starts the Rasa server this way so that bot.resilience (polite replies when the
action server is down), bot.speedups (less repeated work per turn) and bot.json_bodies (a
400, not a 500, for malformed bodies sent to the HTTP API) are in place before any message
is handled; everything else is exactly `rasa`.
"""
from __future__ import annotations

from bot import json_bodies, resilience, speedups


def main() -> None:
    resilience.install()
    speedups.install()
    json_bodies.install_in_rasa()
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
