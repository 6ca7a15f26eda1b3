"""The care leavers' assistant: the project's own code around Rasa.

Sub-packages: `rasa` (the only code that meets Rasa's internals, applied by
`bot.rasa.install()`), `crisis` (the crisis detector NLU component), `triage` (cases and
the audit log for duty workers), `privacy` (retention, deletion, redacted logs), `web`
(chat page, duty dashboard, duty workers' accounts). Modules: `settings` (every
environment variable), `db` (the engine factory), `paths`, `resilience` (replies without
the action server), `nlp` (builds the spaCy pipeline), `runner` (`make run`).
"""
