-- budgetlens store, version 2: what robustness needs to remember.

-- One row: this store's identity. Queue job ids and Redis keys are scoped by it, so a fresh
-- database behind a Redis that has seen the same files is a fresh namespace, not "already done".
CREATE TABLE store_identity (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  one         boolean NOT NULL DEFAULT true UNIQUE CHECK (one),
  created_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO store_identity DEFAULT VALUES;

-- Why a failed document failed: 'bad-input' (the file itself: final until the extractor changes)
-- or 'internal' (budgetlens failed: a bug or a lost service; retried, and offered to `reprocess`).
ALTER TABLE documents ADD COLUMN failure_kind text CHECK (failure_kind IN ('bad-input', 'internal'));
UPDATE documents SET failure_kind = CASE WHEN extractor_version IS NULL THEN 'internal' ELSE 'bad-input' END
  WHERE status = 'failed';

-- Every input a batch was given, in order, under the name the user gave it: the document it became
-- (several names may share one document: duplicates), or why it never became one (a missing path,
-- a rejected archive or archive entry).
CREATE TABLE batch_inputs (
  batch_id        integer NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
  ordinal         integer NOT NULL,
  name            text NOT NULL,
  document_id     integer REFERENCES documents (id) ON DELETE CASCADE,
  failure_reason  text,
  PRIMARY KEY (batch_id, ordinal),
  CHECK ((document_id IS NULL) <> (failure_reason IS NULL))
);
CREATE INDEX batch_inputs_document ON batch_inputs (document_id);

-- the batches before this version: each document under its stored name
INSERT INTO batch_inputs (batch_id, ordinal, name, document_id)
  SELECT bd.batch_id, (row_number() OVER (PARTITION BY bd.batch_id ORDER BY bd.document_id))::int, d.file, d.id
  FROM batch_documents bd JOIN documents d ON d.id = bd.document_id;
