"""The Faust app that rates usage and bills it: usage.records → bills, adjustments, balances, notifications.

  usage.records (6 partitions, key: subscriber) ──rate──▶ billing.bills, billing.adjustments,
        │  broken or foreign records ─▶ dead-letter         billing.notifications (key: subscriber)
        │                                                    billing.balances (compacted, subscriber/period)
  bss.subscriber.state (read whole by every worker) ─▶ what each subscriber holds (passes, packs, OTTs)

Workers share the usage partitions (one consumer group); a subscriber is billed by the worker that
owns its partition. Each subscriber's ``Ledger`` and the usage ids it counted are written to a Faust
table (changelog) after every batch, before the batch's offsets can be committed, and in this order:
the ids of save n (none is a chunk too), then the ledger of save n, both in the subscriber's
partition. A worker that takes over reads the ledger and only the id chunks up to its ``seq``, so a
save the crash cut in half counts nothing and the records are rated again; its own save n replaces
the half save's chunk. What a ledger has to send is kept in it (``outbox``)
and sent after the save; a takeover sends it again, and every message has a deterministic id.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Iterable, Sequence
from typing import Any, cast

import orjson
from aiokafka.partitioner import murmur2
from faust.streams import _current_event
from faust.types import TP, TopicT
from faust.types import Message as KafkaMessage

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import DeadLetter, SubscriberState, UsageBatch, UsageRecord, now
from nerve.errors import ContractError
from nerve.estate import Estate, load_estate
from nerve.kafka_auth import Principal
from nerve.rating import Holding
from nerve.settings import Settings
from nerve.usage_decode import Usage, decode_clean, decode_items, decode_record, raw_of
from streams import raw as streams_raw
from streams.faust_app import worker_app
from streams.ledger import Books, Ledger

log = logging.getLogger(__name__)

APP_NAME = "nerve-billing"  # nerve.kafka_acl.BILLING_APP grants its topics
FUTURE_TOLERANCE_S = 120.0  # records stamped further ahead than this are dead-lettered
OUTPUTS = (t.BILLS, t.ADJUSTMENTS, t.BALANCES, t.NOTIFICATIONS)
# Billing needs no millisecond latency: larger batches spread each save of a subscriber's ledger
# over more records (the stream's buffer holds at most BATCH_MAX messages).
BATCH_MAX = 8000
BATCH_WITHIN_S = 0.5
# Offsets are committed on the 1 s timer only: Faust's commit every n messages runs inside its fetch
# loop and waits there for the producer's flush, so reading stalled at each one. Saves still precede
# every commit (a commit flushes the producer first); a crash re-reads at most the last second.
COMMIT_EVERY = 1_000_000
BALANCES_EVERY_S = 1.0
PRODUCER_BATCH_BYTES = 512 * 1024
FETCH_BYTES_PER_PARTITION = 4 * 1024 * 1024


def partition_of(subscriber: str, partitions: int = t.USAGE.partitions) -> int:
    """The usage partition of a subscriber: Kafka's default partitioner on the key."""
    return int(murmur2(subscriber.encode()) & 0x7FFFFFFF) % partitions


def subscriber_problem(estate: Estate, record: Usage) -> str | None:
    """Why the record's subscriber cannot be billed for it, if it cannot."""
    sub = estate.subscriber.get(record.subscriber)
    if sub is None:
        return f"unknown subscriber {record.subscriber!r}"
    if sub.msisdn != record.msisdn:
        return f"msisdn {record.msisdn} is not {record.subscriber}'s"
    return None


def record_problem(estate: Estate, epoch: float, record: Usage, latest: float) -> str | None:
    """Why a record that meets its contract still cannot be rated, if it cannot, its subscriber aside
    (``latest``: the latest event time accepted)."""
    if record.at < epoch:
        return f"event time {record.at} is before the billing epoch {epoch}"
    if record.at > latest:
        return f"event time {record.at} is in the future"
    if record.cell is not None and record.cell not in estate.topology.cell:
        return f"unknown cell {record.cell!r}"
    return None


