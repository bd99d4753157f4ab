-- Event plumbing shared by every service. Numbered V0_x so it sorts before the service's own migrations;
-- services run Flyway with out-of-order enabled so a later V0_x still applies to an existing database.

-- Transactional outbox: written in the same transaction as the state change, published by OutboxRelay.
CREATE TABLE outbox (
    seq          BIGSERIAL    PRIMARY KEY,
    event_id     UUID         NOT NULL UNIQUE,
    tenant_id    VARCHAR(64)  NOT NULL,
    topic        VARCHAR(249) NOT NULL,
    aggregate_id VARCHAR(100) NOT NULL,
    event_type   VARCHAR(200) NOT NULL,
    source       VARCHAR(200) NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    payload      TEXT         NOT NULL,
    sent_at      TIMESTAMPTZ
);
CREATE INDEX outbox_unsent_idx ON outbox (seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_sent_at_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL;

-- Inbox: one row per (consumer, event) processed, written in the same transaction as the consumer's effect.
CREATE TABLE inbox (
    consumer     VARCHAR(100) NOT NULL,
    event_id     UUID         NOT NULL,
    tenant_id    VARCHAR(64)  NOT NULL,
    event_type   VARCHAR(200) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- The provider practices (tenants) this service serves.
CREATE TABLE tenant (
    tenant_id  VARCHAR(64)  PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
