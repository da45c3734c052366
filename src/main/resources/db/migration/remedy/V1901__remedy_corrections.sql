-- Corrections (勘误) a providing department owes for its own record: found wrong or changed by the department, or
-- pointed out by the credit office; filed with a written explanation within the deadline, tracked in its inbox.
CREATE TABLE remedy_correction (
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
    finding             TEXT NOT NULL,
    raised_by           TEXT NOT NULL,
    state               TEXT NOT NULL CHECK (state IN ('OPEN', 'CORRECTED', 'WITHDRAWN', 'CONFIRMED')),
    explanation         TEXT,
    replacement_record  BIGINT,
    raised_at           TIMESTAMPTZ NOT NULL,
    finished_at         TIMESTAMPTZ,
    version             INT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX remedy_correction_open ON remedy_correction (record_id) WHERE state = 'OPEN';
CREATE INDEX remedy_correction_by_provider ON remedy_correction (provider_code, state, id);

ALTER TABLE remedy_step DROP CONSTRAINT remedy_step_case_kind_check;
ALTER TABLE remedy_step ADD CONSTRAINT remedy_step_case_kind_check CHECK (case_kind IN ('OBJECTION', 'REPAIR', 'CORRECTION'));
