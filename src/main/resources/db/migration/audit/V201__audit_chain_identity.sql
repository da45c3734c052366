-- Names this chain for its witness outside the database (see AuditWitness). Together with the database's own oid it
-- tells apart chains that share a witness file: a copy of the database, a restore, another test database.
CREATE TABLE audit_chain_identity (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    singleton BOOLEAN NOT NULL DEFAULT TRUE UNIQUE CHECK (singleton)
);

INSERT INTO audit_chain_identity DEFAULT VALUES;
