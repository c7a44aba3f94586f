"""Rate limits on the public channels: a sliding minute per conversation and per client address."""
import pytest

from channels.limits import MessageLimits, SlidingWindow


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_window_refuses_past_its_limit_and_frees_up_as_old_events_leave_it():
    clock = Clock()
    window = SlidingWindow(3, window=60, clock=clock)
    for _ in range(3):
        assert window.allows("a")
        window.count("a")
        clock.now += 10
    assert not window.allows("a")
    assert window.allows("b"), "another key has its own count"
    assert window.seconds_until_free("a") == 30  # the first event, at 1000, leaves the window at 1060
    clock.now = 1060.5
    assert window.allows("a")


def test_a_person_typing_never_meets_the_default_limits():
    clock = Clock()
    limits = MessageLimits(clock=clock, exempt_localhost=False)
    for _ in range(200):  # a message every 3 seconds, for 10 minutes, from one address
        assert limits.refusal("conversation", "203.0.113.7") is None
        clock.now += 3


def test_the_31st_message_in_a_minute_from_one_conversation_is_refused_with_a_reason():
    limits = MessageLimits(per_sender=30, per_address=120, clock=Clock())
    for _ in range(30):
        assert limits.refusal("conversation", "203.0.113.7") is None
    reason = limits.refusal("conversation", "203.0.113.7")
    assert reason and "30 a minute in one conversation" in reason and "emergency" in reason
    assert limits.refusal("another conversation", "203.0.113.7") is None


def test_one_address_is_limited_across_its_conversations():
    limits = MessageLimits(per_sender=30, per_address=120, clock=Clock())
    for number in range(120):
        assert limits.refusal(f"conversation-{number}", "203.0.113.7") is None
    assert "from your address" in limits.refusal("one more", "203.0.113.7")
    assert limits.refusal("one more", "198.51.100.1") is None


def test_a_refused_message_is_not_counted_against_the_other_limit():
    clock = Clock()
    limits = MessageLimits(per_sender=2, per_address=3, clock=clock)
    limits.refusal("a", "203.0.113.7")
    limits.refusal("a", "203.0.113.7")
    assert limits.refusal("a", "203.0.113.7")  # the conversation's limit
    assert limits.refusal("b", "203.0.113.7") is None, "the refused message did not use up the address"


def test_clients_on_this_machine_are_exempt_unless_configured():
    limits = MessageLimits(per_sender=1, per_address=1, clock=Clock())
    assert all(limits.refusal("a", address) is None for address in ("127.0.0.1", "::1") for _ in range(5))
    strict = MessageLimits(per_sender=1, per_address=1, exempt_localhost=False, clock=Clock())
    strict.refusal("a", "127.0.0.1")
    assert strict.refusal("a", "127.0.0.1")


def test_settings_come_from_the_environment_and_zero_turns_a_limit_off():
    limits = MessageLimits.from_environment({"RATE_LIMIT_PER_SENDER": "0", "RATE_LIMIT_PER_ADDRESS": "5",
                                             "RATE_LIMIT_EXEMPT_LOCALHOST": "0"})
    assert limits.senders is None and limits.addresses.limit == 5 and not limits.exempt_localhost
    defaults = MessageLimits.from_environment({})
    assert (defaults.senders.limit, defaults.addresses.limit, defaults.exempt_localhost) == (30, 120, True)
    with pytest.raises(ValueError, match="RATE_LIMIT_PER_SENDER"):
        MessageLimits.from_environment({"RATE_LIMIT_PER_SENDER": "lots"})


def test_idle_keys_are_forgotten():
    clock = Clock()
    window = SlidingWindow(5, window=60, clock=clock)
    for number in range(999):
        window.count(number)
    clock.now += 61
    window.count("new")  # the 1000th event sweeps the idle ones
    assert list(window.times) == ["new"]
