-- budgetlens store, version 3: the formats a document may have are the parse layer's reader registry
-- (src/parse/readers.ts) and the model's Format, not a list kept again in SQL. A new format is a
-- reader and its fixtures; it needs no migration.
ALTER TABLE documents DROP CONSTRAINT IF EXISTS documents_format_check;
