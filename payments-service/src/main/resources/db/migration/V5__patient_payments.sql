-- payments-service: patients' payments (PatientPaymentReceived from patient-billing-service) post to the ledger, to
-- the claim the patient paid towards or to the patient's account: such an entry comes from no remittance and may
-- name no claim. One entry per payment, whichever event (or redelivery) brings it.
ALTER TABLE ledger_entry
    ALTER COLUMN claim_id DROP NOT NULL,
    ALTER COLUMN claim_payment_id DROP NOT NULL,
    ALTER COLUMN remittance_id DROP NOT NULL,
    ADD COLUMN patient_payment_id VARCHAR(100);

CREATE UNIQUE INDEX ledger_entry_patient_payment_uq ON ledger_entry (tenant_id, patient_payment_id)
    WHERE patient_payment_id IS NOT NULL;
