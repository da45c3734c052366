-- Provider departments (数据提供单位).

CREATE TABLE provider (
    code          TEXT PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
    name          TEXT NOT NULL,
    uscc          CHAR(18),
    division_code CHAR(6) CHECK (division_code ~ '^[0-9]{6}$'),
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    version       INT NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

CREATE UNIQUE INDEX provider_name_unique ON provider (name);
