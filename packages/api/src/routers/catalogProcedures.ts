import { z } from 'zod';
import { idListSchema } from '../schemas/common';
import { type PerfumeSummary, perfumeSummarySchema } from '../schemas/perfume';
import { vocabularySchema } from '../schemas/vocabulary';
import { publicProcedure, selfContainedProcedure } from '../trpc/init';
import { operationDocs } from '../trpc/operationDocs';
import type { CachePolicy } from '../trpc/procedureMeta';
import {
  ACCORDS,
  CONCENTRATIONS,
  GENDERS,
  LONGEVITY_STEPS,
  NOTE_POSITION_LABELS,
  OCCASIONS,
  SEASONS,
  SILLAGE_STEPS,
} from '../vocabulary';

export const VOCABULARY = {
  accords: [...ACCORDS],
  seasons: [...SEASONS],
  occasions: [...OCCASIONS],
  genders: [...GENDERS],
  notePositions: [...NOTE_POSITION_LABELS],
  concentrations: [...CONCENTRATIONS],
  longevity: [...LONGEVITY_STEPS],
  sillage: [...SILLAGE_STEPS],
} satisfies z.infer<typeof vocabularySchema>;

/**
 * The label vocabulary (accords with colours, seasons, occasions, genders), the same in every
 * service; `cache`: a policy for the services whose host validates cacheable GETs.
 */
export function vocabularyProcedure(tag: string, cache?: CachePolicy) {
  return selfContainedProcedure
    .meta(operationDocs(tag).get('/vocabulary', 'Labels in Korean and English', { cache }))
    .input(z.object({}))
    .output(vocabularySchema)
    .query(() => VOCABULARY);
}

/** Perfume summaries by id, in the order asked, for services that build on the catalog. */
export function perfumeLookupProcedure(tag: string, findSummaries: (ids: number[]) => Promise<PerfumeSummary[]>) {
  return publicProcedure
    .meta(operationDocs(tag).get('/perfumes/lookup', 'Perfumes by id'))
    .input(z.object({ ids: idListSchema }))
    .output(z.object({ items: z.array(perfumeSummarySchema) }))
    .query(async ({ input }) => ({ items: await findSummaries(input.ids) }));
}
