-- Concealment (瞒报) detection: the document numbers of accepted records, parsed into agency, year and serial for the
-- gap analysis, and the sampling checks officers record at departments.

CREATE TABLE quality_document (
    provider_code   TEXT NOT NULL,
    category_code   TEXT NOT NULL,
    document_key    TEXT NOT NULL,
    document_number TEXT NOT NULL,
    agency          TEXT,
    year            INT,
    serial          INT,
    decision_date   DATE NOT NULL,
    PRIMARY KEY (provider_code, category_code, document_key)
);
CREATE INDEX quality_document_sequence ON quality_document (provider_code, agency, year, serial)
    WHERE serial IS NOT NULL;

CREATE TABLE quality_sample (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider_code TEXT NOT NULL,
    checked_on    DATE NOT NULL,
    checked       INT NOT NULL CHECK (checked > 0),
    unreported    INT NOT NULL CHECK (unreported >= 0 AND unreported <= checked),
    note          TEXT,
    recorded_by   TEXT NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX quality_sample_by_provider ON quality_sample (provider_code, checked_on);
