"""Structured Local Offer store for care leavers (no Rasa imports).

Facts live in `offers/data/*.yml` (one file per authority plus `national.yml`); they are
validated by `offers.schema`, loaded into SQL by `offers.loader` and queried through
`offers.store.OfferStore`. Run `python -m offers --help` for the command-line tools.
"""
