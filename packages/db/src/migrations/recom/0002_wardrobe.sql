-- recom_db: each member's perfume wardrobe (향수옷장) and whether it may shape recommendations.
-- member_id is members.id and perfume_id is perfumes.id in the other databases: no foreign keys
-- across databases, so the services check both and delete a purged member's rows themselves.
CREATE TABLE wardrobe_entries (
  member_id uuid NOT NULL,
  perfume_id integer NOT NULL CHECK (perfume_id > 0),
  state text NOT NULL CHECK (state IN ('have', 'wish', 'had')),
  preference text NOT NULL DEFAULT 'neutral' CHECK (preference IN ('good', 'neutral', 'bad')),
  -- 0 to 10 in half steps, or no rating.
  rating numeric(3, 1) CHECK (rating BETWEEN 0 AND 10 AND rating * 2 = trunc(rating * 2)),
  memo text NOT NULL DEFAULT '' CHECK (char_length(memo) <= 500),
  source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'chat', 'layering', 'map', 'import')),
  added_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (member_id, perfume_id)
);

-- "Use my wardrobe for recommendations"; a member without a row has it on.
CREATE TABLE wardrobe_settings (
  member_id uuid PRIMARY KEY,
  use_for_recommendations boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);
