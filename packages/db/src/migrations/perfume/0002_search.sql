-- Search: spacing-tolerant names ("블루드샤넬" finds "블루 드 샤넬"), note names in both
-- languages, and the filters' columns.
ALTER TABLE perfumes ADD COLUMN search_compact text GENERATED ALWAYS AS (replace(search_text, ' ', '')) STORED;
CREATE INDEX perfumes_search_compact_trgm ON perfumes USING gin (search_compact gin_trgm_ops);
CREATE INDEX perfumes_release_year ON perfumes (release_year);
CREATE INDEX perfumes_brand ON perfumes (brand_id);

ALTER TABLE notes ADD COLUMN search text GENERATED ALWAYS AS (lower(name) || ' ' || coalesce(name_ko, '')) STORED;
CREATE INDEX notes_search_trgm ON notes USING gin (search gin_trgm_ops);

CREATE INDEX brands_name_trgm ON brands USING gin ((lower(name) || ' ' || coalesce(name_ko, '')) gin_trgm_ops);
