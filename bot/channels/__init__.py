"""Rasa input/output channels of our own, loaded by module path from credentials.yml.

- `bot.channels.facebook.FacebookInput`: Rasa's Facebook Messenger channel with the bot's
  buttons sent as Messenger quick replies and the Graph API address configurable.
"""
