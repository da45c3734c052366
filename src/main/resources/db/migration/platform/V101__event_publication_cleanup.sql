-- Completed event publications are now deleted when their listener finishes (spring.modulith.events.completion-mode);
-- remove those kept before, and index the open ones the operations page lists.
DELETE FROM event_publication WHERE completion_date IS NOT NULL;
CREATE INDEX event_publication_open_idx ON event_publication (publication_date) WHERE completion_date IS NULL;
