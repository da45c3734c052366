-- The 公示版 (PUBLIC): the free report of what the portal shows, downloaded by anyone from an organisation's page.
ALTER TABLE report_issued DROP CONSTRAINT report_issued_report_type_check;
ALTER TABLE report_issued ADD CONSTRAINT report_issued_report_type_check
    CHECK (report_type IN ('ORGANISATION', 'PERSON', 'NO_VIOLATION', 'PUBLIC'));
