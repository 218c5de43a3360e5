import { operationDocs, publicProcedure, router } from '@scentence/api';
import {
  perfumeByIdInputSchema,
  perfumeDetailSchema,
  perfumeSearchAnswerSchema,
  perfumeSearchInputSchema,
  perfumeSuggestInputSchema,
  perfumeSuggestionsSchema,
  similarInputSchema,
  similarPerfumesSchema,
} from '@scentence/api/schemas';
import type { PerfumeRepository } from '@scentence/db';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { CATALOG_CACHE } from '../catalog/catalogCache';
import type { PerfumeSearch } from './perfumeSearchService';

const docs = operationDocs('perfumes');
const NO_SUCH_PERFUME = 'No perfume has this id (`NOT_FOUND`).';

const noSuchPerfume = (id: number) => new TRPCError({ code: 'NOT_FOUND', message: `No perfume with id ${id}` });

async function requirePerfume(perfumes: PerfumeRepository, id: number) {
  const perfume = await perfumes.findById(id);
  if (!perfume) throw noSuchPerfume(id);
  return perfume;
}

export function createPerfumeRouter(perfumes: PerfumeRepository, search: PerfumeSearch) {
  return router({
    search: publicProcedure
      .meta(
        docs.get('/perfumes', 'Search perfumes by text, accords, notes, gender, season and occasion', {
          description:
            'Names match across Korean and English, spellings and spacing ("르라보상탈33", "쏘바쥬", "No.5"); ' +
            'words that name an accord, note, season, occasion, gender lean or mood ("우디", "여름", "남자 향수", "woody") ' +
            'are applied as filters and returned in `understood` (a perfume whose name matches still comes first); ' +
            '`didYouMean` suggests the closest name when nothing matched well',
          cache: CATALOG_CACHE,
        }),
      )
      .input(perfumeSearchInputSchema)
      .output(perfumeSearchAnswerSchema)
      .query(({ input }) => search.search(input)),

    suggest: publicProcedure
      .meta(docs.get('/search/suggest', 'Autocomplete: perfumes, brands, notes', { cache: CATALOG_CACHE }))
      .input(perfumeSuggestInputSchema)
      .output(perfumeSuggestionsSchema)
      .query(({ input }) => search.suggest(input.q, input.limit)),

    similar: publicProcedure
      .meta(
        docs.get('/perfumes/{id}/similar', 'Perfumes that smell alike, with the accords and notes they share', {
          errors: { 404: NO_SUCH_PERFUME },
          cache: CATALOG_CACHE,
        }),
      )
      .input(similarInputSchema)
      .output(similarPerfumesSchema)
      .query(async ({ input }) => {
        const similar = await perfumes.findSimilar(input.id, input.limit);
        if (!similar) throw noSuchPerfume(input.id);
        return similar;
      }),

    byId: publicProcedure
      .meta(docs.get('/perfumes/{id}', 'One perfume', { errors: { 404: NO_SUCH_PERFUME }, cache: CATALOG_CACHE }))
      .input(perfumeByIdInputSchema)
      .output(perfumeDetailSchema)
      .query(({ input }) => requirePerfume(perfumes, input.id)),
  } satisfies TRPCRouterRecord);
}
