-- Ingestion (归集): batches with receipts, accepted credit records (append-only, versioned by document number) and
-- rejected rows (问题数据), which are kept with every reason and never dropped.

CREATE TABLE ingest_batch (
    id               UUID PRIMARY KEY,
    provider_code    TEXT NOT NULL REFERENCES provider (code),
    category_code    TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('RECORDS', 'REVOCATIONS')),
    channel          TEXT NOT NULL CHECK (channel IN ('FILE', 'API', 'DEMO')),
    file_name        TEXT,
    file_sha256      TEXT,
    file_format      TEXT,
    encoding         TEXT,
    status           TEXT NOT NULL CHECK (status IN ('RECEIVED', 'PROCESSING', 'COMPLETED', 'FAILED')),
    submitted_count  INT NOT NULL DEFAULT 0,
    accepted_count   INT NOT NULL DEFAULT 0,
    rejected_count   INT NOT NULL DEFAULT 0,
    new_count        INT NOT NULL DEFAULT 0,
    unchanged_count  INT NOT NULL DEFAULT 0,
    superseding_count INT NOT NULL DEFAULT 0,
    revoked_count    INT NOT NULL DEFAULT 0,
    late_count       INT NOT NULL DEFAULT 0,
    processed_count  INT NOT NULL DEFAULT 0,
    warnings         TEXT,
    error_code       TEXT,
    error            TEXT,
    attempts         INT NOT NULL DEFAULT 0,
    submitted_by     TEXT NOT NULL,
    submitted_at     TIMESTAMPTZ NOT NULL,
    completed_at     TIMESTAMPTZ,
    CHECK (status <> 'COMPLETED' OR accepted_count + rejected_count = submitted_count)
);
CREATE INDEX ingest_batch_by_provider ON ingest_batch (provider_code, submitted_at DESC, id);
CREATE INDEX ingest_batch_unfinished ON ingest_batch (status) WHERE status IN ('RECEIVED', 'PROCESSING');

CREATE TABLE ingest_record (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id         UUID NOT NULL REFERENCES ingest_batch (id),
    row_number       INT NOT NULL,
    provider_code    TEXT NOT NULL,
    category_code    TEXT NOT NULL,
    catalog_version  BIGINT NOT NULL,
    subject_id       BIGINT NOT NULL REFERENCES subject (id),
    subject_type     TEXT NOT NULL,
    subject_name     TEXT NOT NULL,
    document_number  TEXT NOT NULL,
    decision_date    DATE NOT NULL,
    reported_at      TIMESTAMPTZ NOT NULL,
    late             BOOLEAN,
    working_days_to_report INT,
    fields           JSONB NOT NULL,
    content_hash     TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('ACTIVE', 'SUPERSEDED', 'REVOKED')),
    supersedes_id    BIGINT REFERENCES ingest_record (id),
    ended_at         TIMESTAMPTZ,
    ended_by_batch   UUID,
    end_reason       TEXT
);
-- A re-submitted identical row is recognised by its hash and not stored twice.
-- Both unique indexes lead with their most selective column on purpose: a batch looks rows up inside its own
-- transaction, where statistics cannot know what it inserted, and an index that began with the provider would
-- tempt the planner into scanning all of a provider's rows.
CREATE UNIQUE INDEX ingest_record_identity ON ingest_record (content_hash, provider_code, category_code);
-- One version of a decision is in effect at a time.
CREATE UNIQUE INDEX ingest_record_active_document ON ingest_record (document_number, provider_code, category_code)
    WHERE status = 'ACTIVE';
CREATE INDEX ingest_record_by_batch ON ingest_record (batch_id, id);
CREATE INDEX ingest_record_by_subject ON ingest_record (subject_id, category_code, decision_date DESC);

CREATE TABLE ingest_rejection (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id    UUID NOT NULL REFERENCES ingest_batch (id),
    row_number  INT NOT NULL,
    provider_code TEXT NOT NULL,
    category_code TEXT NOT NULL,
    raw         JSONB NOT NULL,
    reasons     JSONB NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    fixed_by_record BIGINT REFERENCES ingest_record (id)
);
CREATE INDEX ingest_rejection_by_batch ON ingest_rejection (batch_id, row_number);
CREATE INDEX ingest_rejection_open_by_provider ON ingest_rejection (provider_code, id) WHERE fixed_by_record IS NULL;
