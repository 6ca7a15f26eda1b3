"""`python -m bot.actions_main --actions actions --port 5055`: rasa_sdk's action server with
a polite 400 for malformed request bodies (bot.json_bodies); everything else is exactly
`python -m rasa_sdk`."""
from __future__ import annotations

from bot import json_bodies


def main() -> None:
    json_bodies.install_in_action_server()
    from rasa_sdk.__main__ import main as rasa_sdk_main

    rasa_sdk_main()


if __name__ == "__main__":
    main()
