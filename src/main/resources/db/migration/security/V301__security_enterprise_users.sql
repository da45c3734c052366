-- Enterprise users (法人用户): people who sign in for one organisation, bound to it by its unified social
-- credit code. They only print that organisation's reports; they get no API keys.
ALTER TABLE security_user ADD COLUMN uscc TEXT;
ALTER TABLE security_user DROP CONSTRAINT security_user_role_check;
ALTER TABLE security_user ADD CONSTRAINT security_user_role_check
    CHECK (role IN ('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN', 'BANK', 'ENTERPRISE'));
ALTER TABLE security_user ADD CONSTRAINT security_user_uscc_check
    CHECK ((role = 'ENTERPRISE') = (uscc IS NOT NULL));
