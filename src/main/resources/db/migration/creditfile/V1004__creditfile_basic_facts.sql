-- Basic data (基本信息) read from records: one row per record and kind of fact it states, so the newest
-- source can be chosen at read time and a revoked source simply drops out (the next-newest takes over).
-- Rebuilt from ingest_record with the credit files (CreditFiles.rebuild).
CREATE TABLE creditfile_basic_fact (
    record_id       BIGINT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('LEGAL_REPRESENTATIVE', 'REGISTRATION_DATE', 'ADDRESS', 'STATUS')),
    subject_id      BIGINT NOT NULL,
    value           TEXT NOT NULL,
    as_of           DATE NOT NULL,
    category_code   TEXT NOT NULL,
    category_name   TEXT NOT NULL,
    provider_code   TEXT NOT NULL,
    document_number TEXT,
    projected_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (record_id, kind)
);
CREATE INDEX creditfile_basic_fact_by_subject ON creditfile_basic_fact (subject_id, kind, as_of DESC, record_id DESC);
