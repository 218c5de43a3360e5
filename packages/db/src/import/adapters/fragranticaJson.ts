import { jsonArrayItems, NotAJsonArrayError } from '../jsonArrayItems';
import { fragranticaJsonAccords } from '../mappings/fragranticaAccords';
import { genderFromFragranticaVotes } from '../mappings/gender';
import { releaseYear } from '../mappings/releaseYear';
import { meanStep } from '../mappings/votes';
import { recordNotes } from '../notes';
import { cleanSourceText } from '../sourceText';
import type { CatalogAdapter, ImportRow } from '../types';
import { brandKoOf, countOf, finishRow, imageUrlOf, perfumersOf } from './recordParts';

const LONGEVITY_STEPS = ['very weak', 'weak', 'moderate', 'long lasting', 'eternal'] as const;
const SILLAGE_STEPS = ['intimate', 'moderate', 'strong', 'enormous'] as const;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function numbers(value: unknown): Record<string, number> {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, count]) => [key, countOf(count)]));
}

function steps(value: unknown, names: readonly string[]): number[] {
  const votes = numbers(value);
  return names.map((name) => votes[name] ?? 0);
}

/** "… was launched in 2020." */
function yearFromDescription(description: string): number | null {
  return releaseYear(/\blaunched in (\d{4})\b/.exec(description)?.[1]);
}

/** "The nose behind this fragrance is X." / "X was created by A and B." */
function perfumersFromDescription(description: string): string[] {
  const names = /(?:The nose behind this fragrance is|was created by) ([^.]+)\./.exec(description)?.[1];
  return names ? perfumersOf(names.split(/,| and /)) : [];
}

function fragranticaObjectRow(line: number, item: JsonObject): ImportRow {
  const brand = cleanSourceText(text(item.company));
  const description = text(item.description);
  const year = yearFromDescription(description);
  const accords = isObject(item.main_accords) ? numbers(item.main_accords) : {};
  const longevity = steps(item.longevity, LONGEVITY_STEPS);
  return finishRow(
    line,
    {
      brand,
      brandKo: brandKoOf(brand),
      name: cleanSourceText(text(item.name)),
      year,
      concentration: null,
      perfumers: perfumersFromDescription(description),
      gender: genderFromFragranticaVotes(numbers(item.gender_vote), text(item.for_gender)),
      imageUrl: imageUrlOf(item.image),
      notes: recordNotes({
        top: strings(item.top_notes),
        middle: strings(item.middle_notes),
        base: strings(item.base_notes),
      }),
      accords: fragranticaJsonAccords(accords, description),
      seasons: {},
      occasions: {},
      longevity: meanStep(longevity),
      sillage: meanStep(steps(item.sillage, SILLAGE_STEPS)),
      popularity: Math.round(countOf(item.number_votes) || longevity.reduce((sum, count) => sum + count, 0)),
      source: 'fragrantica',
    },
    [year ? `(${year})` : null],
  );
}

/** A Fragrantica crawl as a JSON array of objects, with accord strengths and note pyramids. */
export const fragranticaJsonAdapter: CatalogAdapter = {
  format: 'fragrantica-json',
  expects:
    'Fragrantica JSON: an array of objects with name, company, main_accords {accord: strength}, top_notes, middle_notes, base_notes, …',
  detect(_path, head) {
    return /^\uFEFF?\s*\[\s*\{/.test(head) && /"company"\s*:/.test(head) && /"main_accords"\s*:/.test(head);
  },
  *parse(source) {
    try {
      for (const { line, text: element } of jsonArrayItems(source)) {
        let item: unknown;
        try {
          item = JSON.parse(element);
        } catch {
          yield { line, error: 'not valid JSON' };
          continue;
        }
        yield isObject(item) ? fragranticaObjectRow(line, item) : { line, error: 'not a JSON object' };
      }
    } catch (error) {
      if (error instanceof NotAJsonArrayError) yield { line: 1, error: error.message };
      else throw error;
    }
  },
};