def read_usage(estate: Estate, epoch: float, value: bytes) -> tuple[list[Usage], list[tuple[bytes, str]]]:
    """A mediation message's good records, and each broken one (its bytes, the reason)."""
    bad: list[tuple[bytes, str]] = []
    records: Sequence[Usage] | None = decode_clean(value)  # the common case: every record well-formed
    if records is None:
        items = decode_items(value)  # some record is broken: one by one
        if items is None:
            try:
                items = UsageBatch.from_bytes(value).records  # refused by msgspec: pydantic says why, or takes it
            except ContractError as exc:
                return [], [(value, str(exc))]
        decoded: list[Usage] = []
        for item in items:
            record: Usage | None = decode_record(item)
            if record is None:
                try:
                    record = UsageRecord.from_dict(item)  # the same for a record
                except ContractError as exc:
                    bad.append((orjson.dumps(item), str(exc)))
                    continue
            decoded.append(record)
        records = decoded
    good: list[Usage] = []
    latest = time.time() + FUTURE_TOLERANCE_S
    sub = msisdn = None  # the subscriber and number last found billable
    for record in records:
        reason = None
        if record.subscriber != sub or record.msisdn != msisdn:  # records come in runs of one subscriber
            reason = subscriber_problem(estate, record)
            sub, msisdn = (None, None) if reason else (record.subscriber, record.msisdn)
        reason = reason or record_problem(estate, epoch, record, latest)
        if reason is None:
            good.append(record)
        else:
            bad.append((raw_of(record), reason))
    return good, bad


class Holdings:
    """What every subscriber holds: the estate's start, then the billing system's charges as they come.

    Read whole by every worker from the compacted ``bss.subscriber.state`` (not a partitioned agent):
    a worker rates its subscribers against any subscriber's state."""

    def __init__(self, settings: Settings, estate: Estate) -> None:
        self.settings = settings
        self.start = {s.id: Holding(s.plan, frozenset(s.services)) for s in estate.subscribers}
        self.now: dict[str, Holding] = dict(self.start)
        self.caught_up = asyncio.Event()

    def __call__(self, subscriber: str) -> Holding:
        return self.now.get(subscriber) or Holding("", frozenset())

    def apply(self, state: SubscriberState) -> None:
        start = self.start.get(state.subscriber)
        if state.system != "billing" or start is None:
            return
        bought = [(c.offer, c.at) for c in state.charges if c.kind != "refund" and not c.command_id.startswith("seed/")]
        self.now[state.subscriber] = Holding(start.plan, start.services, bought)

    async def follow(self) -> None:
        bus = Bus(self.settings, client_id="billing-holdings", principal=Principal.STREAMS)
        consumer = bus.consumer(group_id=None)
        await consumer.start()
        try:
            partitions = await bus.partitions(consumer, t.SUBSCRIBER_STATE)
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            ends = await consumer.end_offsets(partitions)
            while True:
                for raws in (await consumer.getmany(timeout_ms=200)).values():
                    for raw in raws:
                        with contextlib.suppress(ContractError):
                            self.apply(SubscriberState.from_bytes(raw.value))
                if not self.caught_up.is_set() and all([await consumer.position(tp) >= ends[tp] for tp in ends]):
                    self.caught_up.set()
        finally:
            await consumer.stop()


