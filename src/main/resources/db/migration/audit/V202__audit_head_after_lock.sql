-- The chain's head: its identity (for the witness) and its newest event, if any. One definition, read alone (sealing)
-- and after the lock (an append).
CREATE FUNCTION audit_chain_head()
    RETURNS TABLE (head_chain text, head_seq bigint, head_hash text)
    LANGUAGE sql STABLE AS
$$
    SELECT i.id || '/' || d.oid, h.seq, h.hash
    FROM audit_chain_identity i
    CROSS JOIN pg_database d
    LEFT JOIN LATERAL (SELECT e.seq, e.hash FROM audit_event e ORDER BY e.seq DESC LIMIT 1) h ON true
    WHERE d.datname = current_database()
$$;

-- The chain's lock and its head in one call. An append used to take the lock in one statement and read the head in a
-- second one, two round trips in every auditing transaction. Both cannot share one plain statement: its snapshot is
-- taken before the lock is granted, so it could miss an append committed while it waited. A volatile function takes
-- a fresh snapshot for each statement it runs, so the head read here, after the lock, sees every committed append.
CREATE FUNCTION audit_chain_lock_head(lock_key bigint)
    RETURNS TABLE (head_chain text, head_seq bigint, head_hash text)
    LANGUAGE plpgsql VOLATILE AS
$$
BEGIN
    PERFORM pg_advisory_xact_lock(lock_key);
    RETURN QUERY SELECT * FROM audit_chain_head();
END
$$;
