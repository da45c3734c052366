-- The register of credit subjects and the columns of its Chinese name index.
--  * name_normalized: width/bracket/space/case-folded name; B-tree for exact and prefix search;
--  * name_bigrams: every 2-character gram, GIN, so that 2-character queries (张伟) use an index (pg_trgm needs 3);
--  * pg_trgm GIN on name_normalized for fuzzy ranking;
--  * name_pinyin / name_initials: toneless pinyin and initials for Latin-letter queries.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE subject (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_type          TEXT NOT NULL CHECK (subject_type IN ('ENTERPRISE', 'INDIVIDUAL_BUSINESS',
                              'FARMER_COOPERATIVE', 'SOCIAL_ORGANIZATION', 'PUBLIC_INSTITUTION', 'NATURAL_PERSON',
                              'OTHER')),
    name                  TEXT NOT NULL,
    name_normalized       TEXT NOT NULL,
    name_bigrams          TEXT[] NOT NULL,
    name_pinyin           TEXT NOT NULL,
    name_initials         TEXT NOT NULL,
    legal_representative  TEXT,
    status                TEXT NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED', 'REVOKED')),
    division_code         CHAR(6),
    registering_authority TEXT,
    registered_on         DATE,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    version               INT NOT NULL DEFAULT 0
);

CREATE INDEX subject_name_exact_prefix ON subject (name_normalized text_pattern_ops);
CREATE INDEX subject_name_bigrams ON subject USING gin (name_bigrams);
CREATE INDEX subject_name_trigrams ON subject USING gin (name_normalized gin_trgm_ops);
CREATE INDEX subject_name_pinyin ON subject (name_pinyin text_pattern_ops);
CREATE INDEX subject_name_initials ON subject (name_initials text_pattern_ops);

-- Identifiers: the current one, and earlier ones kept as aliases after a correction (重错码治理). One code on more
-- than one subject is allowed here on purpose: such duplicates are what governance must find, not hide.
CREATE TABLE subject_key (
    subject_id BIGINT NOT NULL REFERENCES subject (id),
    kind       TEXT NOT NULL CHECK (kind IN ('USCC', 'CITIZEN_ID', 'REGISTRATION_NUMBER', 'ORG_CODE')),
    value      TEXT NOT NULL,
    current    BOOLEAN NOT NULL,
    since      TIMESTAMPTZ NOT NULL,
    note       TEXT,
    PRIMARY KEY (kind, value, subject_id)
);
CREATE INDEX subject_key_by_subject ON subject_key (subject_id);
CREATE INDEX subject_key_by_value ON subject_key (value);

CREATE TABLE subject_name_history (
    subject_id BIGINT NOT NULL REFERENCES subject (id),
    name       TEXT NOT NULL,
    valid_from TIMESTAMPTZ NOT NULL,
    valid_to   TIMESTAMPTZ,
    source     TEXT
);
CREATE INDEX subject_name_history_by_subject ON subject_name_history (subject_id, valid_from);

-- A record reported a different name than the registered one: kept for an officer to decide, never applied silently.
CREATE TABLE subject_name_discrepancy (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_id      BIGINT NOT NULL REFERENCES subject (id),
    registered_name TEXT NOT NULL,
    reported_name   TEXT NOT NULL,
    source          TEXT NOT NULL,
    reported_at     TIMESTAMPTZ NOT NULL,
    status          TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ACCEPTED', 'DISMISSED')),
    decided_by      TEXT,
    decided_at      TIMESTAMPTZ
);
CREATE UNIQUE INDEX subject_name_discrepancy_open ON subject_name_discrepancy (subject_id, reported_name)
    WHERE status = 'OPEN';
