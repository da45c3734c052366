-- Holiday notices loaded by administrators at runtime; they take precedence over the bundled files.
CREATE TABLE calendar_year (
    year      INT PRIMARY KEY CHECK (year BETWEEN 1990 AND 2200),
    notice    TEXT NOT NULL,
    loaded_by TEXT NOT NULL,
    loaded_at TIMESTAMPTZ NOT NULL
);
