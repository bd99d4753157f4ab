-- The coder work queue: since when an encounter waits (its age), who claimed it, the question put to the provider,
-- and, for an encounter a payer sent back, why and which coding revision it is on.
ALTER TABLE encounter
    ADD COLUMN queued_at         TIMESTAMPTZ,
    ADD COLUMN assigned_to       VARCHAR(64),
    ADD COLUMN claimed_at        TIMESTAMPTZ,
    ADD COLUMN provider_query    TEXT,
    ADD COLUMN reopen_reason     TEXT,
    ADD COLUMN revision          INTEGER NOT NULL DEFAULT 1;
UPDATE encounter SET queued_at = received_at WHERE status = 'REVIEW_REQUIRED';
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

-- Which encounter each claim was built from (ClaimCreated), so that a rejection or denial of the claim finds it.
CREATE TABLE claim_encounter (
    tenant_id    VARCHAR(64) NOT NULL,
    claim_id     VARCHAR(64) NOT NULL,
    encounter_id UUID        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, claim_id)
);

-- Every rejection and denial of a claim built from one of our encounters, with its coding reason when it has one.
CREATE TABLE payer_return (
    id            UUID         PRIMARY KEY,
    tenant_id     VARCHAR(64)  NOT NULL,
    claim_id      VARCHAR(64)  NOT NULL,
    encounter_id  UUID         NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    coding_reason VARCHAR(30),
    payer_reason  TEXT         NOT NULL,
    returned_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX payer_return_tenant_time_idx ON payer_return (tenant_id, returned_at);
