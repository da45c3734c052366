-- A check's request and answer are archives: stored once, read back whole, never searched inside. As json they
-- are kept as the text that was given; as jsonb every answer was parsed into a tree on the way in and printed
-- again on the way out, at hundreds of checks a second.
ALTER TABLE credit_check
    ALTER COLUMN request TYPE json USING request::json,
    ALTER COLUMN answer TYPE json USING answer::json;

-- Only checks sent with an idempotency key need it to be unique; most are sent without one, and each of those
-- was still entered in the index.
ALTER TABLE credit_check DROP CONSTRAINT credit_check_department_code_idempotency_key_key;
CREATE UNIQUE INDEX credit_check_idempotency ON credit_check (department_code, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
