"""Rasa's Redis lock store with every change to a lock made atomically.

Rasa 3.6's RedisLockStore changes a conversation's ticket lock by reading it, changing it in the server
and writing it back. Two servers doing this at once for the same conversation can both issue the same
ticket number, or one can write back a lock without the other's ticket, and then both handle the same
conversation at the same time (RasaHQ/rasa issue 9213). Here each change runs in a Redis transaction
that watches the lock's key (WATCH/MULTI/EXEC) and starts again if another server changed it meanwhile.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig
from redis.client import Pipeline


class AtomicRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        """Rasa builds a lock store named by module path from its endpoint configuration alone."""
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url, **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)

    def _change_atomically(self, conversation_id: str, change: Callable[[TicketLock], object],
                           create: bool = False) -> object:
        """Apply `change` to the stored lock in one transaction; delete the lock when it has no tickets
        left. Returns what `change` returns (None when there is no lock and `create` is False)."""
        key = self.key_prefix + conversation_id

        def transaction(pipe: Pipeline) -> object:
            stored = pipe.get(key)
            if stored:
                lock = TicketLock.from_dict(json.loads(stored))
            elif create:
                lock = TicketLock(conversation_id)
            else:
                return None
            result = change(lock)
            pipe.multi()
            if lock.tickets:
                pipe.set(key, lock.dumps())
            else:
                pipe.delete(key)
            return result

        return self.red.transaction(transaction, key, value_from_callable=True)

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        try:
            return self._change_atomically(conversation_id, lambda lock: lock.issue_ticket(lock_lifetime),
                                           create=True)
        except Exception as error:  # the same error type Rasa's own lock store raises
            raise LockError(f"Error while acquiring lock: {error.__class__.__name__}") from error

    def update_lock(self, conversation_id: str) -> None:
        self._change_atomically(conversation_id, lambda lock: lock.remove_expired_tickets())

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        self._change_atomically(conversation_id, lambda lock: lock.remove_ticket_for(ticket_number))

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        # finish_serving deletes the lock in the same transaction once no ticket is left, so there is no
        # separate "is anyone waiting, then delete" step for another server to slip between.
        self.finish_serving(conversation_id, ticket_number)
