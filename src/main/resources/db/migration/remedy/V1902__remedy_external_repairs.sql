-- Repairs decided on another platform (信用中国, the national enterprise publicity system) that reached this one:
-- kept once per source and reference, so a repeated push changes nothing.
CREATE TABLE remedy_external_repair (
    id            BIGSERIAL PRIMARY KEY,
    source        TEXT NOT NULL,
    reference     TEXT NOT NULL,
    record_id     BIGINT NOT NULL,
    subject_id    BIGINT NOT NULL,
    approved_on   DATE NOT NULL,
    received_by   TEXT NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (source, reference)
);
