import {
  perfumeByIdInputSchema,
  perfumeDetailSchema,
  perfumeSearchInputSchema,
  perfumeSearchResultSchema,
} from '@scentence/api/schemas';
import { publicProcedure, router } from '@scentence/api';
import type { PerfumeRepository } from '@scentence/db';
import { TRPCError } from '@trpc/server';

export function createPerfumeRouter(perfumes: PerfumeRepository) {
  return router({
    search: publicProcedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/perfumes',
          tags: ['perfumes'],
          summary: 'Search perfumes by text, accords, notes, gender, season and occasion',
        },
      })
      .input(perfumeSearchInputSchema)
      .output(perfumeSearchResultSchema)
      .query(({ input }) => perfumes.search(input)),

    byId: publicProcedure
      .meta({ openapi: { method: 'GET', path: '/perfumes/{id}', tags: ['perfumes'], summary: 'One perfume' } })
      .input(perfumeByIdInputSchema)
      .output(perfumeDetailSchema)
      .query(async ({ input }) => {
        const perfume = await perfumes.findById(input.id);
        if (!perfume) throw new TRPCError({ code: 'NOT_FOUND', message: `No perfume with id ${input.id}` });
        return perfume;
      }),
  });
}
