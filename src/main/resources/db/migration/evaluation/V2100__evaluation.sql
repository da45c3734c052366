-- Composite evaluation (公共信用综合评价): versioned models, the evidence each subject is evaluated on (kept here
-- from the credit file, lists and commitments through their facades and events), current grades with their
-- indicator points, the grade history, risk alerts with interviews, and 双随机 sampling plans.

-- A model version is reviewed configuration: drafted by one officer, published by another.
CREATE TABLE evaluation_model (
    code           TEXT NOT NULL,
    version        INT NOT NULL,
    name           TEXT NOT NULL,
    definition     JSONB NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    drafted_by     TEXT NOT NULL,
    drafted_at     TIMESTAMPTZ NOT NULL,
    published_by   TEXT,
    published_at   TIMESTAMPTZ,
    PRIMARY KEY (code, version)
);
CREATE UNIQUE INDEX evaluation_model_one_published ON evaluation_model (code) WHERE state = 'PUBLISHED';

-- The subjects evaluated, as the subject register knows them.
CREATE TABLE evaluation_subject (
    subject_id     BIGINT PRIMARY KEY,
    subject_type   TEXT NOT NULL,
    name           TEXT NOT NULL,
    code           TEXT,
    division_code  TEXT,
    registered_on  DATE,
    active         BOOLEAN NOT NULL,
    synced_at      TIMESTAMPTZ NOT NULL
);

-- What counts for a subject now: credit records in force, list entries in force, commitment findings.
-- Replaced whole for a subject whenever its file changes.
CREATE TABLE evaluation_evidence (
    subject_id     BIGINT NOT NULL,
    source         TEXT NOT NULL CHECK (source IN ('RECORD', 'LIST', 'COMMITMENT')),
    ref            TEXT NOT NULL,
    category       TEXT NOT NULL,
    tier           TEXT,
    domain         TEXT,
    occurred_on    DATE NOT NULL,
    label          TEXT NOT NULL,
    PRIMARY KEY (subject_id, source, ref)
);

-- The current grade per model and subject, with each indicator's points in the model's indicator order.
CREATE TABLE evaluation_result (
    model_code     TEXT NOT NULL,
    subject_id     BIGINT NOT NULL,
    model_version  INT NOT NULL,
    score          INT NOT NULL,
    grade          TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
    points         INT[] NOT NULL,
    vetoed         BOOLEAN NOT NULL,
    evaluated_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (model_code, subject_id)
);
CREATE INDEX evaluation_result_by_grade ON evaluation_result (model_code, grade, subject_id);

-- Every first grade and every change of score or grade, with what caused the evaluation.
CREATE TABLE evaluation_grade_change (
    id             BIGSERIAL PRIMARY KEY,
    model_code     TEXT NOT NULL,
    subject_id     BIGINT NOT NULL,
    model_version  INT NOT NULL,
    from_grade     TEXT,
    to_grade       TEXT NOT NULL,
    from_score     INT,
    to_score       INT NOT NULL,
    changed_at     TIMESTAMPTZ NOT NULL,
    cause          TEXT NOT NULL
);
CREATE INDEX evaluation_grade_change_by_subject ON evaluation_grade_change (subject_id, model_code, id DESC);

-- The batch runs, for the operations page and to skip a run that already ran today.
CREATE TABLE evaluation_run (
    id             BIGSERIAL PRIMARY KEY,
    model_code     TEXT NOT NULL,
    model_version  INT NOT NULL,
    started_at     TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ NOT NULL,
    subjects       INT NOT NULL,
    changed        INT NOT NULL,
    started_by     TEXT NOT NULL
);

