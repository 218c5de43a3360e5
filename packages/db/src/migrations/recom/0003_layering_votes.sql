-- recom_db: members' 👍 / 👎 on layering pairs, one vote per member per pair. A pair is stored once,
-- lower perfume id first, so "A with B" and "B with A" are one pair. member_id is members.id and the
-- perfume ids are perfumes.id in the other databases: no foreign keys across databases.
CREATE TABLE layering_votes (
  member_id uuid NOT NULL,
  perfume_low integer NOT NULL CHECK (perfume_low > 0),
  perfume_high integer NOT NULL,
  vote smallint NOT NULL CHECK (vote IN (-1, 1)),
  voted_at timestamptz NOT NULL DEFAULT now(),
  CHECK (perfume_low < perfume_high),
  PRIMARY KEY (member_id, perfume_low, perfume_high)
);
-- The counts shown with a pair.
CREATE INDEX layering_votes_pair ON layering_votes (perfume_low, perfume_high);
