-- budgetlens store, version 1. One dialect for PostgreSQL and PGlite.
-- Money and rates are NUMERIC (exact decimals, never float); the record itself is kept whole as jsonb
-- and its parts are spread into tables for querying. Original bytes are kept content-addressed in `blobs`.

CREATE TABLE batches (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  created_at  timestamptz NOT NULL DEFAULT now(),
  label       text,
  -- derived from the documents, kept up to date by the store: empty → queued → processing → done
  status      text NOT NULL DEFAULT 'empty' CHECK (status IN ('empty', 'queued', 'processing', 'done'))
);

CREATE TABLE blobs (
  sha256      text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size        bigint NOT NULL,
  data        bytea NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE documents (
  id                 integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sha256             text NOT NULL UNIQUE REFERENCES blobs (sha256),
  file               text NOT NULL,
  format             text CHECK (format IN ('markdown', 'text', 'docx', 'pdf')),
  size               bigint NOT NULL,
  status             text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'processing', 'done', 'failed')),
  failure_reason     text,
  extractor_version  text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_status ON documents (status);

CREATE TABLE batch_documents (
  batch_id     integer NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
  document_id  integer NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  added_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (batch_id, document_id)
);
CREATE INDEX batch_documents_document ON batch_documents (document_id);

-- One report per document; re-saving a document's results replaces it (and, by cascade, its rows below).
CREATE TABLE reports (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id        integer NOT NULL UNIQUE REFERENCES documents (id) ON DELETE CASCADE,
  file               text NOT NULL,
  sha256             text NOT NULL,
  department         text,
  year               integer,
  kind               text NOT NULL,
  extractor_version  text NOT NULL,
  record             jsonb NOT NULL,
  -- jsonb does not keep object key order; the figures' reading order is kept here
  figure_order       jsonb NOT NULL DEFAULT '[]',
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reports_year ON reports (year);
CREATE INDEX reports_department ON reports (department);

-- Every mention of every figure; is_primary marks the one the record offers as the figure.
CREATE TABLE figures (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id   bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  ordinal     integer NOT NULL,
  key         text NOT NULL,
  value       text NOT NULL,
  unit        text NOT NULL,
  yuan        numeric,
  rule        text NOT NULL,
  section     text,
  evidence    jsonb NOT NULL,
  is_primary  boolean NOT NULL
);
CREATE INDEX figures_report ON figures (report_id);
CREATE INDEX figures_key ON figures (key);

CREATE TABLE task_lines (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id       bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  ordinal         integer NOT NULL,
  name            text NOT NULL,
  budget          numeric,
  executed        numeric,
  rate            numeric,
  unit            text NOT NULL,
  initial_budget  numeric,
  score           numeric,
  evidence        jsonb NOT NULL
);
CREATE INDEX task_lines_report ON task_lines (report_id);

CREATE TABLE indicators (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id   bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  ordinal     integer NOT NULL,
  level1      text,
  level2      text,
  name        text NOT NULL,
  comparison  text,
  target      text,
  unit        text,
  actual      text,
  weight      numeric,
  score       numeric,
  evidence    jsonb NOT NULL
);
CREATE INDEX indicators_report ON indicators (report_id);

CREATE TABLE performance_targets (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id       bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  ordinal         integer NOT NULL,
  task            text NOT NULL,
  goal            text NOT NULL,
  key_indicators  text NOT NULL,
  evidence        jsonb NOT NULL
);
CREATE INDEX performance_targets_report ON performance_targets (report_id);

CREATE TABLE discrepancies (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id      bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  ordinal        integer NOT NULL,
  -- rule plus its subject: what carries a review decision over when the document is processed again
  fingerprint    text NOT NULL,
  rule           text NOT NULL,
  severity       text NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  message_zh     text NOT NULL,
  message_en     text NOT NULL,
  arithmetic     text NOT NULL,
  expected       text NOT NULL,
  actual         text NOT NULL,
  difference     text NOT NULL,
  unit           text NOT NULL,
  details        jsonb NOT NULL,
  review_status  text NOT NULL DEFAULT 'open'
                 CHECK (review_status IN ('open', 'extraction-error', 'genuine', 'acceptable')),
  reviewer_note  text
);
CREATE INDEX discrepancies_report ON discrepancies (report_id);
CREATE INDEX discrepancies_review ON discrepancies (review_status);

-- Append-only audit of human corrections and review decisions. Keyed by document, not report,
-- so re-saving a document's results never touches it.
CREATE TABLE corrections (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id  integer NOT NULL REFERENCES documents (id) ON DELETE RESTRICT,
  created_at   timestamptz NOT NULL DEFAULT now(),
  who          text NOT NULL,
  why          text NOT NULL,
  target_kind  text NOT NULL,
  target       text NOT NULL,
  old_value    jsonb,
  new_value    jsonb
);
CREATE INDEX corrections_document ON corrections (document_id);

CREATE FUNCTION corrections_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'corrections are append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER corrections_no_change BEFORE UPDATE OR DELETE ON corrections
  FOR EACH ROW EXECUTE FUNCTION corrections_append_only();
CREATE TRIGGER corrections_no_truncate BEFORE TRUNCATE ON corrections
  FOR EACH STATEMENT EXECUTE FUNCTION corrections_append_only();
