-- 835 intake: files as received (raw bytes and hash), transaction sets traced to their file and segments,
-- service lines, remarks, provider-level adjustments, reversals, secondary payers, denial work, deposits.

-- A remittance file as it arrived (file drop or REST). The raw bytes are kept with their SHA-256: the audit copy.
-- The same bytes again are recorded as a DUPLICATE of the first (no content kept) and change nothing.
CREATE TABLE remittance_file (
    id              UUID          PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    channel         VARCHAR(10)   NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    content         BYTEA,
    status          VARCHAR(20)   NOT NULL,
    reason          TEXT,
    duplicate_of    UUID          REFERENCES remittance_file (id),
    -- per transaction set: control number, outcome (POSTED/HELD/DUPLICATE/UNREADABLE), remittance id, reason
    outcomes        JSONB         NOT NULL DEFAULT '[]',
    -- the reader's issues (ERROR and DEVIATION), with their locations
    issues          JSONB         NOT NULL DEFAULT '[]',
    received_at     TIMESTAMPTZ   NOT NULL
);
CREATE UNIQUE INDEX remittance_file_hash_uq ON remittance_file (tenant_id, sha256) WHERE status <> 'DUPLICATE';
CREATE INDEX remittance_file_tenant_idx ON remittance_file (tenant_id, received_at);

-- One remittance is one 835 transaction set (ST..SE). The same set in another file, or the same payer trace
-- with the same content, is a duplicate (content_hash); the same trace with other content is held.
ALTER TABLE remittance DROP CONSTRAINT remittance_trace_uq;
ALTER TABLE remittance
    ADD COLUMN file_id                        UUID REFERENCES remittance_file (id),
    ADD COLUMN channel                        VARCHAR(10) NOT NULL DEFAULT 'API',
    ADD COLUMN interchange_control_number     VARCHAR(9),
    ADD COLUMN group_control_number           VARCHAR(9),
    ADD COLUMN transaction_set_control_number VARCHAR(9),
    ADD COLUMN set_index                      INTEGER,
    ADD COLUMN content_hash                   CHAR(64),
    ADD COLUMN payee_id                       VARCHAR(80),
    ADD COLUMN payee_name                     VARCHAR(60),
    ADD COLUMN hold_kind                      VARCHAR(20),
    ADD COLUMN conflicts_with                 UUID REFERENCES remittance (id),
    ADD COLUMN deviations                     JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN released_at                    TIMESTAMPTZ,
    ADD COLUMN released_by                    VARCHAR(100),
    ADD COLUMN release_note                   TEXT;
CREATE UNIQUE INDEX remittance_content_uq ON remittance (tenant_id, content_hash);
CREATE INDEX remittance_trace_idx ON remittance (tenant_id, payer_id, trace_number);
CREATE INDEX remittance_status_idx ON remittance (tenant_id, status, received_at);

-- CLP01 is our patient control number; the claim it was matched to is found by it (or, on later ERAs, by the
-- payer claim number), so claim_id is empty until the payment is matched.
ALTER TABLE claim_payment RENAME COLUMN claim_id TO patient_control_number;
ALTER TABLE claim_payment
    ADD COLUMN claim_id            VARCHAR(100),
    ADD COLUMN segment_position    INTEGER,
    ADD COLUMN remarks             JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN reverses_payment_id UUID REFERENCES claim_payment (id),
    ADD COLUMN reversed_by_id      UUID REFERENCES claim_payment (id),
    ADD COLUMN payer_order         VARCHAR(10),
    ADD COLUMN denial_status       VARCHAR(20),
    ADD COLUMN denial_reason_code  VARCHAR(5),
    ADD COLUMN denial_note         TEXT,
    ADD COLUMN worked_at           TIMESTAMPTZ,
    ADD COLUMN refund_note         TEXT;
UPDATE claim_payment SET claim_id = patient_control_number WHERE status IN ('POSTED', 'DENIED');
DROP INDEX claim_payment_claim_idx;
CREATE INDEX claim_payment_pcn_idx ON claim_payment (tenant_id, patient_control_number, status);
CREATE INDEX claim_payment_claim_idx ON claim_payment (tenant_id, claim_id, status);
CREATE INDEX claim_payment_payer_claim_idx ON claim_payment (tenant_id, payer_claim_number);

ALTER TABLE claim_adjustment
    ADD COLUMN service_line_index INTEGER,
    ADD COLUMN segment_position   INTEGER;

-- The service lines of a claim payment (SVC), with the claim line they were matched to.
CREATE TABLE claim_payment_line (
    id                       UUID          PRIMARY KEY,
    tenant_id                VARCHAR(64)   NOT NULL,
    claim_payment_id         UUID          NOT NULL REFERENCES claim_payment (id),
    line_index               INTEGER       NOT NULL,
    procedure_code           VARCHAR(48)   NOT NULL,
    modifiers                JSONB         NOT NULL DEFAULT '[]',
    charge_amount            NUMERIC(12,2) NOT NULL,
    paid_amount              NUMERIC(12,2) NOT NULL,
    units                    NUMERIC(15,3),
    submitted_procedure_code VARCHAR(48),
    submitted_modifiers      JSONB         NOT NULL DEFAULT '[]',
    line_control_number      VARCHAR(50),
    service_date             DATE,
    remarks                  JSONB         NOT NULL DEFAULT '[]',
    segment_position         INTEGER,
    matched_line_number      INTEGER,
    CONSTRAINT claim_payment_svc_uq UNIQUE (claim_payment_id, line_index)
);

