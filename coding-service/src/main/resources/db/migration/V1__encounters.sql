-- Encounters taken in for coding. Patient, coverage and provider are kept as the practice sent them (JSON);
-- the codes are kept as coded.
CREATE TABLE encounter (
    id                UUID         PRIMARY KEY,
    tenant_id         VARCHAR(64)  NOT NULL,
    external_id       VARCHAR(64)  NOT NULL,
    patient_id        VARCHAR(64)  NOT NULL,
    rendering_npi     CHAR(10)     NOT NULL,
    date_of_service   DATE         NOT NULL,
    place_of_service  CHAR(2)      NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    patient           JSONB        NOT NULL,
    coverage          JSONB        NOT NULL,
    rendering_provider JSONB       NOT NULL,
    diagnoses         JSONB        NOT NULL,
    procedures        JSONB        NOT NULL,
    received_at       TIMESTAMPTZ  NOT NULL,
    coded_at          TIMESTAMPTZ,
    CONSTRAINT encounter_external_id_uq UNIQUE (tenant_id, external_id)
);
CREATE INDEX encounter_tenant_status_idx ON encounter (tenant_id, status, received_at);
