"""Throwaway servers for the tests and `make bench`: PostgreSQL, Redis, the assistant's own
servers (one set, or a cluster of Rasa servers behind one PostgreSQL and Redis), and the
crisis-reply checks both use. Nothing here is imported by bot/, actions/ or offers/."""
