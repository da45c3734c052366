-- Which rules the stored items were projected with. When the projection's rules change (issue 13: records read
-- through the catalog's field roles, labels understood as codes, every date spelling), the platform rebuilds the
-- items on its next start and records the new version, so an upgraded platform corrects tiers and publicity of
-- records it already holds.
CREATE TABLE creditfile_projection_state (
    id                 INT PRIMARY KEY CHECK (id = 1),
    projection_version INT NOT NULL,
    rebuilt_at         TIMESTAMPTZ
);
INSERT INTO creditfile_projection_state (id, projection_version) VALUES (1, 1);

-- Item fields now carry the catalog's personal-data mark. Until the rebuild re-projects them, items projected
-- earlier keep the rule they were shown under (证件类型 and 证件号码 fields are personal), so nothing personal becomes
-- public in between.
UPDATE creditfile_item
SET fields = COALESCE((
    SELECT jsonb_agg(f || jsonb_build_object('personal', (f ->> 'code') LIKE '%\_ZJHM' OR (f ->> 'code') LIKE '%\_ZJLX')
                     ORDER BY ord)
    FROM jsonb_array_elements(fields) WITH ORDINALITY AS e(f, ord)), '[]'::jsonb);
