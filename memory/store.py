"""Long-term memory on ChromaDB: runbooks, incident history and resolved conversations.

Usage::

    memory = Memory(settings)
    await memory.start()                      # opens Chroma, indexes changed runbooks (idempotent)
    rb = memory.runbook_for_fault("cell_outage")
    rb = memory.runbook_for_fraud("irsf")     # when made with the estate: its fraud.yaml's kinds
    hits = await memory.search_runbooks("prb utilisation at 99%", k=3)
    await memory.add_incident(IncidentRecord(...))
    similar = await memory.similar_incidents("cell down, availability 0", k=3)

Runbook lookups by fault or action read the markdown files and need no Chroma. Every Chroma call
runs in a worker thread (Chroma and the embedding model block), so the async methods never stall
the event loop.

On disk, under ``Settings.home``: ``memory.sqlite``, the journal of incidents and conversations
that every process shares (see ``memory.journal`` for why), and ``chroma/<role>/``, one process's
persistent Chroma index (telemetry off), which catches up from the journal before each search.
Give each process that runs at the same time its own ``role`` (the loop "loop", the API "api").
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import chromadb
from chromadb.config import Settings as ChromaSettings

from memory.embeddings import MiniLMEmbeddingFunction
from memory.fraud_runbooks import fraud_runbooks
from memory.journal import Journal
from memory.records import (
    ConversationHit,
    ConversationRecord,
    IncidentHit,
    IncidentRecord,
    RunbookHit,
)
from memory.runbooks import RUNBOOKS_DIR, Runbook, load_runbooks
from nerve.errors import ToolError
from nerve.estate import Estate
from nerve.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")

RUNBOOKS = "runbooks"
INCIDENTS = "incidents"
CONVERSATIONS = "conversations"


class Memory:
    """Nerve's long-term memory. Create one per process, ``await start()`` before searching."""

    def __init__(
        self,
        settings: Settings,
        *,
        role: str = "main",
        runbooks_dir: Path = RUNBOOKS_DIR,
        estate: Estate | None = None,
    ) -> None:
        self.path = settings.home / "chroma" / role
        self._journal_path = settings.home / "memory.sqlite"
        self._journal: Journal | None = None
        self._seen = 0  # the last journal entry this process's index holds
        # With the estate, its fraud kinds' runbooks too (written from its fraud.yaml).
        found = [*load_runbooks(runbooks_dir), *(fraud_runbooks(estate) if estate is not None else [])]
        self._runbooks = {r.id: r for r in found}
        self._client: Any = None
        self._collections: dict[str, Any] = {}
        self._lock = threading.Lock()  # one catch-up at a time

    # --- runbooks by name: plain lookups over the files ---

    @property
    def runbooks(self) -> list[Runbook]:
        return list(self._runbooks.values())

    def runbook_for_fault(self, fault: str) -> Runbook:
        """The runbook of a fault kind of estate/faults.yaml; ToolError if there is none."""
        return self._by_id(f"fault-{fault}")

    def runbook_for_action(self, action: str) -> Runbook:
        """The runbook of a remediation action of estate/faults.yaml; ToolError if there is none."""
        return self._by_id(f"action-{action}")

    def runbook_for_fraud(self, kind: str) -> Runbook:
        """The runbook of a fraud kind of the estate's fraud.yaml; ToolError if there is none."""
        return self._by_id(f"fraud-{kind}")

    def _by_id(self, runbook_id: str) -> Runbook:
        try:
            return self._runbooks[runbook_id]
        except KeyError:
            raise ToolError(f"no runbook {runbook_id!r}; known: {', '.join(sorted(self._runbooks))}") from None

    # --- lifecycle ---

    async def start(self) -> int:
        """Open the store and index the runbooks; returns how many runbooks were (re)indexed."""
        return await asyncio.to_thread(self._start)

    def _start(self) -> int:
        self.path.mkdir(parents=True, exist_ok=True)
        self._client = chromadb.PersistentClient(
            path=str(self.path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        )
        embed = MiniLMEmbeddingFunction()
        for name in (RUNBOOKS, INCIDENTS, CONVERSATIONS):
            self._collections[name] = self._client.get_or_create_collection(
                name, embedding_function=embed, configuration={"hnsw": {"space": "cosine"}}
            )
        self._journal = Journal(self._journal_path)
        self._seen = max(self._stored_seq(INCIDENTS), self._stored_seq(CONVERSATIONS))
        indexed = self._index_runbooks()
        self._catch_up()
        return indexed

    def _stored_seq(self, name: str) -> int:
        metadatas = self._collection(name).get(include=["metadatas"])["metadatas"]
        return max((int((m or {}).get("seq", 0)) for m in metadatas), default=0)

    def _catch_up(self) -> None:
        """Index the journal entries this process has not seen (written by it or by others)."""
        if self._journal is None:
            raise ToolError("memory is not started: await Memory.start() first")
        with self._lock:
            entries = self._journal.since(self._seen)
            for name in {e.collection for e in entries}:
                latest = {e.id: e for e in entries if e.collection == name}  # a later entry replaces
                self._collection(name).upsert(
                    ids=list(latest),
                    documents=[e.text for e in latest.values()],
                    metadatas=[{"record": e.record, "seq": e.seq} for e in latest.values()],
                )
            if entries:
                self._seen = entries[-1].seq

    def _index_runbooks(self) -> int:
        """Re-embed the runbooks whose file changed, drop what no file has any more.

        A runbook is several vectors (``<id>#<n>``, one per ``Runbook.search_texts()``), each tagged
        with the runbook id and the file's digest.
        """
        collection = self._collection(RUNBOOKS)
        stored = collection.get(include=["metadatas"])
        stored_digest = {
            str((m or {}).get("runbook")): (m or {}).get("digest")
            for m in stored["metadatas"]  # every vector of a runbook carries the same digest
        }
        changed = [r for r in self._runbooks.values() if stored_digest.get(r.id) != r.digest]
        wanted = {f"{r.id}#{n}" for r in self._runbooks.values() for n in range(len(r.search_texts()))}
        stale = [i for i, m in zip(stored["ids"], stored["metadatas"], strict=True) if i not in wanted]
        if stale:
            collection.delete(ids=stale)
        for r in changed:
            texts = r.search_texts()
            collection.upsert(
                ids=[f"{r.id}#{n}" for n in range(len(texts))],
                documents=texts,
                metadatas=[{"runbook": r.id, "kind": r.kind, "subject": r.subject, "digest": r.digest}] * len(texts),
            )
        log.info("runbooks indexed: %d changed, %d total", len(changed), len(self._runbooks))
        return len(changed)

    def _collection(self, name: str) -> Any:
        if name not in self._collections:
            raise ToolError("memory is not started: await Memory.start() first")
        return self._collections[name]

    async def _run(self, fn: Callable[[], T]) -> T:
        return await asyncio.to_thread(fn)

    # --- search ---

    async def search_runbooks(self, text: str, k: int = 3, *, kind: str | None = None) -> list[RunbookHit]:
        """The k runbooks closest in meaning to ``text``, best first (kind: "fault" | "action" | "fraud")."""
        where = {"kind": kind} if kind else None
        # Several vectors per runbook: fetch enough to fill k runbooks, keep each one's best score.
        ids, scores, _ = await self._run(lambda: self._query(RUNBOOKS, text, k * 8, where))
        best: dict[str, float] = {}
        for vector_id, score in zip(ids, scores, strict=True):
            runbook_id = vector_id.split("#")[0]
            best[runbook_id] = max(score, best.get(runbook_id, -1.0))
        ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)[:k]
        return [RunbookHit(runbook=self._runbooks[i], score=s) for i, s in ranked if i in self._runbooks]

    async def add_incident(self, record: IncidentRecord) -> None:
        """Write a closed incident to the history (upsert by incident id: closing twice is harmless)."""
        await self._run(lambda: self._add(INCIDENTS, record.incident_id, record.text(), record.model_dump_json()))
        log.info("incident %s written to memory (%s)", record.incident_id, record.outcome)

    async def similar_incidents(self, text: str, k: int = 3) -> list[IncidentHit]:
        """Past incidents closest in meaning to ``text``, best first."""
        _, scores, records = await self._run(lambda: self._query(INCIDENTS, text, k, None))
        return [
            IncidentHit(incident=IncidentRecord.model_validate_json(r), score=s)
            for r, s in zip(records, scores, strict=True)
        ]

    async def add_conversation(self, record: ConversationRecord) -> None:
        """Keep a resolved NOC conversation (upsert by thread id)."""
        await self._run(lambda: self._add(CONVERSATIONS, record.thread_id, record.text(), record.model_dump_json()))

    async def similar_conversations(self, text: str, k: int = 3) -> list[ConversationHit]:
        """Resolved conversations closest in meaning to ``text``, best first."""
        _, scores, records = await self._run(lambda: self._query(CONVERSATIONS, text, k, None))
        return [
            ConversationHit(conversation=ConversationRecord.model_validate_json(r), score=s)
            for r, s in zip(records, scores, strict=True)
        ]

    def _add(self, name: str, record_id: str, text: str, record_json: str) -> None:
        if self._journal is None:
            raise ToolError("memory is not started: await Memory.start() first")
        self._journal.append(name, record_id, text, record_json)
        self._catch_up()

    def _query(
        self, name: str, text: str, k: int, where: dict[str, str] | None
    ) -> tuple[list[str], list[float], list[str]]:
        if name != RUNBOOKS:
            self._catch_up()
        collection = self._collection(name)
        count = collection.count()
        if count == 0 or k <= 0:
            return [], [], []
        result = collection.query(
            query_texts=[text], n_results=min(k, count), where=where, include=["distances", "metadatas"]
        )
        ids: list[str] = result["ids"][0]
        scores = [1.0 - float(d) for d in result["distances"][0]]
        records = [str((m or {}).get("record", "")) for m in result["metadatas"][0]]
        return ids, scores, records
