-- The catalog's version: one row, bumped by every write that changes the catalog (the seed, an
-- import, a brand merge). Services that keep something built from the catalog in memory (the
-- search's name index) compare it cheaply to know when to build it again; later also ETags.
CREATE TABLE catalog_version (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version bigint NOT NULL DEFAULT 1,
  changed_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO catalog_version DEFAULT VALUES;
