-- pg_trgm declares its similarity functions as cheap as `=`, so the planner prefers scanning
-- every perfume (computing trigram similarity row by row) over the GIN trigram indexes. They are
-- not cheap; saying so lets the planner use the indexes. Where the migration user does not own
-- the extension's functions (some managed databases), the defaults stay and search still works.
DO $$
BEGIN
  ALTER FUNCTION word_similarity_op(text, text) COST 100;
  ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;
  ALTER FUNCTION similarity_op(text, text) COST 100;
  ALTER FUNCTION word_similarity(text, text) COST 100;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'pg_trgm function costs left unchanged: %', SQLERRM;
END
$$;
