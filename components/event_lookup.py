"""Rasa's event classes looked up by type name from a table instead of a class-tree walk (issue 14).

Rasa 3.6's `Event.resolve_by_type` walks every subclass of `Event` (with an `inspect.isabstract` check on
each) for every event it reads back: each event of the conversation when the tracker store loads it at
every turn, and each event an action returns. That walk was over nine tenths of the time taken to read a
conversation back (13 ms for 152 events) and about 7% of the Rasa server's CPU under load
(benchmarks/profiles/). Here the same walk fills a table once; a name not in the table (an event class
defined later) walks again, so the answer is always the one Rasa's own walk gives.
"""
from __future__ import annotations

import rasa.shared.utils.common
from rasa.shared.core.events import Event

_stock_resolve_by_type = Event.resolve_by_type
_classes_by_type_name: dict[str, type[Event]] = {}


def _fill_table() -> None:
    _classes_by_type_name.clear()
    # Rasa returns the first match of its walk, so the first class seen for a name is the one kept.
    for cls in rasa.shared.utils.common.all_subclasses(Event):
        _classes_by_type_name.setdefault(cls.type_name, cls)


def resolve_by_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
    """`Event.resolve_by_type` from the table; an unknown name falls back to Rasa's own (after a refill)."""
    found = _classes_by_type_name.get(type_name)
    if found is not None:
        return found
    _fill_table()
    found = _classes_by_type_name.get(type_name)
    if found is not None:
        return found
    return _stock_resolve_by_type(type_name, default)  # "topic", the default, or Rasa's ValueError


def install() -> None:
    """Replace that one static method on Event (idempotent)."""
    Event.resolve_by_type = staticmethod(resolve_by_type)


def uninstall() -> None:
    """Put Rasa's own method back (for tests that compare the two)."""
    Event.resolve_by_type = staticmethod(_stock_resolve_by_type)
