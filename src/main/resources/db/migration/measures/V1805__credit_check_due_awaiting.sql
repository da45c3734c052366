-- A check that names a measure while the holiday notice of a year its feedback period runs into is not loaded has
-- no due day yet (its task is opened all the same, without one). Its pending task is found by what it named rather
-- than by its due day, and the sweep that sets the day once the notice is loaded finds it here.
DROP INDEX credit_check_ticket_pending;
CREATE INDEX credit_check_ticket_pending ON credit_check (id) WHERE sanctions + incentives > 0 AND task_id IS NULL;
CREATE INDEX credit_check_due_awaiting ON credit_check (checked_at)
    WHERE feedback_due IS NULL AND sanctions + incentives > 0 AND feedback_at IS NULL;
