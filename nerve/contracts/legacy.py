"""What Debezium writes for a legacy table's row change (its JSON converter, schemas off).

The envelope is Debezium's, not ours: fields Nerve does not use (``source``, ``transaction``, the
finer timestamps) are ignored rather than refused, so that a newer Debezium does not break it.
Columns arrive as Debezium maps them: ``jsonb`` as a JSON string, ``timestamptz`` as ISO text.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict

from nerve.contracts.base import Message


class RowChange(Message):
    model_config = ConfigDict(extra="ignore")

    op: Literal["c", "u", "d", "r", "t", "m"]  # create, update, delete, read (snapshot), truncate, message
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    ts_ms: int | None = None  # when Debezium saw the change
