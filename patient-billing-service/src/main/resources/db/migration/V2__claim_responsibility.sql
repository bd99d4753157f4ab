-- What the patient owes for each claim as payments-service last determined it (PatientResponsibilityDetermined v2
-- replaces it; a v1 event adds to it), so a reversal, a corrected claim or a secondary payment changes the account by
-- the difference only. revision: the last v2 revision applied (0 while only v1 events were seen).
CREATE TABLE claim_responsibility (
    tenant_id   VARCHAR(64)   NOT NULL,
    claim_id    VARCHAR(100)  NOT NULL,
    account_id  UUID          NOT NULL REFERENCES patient_account (id),
    amount      NUMERIC(12,2) NOT NULL,
    revision    INTEGER       NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (tenant_id, claim_id)
);

-- Why a charge item was posted: ORIGINAL, CORRECTION, REVERSAL, SECONDARY, DENIAL, MANUAL (v2); null for v1 charges.
-- A correction that lowers what the patient owes is a charge with a negative amount.
ALTER TABLE account_item ADD COLUMN reason VARCHAR(20);
