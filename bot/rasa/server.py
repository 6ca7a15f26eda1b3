"""`python -m bot.rasa.server run ...`: Rasa's own CLI after `bot.rasa.install()`.

`make run` and `make shell` start Rasa this way, so the patches (polite replies when the
action server is down, less repeated work per turn, a 400 for malformed API bodies) and
redacted logs are in place before any message is handled; everything else is exactly
`rasa`. (A bare `rasa run` gets the same once it loads the model: see `bot.rasa`.)
"""
from __future__ import annotations

from bot.rasa import install


def main() -> None:
    install("rasa")
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
