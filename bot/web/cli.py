"""`python -m bot add-worker`: create (or replace) a duty worker's account;
`python -m bot deactivate-worker`: a worker who has left can no longer sign in.

Wire it into the `python -m bot` parser with:

    from bot.web import cli as web_cli
    web_cli.register(subparsers)        # then: return args.func(args)

Examples:
    python -m bot add-worker asha --authority derby_city
    printf '%s\\n' "$PASSWORD" | python -m bot add-worker sam \\
        --authority north_northamptonshire --authority west_northamptonshire --password-stdin
"""
from __future__ import annotations

import argparse
import getpass
import sys

from bot.triage import authorities


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "add-worker",
        help="create a duty worker's login for the triage dashboard",
        description=(
            "Create a duty worker's login. The password is asked for twice, or read "
            "from the first line of standard input with --password-stdin."
        ),
    )
    parser.add_argument("username", help="login name (letters, digits, . - _ @)")
    parser.add_argument(
        "--authority",
        action="append",
        required=True,
        metavar="KEY",
        help="an authority the worker covers; repeat for several (e.g. derby_city)",
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (for scripts)",
    )
    parser.add_argument(
        "--replace",
        action="store_true",
        help="if the worker exists, set a new password and authorities (signs them out)",
    )
    parser.add_argument(
        "--lead",
        action="store_true",
        help="a lead: may release a case another worker holds (from the case page)",
    )
    parser.add_argument("--db-url", help="triage database URL (default: TRIAGE_DB_URL)")
    parser.set_defaults(func=add_worker_command)

    leaver = subparsers.add_parser(
        "deactivate-worker",
        help="stop a duty worker who has left from signing in",
        description=(
            "Deactivate a duty worker's login: their sessions end at once, the cases they "
            "hold go back to the queue, and the account stays for the audit log. "
            "add-worker --replace makes it active again."
        ),
    )
    leaver.add_argument("username")
    leaver.add_argument("--db-url", help="triage database URL (default: TRIAGE_DB_URL)")
    leaver.set_defaults(func=deactivate_worker_command)
    return parser


def deactivate_worker_command(args: argparse.Namespace) -> int:
    from bot.web.store import TriageStore

    store = TriageStore(args.db_url)
    try:
        worker = store.deactivate_worker(args.username)
        if worker is None:
            print(f"There is no worker called {args.username!r}.", file=sys.stderr)
            return 1
        released = store.release_all_held_by(
            worker.id, f"Released because {worker.username} was deactivated."
        )
        store.audit("worker_deactivated", worker_id=worker.id, username=worker.username,
                    detail={"by": "cli", "released_cases": released})
    finally:
        store.dispose()
    print(f"Duty worker {worker.username!r} can no longer sign in; "
          f"{len(released)} case(s) they held are back in the queue.")
    return 0


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass("Password: ")
    second = getpass.getpass("Password again: ")
    if first != second:
        raise ValueError("The passwords did not match.")
    return first


def add_worker_command(args: argparse.Namespace) -> int:
    from bot.triage.audit import AuditLog
    from bot.triage.database import TriageError
    from bot.web.accounts import AccountStore

    keys = [a.strip().lower() for a in args.authority]
    known = set(authorities.known_keys())
    unknown = [k for k in keys if k not in known]
    if unknown:
        print(
            f"Unknown authority: {', '.join(unknown)}. Known: {', '.join(sorted(known))}.",
            file=sys.stderr,
        )
        return 2
    try:
        password = _read_password(args.password_stdin)
    except (ValueError, EOFError, KeyboardInterrupt) as exc:
        print(str(exc) or "No password given.", file=sys.stderr)
        return 2
    store = AccountStore(args.db_url)
    audit = AuditLog(store.url, create=False)
    try:
        worker = store.add_worker(args.username, password, keys, replace=args.replace,
                                  lead=args.lead)
        audit.audit(
            "worker_replaced" if args.replace else "worker_added",
            worker_id=worker.id,
            username=worker.username,
            detail={"authorities": list(worker.authorities), "by": "cli", "lead": args.lead},
        )
    except TriageError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    finally:
        store.dispose()
        audit.dispose()
    names = ", ".join(authorities.display_name(k) for k in worker.authorities)
    print(f"Duty worker {worker.username!r} can sign in and sees cases for: {names}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point: `python -m bot.web.cli add-worker ...`."""
    parser = argparse.ArgumentParser(prog="python -m bot.web.cli")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
