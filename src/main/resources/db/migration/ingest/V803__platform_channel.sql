-- Records the platform files on a department's behalf (a commitment signed on the portal, its finding, a correction
-- from an objection) are told apart from the department's own submissions.
ALTER TABLE ingest_batch DROP CONSTRAINT ingest_batch_channel_check;
ALTER TABLE ingest_batch ADD CONSTRAINT ingest_batch_channel_check CHECK (channel IN ('FILE', 'API', 'DEMO', 'PLATFORM'));
