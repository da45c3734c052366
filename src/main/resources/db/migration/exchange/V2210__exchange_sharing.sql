-- Sharing with departments (共享): every pull of credit files by a code list, counted for the usage statistics, and
-- the supervision sets (监管名单) saved from a list, each a subscription of the subscription module.
CREATE TABLE exchange_share_query (
    id              BIGSERIAL PRIMARY KEY,
    -- the department that pulled; NULL for the credit office itself
    department_code TEXT,
    purpose         TEXT        NOT NULL,
    asked           INTEGER     NOT NULL CHECK (asked BETWEEN 1 AND 10000),
    returned        INTEGER     NOT NULL,
    refused         INTEGER     NOT NULL,
    not_found       INTEGER     NOT NULL,
    invalid         INTEGER     NOT NULL,
    items           INTEGER     NOT NULL,
    pulled_by       TEXT        NOT NULL,
    pulled_at       TIMESTAMPTZ NOT NULL,
    CHECK (returned + refused + not_found + invalid = asked)
);
CREATE INDEX exchange_share_query_by_department ON exchange_share_query (department_code, pulled_at);

CREATE TABLE exchange_share_set (
    id              BIGSERIAL PRIMARY KEY,
    department_code TEXT        NOT NULL,
    name            TEXT        NOT NULL,
    purpose         TEXT        NOT NULL,
    subjects        INTEGER     NOT NULL CHECK (subjects > 0),
    left_out        INTEGER     NOT NULL,
    subscription_id BIGINT      NOT NULL UNIQUE,
    created_by      TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX exchange_share_set_by_department ON exchange_share_set (department_code, id);

-- Licensed credit service agencies (备案征信机构 / 信用服务机构) the credit office registered, with the public categories the
-- law lets them receive, their API key and their subscription.
CREATE TABLE exchange_agency (
    id                BIGSERIAL PRIMARY KEY,
    code              TEXT        NOT NULL UNIQUE,
    name              TEXT        NOT NULL,
    uscc              TEXT        NOT NULL UNIQUE,
    filing_number     TEXT        NOT NULL UNIQUE,
    filing_authority  TEXT        NOT NULL,
    categories        TEXT[]      NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    status_reason     TEXT,
    api_key_id        UUID        NOT NULL,
    subscription_id   BIGINT      NOT NULL,
    registered_by     TEXT        NOT NULL,
    registered_at     TIMESTAMPTZ NOT NULL,
    status_changed_at TIMESTAMPTZ NOT NULL
);
