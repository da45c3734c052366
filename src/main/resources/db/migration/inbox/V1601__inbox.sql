-- Department inbox (待办): tasks with a statutory deadline in working days, and every change of their state.
CREATE TABLE inbox_task (
    id                  BIGSERIAL PRIMARY KEY,
    type_code           TEXT        NOT NULL,
    type_name           TEXT        NOT NULL,
    department_code     TEXT        NOT NULL,
    title               TEXT        NOT NULL,
    subject_name        TEXT,
    subject_code        TEXT,
    subject_is_person   BOOLEAN     NOT NULL DEFAULT FALSE,
    -- what the task is about in its capability (a ticket, an objection …); one task per source
    source_ref          TEXT        NOT NULL UNIQUE,
    legal_basis         TEXT        NOT NULL,
    working_days        INT         NOT NULL,
    start_date          DATE        NOT NULL,
    due_date            DATE        NOT NULL,
    state               TEXT        NOT NULL CHECK (state IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    created_at          TIMESTAMPTZ NOT NULL,
    finished_on         DATE,
    finished_at         TIMESTAMPTZ,
    outcome             TEXT,
    reminded_at         TIMESTAMPTZ,
    overdue_notified_at TIMESTAMPTZ
);

CREATE INDEX inbox_task_department ON inbox_task (department_code, state, due_date, id);
CREATE INDEX inbox_task_open_due ON inbox_task (due_date) WHERE state IN ('OPEN', 'IN_PROGRESS');
CREATE INDEX inbox_task_finished ON inbox_task (finished_on) WHERE state = 'DONE';

CREATE TABLE inbox_task_history (
    id         BIGSERIAL PRIMARY KEY,
    task_id    BIGINT      NOT NULL REFERENCES inbox_task (id),
    at         TIMESTAMPTZ NOT NULL,
    actor      TEXT        NOT NULL,
    from_state TEXT,
    to_state   TEXT        NOT NULL,
    note       TEXT
);
CREATE INDEX inbox_task_history_task ON inbox_task_history (task_id, id);