class BillingApp:
    """Builds the Faust app for one topic prefix; ``app`` is what a faust Worker runs."""

    def __init__(self, settings: Settings, estate: Estate | None = None, *, worker_id: str | None = None) -> None:
        self.settings = settings
        self.cfg = cfg = settings.streams
        self.estate = estate = estate or load_estate(settings.estate_dir)
        prefix = settings.topic_prefix
        datadir = settings.home / "billing" / f"worker-{worker_id or cfg.worker_id}"
        self.app = worker_app(
            settings,
            f"{prefix}{APP_NAME}",
            datadir,
            store=cfg.store,
            partitions=t.USAGE.partitions,
            broker_commit_every=COMMIT_EVERY,
            stream_buffer_maxsize=BATCH_MAX,
            # A save writes each changed subscriber's counted ids, tens of kB on a backlog: with Kafka's
            # 16 kB batches the producer sent them one request each, and a send to a partition whose
            # batch was full waited for the one before to be taken.
            producer_max_batch_size=PRODUCER_BATCH_BYTES,
            producer_linger=0.005,
            # A backlog of usage is read in fewer rounds: at 1 MB a partition, each fetch brought about
            # 1000 messages, and the worker waited for the next one between its batches.
            consumer_max_fetch_size=FETCH_BYTES_PER_PARTITION,
        )
        raw: dict[str, Any] = {"key_serializer": "raw", "value_serializer": "raw"}
        # Read as raw messages in batches (streams.raw): Faust's event per message cost more than rating.
        self.usage = streams_raw.RawTopic(
            self.app, topics=[t.USAGE.full_name(prefix)], partitions=t.USAGE.partitions, **raw
        )
        self.dead_letter = self.app.topic(t.DEAD_LETTER.full_name(prefix), **raw)
        self.outputs = {x.name: self.app.topic(x.full_name(prefix), partitions=x.partitions, **raw) for x in OUTPUTS}
        self.table = self.app.Table("ledgers", partitions=t.USAGE.partitions, key_type=bytes, value_type=bytes)
        self.holdings = Holdings(settings, estate)
        self.books = Books(estate, settings.billing_epoch, self.holdings)
        self.partition = {s.id: partition_of(s.id) for s in estate.subscribers}
        self.assigned: set[int] = set()
        self.last_record = time.time()
        self.lock = asyncio.Lock()  # the agent and the timer both change the books
        self.counters = {"records": 0, "duplicates": 0, "dead_lettered": 0}
        # perf_counter and process CPU time at the first and the latest batch (nerve bench usage)
        self.first_batch_at = self.last_batch_at = 0.0
        self.first_batch_cpu = self.last_batch_cpu = 0.0
        self._wire()

    # -- table ------------------------------------------------------------------------------------
    def _lookup(self, key: str) -> bytes | None:
        token = _current_event.set(None)  # look in every partition's store, not only the event's
        try:
            value: bytes | None = self.table.data.get(key.encode())
            return value
        finally:
            _current_event.reset(token)

    def _save(self, partition: int, key: str, value: bytes) -> None:
        """Into the local store and the changelog (see ``streams.app.StreamsApp._save`` for why both)."""
        raw_key = key.encode()
        store = self.table.data
        db_for_partition = getattr(store, "_db_for_partition", None)
        if db_for_partition is not None:
            db_for_partition(partition).put(raw_key, value)
        else:
            store[raw_key] = value
        self.table.send_changelog(partition, raw_key, value)

    def _load(self, subscriber: str) -> None:
        """Take a subscriber's ledger and counted ids from the table, the first time this worker needs them."""
        if subscriber in self.books.ledgers:
            return
        saved = self._lookup(f"l/{subscriber}")
        if saved is None:
            self.books.ledger(subscriber)
            return
        ledger = Ledger.load(saved)
        seen: list[str] = []
        for n in range(1, ledger.seq + 1):
            chunk = self._lookup(f"i/{subscriber}/{n}")
            seen += orjson.loads(chunk) if chunk else []
        self.books.adopt(ledger, seen)

    def owned(self) -> list[str]:
        return [s for s, p in self.partition.items() if p in self.assigned]

    # -- processing -------------------------------------------------------------------------------
    async def _dead_letter(self, msg: KafkaMessage, raw: bytes, reason: str) -> None:
        """Send a broken record to the dead-letter topic (logged by the batch: see ``_rate``)."""
        self.counters["dead_lettered"] += 1
        letter = DeadLetter(
            source_topic=t.USAGE.name,
            partition=msg.partition,
            offset=msg.offset,
            key=msg.key.decode(errors="replace") if msg.key else None,
            raw=raw.decode(errors="replace"),
            reason=reason,
            at=now(),
        )
        await self._produce(self.dead_letter, t.USAGE.name, letter.to_bytes())

    async def _produce(self, topic: TopicT, key: str, value: bytes) -> None:
        """Hand a message to the producer: it goes out in the background, and any commit of offsets
        flushes the producer first. (A Faust topic's ``send`` builds a pending message, runs the
        sensors and adds a callback per message: a dead letter each cost more than rating 20 records.)"""
        await self.app.producer.send(topic.get_topic_name(), key.encode(), value, None, None, None)

    async def _commit_books(self) -> None:
        """Save every changed ledger (ids first), then send what it produced."""
        books = self.books
        for sub, new_ids in books.settle().items():
            ledger = books.ledgers[sub]
            partition = self.partition.get(sub, partition_of(sub))
            ledger.seq += 1
            # Even with no new ids: a predecessor killed between its chunk n and its ledger n left a
            # chunk n of ids it never counted, which this save's chunk must replace (else a later
            # load would take those records for duplicates).
            self._save(partition, f"i/{sub}/{ledger.seq}", orjson.dumps(new_ids))
            self._save(partition, f"l/{sub}", ledger.dump())
            await self._send(ledger)

    async def _send(self, ledger: Ledger) -> None:
        outbox, ledger.outbox = ledger.outbox, []
        for name, key, value in outbox:
            await self._produce(self.outputs[name], key, value)

    async def _rate(self, batch: list[KafkaMessage]) -> None:
        """Rate a batch of mediation messages, bill what the watermark closes, and save."""
        books = self.books
        if not self.first_batch_at:
            self.first_batch_at, self.first_batch_cpu = time.perf_counter(), time.process_time()
        async with self.lock:
            dead, last_reason = self.counters["dead_lettered"], ""
            for msg in batch:
                records, rejected = read_usage(self.estate, books.epoch, msg.value or b"")
                for raw, reason in rejected:
                    await self._dead_letter(msg, raw, reason)
                    last_reason = reason
                for sub in {r.subscriber for r in records}:
                    self._load(sub)
                added = books.add(records)
                self.counters["records"] += added
                self.counters["duplicates"] += len(records) - added
            if dead := self.counters["dead_lettered"] - dead:
                # one line a batch: on a backlog, a line per record cost more than rating them
                log.warning(
                    "dead-lettered %d usage records of %d messages, the last: %s", dead, len(batch), last_reason
                )
            self.last_record = time.time()
            books.close(books.watermark, self._loaded(self.owned()))
            await self._commit_books()
            self.last_batch_at, self.last_batch_cpu = time.perf_counter(), time.process_time()

    def _wire(self) -> None:
        app, books = self.app, self.books

        usage = aiter(self.usage)  # subscribed like an agent's topic

        async def rate() -> None:
            await self.holdings.caught_up.wait()  # rate nothing before knowing what everyone holds
            async for batch in streams_raw.batches(usage, BATCH_MAX, BATCH_WITHIN_S):
                await self._rate(batch)
                streams_raw.done(app, batch)  # saved: the offsets may be committed

        async def tick() -> None:
            # Event time moves on with the clock once the mediation has been quiet for a while.
            idle = self.settings.billing_idle_s
            if not self.assigned or time.time() - self.last_record < idle:
                return
            if self.app.rebalancing or self.app.in_recovery:
                return  # a ledger not yet recovered from the changelog would be billed (and saved) empty
            async with self.lock:
                books.close(time.time() - idle, self._loaded(self.owned()))
                await self._commit_books()

        async def on_assigned(sender: Any, assigned: set[TP], **_: Any) -> None:
            name = self.usage.get_topic_name()
            self.assigned = {tp.partition for tp in assigned if tp.topic == name}

        async def on_revoked(sender: Any, revoked: set[TP], **_: Any) -> None:
            name = self.usage.get_topic_name()
            lost = {tp.partition for tp in revoked if tp.topic == name}
            async with self.lock:
                await self.app.producer.flush()
                books.forget(s for s, p in self.partition.items() if p in lost)
            self.assigned -= lost

        async def follow_holdings() -> None:
            await self.holdings.follow()

        async def publish_balances() -> None:
            async with self.lock:
                stale = books.balances()
            for b in stale:
                await self._produce(self.outputs[t.BALANCES.name], f"{b.subscriber}/{b.period}", b.to_bytes())

        app.task(rate)
        app.task(follow_holdings)
        app.timer(BALANCES_EVERY_S)(publish_balances)
        app.timer(0.5)(tick)
        app.on_partitions_assigned.connect(cast(Any, on_assigned))
        app.on_partitions_revoked.connect(cast(Any, on_revoked))

    def _loaded(self, subscribers: Iterable[str]) -> list[str]:
        """These subscribers, their ledgers loaded (and anything a predecessor left unsent queued again)."""
        out = []
        for sub in subscribers:
            fresh = sub not in self.books.ledgers
            self._load(sub)
            if fresh and self.books.ledgers[sub].outbox:
                self.books.touched.setdefault(sub, set())
            out.append(sub)
        return out