-- Risk alerts (信用风险预警), one open alert per rule, subject and department.
CREATE TABLE evaluation_alert (
    id               BIGSERIAL PRIMARY KEY,
    rule_code        TEXT NOT NULL,
    rule_name        TEXT NOT NULL,
    subject_id       BIGINT NOT NULL,
    department_code  TEXT NOT NULL,
    reason           TEXT NOT NULL,
    evidence_refs    TEXT[] NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    suggestion       TEXT NOT NULL CHECK (suggestion IN ('NONE', 'PENDING', 'ACCEPTED', 'DECLINED')),
    suggestion_note  TEXT,
    suggestion_by    TEXT,
    raised_at        TIMESTAMPTZ NOT NULL,
    acknowledged_at  TIMESTAMPTZ,
    acknowledged_by  TEXT,
    resolved_at      TIMESTAMPTZ,
    resolved_by      TEXT,
    follow_up        TEXT,
    task_id          BIGINT
);
CREATE UNIQUE INDEX evaluation_alert_one_open ON evaluation_alert (rule_code, subject_id, department_code)
    WHERE state <> 'RESOLVED';
CREATE INDEX evaluation_alert_by_department ON evaluation_alert (department_code, id DESC);
CREATE INDEX evaluation_alert_by_subject ON evaluation_alert (subject_id, id DESC);

-- 提示约谈 / 警示约谈 held by the department that found the conduct (谁认定、谁约谈).
CREATE TABLE evaluation_interview (
    id               BIGSERIAL PRIMARY KEY,
    alert_id         BIGINT NOT NULL REFERENCES evaluation_alert (id),
    kind             TEXT NOT NULL CHECK (kind IN ('PROMPT', 'WARNING')),
    department_code  TEXT NOT NULL,
    held_on          DATE NOT NULL,
    interviewee      TEXT NOT NULL,
    outcome          TEXT NOT NULL,
    recorded_by      TEXT NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL
);

-- 双随机、一公开: the seed's hash is public from the announcement, the seed from the draw.
CREATE SEQUENCE evaluation_plan_number_seq;
CREATE TABLE evaluation_sampling_plan (
    id                     BIGSERIAL PRIMARY KEY,
    number                 TEXT NOT NULL UNIQUE,
    department_code        TEXT NOT NULL,
    task_name              TEXT NOT NULL,
    field                  TEXT NOT NULL,
    model_code             TEXT NOT NULL,
    region_prefix          TEXT,
    ratios                 JSONB NOT NULL,
    inspectors             TEXT[] NOT NULL,
    inspectors_per_subject INT NOT NULL,
    seed_hash              TEXT NOT NULL,
    seed                   TEXT NOT NULL,
    state                  TEXT NOT NULL CHECK (state IN ('ANNOUNCED', 'DRAWN')),
    population             INT NOT NULL,
    announced_at           TIMESTAMPTZ NOT NULL,
    announced_by           TEXT NOT NULL,
    drawn_at               TIMESTAMPTZ
);
CREATE INDEX evaluation_sampling_plan_by_department ON evaluation_sampling_plan (department_code, id DESC);

-- The population and its grades as they stood at the announcement: the draw cannot be steered by regrading.
CREATE TABLE evaluation_sampling_member (
    plan_id        BIGINT NOT NULL REFERENCES evaluation_sampling_plan (id),
    subject_id     BIGINT NOT NULL,
    subject_code   TEXT NOT NULL,
    subject_name   TEXT NOT NULL,
    grade          TEXT NOT NULL,
    drawn          BOOLEAN NOT NULL DEFAULT FALSE,
    inspectors     TEXT[],
    result         TEXT CHECK (result IN ('NO_ISSUE', 'CORRECTED', 'REFERRED')),
    result_note    TEXT,
    inspected_on   DATE,
    record_id      BIGINT,
    PRIMARY KEY (plan_id, subject_id)
);

-- Subjects whose file changed in a batch too large to re-evaluate at once; the sweep takes them in turn.
CREATE TABLE evaluation_dirty (
    subject_id     BIGINT PRIMARY KEY,
    cause          TEXT NOT NULL,
    marked_at      TIMESTAMPTZ NOT NULL
);

-- Whether every subject's evidence was copied once (on the first start with this module, for data held before).
CREATE TABLE evaluation_backfill (
    id             INT PRIMARY KEY CHECK (id = 1),
    after_subject  BIGINT NOT NULL,
    done           BOOLEAN NOT NULL
);
INSERT INTO evaluation_backfill (id, after_subject, done) VALUES (1, 0, FALSE);
