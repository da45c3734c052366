-- Licensed credit service agencies (信用服务机构) get API keys bound to the agency's code, like banks.
ALTER TABLE security_user DROP CONSTRAINT security_user_role_check;
ALTER TABLE security_user ADD CONSTRAINT security_user_role_check
    CHECK (role IN ('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN', 'BANK', 'ENTERPRISE', 'AGENCY'));
ALTER TABLE security_user DROP CONSTRAINT security_user_check;
ALTER TABLE security_user ADD CONSTRAINT security_user_check
    CHECK ((role IN ('PROVIDER', 'BANK', 'AGENCY')) = (department_code IS NOT NULL));
ALTER TABLE security_api_key DROP CONSTRAINT security_api_key_role_check;
ALTER TABLE security_api_key ADD CONSTRAINT security_api_key_role_check
    CHECK (role IN ('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN', 'BANK', 'AGENCY'));
ALTER TABLE security_api_key DROP CONSTRAINT security_api_key_check;
ALTER TABLE security_api_key ADD CONSTRAINT security_api_key_check
    CHECK ((role IN ('PROVIDER', 'BANK', 'AGENCY')) = (department_code IS NOT NULL));
