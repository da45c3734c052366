-- Credit files: one item per accepted credit record, rebuilt from ingest_record at will.
CREATE TABLE creditfile_item (
    record_id        BIGINT PRIMARY KEY,
    subject_id       BIGINT NOT NULL,
    subject_type     TEXT NOT NULL,
    subject_name     TEXT NOT NULL,
    category_code    TEXT NOT NULL,
    category_name    TEXT NOT NULL,
    nature           TEXT NOT NULL,
    provider_code    TEXT NOT NULL,
    batch_id         UUID NOT NULL,
    catalog_version  BIGINT NOT NULL,
    document_number  TEXT NOT NULL,
    decision_date    DATE NOT NULL,
    authority        TEXT,
    summary          TEXT,
    fields           JSONB NOT NULL,
    record_status    TEXT NOT NULL,
    record_ended_at  TIMESTAMPTZ,
    record_end_reason TEXT,
    tier             TEXT,
    tier_rule        TEXT,
    regime           TEXT,
    basis            TEXT,
    publicity_start  DATE NOT NULL,
    publicity_until  DATE,
    repairable_from  DATE,
    publicity_note   TEXT,
    status           TEXT NOT NULL CHECK (status IN ('PUBLISHED', 'NOT_PUBLISHED', 'ENDED', 'REVOKED', 'SUPERSEDED')),
    status_changed_at TIMESTAMPTZ NOT NULL,
    projected_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX creditfile_item_by_subject ON creditfile_item (subject_id, category_code, decision_date DESC);
-- 双公示 listing: newest first, keyset on (decision_date, record_id), items in publicity only.
CREATE INDEX creditfile_item_published ON creditfile_item (category_code, decision_date DESC, record_id DESC)
    WHERE status = 'PUBLISHED' AND subject_type <> 'NATURAL_PERSON';
CREATE INDEX creditfile_item_due ON creditfile_item (publicity_until) WHERE status = 'PUBLISHED';
