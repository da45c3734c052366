-- People's accounts (form login) and machines' API keys. Passwords are BCrypt hashes; API keys SHA-256 hashes.

CREATE TABLE security_user (
    username        TEXT PRIMARY KEY CHECK (username ~ '^[A-Za-z0-9._@-]{3,64}$'),
    display_name    TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN', 'BANK')),
    department_code TEXT,
    enabled         BOOLEAN NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ NOT NULL,
    CHECK ((role IN ('PROVIDER', 'BANK')) = (department_code IS NOT NULL))
);

CREATE TABLE security_api_key (
    id              UUID PRIMARY KEY,
    name            TEXT NOT NULL,
    key_prefix      TEXT NOT NULL UNIQUE,
    key_hash        TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN', 'BANK')),
    department_code TEXT,
    created_by      TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    revoked_at      TIMESTAMPTZ,
    last_used_at    TIMESTAMPTZ,
    CHECK ((role IN ('PROVIDER', 'BANK')) = (department_code IS NOT NULL))
);
