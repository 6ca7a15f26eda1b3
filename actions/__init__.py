"""rasa-sdk custom actions, one module per concern.

Actions are thin: they read slots, ask `offers/` or the triage store, and utter domain
responses filled in by `actions.formatting`. Blocking database calls run in a thread so
the action server's event loop never stalls.

Phone numbers, emails, postcodes and NI numbers never reach the action server's logs:
`python -m bot.rasa.action_server` (make run) redacts them before it imports this package.
"""
