-- The measure catalog (issue 15). One row per revision; a revision is published only after
-- a second person reviewed it, and never without a legal basis.
CREATE TABLE measure (
    id                 bigserial PRIMARY KEY,
    code               text        NOT NULL,
    revision           int         NOT NULL,
    list               text        NOT NULL,
    kind               text        NOT NULL,
    name               text        NOT NULL,
    content            text        NOT NULL,
    action             text        NOT NULL,
    legal_basis        text        NOT NULL CHECK (btrim(legal_basis) <> ''),
    trigger_kind       text        NOT NULL,
    list_name_contains text,
    targets            text[]      NOT NULL,
    scenarios          text[]      NOT NULL,
    departments        text[]      NOT NULL,
    seeded             boolean     NOT NULL DEFAULT false,
    state              text        NOT NULL,
    proposed_by        text        NOT NULL,
    proposed_at        timestamptz NOT NULL,
    reviewed_by        text,
    review_note        text,
    published_at       timestamptz,
    retired_at         timestamptz,
    UNIQUE (code, revision),
    CONSTRAINT measure_four_eyes CHECK (state NOT IN ('PUBLISHED', 'RETIRED') OR published_at IS NULL
        OR (reviewed_by IS NOT NULL AND reviewed_by <> proposed_by))
);

CREATE INDEX measure_in_force ON measure (published_at) WHERE published_at IS NOT NULL;

-- 事前信用核查: every answer as given, with the instant it was given for, so it can be replayed.
-- check ids are handed out in blocks of 50 (CheckStore), one round trip per block
CREATE SEQUENCE credit_check_ids INCREMENT BY 50;

CREATE TABLE credit_check (
    id               bigint PRIMARY KEY,
    department_code  text        NOT NULL,
    scenario         text        NOT NULL,
    idempotency_key  text,
    request_digest   text        NOT NULL,
    checked_at       timestamptz NOT NULL,
    checked_by       text        NOT NULL,
    subjects         int         NOT NULL,
    sanctions      int         NOT NULL,
    incentives       int         NOT NULL,
    request          jsonb       NOT NULL,
    answer           jsonb       NOT NULL,
    task_id          bigint,
    feedback_due     date,
    feedback_at      timestamptz,
    -- the check's audit record is appended to the chain in groups after commit (CheckAudit)
    audited          boolean     NOT NULL DEFAULT false,
    UNIQUE (department_code, idempotency_key)
);

CREATE INDEX credit_check_unaudited ON credit_check (id) WHERE NOT audited;
-- answers that named a measure and whose feedback task is still to be put in the inbox
CREATE INDEX credit_check_ticket_pending ON credit_check (id) WHERE feedback_due IS NOT NULL AND task_id IS NULL;

CREATE INDEX credit_check_department ON credit_check (department_code, id DESC);

-- The measures each answer named, per subject (for feedback and statistics).
CREATE TABLE credit_check_measure (
    check_id      bigint NOT NULL REFERENCES credit_check (id),
    subject_index int    NOT NULL,
    measure_code  text   NOT NULL,
    PRIMARY KEY (check_id, subject_index, measure_code)
);

-- What the department did with each measure the check named (联合奖惩反馈).
CREATE TABLE credit_check_feedback (
    check_id      bigint      NOT NULL REFERENCES credit_check (id),
    subject_index int         NOT NULL,
    measure_code  text        NOT NULL,
    applied       boolean     NOT NULL,
    note          text,
    reported_by   text        NOT NULL,
    reported_at   timestamptz NOT NULL,
    PRIMARY KEY (check_id, subject_index, measure_code)
);
