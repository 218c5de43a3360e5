-- perfume_db: the scent map's layouts, computed ahead by the scentmap service's layout job and
-- served from here. Each row is a whole map (every perfume's coordinates on both layouts, the
-- clusters and the filter columns) as gzipped JSON, computed from one catalog version; the
-- newest row serves, and the one before it is kept until the next one is stored.
CREATE TABLE map_layouts (
  id serial PRIMARY KEY,
  catalog_version bigint NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  points integer NOT NULL CHECK (points >= 0),
  -- What computed it (projection, version, seed), so a change of method recomputes.
  method text NOT NULL,
  payload bytea NOT NULL
);
CREATE INDEX map_layouts_newest ON map_layouts (id DESC);
