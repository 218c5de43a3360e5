-- Catalog reads find a note's or an accord's perfumes from the index alone (index-only scans):
-- a search filtered by "rose" and "floral" over 38k perfumes intersects the two id sets by hash
-- instead of probing one table per perfume of the other (issue 14; plans in bench/README.md).
DROP INDEX IF EXISTS perfume_notes_note;
CREATE INDEX perfume_notes_note ON perfume_notes (note_id, perfume_id);

DROP INDEX IF EXISTS perfume_accords_accord;
CREATE INDEX perfume_accords_accord ON perfume_accords (accord_key, strength DESC) INCLUDE (perfume_id);
