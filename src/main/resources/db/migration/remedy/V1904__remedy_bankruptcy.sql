-- Court rulings approving a reorganisation plan (重整计划) or a settlement (和解协议) of an enterprise, as the credit
-- office records them: from the ruling, repair opens during the plan's execution and punishment measures are
-- suspended; the end of the plan (executed, or terminated) is recorded too.
CREATE TABLE remedy_bankruptcy (
    id              BIGSERIAL PRIMARY KEY,
    subject_id      BIGINT NOT NULL,
    subject_name    TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('REORGANISATION', 'SETTLEMENT')),
    court           TEXT NOT NULL,
    ruling_number   TEXT NOT NULL,
    approved_on     DATE NOT NULL,
    recorded_by     TEXT NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    ended_on        DATE,
    end_reason      TEXT,
    UNIQUE (court, ruling_number)
);
CREATE INDEX remedy_bankruptcy_by_subject ON remedy_bankruptcy (subject_id);
