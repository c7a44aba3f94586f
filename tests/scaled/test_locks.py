"""RasaHQ/rasa issue 9213 against a real Redis: Rasa 3.6's RedisLockStore changes a lock by read, change,
write, so two servers can be given the same ticket and handle one conversation at once. The atomic lock
store (stores/locks.py) gives every ticket a number of its own, however the servers interleave."""
from __future__ import annotations

import multiprocessing
import uuid
from collections import Counter

from rasa.core.lock_store import RedisLockStore

from stores.locks import AtomicRedisLockStore

TICKETS_PER_SERVER = 150


def stores(redis_server, kind=RedisLockStore, count: int = 2):
    return [kind(port=redis_server.port, password=redis_server.password, db=1) for _ in range(count)]


def test_rasas_own_lock_store_lets_two_servers_hold_the_same_conversation(redis_server):
    first, second = stores(redis_server)
    conversation = uuid.uuid4().hex
    # The steps of RedisLockStore.issue_ticket, as two servers interleave them.
    lock_first, lock_second = first.get_or_create_lock(conversation), second.get_or_create_lock(conversation)
    ticket_first, ticket_second = lock_first.issue_ticket(60), lock_second.issue_ticket(60)
    first.save_lock(lock_first)
    second.save_lock(lock_second)
    assert ticket_first == ticket_second
    stored = first.get_lock(conversation)
    assert not stored.is_locked(ticket_first) and not stored.is_locked(ticket_second)  # both may go ahead


def test_the_atomic_store_starts_again_when_another_server_changed_the_lock_meanwhile(redis_server):
    first, second = stores(redis_server, AtomicRedisLockStore)
    conversation = uuid.uuid4().hex
    let_second_in = [True]

    def issue_with_interruption(lock):
        if let_second_in.pop() if let_second_in else False:
            second.issue_ticket(conversation)  # lands between our read and our write
        return lock.issue_ticket(60)

    ticket_first = first._change_atomically(conversation, issue_with_interruption, create=True)
    numbers = [ticket.number for ticket in first.get_lock(conversation).tickets]
    assert numbers == [0, 1] and ticket_first == 1


def hammer(kind: type, port: int, password: str, conversation: str, results) -> None:
    store = kind(port=port, password=password, db=1)
    results.extend([store.issue_ticket(conversation, 600) for _ in range(TICKETS_PER_SERVER)])


def duplicates_under_load(redis_server, kind: type) -> int:
    conversation = uuid.uuid4().hex
    with multiprocessing.Manager() as manager:
        results = manager.list()
        arguments = (kind, redis_server.port, redis_server.password, conversation, results)
        servers = [multiprocessing.Process(target=hammer, args=arguments) for _ in range(2)]
        for server in servers:
            server.start()
        for server in servers:
            server.join(timeout=120)
        issued = list(results)
    assert len(issued) == 2 * TICKETS_PER_SERVER
    return sum(count - 1 for count in Counter(issued).values())


def test_two_servers_issuing_tickets_at_once_never_share_one(redis_server):
    duplicates = duplicates_under_load(redis_server, AtomicRedisLockStore)
    stock = duplicates_under_load(redis_server, RedisLockStore)
    print(f"\n    tickets issued twice, {2 * TICKETS_PER_SERVER} issued by two processes at once: "
          f"Rasa's RedisLockStore {stock}, AtomicRedisLockStore {duplicates}")
    assert duplicates == 0
