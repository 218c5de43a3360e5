-- recom_db: the layering service's per-caller throttle, the same sliding-window log member_db keeps
-- for logins (see 0002_members.sql there), so the limits hold across replicas. Its own name, so a
-- single database holding all three (DATABASE_URL) keeps the two apart.
CREATE TABLE layering_rate_limit_events (
  id bigserial PRIMARY KEY,
  -- e.g. "layering:read:member:<id>", "layering:vote:peer:<ip>".
  bucket text NOT NULL,
  occurred_at timestamptz NOT NULL
);
CREATE INDEX layering_rate_limit_events_bucket_idx ON layering_rate_limit_events (bucket, occurred_at);
CREATE INDEX layering_rate_limit_events_occurred_at_idx ON layering_rate_limit_events (occurred_at);
