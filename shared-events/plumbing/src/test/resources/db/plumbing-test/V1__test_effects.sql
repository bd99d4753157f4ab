-- The test consumer's effect: one row per applied event, written in the inbox transaction.
CREATE TABLE test_effect (
    event_id   UUID         PRIMARY KEY,
    tenant_id  VARCHAR(64)  NOT NULL,
    claim_id   VARCHAR(100) NOT NULL,
    applied_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
