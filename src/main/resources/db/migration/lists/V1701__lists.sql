-- Credit lists (issue 15). An entry is never changed in meaning: a correction ends it and
-- starts another, so answers given earlier can be replayed as of their instant.
CREATE TABLE list_entry (
    id              bigserial PRIMARY KEY,
    record_id       bigint      NOT NULL UNIQUE,
    kind            text        NOT NULL,
    list_name       text        NOT NULL,
    subject_id      bigint      NOT NULL,
    subject_type    text        NOT NULL,
    subject_name    text        NOT NULL,
    subject_code    text,
    category_code   text        NOT NULL,
    provider_code   text        NOT NULL,
    authority       text,
    basis           text,
    reason          text,
    document_number text,
    entered_on      date        NOT NULL,
    exit_on         date,
    recorded_at     timestamptz NOT NULL,
    ended_at        timestamptz,
    end_kind        text,
    end_reason      text,
    CONSTRAINT list_entry_end CHECK ((ended_at IS NULL) = (end_kind IS NULL))
);

CREATE INDEX list_entry_subject ON list_entry (subject_id);
CREATE INDEX list_entry_public ON list_entry (kind, id DESC) WHERE ended_at IS NULL;
CREATE INDEX list_entry_name ON list_entry USING gin (subject_name gin_trgm_ops);

-- Who represents which organisation, from records naming a legal representative with an
-- id number. The person is kept as a digest of the id, never the id itself.
CREATE TABLE list_representative (
    id              bigserial PRIMARY KEY,
    organisation_id bigint      NOT NULL,
    person_digest   text        NOT NULL,
    person_name     text,
    role            text        NOT NULL,
    since           date,
    record_id       bigint      NOT NULL,
    recorded_at     timestamptz NOT NULL,
    ended_at        timestamptz
);

CREATE INDEX list_representative_person ON list_representative (person_digest);
CREATE UNIQUE INDEX list_representative_current ON list_representative (organisation_id, role)
    WHERE ended_at IS NULL;
