-- Data-quality governance (数据质量): daily metric rows kept current from BatchCompleted events. Months, quarters,
-- years and custom ranges are sums over these rows; records are never rescanned.

-- Batches already counted, so a redelivered event is not counted twice.
CREATE TABLE quality_batch (
    batch_id      UUID PRIMARY KEY,
    provider_code TEXT NOT NULL,
    category_code TEXT NOT NULL,
    day           DATE NOT NULL,
    rejected      INT NOT NULL,
    late          INT NOT NULL,
    completed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX quality_batch_by_provider ON quality_batch (provider_code, completed_at);

CREATE TABLE quality_daily (
    day           DATE NOT NULL,
    provider_code TEXT NOT NULL,
    category_code TEXT NOT NULL,
    region        TEXT NOT NULL,
    batches       INT NOT NULL DEFAULT 0,
    late_batches  INT NOT NULL DEFAULT 0,
    submitted     BIGINT NOT NULL DEFAULT 0,
    received      BIGINT NOT NULL DEFAULT 0,
    compliant     BIGINT NOT NULL DEFAULT 0,
    rejected      BIGINT NOT NULL DEFAULT 0,
    resubmitted   BIGINT NOT NULL DEFAULT 0,
    corrected     BIGINT NOT NULL DEFAULT 0,
    revoked       BIGINT NOT NULL DEFAULT 0,
    stored        BIGINT NOT NULL DEFAULT 0,
    late          BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, provider_code, category_code)
);
CREATE INDEX quality_daily_by_provider ON quality_daily (provider_code, day);

CREATE TABLE quality_daily_rule (
    day           DATE NOT NULL,
    provider_code TEXT NOT NULL,
    category_code TEXT NOT NULL,
    rule          TEXT NOT NULL,
    count         BIGINT NOT NULL,
    PRIMARY KEY (day, provider_code, category_code, rule)
);
