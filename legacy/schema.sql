-- The legacy OSS's own schema: what such systems hold, in their own words. Nothing here knows
-- about Kafka or Nerve; Debezium reads the changes from the write-ahead log.

-- Work orders the legacy activation engine picks up: 'new' → 'in_progress' → 'done' | 'failed' | 'rejected'.
-- order_ref is the caller's reference (Nerve's command id): one order per reference, whoever inserts it again.
CREATE TABLE IF NOT EXISTS service_orders (
    id          bigserial PRIMARY KEY,
    order_ref   text NOT NULL UNIQUE,
    order_type  text NOT NULL CHECK (order_type IN ('activate', 'deactivate')),
    subscriber  text NOT NULL,
    offer       text NOT NULL,
    network     jsonb NOT NULL DEFAULT '{}',
    context     jsonb NOT NULL DEFAULT '{}',
    status      text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'done', 'failed', 'rejected')),
    reason      text,
    result      jsonb,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS service_orders_new ON service_orders (id) WHERE status = 'new';

-- Trouble tickets field teams work: opened by an incident (external_ref) or by hand.
CREATE TABLE IF NOT EXISTS trouble_tickets (
    id           bigserial PRIMARY KEY,
    external_ref text UNIQUE,
    entity       text NOT NULL,
    summary      text NOT NULL,
    severity     text NOT NULL,
    status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'closed')),
    notes        text NOT NULL DEFAULT '',
    updated_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- What the legacy OSS believes each subscriber has on the network: one row per plan or service.
CREATE TABLE IF NOT EXISTS resource_inventory (
    subscriber  text NOT NULL,
    offer       text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('plan', 'service')),
    profile     jsonb NOT NULL DEFAULT '{}',
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subscriber, offer)
);
