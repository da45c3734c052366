-- Identifier reference data kept by administrators.

-- Real codes that fail the GB 32100 checks (issued before the standard in pilot regions).
CREATE TABLE identifier_known_irregular (
    code     TEXT PRIMARY KEY CHECK (code ~ '^[0-9A-Z]{9,18}$'),
    note     TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 500),
    added_by TEXT NOT NULL,
    added_at TIMESTAMPTZ NOT NULL
);

-- Registration department / category pairs added to the built-in table (identifier/registration-categories.csv).
CREATE TABLE identifier_registration_category (
    department      CHAR(1) NOT NULL CHECK (department ~ '^[0-9A-HJ-NPQRTUWXY]$'),
    category        CHAR(1) NOT NULL CHECK (category ~ '^[0-9A-HJ-NPQRTUWXY]$'),
    department_name TEXT NOT NULL,
    category_name   TEXT NOT NULL,
    added_by        TEXT NOT NULL,
    added_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (department, category)
);
