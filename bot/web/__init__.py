"""The aiohttp web app: the duty-worker dashboard under /duty/ (and later the chat page at /).

`bot.web.app.create_app(settings)` builds the application; `make run` serves it.
"""
