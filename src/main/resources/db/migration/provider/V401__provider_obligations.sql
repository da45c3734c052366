-- The catalog categories each provider must report (报送义务): the denominator of the coverage rate (上报率).

CREATE TABLE provider_obligation (
    provider_code TEXT NOT NULL REFERENCES provider (code),
    category_code TEXT NOT NULL,
    PRIMARY KEY (provider_code, category_code)
);
CREATE INDEX provider_obligation_by_category ON provider_obligation (category_code);
