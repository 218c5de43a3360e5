-- member_db: accounts and wardrobes. Its tables arrive with the members feature.
CREATE TABLE IF NOT EXISTS member_meta (
  key text PRIMARY KEY,
  value text NOT NULL
);
