"""The action server's responses checked against Rasa's response schema compiled once (issue 14).

Rasa 3.6's `RemoteAction._validate_action_result` calls `jsonschema.validate` on every response of the
action server. That checks the schema itself (every event type Rasa knows) and builds a new validator
each time: about half the Rasa server's CPU under load (benchmarks/profiles/). Here the same schema is
checked once and its validator built once; each response then goes through the same validator class
and the same `best_match`, so a malformed response is refused with the same `ValidationError` and the
same text as before. Nothing else changes.
"""
from __future__ import annotations

import functools
from typing import Any

from jsonschema import ValidationError
from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL

_stock_validate_action_result = RemoteAction._validate_action_result


@functools.lru_cache(maxsize=1)
def response_validator() -> Validator:
    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)  # what jsonschema.validate repeats on every call
    return validator_class(schema)


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """`RemoteAction._validate_action_result` with the validator built once: True, or ValidationError."""
    error: ValidationError | None = best_match(response_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (  # Rasa's own wording, kept so that logs and handlers read as before
        f". Failed to validate Action server response from API, "
        f"make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit "
        f"{DOCS_BASE_URL}/custom-actions"
    )
    raise error


def install() -> None:
    """Replace that one method on RemoteAction (idempotent)."""
    RemoteAction._validate_action_result = validate_action_result


def uninstall() -> None:
    """Put Rasa's own method back (for tests that compare the two)."""
    RemoteAction._validate_action_result = _stock_validate_action_result
