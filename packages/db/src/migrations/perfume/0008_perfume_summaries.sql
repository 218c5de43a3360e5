-- A read model for catalog reads (issue 14): every perfume's summary as the API writes it (its
-- naming, gender, image and strongest accords), built once when the catalog changes instead of
-- per read. A search page read the summaries' strongest accords with a sorted aggregate per
-- perfume: 20 of them were more than half of the statement's time (on PostgreSQL 15, one
-- connection, min of 30 × 50: 509 µs with them, 209 µs reading these rows).
--
-- Triggers keep it: every statement that writes perfumes, their accords or a brand's names
-- refreshes the summaries of the perfumes it touched (an import, the seed, a brand merge or
-- rename, a test writing rows by hand), in the same transaction. A deleted perfume's row goes
-- with it (ON DELETE CASCADE).
CREATE TABLE perfume_summaries (
  perfume_id integer PRIMARY KEY REFERENCES perfumes (id) ON DELETE CASCADE,
  summary json NOT NULL
);

-- `json` keeps the keys in the order the API writes them. The 6 strongest accords (strength,
-- then key) are SUMMARY_ACCORDS in repositories/perfumeReads.ts. Ranked for all the perfumes at
-- once rather than sorted perfume by perfume: an import refreshes a thousand in one call.
CREATE FUNCTION perfume_summaries_refresh (ids integer[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO perfume_summaries (perfume_id, summary)
  SELECT p.id, json_build_object('id', p.id, 'brand', b.name, 'brandKo', b.name_ko, 'name', p.name,
    'nameKo', p.name_ko, 'year', p.release_year, 'concentration', p.concentration, 'gender', p.gender,
    'imageUrl', p.image_url, 'accords', COALESCE(strongest.accords, '[]'))
  FROM perfumes p JOIN brands b ON b.id = p.brand_id
  LEFT JOIN (
    SELECT perfume_id,
      json_agg(json_build_object('key', accord_key, 'strength', strength) ORDER BY strength DESC, accord_key) AS accords
    FROM (
      SELECT perfume_id, accord_key, strength,
        row_number() OVER (PARTITION BY perfume_id ORDER BY strength DESC, accord_key) AS place
      FROM perfume_accords WHERE perfume_id = ANY (ids)
    ) ranked
    WHERE place <= 6
    GROUP BY perfume_id
  ) strongest ON strongest.perfume_id = p.id
  WHERE p.id = ANY (ids)
  ON CONFLICT (perfume_id) DO UPDATE SET summary = excluded.summary
$$;

-- A writer that refreshes the summaries of what it wrote itself, once at the end (the import's
-- batch upsert, repositories/perfumeWrites.ts), says so for its transaction with
-- `set_config('scentence.summaries_by_writer', 'on', true)`: the perfume and accord triggers
-- then leave it to it (refreshing after the perfumes and again after their accords made a 38k
-- import's perfume step 1.7× as long). Brand updates are refreshed by their trigger regardless.
CREATE FUNCTION perfume_summaries_left_to_writer () RETURNS boolean LANGUAGE sql AS $$
  SELECT coalesce(current_setting('scentence.summaries_by_writer', true), '') = 'on'
$$;

-- Statement-level, over the statement's transition table: one refresh per write, however many rows.
CREATE FUNCTION perfume_summaries_of_perfumes () RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF perfume_summaries_left_to_writer() THEN
    RETURN NULL;
  END IF;
  PERFORM perfume_summaries_refresh(ARRAY(SELECT id FROM changed));
  RETURN NULL;
END
$$;

CREATE FUNCTION perfume_summaries_of_accords () RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF perfume_summaries_left_to_writer() THEN
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM perfume_summaries_refresh(ARRAY(SELECT DISTINCT perfume_id FROM changed));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM perfume_summaries_refresh(ARRAY(SELECT DISTINCT perfume_id FROM gone));
  ELSE
    PERFORM perfume_summaries_refresh(ARRAY(SELECT perfume_id FROM changed UNION SELECT perfume_id FROM gone));
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION perfume_summaries_of_brands () RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM perfume_summaries_refresh(ARRAY(SELECT p.id FROM perfumes p JOIN changed c ON c.id = p.brand_id));
  RETURN NULL;
END
$$;

CREATE TRIGGER perfumes_inserted_summaries AFTER INSERT ON perfumes
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION perfume_summaries_of_perfumes ();
CREATE TRIGGER perfumes_updated_summaries AFTER UPDATE ON perfumes
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION perfume_summaries_of_perfumes ();
CREATE TRIGGER accords_inserted_summaries AFTER INSERT ON perfume_accords
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION perfume_summaries_of_accords ();
CREATE TRIGGER accords_updated_summaries AFTER UPDATE ON perfume_accords
  REFERENCING OLD TABLE AS gone NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION perfume_summaries_of_accords ();
CREATE TRIGGER accords_deleted_summaries AFTER DELETE ON perfume_accords
  REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION perfume_summaries_of_accords ();
CREATE TRIGGER brands_updated_summaries AFTER UPDATE ON brands
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION perfume_summaries_of_brands ();

SELECT perfume_summaries_refresh (ARRAY(SELECT id FROM perfumes));
