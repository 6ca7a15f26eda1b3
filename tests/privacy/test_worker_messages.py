"""A duty worker's messages in the chat are part of the conversation: downloaded under the
worker's name, deleted and purged with it (issue 18, "Privacy").

They are stored the way the takeover stores them: Rasa `BotUttered` events with metadata
`{"sender": "person", "name": ...}`, written here by Rasa's own SQLTrackerStore."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from bot.privacy import delete_conversation, export_conversation, export_text, purge
from tests.privacy.helpers import NOW, count_events, days_ago
from tests.triage.helpers import bot_says, save_with_rasa, says

SAM = {"sender": "person", "name": "Sam"}


def conversation(start: float) -> list:
    return [
        says("i want to die", start),
        bot_says("I'm really glad you told me. You can call Samaritans free on 116 123.", stamp=start + 1),
        bot_says("Hi, I'm Sam, a duty worker. Are you safe right now?", stamp=start + 60, metadata=SAM),
        says("yeah im at my mates", start + 90),
        bot_says("Thank you for telling me. I'll stay here with you.", stamp=start + 120, metadata=SAM),
    ]


async def test_the_download_names_the_duty_worker(any_tracker_url):
    start = datetime(2026, 5, 1, 12, 0, tzinfo=timezone.utc).timestamp()
    await save_with_rasa(any_tracker_url, "yp", conversation(start))
    messages = export_conversation("yp", any_tracker_url)
    assert [(m["speaker"], m.get("name")) for m in messages] == [
        ("user", None), ("bot", None), ("person", "Sam"), ("user", None), ("person", "Sam")]
    text = export_text("yp", any_tracker_url, now=datetime(2026, 5, 2, tzinfo=timezone.utc))
    lines = text.splitlines()[3:]
    assert lines == [
        "01 May 2026 13:00 You: i want to die",
        "01 May 2026 13:00 Assistant: I'm really glad you told me. You can call Samaritans free on 116 123.",
        "01 May 2026 13:01 Sam (duty worker): Hi, I'm Sam, a duty worker. Are you safe right now?",
        "01 May 2026 13:01 You: yeah im at my mates",
        "01 May 2026 13:02 Sam (duty worker): Thank you for telling me. I'll stay here with you.",
    ]
    assert "Assistant: Hi, I'm Sam" not in text


async def test_a_worker_with_no_name_is_still_not_the_assistant(tracker_url):
    await save_with_rasa(tracker_url, "yp", [bot_says("Hello, it's the duty team.", stamp=100.0,
                                                      metadata={"sender": "person"})])
    assert export_text("yp", tracker_url).splitlines()[-1].endswith("Duty worker: Hello, it's the duty team.")


async def test_delete_my_chat_deletes_the_workers_messages_too(any_tracker_url):
    await save_with_rasa(any_tracker_url, "yp", conversation(1_777_636_800.0))
    await save_with_rasa(any_tracker_url, "someone-else", conversation(1_777_636_800.0))
    assert count_events(any_tracker_url, "yp") == 5
    delete_conversation("yp", any_tracker_url, by="user")
    assert count_events(any_tracker_url, "yp") == 0
    assert export_conversation("yp", any_tracker_url) == []
    assert [m["speaker"] for m in export_conversation("someone-else", any_tracker_url)].count("person") == 2


async def test_retention_counts_the_workers_messages_and_deletes_them_with_the_chat(any_tracker_url, tmp_path):
    # Quiet for 40 days, worker's messages and all: deleted whole.
    await save_with_rasa(any_tracker_url, "old", conversation(days_ago(40)))
    # The young person last wrote 45 days ago; a duty worker wrote yesterday: kept whole.
    await save_with_rasa(any_tracker_url, "worker-wrote-lately", [
        says("hi", days_ago(45)),
        bot_says("Hello!", stamp=days_ago(45) + 1),
        bot_says("Hi, it's Sam from the duty team, checking in.", stamp=days_ago(1), metadata=SAM),
    ])
    kept = count_events(any_tracker_url, "worker-wrote-lately")
    report = purge(timedelta(days=30), dry_run=False, tracker_db_url=any_tracker_url,
                   include_cases=False, now=NOW)
    assert report.conversations == 1
    assert count_events(any_tracker_url, "old") == 0
    assert count_events(any_tracker_url, "worker-wrote-lately") == kept


async def test_the_download_shows_the_buttons_tapped_not_their_payloads(tracker_url):
    from tests.triage.helpers import tap

    await save_with_rasa(tracker_url, "yp", [
        bot_says("Which council looked after you?", [("Derby City", '/inform_authority{"authority": "derby_city"}')],
                 stamp=100.0),
        tap('/inform_authority{"authority": "derby_city"}', "inform_authority", {"authority": "derby_city"}, 110.0),
        tap("/request_human", "request_human", stamp=120.0),
    ])
    texts = [m["text"] for m in export_conversation("yp", tracker_url)]
    assert texts == ["Which council looked after you?\nButtons: Derby City", "Derby City", "Chose: Talk to a person"]
