-- Subscriptions to published events, the subjects a code-list filter names, and the feed of events that subscriptions
-- cover (read by the pull feed with a cursor; fanned out to webhook subscriptions through the outbox).
CREATE TABLE subscription (
    id              BIGSERIAL PRIMARY KEY,
    subscriber_kind TEXT        NOT NULL CHECK (subscriber_kind IN ('CREDIT_OFFICE', 'DEPARTMENT', 'BANK', 'PEER_PLATFORM')),
    subscriber_code TEXT,
    subscriber_name TEXT        NOT NULL,
    event_types     TEXT[]      NOT NULL,
    region_prefix   TEXT,
    industry        TEXT,
    categories      TEXT[]      NOT NULL DEFAULT '{}',
    has_code_list   BOOLEAN     NOT NULL DEFAULT FALSE,
    purpose         TEXT        NOT NULL,
    delivery        TEXT        NOT NULL CHECK (delivery IN ('WEBHOOK', 'PULL')),
    endpoint_id     BIGINT,
    state           TEXT        NOT NULL CHECK (state IN ('ACTIVE', 'PAUSED', 'CANCELLED')),
    -- a subscription receives the feed entries after this one: events from its creation on
    start_seq       BIGINT      NOT NULL,
    owner_ref       TEXT UNIQUE,
    created_by      TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX subscription_by_subscriber ON subscription (subscriber_kind, subscriber_code, id);

CREATE TABLE subscription_subject (
    subscription_id BIGINT NOT NULL REFERENCES subscription (id),
    subject_code    TEXT   NOT NULL,
    PRIMARY KEY (subscription_id, subject_code)
);
CREATE INDEX subscription_subject_by_code ON subscription_subject (subject_code);

CREATE TABLE subscription_feed (
    seq               BIGSERIAL PRIMARY KEY,
    event_type        TEXT        NOT NULL,
    -- what the entry reports in its module (a record id, a notice id …): an event is entered once
    source_key        TEXT        NOT NULL,
    occurred_at       TIMESTAMPTZ NOT NULL,
    department_code   TEXT,
    subject_code      TEXT,
    subject_is_person BOOLEAN     NOT NULL DEFAULT FALSE,
    region            TEXT,
    industry          TEXT,
    category_code     TEXT,
    payload           TEXT        NOT NULL,
    UNIQUE (event_type, source_key)
);
CREATE INDEX subscription_feed_by_type ON subscription_feed (event_type, seq);
