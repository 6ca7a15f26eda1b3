"""Privacy by design: retention, "delete my chat", "download my chat", redacted logs.

The API the actions, the dashboard and the CLI use (docs/privacy.md):

    from bot.privacy import delete_conversation, export_conversation, export_text, purge
    delete_conversation(sender_id, tracker_db_url=None) -> int          # rows deleted
    export_conversation(sender_id, tracker_db_url=None) -> list[dict]   # {speaker, text, at}
    export_text(sender_id, tracker_db_url=None) -> str                  # the same, as text
    purge(older_than, dry_run, tracker_db_url=None, triage_db_url=None) -> PurgeReport

    from bot.privacy.logging import install, pseudonymise, redact

For "delete my chat" inside a conversation, `action_delete_conversation` deletes before it
confirms, and Rasa must run with `bot.rasa.tracker_store.PrivacySQLTrackerStore` (see that
module): it does not write that turn back, and deletes again at the end of the turn.
"""
from bot.privacy.conversations import (
    PrivacyStoreError,
    PurgeReport,
    delete_conversation,
    export_conversation,
    export_text,
    purge,
    retention_days,
)
from bot.privacy.logging import install, pseudonymise, redact

__all__ = [
    "PrivacyStoreError",
    "PurgeReport",
    "delete_conversation",
    "export_conversation",
    "export_text",
    "install",
    "pseudonymise",
    "purge",
    "redact",
    "retention_days",
]
