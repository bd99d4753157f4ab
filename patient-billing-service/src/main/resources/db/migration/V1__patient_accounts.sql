-- A patient's account with the practice: what the patient owes after insurance. One per tenant and patient.
-- The guarantor (name, mailing address) is known once a ClaimCreated for the patient arrived; until then the
-- account collects charges but cannot be mailed a statement.
CREATE TABLE patient_account (
    id                     UUID          PRIMARY KEY,
    tenant_id              VARCHAR(64)   NOT NULL,
    patient_id             VARCHAR(100)  NOT NULL,
    guarantor_first_name   VARCHAR(100),
    guarantor_last_name    VARCHAR(100),
    mailing_address        JSONB,
    -- when the demographics above were current at their source, so an older claim never overwrites a newer address
    demographics_as_of     TIMESTAMPTZ,
    -- the sum of all items: charges minus payments
    balance                NUMERIC(12,2) NOT NULL,
    -- the balance due on the last statement (0 before the first): the next statement's previous balance
    last_statement_balance NUMERIC(12,2) NOT NULL,
    last_statement_date    DATE,
    created_at             TIMESTAMPTZ   NOT NULL,
    CONSTRAINT patient_account_patient_uq UNIQUE (tenant_id, patient_id)
);
CREATE INDEX patient_account_billable_idx ON patient_account (tenant_id, id) WHERE balance > 0;

-- What changed the balance: a CHARGE (the patient's share of a claim, after insurance) or a PAYMENT by the
-- patient. An item is unbilled until a statement shows it (statement_id).
CREATE TABLE account_item (
    id              UUID          PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    account_id      UUID          NOT NULL REFERENCES patient_account (id),
    kind            VARCHAR(10)   NOT NULL,
    claim_id        VARCHAR(100),
    remittance_id   VARCHAR(100),
    payment_id      VARCHAR(100),
    payer_id        VARCHAR(100),
    date_of_service DATE,
    charge_amount   NUMERIC(12,2),
    insurance_paid  NUMERIC(12,2),
    amount          NUMERIC(12,2) NOT NULL,
    components      JSONB,
    occurred_at     TIMESTAMPTZ   NOT NULL,
    statement_id    UUID,
    CONSTRAINT account_item_kind_ck CHECK (kind IN ('CHARGE', 'PAYMENT'))
);
CREATE INDEX account_item_account_idx ON account_item (account_id, occurred_at);
CREATE INDEX account_item_unbilled_idx ON account_item (account_id) WHERE statement_id IS NULL;

-- The claims of the tenant's patients as claims-service created them, for the lines of a statement.
CREATE TABLE claim_summary (
    id              UUID          PRIMARY KEY,
    tenant_id       VARCHAR(64)   NOT NULL,
    claim_id        VARCHAR(100)  NOT NULL,
    patient_id      VARCHAR(100)  NOT NULL,
    date_of_service DATE          NOT NULL,
    total_charge    NUMERIC(12,2) NOT NULL,
    payer_id        VARCHAR(100)  NOT NULL,
    payer_name      VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    CONSTRAINT claim_summary_claim_uq UNIQUE (tenant_id, claim_id)
);

-- A statement as it was mailed: its figures, to whom, and (statement_line) what it itemised. Never changed.
CREATE TABLE statement (
    id                   UUID          PRIMARY KEY,
    tenant_id            VARCHAR(64)   NOT NULL,
    account_id           UUID          NOT NULL REFERENCES patient_account (id),
    patient_id           VARCHAR(100)  NOT NULL,
    statement_date       DATE          NOT NULL,
    due_date             DATE          NOT NULL,
    previous_balance     NUMERIC(12,2) NOT NULL,
    new_charges          NUMERIC(12,2) NOT NULL,
    payments_received    NUMERIC(12,2) NOT NULL,
    balance_due          NUMERIC(12,2) NOT NULL,
    claim_count          INTEGER       NOT NULL,
    guarantor_first_name VARCHAR(100),
    guarantor_last_name  VARCHAR(100),
    mailing_address      JSONB         NOT NULL,
    issued_at            TIMESTAMPTZ   NOT NULL,
    CONSTRAINT statement_balance_ck CHECK (balance_due = previous_balance + new_charges - payments_received)
);
CREATE INDEX statement_account_idx ON statement (tenant_id, account_id, issued_at);

ALTER TABLE account_item ADD CONSTRAINT account_item_statement_fk FOREIGN KEY (statement_id) REFERENCES statement (id);

-- One line of a statement: a CHARGE (a claim's date of service, total charge, insurance paid, patient amount)
-- or a PAYMENT (when, towards which claim, how much).
CREATE TABLE statement_line (
    id             UUID          PRIMARY KEY,
    tenant_id      VARCHAR(64)   NOT NULL,
    statement_id   UUID          NOT NULL REFERENCES statement (id),
    line_number    INTEGER       NOT NULL,
    kind           VARCHAR(10)   NOT NULL,
    claim_id       VARCHAR(100),
    payment_id     VARCHAR(100),
    line_date      DATE,
    payer          VARCHAR(100),
    total_charge   NUMERIC(12,2),
    insurance_paid NUMERIC(12,2),
    amount         NUMERIC(12,2) NOT NULL,
    CONSTRAINT statement_line_number_uq UNIQUE (statement_id, line_number)
);
