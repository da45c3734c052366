-- 双公示 listing filtered by department, and its count: a department with a few items among a million would otherwise
-- be found by walking the whole category in date order. Partial, like creditfile_item_published: only items in
-- publicity cost it anything.
CREATE INDEX creditfile_item_published_by_department
    ON creditfile_item (category_code, provider_code, decision_date DESC, record_id DESC)
    WHERE status = 'PUBLISHED' AND subject_type <> 'NATURAL_PERSON';
