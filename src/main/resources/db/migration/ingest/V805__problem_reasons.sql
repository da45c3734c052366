-- Open problem data, one row per reason, kept beside the rejections so the problem-data page can count a
-- department's problems by rule and field (and filter them by batch, rule, field and age) without reading every
-- rejected row's submitted fields: a department-wide defect is 100,000 rows, and the page must stay fast for it.
-- The rows follow ingest_rejection by trigger, so every way a rejection is stored, fixed or removed keeps them
-- exact.
CREATE TABLE ingest_problem_reason (
    rejection_id  BIGINT NOT NULL REFERENCES ingest_rejection (id) ON DELETE CASCADE,
    provider_code TEXT NOT NULL,
    batch_id      UUID NOT NULL,
    rule          TEXT NOT NULL,
    -- '' stands for the whole row, so that a group key compares with =
    field         TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX ingest_problem_reason_by_provider ON ingest_problem_reason (provider_code, rule, field, rejection_id);
CREATE INDEX ingest_problem_reason_by_group ON ingest_problem_reason (rule, field, rejection_id);
CREATE INDEX ingest_problem_reason_by_rejection ON ingest_problem_reason (rejection_id);
CREATE INDEX ingest_problem_reason_by_batch ON ingest_problem_reason (batch_id);

CREATE FUNCTION ingest_problem_reasons_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ingest_problem_reason (rejection_id, provider_code, batch_id, rule, field, created_at)
    SELECT DISTINCT n.id, n.provider_code, n.batch_id, coalesce(r.rule, ''), coalesce(r.field, ''), n.created_at
    FROM added n CROSS JOIN LATERAL jsonb_to_recordset(n.reasons) AS r (field text, rule text)
    WHERE n.fixed_by_record IS NULL;
    RETURN NULL;
END $$;

CREATE TRIGGER ingest_problem_reasons_added AFTER INSERT ON ingest_rejection
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION ingest_problem_reasons_added();

CREATE FUNCTION ingest_problem_reasons_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM ingest_problem_reason WHERE rejection_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER ingest_problem_reasons_fixed AFTER UPDATE OF fixed_by_record ON ingest_rejection
    FOR EACH ROW WHEN (OLD.fixed_by_record IS NULL AND NEW.fixed_by_record IS NOT NULL)
    EXECUTE FUNCTION ingest_problem_reasons_fixed();

INSERT INTO ingest_problem_reason (rejection_id, provider_code, batch_id, rule, field, created_at)
SELECT DISTINCT j.id, j.provider_code, j.batch_id, coalesce(r.rule, ''), coalesce(r.field, ''), j.created_at
FROM ingest_rejection j CROSS JOIN LATERAL jsonb_to_recordset(j.reasons) AS r (field text, rule text)
WHERE j.fixed_by_record IS NULL;