-- A submitted claim is found by its patient control number (CLM01) and, once a payer adjudicated it, by the
-- payer's claim number.
ALTER TABLE expected_claim
    ADD COLUMN patient_control_number VARCHAR(20),
    ADD COLUMN payer_claim_number     VARCHAR(50);
CREATE INDEX expected_claim_pcn_idx ON expected_claim (tenant_id, patient_control_number);
CREATE INDEX expected_claim_payer_claim_idx ON expected_claim (tenant_id, payer_claim_number);

-- The lines of a claim as claims-service created it (ClaimCreated), to match the payer's service lines.
CREATE TABLE expected_claim_line (
    id              UUID          PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    claim_id        VARCHAR(100)  NOT NULL,
    line_number     INTEGER       NOT NULL,
    procedure_code  VARCHAR(10)   NOT NULL,
    modifiers       JSONB         NOT NULL DEFAULT '[]',
    units           INTEGER       NOT NULL,
    charge          NUMERIC(12,2) NOT NULL,
    CONSTRAINT expected_claim_line_uq UNIQUE (tenant_id, claim_id, line_number)
);

-- The ledger answers any claim, line, patient or payer at any time: each entry says whose it is and which
-- segment of which transaction set it came from. A reversal entry names the entry it reverses.
ALTER TABLE ledger_entry
    ADD COLUMN patient_id          VARCHAR(100),
    ADD COLUMN payer_id            VARCHAR(80),
    ADD COLUMN service_line_number INTEGER,
    ADD COLUMN segment_position    INTEGER,
    ADD COLUMN source              VARCHAR(200),
    ADD COLUMN reverses_entry_id   BIGINT REFERENCES ledger_entry (id),
    ADD COLUMN note                TEXT;
CREATE INDEX ledger_entry_patient_idx ON ledger_entry (tenant_id, patient_id, posted_at);
CREATE INDEX ledger_entry_payer_idx ON ledger_entry (tenant_id, payer_id, posted_at);

-- Provider-level adjustments (PLB): interest, overpayment recovery, forward balance ... posted to the payee's
-- account with the payer, never to a claim.
CREATE TABLE provider_adjustment (
    id                 UUID          PRIMARY KEY,
    tenant_id          VARCHAR(64)   NOT NULL,
    remittance_id      UUID          NOT NULL REFERENCES remittance (id),
    payee_id           VARCHAR(80)   NOT NULL,
    payer_id           VARCHAR(80)   NOT NULL,
    provider_id        VARCHAR(50)   NOT NULL,
    fiscal_period_date DATE,
    reason_code        VARCHAR(2)    NOT NULL,
    reference          VARCHAR(50),
    amount             NUMERIC(12,2) NOT NULL,
    segment_position   INTEGER,
    posted_at          TIMESTAMPTZ
);
CREATE INDEX provider_adjustment_payee_idx ON provider_adjustment (tenant_id, payee_id, posted_at);
CREATE INDEX provider_adjustment_remittance_idx ON provider_adjustment (remittance_id);

-- What the patient owes for each claim as it now stands (the last effective adjudication's patient share), and
-- how many times it was determined: the revision PatientResponsibilityDetermined.v2 carries.
CREATE TABLE claim_responsibility (
    tenant_id   VARCHAR(64)   NOT NULL,
    claim_id    VARCHAR(100)  NOT NULL,
    patient_id  VARCHAR(100)  NOT NULL,
    amount      NUMERIC(12,2) NOT NULL,
    revision    INTEGER       NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (tenant_id, claim_id)
);

-- Bank deposits (EFT reassociation): matched to a remittance by trace number (TRN02) and amount.
CREATE TABLE deposit (
    id             UUID          PRIMARY KEY,
    tenant_id      VARCHAR(64)   NOT NULL,
    bank_reference VARCHAR(80)   NOT NULL,
    trace_number   VARCHAR(50),
    amount         NUMERIC(12,2) NOT NULL,
    deposit_date   DATE          NOT NULL,
    remittance_id  UUID          REFERENCES remittance (id),
    recorded_at    TIMESTAMPTZ   NOT NULL,
    CONSTRAINT deposit_reference_uq UNIQUE (tenant_id, bank_reference)
);
CREATE UNIQUE INDEX deposit_remittance_uq ON deposit (remittance_id) WHERE remittance_id IS NOT NULL;

-- Who did what to which payment, remittance or denial, when and why: releases, matches, refunds, appeals,
-- resubmissions and write-offs.
CREATE TABLE posting_audit (
    id          BIGINT        GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    tenant_id   VARCHAR(64)   NOT NULL,
    subject     VARCHAR(20)   NOT NULL,
    subject_id  UUID          NOT NULL,
    action      VARCHAR(30)   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    detail      TEXT,
    at          TIMESTAMPTZ   NOT NULL
);
CREATE INDEX posting_audit_subject_idx ON posting_audit (tenant_id, subject_id, id);
