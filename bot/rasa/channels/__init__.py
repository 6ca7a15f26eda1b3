"""Rasa input/output channels of our own, loaded by module path from credentials.yml.

- `bot.rasa.channels.rest.RateLimitedRestInput`: Rasa's REST channel with guards (size,
  shape, rate, crisis first).
- `bot.rasa.channels.socketio.SocketIOInput`: Rasa's socket.io channel with working
  session persistence.
- `bot.rasa.channels.facebook.FacebookInput`: Rasa's Facebook Messenger channel with the bot's
  buttons sent as Messenger quick replies and the Graph API address configurable.
"""
