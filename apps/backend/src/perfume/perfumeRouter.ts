import { publicProcedure, router } from '@scentence/api';
import {
  perfumeByIdInputSchema,
  perfumeDetailSchema,
  perfumeSearchInputSchema,
  perfumeSearchResultSchema,
  perfumeSuggestInputSchema,
  perfumeSuggestionsSchema,
  similarInputSchema,
  similarPerfumesSchema,
} from '@scentence/api/schemas';
import type { PerfumeRepository } from '@scentence/db';
import { TRPCError } from '@trpc/server';

async function requirePerfume(perfumes: PerfumeRepository, id: number) {
  const perfume = await perfumes.findById(id);
  if (!perfume) throw new TRPCError({ code: 'NOT_FOUND', message: `No perfume with id ${id}` });
  return perfume;
}

export function createPerfumeRouter(perfumes: PerfumeRepository) {
  return router({
    search: publicProcedure
      .meta({
        openapi: {
          method: 'GET',
          protect: false,
          path: '/perfumes',
          tags: ['perfumes'],
          summary: 'Search perfumes by text, accords, notes, gender, season and occasion',
        },
      })
      .input(perfumeSearchInputSchema)
      .output(perfumeSearchResultSchema)
      .query(({ input }) => perfumes.search(input)),

    suggest: publicProcedure
      .meta({
        openapi: {
          method: 'GET',
          protect: false,
          path: '/search/suggest',
          tags: ['perfumes'],
          summary: 'Autocomplete: perfumes, brands, notes',
        },
      })
      .input(perfumeSuggestInputSchema)
      .output(perfumeSuggestionsSchema)
      .query(({ input }) => perfumes.suggest(input.q, input.limit)),

    similar: publicProcedure
      .meta({
        openapi: {
          method: 'GET',
          protect: false,
          path: '/perfumes/{id}/similar',
          tags: ['perfumes'],
          summary: 'Perfumes that smell alike, with the accords and notes they share',
        },
      })
      .input(similarInputSchema)
      .output(similarPerfumesSchema)
      .query(async ({ input }) => {
        await requirePerfume(perfumes, input.id);
        return perfumes.similar(input.id, input.limit);
      }),

    byId: publicProcedure
      .meta({
        openapi: { method: 'GET', protect: false, path: '/perfumes/{id}', tags: ['perfumes'], summary: 'One perfume' },
      })
      .input(perfumeByIdInputSchema)
      .output(perfumeDetailSchema)
      .query(({ input }) => requirePerfume(perfumes, input.id)),
  });
}
