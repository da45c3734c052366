-- Tamper-evident audit log. Rows are chained by SM3 (prev_hash -> hash) and the head is periodically sealed with
-- an SM2 signature. Updates and deletes are refused by trigger; verification catches whoever bypasses it.

CREATE TABLE audit_event (
    seq            BIGINT PRIMARY KEY,
    occurred_at    TIMESTAMPTZ NOT NULL,
    actor          TEXT NOT NULL,
    actor_roles    TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('CHANGE', 'READ')),
    action         TEXT NOT NULL,
    target_type    TEXT NOT NULL,
    target_id      TEXT,
    subject_ref    TEXT,
    before_digest  TEXT,
    after_digest   TEXT,
    details        TEXT,
    client_address TEXT,
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL
);

CREATE INDEX audit_event_by_target ON audit_event (target_type, target_id, seq);
CREATE INDEX audit_event_by_subject ON audit_event (subject_ref, seq) WHERE subject_ref IS NOT NULL;
CREATE INDEX audit_event_by_actor ON audit_event (actor, seq);

CREATE TABLE audit_seal (
    id          BIGSERIAL PRIMARY KEY,
    sealed_seq  BIGINT NOT NULL,
    head_hash   TEXT NOT NULL,
    sealed_at   TIMESTAMPTZ NOT NULL,
    public_key  TEXT NOT NULL,
    signature   TEXT NOT NULL
);

CREATE FUNCTION audit_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit log is append-only (% on %)', TG_OP, TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();

CREATE TRIGGER audit_seal_append_only
    BEFORE UPDATE OR DELETE ON audit_seal
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
