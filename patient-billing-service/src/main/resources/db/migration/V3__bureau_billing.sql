-- How a practice bills its patients. A tenant without a row bills with the defaults (BillingSettings.DEFAULTS).
-- dunning_levels: [{"afterDays":30,"message":"..."}, ...] in ascending order; the last level is the final notice
-- after which the account goes to collections.
CREATE TABLE billing_settings (
    tenant_id            VARCHAR(64)   PRIMARY KEY,
    time_zone            VARCHAR(64)   NOT NULL,
    cycle_day            INTEGER       NOT NULL CHECK (cycle_day BETWEEN 1 AND 31),
    due_days             INTEGER       NOT NULL CHECK (due_days BETWEEN 1 AND 90),
    minimum_balance      NUMERIC(12,2) NOT NULL CHECK (minimum_balance >= 0),
    write_off_threshold  NUMERIC(12,2) NOT NULL CHECK (write_off_threshold >= 0),
    dunning_levels       JSONB         NOT NULL,
    practice_name        VARCHAR(200)  NOT NULL,
    practice_phone       VARCHAR(40),
    practice_address     JSONB,
    remit_to             JSONB,
    how_to_pay           VARCHAR(1000),
    collection_agency    VARCHAR(100)  NOT NULL,
    updated_at           TIMESTAMPTZ   NOT NULL
);

-- The last cycle run of a tenant (local date): the scheduler runs each tenant at most once per local day.
CREATE TABLE statement_cycle_run (
    tenant_id    VARCHAR(64) NOT NULL,
    cycle_date   DATE        NOT NULL,
    started_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, cycle_date)
);

-- Provider on statement lines; self-pay claims (filing indicator 09) are billed to the patient in full.
ALTER TABLE claim_summary ADD COLUMN rendering_provider_npi VARCHAR(10);
ALTER TABLE claim_summary ADD COLUMN self_pay BOOLEAN NOT NULL DEFAULT FALSE;

-- ADJUSTMENT lowers the balance (small-balance write-off, courtesy), REFUND gives a credit back (raises it to 0).
-- actor/note: who did it and why (the audit of write-offs and refunds).
ALTER TABLE account_item DROP CONSTRAINT account_item_kind_ck;
ALTER TABLE account_item ADD CONSTRAINT account_item_kind_ck
    CHECK (kind IN ('CHARGE', 'PAYMENT', 'ADJUSTMENT', 'REFUND'));
ALTER TABLE account_item ADD COLUMN actor VARCHAR(100);
ALTER TABLE account_item ADD COLUMN note VARCHAR(500);

-- The guarantor may be someone else than the patient (a child's parent); set by REST, claims then leave it alone.
-- status: ACTIVE or COLLECTIONS (placed with the agency until recalled).
ALTER TABLE patient_account ADD COLUMN guarantor_relationship VARCHAR(20);
ALTER TABLE patient_account ADD COLUMN guarantor_fixed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE patient_account ADD COLUMN status VARCHAR(12) NOT NULL DEFAULT 'ACTIVE';
ALTER TABLE patient_account ADD COLUMN dunning_level INTEGER NOT NULL DEFAULT 0;
ALTER TABLE patient_account ADD COLUMN collections_at TIMESTAMPTZ;

-- What the statement printed beyond its figures: the dunning level and message, and the rendered documents.
ALTER TABLE statement ADD COLUMN dunning_level INTEGER NOT NULL DEFAULT 0;
CREATE TABLE statement_document (
    statement_id UUID        PRIMARY KEY REFERENCES statement (id),
    tenant_id    VARCHAR(64) NOT NULL,
    pdf          BYTEA       NOT NULL,
    vendor_json  JSONB       NOT NULL
);

-- A hold (DISPUTE, BANKRUPTCY, DECEASED, INSURANCE_APPEAL) stops dunning and collections while it is active.
CREATE TABLE account_hold (
    id          UUID         PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    account_id  UUID         NOT NULL REFERENCES patient_account (id),
    kind        VARCHAR(20)  NOT NULL,
    note        VARCHAR(500),
    set_by      VARCHAR(100) NOT NULL,
    set_at      TIMESTAMPTZ  NOT NULL,
    cleared_by  VARCHAR(100),
    cleared_at  TIMESTAMPTZ
);
CREATE UNIQUE INDEX account_hold_active_uq ON account_hold (account_id, kind) WHERE cleared_at IS NULL;

-- A payment plan: installments of installment_amount (the last one the rest) every frequency from first_due_date.
CREATE TABLE payment_plan (
    id                  UUID          PRIMARY KEY,
    tenant_id           VARCHAR(64)   NOT NULL,
    account_id          UUID          NOT NULL REFERENCES patient_account (id),
    total_amount        NUMERIC(12,2) NOT NULL CHECK (total_amount > 0),
    installment_amount  NUMERIC(12,2) NOT NULL CHECK (installment_amount > 0),
    installments        INTEGER       NOT NULL CHECK (installments > 0),
    frequency           VARCHAR(10)   NOT NULL,
    first_due_date      DATE          NOT NULL,
    autopay             BOOLEAN       NOT NULL,
    status              VARCHAR(10)   NOT NULL,
    paid_at_start       NUMERIC(12,2) NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL,
    ended_at            TIMESTAMPTZ
);
CREATE UNIQUE INDEX payment_plan_active_uq ON payment_plan (account_id) WHERE status = 'ACTIVE';

-- Patient payments taken here, keyed by the client's Idempotency-Key: a retry finds the payment, never a second one.
CREATE TABLE patient_payment (
    id               UUID          PRIMARY KEY,
    tenant_id        VARCHAR(64)   NOT NULL,
    account_id       UUID          NOT NULL REFERENCES patient_account (id),
    idempotency_key  VARCHAR(100)  NOT NULL,
    request_hash     VARCHAR(64)   NOT NULL,
    method           VARCHAR(10)   NOT NULL,
    amount           NUMERIC(12,2) NOT NULL CHECK (amount > 0),
    reference        VARCHAR(100),
    claim_id         VARCHAR(100),
    received_at      TIMESTAMPTZ   NOT NULL,
    posted_at        TIMESTAMPTZ,
    CONSTRAINT patient_payment_key_uq UNIQUE (tenant_id, idempotency_key)
);

CREATE TABLE account_note (
    id          UUID          PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    account_id  UUID          NOT NULL REFERENCES patient_account (id),
    author      VARCHAR(100)  NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX account_note_account_idx ON account_note (account_id, created_at);

-- Collection agency export files, one per tenant per run.
CREATE TABLE collections_export (
    id          UUID          PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    file_name   VARCHAR(300)  NOT NULL,
    accounts    INTEGER       NOT NULL,
    total       NUMERIC(12,2) NOT NULL,
    created_at  TIMESTAMPTZ   NOT NULL
);
