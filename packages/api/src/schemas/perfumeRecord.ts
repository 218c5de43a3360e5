import { z } from 'zod';
import { ACCORD_KEYS, OCCASION_KEYS, SEASON_KEYS } from '../vocabulary';
import { concentrationKeySchema, genderKeySchema, notePositionSchema } from './vocabulary';

const strength = z.number().min(0).max(100);

function partialRecordOf<const K extends readonly string[]>(keys: K) {
  return z.partialRecord(z.enum(keys), strength);
}

/** A perfume as importers and the seed hand it to the catalog: one normalised shape for every source. */
export const perfumeRecordSchema = z.object({
  brand: z.string().trim().min(1).max(120),
  brandKo: z.string().trim().min(1).max(120).nullish(),
  name: z.string().trim().min(1).max(200),
  nameKo: z.string().trim().min(1).max(200).nullish(),
  year: z.number().int().min(1700).max(2100).nullish(),
  concentration: concentrationKeySchema.nullish(),
  perfumers: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
  gender: genderKeySchema,
  imageUrl: z.url().max(500).nullish(),
  notes: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(80),
        nameKo: z.string().trim().min(1).max(80).nullish(),
        position: notePositionSchema,
      }),
    )
    .max(80)
    .default([]),
  accords: partialRecordOf(ACCORD_KEYS),
  seasons: partialRecordOf(SEASON_KEYS).default({}),
  occasions: partialRecordOf(OCCASION_KEYS).default({}),
  longevity: z.number().min(1).max(5).nullish(),
  sillage: z.number().min(1).max(4).nullish(),
  popularity: z.number().int().min(0).default(0),
  source: z.string().min(1).max(40),
});
export type PerfumeRecord = z.output<typeof perfumeRecordSchema>;
export type PerfumeRecordInput = z.input<typeof perfumeRecordSchema>;
