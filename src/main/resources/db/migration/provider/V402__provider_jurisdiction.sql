-- The authorities whose decisions each provider may file (管辖范围): itself and its subordinate units, by the codes
-- that appear in 处罚机关/许可机关 and 数据来源单位. The intake checks every row against them.

CREATE TABLE provider_jurisdiction (
    provider_code TEXT NOT NULL REFERENCES provider (code),
    uscc          CHAR(18) NOT NULL,
    name          TEXT,
    PRIMARY KEY (provider_code, uscc)
);

-- What the intake does with a row outside the jurisdiction: REFUSE (problem data) or WARN (accepted, warned in the
-- receipt).
ALTER TABLE provider
    ADD COLUMN outside_jurisdiction TEXT NOT NULL DEFAULT 'REFUSE' CHECK (outside_jurisdiction IN ('REFUSE', 'WARN'));

-- Upgrade: a provider files at least its own decisions. One without a code of its own has nothing to check against
-- until the credit office declares its units, so its rows are accepted with a warning meanwhile instead of refused.
INSERT INTO provider_jurisdiction (provider_code, uscc, name)
SELECT code, uscc, name FROM provider WHERE uscc IS NOT NULL;

UPDATE provider SET outside_jurisdiction = 'WARN' WHERE uscc IS NULL;
