-- Codes as registered for credit subjects (fed by the subject register through IdentifierRegistry.register),
-- for 重错码 governance: duplicates, invalid codes, corrections.
CREATE TABLE identifier_registration (
    id             BIGSERIAL PRIMARY KEY,
    code           TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 64),
    canonical_code TEXT,
    verdict        TEXT NOT NULL,
    subject_type   TEXT NOT NULL,
    subject_name   TEXT NOT NULL CHECK (length(subject_name) BETWEEN 1 AND 200),
    authority      TEXT NOT NULL CHECK (length(authority) BETWEEN 1 AND 100),
    division       CHAR(6) NOT NULL CHECK (division ~ '^[0-9]{6}$'),
    source_ref     TEXT,
    corrected      BOOLEAN NOT NULL DEFAULT FALSE,
    version        INT NOT NULL DEFAULT 0,
    registered_at  TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);

CREATE INDEX identifier_registration_key ON identifier_registration ((COALESCE(canonical_code, code)));
CREATE INDEX identifier_registration_authority ON identifier_registration (authority, division);
CREATE INDEX identifier_registration_invalid ON identifier_registration (id) WHERE verdict = 'INVALID';

-- A corrected code keeps its old spelling as an alias, so records keyed by it can still be found.
CREATE TABLE identifier_alias (
    id              BIGSERIAL PRIMARY KEY,
    registration_id BIGINT NOT NULL REFERENCES identifier_registration (id),
    old_code        TEXT NOT NULL,
    new_code        TEXT NOT NULL,
    reason          TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    corrected_by    TEXT NOT NULL,
    corrected_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX identifier_alias_old_code ON identifier_alias (old_code);
