"""The base of every message on Kafka: strict, versioned, fast to (de)serialize."""

from __future__ import annotations

import time
import uuid
from typing import Any, ClassVar, Self

from pydantic import BaseModel, ConfigDict, ValidationError

from nerve.errors import ContractError


def now() -> float:
    """Wall-clock time as epoch seconds: the one time unit on every message."""
    return time.time()


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


class Message(BaseModel):
    """A message on a Kafka topic. Unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    SCHEMA_VERSION: ClassVar[int] = 1
    schema_version: int = 1

    def to_bytes(self) -> bytes:
        return self.model_dump_json(exclude_none=False).encode()

    @classmethod
    def from_bytes(cls, raw: bytes | str) -> Self:
        """Parse and validate; any defect raises ContractError naming the model and the fields."""
        try:
            msg = cls.model_validate_json(raw)
        except ValidationError as exc:
            raise cls._invalid(exc) from exc
        return cls._supported(msg)

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """``from_bytes`` for a value already parsed (an item of a batch)."""
        try:
            msg = cls.model_validate(data)
        except ValidationError as exc:
            raise cls._invalid(exc) from exc
        return cls._supported(msg)

    @classmethod
    def _invalid(cls, exc: ValidationError) -> ContractError:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or '<root>'}: {e['msg']}" for e in exc.errors()[:5])
        return ContractError(f"not a valid {cls.__name__}: {problems}")

    @classmethod
    def _supported(cls, msg: Self) -> Self:
        if msg.schema_version > cls.SCHEMA_VERSION:
            raise ContractError(
                f"{cls.__name__} schema_version {msg.schema_version} is newer than this build "
                f"understands ({cls.SCHEMA_VERSION})"
            )
        return msg

    def dump(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
