-- Transactional outbox: webhook endpoints, the messages written for them in the sender's own transaction, and every
-- delivery attempt (the delivery trail shown on the operations page).
CREATE TABLE outbox_endpoint (
    id                BIGSERIAL PRIMARY KEY,
    name              TEXT        NOT NULL,
    url               TEXT        NOT NULL,
    owner_ref         TEXT        NOT NULL,
    department_code   TEXT,
    -- AES-GCM ciphertext of the signing secret (base64 of nonce || ciphertext); the secret is shown once
    secret_ciphertext TEXT        NOT NULL,
    active            BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);

CREATE TABLE outbox_message (
    id               BIGSERIAL PRIMARY KEY,
    endpoint_id      BIGINT      NOT NULL REFERENCES outbox_endpoint (id),
    event_type       TEXT        NOT NULL,
    idempotency_key  TEXT        NOT NULL,
    payload          TEXT        NOT NULL,
    status           TEXT        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
    -- attempts started; a claim counts as an attempt, so a message that crashes its worker cannot loop for ever
    attempts         INT         NOT NULL DEFAULT 0,
    -- when the message may next be claimed; a claim pushes it one lease ahead, so a worker killed mid-delivery
    -- gives the message back when the lease runs out
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    last_error       TEXT,
    last_status_code INT,
    created_at       TIMESTAMPTZ NOT NULL,
    delivered_at     TIMESTAMPTZ,
    UNIQUE (endpoint_id, idempotency_key)
);

CREATE INDEX outbox_message_due ON outbox_message (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbox_message_dead ON outbox_message (endpoint_id, id) WHERE status = 'DEAD';
CREATE INDEX outbox_message_delivered ON outbox_message (delivered_at) WHERE status = 'DELIVERED';

CREATE TABLE outbox_attempt (
    message_id  BIGINT      NOT NULL REFERENCES outbox_message (id) ON DELETE CASCADE,
    attempt     INT         NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    status_code INT,
    error       TEXT,
    duration_ms INT         NOT NULL,
    PRIMARY KEY (message_id, attempt)
);
CREATE INDEX outbox_attempt_at ON outbox_attempt (at);
