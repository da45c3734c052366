-- Articles the credit office publishes on the portal (政策法规, 信用动态, 通知公告). The row is the article as it is
-- now; content_article_revision keeps it whole after every change, so every version can be read again.
CREATE TABLE content_article (
    id                BIGSERIAL PRIMARY KEY,
    column_code       TEXT NOT NULL CHECK (column_code IN ('POLICY', 'NEWS', 'NOTICE')),
    title             TEXT NOT NULL,
    summary           TEXT,
    body              TEXT NOT NULL,
    source            TEXT NOT NULL,
    document_number   TEXT,
    publish_date      DATE,
    pinned            BOOLEAN NOT NULL DEFAULT FALSE,
    state             TEXT NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    revision          INT NOT NULL,
    created_by        TEXT NOT NULL,
    created_by_label  TEXT NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_by        TEXT NOT NULL,
    updated_by_label  TEXT NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    published_at      TIMESTAMPTZ,
    withdrawn_at      TIMESTAMPTZ,
    withdrawal_reason TEXT,
    -- only notices are pinned; whatever the public has seen carries its date
    CHECK (NOT pinned OR column_code = 'NOTICE'),
    CHECK (state = 'DRAFT' OR (publish_date IS NOT NULL AND published_at IS NOT NULL))
);

-- the portal's listings: per column and all columns, pinned notices first, newest first
CREATE INDEX content_article_column_listing ON content_article (column_code, pinned DESC, publish_date DESC, id DESC)
    WHERE state = 'PUBLISHED';
CREATE INDEX content_article_listing ON content_article (pinned DESC, publish_date DESC, id DESC)
    WHERE state = 'PUBLISHED';
-- the editor's desk: last changed first
CREATE INDEX content_article_desk ON content_article (updated_at DESC, id DESC);

CREATE TABLE content_article_revision (
    article_id        BIGINT NOT NULL REFERENCES content_article (id),
    revision          INT NOT NULL,
    action            TEXT NOT NULL CHECK (action IN ('CREATE', 'EDIT', 'PUBLISH', 'WITHDRAW')),
    column_code       TEXT NOT NULL,
    title             TEXT NOT NULL,
    summary           TEXT,
    body              TEXT NOT NULL,
    source            TEXT NOT NULL,
    document_number   TEXT,
    publish_date      DATE,
    pinned            BOOLEAN NOT NULL,
    state             TEXT NOT NULL,
    changed_by        TEXT NOT NULL,
    changed_by_label  TEXT NOT NULL,
    changed_at        TIMESTAMPTZ NOT NULL,
    note              TEXT,
    PRIMARY KEY (article_id, revision)
);
