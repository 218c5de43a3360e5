import { z } from 'zod';

/** What a word of a search can be understood as; every kind but `mood` is a filter. */
export const UNDERSTOOD_KINDS = ['accord', 'note', 'season', 'occasion', 'gender', 'brand', 'mood'] as const;
export type UnderstoodKind = (typeof UNDERSTOOD_KINDS)[number];

/** `accord:woody`, `season:summer`, `brand:lelabo`: one understood filter, as `ignore` names it. */
export const UNDERSTOOD_ID_PATTERN = new RegExp(`^(${UNDERSTOOD_KINDS.join('|')}):[^,:\\s]{1,80}$`);

export const understoodIdSchema = z
  .string()
  .regex(UNDERSTOOD_ID_PATTERN, 'must be kind:key, e.g. accord:woody')
  .describe(`An understood filter as \`kind:key\`, e.g. \`accord:woody\` (kinds: ${UNDERSTOOD_KINDS.join(', ')})`);

/** The id `ignore` takes for an understood filter. */
export function understoodId(filter: { kind: UnderstoodKind; key: string }): string {
  return `${filter.kind}:${filter.key}`;
}

export const understoodFilterSchema = z
  .object({
    kind: z.enum(UNDERSTOOD_KINDS),
    /** The accord, season, occasion or gender key, the note's slug, the house's identity key, the mood's key. */
    key: z.string(),
    ko: z.string().describe('Label in Korean'),
    en: z.string().describe('Label in English'),
    words: z.string().describe('The words of the query that were understood so, as typed'),
    negated: z.boolean().describe('Asked to be left out ("우디 말고", "no oud")'),
  })
  .describe(
    'A word of the query understood as a filter (or a mood that ranks the results); send its `kind:key` in `ignore` to search again without it',
  );
export type UnderstoodFilter = z.infer<typeof understoodFilterSchema>;
