-- Published quality bulletins (通报) are stored snapshots: never changed, never deleted.
CREATE TABLE quality_bulletin (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    period_from    DATE NOT NULL,
    period_to      DATE NOT NULL,
    label          TEXT NOT NULL,
    commentary     TEXT NOT NULL,
    content        JSONB NOT NULL,
    content_sha256 TEXT NOT NULL,
    published_by   TEXT NOT NULL,
    published_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (period_from, period_to)
);

CREATE FUNCTION quality_bulletin_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'published bulletins are immutable';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER quality_bulletin_no_change BEFORE UPDATE OR DELETE ON quality_bulletin
    FOR EACH ROW EXECUTE FUNCTION quality_bulletin_immutable();

-- Notices to providers (通知): a provider fell under a target, or left problem data unfixed too long.
CREATE TABLE quality_notice (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider_code TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('COMPLIANCE', 'TIMELINESS', 'STALE_PROBLEM_DATA')),
    dedup_key     TEXT NOT NULL,
    message       TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    delivered     BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (provider_code, dedup_key)
);
CREATE INDEX quality_notice_inbox ON quality_notice (provider_code, id DESC);
