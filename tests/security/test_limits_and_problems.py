"""In-process checks of what the stack cannot easily be made to show: the limiter's table is
trimmed, and a library's exception text never reaches a problem document."""

from __future__ import annotations

import time

from fastapi import FastAPI
from fastapi.testclient import TestClient

from api import problems
from api.limits import RateLimiter
from api.web_guard import WebGuard
from nerve.errors import BusError, ConfigError


def test_the_limiter_forgets_buckets_that_have_refilled() -> None:
    limiter = RateLimiter()
    for i in range(5000):  # e.g. a login tried with 5000 made-up usernames
        limiter.take(f"login-user:nobody-{i}", 0.2, 10)
    assert len(limiter) == 5000
    limiter.sweep(time.monotonic() + 60)  # 0.2/s refills one token in 5 s: all full again
    assert len(limiter) == 0


def test_problem_details_never_carry_exception_text() -> None:
    app = FastAPI()
    problems.install(app)

    @app.get("/kafka")
    async def kafka() -> None:
        raise BusError("KafkaConnectionError: broker kafka-7.internal:9092 refused")

    @app.get("/other")
    async def other() -> None:
        raise ConfigError("/etc/nerve/secret-path.yaml: bad")

    client = TestClient(app, raise_server_exceptions=False)
    for path in ("/kafka", "/other"):
        body = client.get(path).json()
        assert "kafka-7" not in body["detail"] and "secret-path" not in body["detail"], body
        assert body["detail"]


def test_a_crash_is_answered_with_the_security_headers() -> None:
    """Starlette answers an unhandled error outside every middleware, the web guard included."""
    app = FastAPI()
    problems.install(app)
    app.add_middleware(WebGuard, allowed_hosts=["testserver"])

    @app.get("/crash")
    async def crash() -> None:
        raise RuntimeError("a bug")

    response = TestClient(app, raise_server_exceptions=False).get("/crash")
    assert response.status_code == 500
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "a bug" not in response.text
