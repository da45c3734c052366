-- A credit record's batch and subject are written by the same intake transaction that writes the record (the batch
-- row first, the subject registered or found just before), and neither batches nor subjects are ever deleted. The
-- foreign keys re-checked that for every row with a per-row trigger query, which cost more than a tenth of a large
-- intake; the invariant is kept by the intake, and the intake tests (IngestFlowIT, IngestCrashIT) look for orphans.
ALTER TABLE ingest_record DROP CONSTRAINT ingest_record_batch_id_fkey;
ALTER TABLE ingest_record DROP CONSTRAINT ingest_record_subject_id_fkey;
