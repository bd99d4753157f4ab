-- claims-service: a payer's reversal (835 CLP02 = 22) reopens an adjudicated claim; the follow-up list shows it with
-- why until the corrected adjudication arrives.
ALTER TABLE claim
    ADD COLUMN reopened_at    TIMESTAMPTZ,
    ADD COLUMN reopen_reason  VARCHAR(1000);

CREATE INDEX claim_reopened_idx ON claim (tenant_id, reopened_at) WHERE reopened_at IS NOT NULL;
