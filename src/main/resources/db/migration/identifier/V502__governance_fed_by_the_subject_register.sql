-- The subject register becomes the one owner of codes and aliases; identifier_registration and identifier_alias stay
-- as the 重错码 read model, fed by the register's events (SubjectsRegistered, SubjectKeyCorrected).
--
-- 1. Each registration names its subject. Registrations made by the subject register carried it as 'subject:<id>'.
ALTER TABLE identifier_registration ADD COLUMN subject_id BIGINT;

UPDATE identifier_registration r SET subject_id = f.subject_id
FROM (SELECT DISTINCT ON (substring(source_ref FROM 9)::bigint) id, substring(source_ref FROM 9)::bigint AS subject_id
      FROM identifier_registration
      WHERE source_ref ~ '^subject:[0-9]{1,18}$'
      ORDER BY substring(source_ref FROM 9)::bigint, id) f
WHERE r.id = f.id AND EXISTS (SELECT 1 FROM subject s WHERE s.id = f.subject_id);

-- One registration per subject: a replayed event finds its row and adds none.
CREATE UNIQUE INDEX identifier_registration_subject ON identifier_registration (subject_id)
    WHERE subject_id IS NOT NULL;

-- 2. Corrections recorded only here so far reach the subject register: every code corrected away becomes an alias
-- of the subject, the corrected code its current USCC. Values that cannot be keys (wrong length, lower case,
-- spaces) were never keys of a subject and are left out.
INSERT INTO subject_key (subject_id, kind, value, current, since, note)
SELECT r.subject_id, 'USCC', a.old_code, FALSE, a.corrected_at, left('重错码纠正: ' || a.reason, 500)
FROM identifier_alias a JOIN identifier_registration r ON r.id = a.registration_id
WHERE r.subject_id IS NOT NULL AND a.old_code ~ '^[0-9A-Z]{18}$'
ON CONFLICT (value, kind, subject_id) DO UPDATE SET current = FALSE;

UPDATE subject_key k SET current = FALSE
FROM identifier_registration r
WHERE r.corrected AND r.subject_id = k.subject_id AND k.kind = 'USCC' AND k.value <> r.code
  AND r.code ~ '^[0-9A-Z]{18}$';

INSERT INTO subject_key (subject_id, kind, value, current, since, note)
SELECT r.subject_id, 'USCC', r.code, TRUE, r.updated_at, '重错码纠正'
FROM identifier_registration r
WHERE r.corrected AND r.subject_id IS NOT NULL AND r.code ~ '^[0-9A-Z]{18}$'
ON CONFLICT (value, kind, subject_id) DO UPDATE SET current = TRUE;

-- 3. A correction the register never learnt of let the next filing under the corrected code create a second subject.
-- Such pairs are listed for an officer to merge or keep apart (GET /api/identifiers/missed-corrections).
CREATE TABLE identifier_missed_correction (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_id        BIGINT NOT NULL,
    other_subject_id  BIGINT NOT NULL,
    code              TEXT NOT NULL,
    found_at          TIMESTAMPTZ NOT NULL,
    UNIQUE (subject_id, other_subject_id, code)
);

INSERT INTO identifier_missed_correction (subject_id, other_subject_id, code, found_at)
SELECT DISTINCT r.subject_id, k.subject_id, k.value, now()
FROM identifier_registration r
JOIN subject_key k ON k.kind = 'USCC' AND k.subject_id <> r.subject_id
     AND (k.value = r.code OR k.value IN (SELECT a.old_code FROM identifier_alias a WHERE a.registration_id = r.id))
WHERE r.corrected AND r.subject_id IS NOT NULL;
