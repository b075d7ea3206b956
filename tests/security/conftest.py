from __future__ import annotations

import pytest

from tests.api.stack import Stack, shared_stack


@pytest.fixture(scope="session")
def stack(kafka: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Stack:
    return shared_stack(kafka, tmp_path_factory, request)
