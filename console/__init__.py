"""The helpline staff console: the queue of conversations that need a person, case summaries, claim and
handle with an audit trail (`python -m console --help`)."""
