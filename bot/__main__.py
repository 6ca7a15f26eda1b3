"""Command line: `python -m bot <command>`.

  build-nlp   build the spaCy pipeline config.yml loads (make train does this)
  run         start the action server, Rasa server and web app (make run)
  web         start only the web app (chat page + duty dashboard)
  shell       talk to the bot in this terminal (make shell)
  add-worker  create a duty-worker account for the dashboard
  purge       apply the retention policy (conversations, closed cases); --dry-run
  migrate-messenger-ids
              give Messenger conversations from before issue 17 their `messenger-` ids;
              counts only unless --apply
"""
from __future__ import annotations

import argparse
import logging
import sys

from bot.privacy import cli as privacy_cli
from bot.privacy.logging import install as install_log_redaction
from bot.rasa import messenger_ids
from bot.web import cli as web_cli


def _build_nlp(_args: argparse.Namespace) -> int:
    from bot import nlp

    path = nlp.build()
    print(f"spaCy pipeline built at {path}")
    return 0


def _run(_args: argparse.Namespace) -> int:
    from bot import runner

    return runner.run()


def _shell(_args: argparse.Namespace) -> int:
    from bot import runner

    return runner.shell()


def _web(_args: argparse.Namespace) -> int:
    from bot.web.app import serve

    return serve()


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    install_log_redaction()  # covers the web app and every CLI command
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("build-nlp", help="build the spaCy pipeline").set_defaults(func=_build_nlp)
    commands.add_parser("run", help="start every server").set_defaults(func=_run)
    commands.add_parser("web", help="start the web app").set_defaults(func=_web)
    commands.add_parser("shell", help="talk to the bot in this terminal").set_defaults(func=_shell)
    web_cli.register(commands)  # add-worker
    privacy_cli.register(commands)  # purge
    messenger_ids.register(commands)  # migrate-messenger-ids
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
