-- perfume_db: the catalog.
CREATE EXTENSION IF NOT EXISTS vector;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE brands (
  id serial PRIMARY KEY,
  -- Identity: lower-cased, accents and punctuation folded ("Hermès" = "hermes").
  name_key text NOT NULL UNIQUE,
  name text NOT NULL,
  name_ko text
);

CREATE TABLE accords (
  key text PRIMARY KEY,
  name_ko text NOT NULL,
  name_en text NOT NULL,
  color text NOT NULL
);

CREATE TABLE perfumes (
  id serial PRIMARY KEY,
  brand_id integer NOT NULL REFERENCES brands (id),
  name_key text NOT NULL,
  name text NOT NULL,
  name_ko text,
  release_year integer CHECK (release_year BETWEEN 1700 AND 2100),
  concentration text CHECK (concentration IN ('extrait', 'parfum', 'edp', 'edt', 'edc', 'cologne', 'oil')),
  perfumers text[] NOT NULL DEFAULT '{}',
  gender text NOT NULL CHECK (gender IN ('feminine', 'masculine', 'unisex')),
  image_url text,
  -- Means on Fragrantica's scales: longevity 1..5, sillage 1..4.
  longevity numeric(3, 2) CHECK (longevity BETWEEN 1 AND 5),
  sillage numeric(3, 2) CHECK (sillage BETWEEN 1 AND 4),
  popularity integer NOT NULL DEFAULT 0 CHECK (popularity >= 0),
  source text NOT NULL,
  -- Lower-cased brand, names and Korean names, for text search.
  search_text text NOT NULL,
  -- Digest of everything above, so re-importing an unchanged row writes nothing.
  content_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (brand_id, name_key)
);
CREATE INDEX perfumes_search_text_trgm ON perfumes USING gin (search_text gin_trgm_ops);
CREATE INDEX perfumes_popularity ON perfumes (popularity DESC, id);
CREATE INDEX perfumes_gender ON perfumes (gender);

CREATE TABLE notes (
  id serial PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  name_ko text
);
CREATE INDEX notes_name_trgm ON notes USING gin (name gin_trgm_ops);

CREATE TABLE perfume_notes (
  perfume_id integer NOT NULL REFERENCES perfumes (id) ON DELETE CASCADE,
  note_id integer NOT NULL REFERENCES notes (id),
  position text NOT NULL CHECK (position IN ('top', 'middle', 'base', 'flat')),
  rank smallint NOT NULL,
  PRIMARY KEY (perfume_id, position, note_id)
);
CREATE INDEX perfume_notes_note ON perfume_notes (note_id);

CREATE TABLE perfume_accords (
  perfume_id integer NOT NULL REFERENCES perfumes (id) ON DELETE CASCADE,
  accord_key text NOT NULL REFERENCES accords (key),
  strength smallint NOT NULL CHECK (strength BETWEEN 0 AND 100),
  PRIMARY KEY (perfume_id, accord_key)
);
CREATE INDEX perfume_accords_accord ON perfume_accords (accord_key, strength DESC);

-- Shares 0..100, relative to the perfume's best-fitting season / occasion (that one is 100).
CREATE TABLE perfume_seasons (
  perfume_id integer NOT NULL REFERENCES perfumes (id) ON DELETE CASCADE,
  season text NOT NULL CHECK (season IN ('spring', 'summer', 'fall', 'winter')),
  share smallint NOT NULL CHECK (share BETWEEN 0 AND 100),
  PRIMARY KEY (perfume_id, season)
);

CREATE TABLE perfume_occasions (
  perfume_id integer NOT NULL REFERENCES perfumes (id) ON DELETE CASCADE,
  occasion text NOT NULL CHECK (occasion IN ('daily', 'leisure', 'business', 'evening', 'night_out', 'sport')),
  share smallint NOT NULL CHECK (share BETWEEN 0 AND 100),
  PRIMARY KEY (perfume_id, occasion)
);

-- One row per (perfume, model): switching models re-embeds, the schema stays. Every model is
-- asked for 256 dimensions (OpenAI's text-embedding-3 models take a `dimensions` parameter).
CREATE TABLE perfume_embeddings (
  perfume_id integer NOT NULL REFERENCES perfumes (id) ON DELETE CASCADE,
  model text NOT NULL,
  embedding vector(256) NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (perfume_id, model)
);
CREATE INDEX perfume_embeddings_hnsw ON perfume_embeddings USING hnsw (embedding vector_cosine_ops);

-- Which catalog content was seeded, so a restart does not seed twice.
CREATE TABLE catalog_seeds (
  digest text PRIMARY KEY,
  perfumes integer NOT NULL,
  seeded_at timestamptz NOT NULL DEFAULT now()
);
