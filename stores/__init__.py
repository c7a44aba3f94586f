"""Rasa storage adapters: the SQL tracker store and the Redis lock store, hardened for several servers."""
