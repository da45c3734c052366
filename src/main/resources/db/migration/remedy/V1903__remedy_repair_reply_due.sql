-- The day by which the applicant is told the result (信用中国: 10 working days from the application).
ALTER TABLE remedy_repair ADD COLUMN reply_due DATE;
