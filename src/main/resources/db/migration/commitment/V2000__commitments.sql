-- Commitment templates (承诺书模板), versioned: a published version is what subjects sign; publishing a new version
-- retires the one before for new signings, while signed commitments keep the version they were signed against.
CREATE TABLE commitment_template (
    code            TEXT PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('APPROVAL_SUBSTITUTE', 'CERTIFICATION', 'PROACTIVE', 'INDUSTRY',
                                                  'CREDIT_REPAIR')),
    department_code TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE commitment_template_version (
    id                         BIGSERIAL PRIMARY KEY,
    template_code              TEXT NOT NULL REFERENCES commitment_template (code),
    version                    INT NOT NULL,
    name                       TEXT NOT NULL,
    matter_label               TEXT NOT NULL,
    text                       TEXT NOT NULL,
    items                      JSONB NOT NULL,
    verification_working_days  INT NOT NULL CHECK (verification_working_days BETWEEN 1 AND 365),
    public_column              BOOLEAN NOT NULL,
    legal_basis                TEXT NOT NULL,
    breach_tier                TEXT NOT NULL CHECK (breach_tier IN ('MINOR', 'GENERAL', 'SERIOUS')),
    breach_tier_basis          TEXT,
    status                     TEXT NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    created_by                 TEXT NOT NULL,
    created_at                 TIMESTAMPTZ NOT NULL,
    published_by               TEXT,
    published_at               TIMESTAMPTZ,
    UNIQUE (template_code, version)
);
-- at most one draft and one published version per template
CREATE UNIQUE INDEX commitment_template_one_draft ON commitment_template_version (template_code) WHERE status = 'DRAFT';
CREATE UNIQUE INDEX commitment_template_one_published ON commitment_template_version (template_code)
    WHERE status = 'PUBLISHED';

CREATE SEQUENCE commitment_number_seq;

-- A signed commitment, as signed: text, items and matter are copied in and never change (see the trigger below).
-- The verification outcome is kept beside it in commitment_outcome.
CREATE TABLE commitment (
    id                BIGSERIAL PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    template_version  BIGINT REFERENCES commitment_template_version (id),
    kind              TEXT NOT NULL,
    type_name         TEXT NOT NULL,
    matter            TEXT NOT NULL,
    text              TEXT NOT NULL,
    items             JSONB NOT NULL,
    digest            TEXT NOT NULL,
    subject_id        BIGINT NOT NULL,
    subject_name      TEXT NOT NULL,
    subject_code      TEXT NOT NULL,
    subject_is_person BOOLEAN NOT NULL,
    department_code   TEXT NOT NULL,
    channel           TEXT NOT NULL CHECK (channel IN ('PORTAL', 'DEPARTMENT', 'INGEST')),
    public_column     BOOLEAN NOT NULL,
    breach_tier       TEXT NOT NULL,
    signed_on         DATE NOT NULL,
    signed_at         TIMESTAMPTZ NOT NULL,
    signed_by         TEXT NOT NULL,
    -- the verification period; the due day stays open (NULL) while the holiday notice of its year is not loaded
    verification_working_days INT,
    due_on            DATE,
    record_id         BIGINT,
    -- set once with the finding, so that pending and overdue commitments are found by index
    settled           BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX commitment_deadline_pending ON commitment (id) WHERE due_on IS NULL AND verification_working_days IS NOT NULL;
CREATE INDEX commitment_by_subject ON commitment (subject_id, id DESC);
CREATE INDEX commitment_public ON commitment (id DESC) WHERE public_column AND NOT subject_is_person;
CREATE INDEX commitment_public_by_code ON commitment (subject_code, id DESC) WHERE public_column AND NOT subject_is_person;
CREATE INDEX commitment_pending ON commitment (department_code, due_on, id) WHERE NOT settled;
CREATE INDEX commitment_by_department ON commitment (department_code, id DESC);

-- Running totals for the figures, kept in the transaction that signs or finds: counting a province's millions of
-- commitments on every dashboard view would take seconds.
CREATE TABLE commitment_tally (
    department_code TEXT NOT NULL,
    kind            TEXT NOT NULL,
    signed          BIGINT NOT NULL DEFAULT 0,
    fulfilled       BIGINT NOT NULL DEFAULT 0,
    broken          BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (department_code, kind)
);
-- which subjects made which kind of commitment to which department, for the share of subjects with a commitment
CREATE TABLE commitment_subject (
    subject_id      BIGINT NOT NULL,
    department_code TEXT NOT NULL,
    kind            TEXT NOT NULL,
    PRIMARY KEY (department_code, kind, subject_id)
);
CREATE INDEX commitment_subject_any ON commitment_subject (subject_id);

CREATE TABLE commitment_outcome (
    commitment_id  BIGINT PRIMARY KEY REFERENCES commitment (id),
    outcome        TEXT NOT NULL CHECK (outcome IN ('FULFILLED', 'BROKEN')),
    found_on       DATE NOT NULL,
    evidence       TEXT NOT NULL,
    explanation    TEXT NOT NULL,
    breach_tier    TEXT,
    record_id      BIGINT,
    recorded_by    TEXT NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX commitment_outcome_broken ON commitment_outcome (commitment_id) WHERE outcome = 'BROKEN';

-- A commitment is evidence: once signed, only the credit record it was filed as, a due day still open and that it
-- was settled may be noted on it.
CREATE FUNCTION commitment_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a signed commitment cannot be deleted' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF (NEW.number, NEW.template_version, NEW.kind, NEW.type_name, NEW.matter, NEW.text, NEW.items, NEW.digest,
        NEW.subject_id, NEW.department_code, NEW.channel, NEW.signed_on, NEW.signed_at, NEW.signed_by,
        NEW.verification_working_days)
       IS DISTINCT FROM
       (OLD.number, OLD.template_version, OLD.kind, OLD.type_name, OLD.matter, OLD.text, OLD.items, OLD.digest,
        OLD.subject_id, OLD.department_code, OLD.channel, OLD.signed_on, OLD.signed_at, OLD.signed_by,
        OLD.verification_working_days)
       OR (OLD.due_on IS NOT NULL AND NEW.due_on IS DISTINCT FROM OLD.due_on)
       OR (OLD.settled AND NOT NEW.settled) THEN
        RAISE EXCEPTION 'a signed commitment cannot be changed' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER commitment_immutable BEFORE UPDATE OR DELETE ON commitment
    FOR EACH ROW EXECUTE FUNCTION commitment_immutable();

CREATE FUNCTION commitment_outcome_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR (NEW.outcome, NEW.found_on, NEW.evidence, NEW.explanation, NEW.recorded_by, NEW.recorded_at)
       IS DISTINCT FROM (OLD.outcome, OLD.found_on, OLD.evidence, OLD.explanation, OLD.recorded_by, OLD.recorded_at) THEN
        RAISE EXCEPTION 'a recorded verification cannot be changed' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER commitment_outcome_immutable BEFORE UPDATE OR DELETE ON commitment_outcome
    FOR EACH ROW EXECUTE FUNCTION commitment_outcome_immutable();
