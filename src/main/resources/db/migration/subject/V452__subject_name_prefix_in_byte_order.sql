-- Prefix search lists the first matches in name order. A text_pattern_ops index finds the prefix but cannot give that
-- order, so a common prefix (江门市, 天河区) sorted tens of thousands of rows. Indexing the name under the "C" collation
-- serves both the prefix range and the order: the first 20 come straight from the index.
DROP INDEX subject_name_exact_prefix;
CREATE INDEX subject_name_exact_prefix ON subject ((name_normalized COLLATE "C"));
