"""`python -m bot.rasa.action_server --actions actions --port 5055`: rasa_sdk's action
server after `bot.rasa.install("actions")` (a polite 400 for malformed request bodies,
redacted logs); everything else is exactly `python -m rasa_sdk`."""
from __future__ import annotations

from bot.rasa import install


def main() -> None:
    install("actions")
    from rasa_sdk.__main__ import main as rasa_sdk_main

    rasa_sdk_main()


if __name__ == "__main__":
    main()
