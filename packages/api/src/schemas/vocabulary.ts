import { z } from 'zod';
import {
  ACCORD_KEYS,
  CONCENTRATION_KEYS,
  GENDER_KEYS,
  NOTE_POSITIONS,
  OCCASION_KEYS,
  SEASON_KEYS,
} from '../vocabulary';

export const accordKeySchema = z.enum(ACCORD_KEYS);
export const seasonKeySchema = z.enum(SEASON_KEYS);
export const occasionKeySchema = z.enum(OCCASION_KEYS);
export const genderKeySchema = z.enum(GENDER_KEYS);
export const notePositionSchema = z.enum(NOTE_POSITIONS);
export const concentrationKeySchema = z.enum(CONCENTRATION_KEYS);

const labelFields = { ko: z.string(), en: z.string() };

export const accordLabelSchema = z.object({ key: accordKeySchema, ...labelFields, color: z.string() });
export const labelSchema = z.object({ key: z.string(), ...labelFields });

export const vocabularySchema = z.object({
  accords: z.array(accordLabelSchema),
  seasons: z.array(labelSchema),
  occasions: z.array(labelSchema),
  genders: z.array(labelSchema),
  notePositions: z.array(labelSchema),
  concentrations: z.array(labelSchema),
  longevity: z.array(labelSchema),
  sillage: z.array(labelSchema),
});
export type Vocabulary = z.infer<typeof vocabularySchema>;
