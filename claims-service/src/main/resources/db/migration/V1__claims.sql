-- The practice as billing provider (837P loop 2000A): one per tenant.
CREATE TABLE billing_profile (
    tenant_id             VARCHAR(64)  PRIMARY KEY,
    billing_provider_npi  CHAR(10)     NOT NULL,
    billing_provider_name VARCHAR(60)  NOT NULL,
    tax_id                CHAR(9)      NOT NULL,
    address               JSONB        NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL
);

-- The practice's charge per procedure code; a claim line is priced fee x units.
CREATE TABLE fee_schedule_entry (
    tenant_id      VARCHAR(64)    NOT NULL,
    procedure_code VARCHAR(5)     NOT NULL,
    amount         NUMERIC(12,2)  NOT NULL CHECK (amount > 0),
    PRIMARY KEY (tenant_id, procedure_code)
);

-- A batch of one tenant's claims sent to the clearinghouse under one id. SENDING until the clearinghouse took it;
-- next_attempt_at is when it may be (re-)sent: a sender's lease, or the back-off after a failed attempt.
CREATE TABLE submission (
    id              VARCHAR(64)  PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    claim_count     INTEGER      NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    sent_at         TIMESTAMPTZ
);
CREATE INDEX submission_due_idx ON submission (next_attempt_at) WHERE status = 'SENDING';

-- One claim per coded encounter. Patient and coverage are kept as coding sent them (JSON).
CREATE TABLE claim (
    id                     UUID           PRIMARY KEY,
    tenant_id              VARCHAR(64)    NOT NULL,
    encounter_id           VARCHAR(100)   NOT NULL,
    patient_id             VARCHAR(64)    NOT NULL,
    payer_id               VARCHAR(80)    NOT NULL,
    patient                JSONB          NOT NULL,
    coverage               JSONB          NOT NULL,
    billing_provider_npi   CHAR(10)       NOT NULL,
    rendering_provider_npi CHAR(10)       NOT NULL,
    date_of_service        DATE           NOT NULL,
    place_of_service       CHAR(2)        NOT NULL,
    diagnosis_codes        JSONB          NOT NULL,
    total_charge           NUMERIC(12,2)  NOT NULL,
    status                 VARCHAR(20)    NOT NULL,
    scrub_issues           JSONB          NOT NULL,
    submission_id          VARCHAR(64)    REFERENCES submission (id),
    payer_claim_number     VARCHAR(80),
    created_at             TIMESTAMPTZ    NOT NULL,
    updated_at             TIMESTAMPTZ    NOT NULL,
    CONSTRAINT claim_encounter_uq UNIQUE (tenant_id, encounter_id)
);
CREATE INDEX claim_tenant_status_idx ON claim (tenant_id, status, created_at);
CREATE INDEX claim_ready_idx ON claim (tenant_id, created_at) WHERE status = 'READY';
CREATE INDEX claim_submission_idx ON claim (submission_id);

-- The priced service lines of a claim (837P loop 2400).
CREATE TABLE claim_line (
    claim_id           UUID           NOT NULL REFERENCES claim (id),
    line_number        INTEGER        NOT NULL,
    tenant_id          VARCHAR(64)    NOT NULL,
    procedure_code     VARCHAR(5)     NOT NULL,
    modifiers          JSONB          NOT NULL,
    units              INTEGER        NOT NULL,
    charge             NUMERIC(12,2)  NOT NULL,
    diagnosis_pointers JSONB          NOT NULL,
    PRIMARY KEY (claim_id, line_number)
);

-- Every status a claim went through, with when and why.
CREATE TABLE claim_status_change (
    id         BIGSERIAL    PRIMARY KEY,
    claim_id   UUID         NOT NULL REFERENCES claim (id),
    tenant_id  VARCHAR(64)  NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    changed_at TIMESTAMPTZ  NOT NULL,
    note       VARCHAR(500)
);
CREATE INDEX claim_status_change_claim_idx ON claim_status_change (claim_id, id);
