"""The shared, append-only journal of what memory was told (incidents, conversations).

ChromaDB's embedded persistent mode belongs to one process: a second process on the same folder
keeps a stale vector index and its queries fail ("Error finding id", measured with chromadb
1.5.9). Nerve's parts run as separate processes (the loop writes incidents, the NOC agent reads
them), so the records themselves go to this SQLite journal, which any number of processes share
safely, and each process's Chroma index catches up from it before it answers.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    text TEXT NOT NULL,
    record TEXT NOT NULL
)
"""


class Entry(NamedTuple):
    seq: int
    collection: str
    id: str
    text: str
    record: str  # the record's JSON


class Journal:
    """Blocking (call it from a worker thread). A connection per call keeps it thread-safe."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as db, db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=30)

    def append(self, collection: str, record_id: str, text: str, record: str) -> int:
        """Add one record (a later entry with the same id replaces it); returns its sequence number."""
        with closing(self._connect()) as db, db:
            cursor = db.execute(
                "INSERT INTO records (collection, id, text, record) VALUES (?, ?, ?, ?)",
                (collection, record_id, text, record),
            )
            return int(cursor.lastrowid or 0)

    def since(self, seq: int) -> list[Entry]:
        """Every entry after ``seq``, oldest first."""
        with closing(self._connect()) as db:
            rows = db.execute(
                "SELECT seq, collection, id, text, record FROM records WHERE seq > ? ORDER BY seq", (seq,)
            ).fetchall()
        return [Entry(*row) for row in rows]
