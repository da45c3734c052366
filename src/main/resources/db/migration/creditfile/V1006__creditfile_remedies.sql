-- What the remedy capability decided about items, kept here so that a rebuild of the projection keeps it:
-- a repaired item stays out of publicity, and an item under objection is marked on the portal and in reports.
ALTER TABLE creditfile_item DROP CONSTRAINT creditfile_item_status_check;
ALTER TABLE creditfile_item ADD CONSTRAINT creditfile_item_status_check
    CHECK (status IN ('PUBLISHED', 'NOT_PUBLISHED', 'ENDED', 'REVOKED', 'SUPERSEDED', 'REPAIRED'));

CREATE TABLE creditfile_repair (
    record_id   BIGINT PRIMARY KEY,
    reference   TEXT NOT NULL,
    repaired_on DATE NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE creditfile_objection (
    record_id   BIGINT PRIMARY KEY,
    reference   TEXT NOT NULL,
    since       TIMESTAMPTZ NOT NULL
);
