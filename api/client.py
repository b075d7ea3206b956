"""A small HTTP client of the running API for the terminal commands (chat, intent, demo).

It reads the demo credentials from ``Settings.home`` (the file ``nerve up`` generated), logs in as
an operator or uses a subscriber's key, and parses server-sent events.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx

from api.credentials import CredentialFile, Credentials
from api.schemas import INTENT_BASE, SERVICE_BASE
from nerve.errors import ConfigError, NerveError
from nerve.settings import Settings

TERMINAL_INTENT_STATES = frozenset({"completed", "failed", "partial", "cancelled", "expired", "rejected", "answered"})


class ApiError(NerveError):
    """The API answered with a problem document."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        self.status, self.problem = status, problem
        super().__init__(f"{status} {problem.get('title', '')}: {problem.get('detail', '')}")


@dataclass(frozen=True)
class SseEvent:
    event: str
    data: str

    def json(self) -> Any:
        return json.loads(self.data) if self.data else None


def load_credentials(settings: Settings) -> Credentials:
    path = settings.home / "credentials.json"
    if not path.exists():
        raise ConfigError(f"no credentials in {path}: start Nerve with `nerve up` first (it creates them)")
    return Credentials(CredentialFile.model_validate_json(path.read_text()), path)


async def sse(response: httpx.Response) -> AsyncIterator[SseEvent]:
    """Parse a text/event-stream response into events."""
    event, data = "message", list[str]()
    async for line in response.aiter_lines():
        if not line:
            if data:
                yield SseEvent(event, "\n".join(data))
            event, data = "message", list[str]()
        elif line.startswith(":"):
            continue
        elif line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].removeprefix(" "))


class NerveClient:
    def __init__(self, settings: Settings, *, timeout_s: float = 30.0) -> None:
        self.base = f"http://{settings.api_host}:{settings.api_port}"
        self.credentials = load_credentials(settings)
        self.http = httpx.AsyncClient(base_url=self.base, timeout=timeout_s)

    async def __aenter__(self) -> NerveClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.http.aclose()

    @staticmethod
    def check(response: httpx.Response) -> Any:
        if response.status_code >= 400:
            try:
                problem = response.json()
            except ValueError:
                problem = {"title": response.reason_phrase, "detail": response.text[:300]}
            raise ApiError(response.status_code, problem)
        return response.json() if response.content else None

    # -- operator ------------------------------------------------------------------------------
    async def login(self, username: str) -> dict[str, Any]:
        password = self.credentials.demo_passwords().get(username)
        if password is None:
            raise ConfigError(f"no demo operator {username!r}; known: {', '.join(self.credentials.demo_passwords())}")
        result: dict[str, Any] = self.check(
            await self.http.post("/api/session", json={"username": username, "password": password})
        )
        return result

    async def get(self, path: str, **params: Any) -> Any:
        return self.check(await self.http.get(path, params=params or None))

    async def post(self, path: str, body: dict[str, Any] | None = None, **kw: Any) -> Any:
        return self.check(await self.http.post(path, json=body or {}, **kw))

    async def ask(self, question: str, thread_id: str) -> AsyncIterator[SseEvent]:
        async with self.http.stream(
            "POST", "/api/chat", json={"question": question, "thread_id": thread_id}, timeout=None
        ) as response:
            if response.status_code >= 400:
                await response.aread()
                self.check(response)
            async for event in sse(response):
                yield event
                if event.event == "done":
                    return

    async def live(self) -> AsyncIterator[SseEvent]:
        async with self.http.stream("GET", "/api/stream", timeout=None) as response:
            if response.status_code >= 400:
                await response.aread()
                self.check(response)
            async for event in sse(response):
                yield event

    # -- subscriber ----------------------------------------------------------------------------
    def key_headers(self, subscriber: str) -> dict[str, str]:
        key = self.credentials.subscriber_key(subscriber)
        if key is None:
            raise ConfigError(f"no API key for {subscriber!r} in {self.credentials.path}")
        return {"X-API-Key": key}

    async def submit(self, subscriber: str, text: str) -> dict[str, Any]:
        result: dict[str, Any] = self.check(
            await self.http.post(f"{INTENT_BASE}/intent", json={"text": text}, headers=self.key_headers(subscriber))
        )
        return result

    async def services(self, subscriber: str) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self.check(
            await self.http.get(f"{SERVICE_BASE}/service", headers=self.key_headers(subscriber))
        )
        return result

    async def confirm(self, subscriber: str, intent_id: str, accept: bool) -> dict[str, Any]:
        result: dict[str, Any] = self.check(
            await self.http.post(
                f"{INTENT_BASE}/intent/{intent_id}/confirmation",
                json={"accept": accept},
                headers=self.key_headers(subscriber),
            )
        )
        return result

    async def intent(self, subscriber: str, intent_id: str) -> dict[str, Any]:
        result: dict[str, Any] = self.check(
            await self.http.get(f"{INTENT_BASE}/intent/{intent_id}", headers=self.key_headers(subscriber))
        )
        return result

    async def reports(self, subscriber: str, intent_id: str) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self.check(
            await self.http.get(f"{INTENT_BASE}/intent/{intent_id}/intentReport", headers=self.key_headers(subscriber))
        )
        return result

    async def intent_changes(self, subscriber: str, intent_id: str) -> AsyncIterator[dict[str, Any]]:
        """The intent's state changes as they happen (server-sent events)."""
        async with self.http.stream(
            "GET",
            f"{INTENT_BASE}/events",
            params={"intent": intent_id},
            headers=self.key_headers(subscriber),
            timeout=None,
        ) as response:
            if response.status_code >= 400:
                await response.aread()
                self.check(response)
            async for event in sse(response):
                if event.event == "intent":
                    yield event.json()
