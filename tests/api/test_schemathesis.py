"""Requests generated from the served OpenAPI document (valid and invalid ones): none may end in a
server error. Schemathesis's pytest plugin does not run on this pytest, so each operation's
strategy is driven by Hypothesis directly."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from api import sessions
from tests.api.stack import Stack

pytestmark = pytest.mark.slow

# Streams never end on their own.
STREAMING = r"(/events$|/api/stream$|/api/chat$)"


def auth_for(path: str, stack: Stack) -> dict[str, str]:
    """Operators' endpoints with the approver's session; the TM Forum ones with the demo app's key."""
    if path.startswith("/api/"):
        cookies, headers = stack.session_auth("approver")
        return {"Cookie": f"{sessions.COOKIE}={cookies[sessions.COOKIE]}", **headers}
    key = stack.credentials.app_key("demo-app")
    assert key is not None
    return {"X-API-Key": key}


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_request_ends_in_a_server_error(stack: Stack, mode: GenerationMode) -> None:
    schema = schemathesis.openapi.from_url(f"{stack.base}/openapi.json").exclude(path_regex=STREAMING)
    tried = 0
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case: Any) -> None:
            case.call_and_validate(
                base_url=stack.base, headers=auth_for(case.path, stack), checks=[not_a_server_error], timeout=30
            )

        try:
            run()
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE, f"{operation.label}: no valid request can be generated"
            continue  # an operation without inputs cannot be sent an invalid one
        tried += 1
    assert tried >= 8, "the document lists the API's operations"
