"""Custom Rasa NLU components (thin wrappers around the `clinical` package).

Importing this package also makes the Rasa server check action-server responses against a schema
compiled once (`action_response.py`) and look up event classes from a table (`event_lookup.py`), both for
speed (issue 14). It is installed here because this package is the one
piece of the project every process that runs the model imports before its first action: `rasa run`
as scripts/servers.sh starts it loads the model, and the model names these components. The action
server never imports it. Only `RemoteAction._validate_action_result` and `Event.resolve_by_type` are
replaced.
"""
from components import action_response, event_lookup

action_response.install()
event_lookup.install()
