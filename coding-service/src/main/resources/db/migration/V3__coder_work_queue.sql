-- The coder work queue: since when an encounter waits (its age), who claimed it, the question put to the provider,
-- and, for an encounter a payer sent back, why and which coding revision it is on. For the analytics: whether intake
-- coded it without a coder and which edits failed at intake (a coder's correction replaces edit_findings).
ALTER TABLE encounter
    ADD COLUMN auto_coded          BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN intake_failed_edits JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN queued_at           TIMESTAMPTZ,
    ADD COLUMN assigned_to         VARCHAR(64),
    ADD COLUMN claimed_at          TIMESTAMPTZ,
    ADD COLUMN provider_query      TEXT,
    ADD COLUMN reopen_reason       TEXT,
    ADD COLUMN revision            INTEGER NOT NULL DEFAULT 1;
UPDATE encounter SET queued_at = received_at WHERE status = 'REVIEW_REQUIRED';
UPDATE encounter SET auto_coded = TRUE WHERE status = 'CODED' AND coded_at = received_at;
UPDATE encounter SET intake_failed_edits = (SELECT COALESCE(jsonb_agg(DISTINCT f ->> 'editId'), '[]')
    FROM jsonb_array_elements(edit_findings) f WHERE f ->> 'severity' = 'ERROR') WHERE edit_findings IS NOT NULL;
CREATE INDEX encounter_queue_idx ON encounter (tenant_id, status, queued_at);

-- Every action on an encounter in the queue: who, when, the status and codes before and after, and what was said
-- (the question, the answer, the payer's reason).
CREATE TABLE coding_action (
    id            UUID         PRIMARY KEY,
    tenant_id     VARCHAR(64)  NOT NULL,
    encounter_id  UUID         NOT NULL REFERENCES encounter (id),
    user_id       VARCHAR(64)  NOT NULL,
    action        VARCHAR(20)  NOT NULL,
    acted_at      TIMESTAMPTZ  NOT NULL,
    status_before VARCHAR(20)  NOT NULL,
    status_after  VARCHAR(20)  NOT NULL,
    codes_before  JSONB,
    codes_after   JSONB,
    detail        TEXT
);
CREATE INDEX coding_action_encounter_idx ON coding_action (tenant_id, encounter_id, acted_at);
CREATE INDEX coding_action_tenant_time_idx ON coding_action (tenant_id, acted_at);

-- A coder's correction is one of these actions now: the corrections recorded so far move over.
INSERT INTO coding_action (id, tenant_id, encounter_id, user_id, action, acted_at, status_before, status_after,
                           codes_before, codes_after)
SELECT id, tenant_id, encounter_id, user_id, CASE WHEN finalized THEN 'FINALIZED' ELSE 'CODES_CHANGED' END,
       corrected_at, 'REVIEW_REQUIRED', CASE WHEN finalized THEN 'CODED' ELSE 'REVIEW_REQUIRED' END, before_codes,
       after_codes
FROM coding_correction;
DROP TABLE coding_correction;

-- Which encounter each claim was built from (ClaimCreated), so that a rejection or denial of the claim finds it.
CREATE TABLE claim_encounter (
    tenant_id    VARCHAR(64) NOT NULL,
    claim_id     VARCHAR(64) NOT NULL,
    encounter_id UUID        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, claim_id)
);

-- Every rejection and denial of a claim, with its coding reason when it has one. The encounter is null while the
-- claim's ClaimCreated (on another topic, consumed independently) has not arrived.
CREATE TABLE payer_return (
    id            UUID         PRIMARY KEY,
    tenant_id     VARCHAR(64)  NOT NULL,
    claim_id      VARCHAR(64)  NOT NULL,
    encounter_id  UUID,
    kind          VARCHAR(10)  NOT NULL,
    coding_reason VARCHAR(30),
    payer_reason  TEXT         NOT NULL,
    returned_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX payer_return_tenant_time_idx ON payer_return (tenant_id, returned_at);
CREATE INDEX payer_return_claim_idx ON payer_return (tenant_id, claim_id);
