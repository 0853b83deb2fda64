-- budgetlens store, version 4: originals stored in parts.
--
-- A blob inserted as one bytea value cost the embedded store (PGlite: a WebAssembly PostgreSQL
-- whose memory grows and is never given back) some 80 times its size: a 6 MB text file took the
-- process from 215 MB to 700 MB, for the rest of the command. Inserted in parts of 256 KB it costs
-- about 80 MB. Blobs stored before this version keep their bytes in blobs.data; new ones have
-- blobs.data NULL and their bytes in blob_parts, in order.
CREATE TABLE blob_parts (
  sha256      text NOT NULL REFERENCES blobs (sha256) ON DELETE CASCADE,
  part        integer NOT NULL CHECK (part >= 0),
  data        bytea NOT NULL,
  PRIMARY KEY (sha256, part)
);
ALTER TABLE blobs ALTER COLUMN data DROP NOT NULL;
