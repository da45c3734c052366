-- Deterministic evaluation data for benchmarks (EvaluationBench, the Spark module's bench): ${subjects} subjects and
-- ${records} pieces of evidence, spread over the categories, tiers, list kinds and commitment findings the bundled
-- models read, dated over the 5.5 years before 2026-12-01. Plain SQL that PostgreSQL and Spark SQL both run after
-- ${subjects} and ${records} are replaced (Spark reads "range" for generate_series; see the Spark module).
INSERT INTO evaluation_subject (subject_id, subject_type, name, code, division_code, registered_on, active, synced_at)
SELECT g,
       CASE WHEN g % 10 = 0 THEN 'INDIVIDUAL_BUSINESS' ELSE 'ENTERPRISE' END,
       'BENCH-' || g,
       'B' || lpad(CAST(g AS TEXT), 17, '0'),
       '4401' || lpad(CAST(g % 12 AS TEXT), 2, '0'),
       DATE '2026-12-01' - CAST(g % 7300 AS INT),
       g % 50 <> 0,
       TIMESTAMP '2026-12-01 00:00:00'
FROM generate_series(CAST(1 AS BIGINT), ${subjects}) AS t(g);

INSERT INTO evaluation_evidence (subject_id, source, ref, category, tier, domain, occurred_on, label)
SELECT (g * 7919) % ${subjects} + 1,
       m.source,
       'R' || g,
       m.category,
       CASE WHEN m.category = 'XZCF' THEN CASE WHEN g % 10 < 2 THEN 'SERIOUS' WHEN g % 10 < 8 THEN 'GENERAL' ELSE 'MINOR' END END,
       'GZ-D' || (g % 17),
       DATE '2026-12-01' - CAST((g * 104729) % 2000 AS INT),
       'bench'
FROM generate_series(CAST(1 AS BIGINT), ${records}) AS t(g)
JOIN (VALUES (0, 30, 'RECORD', 'XZCF'), (30, 55, 'RECORD', 'XZXK'), (55, 63, 'RECORD', 'HTLX'),
             (63, 68, 'RECORD', 'CXRY'), (68, 71, 'RECORD', 'SFZX'), (71, 74, 'RECORD', 'SBJF'),
             (74, 79, 'RECORD', 'ZSCQ'), (79, 81, 'RECORD', 'GD_GJJQJ'), (81, 85, 'RECORD', 'ZYTG'),
             (85, 88, 'RECORD', 'XZQZ'), (88, 90, 'RECORD', 'GD_JZBL'), (90, 91, 'LIST', 'WATCH'),
             (91, 94, 'LIST', 'ABNORMAL_OPERATION'), (94, 95, 'LIST', 'SEVERE_DISHONESTY'),
             (95, 98, 'COMMITMENT', 'FULFILLED'), (98, 100, 'COMMITMENT', 'BROKEN'))
     AS m(lo, hi, source, category)
  ON (g * 37) % 100 >= m.lo AND (g * 37) % 100 < m.hi;
