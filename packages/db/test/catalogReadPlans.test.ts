import { perfumeSearchInputSchema } from '@scentence/api/schemas';
import { describe, expect, it } from 'vitest';
import { createPerfumeRepository } from '../src/repositories/perfumeRepository';
import { useShippedCatalog } from './support/shippedCatalog';

const catalog = useShippedCatalog();

interface PreparedPlans {
  statement: string;
  generic_plans: number;
  custom_plans: number;
}

/**
 * The page reads run many times a second with other values each time: PostgreSQL should plan
 * each of their prepared statements once (a generic plan after its first five executions), not
 * again on every call, where planning can cost more than running the statement.
 */
describe('catalog page reads are planned once per connection', () => {
  it('uses a generic plan for each read statement after a few executions', async () => {
    const connection = await catalog.sql().reserve();
    try {
      const perfumes = createPerfumeRepository(connection);
      const ids = (await connection<{ id: number }[]>`SELECT id FROM perfumes ORDER BY id LIMIT 8`).map(
        (row) => row.id,
      );
      for (const id of ids) {
        await perfumes.findById(id);
        await perfumes.findSimilar(id, 10);
      }
      for (const cursor of [0, 20, 40, 60, 80, 100, 120, 140]) {
        await perfumes.perfumesWithNote('rose', 20, cursor);
        await perfumes.perfumesByAccord('floral', 20, cursor);
        await perfumes.search(perfumeSearchInputSchema.parse({ accords: ['floral'], notes: ['rose'], cursor }));
      }
      const plans = await connection<PreparedPlans[]>`
        SELECT statement, generic_plans::int, custom_plans::int FROM pg_prepared_statements
        WHERE custom_plans + generic_plans >= 8`;
      expect(plans.length).toBeGreaterThanOrEqual(5);
      const replannedEveryTime = plans.filter((plan) => plan.generic_plans === 0).map((plan) => plan.statement);
      expect(replannedEveryTime).toEqual([]);
    } finally {
      connection.release();
    }
  });
});
