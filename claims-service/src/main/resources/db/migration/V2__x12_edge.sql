-- The 837P's parties beyond the billing provider. Submitter (1000A) and receiver (1000B) default to the bureau's
-- configuration when a tenant has none of its own.
ALTER TABLE billing_profile
    ADD COLUMN taxonomy_code  VARCHAR(10),
    ADD COLUMN pay_to_address JSONB,
    ADD COLUMN submitter      JSONB,
    ADD COLUMN receiver       JSONB;

-- How a tenant bills one payer: 837P payer name and claim filing indicator, whether the payer wants the billing
-- provider's taxonomy (PRV*BI), which clearinghouse mailbox claims to it go through, and its deadlines.
CREATE TABLE payer_config (
    tenant_id                 VARCHAR(64)  NOT NULL,
    payer_id                  VARCHAR(80)  NOT NULL,
    name                      VARCHAR(60)  NOT NULL,
    claim_filing_indicator    VARCHAR(2)   NOT NULL,
    requires_billing_taxonomy BOOLEAN      NOT NULL,
    route                     VARCHAR(40)  NOT NULL,
    timely_filing_days        INTEGER      NOT NULL CHECK (timely_filing_days > 0),
    payment_window_days       INTEGER      NOT NULL CHECK (payment_window_days > 0),
    updated_at                TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant_id, payer_id)
);

-- CLM01: assigned once per claim, unique per tenant; a replacement or void reuses it.
CREATE SEQUENCE patient_control_number_seq;

ALTER TABLE claim
    ADD COLUMN patient_control_number VARCHAR(20),
    ADD COLUMN frequency_code         CHAR(1)      NOT NULL DEFAULT '1',
    ADD COLUMN route                  VARCHAR(40)  NOT NULL DEFAULT 'default',
    ADD COLUMN subscriber             JSONB,
    ADD COLUMN rendering_provider     JSONB,
    ADD COLUMN payer_responsibility   CHAR(1)      NOT NULL DEFAULT 'P',
    ADD COLUMN insurance_type_code    VARCHAR(3),
    ADD COLUMN benefits_assigned      BOOLEAN      NOT NULL DEFAULT TRUE,
    ADD COLUMN release_of_information BOOLEAN      NOT NULL DEFAULT TRUE,
    ADD COLUMN rejection_reasons      JSONB        NOT NULL DEFAULT '[]',
    ADD COLUMN rejection_category     VARCHAR(20),
    ADD COLUMN rejected_at            TIMESTAMPTZ,
    ADD COLUMN submitted_at           TIMESTAMPTZ,
    ADD COLUMN accepted_at            TIMESTAMPTZ,
    ADD COLUMN previous_submission_id VARCHAR(64),
    ADD COLUMN void_reason            VARCHAR(500);
UPDATE claim SET patient_control_number = 'C' || lpad(nextval('patient_control_number_seq')::text, 12, '0');
ALTER TABLE claim ALTER COLUMN patient_control_number SET NOT NULL;
ALTER TABLE claim ADD CONSTRAINT claim_pcn_uq UNIQUE (tenant_id, patient_control_number);
DROP INDEX claim_ready_idx;
CREATE INDEX claim_ready_idx ON claim (tenant_id, route, updated_at, id) WHERE status = 'READY';
CREATE INDEX claim_rejected_idx ON claim (tenant_id, rejected_at) WHERE status = 'REJECTED';

-- Who made each change: the user named by the request, or 'system'.
ALTER TABLE claim_status_change ADD COLUMN changed_by VARCHAR(100) NOT NULL DEFAULT 'system';

-- A submission is one interchange (file) to one clearinghouse mailbox, with the control numbers it carries.
ALTER TABLE submission
    ADD COLUMN route                      VARCHAR(40)  NOT NULL DEFAULT 'default',
    ADD COLUMN sender_id                  VARCHAR(15),
    ADD COLUMN receiver_id                VARCHAR(15),
    ADD COLUMN interchange_control_number CHAR(9),
    ADD COLUMN group_control_number       VARCHAR(9),
    ADD COLUMN file_name                  VARCHAR(200),
    ADD COLUMN failure_reason             VARCHAR(500),
    ADD COLUMN content                    BYTEA;
CREATE UNIQUE INDEX submission_interchange_uq ON submission (sender_id, receiver_id, interchange_control_number);
CREATE INDEX submission_group_idx ON submission (tenant_id, group_control_number);

-- Which claims went in which transaction set (ST02) of a submission, so a 999 maps back to them.
CREATE TABLE submission_claim (
    submission_id                  VARCHAR(64)  NOT NULL REFERENCES submission (id),
    claim_id                       UUID         NOT NULL REFERENCES claim (id),
    tenant_id                      VARCHAR(64)  NOT NULL,
    transaction_set_control_number VARCHAR(9)   NOT NULL,
    patient_control_number         VARCHAR(20)  NOT NULL,
    frequency_code                 CHAR(1)      NOT NULL,
    PRIMARY KEY (submission_id, claim_id)
);
CREATE INDEX submission_claim_claim_idx ON submission_claim (claim_id);

-- The last ISA13 / GS06 / ST02 used per sender/receiver pair; incremented under the row's lock, never reused.
CREATE TABLE x12_control_number (
    sender_id   VARCHAR(15)  NOT NULL,
    receiver_id VARCHAR(15)  NOT NULL,
    kind        VARCHAR(3)   NOT NULL,
    last_value  BIGINT       NOT NULL,
    PRIMARY KEY (sender_id, receiver_id, kind)
);

-- Every acknowledgment file taken from an inbound mailbox, by content hash: the same file twice changes nothing.
CREATE TABLE inbound_file (
    tenant_id   VARCHAR(64)    NOT NULL,
    sha256      CHAR(64)       NOT NULL,
    route       VARCHAR(40)    NOT NULL,
    file_name   VARCHAR(255)   NOT NULL,
    kind        VARCHAR(10)    NOT NULL,
    summary     VARCHAR(2000)  NOT NULL,
    received_at TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (tenant_id, sha256)
);

-- What an acknowledgment said that could not be applied: unknown claims or submissions, bad transaction sets.
CREATE TABLE acknowledgment_exception (
    id         BIGSERIAL      PRIMARY KEY,
    tenant_id  VARCHAR(64)    NOT NULL,
    route      VARCHAR(40)    NOT NULL,
    file_name  VARCHAR(255)   NOT NULL,
    kind       VARCHAR(30)    NOT NULL,
    reference  VARCHAR(100),
    detail     VARCHAR(2000)  NOT NULL,
    created_at TIMESTAMPTZ    NOT NULL
);
CREATE INDEX acknowledgment_exception_tenant_idx ON acknowledgment_exception (tenant_id, id);
