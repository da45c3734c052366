-- A task whose period runs into a year without a loaded holiday notice (opened late in a year, before the State
-- Council's notice for the next one is loaded) is opened without a due day; DueSweep sets it once the notice is
-- loaded, and finds those tasks here.
ALTER TABLE inbox_task ALTER COLUMN due_date DROP NOT NULL;
CREATE INDEX inbox_task_due_pending ON inbox_task (id) WHERE due_date IS NULL;
