-- Subscriptions read the items one intake batch wrote.
CREATE INDEX creditfile_item_by_batch ON creditfile_item (batch_id, record_id);
