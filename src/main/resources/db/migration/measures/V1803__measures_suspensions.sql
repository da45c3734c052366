-- Punishment measures suspended for a subject for a time (a court-approved reorganisation plan or settlement in
-- execution): kept with their span, so that a check is answered, and replayed, as it stood at its instant.
CREATE TABLE measure_suspension (
    id          BIGSERIAL PRIMARY KEY,
    subject_id  BIGINT NOT NULL,
    source_ref  TEXT NOT NULL UNIQUE,
    reason      TEXT NOT NULL,
    since       TIMESTAMPTZ NOT NULL,
    until       TIMESTAMPTZ
);
CREATE INDEX measure_suspension_by_subject ON measure_suspension (subject_id, since);
