"""The care leavers' assistant: the project's own code around Rasa.

Sub-packages: `crisis` (the crisis detector NLU component), `triage` (cases for duty
workers), `web` (chat page and duty dashboard). Modules: `settings` (environment),
`nlp` (builds the spaCy pipeline), `runner` (`make run`'s process supervisor).
"""
