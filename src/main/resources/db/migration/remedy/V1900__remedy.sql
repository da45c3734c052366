-- Objections (异议) and credit repair applications (信用修复). The record, subject and department are copied in at
-- filing: the remedy keeps what it was about even when the record is later superseded or revoked.
CREATE TABLE remedy_objection (
    id                  BIGINT PRIMARY KEY,
    reference           TEXT NOT NULL UNIQUE,
    record_id           BIGINT NOT NULL,
    subject_id          BIGINT NOT NULL,
    subject_name        TEXT NOT NULL,
    subject_is_person   BOOLEAN NOT NULL,
    category_code       TEXT NOT NULL,
    category_name       TEXT NOT NULL,
    document_number     TEXT NOT NULL,
    provider_code       TEXT NOT NULL,
    applicant_name      TEXT NOT NULL,
    applicant_contact   TEXT NOT NULL,
    channel             TEXT NOT NULL CHECK (channel IN ('PORTAL', 'COUNTER')),
    filed_by            TEXT NOT NULL,
    reasons             TEXT NOT NULL,
    evidence            JSONB NOT NULL,
    state               TEXT NOT NULL CHECK (state IN ('FILED', 'NOT_ACCEPTED', 'ACCEPTED', 'REFERRED', 'DECIDED')),
    outcome             TEXT CHECK (outcome IN ('CORRECTED', 'DELETED', 'UPHELD', 'PLATFORM_CORRECTED')),
    reply               TEXT,
    replacement_record  BIGINT,
    filed_at            TIMESTAMPTZ NOT NULL,
    finished_at         TIMESTAMPTZ,
    version             INT NOT NULL DEFAULT 0
);
-- one objection at a time per record
CREATE UNIQUE INDEX remedy_objection_open ON remedy_objection (record_id)
    WHERE state NOT IN ('NOT_ACCEPTED', 'DECIDED');
CREATE INDEX remedy_objection_by_subject ON remedy_objection (subject_id, id DESC);
CREATE INDEX remedy_objection_by_state ON remedy_objection (state, id);

CREATE TABLE remedy_repair (
    id                  BIGINT PRIMARY KEY,
    reference           TEXT NOT NULL UNIQUE,
    record_id           BIGINT NOT NULL,
    subject_id          BIGINT NOT NULL,
    subject_name        TEXT NOT NULL,
    subject_is_person   BOOLEAN NOT NULL,
    category_code       TEXT NOT NULL,
    category_name       TEXT NOT NULL,
    document_number     TEXT NOT NULL,
    provider_code       TEXT NOT NULL,
    applicant_name      TEXT NOT NULL,
    applicant_contact   TEXT NOT NULL,
    channel             TEXT NOT NULL CHECK (channel IN ('PORTAL', 'COUNTER')),
    filed_by            TEXT NOT NULL,
    duties_performed    TEXT NOT NULL,
    evidence            JSONB NOT NULL,
    state               TEXT NOT NULL CHECK (state IN ('FILED', 'NOT_ACCEPTED', 'ACCEPTED', 'APPROVED', 'REJECTED')),
    reply               TEXT,
    filed_at            TIMESTAMPTZ NOT NULL,
    finished_at         TIMESTAMPTZ,
    version             INT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX remedy_repair_open ON remedy_repair (record_id)
    WHERE state IN ('FILED', 'ACCEPTED');
CREATE INDEX remedy_repair_by_subject ON remedy_repair (subject_id, id DESC);
CREATE INDEX remedy_repair_by_state ON remedy_repair (state, id);

CREATE SEQUENCE remedy_case_seq;

-- every step of either kind of case, for the written record and the audit of deadlines
CREATE TABLE remedy_step (
    id          BIGSERIAL PRIMARY KEY,
    case_kind   TEXT NOT NULL CHECK (case_kind IN ('OBJECTION', 'REPAIR')),
    case_id     BIGINT NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT NOT NULL,
    from_state  TEXT,
    to_state    TEXT NOT NULL,
    note        TEXT
);
CREATE INDEX remedy_step_by_case ON remedy_step (case_kind, case_id, id);
