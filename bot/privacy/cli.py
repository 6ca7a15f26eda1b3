"""`python -m bot purge`: apply the retention policy (safe to run from cron).

Wire it into the `python -m bot` parser with:

    from bot.privacy import cli as privacy_cli
    privacy_cli.register(commands)

Examples:
    python -m bot purge --dry-run          # what would go, changes nothing
    python -m bot purge                    # RETENTION_DAYS (default 30)
    python -m bot purge --days 14 --case-days 60

A crontab line (daily at 03:15; quiet unless something fails):
    15 3 * * *  cd /srv/assistant && .venv/bin/python -m bot purge >/dev/null

Exit codes: 0 done (also when there was nothing to do), 1 a database could not be
reached or read (the message says which one; nothing was half-deleted), 2 bad arguments.
"""
from __future__ import annotations

import argparse
import sys
from datetime import timedelta


def register(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "purge",
        help="delete conversations older than the retention period; pseudonymise closed cases",
        description=(
            "Delete every stored event of conversations with no activity for --days days "
            "(default RETENTION_DAYS, or 30), and pseudonymise triage cases resolved more "
            "than --case-days days ago. Idempotent and safe to run from cron."
        ),
    )
    parser.add_argument("--days", type=int, default=None,
                        help="retention period in days (default: RETENTION_DAYS or 30)")
    parser.add_argument("--case-days", type=int, default=None,
                        help="pseudonymise cases resolved this many days ago "
                             "(default: CASE_PSEUDONYMISE_DAYS, else the retention period)")
    parser.add_argument("--dry-run", action="store_true", help="report what would change; change nothing")
    parser.add_argument("--no-cases", action="store_true", help="leave the triage cases alone")
    parser.add_argument("--tracker-db-url", help="conversation store URL (default: TRACKER_DB_URL)")
    parser.add_argument("--triage-db-url", help="triage store URL (default: TRIAGE_DB_URL)")
    parser.set_defaults(func=purge_command)
    return parser


def purge_command(args: argparse.Namespace) -> int:
    from bot.privacy.conversations import (
        PrivacyStoreError,
        case_retention_days,
        purge,
        retention_days,
    )

    try:
        days = retention_days() if args.days is None else args.days
        case_days = case_retention_days() if args.case_days is None else args.case_days
    except ValueError as exc:
        print(f"purge: {exc}", file=sys.stderr)
        return 2
    if days < 1:
        print("purge: --days must be at least 1 (0 would delete live conversations)", file=sys.stderr)
        return 2
    if case_days < 0:
        print("purge: --case-days cannot be negative", file=sys.stderr)
        return 2
    try:
        report = purge(
            timedelta(days=days),
            args.dry_run,
            args.tracker_db_url,
            args.triage_db_url,
            cases_older_than=timedelta(days=case_days),
            include_cases=not args.no_cases,
        )
    except PrivacyStoreError as exc:
        print(f"purge: FAILED: {exc}", file=sys.stderr)
        return 1
    print("\n".join(report.lines()))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point: `python -m bot.privacy.cli purge ...`."""
    parser = argparse.ArgumentParser(prog="python -m bot.privacy.cli")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
