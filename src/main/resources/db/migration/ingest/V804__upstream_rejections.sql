-- A record the platform accepted can still be refused by the platform it is reported to (the provincial platform,
-- 信用中国). Such a refusal is problem data of the providing department like any other, but it concerns a stored
-- record rather than a submitted row: it names the record and who refused it, once per record and target, and it
-- closes when the department files a new version of the decision or revokes it.
ALTER TABLE ingest_rejection ADD COLUMN record_id BIGINT REFERENCES ingest_record (id);
ALTER TABLE ingest_rejection ADD COLUMN refused_by TEXT;
CREATE UNIQUE INDEX ingest_rejection_upstream ON ingest_rejection (record_id, refused_by) WHERE record_id IS NOT NULL;
