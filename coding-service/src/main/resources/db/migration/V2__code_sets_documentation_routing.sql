-- Code set releases: several of one kind live side by side; the one in force on a date of service is the one of
-- that kind with the latest effective date on or before it. CPT is licensed: a tenant's own file carries its
-- tenant id, the shipped starter list (E/M and the codes the demo bills, without AMA descriptors) has none.
CREATE TABLE code_set_release (
    id             BIGSERIAL    PRIMARY KEY,
    kind           VARCHAR(20)  NOT NULL,
    tenant_id      VARCHAR(64),
    name           VARCHAR(64)  NOT NULL,
    effective_date DATE         NOT NULL,
    row_count      INTEGER      NOT NULL,
    imported_at    TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX code_set_release_name_uq ON code_set_release (kind, COALESCE(tenant_id, ''), name);
CREATE INDEX code_set_release_in_force_idx ON code_set_release (kind, effective_date DESC);

-- ICD-10-CM, HCPCS Level II and CPT codes of one release. The "C" collation lets the primary key serve code-prefix
-- searches; the generated text-search vector serves searches by words of the description.
CREATE TABLE code_set_code (
    release_id        BIGINT      NOT NULL REFERENCES code_set_release (id) ON DELETE CASCADE,
    code              VARCHAR(7)  COLLATE "C" NOT NULL,
    billable          BOOLEAN     NOT NULL,
    short_description VARCHAR(100),
    long_description  TEXT        NOT NULL,
    effective_date    DATE,
    termination_date  DATE,
    search            TSVECTOR    GENERATED ALWAYS AS (to_tsvector('english', long_description)) STORED,
    PRIMARY KEY (release_id, code)
);
CREATE INDEX code_set_code_search_idx ON code_set_code USING GIN (search);

-- NCCI procedure-to-procedure edits as CMS publishes them; one pair can appear more than once with other dates.
CREATE TABLE ncci_ptp_edit (
    release_id         BIGINT      NOT NULL REFERENCES code_set_release (id) ON DELETE CASCADE,
    column1_code       VARCHAR(5)  NOT NULL,
    column2_code       VARCHAR(5)  NOT NULL,
    effective_date     DATE        NOT NULL,
    deletion_date      DATE,
    modifier_indicator CHAR(1)     NOT NULL,
    rationale          TEXT
);
CREATE INDEX ncci_ptp_edit_pair_idx ON ncci_ptp_edit (release_id, column1_code, column2_code);

-- Medically unlikely edits: the most units of a code per patient per day.
CREATE TABLE mue_limit (
    release_id             BIGINT      NOT NULL REFERENCES code_set_release (id) ON DELETE CASCADE,
    code                   VARCHAR(5)  NOT NULL,
    max_units              INTEGER     NOT NULL,
    adjudication_indicator SMALLINT    NOT NULL,
    rationale              TEXT,
    PRIMARY KEY (release_id, code)
);

-- ICD-10-CM conventions we transcribe from the public guidelines: Excludes1 pairs, manifestation codes, codes that
-- need a 7th character, age and sex ranges. A rule applies to the codes from first_code to last_code (prefixes).
CREATE TABLE coding_convention (
    release_id  BIGINT      NOT NULL REFERENCES code_set_release (id) ON DELETE CASCADE,
    rule        VARCHAR(20) NOT NULL,
    first_code  VARCHAR(7)  NOT NULL,
    last_code   VARCHAR(7)  NOT NULL,
    value       VARCHAR(60),
    line_number INTEGER     NOT NULL
);
CREATE INDEX coding_convention_release_idx ON coding_convention (release_id);

-- The documentation an encounter arrives with, the submission as received (to tell a retry from a conflicting
-- resend), and what the coding edits found (errors and warnings).
ALTER TABLE encounter
    ADD COLUMN documentation JSONB,
    ADD COLUMN note_text     TEXT,
    ADD COLUMN submission    TEXT,
    ADD COLUMN edit_findings JSONB;

-- Every change a coder makes to an encounter's codes: who, when, before and after.
CREATE TABLE coding_correction (
    id           UUID         PRIMARY KEY,
    tenant_id    VARCHAR(64)  NOT NULL,
    encounter_id UUID         NOT NULL REFERENCES encounter (id),
    user_id      VARCHAR(64)  NOT NULL,
    corrected_at TIMESTAMPTZ  NOT NULL,
    before_codes JSONB        NOT NULL,
    after_codes  JSONB        NOT NULL,
    finalized    BOOLEAN      NOT NULL
);
CREATE INDEX coding_correction_encounter_idx ON coding_correction (tenant_id, encounter_id, corrected_at);

-- Per-tenant coding settings: the confidence computer-assisted coding must reach for an encounter to be coded
-- without a coder.
CREATE TABLE coding_settings (
    tenant_id                 VARCHAR(64)   PRIMARY KEY,
    auto_coding_threshold     NUMERIC(3, 2) NOT NULL,
    updated_at                TIMESTAMPTZ   NOT NULL
);
