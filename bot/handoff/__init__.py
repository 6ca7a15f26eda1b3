"""A duty worker takes over a young person's chat, talks with them, and hands back.

- `models`: the `takeovers` table (in the triage database, next to cases);
- `store.TakeoverStore`: one active takeover per conversation, enforced by the database;
- `rasa_api.RasaClient`: pause, resume and the worker's messages through Rasa's HTTP API
  (tracker events with `output_channel=latest`, server to server, with the API token);
- `service.Handoff`: take over, send, hand back: the store and the client together;
- `alerts`: what the Rasa server does when a crisis message arrives during a takeover;
- `sweeper.Sweeper`: the safety timers (crisis contacts when the worker is quiet, hand back
  an abandoned takeover), run by the dashboard's background loop;
- `live.LiveReader`: the conversation's new messages, for the worker's page;
- `wording`: every line the young person or the worker sees from here.

No Rasa import here: the Rasa server's hook lives in `bot.rasa.takeover_hook`.
"""
