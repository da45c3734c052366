-- Issued reports: the verification record behind each report number. The PDF itself is
-- not kept; its SM3 digest (sealed with SM2) is enough to tell a byte-identical copy.
CREATE TABLE report_issued (
    number          TEXT PRIMARY KEY,
    report_type     TEXT NOT NULL CHECK (report_type IN ('ORGANISATION', 'PERSON', 'NO_VIOLATION')),
    subject_id      BIGINT NOT NULL,
    subject_name    TEXT NOT NULL,
    subject_key     TEXT,
    domains         TEXT[] NOT NULL DEFAULT '{}',
    period_from     DATE,
    period_to       DATE,
    issued_at       TIMESTAMPTZ NOT NULL,
    cutoff_at       TIMESTAMPTZ NOT NULL,
    issued_by       TEXT NOT NULL,
    authorisation_ref TEXT,
    channel         TEXT NOT NULL,
    public_digest   TEXT NOT NULL,
    pdf_sm3         TEXT NOT NULL,
    sm2_public_key  TEXT NOT NULL,
    sm2_signature   TEXT NOT NULL
);
CREATE INDEX report_issued_subject ON report_issued (subject_id, issued_at DESC);
