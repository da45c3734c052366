-- The fault that ended a batch's last attempt, as the platform recognises it (exception type and message), kept so
-- that a batch failing the same way twice is quarantined instead of being retried at every start.
ALTER TABLE ingest_batch ADD COLUMN last_fault TEXT;
