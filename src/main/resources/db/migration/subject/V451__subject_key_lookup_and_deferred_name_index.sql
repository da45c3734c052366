-- Keys are looked up by value: the primary key now leads with it, and the separate index on value goes.
ALTER TABLE subject_key DROP CONSTRAINT subject_key_pkey;
ALTER TABLE subject_key ADD PRIMARY KEY (value, kind, subject_id);
DROP INDEX subject_key_by_value;

-- The substring/fuzzy index moves to its own column, name_search. A large intake registers thousands of subjects at a
-- time; their derived search columns (name_search, bigrams, pinyin, initials) are left NULL and filled by the
-- background name indexer shortly after the batch commits, so the batch does not maintain two GIN indexes row by row.
-- Exact and prefix search (name_normalized, B-tree) see a new subject at once.
ALTER TABLE subject ADD COLUMN name_search TEXT;
UPDATE subject SET name_search = name_normalized;
ALTER TABLE subject ALTER COLUMN name_bigrams DROP NOT NULL;
ALTER TABLE subject ALTER COLUMN name_pinyin DROP NOT NULL;
ALTER TABLE subject ALTER COLUMN name_initials DROP NOT NULL;
-- Partial: a subject waiting for the indexer costs these indexes nothing. Every search predicate on these columns is
-- strict, so the planner proves IS NOT NULL and still uses them.
DROP INDEX subject_name_trigrams;
DROP INDEX subject_name_bigrams;
DROP INDEX subject_name_pinyin;
DROP INDEX subject_name_initials;
CREATE INDEX subject_name_trigrams ON subject USING gin (name_search gin_trgm_ops) WHERE name_search IS NOT NULL;
CREATE INDEX subject_name_bigrams ON subject USING gin (name_bigrams) WHERE name_bigrams IS NOT NULL;
CREATE INDEX subject_name_pinyin ON subject (name_pinyin text_pattern_ops) WHERE name_pinyin IS NOT NULL;
CREATE INDEX subject_name_initials ON subject (name_initials text_pattern_ops) WHERE name_initials IS NOT NULL;
CREATE INDEX subject_name_unindexed ON subject (id) WHERE name_search IS NULL;

-- Keys and name history are written together with their subject, in the same statement sequence, and subjects are
-- never deleted: the per-row foreign-key checks are dropped from the bulk path (see V801 in ingest for the same
-- reasoning).
ALTER TABLE subject_key DROP CONSTRAINT subject_key_subject_id_fkey;
ALTER TABLE subject_name_history DROP CONSTRAINT subject_name_history_subject_id_fkey;
